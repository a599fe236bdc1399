import { findQuestion } from '@matchready/core/interview';
import type { User } from '../account/account-domain.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { ShareRecord } from './mentorship-domain.ts';
import {
  createPeople,
  type MentorshipDeps,
  notify,
  relationshipOf,
  requireActive,
  touchMentor,
} from './mentorship-support.ts';
import type { SharedAttemptView } from './mentorship-views.ts';
import { shareView } from './relationship-view.ts';

/**
 * Mentor review of practice answers (decision 026): the mentee shares one attempt at a time
 * with one mentor; the mentor reads it and comments only while it is shared. Revoking keeps the
 * record of the share. Nothing else of the mentee is ever read here.
 */
export function createAttemptSharingService(deps: MentorshipDeps) {
  const { mentorship, clock, ids } = deps;

  /** The share when the user may see it: the mentee always, the mentor while not revoked. */
  async function visibleShare(user: User, shareId: string) {
    const share = await mentorship.shares.findById(shareId);
    if (!share) throw notFound('Shared attempt');
    const { relationship, side } = await relationshipOf(deps, user, share.relationshipId).catch(
      () => {
        throw notFound('Shared attempt');
      },
    );
    if (side === 'mentor' && share.revokedAt !== null) throw notFound('Shared attempt');
    return { share, relationship, side };
  }

  return {
    async share(user: User, relationshipId: string, attemptId: string) {
      const { relationship, side } = await relationshipOf(deps, user, relationshipId);
      if (side !== 'mentee') throw notFound('Relationship');
      requireActive(relationship);
      const attempt = await deps.interviewAttempts.findById(attemptId);
      if (!attempt || attempt.userId !== user.id) throw notFound('Attempt');
      const existing = await mentorship.shares.listByRelationship(relationshipId);
      if (existing.some((s) => s.attemptId === attemptId && s.revokedAt === null))
        throw new AppError('conflict', 'This attempt is already shared with this mentor');
      const share: ShareRecord = {
        id: ids.newId(),
        relationshipId,
        attemptId,
        createdAt: clock.now().toISOString(),
        revokedAt: null,
      };
      await mentorship.shares.create(share);
      await notify(deps, relationship.mentorId, {
        kind: 'mentorship-share',
        subject: `${user.displayName} shared a practice answer with you`,
        text: `${user.displayName} would like your comments on an interview practice answer.`,
      });
      return shareView(deps, share);
    },

    async revoke(user: User, shareId: string) {
      const { share, side } = await visibleShare(user, shareId);
      if (side !== 'mentee') throw notFound('Shared attempt');
      const revoked = share.revokedAt ? share : { ...share, revokedAt: clock.now().toISOString() };
      if (!share.revokedAt) await mentorship.shares.update(revoked);
      return shareView(deps, revoked);
    },

    async get(user: User, shareId: string): Promise<SharedAttemptView> {
      const { share } = await visibleShare(user, shareId);
      const attempt = await deps.interviewAttempts.findById(share.attemptId);
      if (!attempt) throw notFound('Shared attempt');
      const people = createPeople(deps.users);
      const comments = await mentorship.comments.listByShare(share.id);
      return {
        share: await shareView(deps, share),
        relationshipId: share.relationshipId,
        attempt: {
          questionId: attempt.questionId,
          questionPrompt: findQuestion(attempt.questionId)?.prompt ?? attempt.questionId,
          answer: attempt.answer,
          speakingSeconds: attempt.speakingSeconds,
          report: attempt.report,
          createdAt: attempt.createdAt,
        },
        comments: await Promise.all(
          comments.map(async (c) => ({
            id: c.id,
            author: await people.person(c.authorId),
            text: c.text,
            createdAt: c.createdAt,
          })),
        ),
      };
    },

    async comment(user: User, shareId: string, text: string) {
      const { share, relationship, side } = await visibleShare(user, shareId);
      if (share.revokedAt !== null)
        throw new AppError('conflict', 'This attempt is no longer shared');
      const comment = {
        id: ids.newId(),
        shareId: share.id,
        authorId: user.id,
        text,
        createdAt: clock.now().toISOString(),
      };
      await mentorship.comments.create(comment);
      if (side === 'mentor') await touchMentor(deps, user.id);
      await notify(deps, side === 'mentee' ? relationship.mentorId : relationship.menteeId, {
        kind: 'mentorship-comment',
        subject: `${user.displayName} commented on a shared practice answer`,
        text,
      });
      return {
        id: comment.id,
        author: await createPeople(deps.users).person(user.id),
        text,
        createdAt: comment.createdAt,
      };
    },
  };
}
