import { sql, type Kysely } from 'kysely';

// Frozen in time: the steps are spelled out here, not imported from the shared enums.

export async function up(db: Kysely<any>): Promise<void> {
  // Existing records (the cited reference data) stay public: the default is 'published'.
  await db.schema
    .alterTable('initiatives')
    .addColumn('visibility', 'text', (col) =>
      col
        .notNull()
        .defaultTo('published')
        .check(sql`visibility in ('draft', 'published')`),
    )
    .addColumn('published_at', 'timestamptz')
    .execute();
  await sql`update initiatives set published_at = created_at where visibility = 'published'`.execute(
    db,
  );

  await db.schema
    .createTable('initiative_milestones')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('initiative_id', 'uuid', (col) =>
      col.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('step', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`step in ('announced', 'loi_signed', 'mou_signed', 'contract', 'operational', 'ended')`,
        ),
    )
    .addColumn('occurred_on', 'date', (col) => col.notNull())
    .addColumn('binding', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('source_url', 'text', (col) => col.check(sql`source_url ~ '^https?://'`))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('initiative_milestones_initiative_idx')
    .on('initiative_milestones')
    .columns(['initiative_id', 'occurred_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('initiative_milestones').execute();
  await db.schema
    .alterTable('initiatives')
    .dropColumn('published_at')
    .dropColumn('visibility')
    .execute();
}
