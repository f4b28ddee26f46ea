import { initiativeWriteResultSchema, versionConflictSchema } from '@tracker/shared';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { ifMatch, sendJson } from '../fixtures/api-requests';
import { createUserWithSession, jsonHeaders } from '../fixtures/auth';
import { useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const trials = 200;

/** A small payload keeps 400 writes fast; the content differs per writer so the winner shows. */
const payload = (summary: string) => ({
  title: 'Test concurrency record',
  kind: 'multinational_project',
  status: 'proposed',
  summary,
  participants: [{ countryCode: 'DE' }],
});

describeDb('concurrent writes with the same If-Match', () => {
  const ctx = useTestApp();
  let cookies: [string, string];
  let slug: string;
  let initiativeId: string;

  beforeAll(async () => {
    const first = await createUserWithSession(ctx.handle, 'editor');
    const second = await createUserWithSession(ctx.handle, 'admin');
    cookies = [first.cookie, second.cookie];
    const created = await sendJson(ctx.app, 'POST', '/api/initiatives', first, payload('created'));
    expect(created.status).toBe(201);
    const detail = initiativeWriteResultSchema.parse(await created.json());
    slug = detail.slug;
    initiativeId = detail.id;
  });

  const auditRows = async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log
      where entity = 'initiative' and entity_id = ${initiativeId}`.execute(ctx.handle.db);
    return rows[0]?.n ?? 0;
  };

  it(
    `lets exactly one of two writers win, ${trials} times in a row`,
    { timeout: 180_000 },
    async () => {
      const auditBefore = await auditRows();
      let version = 1;
      let successes = 0;
      for (let trial = 0; trial < trials; trial += 1) {
        const summaries = [`trial ${trial} writer A`, `trial ${trial} writer B`] as const;
        const responses = await Promise.all(
          summaries.map(async (summary, index) =>
            ctx.app.request(`/api/initiatives/${slug}`, {
              method: 'PUT',
              headers: jsonHeaders(cookies[index], ifMatch(version)),
              body: JSON.stringify(payload(summary)),
            }),
          ),
        );
        const statuses = responses.map((r) => r.status).sort();
        expect(statuses, `trial ${trial}`).toEqual([200, 412]);
        const winnerIndex = responses.findIndex((r) => r.status === 200);
        const winner = initiativeWriteResultSchema.parse(await responses[winnerIndex]?.json());
        const loser = versionConflictSchema.parse(await responses[1 - winnerIndex]?.json());
        expect(winner.version).toBe(version + 1);
        expect(loser.currentVersion).toBe(version + 1);

        // The stored row is the winner's, at the winner's version.
        const { rows } = await sql<{ summary: string; version: number }>`
        select summary, version from initiatives where id = ${initiativeId}`.execute(ctx.handle.db);
        expect(rows[0]).toEqual({ summary: summaries[winnerIndex], version: version + 1 });
        version += 1;
        successes += 1;
      }
      expect(await auditRows()).toBe(auditBefore + successes);
    },
  );
});
