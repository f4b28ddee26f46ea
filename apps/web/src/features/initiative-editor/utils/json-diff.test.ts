import { describe, expect, it } from 'vitest';
import { describeJson, diffJson } from './json-diff';

describe('diffJson', () => {
  it('marks list entries added and removed', () => {
    const before = [
      { countryCode: 'DE', role: 'lead' },
      { countryCode: 'PL', role: 'participant' },
    ];
    const after = [
      { countryCode: 'DE', role: 'lead' },
      { countryCode: 'SE', role: 'participant' },
    ];
    expect(diffJson(before, after)).toEqual({
      before: [
        { text: 'DE — lead', mark: 'same' },
        { text: 'PL — participant', mark: 'removed' },
      ],
      after: [
        { text: 'DE — lead', mark: 'same' },
        { text: 'SE — participant', mark: 'added' },
      ],
    });
  });

  it('shows scalars as one line and nothing for null', () => {
    expect(diffJson('Old title', 'New title')).toEqual({
      before: [{ text: 'Old title', mark: 'same' }],
      after: [{ text: 'New title', mark: 'same' }],
    });
    expect(diffJson(null, 5)).toEqual({ before: [], after: [{ text: '5', mark: 'same' }] });
  });

  it('reads a nested country by its name', () => {
    expect(describeJson({ country: { code: 'DE', name: 'Germany' }, role: 'lead' })).toBe(
      'Germany — lead',
    );
  });
});
