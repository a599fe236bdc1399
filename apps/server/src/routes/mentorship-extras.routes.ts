import { api, type ProfileSharesResponse, profileSharesResponseSchema } from '@matchready/contract';
import type { ProfileSharesView } from '@matchready/services';
import { meetingCalendar } from '../calendar/meeting-ics.ts';
import type { RouteDeps } from './deps.ts';

/**
 * Services keep state codes as plain strings (checked on the way in), so the view is narrowed by
 * the contract's strict schema, which also refuses any key that is not a shareable field.
 */
const shares = (view: ProfileSharesView): ProfileSharesResponse =>
  profileSharesResponseSchema.parse(view);

/** Issue 9 remainder (decision 048): profile field shares and meeting invites. */
export function registerMentorshipExtrasRoutes({ router, services }: RouteDeps): void {
  const m = services.mentorship;

  router.mount(api.getProfileShares, async ({ auth, params }) =>
    shares(await m.profileSharing.get(auth.user, params.id)),
  );
  router.mount(api.putProfileShares, async ({ auth, params, body }) =>
    shares(await m.profileSharing.replace(auth.user, params.id, body.fields)),
  );
  router.mount(api.downloadMeetingCalendar, async ({ auth, params }) =>
    meetingCalendar(await m.invites.get(auth.user, params.id)),
  );
}
