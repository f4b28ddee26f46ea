import Papa from 'papaparse';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe';
import { list, readCsv } from '../fixtures/reference-csv';
import '../fixtures/provided-context';

const baseUrl = inject('e2eBaseUrl');

// Expectations computed from the reference files, independently of the seed loader and the API:
// a material is covered for a country when an initiative naming the material lists the country.
const materialsCsv = readCsv('materials.csv');
const initiativesCsv = readCsv('initiatives.csv');
const natoMaterials = materialsCsv
  .filter((row) => row.nato_defence_critical_list_2024_12_11 === 'yes')
  .map((row) => row.material ?? '');
const countriesCovering = (material: string) =>
  new Set(
    initiativesCsv
      .filter((row) =>
        (row.materials ?? '')
          .toLowerCase()
          .split(';')
          .some((entry) => entry.trim().startsWith(material.toLowerCase())),
      )
      .flatMap((row) => list(row.participants_iso2)),
  );
const hvp = initiativesCsv.find((row) => row.initiative_id === 'NATO-HVP-DCRM-2025');

/** The text of every body row of a table, cell by cell (row header first). */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

type SavedFile = { name: string; size: number; text: string; head: number[] };

/** The files the page saved since the last call (kept by the init script below). */
async function savedFiles(page: Page): Promise<SavedFile[]> {
  return page.evaluate(async () => {
    const store = (window as unknown as { __saved: { name: string; blob: Blob }[] }).__saved;
    const files = await Promise.all(
      store.map(async ({ name, blob }) => ({
        name,
        size: blob.size,
        text: blob.type.startsWith('image/png') ? '' : await blob.text(),
        head: Array.from(new Uint8Array(await blob.slice(0, 8).arrayBuffer())),
      })),
    );
    store.length = 0;
    return files;
  });
}

describe.skipIf(!baseUrl)('analysts read coverage of the criticality lists in the browser', () => {
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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Downloads are blobs behind a clicked link: keep each blob so the test can read the file.
    await page.addInitScript(() => {
      const saved: { name: string; blob: Blob }[] = [];
      const blobs = new Map<string, Blob>();
      (window as unknown as { __saved: typeof saved }).__saved = saved;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = create(object);
        if (object instanceof Blob) blobs.set(url, object);
        return url;
      };
      // click() is HTMLElement's; read it as a value so the wrapper can still call it.
      const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')?.value as
        ((this: HTMLElement) => void) | undefined;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (blob && this.download) saved.push({ name: this.download, blob });
        click?.call(this);
      };
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !/^(data|blob):/.test(request.url()))
        externalRequests.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches Materials to NATO’s list: 12 materials, lithium and titanium covered, the rest shown as zero', async () => {
    expect(natoMaterials).toHaveLength(12);
    await page.goto(`${baseUrl}/materials`);
    const chart = page.getByRole('figure', { name: 'Countries covered per material' });
    await expect.poll(() => chart.locator('.recharts-wrapper > svg').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The radio reflects the URL, which updates a moment after the click.
    const nato = page.getByRole('radio', { name: 'NATO defence-critical list (11 December 2024)' });
    await nato.click();
    await expect.poll(() => nato.isChecked()).toBe(true);
    await expect.poll(() => page.url()).toContain('list=nato');
    await expect
      .poll(() => chart.getByText(/NATO defence-critical list \(11 December 2024\)/).count())
      .toBeGreaterThan(0);

    await chart.getByRole('button', { name: 'Table' }).click();
    const table = chart.getByRole('table', { name: 'Countries covered per material' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(12);
    const rows = await tableRows(table);
    const countOf = (name: string) => Number(rows.find((row) => row[0] === name)?.[1]);
    expect(rows.map((row) => row[0]).sort()).toEqual([...natoMaterials].sort());
    for (const name of natoMaterials) {
      const expected = countriesCovering(name).size;
      expect(countOf(name), name).toBe(expected);
    }
    expect(countOf('Lithium')).toBeGreaterThanOrEqual(list(hvp?.participants_iso2).length);
    expect(countOf('Titanium')).toBeGreaterThanOrEqual(list(hvp?.participants_iso2).length);
    const uncovered = natoMaterials.filter((name) => countriesCovering(name).size === 0);
    expect(uncovered.length).toBeGreaterThan(0);
    for (const name of uncovered) expect(countOf(name), name).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Downloads: the chart as PNG and SVG, its data as CSV equal to the table on screen.
    for (const label of ['Download PNG', 'Download SVG', 'Download CSV'])
      await chart.getByRole('button', { name: label }).click();
    await expect
      .poll(
        async () =>
          await page.evaluate(() => (window as unknown as { __saved: unknown[] }).__saved.length),
      )
      .toBe(3);
    const files = await savedFiles(page);
    const png = files.find((file) => file.name.endsWith('.png'));
    const svg = files.find((file) => file.name.endsWith('.svg'));
    const csv = files.find((file) => file.name.endsWith('.csv'));
    expect(png?.size).toBeGreaterThan(1000);
    expect(png?.head).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(svg?.text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg?.text).toContain('Lithium');
    const parsed = Papa.parse<string[]>((csv?.text ?? '').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const header = await table
      .locator('thead th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
    expect(parsed.data).toEqual([header, ...rows]);
  });

  it('opens the heatmap and moves between cells with the keyboard to see the initiatives behind one', async () => {
    await page.getByRole('link', { name: 'Country × material heatmap' }).click();
    await expect.poll(() => page.url()).toContain('view=heatmap');
    const grid = page.getByRole('table', { name: 'Countries × materials' });
    await expect.poll(() => grid.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await seriousViolations(page)).toEqual([]);

    // From the last header, Tab reaches the first row's country link, then its one focusable cell.
    await grid.getByRole('button', { name: 'Materials covered' }).focus();
    for (let step = 0; step < 4; step += 1) {
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-cell'))) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(
      '0:0',
    );
    // Columns are by name; walk right to Lithium.
    const columns = await grid
      .locator('thead th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
    const lithiumColumn = columns.indexOf('Lithium') - 1;
    expect(lithiumColumn).toBeGreaterThan(0);
    for (let step = 0; step < lithiumColumn; step += 1) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(
      `0:${lithiumColumn}`,
    );
    // The country with most materials covered is first; it is in the raw-materials project.
    await expect
      .poll(() => page.getByRole('link', { name: hvp?.name ?? '' }).count())
      .toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('figure', { name: 'Countries × materials' })
      .getByRole('button', { name: 'Table' })
      .click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Countries × materials' }).count())
      .toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the gap matrix, the timeline and the map, each without serious axe violations', async () => {
    await page.getByRole('link', { name: 'Gap matrix' }).click();
    const gaps = page.getByRole('table', { name: 'Gap matrix: Allies × listed materials' });
    await expect.poll(() => gaps.locator('tbody tr').count()).toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    const timeline = page.getByRole('figure', { name: 'Initiatives signed and countries joining' });
    await expect.poll(() => timeline.locator('.recharts-wrapper > svg').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Map', exact: true }).click();
    const map = page.getByRole('group', { name: 'Participation by country' });
    await expect.poll(() => map.getByRole('link').count()).toBeGreaterThan(20);
    await page
      .getByRole('figure', { name: 'Participation by country' })
      .getByRole('button', { name: 'Table' })
      .click();
    await expect
      .poll(() =>
        page.getByRole('table', { name: 'Participation by country' }).locator('tbody tr').count(),
      )
      .toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('profiles lithium and shows the Overview charts, the charts loading on demand', async () => {
    await page.goto(`${baseUrl}/materials/lithium`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Lithium');
    const covered = countriesCovering('Lithium').size;
    await expect
      .poll(() => page.getByRole('heading', { name: `Covered (${covered} countries)` }).count())
      .toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const scripts: string[] = [];
    const onRequest = (request: { url: () => string; resourceType: () => string }) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    };
    const fresh = await browser.newPage();
    fresh.on('request', onRequest);
    await fresh.goto(`${baseUrl}/`);
    const overviewChart = fresh.getByRole('figure', { name: 'NATO Allies covered per material' });
    await expect.poll(() => overviewChart.locator('.recharts-wrapper > svg').count()).toBe(1);
    expect(await seriousViolations(fresh)).toEqual([]);
    // Recharts arrives in its own chunk, after the page's first scripts.
    expect(scripts.some((url) => /CartesianChart-[\w-]+\.js$/.test(url))).toBe(true);
    await fresh.close();
    expect(externalRequests).toEqual([]);
  });
});
