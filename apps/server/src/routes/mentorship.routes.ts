import { api, DEMO_MENTOR_NOTICE, MENTORSHIP_NO_PAYMENTS_NOTICE } from '@matchready/contract';
import type { RouteDeps } from './deps.ts';

const notices = { noPaymentsNotice: MENTORSHIP_NO_PAYMENTS_NOTICE, demoNotice: DEMO_MENTOR_NOTICE };

/** Mentorship (issue 9): validate → one service call → the contract's response. */
export function registerMentorshipRoutes({ router, services }: RouteDeps): void {
  const m = services.mentorship;

  router.mount(api.getMyMentorProfile, async ({ auth }) => ({
    profile: await m.mentors.get(auth.user),
  }));
  router.mount(api.putMyMentorProfile, async ({ auth, body }) => ({
    profile: await m.mentors.save(auth.user, body),
  }));
  router.mount(api.setMentorAccepting, ({ auth, body }) =>
    m.mentors.setAccepting(auth.user, body.acceptingRequests),
  );
  router.mount(api.verifyMentor, async ({ auth, params, body }) => {
    await m.mentors.verify(auth.user, params.id, body.verified);
    return { entry: await m.directory.get(auth.user, params.id), ...notices };
  });

  router.mount(api.getMenteePreferences, ({ auth }) => m.mentees.get(auth.user));
  router.mount(api.putMenteePreferences, ({ auth, body }) => m.mentees.save(auth.user, body));
  router.mount(api.createGoal, async ({ auth, body }) => ({
    goal: await m.mentees.createGoal(auth.user, body),
  }));
  router.mount(api.updateGoal, async ({ auth, params, body }) => ({
    goal: await m.mentees.updateGoal(auth.user, params.id, body),
  }));

  router.mount(api.searchMentors, async ({ auth, query }) => ({
    ...(await m.directory.search(auth.user, query)),
    ...notices,
  }));
  router.mount(api.getMentor, async ({ auth, params }) => ({
    entry: await m.directory.get(auth.user, params.id),
    ...notices,
  }));
  router.mount(api.listMentorSlots, ({ auth, params, query }) =>
    m.directory.slots(auth.user, params.id, query.timeZone),
  );

  router.mount(api.reportMentor, async ({ auth, params, body }) => {
    await m.trust.report(auth.user, params.id, body.reason);
    return undefined;
  });
  router.mount(api.blockMentor, async ({ auth, params }) => {
    await m.trust.block(auth.user, params.id);
    return undefined;
  });
  router.mount(api.unblockMentor, async ({ auth, params }) => {
    await m.trust.unblock(auth.user, params.id);
    return undefined;
  });
  router.mount(api.listMentorReports, async () => ({ reports: await m.trust.listReports() }));

  router.mount(api.checkOutreach, ({ body }) => m.outreach.check(body.text));
  router.mount(api.composeOutreach, ({ auth, body }) => m.outreach.compose(auth.user, body));

  router.mount(api.listMentorshipRequests, ({ auth }) => m.requests.list(auth.user));
  router.mount(api.createMentorshipRequest, async ({ auth, body }) => ({
    request: await m.requests.create(auth.user, body),
  }));
  router.mount(api.withdrawMentorshipRequest, async ({ auth, params }) => ({
    request: await m.requests.withdraw(auth.user, params.id),
  }));
  router.mount(api.acceptMentorshipRequest, async ({ auth, params, body }) => ({
    request: await m.requests.accept(auth.user, params.id, body.note),
  }));
  router.mount(api.declineMentorshipRequest, async ({ auth, params, body }) => ({
    request: await m.requests.decline(auth.user, params.id, body.note),
  }));

  router.mount(api.listWaitlist, async ({ auth }) => ({
    entries: await m.requests.listWaitlist(auth.user),
  }));
  router.mount(api.joinWaitlist, async ({ auth, body }) => ({
    entry: await m.requests.joinWaitlist(auth.user, body.mentorId),
  }));
  router.mount(api.leaveWaitlist, async ({ auth, params }) => {
    await m.requests.leaveWaitlist(auth.user, params.id);
    return undefined;
  });

  router.mount(api.listRelationships, ({ auth }) => m.relationships.list(auth.user));
  router.mount(api.getRelationship, ({ auth, params }) =>
    m.relationships.get(auth.user, params.id),
  );
  router.mount(api.updateRelationship, ({ auth, params, body }) =>
    m.relationships.update(auth.user, params.id, body),
  );
  router.mount(api.endRelationship, ({ auth, params, body }) =>
    m.relationships.end(auth.user, params.id, body.exitNote),
  );
  router.mount(api.createMeeting, async ({ auth, params, body }) =>
    m.relationships.createMeeting(auth.user, params.id, body),
  );
  router.mount(api.updateMeeting, async ({ auth, params, body }) =>
    m.relationships.updateMeeting(auth.user, params.id, body),
  );
  router.mount(api.createActionItem, async ({ auth, params, body }) => ({
    actionItem: await m.relationships.createActionItem(auth.user, params.id, body),
  }));
  router.mount(api.updateActionItem, async ({ auth, params, body }) => ({
    actionItem: await m.relationships.updateActionItem(auth.user, params.id, body),
  }));
  router.mount(api.createMilestone, async ({ auth, params, body }) => ({
    milestone: await m.relationships.createMilestone(auth.user, params.id, body),
  }));
  router.mount(api.updateMilestone, async ({ auth, params, body }) => ({
    milestone: await m.relationships.updateMilestone(auth.user, params.id, body),
  }));

  router.mount(api.shareAttempt, async ({ auth, params, body }) => ({
    share: await m.sharing.share(auth.user, params.id, body.attemptId),
  }));
  router.mount(api.revokeShare, async ({ auth, params }) => ({
    share: await m.sharing.revoke(auth.user, params.id),
  }));
  router.mount(api.getSharedAttempt, ({ auth, params }) => m.sharing.get(auth.user, params.id));
  router.mount(api.commentOnShare, async ({ auth, params, body }) => ({
    comment: await m.sharing.comment(auth.user, params.id, body.text),
  }));
}
