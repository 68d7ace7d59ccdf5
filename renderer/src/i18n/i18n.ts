import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../domain/languages.ts';
import { asLanguage } from '../format/locale.ts';
import { en } from './locales/en.ts';
import { fi } from './locales/fi.ts';
import { sv } from './locales/sv.ts';

export const RESOURCES = { fi, sv, en } as const;
export const UI_LANGUAGES: { code: Language; label: string }[] = [
  { code: 'fi', label: 'Suomi' },
  { code: 'sv', label: 'Svenska' },
  { code: 'en', label: 'English' },
];

const STORAGE_KEY = 'kuva.language';

function storedLanguage(): Language {
  try {
    return asLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return 'fi';
  }
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: 'fi',
    supportedLngs: ['fi', 'sv', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export function setLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the choice lasts for this session only.
  }
}

/** The i18n key of a command type's readable name ('berths.offerBerth' -> 'commands.offerBerth'). */
export function commandNameKey(commandType: string): string {
  const name = commandType.split('.').at(-1) ?? '';
  return Object.hasOwn(fi.commands, name) && !['unknown', 'pending', 'applied', 'refused', 'failed'].includes(name) ? `commands.${name}` : 'commands.unknown';
}
