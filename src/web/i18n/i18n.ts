// Translations: Vietnamese by default, English on request; the choice survives a reload.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TRANSLATIONS } from './domain-words';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'tiendo.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: TRANSLATIONS.vi }, en: { translation: TRANSLATIONS.en } },
    lng: storedLanguage(),
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
