import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { participationMatrixSchema } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const country = (code: string, name: string, count: number) => ({
  code,
  name,
  status: 'nato_ally' as const,
  natoMemberSince: '1952-02-18',
  euMember: false,
  count,
});

// Türkiye is in both initiatives, Belgium in one, Albania in one: sorting by count puts TR first.
const matrix = participationMatrixSchema.parse({
  countries: [
    country('AL', 'Albania', 1),
    country('BE', 'Belgium', 1),
    country('TR', 'Türkiye', 2),
  ],
  initiatives: [
    {
      slug: 'nato-hvp-dcrm-2025',
      title: 'Raw materials stockpiling',
      kind: 'high_visibility_project',
      status: 'active',
      date: '2025-06-24',
      datePrecision: 'day',
      count: 2,
    },
    {
      slug: 'nato-airworthiness-res',
      title: 'Airworthiness resolution',
      kind: 'policy_framework',
      status: 'signed',
      date: null,
      datePrecision: null,
      count: 2,
    },
  ],
  cells: [
    {
      country: 'TR',
      initiative: 'nato-hvp-dcrm-2025',
      role: 'participant',
      joinedOn: '2025-06-24',
      leftOn: null,
      instrument: 'loi',
    },
    {
      country: 'BE',
      initiative: 'nato-hvp-dcrm-2025',
      role: 'lead',
      joinedOn: '2025-06-24',
      leftOn: null,
      instrument: 'loi',
    },
    {
      country: 'TR',
      initiative: 'nato-airworthiness-res',
      role: 'participant',
      joinedOn: null,
      leftOn: null,
      instrument: null,
    },
    {
      country: 'AL',
      initiative: 'nato-airworthiness-res',
      role: 'participant',
      joinedOn: null,
      leftOn: null,
      instrument: null,
    },
  ],
  dataVersion: '2025-07-01T10:00:00.000Z',
});

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockImplementation((input) => {
    const url = requestUrl(input);
    if (url.pathname === '/api/participation-matrix') return Promise.resolve(jsonResponse(matrix));
    return Promise.resolve(
      jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
});

const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).queryByRole('link')?.textContent ?? cell.textContent);

const columnHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .slice(1, -1)
    .map((cell) => cell.textContent);

describe('Matrix page', () => {
  it('passes the URL filters to the API and shows roles with their join dates in words', async () => {
    renderApp('/matrix?country=TR&asOf=2025-07-01');
    const table = await screen.findByRole('table', { name: /Participation matrix/ });

    const request = fetchMock.mock.calls
      .map(([input]) => requestUrl(input))
      .find((url) => url.pathname === '/api/participation-matrix');
    expect(request?.searchParams.getAll('country')).toEqual(['TR']);
    expect(request?.searchParams.get('asOf')).toBe('2025-07-01');

    const turkeyRow = within(table).getByRole('row', { name: /^Türkiye/ });
    // Columns by count, ties by title: Airworthiness before Raw materials.
    const cells = within(turkeyRow).getAllByRole('cell');
    expect(cells[0]?.textContent).toContain(
      'Türkiye, Participant in Airworthiness resolution, join date unknown',
    );
    expect(cells[1]?.textContent).toContain(
      'Türkiye, Participant in Raw materials stockpiling, joined 24 June 2025',
    );
    expect(cells[2]?.textContent).toContain('2');
    expect(within(table).getByText('L', { selector: '.matrix__role' })).toBeTruthy();

    // The download links and the link back to the list carry the same filters.
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/exports/participation-matrix.csv?country=TR&asOf=2025-07-01',
    );
    const listLink = screen.getByRole('link', {
      name: 'Open these filters in the Initiatives list',
    });
    expect(listLink.getAttribute('href')).toBe('/initiatives?country=TR&asOf=2025-07-01');
  });

  it('sorts by count by default and by name on request, and transposes', async () => {
    const user = userEvent.setup();
    renderApp('/matrix');
    let table = await screen.findByRole('table', { name: /Participation matrix/ });

    // By count (ties by name), with the totals row last.
    expect(rowHeaders(table)).toEqual(['Türkiye', 'Albania', 'Belgium', 'Total']);
    expect(columnHeaders(table)).toEqual(['Airworthiness resolution', 'Raw materials stockpiling']);

    await user.selectOptions(screen.getByLabelText('Sort rows and columns by'), 'name');
    await waitFor(() =>
      expect(rowHeaders(table)).toEqual(['Albania', 'Belgium', 'Türkiye', 'Total']),
    );

    await user.click(screen.getByRole('button', { name: 'Transpose (swap rows and columns)' }));
    table = await screen.findByRole('table', { name: /Initiatives in rows, Countries in columns/ });
    expect(screen.getByRole('button', { name: /Transpose/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(rowHeaders(table)).toEqual([
      'Airworthiness resolution',
      'Raw materials stockpiling',
      'Total',
    ]);
    expect(columnHeaders(table)).toEqual(['Albania', 'Belgium', 'Türkiye']);
  });

  it('moves between cells with the arrow keys, one cell in the tab order', async () => {
    const user = userEvent.setup();
    renderApp('/matrix');
    const table = await screen.findByRole('table', { name: /Participation matrix/ });
    const focusable = table.querySelectorAll('td[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    (focusable[0] as HTMLElement).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toContain(
      'Türkiye, Participant in Raw materials stockpiling, joined 24 June 2025',
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain(
      'Albania does not take part in Raw materials',
    );
  });
});
