import { mapConstraintError } from '@tracker/api';
import type { DbHandle } from '@tracker/db';
import {
  adminInitiativeListSchema,
  apiErrorSchema,
  initiativeDetailSchema,
  initiativeHistorySchema,
  initiativeListSchema,
  initiativeInputSchema,
  initiativeWriteResultSchema,
  versionConflictSchema,
  type InitiativeDetail,
  type InitiativeFormValues,
} from '@tracker/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAs, ifMatch, sendJson, type SignedIn } from '../fixtures/api-requests';
import { createUserWithSession, jsonHeaders } from '../fixtures/auth';
import { getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

/** Every table a write touches: a refused write must leave all of them as they were. */
const writtenTables = [
  'initiatives',
  'participations',
  'initiative_materials',
  'sources',
  'initiative_links',
  'initiative_milestones',
  'audit_log',
] as const;

async function rowCounts({ db }: DbHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of writtenTables) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}

/** A clearly synthetic record over real seed countries and materials. */
const testInitiative = (title: string): InitiativeFormValues => ({
  title,
  summary: 'Synthetic record written by the API write tests.',
  kind: 'multinational_project',
  status: 'signed',
  signedOn: '2025-06-24',
  datePrecision: 'day',
  leadCountry: 'PL',
  participants: [
    { countryCode: 'PL', role: 'lead', joinedOn: '2025-06-24', instrument: 'loi' },
    { countryCode: 'DE', role: 'participant' },
    { countryCode: 'SE', role: 'participant' },
  ],
  materials: [
    { materialId: 'lithium', activities: ['acquisition', 'storage'] },
    { materialId: 'titanium', activities: ['storage'] },
  ],
  sources: [],
  milestones: [
    {
      step: 'loi_signed',
      occurredOn: '2025-06-24',
      binding: false,
      sourceUrl: 'https://www.nato.int/',
    },
  ],
});

/** What the edit form would send for a stored record. */
function inputFromDetail(detail: InitiativeDetail): InitiativeFormValues {
  return {
    title: detail.title,
    summary: detail.summary,
    kind: detail.kind,
    status: detail.status,
    announcedOn: detail.announcedOn,
    signedOn: detail.signedOn,
    datePrecision: detail.datePrecision,
    event: detail.event,
    framework: detail.framework,
    leadCountry: detail.leadCountry?.code ?? null,
    budgetEur: detail.budgetEur,
    unconfirmed: detail.unconfirmed,
    participants: detail.participants.map((p) => ({
      countryCode: p.country.code,
      role: p.role,
      joinedOn: p.joinedOn,
      leftOn: p.leftOn,
      instrument: p.instrument,
    })),
    materials: detail.materials.map((m) => ({
      materialId: m.id,
      activities: m.activities,
      notes: m.notes,
    })),
    sources: detail.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedOn: source.publishedOn,
      kind: source.kind,
    })),
    related: detail.related
      .filter((r) => r.direction === 'outgoing')
      .map((r) => ({ slug: r.slug, relation: r.relation })),
    milestones: detail.milestones.map((m) => ({
      step: m.step,
      occurredOn: m.occurredOn,
      sourceUrl: m.sourceUrl,
      binding: m.binding,
      note: m.note,
    })),
  };
}

describeDb('initiative writes', () => {
  const ctx = useTestApp();
  let editor: SignedIn & { user: { id: string; name: string } };
  let admin: SignedIn & { user: { name: string } };
  let viewer: SignedIn;

  beforeAll(async () => {
    editor = await createUserWithSession(ctx.handle, 'editor');
    admin = await createUserWithSession(ctx.handle, 'admin');
    viewer = await createUserWithSession(ctx.handle, 'viewer');
  });

  async function create(title: string, session: SignedIn = editor) {
    const response = await sendJson(
      ctx.app,
      'POST',
      '/api/initiatives',
      session,
      testInitiative(title),
    );
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(201);
    return { response, detail: initiativeWriteResultSchema.parse(body) };
  }

  describe('who may write', () => {
    it('refuses anonymous (401) and viewers (403), writing nothing', async () => {
      const before = await rowCounts(ctx.handle);
      const anonymous = await sendJson(
        ctx.app,
        'POST',
        '/api/initiatives',
        null,
        testInitiative('Test anonymous'),
      );
      expect(anonymous.status).toBe(401);
      const asViewer = await sendJson(
        ctx.app,
        'POST',
        '/api/initiatives',
        viewer,
        testInitiative('Test viewer'),
      );
      expect(asViewer.status).toBe(403);
      expect(apiErrorSchema.parse(await asViewer.json()).error.code).toBe('forbidden');
      expect(await rowCounts(ctx.handle)).toEqual(before);
    });
  });

  describe('create → publish → public', () => {
    it('creates a draft with an ETag and Location, hidden from the public', async () => {
      const { response, detail } = await create('Test stockpile initiative Alpha');
      expect(response.headers.get('ETag')).toBe('"1"');
      expect(response.headers.get('Location')).toBe(`/api/initiatives/${detail.slug}`);
      expect(detail).toMatchObject({
        slug: 'test-stockpile-initiative-alpha',
        visibility: 'draft',
        version: 1,
        archivedAt: null,
        leadCountry: { code: 'PL', name: 'Poland' },
      });
      expect(detail.participants.map((p) => p.country.code).sort()).toEqual(['DE', 'PL', 'SE']);
      expect(detail.materials.map((m) => m.id).sort()).toEqual(['lithium', 'titanium']);
      expect(detail.milestones).toEqual([
        expect.objectContaining({ step: 'loi_signed', occurredOn: '2025-06-24', binding: false }),
      ]);

      // Drafts: 404 for anonymous readers and viewers, visible to editors.
      expect((await ctx.app.request(`/api/initiatives/${detail.slug}`)).status).toBe(404);
      const asViewer = await getAs(ctx.app, `/api/initiatives/${detail.slug}`, viewer);
      expect(asViewer.status).toBe(404);
      const asEditor = await getAs(ctx.app, `/api/initiatives/${detail.slug}`, editor);
      expect(asEditor.status).toBe(200);
      expect(asEditor.headers.get('ETag')).toBe('"1"');

      const list = await getJson(
        ctx.app,
        '/api/initiatives?q=Alpha&pageSize=200',
        initiativeListSchema,
      );
      expect(list.items.map((item) => item.slug)).not.toContain(detail.slug);
      const poland = await getJson(
        ctx.app,
        '/api/initiatives?country=PL&pageSize=200',
        initiativeListSchema,
      );
      expect(poland.items.map((item) => item.slug)).not.toContain(detail.slug);
    });

    it('publishes only with a source, then lists it publicly and filters by its countries', async () => {
      const { detail } = await create('Test stockpile initiative Bravo');
      const refused = await sendJson(
        ctx.app,
        'POST',
        `/api/initiatives/${detail.slug}/publish`,
        editor,
        {},
        ifMatch(1),
      );
      expect(refused.status).toBe(422);
      expect(apiErrorSchema.parse(await refused.json()).error.issues?.[0]?.path).toBe('sources');

      const withSource = await sendJson(
        ctx.app,
        'PUT',
        `/api/initiatives/${detail.slug}`,
        editor,
        {
          ...testInitiative('Test stockpile initiative Bravo'),
          sources: [
            {
              url: 'https://www.nato.int/cps/en/natohq/news.htm',
              title: 'Test source',
              kind: 'official',
            },
          ],
        },
        ifMatch(1),
      );
      expect(withSource.status).toBe(200);
      expect(withSource.headers.get('ETag')).toBe('"2"');

      const published = await sendJson(
        ctx.app,
        'POST',
        `/api/initiatives/${detail.slug}/publish`,
        editor,
        {},
        ifMatch(2),
      );
      expect(published.status).toBe(200);
      const body = initiativeWriteResultSchema.parse(await published.json());
      expect(body).toMatchObject({ visibility: 'published', version: 3 });
      expect(body.publishedAt).not.toBeNull();

      const bySweden = await getJson(
        ctx.app,
        '/api/initiatives?country=SE&pageSize=200',
        initiativeListSchema,
      );
      expect(bySweden.items.map((item) => item.slug)).toContain(detail.slug);
      const publicDetail = await getJson(
        ctx.app,
        `/api/initiatives/${detail.slug}`,
        initiativeDetailSchema,
      );
      expect(publicDetail.sourceCount).toBe(1);

      const { rows } = await sql<{ action: string; user_id: string }>`
        select a.action, a.user_id from audit_log a join initiatives i on a.entity_id = i.id::text
        where i.slug = ${detail.slug} order by a.id`.execute(ctx.handle.db);
      expect(rows.map((r) => r.action)).toEqual([
        'initiative.create',
        'initiative.update',
        'initiative.publish',
      ]);
      expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set([editor.user.id]));
    });

    it('gives a second record with the same title its own slug', async () => {
      const first = await create('Test duplicate title');
      const second = await create('Test duplicate title');
      expect(first.detail.slug).toBe('test-duplicate-title');
      expect(second.detail.slug).toBe('test-duplicate-title-2');
    });
  });

  describe('validation', () => {
    const cases: { name: string; body: unknown; status: number; paths: string[] }[] = [
      {
        name: 'an unknown country code',
        body: {
          ...testInitiative('Test invalid'),
          participants: [
            { countryCode: 'PL', role: 'lead' },
            { countryCode: 'DE' },
            { countryCode: 'XX' },
          ],
        },
        status: 422,
        paths: ['participants.2.countryCode'],
      },
      {
        name: 'an unknown lead country and material',
        body: {
          ...testInitiative('Test invalid'),
          leadCountry: 'QQ',
          participants: [],
          materials: [{ materialId: 'unobtainium' }],
        },
        status: 422,
        paths: ['leadCountry', 'materials.0.materialId'],
      },
      {
        name: 'a country listed twice',
        body: {
          ...testInitiative('Test invalid'),
          participants: [
            { countryCode: 'PL', role: 'lead' },
            { countryCode: 'DE' },
            { countryCode: 'DE' },
          ],
        },
        status: 422,
        paths: ['participants.2.countryCode'],
      },
      {
        name: 'left before joined',
        body: {
          ...testInitiative('Test invalid'),
          participants: [
            { countryCode: 'PL', role: 'lead', joinedOn: '2025-06-24', leftOn: '2025-01-01' },
          ],
        },
        status: 422,
        paths: ['participants.0.leftOn'],
      },
      {
        name: 'a script URL as a source',
        body: { ...testInitiative('Test invalid'), sources: [{ url: 'javascript:alert(1)' }] },
        status: 422,
        paths: ['sources.0.url'],
      },
      {
        name: 'a missing title and kind',
        body: { ...testInitiative('x'), title: '', kind: undefined },
        status: 422,
        paths: ['kind', 'title'],
      },
      {
        name: 'an unknown related initiative',
        body: {
          ...testInitiative('Test invalid'),
          related: [{ slug: 'no-such-initiative', relation: 'supports' }],
        },
        status: 422,
        paths: ['related.0.slug'],
      },
    ];
    for (const testCase of cases) {
      it(`refuses ${testCase.name}, naming the field and writing nothing`, async () => {
        const before = await rowCounts(ctx.handle);
        const response = await sendJson(ctx.app, 'POST', '/api/initiatives', editor, testCase.body);
        expect(response.status).toBe(testCase.status);
        const body = apiErrorSchema.parse(await response.json());
        expect(body.error.issues?.map((i) => i.path).sort()).toEqual(testCase.paths);
        for (const entry of body.error.issues ?? [])
          expect(entry.message).not.toMatch(/sql|constraint|undefined/i);
        expect(await rowCounts(ctx.handle)).toEqual(before);
      });
    }

    it('refuses malformed JSON with 400', async () => {
      const response = await ctx.app.request('/api/initiatives', {
        method: 'POST',
        headers: jsonHeaders(editor.cookie),
        body: '{"title": ',
      });
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('invalid_json');
    });

    it('refuses an update that names an unknown country, leaving the record as it was', async () => {
      const { detail } = await create('Test invalid update');
      const before = await rowCounts(ctx.handle);
      const response = await sendJson(
        ctx.app,
        'PUT',
        `/api/initiatives/${detail.slug}`,
        editor,
        {
          ...testInitiative('Test invalid update (renamed)'),
          participants: [{ countryCode: 'ZZ' }],
        },
        ifMatch(1),
      );
      expect(response.status).toBe(422);
      expect(await rowCounts(ctx.handle)).toEqual(before);
      const stored = await getAs(ctx.app, `/api/initiatives/${detail.slug}`, editor);
      expect(initiativeDetailSchema.parse(await stored.json())).toMatchObject({
        title: 'Test invalid update',
        version: 1,
      });
    });
  });

  describe('If-Match', () => {
    it('requires it (428) and refuses a stale one (412 with the current record)', async () => {
      const { detail } = await create('Test version check');
      const path = `/api/initiatives/${detail.slug}`;
      const missing = await sendJson(
        ctx.app,
        'PUT',
        path,
        editor,
        testInitiative('Test version check'),
      );
      expect(missing.status).toBe(428);
      expect(apiErrorSchema.parse(await missing.json()).error.code).toBe('precondition_required');

      const ok = await sendJson(
        ctx.app,
        'PUT',
        path,
        editor,
        { ...testInitiative('Test version check'), summary: 'First edit.' },
        ifMatch(1),
      );
      expect(ok.status).toBe(200);

      const before = await rowCounts(ctx.handle);
      const stale = await sendJson(
        ctx.app,
        'PUT',
        path,
        admin,
        { ...testInitiative('Test version check'), summary: 'Lost edit.' },
        ifMatch(1),
      );
      expect(stale.status).toBe(412);
      expect(stale.headers.get('ETag')).toBe('"2"');
      const conflict = versionConflictSchema.parse(await stale.json());
      expect(conflict.currentVersion).toBe(2);
      expect(conflict.current.summary).toBe('First edit.');
      expect(await rowCounts(ctx.handle)).toEqual(before);

      for (const action of ['publish', 'archive', 'restore']) {
        expect((await sendJson(ctx.app, 'POST', `${path}/${action}`, editor, {})).status).toBe(428);
      }
      const garbled = await sendJson(
        ctx.app,
        'PUT',
        path,
        editor,
        testInitiative('Test version check'),
        { 'If-Match': 'yesterday' },
      );
      expect(garbled.status).toBe(400);
    });
  });

  describe('archive and restore', () => {
    it('hides an archived record from every public view and brings it back on restore', async () => {
      const { detail } = await create('Test archive candidate');
      const path = `/api/initiatives/${detail.slug}`;
      await sendJson(
        ctx.app,
        'PUT',
        path,
        editor,
        {
          ...testInitiative('Test archive candidate'),
          sources: [{ url: 'https://www.nato.int/x' }],
        },
        ifMatch(1),
      );
      expect(
        (await sendJson(ctx.app, 'POST', `${path}/publish`, editor, {}, ifMatch(2))).status,
      ).toBe(200);
      const sweden = async () =>
        (
          await getJson(ctx.app, '/api/initiatives?country=SE&pageSize=200', initiativeListSchema)
        ).items.map((i) => i.slug);
      expect(await sweden()).toContain(detail.slug);

      const archived = await sendJson(ctx.app, 'POST', `${path}/archive`, editor, {}, ifMatch(3));
      expect(archived.status).toBe(200);
      expect(initiativeWriteResultSchema.parse(await archived.json()).archivedAt).not.toBeNull();
      expect(await sweden()).not.toContain(detail.slug);
      expect((await ctx.app.request(path)).status).toBe(404);
      const country = (await (await ctx.app.request('/api/countries/SE')).json()) as {
        initiatives: { slug: string }[];
      };
      expect(country.initiatives.map((i) => i.slug)).not.toContain(detail.slug);
      // Nothing is deleted: the row is still there.
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from initiatives where slug = ${detail.slug}`.execute(
        ctx.handle.db,
      );
      expect(rows[0]?.n).toBe(1);

      const admins = await getAs(
        ctx.app,
        '/api/admin/initiatives?visibility=archived&q=archive%20candidate',
        editor,
      );
      expect(adminInitiativeListSchema.parse(await admins.json()).items.map((i) => i.slug)).toEqual(
        [detail.slug],
      );

      expect(
        (await sendJson(ctx.app, 'POST', `${path}/archive`, editor, {}, ifMatch(4))).status,
      ).toBe(409);
      expect(
        (await sendJson(ctx.app, 'POST', `${path}/restore`, editor, {}, ifMatch(4))).status,
      ).toBe(200);
      expect(await sweden()).toContain(detail.slug);
    });
  });

  describe('history and revert', () => {
    it('shows field-level changes per version and reverts as a new audited write', async () => {
      const { detail } = await create('Test history record');
      const path = `/api/initiatives/${detail.slug}`;
      const edited = {
        ...testInitiative('Test history record (renamed)'),
        summary: 'Second version.',
        participants: [{ countryCode: 'PL', role: 'lead' as const }],
      };
      expect((await sendJson(ctx.app, 'PUT', path, editor, edited, ifMatch(1))).status).toBe(200);

      const historyResponse = await getAs(ctx.app, `${path}/history`, editor);
      expect(historyResponse.status).toBe(200);
      const history = initiativeHistorySchema.parse(await historyResponse.json());
      expect(history.currentVersion).toBe(2);
      expect(history.versions.map((v) => [v.version, v.action])).toEqual([
        [2, 'initiative.update'],
        [1, 'initiative.create'],
      ]);
      expect(history.versions[0]?.changes.map((c) => c.field).sort()).toEqual([
        'participants',
        'summary',
        'title',
      ]);
      expect(history.versions[0]?.changes.find((c) => c.field === 'title')).toEqual({
        field: 'title',
        before: 'Test history record',
        after: 'Test history record (renamed)',
      });
      expect(history.versions[0]?.user?.id).toBe(editor.user.id);
      expect((await ctx.app.request(`${path}/history`)).status).toBe(401);

      const stale = await sendJson(
        ctx.app,
        'POST',
        `${path}/revert`,
        editor,
        { version: 1 },
        ifMatch(1),
      );
      expect(stale.status).toBe(412);
      const reverted = await sendJson(
        ctx.app,
        'POST',
        `${path}/revert`,
        editor,
        { version: 1 },
        ifMatch(2),
      );
      expect(reverted.status).toBe(200);
      const body = initiativeWriteResultSchema.parse(await reverted.json());
      expect(body).toMatchObject({ title: 'Test history record', version: 3 });
      expect(body.participants.map((p) => p.country.code).sort()).toEqual(['DE', 'PL', 'SE']);

      const after = initiativeHistorySchema.parse(
        await (await getAs(ctx.app, `${path}/history`, editor)).json(),
      );
      expect(after.versions[0]).toMatchObject({
        version: 3,
        action: 'initiative.revert',
        note: 'Reverted to version 1',
      });
      expect(
        (await sendJson(ctx.app, 'POST', `${path}/revert`, editor, { version: 99 }, ifMatch(3)))
          .status,
      ).toBe(404);
    });

    it('edits a seeded record and reverts it to the seed version', async () => {
      const seeded = await getJson(ctx.app, '/api/initiatives/nato-mmf', initiativeDetailSchema);
      const path = '/api/initiatives/nato-mmf';
      const input = { ...inputFromDetail(seeded), title: `${seeded.title} (test edit)` };
      const edit = await sendJson(ctx.app, 'PUT', path, editor, input, ifMatch(seeded.version));
      expect(edit.status, await edit.clone().text()).toBe(200);
      // The seed's version has no audit row of its own: the history lists it from the first edit.
      const history = initiativeHistorySchema.parse(
        await (await getAs(ctx.app, `${path}/history`, editor)).json(),
      );
      expect(history.versions.map((v) => [v.version, v.action])).toEqual([
        [seeded.version + 1, 'initiative.update'],
        [seeded.version, 'initiative.original'],
      ]);
      expect(history.versions[0]?.changes.map((c) => c.field)).toEqual(['title']);
      const revert = await sendJson(
        ctx.app,
        'POST',
        `${path}/revert`,
        admin,
        { version: seeded.version },
        ifMatch(seeded.version + 1),
      );
      expect(revert.status).toBe(200);
      const restored = await getJson(ctx.app, path, initiativeDetailSchema);
      expect(restored.title).toBe(seeded.title);
      expect(restored.dateNote).toBe(seeded.dateNote);
      expect(restored.sources.map((s) => s.url)).toEqual(seeded.sources.map((s) => s.url));
      expect(restored.participants).toEqual(seeded.participants);
    });
  });

  describe('status changes', () => {
    it('dates status changes by when they were saved, beside the milestones, inventing none', async () => {
      const { detail } = await create('Test status timeline');
      const path = `/api/initiatives/${detail.slug}`;
      const sourced = {
        ...testInitiative('Test status timeline'),
        sources: [{ url: 'https://www.nato.int/status-timeline' }],
      };
      // signed → active with no milestone for the new step, by a second user.
      const activated = await sendJson(
        ctx.app,
        'PUT',
        path,
        admin,
        { ...sourced, status: 'active' },
        ifMatch(1),
      );
      expect(activated.status).toBe(200);
      expect(
        (await sendJson(ctx.app, 'POST', `${path}/publish`, editor, {}, ifMatch(2))).status,
      ).toBe(200);
      // An edit that leaves the status alone is not a status change.
      const retitled = { ...sourced, status: 'active', summary: 'Edited, same status.' };
      expect((await sendJson(ctx.app, 'PUT', path, editor, retitled, ifMatch(3))).status).toBe(200);

      const { rows: audit } = await sql<{ at: Date | string }>`
        select at from audit_log where entity = 'initiative' and entity_id = ${detail.id}
        order by id`.execute(ctx.handle.db);
      expect(audit).toHaveLength(4);
      const recordedAt = audit.map((row) => new Date(row.at).toISOString());

      const asEditor = await getAs(ctx.app, path, editor);
      expect(asEditor.headers.get('Cache-Control')).toBe('private, no-store');
      const seen = initiativeDetailSchema.parse(await asEditor.json());
      expect(seen.statusChanges).toEqual([
        {
          recordedAt: recordedAt[0],
          from: null,
          to: 'signed',
          published: false,
          action: 'initiative.create',
          by: { name: editor.user.name },
        },
        {
          recordedAt: recordedAt[1],
          from: 'signed',
          to: 'active',
          published: false,
          action: 'initiative.update',
          by: { name: admin.user.name },
        },
        {
          recordedAt: recordedAt[2],
          from: 'active',
          to: 'active',
          published: true,
          action: 'initiative.publish',
          by: { name: editor.user.name },
        },
      ]);
      // The milestones are what the editors entered: no date was made up for "active".
      expect(seen.milestones.map((m) => [m.step, m.occurredOn])).toEqual([
        ['loi_signed', '2025-06-24'],
      ]);
      const { rows: stored } = await sql<{ n: number }>`
        select count(*)::int as n from initiative_milestones where initiative_id = ${detail.id}`.execute(
        ctx.handle.db,
      );
      expect(stored[0]?.n).toBe(1);

      // The public sees the same dated changes without the editors' names, in one statement.
      ctx.statements = 0;
      const anonymous = await ctx.app.request(path);
      expect(ctx.statements).toBe(1);
      expect(anonymous.headers.get('Cache-Control')).toBeNull();
      const publicDetail = initiativeDetailSchema.parse(await anonymous.json());
      expect(publicDetail.statusChanges).toEqual(
        seen.statusChanges.map((change) => ({ ...change, by: null })),
      );
      const asViewer = await getAs(ctx.app, path, viewer);
      const viewerDetail = initiativeDetailSchema.parse(await asViewer.json());
      expect(viewerDetail.statusChanges.every((change) => change.by === null)).toBe(true);
    });

    it('lists a revert that changes the status, and nothing for a record older than the audit log', async () => {
      const { detail } = await create('Test status revert');
      const path = `/api/initiatives/${detail.slug}`;
      const proposed = { ...testInitiative('Test status revert'), status: 'proposed' };
      expect((await sendJson(ctx.app, 'PUT', path, editor, proposed, ifMatch(1))).status).toBe(200);
      const reverted = await sendJson(
        ctx.app,
        'POST',
        `${path}/revert`,
        editor,
        { version: 1 },
        ifMatch(2),
      );
      expect(reverted.status).toBe(200);
      const body = initiativeWriteResultSchema.parse(await reverted.json());
      expect(body.statusChanges.map((c) => [c.action, c.from, c.to])).toEqual([
        ['initiative.create', null, 'signed'],
        ['initiative.update', 'signed', 'proposed'],
        ['initiative.revert', 'proposed', 'signed'],
      ]);

      // The reference data was loaded before any audit row: its status history is its milestones.
      const seeded = (
        await getJson(ctx.app, '/api/initiatives?pageSize=200', initiativeListSchema)
      ).items.find((item) => item.referenceCode !== null && item.slug !== 'nato-mmf');
      const seededDetail = await getJson(
        ctx.app,
        `/api/initiatives/${seeded?.slug ?? ''}`,
        initiativeDetailSchema,
      );
      expect(seededDetail.statusChanges).toEqual([]);
    });
  });

  describe('drafts and archived records in public views', () => {
    it('keeps a draft out of the list, exports, feed, matrix, country and material pages', async () => {
      const title = 'Test hidden draft Zulu';
      const { detail } = await create(title);
      const text = async (path: string) => (await ctx.app.request(path)).text();
      expect(await text('/api/exports/initiatives.csv?country=SE')).not.toContain(title);
      expect(await text('/api/feed.atom?country=SE')).not.toContain(title);
      expect(await text('/api/participation-matrix?country=SE')).not.toContain(detail.slug);
      expect(await text('/api/countries/SE')).not.toContain(detail.slug);
      expect(await text('/api/countries/SE/profile')).not.toContain(detail.slug);
      expect(await text('/api/materials/lithium')).not.toContain(detail.slug);
      // A viewer is a reader like any other: no drafts.
      const asViewer = await getAs(ctx.app, '/api/initiatives?country=SE&pageSize=200', viewer);
      expect(
        initiativeListSchema.parse(await asViewer.json()).items.map((i) => i.slug),
      ).not.toContain(detail.slug);
      const drafts = await getAs(
        ctx.app,
        '/api/admin/initiatives?visibility=draft&q=hidden%20draft',
        editor,
      );
      expect(adminInitiativeListSchema.parse(await drafts.json()).items.map((i) => i.slug)).toEqual(
        [detail.slug],
      );
      expect((await getAs(ctx.app, '/api/admin/initiatives', viewer)).status).toBe(403);
    });
  });

  describe('the data version on exports, the feed, the matrix and the statistics', () => {
    /**
     * The CSV export's "Data version" line, the feed's own <updated>, and the dataVersion of the
     * participation matrix and of a statistic: all must agree.
     */
    async function dataVersions() {
      const csv = await (await ctx.app.request('/api/exports/initiatives.csv?country=SE')).text();
      const feed = await (await ctx.app.request('/api/feed.atom?country=SE')).text();
      const exported = /^# Data version,(.+)$/m.exec(csv)?.[1]?.trim();
      const fed = /^ {2}<updated>([^<]+)<\/updated>$/m.exec(feed)?.[1];
      expect(exported).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(fed && Date.parse(fed)).toBe(Date.parse(exported ?? ''));
      const versionOf = async (path: string) =>
        ((await (await ctx.app.request(path)).json()) as { dataVersion: string | null })
          .dataVersion;
      expect(await versionOf('/api/participation-matrix?country=SE')).toBe(exported);
      expect(await versionOf('/api/stats/materials?country=SE')).toBe(exported);
      return exported ?? '';
    }
    // Versions have millisecond resolution: a short pause makes the next write's clock later, so
    // "unchanged" below means the draft was left out, not that two writes shared a millisecond.
    const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 5));

    it('does not move when a draft is created or edited, and moves on publish, archive and restore', async () => {
      const initial = await dataVersions();
      await nextMillisecond();
      const { detail } = await create('Test data version draft');
      const path = `/api/initiatives/${detail.slug}`;
      const edited = await sendJson(
        ctx.app,
        'PUT',
        path,
        editor,
        {
          ...testInitiative('Test data version draft'),
          sources: [{ url: 'https://www.nato.int/data-version' }],
        },
        ifMatch(1),
      );
      expect(edited.status).toBe(200);
      expect(await dataVersions()).toBe(initial);

      const steps: [string, number][] = [
        ['publish', 2],
        ['archive', 3],
        ['restore', 4],
      ];
      let previous = initial;
      for (const [step, version] of steps) {
        await nextMillisecond();
        const response = await sendJson(
          ctx.app,
          'POST',
          `${path}/${step}`,
          editor,
          {},
          ifMatch(version),
        );
        expect(response.status, step).toBe(200);
        const { rows } = await sql<{ updated_at: Date | string }>`
          select updated_at from initiatives where slug = ${detail.slug}`.execute(ctx.handle.db);
        const current = await dataVersions();
        expect(Date.parse(current), step).toBeGreaterThan(Date.parse(previous));
        // The record's own change is the latest one: the step set its updated_at.
        expect(current, step).toBe(new Date(rows[0]?.updated_at ?? 0).toISOString());
        previous = current;
      }
    });
  });

  describe('slugs under concurrency and large bodies', () => {
    it('gives concurrent creates with one title distinct slugs', async () => {
      const responses = await Promise.all(
        [1, 2, 3, 4].map(async () =>
          sendJson(
            ctx.app,
            'POST',
            '/api/initiatives',
            editor,
            testInitiative('Test concurrent slug'),
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      const slugs = await Promise.all(
        responses.map(async (r) => initiativeWriteResultSchema.parse(await r.json()).slug),
      );
      expect([...slugs].sort()).toEqual([
        'test-concurrent-slug',
        'test-concurrent-slug-2',
        'test-concurrent-slug-3',
        'test-concurrent-slug-4',
      ]);
    });

    it('refuses a JSON body over 1 MB with 413', async () => {
      const before = await rowCounts(ctx.handle);
      const response = await sendJson(ctx.app, 'POST', '/api/initiatives', editor, {
        ...testInitiative('Test large body'),
        summary: 'x'.repeat(1024 * 1024),
      });
      expect(response.status).toBe(413);
      expect(await rowCounts(ctx.handle)).toEqual(before);
    });
  });

  describe('the reference data through the form schema', () => {
    it('can save every seeded record unchanged (the form accepts what the seed holds)', async () => {
      const list = await getJson(ctx.app, '/api/initiatives?pageSize=200', initiativeListSchema);
      const seeded = list.items.filter((item) => item.referenceCode !== null);
      expect(seeded.length).toBeGreaterThan(20);
      for (const item of seeded) {
        const detail = await getJson(
          ctx.app,
          `/api/initiatives/${item.slug}`,
          initiativeDetailSchema,
        );
        const result = initiativeInputSchema.safeParse(inputFromDetail(detail));
        expect(result.error?.issues ?? [], item.slug).toEqual([]);
      }
    });
  });

  describe('constraint violations from the database', () => {
    it('become 4xx errors on this driver (a race past the checks is never a 500)', async () => {
      const { detail } = await create('Test constraint mapping');
      const caught = async (statement: Promise<unknown>) => {
        try {
          await statement;
        } catch (error) {
          return mapConstraintError(error);
        }
        throw new Error('the statement should have failed');
      };
      const foreignKey = await caught(
        ctx.handle.db
          .insertInto('participations')
          .values({ initiative_id: detail.id, country_code: 'ZZ', role: 'participant' })
          .execute(),
      );
      expect(foreignKey).toMatchObject({ status: 422, code: 'invalid_reference' });
      const unique = await caught(
        ctx.handle.db
          .insertInto('initiatives')
          .values({
            slug: detail.slug,
            title: 'Test clash',
            kind: 'multinational_project',
            status: 'proposed',
          })
          .execute(),
      );
      expect(unique).toMatchObject({ status: 409, code: 'conflict' });
      const check = await caught(
        ctx.handle.db
          .updateTable('initiatives')
          .set({ budget_eur: -1 })
          .where('id', '=', detail.id)
          .execute(),
      );
      expect(check).toMatchObject({ status: 422, code: 'validation_failed' });
    });
  });
});
