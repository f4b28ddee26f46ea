import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');
const namesWith = (code: string) =>
  new Set(
    initiativesCsv
      .filter((row) => list(row.participants_iso2).includes(code))
      .map((row) => row.name?.trim()),
  );

const atomNamespace = 'http://www.w3.org/2005/Atom';
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface AtomLink {
  '@_rel'?: string;
  '@_href': string;
}
interface AtomText {
  '#text'?: string;
  '@_type'?: string;
}
interface AtomEntry {
  id: string;
  title: AtomText;
  updated: string;
  link: AtomLink[];
  summary: AtomText;
  category?: { '@_term': string };
}
interface AtomDocument {
  feed: {
    '@_xmlns': string;
    id: string;
    title: AtomText;
    updated: string;
    link: AtomLink[];
    author: { name: string };
    entry?: AtomEntry[];
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

const textOf = (value: AtomText) => value['#text'] ?? '';
const hrefOf = (links: AtomLink[], rel: string) =>
  links.find((l) => l['@_rel'] === rel)?.['@_href'];

describeDb('GET /api/feed.atom', () => {
  const ctx = useTestApp();

  async function getFeed(path: string) {
    const response = await ctx.app.request(path);
    const body = await response.text();
    expect(response.status, body).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const document = parser.parse(body) as AtomDocument;
    return { body, feed: document.feed, entries: document.feed.entry ?? [] };
  }

  it('is an Atom 1.0 feed with the required elements, newest first', async () => {
    const { feed, entries } = await getFeed('/api/feed.atom?country=SE&status=signed');
    expect(feed['@_xmlns']).toBe(atomNamespace);
    expect(feed.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}:feed\?country=SE&status=signed$/);
    expect(textOf(feed.title)).toContain('Sweden (SE)');
    expect(textOf(feed.title)).toContain('Status: signed');
    expect(feed.updated).toMatch(rfc3339);
    const latest = await ctx.handle.db
      .selectFrom('initiatives')
      .select((eb) => eb.fn.max('updated_at').as('latest'))
      .executeTakeFirstOrThrow();
    expect(Date.parse(feed.updated)).toBe(new Date(latest.latest).getTime());
    expect(hrefOf(feed.link, 'self')).toBe(
      'http://localhost/api/feed.atom?country=SE&status=signed',
    );
    expect(hrefOf(feed.link, 'alternate')).toBe(
      'http://localhost/initiatives?country=SE&status=signed',
    );
    expect(feed.author.name).not.toBe('');

    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(100);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:/);
      expect(textOf(entry.title)).not.toBe('');
      expect(entry.updated).toMatch(rfc3339);
      expect(hrefOf(entry.link, 'alternate')).toMatch(
        /^http:\/\/localhost\/initiatives\/[a-z0-9-]+$/,
      );
      expect(textOf(entry.summary)).not.toBe('');
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const times = entries.map((e) => Date.parse(e.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("with country=PL holds Poland's initiatives and only Poland's membership changes", async () => {
    const { feed, entries } = await getFeed('/api/feed.atom?country=PL');
    expect(textOf(feed.title)).toContain('Countries: Poland (PL)');
    const expected = namesWith('PL');
    const initiatives = entries.filter((e) => e.category?.['@_term'] === 'initiative');
    const changes = entries.filter((e) => e.category?.['@_term'] !== 'initiative');
    expect(new Set(initiatives.map((e) => textOf(e.title)))).toEqual(expected);

    const dated = await ctx.handle.db
      .selectFrom('participations')
      .innerJoin('initiatives', 'initiatives.id', 'participations.initiative_id')
      .select(['initiatives.title', 'participations.joined_on'])
      .where('participations.country_code', '=', 'PL')
      .where('participations.joined_on', 'is not', null)
      .where('initiatives.archived_at', 'is', null)
      .execute();
    expect(changes.map((e) => textOf(e.title)).sort()).toEqual(
      dated.map((row) => `Poland joined ${row.title}`).sort(),
    );
    for (const change of changes) {
      expect(expected.has(textOf(change.title).replace(/^Poland joined /, ''))).toBe(true);
    }
  });

  it("shows Sweden joining the MMF on 24 June 2025, and invents no date for the founders'", async () => {
    const sweden = await getFeed('/api/feed.atom?country=SE');
    const mmf = 'Multinational Multi Role Tanker Transport Fleet (MMF)';
    const joined = sweden.entries.find((e) => textOf(e.title) === `Sweden joined ${mmf}`);
    expect(joined).toBeDefined();
    expect(joined?.updated).toBe('2025-06-24T00:00:00Z');
    expect(joined?.category?.['@_term']).toBe('joined');
    expect(textOf(joined?.summary ?? {})).toContain('on 2025-06-24');
    expect(hrefOf(joined?.link ?? [], 'alternate')).toBe('http://localhost/initiatives/nato-mmf');
    // Denmark joined the same day, but the filter is about Sweden.
    expect(sweden.entries.some((e) => textOf(e.title).startsWith('Denmark'))).toBe(false);

    // The Netherlands is a founding member whose join date the sources do not give: no entry.
    const netherlands = await getFeed('/api/feed.atom?country=NL');
    expect(netherlands.entries.some((e) => textOf(e.title) === mmf)).toBe(true);
    expect(netherlands.entries.some((e) => textOf(e.title).includes(`joined ${mmf}`))).toBe(false);
  });

  it('escapes XML special characters so titles parse back exactly', async () => {
    const title = `<script>alert("x")</script> & 'quoted' ]]> stock\u0001piles`;
    const summary = 'A <b>bold</b> claim & "more"';
    await ctx.handle.db
      .insertInto('initiatives')
      .values({
        slug: 'hostile-feed-title',
        title,
        summary,
        kind: 'multinational_project',
        status: 'signed',
        signed_on: '2099-01-01',
        framework: 'HOSTILE-FEED',
      })
      .execute();
    const { body, feed, entries } = await getFeed(
      `/api/feed.atom?framework=HOSTILE-FEED&q=${encodeURIComponent('<script>')}`,
    );
    expect(body).not.toContain('<script>');
    expect(textOf(feed.title)).toContain('Search: "<script>"');
    expect(entries).toHaveLength(1);
    // The control character cannot exist in XML at all and is dropped; everything else survives.
    expect(textOf(entries[0]?.title ?? {})).toBe(title.replace('\u0001', ''));
    expect(textOf(entries[0]?.summary ?? {})).toContain(summary);
    expect(entries[0]?.updated).toBe('2099-01-01T00:00:00Z');
  });

  it('answers an unknown country with 400 naming it, and a bad filter with 400', async () => {
    const unknown = await getError(ctx.app, '/api/feed.atom?country=XX');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([
      { path: 'country', message: 'unknown country code XX' },
    ]);
    const reversed = await getError(ctx.app, '/api/feed.atom?from=2025-02-01&to=2025-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues?.[0]?.path).toBe('to');
  });
});
