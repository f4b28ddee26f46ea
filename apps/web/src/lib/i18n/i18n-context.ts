import type { DatePrecision } from '@tracker/shared';
import { createContext, use } from 'react';
import type { Language } from './languages';
import type { TranslationKey, TranslationParams } from './translate';

export type TranslateFn = (key: TranslationKey, params?: TranslationParams) => string;

export type I18n = {
  language: Language;
  /** The `Intl` locale for the language, e.g. `en-GB`. */
  locale: string;
  setLanguage: (language: Language) => void;
  t: TranslateFn;
  /** A calendar date at the precision the sources give, or null when unknown. */
  formatDate: (value: string | null | undefined, precision?: DatePrecision | null) => string | null;
  formatTimestamp: (value: string) => string | null;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatList: (items: readonly string[]) => string;
};

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

/** The translate function for the current language. */
export function useT(): TranslateFn {
  return useI18n().t;
}
