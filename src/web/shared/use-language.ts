// The app's language as core's words take it ('vi' | 'en'), following the language picker.
import { useTranslation } from 'react-i18next';
import { type Language, languageOf } from '../../core/words';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return languageOf(i18n.language ?? 'vi');
}
