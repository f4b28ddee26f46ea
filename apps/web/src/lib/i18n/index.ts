export { en, type MessageKey } from './en';
export { useI18n, useT, type I18n, type TranslateFn } from './i18n-context';
export { I18nProvider, languageStorageKey } from './i18n-provider';
export { languages, intlLocales, type Language } from './languages';
export type { TranslationKey } from './translate';
