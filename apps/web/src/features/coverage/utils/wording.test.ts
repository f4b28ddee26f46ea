import { initiativeFilterSchema } from '@tracker/shared';
import { describe, expect, it } from 'vitest';
import { testWording } from '../testing/wording';
import { describeFilters, listLabel } from './wording';

describe('filters in words', () => {
  it('says when no filter applies', () => {
    expect(describeFilters(initiativeFilterSchema.parse({}), testWording('en'))).toBe(
      'No filter: every initiative in the data.',
    );
  });

  it('names every filter with its values in words, dates formatted, codes resolved', () => {
    const filter = initiativeFilterSchema.parse({
      country: ['DE', 'PL'],
      match: 'all',
      status: ['signed', 'active'],
      material: 'lithium',
      asOf: '2025-06-23',
    });
    const text = describeFilters(filter, testWording('en'), {
      country: (code) => ({ DE: 'Germany', PL: 'Poland' })[code],
      material: (id) => (id === 'lithium' ? 'Lithium' : undefined),
    });
    expect(text).toBe(
      'Filters: Country Germany and Poland (all of them); Material Lithium; Status Signed and Active; As of 23 June 2025.',
    );
  });

  it('names the criticality lists with their dates', () => {
    const en = testWording('en');
    expect(listLabel('nato', en)).toBe('NATO defence-critical list (11 December 2024)');
    expect(listLabel(null, en)).toBe('all materials in the data');
  });
});
