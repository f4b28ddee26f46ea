import { sql, type Kysely } from 'kysely';

// Frozen in time: the enumerations are spelled out here, not imported, so a later change to the
// shared enums needs its own migration.
const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((value) => `'${value}'`).join(', ')})`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('countries')
    .addColumn('code', 'char(2)', (col) => col.primaryKey().check(sql`code ~ '^[A-Z]{2}$'`))
    .addColumn('iso3', 'char(3)', (col) => col.notNull().unique())
    .addColumn('iso_numeric', 'char(3)')
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('aliases', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(inList('status', ['nato_ally', 'partner', 'other'])),
    )
    .addColumn('nato_member_since', 'date')
    .addColumn('nato_accession_basis', 'text')
    .addColumn('eu_member', 'boolean', (col) => col.notNull())
    .addColumn('eu_member_since', 'date')
    .addColumn('eu_candidate', 'boolean')
    .addColumn('region', 'text')
    .addColumn('notes', 'text')
    .execute();

  await db.schema
    .createTable('materials')
    .addColumn('id', 'text', (col) => col.primaryKey().check(sql`id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('symbol', 'text')
    .addColumn('aliases', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('nato_critical', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('eu_critical', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('eu_critical_entry', 'text')
    .addColumn('eu_strategic', 'text', (col) =>
      col
        .notNull()
        .defaultTo('no')
        .check(inList('eu_strategic', ['yes', 'partial', 'no'])),
    )
    .addColumn('eu_strategic_entry', 'text')
    .addColumn('defence_uses', 'text')
    .addColumn('defence_uses_basis', 'text')
    .addColumn('notes', 'text')
    .execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (col) =>
      col
        .notNull()
        .unique()
        .check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    )
    .addColumn('reference_code', 'text', (col) => col.unique())
    .addColumn('title', 'text', (col) => col.notNull().check(sql`length(trim(title)) > 0`))
    .addColumn('summary', 'text')
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(
          inList('kind', [
            'high_visibility_project',
            'multinational_project',
            'multinational_programme',
            'joint_procurement',
            'partner_agreement',
            'policy_framework',
            'eu_initiative',
            'industry_statement',
          ]),
        ),
    )
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .check(inList('status', ['proposed', 'signed', 'active', 'completed', 'cancelled'])),
    )
    .addColumn('announced_on', 'date')
    .addColumn('signed_on', 'date')
    .addColumn('date_precision', 'text', (col) =>
      col.check(inList('date_precision', ['day', 'month', 'year'])),
    )
    .addColumn('date_note', 'text')
    .addColumn('event', 'text')
    .addColumn('action', 'text')
    .addColumn('framework', 'text')
    .addColumn('lead_country', 'char(2)', (col) => col.references('countries.code'))
    .addColumn('budget_eur', 'numeric(18, 2)', (col) => col.check(sql`budget_eur >= 0`))
    .addColumn('participants_note', 'text')
    .addColumn('unconfirmed', 'text')
    // Always STORED: PGlite (PostgreSQL 18) would default to virtual, the server (15) has only stored.
    .addColumn('search', sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '') || ' ' || coalesce(event, '') || ' ' || coalesce(action, '') || ' ' || coalesce(framework, '')), 'B')`,
        )
        .stored(),
    )
    .addColumn('version', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('archived_at', 'timestamptz')
    .addCheckConstraint(
      'initiatives_date_precision_needs_date',
      sql`date_precision is null or signed_on is not null or announced_on is not null`,
    )
    .execute();

  await db.schema
    .createTable('participations')
    .addColumn('initiative_id', 'uuid', (col) =>
      col.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('country_code', 'char(2)', (col) => col.notNull().references('countries.code'))
    .addColumn('role', 'text', (col) =>
      col.notNull().check(inList('role', ['lead', 'participant', 'observer', 'partner'])),
    )
    .addColumn('joined_on', 'date')
    .addColumn('left_on', 'date')
    .addColumn('instrument', 'text', (col) =>
      col.check(
        inList('instrument', ['loi', 'mou', 'contract', 'agreement', 'joint_statement', 'other']),
      ),
    )
    .addPrimaryKeyConstraint('participations_pkey', ['initiative_id', 'country_code'])
    .addCheckConstraint(
      'participations_left_after_joined',
      sql`left_on is null or joined_on is null or left_on >= joined_on`,
    )
    .execute();

  await db.schema
    .createTable('initiative_materials')
    .addColumn('initiative_id', 'uuid', (col) =>
      col.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('material_id', 'text', (col) => col.notNull().references('materials.id'))
    .addColumn('activities', sql`text[]`, (col) =>
      col
        .notNull()
        .defaultTo(sql`'{}'`)
        .check(
          sql`activities <@ array['acquisition', 'storage', 'transportation', 'management', 'recycling', 'processing']::text[]`,
        ),
    )
    .addColumn('notes', 'text')
    .addPrimaryKeyConstraint('initiative_materials_pkey', ['initiative_id', 'material_id'])
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('initiative_id', 'uuid', (col) =>
      col.references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('material_id', 'text', (col) => col.references('materials.id'))
    .addColumn('country_code', 'char(2)', (col) => col.references('countries.code'))
    .addColumn('url', 'text', (col) => col.notNull().check(sql`url ~ '^https?://'`))
    .addColumn('title', 'text')
    .addColumn('publisher', 'text')
    .addColumn('published_on', 'date')
    .addColumn('kind', 'text', (col) => col.check(inList('kind', ['official', 'news', 'analysis'])))
    .addCheckConstraint(
      'sources_back_exactly_one_record',
      sql`num_nonnulls(initiative_id, material_id, country_code) = 1`,
    )
    .execute();

  await db.schema
    .createTable('initiative_links')
    .addColumn('from_id', 'uuid', (col) =>
      col.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('to_id', 'uuid', (col) =>
      col.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('relation', 'text', (col) =>
      col.notNull().check(inList('relation', ['implements', 'expands', 'supports', 'related'])),
    )
    .addPrimaryKeyConstraint('initiative_links_pkey', ['from_id', 'to_id'])
    .addCheckConstraint('initiative_links_not_self', sql`from_id <> to_id`)
    .execute();

  // One index per filter the UI offers; the junction tables are read country-first / material-first
  // by EXISTS semi-joins, so each gets the reverse of its primary key.
  await db.schema
    .createIndex('participations_country_initiative_idx')
    .on('participations')
    .columns(['country_code', 'initiative_id'])
    .execute();
  await db.schema
    .createIndex('initiative_materials_material_initiative_idx')
    .on('initiative_materials')
    .columns(['material_id', 'initiative_id'])
    .execute();
  await db.schema
    .createIndex('initiatives_search_idx')
    .on('initiatives')
    .using('gin')
    .column('search')
    .execute();
  await db.schema
    .createIndex('initiatives_status_idx')
    .on('initiatives')
    .column('status')
    .execute();
  await db.schema.createIndex('initiatives_kind_idx').on('initiatives').column('kind').execute();
  await db.schema
    .createIndex('initiatives_framework_idx')
    .on('initiatives')
    .column('framework')
    .execute();
  await db.schema
    .createIndex('initiatives_lead_country_idx')
    .on('initiatives')
    .column('lead_country')
    .execute();
  await db.schema
    .createIndex('initiatives_date_idx')
    .on('initiatives')
    .expression(sql`coalesce(signed_on, announced_on)`)
    .execute();
  await db.schema
    .createIndex('initiatives_updated_at_idx')
    .on('initiatives')
    .column('updated_at')
    .execute();
  await db.schema
    .createIndex('sources_initiative_idx')
    .on('sources')
    .column('initiative_id')
    .execute();
  await db.schema.createIndex('sources_material_idx').on('sources').column('material_id').execute();
  await db.schema.createIndex('sources_country_idx').on('sources').column('country_code').execute();
  await db.schema
    .createIndex('initiative_links_to_idx')
    .on('initiative_links')
    .column('to_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'initiative_links',
    'sources',
    'initiative_materials',
    'participations',
    'initiatives',
    'materials',
    'countries',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
