import { describe, expect, it } from 'vitest';
import { countryMaterialFixture, materialCoverageFixture } from '../testing/fixtures';
import { testWording } from '../testing/wording';
import { buildActivityBreakdown, splitCountriesForMaterial } from './material-profile';

describe('material profile coverage', () => {
  it('splits the countries into covered (most initiatives first), Allies not covered and others', () => {
    const lithium = splitCountriesForMaterial(countryMaterialFixture, 'lithium', 'en-GB');
    expect(lithium.covered.map((c) => [c.country.code, c.initiatives])).toEqual([
      ['DE', 2],
      ['BE', 1],
    ]);
    expect(lithium.uncoveredAllies.map((c) => c.code)).toEqual(['FR']);
    expect(lithium.uncoveredOthers.map((c) => c.code)).toEqual(['JP']);
    const cobalt = splitCountriesForMaterial(countryMaterialFixture, 'cobalt', 'en-GB');
    expect(cobalt.covered).toEqual([]);
    expect(cobalt.uncoveredAllies.map((c) => c.code)).toEqual(['BE', 'FR', 'DE']);
  });

  it('lists every activity, zeros included, with the countries covered for each', () => {
    const lithium = materialCoverageFixture.items.find((item) => item.material.id === 'lithium');
    if (!lithium) throw new Error('fixture');
    const model = buildActivityBreakdown(lithium, testWording('en'));
    expect(model.rows.map((row) => [row.name, row.value])).toEqual([
      ['Acquisition', 12],
      ['Storage', 12],
      ['Transportation', 0],
      ['Management', 0],
      ['Recycling', 3],
      ['Processing', 0],
    ]);
    expect(model.table.rows[4]).toEqual({ name: 'Recycling', countries: 3, initiatives: 1 });
    expect(model.summary).toBe(
      'Lithium is covered for: Acquisition (12), Storage (12) and Recycling (3).',
    );
  });
});
