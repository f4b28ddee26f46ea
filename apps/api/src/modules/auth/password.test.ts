import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  isCommonPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from './password';

describe('passwords', () => {
  it('hashes with argon2id at OWASP parameters and verifies only the same password', async () => {
    const hash = await hashPassword('tangerine lantern orbit');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'tangerine lantern orbit')).toBe(true);
    expect(await verifyPassword(hash, 'tangerine lantern orbiT')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });

  it.each([
    ['123qweasdzxc', true],
    ['QWERTY123456', true],
    ['password1234!', true],
    ['!!2024dragon!!', true],
    ['abcabcabcabc', true],
    ['zzzzzzzzzzzz', true],
    ['seven quiet herons over the fjord', false],
    ['violet anchor meadow', false],
    ['x7#Lq9!vR2@m', false],
  ])('%s is common: %s', (password, common) => {
    expect(isCommonPassword(password)).toBe(common);
  });
});

describe('needsRehash', () => {
  it('asks for a new hash when the stored one is weaker than today or not argon2id', async () => {
    expect(needsRehash(await hashPassword('tangerine lantern orbit'))).toBe(false);
    const weak = await hash('tangerine lantern orbit', { memoryCost: 4096, timeCost: 1 });
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash('$2b$12$abcdefghijklmnopqrstuv')).toBe(true);
  });
});
