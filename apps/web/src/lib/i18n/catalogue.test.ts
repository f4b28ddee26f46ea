import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { placeholdersOf, translate } from './translate';

const enKeys = Object.keys(en);
const frEntries = Object.entries(fr).flatMap(([key, message]) =>
  message === undefined ? [] : [[key, message] as const],
);

describe('translation catalogue', () => {
  it('has no French key that English lacks', () => {
    const extra = Object.keys(fr).filter((key) => !enKeys.includes(key));
    expect(extra).toEqual([]);
  });

  it('uses the same placeholders in French as in English', () => {
    const mismatched = frEntries
      .filter(([key, message]) => {
        const english = (en as Record<string, string>)[key] ?? '';
        return placeholdersOf(message).join() !== placeholdersOf(english).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('translates the shell, the Initiatives pages and every enumeration into French', () => {
    const required = enKeys.filter((key) =>
      /^(app|nav|language|footer|common|error|pagination|initiatives?|kind|status|role|instrument|activity|sourceKind|countryStatus|relation)\./.test(
        key,
      ),
    );
    expect(required.length).toBeGreaterThan(100);
    expect(required.filter((key) => !(key in fr))).toEqual([]);
  });

  it('has no empty message', () => {
    expect(Object.entries(en).filter(([, message]) => message.trim() === '')).toEqual([]);
    expect(frEntries.filter(([, message]) => message.trim() === '')).toEqual([]);
  });
});

describe('translate', () => {
  it('interpolates and picks the plural form for the language', () => {
    expect(translate('en', 'initiatives.count', { count: 1 })).toBe('1 initiative');
    expect(translate('en', 'initiatives.count', { count: 29 })).toBe('29 initiatives');
    expect(translate('en', 'initiatives.count', { count: 0 })).toBe('0 initiatives');
    // French treats 0 as singular.
    expect(translate('fr', 'initiatives.count', { count: 0 })).toBe('0 initiative');
    expect(translate('fr', 'initiatives.count', { count: 2 })).toBe('2 initiatives');
  });

  it('formats interpolated numbers for the locale', () => {
    expect(translate('en', 'pagination.range', { from: 1, to: 25, total: 1234 })).toBe(
      'Showing 1–25 of 1,234',
    );
    expect(translate('fr', 'pagination.range', { from: 1, to: 25, total: 1234 })).toBe(
      '1–25 sur 1\u202f234',
    );
  });

  it('falls back to English for a key French lacks', () => {
    const key = 'status.signed';
    const saved = fr[key];
    delete fr[key];
    try {
      expect(translate('fr', key)).toBe('Signed');
    } finally {
      fr[key] = saved;
    }
    expect(translate('fr', key)).toBe('Signée');
  });
});
