import { NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';

export function NotFoundRoute() {
  const t = useT();
  return (
    <NotFoundState
      title={t('notFound.title')}
      body={t('notFound.body')}
      backTo={paths.overview()}
      backLabel={t('notFound.home')}
    />
  );
}
