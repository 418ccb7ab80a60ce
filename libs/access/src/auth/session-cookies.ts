import type { CookieOptions, Request, Response } from 'express';

/** The console's refresh token: httpOnly, so no page script can read it, and only sent to /auth/session. */
export const REFRESH_COOKIE = 'waymark_refresh';
/** Readable by the console's own script, which echoes it in CSRF_HEADER; bound into the refresh token. */
export const CSRF_COOKIE = 'waymark_csrf';
export const CSRF_HEADER = 'x-waymark-csrf';

export function setSessionCookies(res: Response, values: { refreshToken: string; csrf: string; sessionEndsAt: Date }, secure: boolean): void {
  const maxAge = Math.max(0, values.sessionEndsAt.getTime() - Date.now());
  const base: CookieOptions = { sameSite: 'strict', secure, maxAge };
  res.cookie(REFRESH_COOKIE, values.refreshToken, { ...base, httpOnly: true, path: '/auth/session' });
  res.cookie(CSRF_COOKIE, values.csrf, { ...base, httpOnly: false, path: '/' });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(REFRESH_COOKIE, { sameSite: 'strict', secure, httpOnly: true, path: '/auth/session' });
  res.clearCookie(CSRF_COOKIE, { sameSite: 'strict', secure, path: '/' });
}

/** One cookie's value from the request's Cookie header (no cookie-parser needed for two cookies). */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
