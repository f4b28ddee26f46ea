import { z } from 'zod';

/**
 * The only module that reads `import.meta.env`. The API base must be a same-origin path:
 * the dashboard runs on isolated networks and never sends a request to another host.
 */
const envSchema = z.object({
  VITE_API_BASE_PATH: z
    .string()
    .regex(/^\/[^/]/, 'must be a same-origin path such as /api')
    .default('/api'),
  DEV: z.boolean().default(false),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  apiBasePath: parsed.VITE_API_BASE_PATH.replace(/\/$/, ''),
  isDev: parsed.DEV,
} as const;
