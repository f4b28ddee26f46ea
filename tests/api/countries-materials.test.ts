import {
  countryDetailSchema,
  countryListSchema,
  materialDetailSchema,
  materialListSchema,
} from '@tracker/shared';
import { expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const countriesCsv = readCsv('countries.csv');
const initiativesCsv = readCsv('initiatives.csv');

describeDb('countries and materials', () => {
  const ctx = useTestApp();

  it('lists the 32 Allies and 5 partners with their initiative counts', async () => {
    const { items } = await getJson(ctx.app, '/api/countries', countryListSchema);
    expect(items).toHaveLength(countriesCsv.length);
    expect(items.filter((c) => c.status === 'nato_ally')).toHaveLength(32);
    for (const country of items) {
      const expected = initiativesCsv.filter((row) =>
        list(row.participants_iso2).includes(country.code),
      ).length;
      expect(country.initiativeCount, country.code).toBe(expected);
    }
  });

  it('shows a country profile with its initiatives, joined dates and sources', async () => {
    const turkiye = await getJson(ctx.app, '/api/countries/tr', countryDetailSchema);
    expect(turkiye.name).toBe('Türkiye');
    expect(turkiye.natoMemberSince).toBe('1952-02-18');
    const expected = initiativesCsv.filter((row) => list(row.participants_iso2).includes('TR'));
    expect(turkiye.initiatives.map((i) => i.title).sort()).toEqual(
      expected.map((row) => row.name).sort(),
    );
    expect(turkiye.initiatives.find((i) => i.slug === 'nato-hvp-dcrm-2025')?.joinedOn).toBe(
      '2025-06-24',
    );
    expect(turkiye.sources.length).toBe(
      list(countriesCsv.find((row) => row.iso_alpha2 === 'TR')?.sources).length,
    );
  });

  it('lists the 12 materials of NATO\u2019s December 2024 list', async () => {
    const { items } = await getJson(ctx.app, '/api/materials', materialListSchema);
    expect(items).toHaveLength(12);
    expect(items.every((m) => m.natoCritical)).toBe(true);
    const ree = items.find((m) => m.id === 'rare-earth-elements');
    expect(ree?.aliases).toContain('REE');
  });

  it('shows which initiatives cover lithium, with the activities the sources state', async () => {
    const lithium = await getJson(ctx.app, '/api/materials/lithium', materialDetailSchema);
    const project = lithium.initiatives.find((i) => i.slug === 'nato-hvp-dcrm-2025');
    expect(project?.participantCount).toBe(12);
    expect(project?.activities).toEqual(
      expect.arrayContaining(['acquisition', 'storage', 'recycling']),
    );
    expect(lithium.sources.length).toBeGreaterThan(0);
  });

  it('answers 404 and 400 in the one error shape', async () => {
    expect((await getError(ctx.app, '/api/countries/XX')).status).toBe(404);
    expect((await getError(ctx.app, '/api/countries/DEU')).body.error.issues?.[0]?.path).toBe(
      'code',
    );
    expect((await getError(ctx.app, '/api/materials/unobtainium')).status).toBe(404);
  });
});
