import { formatDateWithPrecision, formatList, formatNumber } from '@/lib/i18n/format';
import { intlLocales, type Language } from '@/lib/i18n';
import { translate } from '@/lib/i18n/translate';
import type { Wording } from '../utils/wording';

/** The wording the app passes from `useI18n()`, for a fixed language, for pure-function tests. */
export function testWording(language: Language = 'en'): Wording {
  const locale = intlLocales[language];
  return {
    locale,
    t: (key, params) => translate(language, key, params),
    formatDate: (value, precision) => formatDateWithPrecision(value, precision, locale),
    formatNumber: (value, options) => formatNumber(value, locale, options),
    formatList: (items) => formatList(items, locale),
  };
}
