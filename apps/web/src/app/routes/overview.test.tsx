import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { materialCoverageFixture, timelineFixture } from '@/features/coverage/testing/fixtures';
import {
  countriesFixture,
  jsonResponse,
  makeInitiative,
  makeInitiativeList,
  materialsFixture,
  requestUrl,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockImplementation((input) => {
    const bodies: Record<string, unknown> = {
      '/api/initiatives': makeInitiativeList([makeInitiative()]),
      '/api/countries': countriesFixture,
      '/api/materials': materialsFixture,
      '/api/stats/materials': materialCoverageFixture,
      '/api/stats/timeline': timelineFixture,
    };
    const body = bodies[requestUrl(input).pathname];
    return Promise.resolve(
      body
        ? jsonResponse(body)
        : jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
});

describe('Overview', () => {
  it('keeps the headline figures and latest initiatives, and adds NATO-list coverage and the timeline', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('link', { name: /High Visibility Project/ }, { timeout: 10_000 }),
    ).toBeTruthy();
    const coverage = await screen.findByRole(
      'figure',
      { name: 'NATO Allies covered per material' },
      { timeout: 10_000 },
    );
    expect(
      within(coverage).getByText(/Materials: NATO defence-critical list \(11 December 2024\)/),
    ).toBeTruthy();
    const request = fetchMock.mock.calls
      .map(([input]) => requestUrl(input))
      .find((url) => url.pathname === '/api/stats/materials');
    expect(request?.searchParams.get('list')).toBe('nato');
    const timeline = await screen.findByRole(
      'figure',
      { name: 'Initiatives signed and countries joining' },
      { timeout: 10_000 },
    );
    expect(within(timeline).getByText(/Per quarter/)).toBeTruthy();
    expect(within(timeline).getByText(/Not placed on the timeline/)).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'All coverage views: heatmap, gaps, map' })
        .getAttribute('href'),
    ).toBe('/materials?list=nato');
  });
});
