/** A JSON value from the audit log in words, and which entries of a list were added or removed. */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names first (what a reader recognises), then the other plain values, in a stable order. */
const preferredKeys = [
  'name',
  'title',
  'countryCode',
  'code',
  'materialId',
  'id',
  'slug',
  'url',
  'step',
];

/** A value as one line: "Germany — lead — 2025-06-24"; nested objects are flattened. */
export function describeJson(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describeJson).filter(Boolean).join(', ');
  if (isObject(value)) {
    const keys = Object.keys(value).sort((a, b) => {
      const ia = preferredKeys.indexOf(a);
      const ib = preferredKeys.indexOf(b);
      return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
    });
    // An object's nested country/material reads as its name only.
    return keys
      .map((key) => {
        const entry = value[key];
        if (isObject(entry) && typeof entry.name === 'string') return entry.name;
        return describeJson(entry);
      })
      .filter((text) => text !== '')
      .join(' — ');
  }
  return '';
}

export type DiffLine = { text: string; mark: 'added' | 'removed' | 'same' };

/**
 * The two sides of a change as lines. For lists, each entry is one line, marked added (only after)
 * or removed (only before); a scalar is one line on each side.
 */
export function diffJson(
  before: unknown,
  after: unknown,
): { before: DiffLine[]; after: DiffLine[] } {
  if (Array.isArray(before) || Array.isArray(after)) {
    const left = (Array.isArray(before) ? before : []) as Json[];
    const right = (Array.isArray(after) ? after : []) as Json[];
    const key = (item: Json) => JSON.stringify(item);
    const leftKeys = new Set(left.map(key));
    const rightKeys = new Set(right.map(key));
    return {
      before: left.map((item) => ({
        text: describeJson(item),
        mark: rightKeys.has(key(item)) ? 'same' : 'removed',
      })),
      after: right.map((item) => ({
        text: describeJson(item),
        mark: leftKeys.has(key(item)) ? 'same' : 'added',
      })),
    };
  }
  const line = (value: unknown): DiffLine[] => {
    const text = describeJson(value);
    return text === '' ? [] : [{ text, mark: 'same' }];
  };
  return { before: line(before), after: line(after) };
}
