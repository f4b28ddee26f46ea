import { useParams } from 'react-router';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useCountry } from '@/features/countries/api/get-country';
import { CountryDetails } from '@/features/countries/components/country-details';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';

export function CountryRoute() {
  const t = useT();
  const code = (useParams().code ?? '').toUpperCase();
  const country = useCountry(code);

  if (country.isPending) return <LoadingState label={t('country.loading')} />;
  if (country.isError) {
    if (country.error instanceof ApiRequestError && country.error.isNotFound) {
      return (
        <NotFoundState
          title={t('country.notFound.title')}
          body={t('country.notFound.body', { code })}
          backTo={paths.countries()}
          backLabel={t('country.notFound.back')}
        />
      );
    }
    return <ErrorState error={country.error} onRetry={() => void country.refetch()} />;
  }
  return <CountryDetails country={country.data} />;
}
