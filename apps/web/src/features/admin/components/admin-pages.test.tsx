import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportReport, Session, User } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

/** The first render of a page loads its code on demand, which a busy machine takes a while for. */
const pageLoad = { timeout: 15_000 };

const adminSession: Session = {
  user: { id: 'a1', email: 'admin@example.org', name: 'Ada Admin', role: 'admin' },
  readRequiresSignIn: false,
};
const users: User[] = [
  {
    id: 'a1',
    email: 'admin@example.org',
    name: 'Ada Admin',
    role: 'admin',
    disabledAt: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    lastLoginAt: '2026-12-02T06:00:00.000Z',
  },
];
const report: ImportReport = {
  format: 'csv',
  checksum: 'c'.repeat(64),
  importToken: 'a'.repeat(64),
  rows: [
    {
      row: 2,
      action: 'create',
      title: 'Nordic graphite pact',
      slug: 'nordic-graphite-pact',
      problems: [],
    },
    {
      row: 3,
      action: 'skip',
      title: 'Unknown land pact',
      slug: null,
      problems: [{ column: 'participants', message: 'Unknown country “Atlantis”' }],
    },
  ],
  summary: { rows: 2, create: 1, update: 0, skip: 1, problems: 1 },
};

let sent: { method: string; path: string; init: RequestInit | undefined }[];

beforeEach(() => {
  sent = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const { pathname } = requestUrl(input);
      const method = init?.method ?? 'GET';
      sent.push({ method, path: pathname, init });
      if (pathname === '/api/auth/session') return Promise.resolve(jsonResponse(adminSession));
      if (pathname === '/api/users' && method === 'GET')
        return Promise.resolve(jsonResponse({ items: users }));
      if (pathname === '/api/users' && method === 'POST') {
        const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as User;
        if (body.email === 'taken@example.org') {
          return Promise.resolve(
            jsonResponse(
              {
                error: {
                  code: 'email_taken',
                  message: 'An account with this email already exists.',
                  issues: [{ path: 'email', message: 'An account with this email already exists' }],
                },
              },
              409,
            ),
          );
        }
        const created = { ...users[0]!, ...body, id: 'u2', lastLoginAt: null };
        users.push(created);
        return Promise.resolve(jsonResponse(created, 201));
      }
      if (pathname === '/api/imports/dry-run') return Promise.resolve(jsonResponse(report));
      if (pathname === '/api/imports/apply')
        return Promise.resolve(
          jsonResponse({
            importId: '5b0f3c1e-0000-4000-8000-000000000000',
            created: ['nordic-graphite-pact'],
            updated: [],
            skipped: 1,
            report,
          }),
        );
      return Promise.resolve(
        jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
      );
    }),
  );
});

describe('users page', () => {
  it('creates an account with a role, and shows the server’s refusal next to the field', async () => {
    const user = userEvent.setup();
    renderApp('/admin/users');
    const form = await screen.findByRole('form', { name: 'Create an account' }, pageLoad);
    expect(await screen.findByRole('table', { name: '1 account' })).toBeTruthy();

    await user.type(within(form).getByLabelText('Name'), 'Erin Editor');
    await user.type(within(form).getByLabelText('Email address'), 'taken@example.org');
    await user.type(within(form).getByLabelText(/First password/), 'short');
    await user.click(within(form).getByRole('button', { name: 'Create account' }));
    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Use at least 12 characters',
    );
    expect(sent.some((entry) => entry.method === 'POST')).toBe(false);

    await user.clear(within(form).getByLabelText(/First password/));
    await user.type(within(form).getByLabelText(/First password/), 'copper kettle harbour lantern');
    await user.click(within(form).getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Email address').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(within(form).getByRole('alert').textContent).toContain(
      'An account with this email already exists',
    );

    await user.clear(within(form).getByLabelText('Email address'));
    await user.type(within(form).getByLabelText('Email address'), 'erin@example.org');
    await user.click(within(form).getByRole('button', { name: 'Create account' }));
    expect(await within(form).findByText('Account created for Erin Editor (Editor).')).toBeTruthy();
    const post = sent.filter((entry) => entry.method === 'POST').at(-1);
    expect(JSON.parse(typeof post?.init?.body === 'string' ? post.init.body : '{}')).toEqual({
      email: 'erin@example.org',
      name: 'Erin Editor',
      role: 'editor',
      password: 'copper kettle harbour lantern',
    });
    expect(await screen.findByRole('table', { name: '2 accounts' })).toBeTruthy();
  });
});

describe('import page', () => {
  it('uploads the file for a dry run, lists each row with its problems, and applies with the token', async () => {
    const user = userEvent.setup();
    renderApp('/admin/import');
    const file = new File(['title,kind\n'], 'initiatives.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('CSV or Excel (XLSX) file', {}, pageLoad), file);
    await user.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));

    const table = await screen.findByRole('table', { name: 'Dry run, row by row' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '2Nordic graphite pactCreateNone',
      '3Unknown land pactSkippedparticipants Unknown country “Atlantis”',
    ]);
    expect(
      screen.getByText('Rows checked: 2. To create: 1. To update: 0. Skipped: 1. Problems: 1.'),
    ).toBeTruthy();
    const dryRunBody = sent.find((entry) => entry.path === '/api/imports/dry-run')?.init?.body;
    expect(dryRunBody).toBeInstanceOf(FormData);

    await user.click(screen.getByRole('button', { name: 'Apply: write 1 initiative' }));
    expect(await screen.findByRole('heading', { name: 'Import applied' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'nordic-graphite-pact' }).getAttribute('href')).toBe(
      '/initiatives/nordic-graphite-pact/edit',
    );
    const applyBody = sent.find((entry) => entry.path === '/api/imports/apply')?.init?.body;
    expect(applyBody instanceof FormData ? applyBody.get('token') : null).toBe(report.importToken);
  });
});
