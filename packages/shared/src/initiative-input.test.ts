import { describe, expect, it } from 'vitest';
import {
  initiativeInputSchema,
  slugFromTitle,
  type InitiativeFormValues,
} from './initiative-input';

const minimal: InitiativeFormValues = {
  title: 'Test initiative (schema test)',
  kind: 'multinational_project',
  status: 'signed',
};

const pathsOf = (values: unknown) => {
  const result = initiativeInputSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
};

const messageAt = (values: unknown, path: string) => {
  const result = initiativeInputSchema.safeParse(values);
  return result.error?.issues.find((issue) => issue.path.join('.') === path)?.message;
};

describe('initiativeInputSchema', () => {
  it('fills empty lists and unknowns as null for a minimal record', () => {
    expect(initiativeInputSchema.parse(minimal)).toEqual({
      title: 'Test initiative (schema test)',
      summary: null,
      kind: 'multinational_project',
      status: 'signed',
      announcedOn: null,
      signedOn: null,
      datePrecision: null,
      event: null,
      framework: null,
      leadCountry: null,
      budgetEur: null,
      unconfirmed: null,
      participants: [],
      materials: [],
      sources: [],
      related: [],
      milestones: [],
    });
  });

  it('reads empty form fields as "not known" and upper-cases country codes', () => {
    const parsed = initiativeInputSchema.parse({
      ...minimal,
      summary: '   ',
      announcedOn: '',
      leadCountry: 'de',
      participants: [{ countryCode: 'de', role: 'lead', joinedOn: '', leftOn: '' }],
      sources: [{ url: 'https://www.nato.int/', title: '', publishedOn: '' }],
    });
    expect(parsed.summary).toBeNull();
    expect(parsed.announcedOn).toBeNull();
    expect(parsed.leadCountry).toBe('DE');
    expect(parsed.participants).toEqual([
      { countryCode: 'DE', role: 'lead', joinedOn: null, leftOn: null, instrument: null },
    ]);
    expect(parsed.sources[0]).toMatchObject({ url: 'https://www.nato.int/', title: null });
  });

  it('asks for a title in words', () => {
    expect(messageAt({ ...minimal, title: '  ' }, 'title')).toBe('Enter a title');
    expect(messageAt({ ...minimal, title: undefined }, 'title')).toBe('Enter a title');
  });

  it('names the participant whose left date comes before its joined date', () => {
    const values = {
      ...minimal,
      participants: [
        { countryCode: 'DE' },
        { countryCode: 'PL' },
        { countryCode: 'SE', joinedOn: '2025-06-24', leftOn: '2024-01-01' },
      ],
    };
    expect(pathsOf(values)).toEqual(['participants.2.leftOn']);
    expect(messageAt(values, 'participants.2.leftOn')).toBe(
      'The left date must be after the joined date',
    );
  });

  it('rejects a country, material, source or related initiative listed twice', () => {
    const paths = pathsOf({
      ...minimal,
      participants: [{ countryCode: 'DE' }, { countryCode: 'PL' }, { countryCode: 'de' }],
      materials: [{ materialId: 'lithium' }, { materialId: 'lithium' }],
      sources: [{ url: 'https://www.nato.int/a' }, { url: 'https://www.nato.int/a' }],
      related: [{ slug: 'nato-mmf' }, { slug: 'nato-mmf' }],
    });
    expect(paths.sort()).toEqual([
      'materials.1.materialId',
      'participants.2.countryCode',
      'related.1.slug',
      'sources.1.url',
    ]);
  });

  it('accepts only http(s) web addresses for sources and milestones', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'not a url', 'http://']) {
      expect(pathsOf({ ...minimal, sources: [{ url }] })).toEqual(['sources.0.url']);
    }
    expect(
      pathsOf({
        ...minimal,
        milestones: [
          { step: 'loi_signed', occurredOn: '2025-06-24', sourceUrl: 'data:text/html,x' },
        ],
      }),
    ).toEqual(['milestones.0.sourceUrl']);
  });

  it('names bad dates, enums and budgets', () => {
    const paths = pathsOf({
      ...minimal,
      kind: 'secret',
      signedOn: '24/06/2025',
      budgetEur: -5,
      milestones: [{ step: 'rumoured', occurredOn: '2025-13-01' }],
    });
    expect(paths.sort()).toEqual([
      'budgetEur',
      'kind',
      'milestones.0.occurredOn',
      'milestones.0.step',
      'signedOn',
    ]);
  });

  it('wants a date before its precision, and signing not before announcing', () => {
    expect(pathsOf({ ...minimal, datePrecision: 'month' })).toEqual(['datePrecision']);
    expect(pathsOf({ ...minimal, announcedOn: '2025-06-24', signedOn: '2025-01-01' })).toEqual([
      'signedOn',
    ]);
  });
});

describe('slugFromTitle', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugFromTitle('Türkiye–Czechia: Rare Earths (Test)')).toBe(
      'turkiye-czechia-rare-earths-test',
    );
    expect(slugFromTitle('  ---  ')).toBe('initiative');
    expect(slugFromTitle('a'.repeat(200))).toHaveLength(80);
  });
});
