import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { materialDetailSchema } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, materialsFixture, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import {
  countryMaterialFixture,
  countryStatsFixture,
  materialCoverageFixture,
} from '../testing/fixtures';

const lithiumDetail = materialDetailSchema.parse({
  ...materialsFixture.items[0],
  sources: [],
  initiatives: [
    {
      slug: 'nato-hvp-dcrm-2025',
      title: 'Defence-critical raw materials HVP',
      kind: 'high_visibility_project',
      status: 'signed',
      date: '2025-06-24',
      datePrecision: 'day',
      activities: ['acquisition', 'storage'],
      participantCount: 12,
    },
  ],
});

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockImplementation((input) => {
    const bodies: Record<string, unknown> = {
      '/api/materials/lithium': lithiumDetail,
      // Under material=lithium the API counts only lithium.
      '/api/stats/materials': {
        ...materialCoverageFixture,
        list: null,
        items: materialCoverageFixture.items.filter((i) => i.material.id === 'lithium'),
      },
      '/api/stats/country-material': countryMaterialFixture,
      '/api/stats/countries': countryStatsFixture,
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

describe('material profile coverage', () => {
  it('asks every stats endpoint for this material (and the page’s as-of day) and lists who is and is not covered', async () => {
    renderApp('/materials/lithium?asOf=2025-07-01');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Lithium/ }, { timeout: 10_000 }),
    ).toBeTruthy();
    await screen.findByRole('heading', { name: 'Covered (2 countries)' });

    const stats = fetchMock.mock.calls
      .map(([input]) => requestUrl(input))
      .filter((url) => url.pathname.startsWith('/api/stats/'));
    expect(stats.map((url) => url.pathname).sort()).toEqual([
      '/api/stats/countries',
      '/api/stats/country-material',
      '/api/stats/materials',
    ]);
    for (const url of stats) {
      expect(url.searchParams.getAll('material')).toEqual(['lithium']);
      expect(url.searchParams.get('asOf')).toBe('2025-07-01');
    }

    const covered = screen.getByRole('heading', {
      name: 'Covered (2 countries)',
    }).nextElementSibling;
    expect(
      within(covered as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Germany', 'Belgium']);
    const allies = screen.getByRole('heading', {
      name: 'NATO Allies not covered (1)',
    }).nextElementSibling;
    expect(allies?.textContent).toBe('France');
    const partners = screen.getByRole('heading', {
      name: 'Partners not covered (1)',
    }).nextElementSibling;
    expect(partners?.textContent).toBe('Japan');
    expect(screen.getAllByText(/Filters: As of 1 July 2025/).length).toBeGreaterThan(0);
  });

  it('breaks the coverage down by activity, with the same numbers as a table', async () => {
    renderApp('/materials/lithium');
    const chart = await screen.findByRole(
      'figure',
      { name: 'Lithium: countries covered per activity' },
      { timeout: 10_000 },
    );
    await userEvent.click(within(chart).getByRole('button', { name: 'Table' }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Acquisition121',
      'Storage122',
      'Transportation00',
      'Management00',
      'Recycling31',
      'Processing00',
    ]);
    await waitFor(() =>
      expect(
        screen.getByRole('figure', { name: 'Lithium: participation by country' }),
      ).toBeTruthy(),
    );
  });
});
