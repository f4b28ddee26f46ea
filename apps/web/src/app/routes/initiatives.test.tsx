import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiErrorSchema, countryListSchema, type FilterOptions } from '@tracker/shared';
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

const countries = countryListSchema.parse({
  items: [
    ...countriesFixture.items,
    {
      code: 'TR',
      iso3: 'TUR',
      name: 'Türkiye',
      aliases: ['Turkey'],
      status: 'nato_ally',
      natoMemberSince: '1952-02-18',
      euMember: false,
      region: 'Europe',
      initiativeCount: 3,
    },
  ],
});

/**
 * What GET /api/filter-options answers: the three records above and one that no page of the list
 * returns, so a choice can only come from this endpoint.
 */
const beyondThePage = { slug: 'beyond-the-first-page', title: 'Record beyond the first page' };
const filterOptions: FilterOptions = {
  frameworks: [
    { name: 'EU', count: 3 },
    { name: 'NATO', count: 20 },
  ],
  initiatives: [
    ...[hvp, mou, undated].map(({ slug, title }) => ({ slug, title })),
    beyondThePage,
  ].sort((a, b) => a.title.localeCompare(b.title)),
  dataVersion: '2025-06-24T00:00:00.000Z',
};

type ListResponder = (params: URLSearchParams) => Response;
let respondToList: ListResponder;
const fetchMock = vi.fn<typeof fetch>();

/** Requests the page made for the table (not for filter choices or counts), as URLs. */
function listRequests(): URL[] {
  return fetchMock.mock.calls
    .map(([input]) => requestUrl(input))
    .filter(
      (url) =>
        url.pathname === '/api/initiatives' &&
        url.searchParams.get('pageSize') !== '1' &&
        url.searchParams.get('pageSize') !== '200',
    );
}

beforeEach(() => {
  respondToList = () => jsonResponse(makeInitiativeList([hvp, mou, undated], { total: 29 }));
  fetchMock.mockImplementation((input) => {
    const url = requestUrl(input);
    if (url.origin !== 'http://localhost') throw new Error(`Request left the origin: ${url.href}`);
    switch (url.pathname) {
      case '/api/initiatives':
        return Promise.resolve(respondToList(url.searchParams));
      case '/api/filter-options':
        return Promise.resolve(jsonResponse(filterOptions));
      case '/api/countries':
        return Promise.resolve(jsonResponse(countries));
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
    ).toEqual([
      'Title',
      'Date',
      'Type',
      'Status',
      'Framework',
      'Lead',
      'Participants',
      'Materials',
      'Sources',
    ]);
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
    // Every column sorts on the server, counts of materials and sources included.
    for (const header of within(table).getAllByRole('columnheader')) {
      expect(header.getAttribute('aria-sort')).not.toBeNull();
    }

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

    await user.click(screen.getByText('Any status'));
    await user.click(screen.getByRole('checkbox', { name: 'Signed' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=signed&sort=title'));
    await user.click(screen.getByRole('checkbox', { name: 'Active' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?status=signed&status=active&sort=title'),
    );
    expect(screen.getByText('2 selected')).toBeTruthy();

    await user.click(screen.getByText('Any country'));
    const countryPicker = screen.getByRole('group', { name: 'Countries' });
    await user.click(await within(countryPicker).findByRole('checkbox', { name: /Poland/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?country=PL&status=signed&status=active&sort=title',
      ),
    );
    expect(screen.getByRole('button', { name: 'Remove filter Country: Poland' })).toBeTruthy();

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

  it('names the filter that emptied the result, and removing it runs the query again', async () => {
    const user = userEvent.setup();
    // Only the as-of date empties the list; without it there are results.
    respondToList = (params) =>
      params.has('asOf')
        ? jsonResponse(makeInitiativeList([]))
        : jsonResponse(makeInitiativeList([hvp, mou], { total: params.has('country') ? 2 : 3 }));
    const { router } = renderApp('/initiatives?country=DE&asOf=2020-01-01&sort=title');

    const empty = await screen.findByRole('region', { name: 'No initiatives match these filters' });
    expect(screen.getByRole('status').textContent).toBe('0 initiatives as of 1 January 2020');
    const items = within(empty).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.empty-filters__name')?.textContent)).toEqual([
      'Country: Germany',
      'As of: 1 January 2020',
    ]);
    // Which single removal would give results, asked of the server.
    await waitFor(() =>
      expect(within(items[1]!).getByText('Without it: 2 initiatives')).toBeTruthy(),
    );
    expect(within(items[0]!).getByText('Without it: still none')).toBeTruthy();

    await user.click(
      within(empty).getByRole('button', { name: 'Remove filter As of: 1 January 2020' }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?country=DE&sort=title'));
    expect(await screen.findByRole('table', { name: 'Initiatives' })).toBeTruthy();
    expect(listRequests().at(-1)?.searchParams.has('asOf')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('2 initiatives');
  });

  it('clears every filter from an empty result but keeps the sort', async () => {
    const user = userEvent.setup();
    respondToList = (params) =>
      params.has('country')
        ? jsonResponse(makeInitiativeList([]))
        : jsonResponse(makeInitiativeList([hvp]));
    const { router } = renderApp(
      '/initiatives?country=DE&country=AU&match=all&material=lithium&sort=title',
    );

    const empty = await screen.findByRole('region', { name: 'No initiatives match these filters' });
    expect(within(empty).getByText('Country: Australia')).toBeTruthy();
    expect(within(empty).getByText('Material: Lithium')).toBeTruthy();
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=title'));
    expect(await screen.findByRole('table', { name: 'Initiatives' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 initiative');
  });

  it('shows the API message for an unknown code in a pasted link, and clears that filter', async () => {
    const user = userEvent.setup();
    respondToList = (params) =>
      params.get('country') === 'XX'
        ? jsonResponse(
            apiErrorSchema.parse({
              error: {
                code: 'validation_failed',
                message: 'Unknown filter value: unknown country code XX.',
                issues: [{ path: 'country', message: 'unknown country code XX' }],
              },
            }),
            400,
          )
        : jsonResponse(makeInitiativeList([hvp]));
    const { router } = renderApp('/initiatives?country=XX&status=signed');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Unknown filter value: unknown country code XX.');
    await user.click(within(alert).getByRole('button', { name: 'Clear the Country filter' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=signed'));
    expect(await screen.findByRole('table', { name: 'Initiatives' })).toBeTruthy();
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

  it('offers country groups as single picks, written as group=nato', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives?page=2');
    await screen.findByRole('table', { name: 'Initiatives' });

    await user.click(screen.getByText('Any country'));
    await user.click(screen.getByRole('checkbox', { name: 'All NATO Allies' }));
    await waitFor(() => expect(router.state.location.search).toBe('?group=nato'));
    await waitFor(() =>
      expect(listRequests().at(-1)?.searchParams.getAll('group')).toEqual(['nato']),
    );
    expect(listRequests().at(-1)?.searchParams.has('country')).toBe(false);
    expect(
      screen.getByRole('button', { name: 'Remove filter Countries: All NATO Allies' }),
    ).toBeTruthy();

    // "Members of initiative…" lists initiatives by title and writes the slug.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Members of initiative…' }),
      mou.title,
    );
    await waitFor(() =>
      expect(router.state.location.search).toBe('?group=nato&membersOf=de-pl-mou-2023'),
    );
    expect(
      screen.getByRole('button', { name: `Remove filter Members of: ${mou.title}` }),
    ).toBeTruthy();
  });

  it('offers every initiative and framework the filter-options endpoint lists, not only the page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives');
    await screen.findByRole('table', { name: 'Initiatives' });
    await user.click(screen.getByText('Any country'));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Members of initiative…' }),
      beyondThePage.title,
    );
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?membersOf=${beyondThePage.slug}`),
    );
    await user.click(screen.getByText('Any framework'));
    const frameworks = screen.getByRole('group', { name: 'Framework' });
    expect(within(frameworks).getByRole('checkbox', { name: 'NATO' })).toBeTruthy();
    expect(within(frameworks).getByRole('checkbox', { name: 'EU' })).toBeTruthy();
    expect(
      fetchMock.mock.calls.some(([input]) => requestUrl(input).pathname === '/api/filter-options'),
    ).toBe(true);
  });

  it('finds a country by alias or ISO code', async () => {
    const user = userEvent.setup();
    renderApp('/initiatives');
    await screen.findByRole('table', { name: 'Initiatives' });
    await user.click(screen.getByText('Any country'));

    const picker = screen.getByRole('group', { name: 'Countries' });
    const find = within(picker).getByRole('searchbox', { name: 'Find a country' });
    await user.type(find, 'Turkey');
    expect(within(picker).getByRole('checkbox', { name: /Türkiye/ })).toBeTruthy();
    expect(within(picker).queryByRole('checkbox', { name: /Germany/ })).toBeNull();

    await user.clear(find);
    await user.type(find, 'pl');
    expect(within(picker).getByRole('checkbox', { name: /Poland/ })).toBeTruthy();
    expect(within(picker).queryByRole('checkbox', { name: /Türkiye/ })).toBeNull();
    // Group picks stay on offer while typing.
    expect(within(picker).getByRole('checkbox', { name: 'All NATO Allies' })).toBeTruthy();
  });

  it('filters by role, and any change of filter goes back to page 1', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives?country=DE&page=3');
    await screen.findByRole('table', { name: 'Initiatives' });

    await user.click(screen.getByText('More filters'));
    await user.click(screen.getByText('Any role'));
    await user.click(screen.getByRole('checkbox', { name: 'Lead' }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=DE&role=lead'));
    await waitFor(() => expect(listRequests().at(-1)?.searchParams.get('role')).toBe('lead'));
    expect(listRequests().at(-1)?.searchParams.has('page')).toBe(false);
  });

  it('explains an "as of" view, counts as of the day, and drops it from a chip', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/initiatives');
    await screen.findByRole('table', { name: 'Initiatives' });
    expect(screen.queryByText(/Showing the alliance as it stood/)).toBeNull();

    await user.click(screen.getByText('More filters'));
    const asOf = screen.getByLabelText('As of');
    fireEvent.change(asOf, { target: { value: '2025-01-01' } });
    fireEvent.blur(asOf);
    await waitFor(() => expect(router.state.location.search).toBe('?asOf=2025-01-01'));

    const note = await screen.findByText(/Showing the alliance as it stood on 1 January 2025:/);
    expect(note.textContent).toContain('initiatives without a known date are left out');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('29 initiatives as of 1 January 2025'),
    );
    expect(listRequests().at(-1)?.searchParams.get('asOf')).toBe('2025-01-01');

    await user.click(screen.getByRole('button', { name: 'Remove filter As of: 1 January 2025' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByText(/Showing the alliance as it stood/)).toBeNull();
  });

  it('reproduces a copied address exactly: every filter reaches the API and the controls', async () => {
    const search =
      '?q=stockpile&country=DE&country=PL&group=eu&membersOf=de-pl-mou-2023&match=all&role=lead' +
      '&lead=DE&material=lithium&status=signed&kind=joint_procurement&framework=EU+CRMA' +
      '&from=2024-01-01&to=2025-12-31&asOf=2025-06-24&sort=-sources&page=2&pageSize=50';
    const { router } = renderApp(`/initiatives${search}`);
    await screen.findByRole('table', { name: 'Initiatives' });

    expect(router.state.location.search).toBe(search);
    expect(`?${listRequests().at(-1)?.searchParams.toString()}`).toBe(search);
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' }).value).toBe(
      'stockpile',
    );
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'All EU members' }).checked).toBe(
      true,
    );
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /include all/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Signed' }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Dated from').value).toBe('2024-01-01');
    expect(screen.getByLabelText<HTMLInputElement>('As of').value).toBe('2025-06-24');
    expect(screen.getByText('6 active')).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Initiatives' }))
        .getByRole('columnheader', { name: 'Sources' })
        .getAttribute('aria-sort'),
    ).toBe('descending');
  });

  it('links exports, the feed and the matrix to the filters on screen, without paging', async () => {
    renderApp('/initiatives?country=PL&status=signed&sort=title&page=2&pageSize=50');
    await screen.findByRole('table', { name: 'Initiatives' });

    const filters = 'country=PL&status=signed&sort=title';
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv.getAttribute('href')).toBe(`/api/exports/initiatives.csv?${filters}`);
    expect(csv.hasAttribute('download')).toBe(true);
    const xlsx = screen.getByRole('link', { name: 'Download Excel (XLSX)' });
    expect(xlsx.getAttribute('href')).toBe(`/api/exports/initiatives.xlsx?${filters}`);
    expect(xlsx.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('link', { name: 'Subscribe (Atom feed)' }).getAttribute('href')).toBe(
      `/api/feed.atom?${filters}`,
    );
    expect(screen.getByRole('link', { name: 'Matrix view' }).getAttribute('href')).toBe(
      `/matrix?${filters}`,
    );

    const alternate = document.head.querySelector<HTMLLinkElement>(
      'link[rel="alternate"][type="application/atom+xml"]',
    );
    expect(alternate?.getAttribute('href')).toBe(`/api/feed.atom?${filters}`);
    expect(alternate?.title).toBe('Initiatives matching this view');
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
