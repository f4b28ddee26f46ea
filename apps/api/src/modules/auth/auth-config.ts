/** How the app signs people in; the entry file reads it from the environment, tests set it. */
export interface AuthConfig {
  /**
   * `auto`: a `Secure`, `__Host-` prefixed cookie when the request came over HTTPS, a plain one
   * over local HTTP; `true`/`false` force it.
   */
  cookieSecure: 'auto' | boolean;
  /** When true every GET under /api except /api/auth/* answers 401 to anyone signed out. */
  readRequiresSignIn: boolean;
  /**
   * Behind a reverse proxy: take the client address from the last X-Forwarded-For entry and the
   * scheme and host from X-Forwarded-Proto / X-Forwarded-Host.
   */
  trustProxy: boolean;
  /** The clock for session expiry and throttling windows (tests move it forward). */
  now: () => Date;
}

export const defaultAuthConfig: AuthConfig = {
  cookieSecure: 'auto',
  readRequiresSignIn: false,
  trustProxy: false,
  now: () => new Date(),
};

/** ASVS 3.3.2 (L2): re-authenticate after 30 min idle and after 8 h in any case. */
export const sessionIdleTimeoutMs = 30 * 60 * 1000;
export const sessionAbsoluteTimeoutMs = 8 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
export const sessionTouchIntervalMs = 60 * 1000;

/** ASVS 2.2.1: at most this many failed sign-ins per account and per address in the window. */
export const loginFailureLimit = 10;
export const loginFailureWindowMs = 15 * 60 * 1000;
