import { describeStatsEquivalence } from './stats-equivalence';

describeStatsEquivalence(
  'statistics from the bitmaps and the per-initiative facts equal the plain aggregate',
  {
    spansChunks: false,
    smallTextLimit: false,
  },
);
