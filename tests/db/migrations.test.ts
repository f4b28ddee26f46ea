import { migrateDownAll, migrateToLatest, type DbHandle } from '@tracker/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb, openTestDb } from '../fixtures/test-db';

const trackerTables = [
  'audit_log',
  'countries',
  'initiative_links',
  'initiative_materials',
  'initiative_milestones',
  'initiatives',
  'login_attempts',
  'materials',
  'participations',
  'sessions',
  'sources',
  'stats_bitmap_positions',
  'stats_bitmaps',
  'stats_initiative_positions',
  'stats_text_terms',
  'users',
];

async function publicTables({ db }: DbHandle): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(
    db,
  );
  return rows.map((row) => row.table_name);
}

describeDb('migrations', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb({ empty: true });
  });
  afterAll(() => handle.close());

  it('go up, down and up again', async () => {
    expect(await publicTables(handle)).toEqual([]);
    const firstUp = await migrateToLatest(handle.db);
    expect(firstUp.length).toBeGreaterThan(0);
    expect(await publicTables(handle)).toEqual(trackerTables);

    const down = await migrateDownAll(handle.db);
    expect(down).toHaveLength(firstUp.length);
    expect(await publicTables(handle)).toEqual([]);

    expect(await migrateToLatest(handle.db)).toEqual(firstUp);
    expect(await publicTables(handle)).toEqual(trackerTables);
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('enforce the enumerations and foreign keys in the database itself', async () => {
    await expect(
      sql`insert into initiatives (slug, title, kind, status) values ('x', 'X', 'not-a-kind', 'signed')`.execute(
        handle.db,
      ),
    ).rejects.toThrow(/check constraint/i);
    await expect(
      sql`insert into initiatives (slug, title, kind, status, lead_country) values ('y', 'Y', 'policy_framework', 'signed', 'ZZ')`.execute(
        handle.db,
      ),
    ).rejects.toThrow(/foreign key/i);
  });
});
