import { hash, parseOptions, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * OWASP Password Storage Cheat Sheet's first argon2id configuration: 19 MiB, 2 passes, 1 lane.
 * @node-rs/argon2 defaults to argon2id; the parameters are spelled out so a library default
 * change cannot weaken them silently.
 */
export const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The one place passwords are hashed (the API and the user:create CLI both call it). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/** Constant-time comparison inside argon2; a malformed stored hash counts as a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash is not argon2id v1.3 or is weaker than today's parameters: rehash at sign-in. */
export function needsRehash(passwordHash: string): boolean {
  if (!passwordHash.startsWith('$argon2id$v=19$')) return true;
  try {
    const options = parseOptions(passwordHash);
    return (
      options.memoryCost < argon2Options.memoryCost || options.timeCost < argon2Options.timeCost
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the account does not exist, so the answer's timing
 * does not tell an attacker which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that never matches a real account');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** zxcvbn's list of the ~49,000 most common passwords, lower-cased. */
const commonPasswords = new Set(
  dictionary['passwords-common'].map((password) => password.toLowerCase()),
);

/**
 * True when the password is a common one (ASVS 2.1.7): as listed, repeated ("passwordpassword"),
 * or a listed one padded with digits and symbols to reach the length ("password1234!").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  for (let size = 1; size <= lower.length / 2; size += 1) {
    if (lower.length % size === 0 && lower.slice(0, size).repeat(lower.length / size) === lower)
      return true;
  }
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  return core.length >= 4 && core !== lower && commonPasswords.has(core);
}
