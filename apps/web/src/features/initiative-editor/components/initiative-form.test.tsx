import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  initiativeDetailSchema,
  type InitiativeDetail,
  type InitiativeInput,
  type Session,
} from '@tracker/shared';
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

const editorSession: Session = {
  user: { id: 'u1', email: 'ed@example.org', name: 'Edith Editor', role: 'editor' },
  readRequiresSignIn: false,
};

const stored: InitiativeDetail = initiativeDetailSchema.parse({
  ...makeInitiative({ participantCount: 1, sourceCount: 1 }),
  slug: 'lithium-pact',
  title: 'Lithium pact',
  announcedOn: null,
  signedOn: '2025-06-24',
  dateNote: null,
  action: null,
  participantsNote: null,
  budgetEur: null,
  version: 3,
  createdAt: '2025-07-01T10:00:00.000Z',
  participants: [
    {
      country: {
        code: 'DE',
        name: 'Germany',
        status: 'nato_ally',
        natoMemberSince: '1955-05-06',
        euMember: true,
      },
      role: 'participant',
      joinedOn: null,
      leftOn: null,
      instrument: 'loi',
    },
  ],
  materials: [
    { id: 'lithium', name: 'Lithium', symbol: 'Li', activities: ['storage'], notes: null },
  ],
  sources: [
    {
      id: 1,
      url: 'https://example.org/pact',
      title: 'Pact',
      publisher: null,
      publishedOn: null,
      kind: 'official',
    },
  ],
  related: [],
  visibility: 'draft',
  publishedAt: null,
  archivedAt: null,
  milestones: [],
});

/** The first render of a page loads its code on demand, which a busy machine takes a while for. */
const pageLoad = { timeout: 15_000 };

type Handler = (init: RequestInit | undefined) => Response;
let handlers: Record<string, Handler>;
const sent: { method: string; path: string; init: RequestInit | undefined }[] = [];

beforeEach(() => {
  sent.length = 0;
  handlers = {
    'GET /api/auth/session': () => jsonResponse(editorSession),
    'GET /api/countries': () => jsonResponse(countriesFixture),
    'GET /api/materials': () => jsonResponse(materialsFixture),
    'GET /api/initiatives': () => jsonResponse(makeInitiativeList([makeInitiative()])),
    'GET /api/initiatives/lithium-pact': () =>
      new Response(JSON.stringify(stored), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ETag: '"3"' },
      }),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const { pathname } = requestUrl(input);
      const method = init?.method ?? 'GET';
      sent.push({ method, path: pathname, init });
      const handler = handlers[`${method} ${pathname}`];
      return Promise.resolve(
        handler
          ? handler(init)
          : jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
      );
    }),
  );
});

function sentBody(method: string, path: string): InitiativeInput {
  const request = sent.find((entry) => entry.method === method && entry.path === path);
  const body = request?.init?.body;
  return JSON.parse(typeof body === 'string' ? body : 'null') as InitiativeInput;
}

describe('new initiative form', () => {
  it('shows each problem next to its field and in a focused summary that links to the field', async () => {
    const user = userEvent.setup();
    renderApp('/admin/initiatives/new');
    await user.click(await screen.findByRole('button', { name: 'Save as draft' }, pageLoad));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Enter a title',
      'Choose what kind of initiative this is',
      'Choose a status',
    ]);

    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = title.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Enter a title');

    await user.click(within(summary).getByRole('link', { name: 'Enter a title' }));
    expect(document.activeElement).toBe(title);

    // The message goes away once the field is put right.
    await user.type(title, 'Rare earths stockpile');
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBeNull());
    expect(sent.some((entry) => entry.method === 'POST')).toBe(false);
  });

  it('names the row of a list problem, e.g. a left date before the joined date', async () => {
    const user = userEvent.setup();
    renderApp('/admin/initiatives/new');
    await user.type(await screen.findByRole('textbox', { name: 'Title' }, pageLoad), 'Pact');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Type' }),
      'Multinational project',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Signed');
    await user.type(screen.getByRole('searchbox', { name: 'Find a country to add' }), 'pol');
    await user.click(await screen.findByRole('button', { name: 'Add Poland' }));
    const row = screen.getByRole('group', { name: /Poland/ });
    await user.type(within(row).getByLabelText('Joined on'), '2025-06-24');
    await user.type(within(row).getByLabelText('Left on'), '2024-01-01');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain(
      'Participant 1: The left date must be after the joined date',
    );
    expect(within(row).getByLabelText('Left on').getAttribute('aria-invalid')).toBe('true');
  });

  it('finds countries by alias and ISO code with NATO/EU badges, and sends the parsed values', async () => {
    const user = userEvent.setup();
    handlers['POST /api/initiatives'] = () =>
      new Response(JSON.stringify({ ...stored, version: 1 }), {
        status: 201,
        headers: { 'Content-Type': 'application/json', ETag: '"1"' },
      });
    const { router } = renderApp('/admin/initiatives/new');
    await user.type(
      await screen.findByRole('textbox', { name: 'Title' }, pageLoad),
      'Lithium pact',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Type' }),
      'Multinational project',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Signed');

    const find = screen.getByRole('searchbox', { name: 'Find a country to add' });
    await user.type(find, 'DEU');
    const add = await screen.findByRole('button', { name: 'Add Germany' });
    expect(add.parentElement?.textContent).toContain('NATO');
    expect(add.parentElement?.textContent).toContain('EU');
    await user.click(add);
    // Enter adds the best match without submitting.
    await user.type(find, 'Australia{Enter}');
    expect(screen.getByRole('group', { name: /Australia/ })).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Find a material to add' }), 'Li');
    await user.click(await screen.findByRole('button', { name: 'Add Lithium' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Lithium' })).getByRole('checkbox', {
        name: 'Storage',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Web address' }),
      'https://example.org/pact',
    );
    await user.type(screen.getByRole('textbox', { name: /Budget in euros/ }), '1 500 000');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/initiatives/lithium-pact/edit'),
    );
    const body = sentBody('POST', '/api/initiatives');
    expect(body).toMatchObject({
      title: 'Lithium pact',
      kind: 'multinational_project',
      status: 'signed',
      summary: null,
      budgetEur: 1500000,
      leadCountry: null,
      participants: [
        { countryCode: 'DE', role: 'participant', joinedOn: null, instrument: null },
        { countryCode: 'AU', role: 'participant' },
      ],
      materials: [{ materialId: 'lithium', activities: ['storage'] }],
      sources: [{ url: 'https://example.org/pact', title: null, kind: null }],
    });
  });

  it('puts the server’s issues on the fields and keeps what was typed', async () => {
    const user = userEvent.setup();
    handlers['POST /api/initiatives'] = () =>
      jsonResponse(
        {
          error: {
            code: 'validation_failed',
            message: 'Some fields need attention.',
            issues: [
              {
                path: 'participants.0.countryCode',
                message: 'This country is not in the reference list',
              },
              { path: 'title', message: 'An initiative with this title and date already exists' },
            ],
          },
        },
        422,
      );
    renderApp('/admin/initiatives/new');
    const title = await screen.findByRole('textbox', { name: 'Title' }, pageLoad);
    await user.type(title, 'Lithium pact');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Type' }),
      'Multinational project',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Signed');
    await user.type(screen.getByRole('searchbox', { name: 'Find a country to add' }), 'Germany');
    await user.click(await screen.findByRole('button', { name: 'Add Germany' }));
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain(
      'Participant 1: This country is not in the reference list',
    );
    expect(summary.textContent).toContain('An initiative with this title and date already exists');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'An initiative with this title and date already exists',
    );
    expect(
      within(screen.getByRole('group', { name: /Germany/ })).getByText(
        'This country is not in the reference list',
      ),
    ).toBeTruthy();
    expect((title as HTMLInputElement).value).toBe('Lithium pact');
  });
});

describe('editing an initiative', () => {
  it('sends If-Match and, on 412, says who changed what, compares, and reloads the latest', async () => {
    const user = userEvent.setup();
    const current = {
      ...stored,
      version: 4,
      title: 'Lithium and graphite pact',
      summary: 'Now with graphite.',
    };
    handlers['PUT /api/initiatives/lithium-pact'] = () =>
      new Response(
        JSON.stringify({
          error: {
            code: 'version_conflict',
            message: 'This initiative was changed by someone else.',
          },
          currentVersion: 4,
          current,
        }),
        { status: 412, headers: { 'Content-Type': 'application/json', ETag: '"4"' } },
      );
    renderApp('/initiatives/lithium-pact/edit');
    const status = await screen.findByRole('combobox', { name: 'Status' }, pageLoad);
    await user.selectOptions(status, 'Active');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const conflict = await screen.findByRole('alert', {
      name: 'Someone else saved this initiative while you were editing',
    });
    await waitFor(() => expect(document.activeElement).toBe(conflict));
    expect(conflict.textContent).toContain(
      'You started from version 3; the saved record is now version 4.',
    );
    expect(conflict.textContent).toContain('They changed: Title, Summary');
    const put = sent.find((entry) => entry.method === 'PUT');
    expect(put?.init?.headers).toMatchObject({
      'If-Match': '"3"',
      'Content-Type': 'application/json',
    });

    await user.click(within(conflict).getByRole('button', { name: 'Compare' }));
    const table = within(conflict).getByRole('table', { name: /side by side/ });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContainEqual(expect.stringContaining('Lithium pactLithium and graphite pact'));
    expect(rows).toContainEqual(expect.stringContaining('ActiveSigned'));

    await user.click(within(conflict).getByRole('button', { name: /Reload latest/ }));
    expect(screen.queryByRole('alert', { name: /Someone else saved/ })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe(
      'Lithium and graphite pact',
    );
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe(
      'signed',
    );

    // The next save is based on the version just loaded.
    handlers['PUT /api/initiatives/lithium-pact'] = () =>
      new Response(JSON.stringify({ ...current, version: 5 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ETag: '"5"' },
      });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved as version 5.')).toBeTruthy();
    const last = sent.filter((entry) => entry.method === 'PUT').at(-1);
    expect(last?.init?.headers).toMatchObject({ 'If-Match': '"4"' });
  });

  it('asks to sign in when nobody is signed in', async () => {
    handlers['GET /api/auth/session'] = () =>
      jsonResponse({ user: null, readRequiresSignIn: false });
    renderApp('/initiatives/lithium-pact/edit');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' }),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' }).getAttribute('href'),
    ).toContain('/sign-in?next=%2Finitiatives%2Flithium-pact%2Fedit');
  });
});

describe('unsaved changes', () => {
  it('asks before leaving the form for another page, and stays when asked to', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/admin/initiatives/new');
    await user.type(await screen.findByRole('textbox', { name: 'Title' }, pageLoad), 'Half typed');
    await user.click(screen.getByRole('link', { name: 'Countries' }));

    const dialog = await screen.findByRole('alertdialog', { name: /changes that are not saved/ });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(dialog).getByRole('button', { name: 'Stay and keep editing' }),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/admin/initiatives/new');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe(
      'Half typed',
    );

    await user.click(screen.getByRole('link', { name: 'Countries' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/countries'));
  });
});
