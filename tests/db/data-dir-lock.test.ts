import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, DataDirLockedError } from '@tracker/db';
import { afterAll, describe, expect, it } from 'vitest';
import { backend } from '../fixtures/test-db';

// The embedded database only: a PostgreSQL server handles its own concurrency.
describe.skipIf(backend !== 'pglite')('the embedded database directory', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tracker-lock-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second opener with a message that says what to do', async () => {
    // A lock held by a live process (our parent, which certainly exists) blocks us.
    writeFileSync(path.join(dataDir, 'tracker.lock'), String(process.ppid));
    const second = createDb({ kind: 'pglite', dataDir });
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toThrow(/already open in process .*DATA_DIR/);
  });

  it('takes over a lock left by a process that is gone, and releases it on close', async () => {
    writeFileSync(path.join(dataDir, 'tracker.lock'), '999999999');
    const handle = await createDb({ kind: 'pglite', dataDir });
    await expect(createDb({ kind: 'pglite', dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    await handle.close();
    const reopened = await createDb({ kind: 'pglite', dataDir });
    await reopened.close();
  });
});
