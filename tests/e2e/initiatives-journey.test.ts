import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import '../fixtures/provided-context';

const baseUrl = inject('e2eBaseUrl');
const project = readCsv('initiatives.csv').find(
  (row) => row.initiative_id === 'NATO-HVP-DCRM-2025',
);
const countryNames = new Map(readCsv('countries.csv').map((row) => [row.iso_alpha2, row.name]));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious and critical axe violations on the current page, as readable strings. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Injected through DevTools rather than a <script> tag, which the app's CSP rightly blocks.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe.skipIf(!baseUrl)('policy staff find the raw-materials project in the browser', () => {
  let browser: Browser;
  let page: Page;
  const externalRequests: string[] = [];

  beforeAll(async () => {
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
    page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:'))
        externalRequests.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters the Initiatives page and opens the project with its 12 countries and sources', async () => {
    expect(project).toBeDefined();
    await page.goto(`${baseUrl}/initiatives`);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(10);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('searchbox').fill('stockpiles');
    await expect.poll(() => page.url()).toContain('q=stockpiles');
    const link = page.getByRole('link', { name: project?.name ?? '' });
    await link.click();
    await page.waitForURL(/\/initiatives\/nato-hvp-dcrm-2025$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(project?.name);

    const participants = page.getByRole('table', { name: 'Participating countries' });
    const expectedCountries = list(project?.participants_iso2).map(
      (code) => countryNames.get(code) ?? code,
    );
    await expect
      .poll(() => participants.getByRole('row').count())
      .toBe(expectedCountries.length + 1);
    for (const name of expectedCountries) {
      expect(await participants.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }

    for (const url of list(project?.sources)) {
      expect(await page.locator(`a[href="${url}"]`).count(), url).toBeGreaterThan(0);
    }
    expect(await page.getByText(/lead nation/i).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});
