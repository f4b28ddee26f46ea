import { describe, expect, it } from 'vitest';
import { chartTableToCsv } from '@/components/chart/chart-table';
import { activityColours } from '@/components/chart/palette';
import { materialCoverageFixture } from '../testing/fixtures';
import { testWording } from '../testing/wording';
import { buildCoverageChart } from './coverage-chart';

const en = testWording('en');

describe('coverage bar chart data', () => {
  it('draws every material in scope, uncovered ones as explicit zeros, most covered first', () => {
    const model = buildCoverageChart(materialCoverageFixture, 'countries', en);
    expect(model.rows.map((row) => [row.name, row.value])).toEqual([
      ['Titanium', 13],
      ['Lithium', 12],
      ['Cobalt', 0],
    ]);
    expect(model.series).toHaveLength(1);
    expect(model.table.columns.map((c) => c.label)).toEqual([
      'Material',
      'Countries covered',
      'Initiatives',
    ]);
    expect(model.table.rows).toEqual([
      { name: 'Titanium', value: 13, initiatives: 1 },
      { name: 'Lithium', value: 12, initiatives: 2 },
      { name: 'Cobalt', value: 0, initiatives: 0 },
    ]);
  });

  it('counts Allies when asked, ties broken by name', () => {
    const model = buildCoverageChart(materialCoverageFixture, 'allies', en);
    expect(model.rows.map((row) => [row.name, row.value])).toEqual([
      ['Lithium', 12],
      ['Titanium', 12],
      ['Cobalt', 0],
    ]);
    expect(model.series[0]?.label).toBe('Allies covered');
  });

  it('stacks countries per activity, one series per activity present, in the enum order', () => {
    const model = buildCoverageChart(materialCoverageFixture, 'activities', en);
    expect(model.series.map((s) => [s.key, s.label, s.colour])).toEqual([
      ['acquisition', 'Acquisition', activityColours.acquisition],
      ['storage', 'Storage', activityColours.storage],
      ['recycling', 'Recycling', activityColours.recycling],
    ]);
    const lithium = model.rows.find((row) => row.id === 'lithium');
    expect(lithium).toMatchObject({
      acquisition: 12,
      storage: 12,
      recycling: 3,
      value: 27,
      countries: 12,
    });
    const cobalt = model.rows.find((row) => row.id === 'cobalt');
    expect(cobalt).toMatchObject({ acquisition: 0, storage: 0, recycling: 0, value: 0 });
    expect(chartTableToCsv(model.table).split('\r\n')).toEqual([
      'Material,Countries covered,Acquisition,Storage,Recycling,Initiatives',
      'Lithium,12,12,12,3,2',
      'Titanium,13,13,0,0,1',
      'Cobalt,0,0,0,0,0',
    ]);
  });

  it('says in one sentence how many are covered, the most covered and which have none', () => {
    expect(buildCoverageChart(materialCoverageFixture, 'countries', en).summary).toBe(
      '2 of 3 materials are covered by at least one matched initiative; the most widely covered is Titanium, with 13 countries. Not covered: Cobalt.',
    );
    const none = { ...materialCoverageFixture, items: materialCoverageFixture.items.slice(0, 1) };
    expect(buildCoverageChart(none, 'countries', en).summary).toBe(
      'None of the 1 materials is covered by a matched initiative.',
    );
    expect(buildCoverageChart({ ...none, items: [] }, 'countries', en).summary).toBe(
      'No material matches these filters.',
    );
  });
});
