import { useT } from '@/lib/i18n';

/** Sets the document title for the page (React 19 hoists `<title>` into the document head). */
export function PageTitle({ title }: { title: string }) {
  const t = useT();
  return <title>{t('app.documentTitle', { page: title })}</title>;
}
