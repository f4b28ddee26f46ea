import { describe, expect, it } from 'vitest';
import {
  createUserInputSchema,
  loginInputSchema,
  passwordSchema,
  updateUserInputSchema,
} from './auth';

describe('auth schemas', () => {
  it('passwords: 12 to 128 characters of anything, no composition rules', () => {
    expect(passwordSchema.safeParse('a'.repeat(11)).error?.issues[0]?.message).toBe(
      'Use at least 12 characters',
    );
    expect(passwordSchema.safeParse('all lower case words').success).toBe(true);
    expect(passwordSchema.safeParse('ünïcödé pässwörd ✓').success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(128)).success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(129)).error?.issues[0]?.message).toBe(
      'Use at most 128 characters',
    );
  });

  it('emails are trimmed and lower-cased, and must look like an email', () => {
    expect(loginInputSchema.parse({ email: ' Ada@Example.ORG ', password: 'x' }).email).toBe(
      'ada@example.org',
    );
    const result = loginInputSchema.safeParse({ email: 'ada', password: '' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['email', 'Enter a valid email address'],
      ['password', 'Enter your password'],
    ]);
  });

  it('a new user needs an email, a name, a known role and a valid password', () => {
    const result = createUserInputSchema.safeParse({
      email: 'x@example.org',
      name: ' ',
      role: 'root',
      password: 'short',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'name',
      'password',
      'role',
    ]);
  });

  it('an update changes at least one known field', () => {
    expect(updateUserInputSchema.safeParse({}).success).toBe(false);
    expect(updateUserInputSchema.safeParse({ password: 'new one' }).success).toBe(false);
    expect(updateUserInputSchema.parse({ disabled: true })).toEqual({ disabled: true });
    expect(updateUserInputSchema.safeParse({ role: 'editor', name: 'Ada' }).success).toBe(true);
  });
});
