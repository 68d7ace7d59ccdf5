import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/languages.ts';
import type { KioskHome } from '../../../../domain/kiosk/contract.ts';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from './settings.ts';

/** What every customer screen may reach: the public home data, the settings, and the session's moves. */
export interface KioskContextValue {
  home: KioskHome | null;
  language: Language;
  settings: KioskSettings;
  setSettings: (change: Partial<KioskSettings>) => void;
  openTask: () => void;
  goHome: () => void;
  endSession: () => void;
  chooseLanguage: (language: Language) => void;
}

export const KioskContext = createContext<KioskContextValue>({
  home: null,
  language: 'fi',
  settings: DEFAULT_KIOSK_SETTINGS,
  setSettings: () => {},
  openTask: () => {},
  goHome: () => {},
  endSession: () => {},
  chooseLanguage: () => {},
});

export const useKiosk = () => useContext(KioskContext);

/**
 * `t` for customer texts: in plain-language mode (selkokieli) a key's `…Plain` sibling wins where
 * one is written; the rest of the texts are short enough already.
 */
export function useKt(): (key: string, params?: Record<string, unknown>) => string {
  const { t, i18n } = useTranslation();
  const { settings } = useKiosk();
  return (key, params) => {
    const plain = `${key}Plain`;
    return t(settings.plainLanguage && i18n.exists(plain) ? plain : key, params ?? {});
  };
}
