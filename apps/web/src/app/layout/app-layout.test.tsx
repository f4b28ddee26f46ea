import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { languageStorageKey } from '@/lib/i18n';
import {
  countriesFixture,
  jsonResponse,
  makeInitiativeList,
  materialsFixture,
  requestUrl,
} from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) => {
      const { pathname } = requestUrl(input);
      if (pathname === '/api/countries') return Promise.resolve(jsonResponse(countriesFixture));
      if (pathname === '/api/materials') return Promise.resolve(jsonResponse(materialsFixture));
      if (pathname === '/api/initiatives')
        return Promise.resolve(jsonResponse(makeInitiativeList([])));
      return Promise.resolve(
        jsonResponse({ error: { code: 'not_found', message: 'Not found' } }, 404),
      );
    }),
  );
});

describe('app shell', () => {
  it('has a skip link, a labelled main navigation marking the current page, main and footer', async () => {
    renderApp('/countries');
    expect(screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe(
      '#main',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Countries' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: 'Overview' }).hasAttribute('aria-current')).toBe(false);
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('contentinfo').textContent).toContain('public sources');
    expect(await screen.findByRole('table', { name: 'Countries' })).toBeTruthy();
  });

  it('switches language, remembers the choice and sets <html lang>', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Français' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(window.localStorage.getItem(languageStorageKey)).toBe('fr');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
  });

  it('marks the section in the navigation on a detail page', async () => {
    renderApp('/initiatives/unknown-slug');
    expect(screen.getByRole('link', { name: 'Initiatives' }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(await screen.findByRole('heading', { name: 'Initiative not found' })).toBeTruthy();
  });
});
