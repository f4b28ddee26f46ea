import { getCountryStats, indexedSearch, refreshStatsSummaries } from '@tracker/api';
import type { DbHandle } from '@tracker/db';
import { initiativeFilterSchema } from '@tracker/shared';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertSyntheticData } from '../bench/synthetic-data';
import { createTestApp, type TestApp } from '../fixtures/test-app';
import { describeDb, openTestDb } from '../fixtures/test-db';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scannedTables(node: PlanNode, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) found.push(node['Relation Name']);
  for (const child of node.Plans ?? []) scannedTables(child, found);
  return found;
}

/**
 * At scale, every filter must reach participations through its indexes (EXISTS semi-joins on
 * the junction table), never by reading the whole table. The statements checked are the ones the
 * list endpoint really sends, captured as it answers.
 */
describeDb('query plans at scale', () => {
  let handle: DbHandle;
  let app: TestApp;
  const captured: CompiledQuery[] = [];
  let capturing = false;

  beforeAll(async () => {
    handle = await openTestDb({
      onQuery: (event) => {
        if (capturing)
          captured.push(CompiledQuery.raw(event.query.sql, [...event.query.parameters]));
      },
    });
    await insertSyntheticData(handle.db, { initiatives: 2000, seed: 7 });
    app = createTestApp(handle);
  }, 120_000);
  afterAll(() => handle.close());

  async function planOf(statement: CompiledQuery): Promise<PlanNode> {
    const explained = await handle.db.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      CompiledQuery.raw(`explain (format json) ${statement.sql}`, [...statement.parameters]),
    );
    const plan = explained.rows[0]?.['QUERY PLAN'][0].Plan;
    expect(plan).toBeDefined();
    return plan as PlanNode;
  }

  const statsStatement = (q: string) =>
    getCountryStats(handle.db, initiativeFilterSchema.parse({ q }), undefined).compile();

  it.each(['Argus Media!', '"storage"'])(
    'finds the own-text matches of a search for %s on the statistics through indexes',
    async (q) => {
      await refreshStatsSummaries(handle.db);
      // Not plain words: the live filter's matches. The trigram index serves the
      // title's substring match (without it, the full-text and ILIKE branch reads every
      // initiative). Sources are few enough here to be read whole.
      expect(indexedSearch(q)).toBeUndefined();
      expect(scannedTables(await planOf(statsStatement(q)))).not.toContain('initiatives');
    },
  );

  it.each(['storage', 'Argus Media', 'stockpiling joint'])(
    'finds the terms of a search for %s in the inverted index through its indexes',
    async (q) => {
      await refreshStatsSummaries(handle.db);
      expect(indexedSearch(q)).toBeDefined();
      const tables = scannedTables(await planOf(statsStatement(q)));
      expect(tables).not.toContain('stats_text_terms');
      expect(tables).not.toContain('initiatives');
      expect(tables).not.toContain('stats_initiative_positions');
    },
  );

  it.each([
    'country=DE&country=PL&match=all&material=lithium&pageSize=50',
    'country=DE&country=PL&pageSize=50',
    'country=TR&role=lead',
    'group=indo_pacific&match=all',
    'country=SE&asOf=2024-01-01',
  ])('sends no sequential scan of participations for %s', async (query) => {
    captured.length = 0;
    capturing = true;
    const response = await app.request(`/api/initiatives?${query}`);
    capturing = false;
    expect(response.status).toBe(200);
    expect(captured.length).toBeGreaterThan(0);
    for (const statement of captured) {
      expect(scannedTables(await planOf(statement))).not.toContain('participations');
    }
  });
});
