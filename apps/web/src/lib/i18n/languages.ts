import type { Catalogue } from './en';
import { en } from './en';
import { fr } from './fr';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'en';

/** The `Intl` locale used for dates and numbers; British English suits the European audience. */
export const intlLocales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

export const catalogues: Record<Language, Partial<Catalogue>> = { en, fr };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
