import { en, type MessageKey } from './en';
import { catalogues, intlLocales, type Language } from './languages';

/** A key that has plural forms (`initiatives.count_one`, `initiatives.count_other`) is called by its base. */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type TranslationKey = MessageKey | PluralBase<MessageKey>;
export type TranslationParams = Readonly<Record<string, string | number>>;

function lookup(language: Language, key: string): string | undefined {
  const own = catalogues[language] as Readonly<Record<string, string | undefined>>;
  return own[key] ?? (en as Readonly<Record<string, string | undefined>>)[key];
}

/**
 * Resolves a message in `language`, falling back to English, choosing the plural form for a
 * numeric `count`, and interpolating `{name}` placeholders (numbers are formatted for the locale).
 */
export function translate(
  language: Language,
  key: TranslationKey,
  params?: TranslationParams,
): string {
  const locale = intlLocales[language];
  let message: string | undefined;
  const count = params?.count;
  if (typeof count === 'number') {
    const form = new Intl.PluralRules(locale).select(count);
    message = lookup(language, `${key}_${form}`) ?? lookup(language, `${key}_other`);
  }
  message ??= lookup(language, key) ?? key;
  if (!params) return message;
  const numbers = new Intl.NumberFormat(locale);
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The placeholder names a message uses, e.g. `['count']`; used to check translations stay in step. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
