import Papa from 'papaparse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe';
import { list, readCsv } from '../fixtures/reference-csv';
import '../fixtures/provided-context';

const baseUrl = inject('e2eBaseUrl');
const initiativesCsv = readCsv('initiatives.csv');
const project = initiativesCsv.find((row) => row.initiative_id === 'NATO-HVP-DCRM-2025');
const titleOf = (id: string) => initiativesCsv.find((row) => row.initiative_id === id)?.name ?? id;
const countryNames = new Map(readCsv('countries.csv').map((row) => [row.iso_alpha2, row.name]));

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

  it('answers "who is in what, with whom": country filters, matrix, profile, CSV and a shared link', async () => {
    const resultCount = async () => {
      const text =
        (await page
          .getByText(/^\d+ initiatives?\b/)
          .first()
          .textContent()) ?? '';
      return Number.parseInt(text, 10);
    };
    const listedTitles = async () =>
      page
        .locator('table tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => row.querySelector('a')?.textContent?.trim() ?? ''),
        );
    const countries = page.getByRole('group', { name: 'Countries', exact: true });
    const pick = async (search: string, name: string, checked: boolean) => {
      await countries.getByLabel('Find a country').fill(search);
      const box = countries.getByRole('checkbox', { name, exact: true });
      // The box reflects the URL, which updates a moment after the click.
      if ((await box.isChecked()) !== checked) await box.click();
      await expect.poll(() => box.isChecked()).toBe(checked);
    };

    await page.goto(`${baseUrl}/initiatives`);
    await countries.locator('summary').click();
    // "Turkey" finds Türkiye by its alias.
    await pick('Turkey', 'Türkiye', true);
    await expect.poll(() => page.url()).toContain('country=TR');
    const withTurkiye = initiativesCsv.filter((row) =>
      (row.participants_iso2 ?? '').split(';').includes('TR'),
    );
    await expect.poll(resultCount).toBe(withTurkiye.length);
    expect(await listedTitles()).toEqual(
      expect.arrayContaining([titleOf('NATO-HVP-DCRM-2025'), titleOf('NATO-HVP-MAWI')]),
    );

    await pick('Türkiye', 'Türkiye', false);
    for (const [search, name] of [
      ['Germany', 'Germany'],
      ['Poland', 'Poland'],
      ['Sweden', 'Sweden'],
    ] as const) {
      await pick(search, name, true);
    }
    const matchAll = page.getByRole('radio', { name: 'include all selected countries' });
    await matchAll.click();
    await expect.poll(() => matchAll.isChecked()).toBe(true);
    await expect.poll(() => page.url()).toContain('match=all');
    const withAllThree = initiativesCsv.filter((row) =>
      ['DE', 'PL', 'SE'].every((code) => (row.participants_iso2 ?? '').split(';').includes(code)),
    );
    await expect.poll(resultCount).toBe(withAllThree.length);
    expect((await listedTitles()).sort()).toEqual(withAllThree.map((row) => row.name).sort());
    expect(await seriousViolations(page)).toEqual([]);

    // The CSV holds exactly the rows the table counts.
    // Fetched through the browser's own request context from the link the page offers (headless
    // Chromium here does not raise download events for attachment links).
    const csvLink = page.getByRole('link', { name: 'Download CSV' });
    expect(await csvLink.getAttribute('download')).not.toBeNull();
    const response = await page.request.get(
      new URL((await csvLink.getAttribute('href')) ?? '', baseUrl).toString(),
    );
    expect(response.headers()['content-disposition']).toMatch(
      /^attachment; filename="initiatives-/,
    );
    const csv = (await response.text()).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(withAllThree.length);
    expect(parsed.data.map((row) => row.Title).sort()).toEqual(
      withAllThree.map((row) => row.name).sort(),
    );

    // The copied address reproduces the view.
    const shared = page.url();
    const second = await browser.newPage();
    await second.goto(shared);
    await expect
      .poll(
        async () =>
          (await second
            .getByText(/^\d+ initiatives?\b/)
            .first()
            .textContent()) ?? '',
      )
      .toMatch(new RegExp(`^${withAllThree.length} initiative`));
    await second.close();

    await page.getByRole('link', { name: 'Matrix view' }).click();
    await page.waitForURL(/\/matrix\?/);
    await expect
      .poll(() => page.locator('table').first().locator('tbody tr').count())
      .toBeGreaterThan(2);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/countries/PL`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Poland');
    await expect
      .poll(() => page.getByRole('link', { name: titleOf('NATO-HVP-DCRM-2025') }).count())
      .toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'How the data is compiled: methodology' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Methodology');
    expect(await seriousViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});
