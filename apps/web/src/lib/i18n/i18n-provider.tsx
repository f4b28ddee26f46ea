import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDateWithPrecision, formatList, formatNumber, formatTimestamp } from './format';
import { I18nContext, type I18n } from './i18n-context';
import { defaultLanguage, intlLocales, isLanguage, type Language } from './languages';
import { translate } from './translate';

export const languageStorageKey = 'tracker.language';

/** The saved choice, else the browser's language when we have it, else English. */
function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled by policy; the default language still works.
  }
  const browser = window.navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : defaultLanguage;
}

export function I18nProvider({
  children,
  language: fixed,
}: {
  children: ReactNode;
  language?: Language;
}) {
  const [language, setLanguageState] = useState<Language>(() => fixed ?? initialLanguage());

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(languageStorageKey, next);
    } catch {
      // Not persisted; the choice still applies for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const locale = intlLocales[language];
    return {
      language,
      locale,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDate: (date, precision) => formatDateWithPrecision(date, precision, locale),
      formatTimestamp: (timestamp) => formatTimestamp(timestamp, locale),
      formatNumber: (number, options) => formatNumber(number, locale, options),
      formatList: (items) => formatList(items, locale),
    };
  }, [language, setLanguage]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
