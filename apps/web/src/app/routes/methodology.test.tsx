import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countriesFixture, jsonResponse, makeInitiativeList, requestUrl } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) => {
      const { pathname } = requestUrl(input);
      if (pathname === '/api/countries') return Promise.resolve(jsonResponse(countriesFixture));
      return Promise.resolve(jsonResponse(makeInitiativeList([])));
    }),
  );
});

describe('methodology page', () => {
  it('is reached from the footer and states the lists, the activities and the unconfirmed rule', async () => {
    renderApp('/countries');
    await userEvent.click(
      screen.getByRole('link', { name: 'How the data is compiled: methodology' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Methodology' })).toBeTruthy();
    for (const name of [
      'What counts as an initiative',
      'What counts as participation',
      'What counts as coverage of a material',
      'Activities',
      'Criticality lists',
      'Unconfirmed facts and dates',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name }), name).toBeTruthy();
    }
    expect(screen.getByText(/published on 11 December 2024/)).toBeTruthy();
    expect(screen.getByText(/Regulation \(EU\) 2024\/1252/)).toBeTruthy();
    expect(screen.getByText(/Nothing is guessed/)).toBeTruthy();
  });
});
