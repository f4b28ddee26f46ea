import { z } from 'zod';

// Response schemas for the profile endpoints (issue #3). Filled in by the profile work.
export const profilePlaceholder = z.never().optional();
