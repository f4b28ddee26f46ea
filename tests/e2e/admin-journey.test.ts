import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe';
import '../fixtures/provided-context';
import { startApp, type StartedApp } from '../fixtures/start-app';

/**
 * #5 in the browser: an admin creates an editor; the editor creates an initiative with three
 * countries, two materials and a source, publishes it, finds it by country, meets a conflict
 * from a second tab, reverts from History, signs out and is refused. The journey runs on its own
 * app instance (own data directory), so its writes never reach the read-only journeys.
 */
const skip = !inject('e2eBaseUrl');

const editor = {
  name: 'Erin Editor',
  email: 'erin.editor@example.org',
  // A passphrase: ≥ 12 characters, not on the common-password list.
  password: 'copper kettle harbour lantern',
};
const title = `Journey test stockpile ${Date.now()}`;

describe.skipIf(skip)('an editor keeps the tracker current in the browser', () => {
  let app: StartedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let slug = '';
  const externalRequests: string[] = [];

  const signIn = async (email: string, password: string) => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText(/^Signed in as /).count()).toBe(1);
  };
  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count()).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    app = await startApp();
    baseUrl = app.baseUrl;
    browser = await chromium.launch({
      executablePath: inject('chromiumPath'),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    context = await browser.newContext();
    context.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:'))
        externalRequests.push(request.url());
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the admin signs in with the generated demo credentials and creates an editor', async () => {
    expect(app.demoAdmin, 'the server printed a demo admin on first start').not.toBeNull();
    const admin = app.demoAdmin ?? { email: '', password: '' };
    await page.goto(`${baseUrl}/sign-in`);
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(admin.email, admin.password);

    await page.goto(`${baseUrl}/admin/users`);
    const form = page.getByRole('form', { name: 'Create an account' });
    await form.getByLabel('Name').fill(editor.name);
    await form.getByLabel('Email address').fill(editor.email);
    await form.getByLabel('Role', { exact: true }).selectOption('editor');
    await form.getByLabel('First password').fill(editor.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toContain('Account created for Erin Editor');
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /accounts?/ })
          .getByText(editor.email)
          .count(),
      )
      .toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await signOut();
  });

  it('the editor creates a draft with three countries, two materials and a source, and publishes it', async () => {
    await signIn(editor.email, editor.password);
    await page.goto(`${baseUrl}/admin/initiatives/new`);
    const form = page.getByRole('form', { name: 'New initiative' });
    await expect.poll(() => form.getByLabel('Title', { exact: true }).count()).toBe(1);

    // Validation: an empty save names the missing fields in the summary.
    await form.getByRole('button', { name: 'Save as draft' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.textContent()).toContain('Enter a title');
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Type').selectOption('multinational_project');
    await form.getByLabel('Status', { exact: true }).selectOption('signed');
    const findCountry = form.getByLabel('Find a country to add');
    for (const [typed, name] of [
      ['Germany', 'Germany'],
      ['Turkey', 'Türkiye'],
      ['PL', 'Poland'],
    ] as const) {
      await findCountry.fill(typed);
      await form.getByRole('button', { name: `Add ${name}` }).click();
    }
    const findMaterial = form.getByLabel('Find a material to add');
    for (const [typed, name] of [
      ['Lithium', 'Lithium'],
      ['REE', 'Rare earth elements'],
    ] as const) {
      await findMaterial.fill(typed);
      await form.getByRole('button', { name: `Add ${name}` }).click();
    }
    await form.getByRole('button', { name: 'Add a source' }).click();
    await form.getByLabel('Web address').fill('https://example.org/journey-test-source');
    await form.getByRole('button', { name: 'Save as draft' }).click();

    await page.waitForURL(/\/initiatives\/[a-z0-9-]+\/edit$/);
    slug = /\/initiatives\/([a-z0-9-]+)\/edit$/.exec(page.url())?.[1] ?? '';
    expect(slug).not.toBe('');
    await expect.poll(() => page.getByText('Draft created.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => page.getByText('Published.', { exact: true }).count()).toBe(1);
  });

  it('finds it by filtering the Initiatives table by one of its countries', async () => {
    await page.goto(`${baseUrl}/initiatives`);
    const countries = page.getByRole('group', { name: 'Countries', exact: true });
    await countries.locator('summary').click();
    await countries.getByLabel('Find a country').fill('Turkey');
    await countries.getByRole('checkbox', { name: 'Türkiye', exact: true }).click();
    await expect.poll(() => page.url()).toContain('country=TR');
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(1);
  });

  it('a save from a second tab meets the conflict message, with compare and reload', async () => {
    const second = await context.newPage();
    await page.goto(`${baseUrl}/initiatives/${slug}/edit`);
    await second.goto(`${baseUrl}/initiatives/${slug}/edit`);
    const formA = page.getByRole('form', { name: 'Edit initiative' });
    const formB = second.getByRole('form', { name: 'Edit initiative' });
    await expect.poll(() => formB.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
    await expect.poll(() => formA.getByLabel('Title', { exact: true }).inputValue()).toBe(title);

    await formA.getByLabel('Summary').fill('Edited in the first tab.');
    await formA.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText(/^Saved as version \d+\.$/).count()).toBe(1);

    await formB.getByLabel('Summary').fill('Edited in the second tab.');
    await formB.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.getByRole('alert').filter({
      hasText: 'Someone else saved this initiative while you were editing',
    });
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('They changed: Summary');
    await conflict.getByRole('button', { name: 'Compare' }).click();
    const table = conflict.getByRole('table');
    await expect.poll(() => table.textContent()).toContain('Edited in the second tab.');
    expect(await table.textContent()).toContain('Edited in the first tab.');
    expect(await seriousViolations(second)).toEqual([]);

    await conflict.getByRole('button', { name: /Reload latest/ }).click();
    await expect
      .poll(() => formB.getByLabel('Summary').inputValue())
      .toBe('Edited in the first tab.');
    await second.close();
  });

  it('reverts from History, as a new version', async () => {
    await page.goto(`${baseUrl}/initiatives/${slug}/history`);
    await expect
      .poll(() => page.getByRole('heading', { name: /^Version \d+/ }).count())
      .toBeGreaterThan(2);
    expect(await seriousViolations(page)).toEqual([]);
    // Version 2 is the published record before the summary was written.
    await page.getByRole('button', { name: 'Revert to version 2' }).click();
    await page.getByRole('button', { name: 'Yes, revert to version 2' }).click();
    await expect
      .poll(() =>
        page.getByText(/^Reverted: version \d+ now has the content of version 2\.$/).count(),
      )
      .toBe(1);

    await page.goto(`${baseUrl}/initiatives/${slug}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.getByText('Edited in the first tab.').count()).toBe(0);
  });

  it('after signing out, editing is refused by the page and by the API', async () => {
    await signOut();
    await page.goto(`${baseUrl}/initiatives/${slug}/edit`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Sign in to continue' }).count())
      .toBe(1);
    const status = await page.evaluate(async (target) => {
      const response = await fetch(`/api/initiatives/${target}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
        body: '{}',
      });
      return response.status;
    }, slug);
    expect(status).toBe(401);
    expect(externalRequests).toEqual([]);
  });
});
