import { useT, type TranslationKey } from '@/lib/i18n';

/** A translated message as an element: for places that take a render function, like table headers. */
export function Msg({ k }: { k: TranslationKey }) {
  const t = useT();
  return t(k);
}
