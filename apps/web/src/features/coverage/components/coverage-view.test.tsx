import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, materialsFixture, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import {
  countryMaterialFixture,
  countryStatsFixture,
  gapsFixture,
  materialCoverageFixture,
  timelineFixture,
} from '../testing/fixtures';

const fetchMock = vi.fn<typeof fetch>();
const saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved.length = 0;
  fetchMock.mockImplementation((input) => {
    const url = requestUrl(input);
    const bodies: Record<string, unknown> = {
      '/api/materials': materialsFixture,
      '/api/stats/materials': materialCoverageFixture,
      '/api/stats/country-material': countryMaterialFixture,
      '/api/stats/gaps': gapsFixture,
      '/api/stats/timeline': timelineFixture,
      '/api/stats/countries': countryStatsFixture,
    };
    const body = bodies[url.pathname];
    return Promise.resolve(
      body
        ? jsonResponse(body)
        : jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  // Downloads go through a blob URL and a clicked link: keep the blob, skip the navigation.
  let next = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

const statsRequests = (path: string) =>
  fetchMock.mock.calls.map(([input]) => requestUrl(input)).filter((url) => url.pathname === path);

const tableRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

/** jsdom's Blob has no text(); FileReader reads it the way a browser would. */
const readBlob = (blob: Blob | undefined) =>
  new Promise<string>((resolve, reject) => {
    if (!blob) return reject(new Error('no file'));
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsText(blob);
  });

describe('Materials page coverage chart', () => {
  it('switches the list in the URL and the request, and shows the same numbers as a table', async () => {
    const { router } = renderApp('/materials');
    // The first test also waits for the page's lazily loaded chunk.
    const chart = await screen.findByRole(
      'figure',
      { name: 'Countries covered per material' },
      { timeout: 10_000 },
    );
    expect(within(chart).getByText(/Distinct countries taking part/)).toBeTruthy();
    expect(statsRequests('/api/stats/materials')[0]?.searchParams.get('list')).toBeNull();

    await userEvent.click(
      screen.getByRole('radio', { name: 'NATO defence-critical list (11 December 2024)' }),
    );
    expect(router.state.location.search).toBe('?list=nato');
    await waitFor(() =>
      expect(statsRequests('/api/stats/materials').at(-1)?.searchParams.get('list')).toBe('nato'),
    );

    await userEvent.click(within(chart).getByRole('button', { name: 'Table' }));
    expect(within(chart).getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const table = within(chart).getByRole('table', { name: 'Countries covered per material' });
    expect(tableRows(table)).toEqual([
      ['Titanium', '13', '1'],
      ['Lithium', '12', '2'],
      ['Cobalt', '0', '0'],
    ]);
    // The summary sentence is in the page for screen readers, and shown on request.
    await userEvent.click(within(chart).getByRole('button', { name: 'Summary' }));
    expect(within(chart).getByText(/2 of 3 materials are covered/).className).toBe(
      'chart__summary',
    );
    // The materials table of before is still on the page.
    expect(await screen.findByRole('table', { name: 'Defence-critical materials' })).toBeTruthy();
  });

  it('downloads the CSV of exactly the rows in the table, and an SVG of the chart', async () => {
    renderApp('/materials?list=nato');
    const chart = await screen.findByRole('figure', { name: 'Countries covered per material' });
    await userEvent.click(within(chart).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(saved.map((file) => file.name)).toEqual(['countries-covered-per-material.csv']),
    );
    const csv = (await readBlob(saved[0]?.blob)).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    await userEvent.click(within(chart).getByRole('button', { name: 'Table' }));
    const table = within(chart).getByRole('table', { name: 'Countries covered per material' });
    expect(parsed.data).toEqual([
      ['Material', 'Countries covered', 'Initiatives'],
      ...tableRows(table),
    ]);

    // The chart is drawn by the lazily loaded Recharts chunk; its SVG is what gets saved.
    await waitFor(() => expect(chart.querySelector('svg.recharts-surface')).not.toBeNull());
    await userEvent.click(within(chart).getByRole('button', { name: 'Download SVG' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const svg = await readBlob(saved[1]?.blob);
    expect(saved[1]?.name).toBe('countries-covered-per-material.svg');
    expect(svg).toContain('<title>Countries covered per material');
    expect(svg).toContain('Lithium');
  });

  it('stacks by activity when asked, saying a country can count in several activities', async () => {
    renderApp('/materials?measure=activities');
    const chart = await screen.findByRole('figure', {
      name: 'Countries covered per material, by activity',
    });
    expect(within(chart).getByText(/counts in both/)).toBeTruthy();
    expect(within(chart).getByText('Recycling')).toBeTruthy();
  });
});

describe('Materials page heatmap', () => {
  it('moves between cells with the keyboard and lists the initiatives and roles behind a cell', async () => {
    renderApp('/materials?view=heatmap');
    const grid = await screen.findByRole('table', { name: 'Countries × materials' });
    const germanyCobalt = within(grid).getByText('Germany, Cobalt: no initiative').closest('td');
    if (!germanyCobalt) throw new Error('cell');
    expect(germanyCobalt.tabIndex).toBe(0);
    germanyCobalt.focus();
    await userEvent.keyboard('{ArrowRight}');
    const germanyLithium = within(grid)
      .getByText('Germany, Lithium: 2 initiatives (Acquisition and Storage)')
      .closest('td');
    expect(document.activeElement).toBe(germanyLithium);
    expect(germanyCobalt.tabIndex).toBe(-1);
    const detail = screen.getByRole('link', { name: 'German raw-materials fund' }).closest('li');
    expect(detail?.textContent).toContain('(Lead)');

    // Sorting by a material's column puts its most covered countries first.
    await userEvent.click(within(grid).getByRole('button', { name: 'Titanium' }));
    expect(
      within(grid).getByRole('columnheader', { name: 'Titanium' }).getAttribute('aria-sort'),
    ).toBe('descending');
    const firstRowHeader = within(grid).getAllByRole('rowheader')[0];
    expect(firstRowHeader?.textContent).toBe('Germany');
  });

  it('shows the gap matrix with the materials and Allies left out', async () => {
    renderApp('/materials?view=gaps');
    const grid = await screen.findByRole('table', {
      name: 'Gap matrix: Allies × listed materials',
    });
    expect(within(grid).getByText('France, Cobalt: no initiative')).toBeTruthy();
    expect(within(grid).getByText('Germany, Lithium: covered')).toBeTruthy();
    expect(statsRequests('/api/stats/gaps')[0]?.searchParams.get('list')).toBe('nato');
    const noInitiative = screen.getByRole('heading', {
      name: 'Listed materials with no initiative',
    });
    expect(noInitiative.nextElementSibling?.textContent).toBe('Cobalt');
  });

  it('draws the map from the app’s own atlas, with countries as keyboard-reachable links', async () => {
    renderApp('/materials?view=map&material=lithium');
    const map = await screen.findByRole(
      'group',
      { name: 'Participation by country' },
      { timeout: 10_000 },
    );
    expect(statsRequests('/api/stats/countries')[0]?.searchParams.getAll('material')).toEqual([
      'lithium',
    ]);
    const germany = within(map).getByRole('link', {
      name: 'Germany: 7 initiatives, leads 2, 3 materials',
    });
    expect(germany.getAttribute('tabindex')).toBe('0');
    expect(
      screen.getByText(/Not drawn on the map \(no ISO numeric code\): Test country/),
    ).toBeTruthy();
    // Every request stayed on the app's own origin.
    for (const [input] of fetchMock.mock.calls)
      expect(requestUrl(input).pathname).toMatch(/^\/api\//);
  });
});

describe('Materials page states', () => {
  it('shows the API’s message naming the bad filter, like the other pages', async () => {
    fetchMock.mockImplementation((input) => {
      const url = requestUrl(input);
      if (url.pathname === '/api/stats/materials')
        return Promise.resolve(
          jsonResponse(
            {
              error: {
                code: 'validation_failed',
                message: 'Unknown country code XX',
                issues: [{ path: 'country', message: 'unknown country "XX"' }],
              },
            },
            400,
          ),
        );
      return Promise.resolve(jsonResponse(materialsFixture));
    });
    renderApp('/materials?country=XX');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Unknown country code XX');
    expect(alert.textContent).toContain('country: unknown country "XX"');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    fetchMock.mockImplementation((input) =>
      Promise.resolve(
        requestUrl(input).pathname === '/api/stats/materials'
          ? jsonResponse({ ...materialCoverageFixture, items: [] })
          : jsonResponse(materialsFixture),
      ),
    );
    renderApp('/materials?status=cancelled');
    expect(await screen.findByText('No material or country matches these filters.')).toBeTruthy();
    expect(
      screen.getAllByRole('link', { name: 'Clear the filters' })[0]?.getAttribute('href'),
    ).toBe('/materials');
  });
});
