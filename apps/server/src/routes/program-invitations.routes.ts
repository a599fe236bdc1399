import { api } from '@matchready/contract';
import type { ProgramParticipant } from '@matchready/services';
import type { RouteDeps } from './deps.ts';

/** A program person as the person sees it (no program bookkeeping, no account id). */
const ownView = ({
  programId: _p,
  position: _n,
  createdAt: _c,
  userId: _u,
  invitedAt: _i,
  ...person
}: ProgramParticipant) => person;

/** Invitations by email, "My program details" and the pulse survey (decisions 046, 047). */
export function registerProgramInvitationRoutes({ router, services }: RouteDeps): void {
  const invitations = services.programInvitations;
  const participants = services.programParticipants;

  router.mount(api.inviteProgramPeople, ({ auth, params, body }) =>
    invitations.invite(auth.user, params.id, body),
  );
  router.mount(api.addProgramPerson, ({ auth, params, body }) =>
    invitations.addPerson(auth.user, params.id, body),
  );
  router.mount(api.previewProgramInvitation, ({ auth, body }) =>
    invitations.preview(auth.user, body.token),
  );
  router.mount(api.acceptProgramInvitation, ({ auth, body }) =>
    invitations.accept(auth.user, body.token),
  );
  router.mount(api.listMyMentorshipPrograms, async ({ auth }) => ({
    programs: (await participants.list(auth.user)).map((p) => ({
      ...p,
      person: ownView(p.person),
    })),
  }));
  router.mount(api.updateMyProgramDetails, async ({ auth, params, body }) => ({
    person: ownView(await participants.editDetails(auth.user, params.id, body)),
  }));
  router.mount(api.answerProgramPulse, ({ auth, params, body }) =>
    participants.answerPulse(auth.user, params.id, body),
  );
}
