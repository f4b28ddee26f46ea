import { sequentialBlues } from '@/components/chart/palette';

/**
 * Counts onto the sequential palette: 0 is its own step ("none"), and the values above split into
 * up to five equal-width bins of whole numbers up to the largest value. Bins are whole numbers so
 * the legend never shows a range like "1.6–3.2 initiatives".
 */
export type ColourBin = { step: number; from: number; to: number; colour: string };

export function colourBins(max: number): ColourBin[] {
  const bins: ColourBin[] = [{ step: 0, from: 0, to: 0, colour: sequentialBlues[0] ?? '#fff' }];
  if (max <= 0) return bins;
  const steps = Math.min(sequentialBlues.length - 1, max);
  const width = max / steps;
  let from = 1;
  for (let step = 1; step <= steps; step += 1) {
    const to = step === steps ? max : Math.max(from, Math.round(width * step));
    bins.push({ step, from, to, colour: sequentialBlues[step] ?? '#000' });
    from = to + 1;
  }
  return bins;
}

/** The bin a value falls in (values above the largest bin take the darkest). */
export function binFor(value: number, bins: readonly ColourBin[]): ColourBin {
  const found = bins.find((bin) => value >= bin.from && value <= bin.to);
  return found ?? bins[bins.length - 1] ?? { step: 0, from: 0, to: 0, colour: '#fff' };
}
