import { useParams, useSearchParams } from 'react-router';
import { isoDateSchema } from '@tracker/shared';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useCountryProfile } from '@/features/countries/api/get-country-profile';
import { CountryProfileView } from '@/features/countries/components/country-profile';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';

export function CountryRoute() {
  const t = useT();
  const code = (useParams().code ?? '').toUpperCase();
  const asOfParam = useSearchParams()[0].get('asOf');
  const asOf = isoDateSchema.safeParse(asOfParam).success ? (asOfParam ?? undefined) : undefined;
  const profile = useCountryProfile(code, asOf);

  if (profile.isPending) return <LoadingState label={t('country.loading')} />;
  if (profile.isError) {
    if (profile.error instanceof ApiRequestError && profile.error.isNotFound) {
      return (
        <NotFoundState
          title={t('country.notFound.title')}
          body={t('country.notFound.body', { code })}
          backTo={paths.countries()}
          backLabel={t('country.notFound.back')}
        />
      );
    }
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  return <CountryProfileView profile={profile.data} />;
}
