import { SESSION_COOKIE_NAMES } from '@matchready/contract';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export interface SessionCookie {
  readonly name: string;
  read(c: Context): string | undefined;
  set(c: Context, token: string, expiresAt: Date): void;
  clear(c: Context): void;
}

/**
 * HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), Path=/; Secure
 * with the __Host- prefix when the public origin is https.
 */
export function createSessionCookie(secure: boolean): SessionCookie {
  const name = secure ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.insecure;
  const base = { httpOnly: true, sameSite: 'Lax', path: '/', secure } as const;
  return {
    name,
    read: (c) => getCookie(c, name) || undefined,
    set: (c, token, expiresAt) =>
      setCookie(c, name, token, {
        ...base,
        expires: expiresAt,
        maxAge: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
      }),
    clear: (c) => {
      deleteCookie(c, name, base);
    },
  };
}
