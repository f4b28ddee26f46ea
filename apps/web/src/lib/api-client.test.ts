import { initiativeListSchema } from '@tracker/shared';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeInitiative, makeInitiativeList } from '@/testing/fixtures';
import { apiGet, ApiRequestError } from './api-client';

describe('apiGet', () => {
  it('requests a same-origin /api path and returns the parsed body', async () => {
    const body = makeInitiativeList([makeInitiative()]);
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(body));
    vi.stubGlobal('fetch', fetchMock);

    const result = await apiGet('/initiatives', initiativeListSchema, {
      params: new URLSearchParams('country=DE'),
    });

    expect(result).toEqual(body);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/initiatives?country=DE');
  });

  it('throws ApiRequestError carrying the status and the parsed error body', async () => {
    const error = { error: { code: 'not_found', message: 'No initiative "x".' } };
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(error, 404)));

    const failure = await apiGet('/initiatives/x', initiativeListSchema).catch(
      (caught: unknown) => caught,
    );

    expect(failure).toBeInstanceOf(ApiRequestError);
    const apiError = failure as ApiRequestError;
    expect(apiError.status).toBe(404);
    expect(apiError.isNotFound).toBe(true);
    expect(apiError.code).toBe('not_found');
    expect(apiError.message).toBe('No initiative "x".');
    expect(apiError.body).toEqual(error);
  });

  it('rejects a response that does not match the schema', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ items: 'nope' })),
    );
    await expect(apiGet('/initiatives', initiativeListSchema)).rejects.toMatchObject({
      status: 200,
      code: 'invalid_response',
    });
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')),
    );
    await expect(apiGet('/initiatives', initiativeListSchema)).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });
});
