import { describe, expect, it } from 'vitest';
import { countryMaterialFixture } from '../testing/fixtures';
import { testWording } from '../testing/wording';
import { buildHeatmap, defaultHeatmapSort, nextHeatmapSort } from './heatmap-model';

const en = testWording('en');

describe('country × material heatmap', () => {
  it('counts the initiatives behind each pair and keeps every country and material, gaps as 0', () => {
    const model = buildHeatmap(countryMaterialFixture, defaultHeatmapSort, en);
    expect(model.columns.map((c) => [c.name, c.countries])).toEqual([
      ['Cobalt', 0],
      ['Lithium', 2],
      ['Titanium', 1],
    ]);
    // Most materials covered first, ties by name.
    expect(
      model.rows.map((row) => [row.country.name, row.total, row.cells.map((c) => c.count)]),
    ).toEqual([
      ['Germany', 2, [0, 2, 1]],
      ['Belgium', 1, [0, 1, 0]],
      ['France', 0, [0, 0, 0]],
      ['Japan', 0, [0, 0, 0]],
    ]);
    const germanyLithium = model.rows[0]?.cells[1];
    expect(germanyLithium?.detail?.initiatives.map((i) => i.role)).toEqual(['participant', 'lead']);
    expect(germanyLithium?.bin.step).toBeGreaterThan(model.rows[1]?.cells[1]?.bin.step ?? 99);
    expect(model.rows[2]?.cells[0]?.bin.step).toBe(0);
  });

  it('sorts by name, by one material or by the total, and flips on a second click', () => {
    const byName = buildHeatmap(countryMaterialFixture, { key: 'name', desc: false }, en);
    expect(byName.rows.map((r) => r.country.code)).toEqual(['BE', 'FR', 'DE', 'JP']);
    const byTitanium = buildHeatmap(
      countryMaterialFixture,
      { key: 'material:titanium', desc: true },
      en,
    );
    expect(byTitanium.rows.map((r) => r.country.code)).toEqual(['DE', 'BE', 'FR', 'JP']);
    expect(nextHeatmapSort(defaultHeatmapSort, 'total')).toEqual({ key: 'total', desc: false });
    expect(nextHeatmapSort(defaultHeatmapSort, 'name')).toEqual({ key: 'name', desc: false });
    expect(nextHeatmapSort(defaultHeatmapSort, 'material:lithium')).toEqual({
      key: 'material:lithium',
      desc: true,
    });
  });

  it('gives the table (and CSV) the same numbers and a one-sentence summary', () => {
    const model = buildHeatmap(countryMaterialFixture, defaultHeatmapSort, en);
    expect(model.table.columns.map((c) => c.label)).toEqual([
      'Country',
      'Cobalt',
      'Lithium',
      'Titanium',
      'Materials covered',
    ]);
    expect(model.table.rows[0]).toEqual({
      country: 'Germany',
      cobalt: 0,
      lithium: 2,
      titanium: 1,
      total: 2,
    });
    expect(model.summary).toBe(
      '4 countries and 3 materials: 3 of 12 pairs are covered by at least one matched initiative. Germany is covered for the most materials (2).',
    );
    const empty = buildHeatmap({ ...countryMaterialFixture, cells: [] }, defaultHeatmapSort, en);
    expect(empty.summary).toBe(
      'None of the 12 country–material pairs is covered by a matched initiative.',
    );
  });
});
