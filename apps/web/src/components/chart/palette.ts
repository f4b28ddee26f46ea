import type { MaterialActivity } from '@tracker/shared';

/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008): the eight colours stay
 * distinguishable under protanopia, deuteranopia and tritanopia, and in greyscale print they differ
 * in lightness. Every chart takes its colours from here, never from literals.
 */
export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** One colour per activity, in the order the activities are listed. */
export const activityColours: Record<MaterialActivity, string> = {
  acquisition: okabeIto.blue,
  storage: okabeIto.orange,
  transportation: okabeIto.bluishGreen,
  management: okabeIto.reddishPurple,
  recycling: okabeIto.skyBlue,
  processing: okabeIto.vermillion,
};

/** For "activity not stated": neutral, so it never reads as one of the activities. */
export const notStatedColour = '#8C8C8C';

/** Two series that must never be confused (signed initiatives / countries joining). */
export const seriesColours = {
  primary: okabeIto.blue,
  secondary: okabeIto.vermillion,
} as const;

/**
 * A sequential single-hue scale (white → Okabe–Ito blue) for counts: lightness alone carries the
 * value, so it reads in greyscale and for every kind of colour vision. Step 0 is "none".
 */
export const sequentialBlues = ['#FFFFFF', '#D6E6F4', '#A9CBE8', '#6FA8D6', '#23689F', '#0B4F8A'];

/** Text colour readable on a sequential step (WCAG AA on every step above). */
export function textOnSequential(step: number): string {
  return step >= 4 ? '#FFFFFF' : '#1A1F29';
}
