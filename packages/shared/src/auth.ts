import { z } from 'zod';

/** viewer reads (also when reading requires sign-in), editor writes initiatives, admin also manages users. */
export const roles = ['viewer', 'editor', 'admin'] as const;
export const roleSchema = z.enum(roles, { error: 'Choose a role: viewer, editor or admin' });
export type Role = z.infer<typeof roleSchema>;

export const passwordMinLength = 12;
export const passwordMaxLength = 128;

/**
 * Length only, no composition rules (ASVS 2.1.1, 2.1.2, 2.1.9; NIST 800-63B). The common-password
 * check runs on the server, which holds the list.
 */
export const passwordSchema = z
  .string({ error: 'Enter a password' })
  .min(passwordMinLength, `Use at least ${passwordMinLength} characters`)
  .max(passwordMaxLength, `Use at most ${passwordMaxLength} characters`);

/** Emails are compared case-insensitively: stored and looked up in lower case. */
export const emailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address' }).max(254, 'Use at most 254 characters'));

export const loginInputSchema = z.object({
  email: emailSchema,
  // Sign-in does not apply the length rule: an old or wrong password just fails to match.
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(passwordMaxLength, `Use at most ${passwordMaxLength} characters`),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** ASVS 2.1.5–2.1.6: a signed-in user changes their own password, giving the current one. */
export const changePasswordInputSchema = z.object({
  currentPassword: z
    .string({ error: 'Enter your current password' })
    .min(1, 'Enter your current password')
    .max(passwordMaxLength, `Use at most ${passwordMaxLength} characters`),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** GET /api/auth/session: always 200; `user` is null when signed out. */
export const sessionSchema = z.object({
  user: sessionUserSchema.nullable(),
  readRequiresSignIn: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

const userNameSchema = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, 'Enter a name')
  .max(200, 'Use at most 200 characters');

export const createUserInputSchema = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean({ error: 'Must be true or false' }).optional(),
    name: userNameSchema.optional(),
  })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: 'Change at least one of role, disabled or name',
  });
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  /** ISO timestamps; null when never happened. */
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;
