import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiErrorSchema } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countriesFixture,
  jsonResponse,
  makeInitiative,
  makeInitiativeList,
  materialsFixture,
  requestUrl,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const hvp = makeInitiative();
const mou = makeInitiative({
  id: '00000000-0000-4000-8000-000000000002',
  slug: 'de-pl-mou-2023',
  referenceCode: null,
  title: 'German–Polish memorandum on stockpiling',
  kind: 'partner_agreement',
  status: 'active',
  date: '2023-07-01',
  datePrecision: 'month',
  participantCount: 2,
  participants: [
    { code: 'DE', name: 'Germany', role: 'participant' },
    { code: 'PL', name: 'Poland', role: 'participant' },
  ],
  materials: [],
  sourceCount: 1,
  unconfirmed: null,
});
const undated = makeInitiative({
  id: '00000000-0000-4000-8000-000000000003',
  slug: 'undated-statement',
  title: 'Industry statement with no known date',
  kind: 'industry_statement',
  status: 'proposed',
  date: null,
  datePrecision: null,
  unconfirmed: null,
});

type ListResponder = (params: URLSearchParams) => Response;
let respondToList: ListResponder;
const fetchMock = vi.fn<typeof fetch>();

/** Requests the page made to the list endpoint, as URLs. */
function listRequests(): URL[] {
  return fetchMock.mock.calls
    .map(([input]) => requestUrl(input))
    .filter((url) => url.pathname === '/api/initiatives');
}

beforeEach(() => {
  respondToList = () => jsonResponse(makeInitiativeList([hvp, mou, undated], { total: 29 }));
  fetchMock.mockImplementation((input) => {
    const url = requestUrl(input);
    if (url.origin !== 'http://localhost') throw new Error(`Request left the origin: ${url.href}`);
    switch (url.pathname) {
      case '/api/initiatives':
        return Promise.resolve(respondToList(url.searchParams));
      case '/api/countries':
        return Promise.resolve(jsonResponse(countriesFixture));
      case '/api/materials':
        return Promise.resolve(jsonResponse(materialsFixture));
      default:
        return Promise.resolve(
          jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
        );
    }
  });
  vi.stubGlobal('fetch', fetchMock);
});

describe('Initiatives page', () => {
  it('shows the server page as a table with the result count', async () => {
    renderApp('/initiatives');

    const table = await screen.findByRole('table', { name: 'Initiatives' });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Title', 'Date', 'Type', 'Status', 'Participants', 'Materials', 'Sources']);
    expect(rows).toHaveLength(3);

    // Titles are row headers linking to the detail page.
    const link = within(rows[0]!).getByRole('link', { name: hvp.title });
    expect(link.getAttribute('href')).toBe('/initiatives/nato-hvp-dcrm-2025');
    expect(within(rows[0]!).getByRole('rowheader').textContent).toContain(hvp.title);

    // Dates honour their precision; a missing date says so.
    expect(within(rows[0]!).getByText('24 June 2025')).toBeTruthy();
    expect(within(rows[1]!).getByText('July 2023')).toBeTruthy();
    expect(within(rows[2]!).getByText('Unknown')).toBeTruthy();

    // Enumerations are labelled, participants show count and codes with the lead marked.
    expect(within(rows[0]!).getByText('NATO High Visibility Project')).toBeTruthy();
    expect(within(rows[1]!).getByText('Active')).toBeTruthy();
    const codes = within(rows[0]!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(codes).toEqual(['DE (lead)', 'BE', 'PL']);
    expect(within(rows[0]!).getByText('Lithium and Titanium')).toBeTruthy();

    expect(screen.getByRole('status').textContent).toBe('29 initiatives');
    expect(screen.getByText('Page 1 of 2')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Initiatives', current: 'page' })).toBeTruthy();
  });

  it('sorts on the server when a header is clicked, and keeps the sort in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives?page=2');
    const table = await screen.findByRole('table', { name: 'Initiatives' });

    const dateHeader = within(table).getByRole('columnheader', { name: 'Date' });
    const titleHeader = within(table).getByRole('columnheader', { name: 'Title' });
    expect(dateHeader.getAttribute('aria-sort')).toBe('descending');
    expect(titleHeader.getAttribute('aria-sort')).toBe('none');
    // Columns the API cannot sort by are not offered as sortable.
    expect(
      within(table).getByRole('columnheader', { name: 'Materials' }).hasAttribute('aria-sort'),
    ).toBe(false);

    await user.click(within(titleHeader).getByRole('button', { name: 'Title' }));

    await waitFor(() => expect(router.state.location.search).toBe('?sort=title'));
    await waitFor(() => expect(titleHeader.getAttribute('aria-sort')).toBe('ascending'));
    expect(dateHeader.getAttribute('aria-sort')).toBe('none');
    expect(listRequests().at(-1)?.searchParams.get('sort')).toBe('title');

    await user.click(within(titleHeader).getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-title'));
    await waitFor(() => expect(titleHeader.getAttribute('aria-sort')).toBe('descending'));
    expect(listRequests().at(-1)?.searchParams.get('sort')).toBe('-title');
  });

  it('pages with next/previous and sends the page to the API', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives');
    await screen.findByRole('table', { name: 'Initiatives' });

    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Previous page' }).disabled).toBe(
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('page')).toBe('2'));
  });

  it('writes filters to the URL and resets to page 1 when one changes', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives?page=2&sort=title');
    await screen.findByRole('table', { name: 'Initiatives' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'signed');
    await waitFor(() => expect(router.state.location.search).toBe('?status=signed&sort=title'));

    await user.click(screen.getByText('Any country'));
    await user.click(await screen.findByRole('checkbox', { name: /Poland/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?country=PL&status=signed&sort=title'),
    );
    expect(screen.getByRole('button', { name: 'Remove Poland' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'include all selected countries' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('match')).toBe('all'),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lithium');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('lithium'),
    );
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('q')).toBe('lithium'));
  });

  it('explains an empty result by the filters set, and clears them', async () => {
    const user = userEvent.setup();
    respondToList = (params) =>
      params.has('country')
        ? jsonResponse(makeInitiativeList([]))
        : jsonResponse(makeInitiativeList([hvp]));
    const { router } = renderApp('/initiatives?country=DE&country=AU&match=all&material=lithium');

    expect(
      await screen.findByRole('heading', { name: 'No initiatives match these filters' }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 initiatives');
    expect(screen.getByText('Countries (all): Germany and Australia')).toBeTruthy();
    expect(screen.getByText('Material: Lithium')).toBeTruthy();

    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clearButtons.at(-1)!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('table', { name: 'Initiatives' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 initiative');
  });

  it('shows the API error message when the request is rejected', async () => {
    respondToList = () =>
      jsonResponse(
        apiErrorSchema.parse({
          error: {
            code: 'validation_failed',
            message: 'The query parameters are not valid.',
            issues: [{ path: 'pageSize', message: 'must be at most 200' }],
          },
        }),
        400,
      );
    renderApp('/initiatives');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The query parameters are not valid.');
    expect(alert.textContent).toContain('pageSize: must be at most 200');
    expect(screen.queryByRole('table', { name: 'Initiatives' })).toBeNull();
  });

  it('renders in French, with translated labels and locale dates', async () => {
    renderApp('/initiatives', { language: 'fr' });
    const table = await screen.findByRole('table', { name: 'Initiatives' });
    expect(within(table).getByRole('columnheader', { name: 'Titre' })).toBeTruthy();
    expect(within(table).getByText('24 juin 2025')).toBeTruthy();
    expect(within(table).getByText('juillet 2023')).toBeTruthy();
    expect(within(table).getByText('Inconnue')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('29 initiatives');
    expect(document.documentElement.lang).toBe('fr');
  });
});
