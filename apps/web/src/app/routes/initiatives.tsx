import { useCountries } from '@/features/countries/api/get-countries';
import { InitiativesView } from '@/features/initiatives/components/initiatives-view';
import { useMaterials } from '@/features/materials/api/get-materials';
import { useT } from '@/lib/i18n';
import { PageHeader } from '@/components/ui/page-header';

export function InitiativesRoute() {
  const t = useT();
  const countries = useCountries();
  const materials = useMaterials();
  // A failed option list leaves its filter empty rather than loading for ever.
  const countryOptions = countries.data?.items ?? (countries.isError ? [] : undefined);
  const materialOptions = materials.data?.items ?? (materials.isError ? [] : undefined);

  return (
    <>
      <PageHeader title={t('initiatives.title')} intro={t('initiatives.intro')} />
      <InitiativesView countries={countryOptions} materials={materialOptions} />
    </>
  );
}
