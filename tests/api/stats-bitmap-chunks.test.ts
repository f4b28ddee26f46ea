import { vi } from 'vitest';
import { describeStatsEquivalence } from './stats-equivalence';

// The same suite with 64-bit chunks (about seven per universe here): cells, date ranges and "as
// of" patches then span chunks, which with 32,768-bit chunks only the 100k benchmark data does.
// The builder and the statements both read the size from this module; the database is real.
vi.mock('../../apps/api/src/modules/stats/stats-bitmaps.config', () => ({
  bitmapChunkBits: 64,
  // Small enough for the broader phrases here to be answered from the facts instead, and for
  // the frequent words to have bitmaps.
  textBitmapMaxMatches: 40,
  textTermBitmapMinMatches: 20,
  // One word fewer than the real index: four words take the live filter's way here.
  textTermMaxWords: 3,
}));

describeStatsEquivalence('statistics over 64-bit bitmap chunks equal the plain aggregate', {
  spansChunks: true,
  smallTextLimit: true,
});
