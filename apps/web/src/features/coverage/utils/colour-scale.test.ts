import { describe, expect, it } from 'vitest';
import { sequentialBlues } from '@/components/chart/palette';
import { binFor, colourBins } from './colour-scale';

describe('sequential colour bins', () => {
  it('gives zero its own step and splits 1..max into at most five whole-number bins', () => {
    expect(colourBins(0).map((b) => [b.from, b.to])).toEqual([[0, 0]]);
    expect(colourBins(3).map((b) => [b.from, b.to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const bins = colourBins(12);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 0],
      [1, 2],
      [3, 5],
      [6, 7],
      [8, 10],
      [11, 12],
    ]);
    expect(bins.map((b) => b.colour)).toEqual(sequentialBlues);
  });

  it('places every value in exactly one bin', () => {
    const bins = colourBins(12);
    for (let value = 0; value <= 12; value += 1) {
      expect(
        bins.filter((b) => value >= b.from && value <= b.to),
        String(value),
      ).toHaveLength(1);
    }
    expect(binFor(40, bins).step).toBe(5);
  });
});
