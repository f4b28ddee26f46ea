import { useParams } from 'react-router';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useMaterial } from '@/features/materials/api/get-material';
import { MaterialDetails } from '@/features/materials/components/material-details';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';

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
  return <MaterialDetails material={material.data} />;
}
