import { describe, expect, it } from 'vitest';
import { jsonWithTexts } from './json-text';

describe('jsonWithTexts', () => {
  it('splices JSON texts in as members beside the serialised fields', () => {
    const text = jsonWithTexts(
      { list: 'nato', note: 'a "quoted", {braced} value' },
      {
        cells: '[{"country" : "SE", "initiativeCount" : 2}]',
      },
    );
    expect(JSON.parse(text)).toEqual({
      list: 'nato',
      note: 'a "quoted", {braced} value',
      cells: [{ country: 'SE', initiativeCount: 2 }],
    });
  });

  it('makes a valid object with no fields or no texts', () => {
    expect(JSON.parse(jsonWithTexts({}, { cells: '[]' }))).toEqual({ cells: [] });
    expect(JSON.parse(jsonWithTexts({ list: null }, {}))).toEqual({ list: null });
  });
});
