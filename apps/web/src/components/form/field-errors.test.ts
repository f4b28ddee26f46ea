import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { fieldDomId, flattenFieldErrors, summaryItems } from './field-errors';

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

describe('summaryItems', () => {
  type Form = { email: string; password: string };
  const target = (field: keyof Form) => `f-${field}`;

  it('puts the server problem first, on its field, then each field in form order', () => {
    const errors = {
      root: { server: { type: 'server', message: 'Sign-in failed' } },
      password: { type: 'too_small', message: 'Enter your password' },
      email: { type: 'invalid', message: 'Enter an email address' },
    } as unknown as FieldErrors<Form>;
    expect(summaryItems(errors, ['email', 'password'], target, 'password')).toEqual([
      { targetId: 'f-password', message: 'Sign-in failed' },
      { targetId: 'f-email', message: 'Enter an email address' },
      { targetId: 'f-password', message: 'Enter your password' },
    ]);
  });

  it('is empty without errors', () => {
    expect(summaryItems({}, ['email', 'password'], target, 'email')).toEqual([]);
  });
});
