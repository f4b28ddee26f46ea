import { describe, expect, it } from 'vitest';
import { listInitiativesQuerySchema } from './schemas';

describe('listInitiativesQuerySchema', () => {
  it('fills the defaults a bare list request gets', () => {
    expect(listInitiativesQuerySchema.parse({})).toEqual({
      country: [],
      group: [],
      role: [],
      lead: [],
      framework: [],
      match: 'any',
      material: [],
      status: [],
      kind: [],
      sort: '-date',
      page: 1,
      pageSize: 25,
    });
  });

  it('accepts repeated and comma-separated values and trims the search text', () => {
    const parsed = listInitiativesQuerySchema.parse({
      country: ['DE', 'PL,SE'],
      material: 'lithium',
      status: 'signed,active',
      q: '  stockpile ',
      page: '2',
      pageSize: '50',
    });
    expect(parsed).toMatchObject({
      country: ['DE', 'PL', 'SE'],
      material: ['lithium'],
      status: ['signed', 'active'],
      q: 'stockpile',
      page: 2,
      pageSize: 50,
    });
  });

  it('names each invalid field', () => {
    const result = listInitiativesQuerySchema.safeParse({
      country: 'Germany',
      status: 'maybe',
      sort: 'colour',
      pageSize: '1000',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['country.0', 'pageSize', 'sort', 'status.0']);
  });
});
