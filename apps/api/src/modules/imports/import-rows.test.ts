import { describe, expect, it } from 'vitest';
import { lookupKey, readImportRow, type ReferenceLookups } from './import-rows';

// A few real countries and materials of the reference data, keyed as the service keys them.
const lookups: ReferenceLookups = {
  countries: new Map(
    [
      ['TR', ['TR', 'TUR', 'Türkiye', 'Turkey', 'Turkiye']],
      ['CZ', ['CZ', 'CZE', 'Czechia', 'Czech Republic']],
      ['DE', ['DE', 'DEU', 'Germany']],
      ['KR', ['KR', 'KOR', 'Republic of Korea', 'South Korea']],
    ].flatMap(([code, names]) =>
      (names as string[]).map((name) => [lookupKey(name), code as string]),
    ),
  ),
  materials: new Map(
    [
      ['lithium', ['lithium', 'Lithium', 'Li']],
      ['rare-earth-elements', ['rare-earth-elements', 'Rare earth elements', 'REE', 'rare earths']],
    ].flatMap(([id, names]) => (names as string[]).map((name) => [lookupKey(name), id as string])),
  ),
};

const valid = {
  title: 'Test row (unit test)',
  kind: 'multinational_project',
  status: 'signed',
  signed_on: '2025-06-24',
  source_url: 'https://example.org/unit',
};

describe('lookupKey', () => {
  it('ignores case, accents and spacing', () => {
    expect(lookupKey('  Türkiye ')).toBe(lookupKey('turkiye'));
    expect(lookupKey('Czech   Republic')).toBe('czech republic');
  });
});

describe('readImportRow', () => {
  it('resolves countries by name, alias or code with roles, and materials by alias or symbol', () => {
    const read = readImportRow(
      {
        ...valid,
        lead_country: 'Turkey',
        participants: 'Türkiye (lead); Czech Republic; kr',
        materials: 'REE; Li',
        activities: 'Storage; acquisition',
      },
      lookups,
    );
    expect(read.problems).toEqual([]);
    expect(read.input?.leadCountry).toBe('TR');
    expect(read.input?.participants.map((p) => [p.countryCode, p.role])).toEqual([
      ['TR', 'lead'],
      ['CZ', 'participant'],
      ['KR', 'participant'],
    ]);
    expect(read.input?.materials).toEqual([
      { materialId: 'rare-earth-elements', activities: ['storage', 'acquisition'], notes: null },
      { materialId: 'lithium', activities: ['storage', 'acquisition'], notes: null },
    ]);
    expect(read.visibility).toBe('draft');
  });

  it('names each problem by column', () => {
    const read = readImportRow(
      {
        ...valid,
        kind: 'rumour',
        signed_on: '2025-02-30',
        participants: 'Germany; Germany; Narnia',
        materials: 'kryptonite',
        budget_eur: '1,5 million',
        source_url: 'ftp://example.org/x',
        visibility: 'secret',
      },
      lookups,
    );
    expect(read.input).toBeNull();
    expect(read.problems.map((p) => p.column)).toEqual([
      'kind',
      'signed_on',
      'participants',
      'participants',
      'materials',
      'budget_eur',
      'source_url',
      'visibility',
    ]);
  });

  it('passes the row through the form schema too (e.g. a lead role for another country)', () => {
    const read = readImportRow(
      { ...valid, lead_country: 'Germany', participants: 'Czechia (lead); Germany' },
      lookups,
    );
    expect(read.problems).toEqual([
      { column: 'participants', message: 'Only the lead country can have the lead role' },
    ]);
  });

  it('refuses formula-leading cells, markup and control characters, using nothing from them', () => {
    const read = readImportRow(
      {
        ...valid,
        title: '-2+3',
        summary: 'Contains <b>bold</b>',
        event: 'bell\u0007',
        participants: '@Germany',
      },
      lookups,
    );
    expect(read.title).toBeNull();
    expect(read.problems.map((p) => p.column)).toEqual([
      'title',
      'summary',
      'event',
      'participants',
      'title',
    ]);
  });
});
