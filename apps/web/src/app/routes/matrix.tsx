import { PageHeader } from '@/components/ui/page-header';
import { MatrixView } from '@/features/matrix/components/matrix-view';
import { useT } from '@/lib/i18n';

export function MatrixRoute() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('matrix.title')} intro={t('matrix.intro')} />
      <MatrixView />
    </>
  );
}
