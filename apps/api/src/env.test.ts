import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('defaults to the embedded database on port 3000', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', SEED_ON_START: 'auto' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.WEB_DIST).toMatch(/apps\/web\/dist$/);
  });

  it('treats an empty DATABASE_URL as unset and accepts a postgres URL', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(readEnv({ DATABASE_URL: 'postgres://u@db:5432/tracker' }).DATABASE_URL).toBe(
      'postgres://u@db:5432/tracker',
    );
  });

  it('stops with the name of each bad variable', () => {
    expect(() => readEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: .*\n.*DATABASE_URL: must be a postgres/,
    );
  });
});
