import { countryProfileQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { validateParams, validateQuery } from '../../http/validate';
import type { CountriesService } from './countries.service';

export const countryCodeParamsSchema = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 code such as DE')
    .transform((code) => code.toUpperCase()),
});

export function countriesRoutes(service: CountriesService) {
  return new Hono()
    .get('/', async (c) => c.json(await service.list()))
    .get('/:code', validateParams(countryCodeParamsSchema), async (c) =>
      c.json(await service.get(c.req.valid('param').code)),
    )
    .get(
      '/:code/profile',
      validateParams(countryCodeParamsSchema),
      validateQuery(countryProfileQuerySchema),
      async (c) =>
        c.json(await service.getProfile(c.req.valid('param').code, c.req.valid('query').asOf)),
    );
}
