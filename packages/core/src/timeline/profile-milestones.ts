// Milestones that follow from the applicant's situation: USMLE Steps and ECFMG requirements by the
// rank order list deadline (IMGs), Step 3 when the visa plan is H-1B. O(1).
import type { ProfileMilestoneId } from '../vocabulary/timeline.ts';
import { formatLongDate } from './calendar-date.ts';
import { hasPassed, isImg, needsStep3ForH1b, type TimelineProfile } from './profile.ts';
import type { SeasonCalendar } from './season-rules.ts';
import { sourceRef, type TimelineSourceId } from './sources.ts';
import type { DraftMilestone } from './status.ts';

type Draft = DraftMilestone & { readonly id: ProfileMilestoneId };

function attemptsNote(p: TimelineProfile): string {
  if (p.failedAttempts <= 0) return '';
  const n = p.failedAttempts === 1 ? 'one failed attempt' : `${p.failedAttempts} failed attempts`;
  return ` You reported ${n}: programs see every attempt, so be ready to talk about it.`;
}

/** The profile's milestones, all due at the rank order list deadline, in dependency order. */
export function profileMilestones(cal: SeasonCalendar, p: TimelineProfile): Draft[] {
  const rol = cal.dates.rolDeadline;
  const byRol = formatLongDate(rol.date);
  const img = isImg(p);
  const step3 = needsStep3ForH1b(p);
  const at = (
    id: ProfileMilestoneId,
    fields: Omit<Draft, 'id' | 'due' | 'kind' | 'derived' | 'rule' | 'source'> & {
      readonly source: TimelineSourceId;
    },
  ): Draft => ({
    ...fields,
    id,
    due: rol.date,
    kind: 'action',
    derived: rol.derived,
    rule: rol.derived ? `Due at the rank order list deadline. ${rol.rule ?? ''}`.trim() : null,
    source: sourceRef(fields.source),
  });
  const out: Draft[] = [];
  // For US graduates the Steps are their school's business, unless Step 3 (H-1B) waits on them.
  if (!img && !step3) return out;
  const why = img
    ? `ECFMG must report your Step 1 and Step 2 CK passes to the NRMP by ${byRol}, or the NRMP ` +
      'withdraws you from the Match.'
    : 'Step 3 for an H-1B can only be taken once Steps 1 and 2 CK are passed.';
  const examSource: TimelineSourceId = img ? 'ecfmg-pathways-2023' : 'usmle-step3-eligibility';
  out.push(
    at('step1', {
      title: 'USMLE Step 1 passed',
      category: 'exam',
      dependsOn: [],
      detail: `${why}${attemptsNote(p)}`,
      done: hasPassed(p.step1),
      source: examSource,
    }),
    at('step2ck', {
      title: 'USMLE Step 2 CK passed',
      category: 'exam',
      dependsOn: [],
      detail:
        `${why} Programs screen on the Step 2 CK score, so aim to have it before you submit ERAS ` +
        `(${formatLongDate(cal.dates.erasProgramsReview.date)}).`,
      done: hasPassed(p.step2),
      source: examSource,
    }),
  );
  if (img) {
    const certified = p.ecfmg === 'certified';
    const pathwayNeeded = !certified && p.pathway !== 'not-needed';
    if (pathwayNeeded) {
      out.push(
        at('ecfmg-pathway', {
          title: 'ECFMG clinical and communication skills: a Pathway and OET Medicine',
          category: 'ecfmg',
          dependsOn: [],
          detail:
            'Complete one of the ECFMG Pathways and reach the required OET Medicine score in time ' +
            `for ECFMG to report you to the NRMP by ${byRol}. ECFMG sets its own, earlier ` +
            'application deadline each year: check it when the Pathways open (the 2026 ' +
            'Pathways opened 19 August 2025).',
          done: p.pathway === 'completed' && p.oet !== 'not-taken',
          source: 'ecfmg-pathways-2026',
        }),
      );
    }
    const partsDone =
      hasPassed(p.step1) && hasPassed(p.step2) && (!pathwayNeeded || p.pathway === 'completed');
    out.push(
      at('ecfmg-requirements', {
        title: 'ECFMG requirements met for the Match',
        category: 'ecfmg',
        dependsOn: pathwayNeeded ? ['step1', 'step2ck', 'ecfmg-pathway'] : ['step1', 'step2ck'],
        detail:
          'To take part in the Match, ECFMG must confirm your Step 1 and Step 2 CK passes and your ' +
          `clinical and communication skills requirement by ${byRol}. ECFMG reports to the NRMP ` +
          'weekly, so do not leave it to the last week.',
        done: certified || partsDone,
        source: 'ecfmg-pathways-2023',
      }),
    );
  }
  if (step3) {
    out.push(
      at('step3-h1b', {
        title: 'USMLE Step 3 passed (needed for an H-1B)',
        category: 'exam',
        dependsOn: img ? ['step1', 'step2ck', 'ecfmg-requirements'] : ['step1', 'step2ck'],
        detail:
          'An H-1B for residency needs Steps 1, 2 and 3 passed before the program files the ' +
          'petition, and programs that sponsor H-1Bs often want the Step 3 result before they ' +
          'rank. Step 3 needs your medical degree, Steps 1 and 2 CK' +
          (img ? ' and the ECFMG certificate' : '') +
          ', so book it early and ask each program for its own deadline.' +
          (p.step3 === 'failed' ? ' You reported a failed attempt: plan the retake now.' : ''),
        done: false,
        source: 'visalaw-h1b-step3',
      }),
    );
  }
  return out;
}
