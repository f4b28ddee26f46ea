import { ErrorState, LoadingState } from '@/components/ui/states';
import { useMaterials } from '@/features/materials/api/get-materials';
import { MaterialsTable } from '@/features/materials/components/materials-table';
import { useT } from '@/lib/i18n';
import { PageHeader } from '@/components/ui/page-header';

export function MaterialsRoute() {
  const t = useT();
  const materials = useMaterials();
  return (
    <>
      <PageHeader title={t('materials.title')} intro={t('materials.intro')} />
      {materials.isPending ? (
        <LoadingState label={t('materials.loading')} />
      ) : materials.isError ? (
        <ErrorState error={materials.error} onRetry={() => void materials.refetch()} />
      ) : (
        <>
          <p className="result-count">
            {t('materials.count', { count: materials.data.items.length })}
          </p>
          <MaterialsTable materials={materials.data.items} />
        </>
      )}
    </>
  );
}
