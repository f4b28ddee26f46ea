import { ErrorState, LoadingState } from '@/components/ui/states';
import { Section } from '@/components/ui/section';
import { CoverageView } from '@/features/coverage/components/coverage-view';
import { useMaterials } from '@/features/materials/api/get-materials';
import { MaterialsTable } from '@/features/materials/components/materials-table';
import { useT } from '@/lib/i18n';
import { PageHeader } from '@/components/ui/page-header';

/** The materials reference table, as before; shown under the coverage chart. */
function MaterialsListing() {
  const t = useT();
  const materials = useMaterials();
  return (
    <Section title={t('materials.tableCaption')}>
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
    </Section>
  );
}

export function MaterialsRoute() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('materials.title')} intro={t('materials.intro')} />
      <CoverageView listing={<MaterialsListing />} />
    </>
  );
}
