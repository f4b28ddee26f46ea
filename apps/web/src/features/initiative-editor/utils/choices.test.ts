import { describe, expect, it } from 'vitest';
import { countryWords, materialWords, rankChoices, type CountryChoice } from './choices';

const country = (
  code: string,
  iso3: string,
  name: string,
  aliases: string[] = [],
): CountryChoice => ({
  code,
  iso3,
  name,
  aliases,
  status: 'nato_ally',
  natoMemberSince: null,
  euMember: false,
});
const countries = [
  country('CZ', 'CZE', 'Czechia', ['Czech Republic']),
  country('DE', 'DEU', 'Germany'),
  country('TR', 'TUR', 'Türkiye', ['Turkey']),
  country('DK', 'DNK', 'Denmark'),
];

describe('rankChoices', () => {
  it('finds a country by name without diacritics, by alias and by ISO code', () => {
    expect(rankChoices(countries, 'turkiye', countryWords).map((c) => c.code)).toEqual(['TR']);
    expect(rankChoices(countries, 'Turkey', countryWords).map((c) => c.code)).toEqual(['TR']);
    expect(rankChoices(countries, 'czech rep', countryWords).map((c) => c.code)).toEqual(['CZ']);
    expect(rankChoices(countries, 'deu', countryWords).map((c) => c.code)).toEqual(['DE']);
  });

  it('puts an exact code first, then names that start with the text', () => {
    expect(rankChoices(countries, 'de', countryWords).map((c) => c.code)).toEqual(['DE', 'DK']);
    expect(rankChoices(countries, '', countryWords)).toEqual([]);
  });

  it('finds a material by alias or symbol', () => {
    const materials = [
      {
        id: 'rare-earth-elements',
        name: 'Rare earth elements',
        symbol: null,
        aliases: ['REE', 'rare earths'],
      },
      { id: 'lithium', name: 'Lithium', symbol: 'Li', aliases: [] },
    ];
    expect(rankChoices(materials, 'REE', materialWords).map((m) => m.id)).toEqual([
      'rare-earth-elements',
    ]);
    expect(rankChoices(materials, 'li', materialWords).map((m) => m.id)).toEqual(['lithium']);
  });
});
