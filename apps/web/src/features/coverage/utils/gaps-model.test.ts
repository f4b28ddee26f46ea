import { describe, expect, it } from 'vitest';
import { gapsFixture } from '../testing/fixtures';
import { testWording } from '../testing/wording';
import { buildGapModel } from './gaps-model';

describe('gap matrix', () => {
  it('marks each uncovered Ally–material pair, the Allies with most gaps first', () => {
    const model = buildGapModel(gapsFixture, testWording('en'));
    expect(model.materials.map((m) => m.name)).toEqual(['Cobalt', 'Lithium', 'Titanium']);
    expect(model.rows.map((row) => [row.name, row.gaps, row.gapCount])).toEqual([
      ['France', [true, true, true], 3],
      ['Belgium', [true, false, true], 2],
      ['Germany', [true, false, false], 1],
    ]);
    expect(model.gapPairs).toBe(6);
    expect(model.pairs).toBe(9);
    expect(model.materialsWithNoInitiative).toEqual(['Cobalt']);
    expect(model.countriesInNoInitiative).toEqual(['France']);
  });

  it('writes the table in words and summarises the gaps by material and by Ally', () => {
    const model = buildGapModel(gapsFixture, testWording('en'));
    expect(model.table.rows[1]).toEqual({
      country: 'Belgium',
      cobalt: 'No initiative',
      lithium: 'Covered',
      titanium: 'No initiative',
      gaps: 2,
    });
    expect(model.summary).toBe(
      '6 of 9 Ally–material pairs have no matched initiative. 1 listed material has no initiative at all: Cobalt. 1 Ally takes part in none: France.',
    );
  });

  it('says so when nothing is missing', () => {
    const full = {
      ...gapsFixture,
      countries: gapsFixture.countries.map((c) => ({ ...c, uncoveredMaterials: [] })),
      materialsWithNoInitiative: [],
      countriesInNoInitiative: [],
    };
    expect(buildGapModel(full, testWording('en')).summary).toBe(
      '0 of 9 Ally–material pairs have no matched initiative. Every listed material is covered by at least one initiative. Every Ally takes part in at least one initiative.',
    );
  });
});
