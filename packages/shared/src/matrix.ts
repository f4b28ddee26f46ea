import { z } from 'zod';

// Response schemas for the matrix endpoints (issue #3). Filled in by the matrix work.
export const matrixPlaceholder = z.never().optional();
