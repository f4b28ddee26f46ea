import { useCountries } from '@/features/countries/api/get-countries';
import { useInitiativeOptions } from '@/features/initiatives/api/get-initiative-options';
import { useMaterials } from '@/features/materials/api/get-materials';

/** What the initiative form offers: countries, materials and (for related links) initiatives. */
export function useEditorChoices() {
  const countries = useCountries();
  const materials = useMaterials();
  const initiatives = useInitiativeOptions();
  return {
    countries: countries.data?.items,
    materials: materials.data?.items,
    initiatives: initiatives.data?.initiatives,
  };
}
