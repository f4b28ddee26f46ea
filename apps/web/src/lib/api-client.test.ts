import { initiativeListSchema } from '@tracker/shared';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { jsonResponse, makeInitiative, makeInitiativeList } from '@/testing/fixtures';
import {
  apiGet,
  ApiRequestError,
  apiSend,
  VersionConflictError,
  versionFromTag,
  versionTag,
} from './api-client';

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

describe('apiSend', () => {
  it('sends JSON with the CSRF-relevant headers, If-Match and the session cookie', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      new Response(JSON.stringify({ ok: true }), {
        status: 201,
        headers: { 'Content-Type': 'application/json', ETag: '"2"' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);

    const result = await apiSend('/initiatives/x', z.object({ ok: z.boolean() }), {
      method: 'PUT',
      json: { title: 'T' },
      ifMatch: 1,
    });

    expect(result).toEqual({ data: { ok: true }, etag: '"2"', status: 201 });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/initiatives/x');
    expect(init?.method).toBe('PUT');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"title":"T"}');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', 'If-Match': '"1"' });
  });

  it('turns a 412 into a VersionConflictError with the current version and body', async () => {
    const body = {
      error: { code: 'version_conflict', message: 'Changed meanwhile.' },
      current: { version: 5 },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(
        new Response(JSON.stringify(body), {
          status: 412,
          headers: { 'Content-Type': 'application/json', ETag: '"5"' },
        }),
      ),
    );

    const failure = await apiSend('/initiatives/x', z.unknown(), {
      method: 'PUT',
      ifMatch: 4,
    }).catch((caught: unknown) => caught);

    expect(failure).toBeInstanceOf(VersionConflictError);
    const conflict = failure as VersionConflictError;
    expect(conflict.status).toBe(412);
    expect(conflict.currentVersion).toBe(5);
    expect(conflict.payload).toEqual(body);
  });

  it('parses a 204 as null', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockResolvedValue(new Response(null, { status: 204 })),
    );
    await expect(apiSend('/auth/logout', z.null(), { method: 'POST' })).resolves.toMatchObject({
      data: null,
      status: 204,
    });
  });
});

describe('version tags', () => {
  it('reads strong and weak ETags and writes strong ones', () => {
    expect(versionFromTag('"12"')).toBe(12);
    expect(versionFromTag('W/"3"')).toBe(3);
    expect(versionFromTag('"abc"')).toBeNull();
    expect(versionFromTag(null)).toBeNull();
    expect(versionTag(7)).toBe('"7"');
  });
});
