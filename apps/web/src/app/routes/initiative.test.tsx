import { screen, within } from '@testing-library/react';
import { initiativeDetailSchema, type InitiativeDetail } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeInitiative, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const detail: InitiativeDetail = initiativeDetailSchema.parse({
  // The list fixture's fields; the detail's own participants and materials replace its lists.
  ...makeInitiative({ participantCount: 2, sourceCount: 1 }),
  unconfirmed: 'Formal project name, lead nation and funding: unconfirmed',
  announcedOn: null,
  signedOn: '2025-06-24',
  dateNote: null,
  action: 'new project signed (Letter of Intent)',
  participantsNote: '12 Allies as listed by NATO',
  budgetEur: null,
  version: 1,
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
      joinedOn: '2025-06-24',
      leftOn: null,
      instrument: 'loi',
    },
    {
      country: {
        code: 'AU',
        name: 'Australia',
        status: 'partner',
        natoMemberSince: null,
        euMember: false,
      },
      role: 'partner',
      joinedOn: null,
      leftOn: null,
      instrument: null,
    },
  ],
  materials: [
    {
      id: 'lithium',
      name: 'Lithium',
      symbol: 'Li',
      activities: ['acquisition', 'storage'],
      notes: null,
    },
  ],
  sources: [
    {
      id: 1,
      url: 'https://english.defensie.nl/topics/nato-summit',
      title: 'NATO Summit Defence Industry Forum',
      publisher: 'Netherlands Ministry of Defence',
      publishedOn: '2025-06-24',
      kind: 'official',
    },
  ],
  related: [
    {
      slug: 'nato-roadmap-2024',
      title: 'Supply Chain Security Roadmap',
      relation: 'implements',
      direction: 'outgoing',
    },
  ],
  visibility: 'published',
  publishedAt: '2025-07-01T10:00:00.000Z',
  archivedAt: null,
  milestones: [
    {
      id: 1,
      step: 'loi_signed',
      occurredOn: '2025-06-24',
      sourceUrl: 'https://english.defensie.nl/topics/nato-summit',
      binding: false,
      note: null,
    },
  ],
});

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) => {
      const { pathname } = requestUrl(input);
      if (pathname === '/api/initiatives/nato-hvp-dcrm-2025')
        return Promise.resolve(jsonResponse(detail));
      return Promise.resolve(
        jsonResponse({ error: { code: 'not_found', message: 'Initiative not found' } }, 404),
      );
    }),
  );
});

describe('Initiative detail page', () => {
  it('shows the facts, an Unconfirmed callout, participants, materials, sources and related links', async () => {
    renderApp('/initiatives/nato-hvp-dcrm-2025');

    expect(await screen.findByRole('heading', { level: 1, name: detail.title })).toBeTruthy();
    const callout = screen.getByRole('complementary', { name: 'Unconfirmed' });
    expect(callout.textContent).toContain(detail.unconfirmed);
    expect(screen.getByText('Not confirmed')).toBeTruthy(); // no lead country

    const participants = screen.getByRole('table', { name: 'Participating countries' });
    const [, germany, australia] = within(participants).getAllByRole('row');
    expect(within(germany!).getByRole('link', { name: 'Germany' }).getAttribute('href')).toBe(
      '/countries/DE',
    );
    expect(within(germany!).getByText('NATO Ally')).toBeTruthy();
    expect(within(germany!).getByText('Letter of Intent')).toBeTruthy();
    expect(within(australia!).getByText('Unknown')).toBeTruthy();
    expect(within(australia!).getByText('Not stated')).toBeTruthy();

    expect(screen.getByRole('link', { name: 'Lithium' }).getAttribute('href')).toBe(
      '/materials/lithium',
    );
    expect(screen.getByText('Storage')).toBeTruthy();

    const source = screen.getByRole('link', { name: /NATO Summit Defence Industry Forum/ });
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText(/Netherlands Ministry of Defence/).textContent).toContain(
      'defensie.nl',
    );

    expect(
      screen.getByRole('link', { name: 'Supply Chain Security Roadmap' }).getAttribute('href'),
    ).toBe('/initiatives/nato-roadmap-2024');
  });

  it('shows a friendly page for an unknown slug', async () => {
    renderApp('/initiatives/no-such-thing');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Initiative not found' }),
    ).toBeTruthy();
    expect(screen.getByText(/no-such-thing/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to all initiatives' }).getAttribute('href')).toBe(
      '/initiatives',
    );
  });
});

describe('Initiative detail page, status timeline and editor views', () => {
  it('shows the status timeline to every reader, and Edit/History only to editors', async () => {
    const { unmount } = renderApp('/initiatives/nato-hvp-dcrm-2025');
    const timeline = await screen.findByRole('region', { name: 'Status timeline' });
    expect(timeline.textContent).toContain('Letter of Intent signed');
    expect(timeline.textContent).toContain('Not binding');
    expect(screen.queryByRole('navigation', { name: 'Views of this initiative' })).toBeNull();
    unmount();

    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>((input) => {
        const { pathname } = requestUrl(input);
        if (pathname === '/api/auth/session')
          return Promise.resolve(
            jsonResponse({
              user: { id: 'u1', email: 'e@example.org', name: 'Ed', role: 'editor' },
              readRequiresSignIn: false,
            }),
          );
        if (pathname === '/api/initiatives/nato-hvp-dcrm-2025')
          return Promise.resolve(jsonResponse(detail));
        return Promise.resolve(jsonResponse({ error: { code: 'not_found', message: 'x' } }, 404));
      }),
    );
    renderApp('/initiatives/nato-hvp-dcrm-2025');
    const tabs = await screen.findByRole('navigation', { name: 'Views of this initiative' });
    expect(within(tabs).getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe(
      '/initiatives/nato-hvp-dcrm-2025/edit',
    );
    expect(within(tabs).getByRole('link', { name: 'History' }).getAttribute('href')).toBe(
      '/initiatives/nato-hvp-dcrm-2025/history',
    );
  });
});
