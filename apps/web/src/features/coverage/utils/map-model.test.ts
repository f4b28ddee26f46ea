import { describe, expect, it } from 'vitest';
import { countryStatsFixture } from '../testing/fixtures';
import { testWording } from '../testing/wording';
import { binOfCountry, buildMapModel, normaliseIsoNumeric } from './map-model';

describe('choropleth data', () => {
  it('keys countries by the 3-digit numeric id world-atlas uses, and lists the ones it cannot place', () => {
    const model = buildMapModel(countryStatsFixture, testWording('en'));
    expect([...model.byIsoNumeric.keys()].sort()).toEqual(['056', '250', '276']);
    expect(model.byIsoNumeric.get('276')?.country.name).toBe('Germany');
    expect(model.unplaced.map((item) => item.country.code)).toEqual(['ZZ']);
    expect(normaliseIsoNumeric(40)).toBe('040');
  });

  it('shades by initiatives (none is its own step) and ranks for the keyboard order and the table', () => {
    const model = buildMapModel(countryStatsFixture, testWording('en'));
    const germany = model.byIsoNumeric.get('276');
    const france = model.byIsoNumeric.get('250');
    if (!germany || !france) throw new Error('fixture');
    expect(binOfCountry(model, france).step).toBe(0);
    expect(binOfCountry(model, germany).step).toBe(model.bins.length - 1);
    expect(model.table.rows.map((row) => row.country)).toEqual([
      'Germany',
      'Belgium',
      'Test country without a numeric code',
      'France',
    ]);
    expect(model.table.rows[0]).toEqual({
      country: 'Germany',
      initiatives: 7,
      leads: 2,
      materials: 3,
    });
    expect(model.summary).toBe(
      '3 of 4 countries take part in at least one matched initiative; Germany takes part in the most (7).',
    );
  });
});
