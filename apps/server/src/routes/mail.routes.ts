import { api } from '@matchready/contract';
import type { OutboxMessage } from '@matchready/services';
import type { RouteDeps } from './deps.ts';

export interface MailRouteOptions {
  /** True when mail goes to an SMTP server (the outbox then stays empty). */
  readonly smtp: boolean;
  /** Demo mode: with no SMTP server, anyone may read an address's outbox (decision 030). */
  readonly demo: boolean;
}

const message = ({ html: _h, ...rest }: OutboxMessage) => rest;

export function registerMailRoutes(
  { router, services, clientAddress }: RouteDeps,
  options: MailRouteOptions,
): void {
  router.mount(api.requestPasswordReset, async ({ c, body }) => {
    await services.passwordReset.request({ email: body.email, client: clientAddress(c) });
    return undefined;
  });

  router.mount(api.confirmPasswordReset, async ({ c, body }) => {
    await services.passwordReset.confirm({ ...body, client: clientAddress(c) });
    return undefined;
  });

  router.mount(api.listOutbox, async ({ auth }) => ({
    delivery: options.smtp ? ('smtp' as const) : ('outbox' as const),
    messages: (await services.outbox.listMine(auth.user)).map(message),
  }));

  router.mount(api.listDemoOutbox, async ({ query }) => {
    const enabled = options.demo && !options.smtp;
    if (!enabled || query.to === undefined) return { enabled, messages: [] };
    return { enabled, messages: (await services.outbox.listForAddress(query.to)).map(message) };
  });
}
