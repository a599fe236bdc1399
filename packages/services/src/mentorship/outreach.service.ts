import {
  checkOutreach,
  composeOutreach,
  type OutreachConnectionKind,
} from '@matchready/core/mentorship';
import { notFound } from '../shared/app-error.ts';
import type { MentorshipDeps } from './mentorship-support.ts';

export interface ComposeInput {
  readonly mentorId: string;
  readonly trainedAt: string;
  readonly applyingTo: string;
  readonly matchYear?: number | undefined;
  readonly currentlyDoing?: string | undefined;
  readonly connection: { readonly kind: OutreachConnectionKind; readonly detail: string };
  readonly ask: {
    readonly kind: 'call' | 'questions';
    readonly minutes?: 15 | 20 | undefined;
    readonly topic: string;
  };
}

/** The outreach composer and checker of the core, with the mentee's and mentor's names filled in. */
export function createOutreachService(deps: Pick<MentorshipDeps, 'mentorship' | 'users'>) {
  return {
    check: (text: string) => checkOutreach(text),

    async compose(user: { displayName: string }, input: ComposeInput) {
      const [profile, mentor] = await Promise.all([
        deps.mentorship.mentors.find(input.mentorId),
        deps.users.findById(input.mentorId),
      ]);
      if (!profile || !mentor) throw notFound('Mentor');
      const draft = composeOutreach({
        mentee: {
          name: user.displayName,
          trainedAt: input.trainedAt,
          applyingTo: input.applyingTo,
          ...(input.matchYear === undefined ? {} : { matchYear: input.matchYear }),
          ...(input.currentlyDoing === undefined ? {} : { currentlyDoing: input.currentlyDoing }),
        },
        mentor: { name: mentor.displayName },
        connection: input.connection,
        ask: {
          kind: input.ask.kind,
          topic: input.ask.topic,
          ...(input.ask.minutes === undefined ? {} : { minutes: input.ask.minutes }),
        },
      });
      return { ...draft, report: checkOutreach(draft.text) };
    },
  };
}
