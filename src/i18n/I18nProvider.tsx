import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './en';
import { pluralMessage, type PluralBase } from './plural';
import {
  formatMessage,
  languageFromBrowser,
  readStoredLanguage,
  storeLanguage,
  type Language,
  type MessageParams,
} from './languages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;
/** A message in the plural form `count` takes in the language (src/i18n/plural.ts). */
export type TranslatePlural = (base: PluralBase, count: number, params?: MessageParams) => string;

interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  tn: TranslatePlural;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function initialLanguage(): Language {
  const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return readStoredLanguage(storage) ?? languageFromBrowser(browserLanguages);
}

export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => fixed ?? initialLanguage());

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(typeof localStorage === 'undefined' ? undefined : localStorage, next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => formatMessage(language, key, params),
      tn: (base, count, params) => pluralMessage(language, base, count, params),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider above it');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
