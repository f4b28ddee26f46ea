import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { fieldDomId, flattenFieldErrors } from './field-errors';

type Values = { title: string; participants: { countryCode: string }[] };

describe('flattenFieldErrors', () => {
  it('lists nested and list-level errors by their dotted path', () => {
    // The shape react-hook-form builds: an array of row errors with a `root` for the list itself.
    const participants = Object.assign(
      [undefined, { countryCode: { type: 'custom', message: 'Choose a country' } }],
      { root: { type: 'too_big', message: 'List at most 100 countries' } },
    );
    const errors = {
      title: { type: 'too_small', message: 'Enter a title' },
      participants,
    } as unknown as FieldErrors<Values>;
    const flat = flattenFieldErrors(errors);
    expect(flat).toEqual([
      { path: 'title', message: 'Enter a title' },
      { path: 'participants.1.countryCode', message: 'Choose a country' },
      { path: 'participants', message: 'List at most 100 countries' },
    ]);
  });

  it('makes DOM ids from paths', () => {
    expect(fieldDomId('f', 'participants.1.countryCode')).toBe('f-participants-1-countryCode');
  });
});
