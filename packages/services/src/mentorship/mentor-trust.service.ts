import type { User } from '../account/account-domain.ts';
import { notFound } from '../shared/app-error.ts';
import { createPeople, type MentorshipDeps } from './mentorship-support.ts';

/** Reports and blocks by mentees; site admins read the reports. */
export function createMentorTrustService(deps: MentorshipDeps) {
  const { mentorship, clock, ids } = deps;

  async function mentorExists(mentorId: string) {
    if (!(await mentorship.mentors.find(mentorId))) throw notFound('Mentor');
  }

  return {
    async report(user: User, mentorId: string, reason: string): Promise<void> {
      await mentorExists(mentorId);
      await mentorship.trust.addReport({
        id: ids.newId(),
        mentorId,
        reporterId: user.id,
        reason,
        createdAt: clock.now().toISOString(),
      });
    },

    /** Blocking withdraws the mentee's open requests to that mentor and leaves their waitlist. */
    async block(user: User, mentorId: string): Promise<void> {
      await mentorExists(mentorId);
      const now = clock.now().toISOString();
      await mentorship.trust.block(user.id, mentorId, now);
      for (const request of await mentorship.requests.listByMentee(user.id))
        if (request.mentorId === mentorId && request.status === 'pending')
          await mentorship.requests.close(request.id, 'withdrawn', null, now);
      for (const entry of await mentorship.waitlist.listByMentee(user.id))
        if (entry.mentorId === mentorId) await mentorship.waitlist.remove(entry.id);
    },

    async unblock(user: User, mentorId: string): Promise<void> {
      await mentorExists(mentorId);
      await mentorship.trust.unblock(user.id, mentorId);
    },

    async listReports() {
      const people = createPeople(deps.users);
      const reports = await mentorship.trust.listReports();
      return Promise.all(
        reports.map(async (r) => ({
          id: r.id,
          mentor: await people.person(r.mentorId),
          reporter: await people.person(r.reporterId),
          reason: r.reason,
          createdAt: r.createdAt,
        })),
      );
    },
  };
}
