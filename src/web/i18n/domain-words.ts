// The words of domain values come from core (statuses, target sources), so the web,
// the CLI and the documents spell them one way; the translation files hold only the screens' own words.
import { type Language, SOURCE_WORDS, STATUS_WORDS, TARGET_HEADINGS } from '../../core/words';
import en from './en.json';
import vi from './vi.json';

type Screens = typeof vi;

function withDomainWords(screens: Screens, language: Language) {
  return {
    ...screens,
    status: { ...screens.status, ...STATUS_WORDS[language] },
    source: SOURCE_WORDS[language],
    targetHeading: TARGET_HEADINGS[language],
  };
}

/** Each language's translation: the screens' words and core's domain words. */
export const TRANSLATIONS = { vi: withDomainWords(vi, 'vi'), en: withDomainWords(en, 'en') };
