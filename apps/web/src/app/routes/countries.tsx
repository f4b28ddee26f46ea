import { ErrorState, LoadingState } from '@/components/ui/states';
import { useCountries } from '@/features/countries/api/get-countries';
import { CountriesTable } from '@/features/countries/components/countries-table';
import { useT } from '@/lib/i18n';
import { PageHeader } from '@/components/ui/page-header';

export function CountriesRoute() {
  const t = useT();
  const countries = useCountries();
  return (
    <>
      <PageHeader title={t('countries.title')} intro={t('countries.intro')} />
      {countries.isPending ? (
        <LoadingState label={t('countries.loading')} />
      ) : countries.isError ? (
        <ErrorState error={countries.error} onRetry={() => void countries.refetch()} />
      ) : (
        <>
          <p className="result-count">
            {t('countries.count', { count: countries.data.items.length })}
          </p>
          <CountriesTable countries={countries.data.items} />
        </>
      )}
    </>
  );
}
