import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeInitiativeList, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const editor = { id: 'u1', email: 'ed@example.org', name: 'Edith Editor', role: 'editor' } as const;
/** The first render of a page loads its code on demand, which a busy machine takes a while for. */
const pageLoad = { timeout: 15_000 };
let session: Session;
let loginCalls: RequestInit[];

beforeEach(() => {
  session = { user: null, readRequiresSignIn: false };
  loginCalls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const { pathname } = requestUrl(input);
      if (pathname === '/api/auth/session') return Promise.resolve(jsonResponse(session));
      if (pathname === '/api/auth/login') {
        loginCalls.push(init ?? {});
        const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
          password?: string;
        };
        if (body.password !== 'correct horse battery') {
          return Promise.resolve(
            jsonResponse(
              { error: { code: 'invalid_credentials', message: 'Invalid email or password.' } },
              401,
            ),
          );
        }
        session = { user: editor, readRequiresSignIn: false };
        return Promise.resolve(jsonResponse(session));
      }
      if (pathname === '/api/auth/logout') {
        session = { user: null, readRequiresSignIn: false };
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      if (pathname === '/api/initiatives')
        return Promise.resolve(jsonResponse(makeInitiativeList([])));
      return Promise.resolve(
        jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
      );
    }),
  );
});

describe('sign-in', () => {
  it('says what is missing next to each field and in a focused summary', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }, pageLoad));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('Enter a valid email address');
    expect(summary.textContent).toContain('Enter your password');

    const email = screen.getByLabelText('Email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter a valid email address',
    );
    await user.click(screen.getByRole('link', { name: 'Enter your password' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it('gives one message for a wrong password, then signs in, returns to the page and shows who', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sign-in?next=%2Finitiatives');
    await user.type(await screen.findByLabelText('Email address', {}, pageLoad), 'ed@example.org');
    await user.type(screen.getByLabelText('Password'), 'wrong password!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The email address or the password is not right.',
    );
    // What was typed stays.
    expect(screen.getByLabelText<HTMLInputElement>('Email address').value).toBe('ed@example.org');

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/initiatives'));
    expect(await screen.findByText('Signed in as Edith Editor', {}, pageLoad)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Admin' })).toBeTruthy();
    const init = loginCalls.at(-1);
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('link', { name: 'Sign in' }, pageLoad)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Admin' })).toBeNull();
  });

  it('does not follow a next address that leaves the site', async () => {
    session = { user: editor, readRequiresSignIn: false };
    renderApp('/sign-in?next=%2F%2Fevil.example');
    expect(
      (await screen.findByRole('link', { name: 'Continue' }, pageLoad)).getAttribute('href'),
    ).toBe('/');
  });
});

describe('when reading requires sign-in', () => {
  it('asks a signed-out reader to sign in instead of showing a page that would be refused', async () => {
    session = { user: null, readRequiresSignIn: true };
    renderApp('/countries');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Sign in to read the tracker' },
        pageLoad,
      ),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' }).getAttribute('href'),
    ).toBe('/sign-in?next=%2Fcountries');
  });
});
