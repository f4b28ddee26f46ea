import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits (ASVS 3.2.2 asks for ≥ 128), base64url in the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of the token: its SHA-256, in hex. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as newSessionToken makes it; anything else is not looked up at all. */
export const sessionTokenPattern = /^[A-Za-z0-9_-]{43}$/;
