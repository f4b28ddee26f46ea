import { useParams } from 'react-router';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { MaterialCoverageProfile } from '@/features/coverage/components/material-coverage-profile';
import { useMaterial } from '@/features/materials/api/get-material';
import { MaterialDetails } from '@/features/materials/components/material-details';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';

/** A material's profile: its lists, defence uses, initiatives and sources, then its coverage. */
export function MaterialRoute() {
  const t = useT();
  const id = useParams().id ?? '';
  const material = useMaterial(id);

  if (material.isPending) return <LoadingState label={t('material.loading')} />;
  if (material.isError) {
    if (material.error instanceof ApiRequestError && material.error.isNotFound) {
      return (
        <NotFoundState
          title={t('material.notFound.title')}
          body={t('material.notFound.body', { id })}
          backTo={paths.materials()}
          backLabel={t('material.notFound.back')}
        />
      );
    }
    return <ErrorState error={material.error} onRetry={() => void material.refetch()} />;
  }
  return (
    <>
      <MaterialDetails material={material.data} />
      <MaterialCoverageProfile materialId={material.data.id} name={material.data.name} />
    </>
  );
}
