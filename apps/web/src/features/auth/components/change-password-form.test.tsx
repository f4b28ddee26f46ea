import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '@tracker/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeInitiativeList, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const viewer = { id: 'u2', email: 'vi@example.org', name: 'Vic Viewer', role: 'viewer' } as const;
/** The first render of a page loads its code on demand, which a busy machine takes a while for. */
const pageLoad = { timeout: 15_000 };
const currentPassword = 'correct horse battery';
let session: Session;
let passwordCalls: { init: RequestInit; body: unknown }[];

beforeEach(() => {
  session = { user: viewer, readRequiresSignIn: false };
  passwordCalls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const { pathname } = requestUrl(input);
      if (pathname === '/api/auth/session') return Promise.resolve(jsonResponse(session));
      if (pathname === '/api/auth/password') {
        const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
          currentPassword?: string;
        };
        passwordCalls.push({ init: init ?? {}, body });
        if (body.currentPassword !== currentPassword)
          return Promise.resolve(
            jsonResponse(
              {
                error: {
                  code: 'validation_failed',
                  message: 'Invalid request body: currentPassword.',
                  issues: [
                    { path: 'currentPassword', message: 'The current password is incorrect' },
                  ],
                },
              },
              400,
            ),
          );
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

async function fillIn(values: { current: string; next: string; confirm: string }) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Current password', {}, pageLoad), values.current);
  await user.type(screen.getByLabelText(/^New password/), values.next);
  await user.type(screen.getByLabelText('Confirm the new password'), values.confirm);
  return user;
}

describe('change password', () => {
  it('is linked from the user menu', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Change password' }, pageLoad));
    await waitFor(() => expect(router.state.location.pathname).toBe('/account/password'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Change your password' }, pageLoad),
    ).toBeTruthy();
  });

  it('says when the confirmation differs, beside the field and in a focused summary, and sends nothing', async () => {
    renderApp('/account/password');
    const user = await fillIn({
      current: currentPassword,
      next: 'a brand new passphrase',
      confirm: 'a brand new passphrose',
    });
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('The two new passwords are not the same');
    const confirm = screen.getByLabelText('Confirm the new password');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(confirm.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('The two new passwords are not the same');
    await user.click(
      within(summary).getByRole('link', { name: 'The two new passwords are not the same' }),
    );
    expect(document.activeElement).toBe(confirm);
    expect(passwordCalls).toEqual([]);
  });

  it('puts a wrong current password on its field, then changes the password and says so', async () => {
    renderApp('/account/password');
    const user = await fillIn({
      current: 'not my password',
      next: 'a brand new passphrase',
      confirm: 'a brand new passphrase',
    });
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The current password is incorrect',
    );
    const current = screen.getByLabelText<HTMLInputElement>('Current password');
    expect(current.getAttribute('aria-invalid')).toBe('true');

    await user.clear(current);
    await user.type(current, currentPassword);
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByText(
        'Your password has been changed. Any other session of your account has been signed out.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Your password has been changed.');
    expect(screen.queryByRole('alert')).toBeNull();
    // The API gets exactly its own input (no confirmation), as a same-origin JSON POST.
    const last = passwordCalls.at(-1);
    expect(last?.body).toEqual({ currentPassword, newPassword: 'a brand new passphrase' });
    expect(last?.init.method).toBe('POST');
    expect(last?.init.credentials).toBe('same-origin');
    expect(last?.init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    // No password stays in the form.
    expect(current.value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Confirm the new password').value).toBe('');
  });

  it('asks a signed-out reader to sign in first', async () => {
    session = { user: null, readRequiresSignIn: false };
    renderApp('/account/password');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' }, pageLoad),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Current password')).toBeNull();
    // Open to every account: the prompt does not say it is for editors and administrators.
    expect(screen.getByText('Sign in with your account to use this page.')).toBeTruthy();
  });
});
