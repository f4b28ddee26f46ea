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

  it('reads the sign-in settings: secure cookie mode, read requires sign-in, proxy trust', () => {
    expect(readEnv({})).toMatchObject({
      COOKIE_SECURE: 'auto',
      READ_REQUIRES_SIGN_IN: false,
      TRUST_PROXY: false,
    });
    expect(
      readEnv({ COOKIE_SECURE: 'false', READ_REQUIRES_SIGN_IN: 'true', TRUST_PROXY: '1' }),
    ).toMatchObject({ COOKIE_SECURE: false, READ_REQUIRES_SIGN_IN: true, TRUST_PROXY: true });
    expect(readEnv({ COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
    expect(() => readEnv({ COOKIE_SECURE: 'yes', READ_REQUIRES_SIGN_IN: 'maybe' })).toThrow(
      /COOKIE_SECURE: must be auto, true or false\n.*READ_REQUIRES_SIGN_IN: must be true or false/,
    );
  });

  it('stops with the name of each bad variable', () => {
    expect(() => readEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: .*\n.*DATABASE_URL: must be a postgres/,
    );
  });
});
