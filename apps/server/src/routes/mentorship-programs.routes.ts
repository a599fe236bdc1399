import { api } from '@matchready/contract';
import {
  nothingImported,
  parsePeopleCsv,
  peopleTemplateFile,
  programPairsFile,
} from '@matchready/contract/files';
import {
  AppError,
  invalidInput,
  invitationStatus,
  type PeopleImport,
  type ProgramParticipant,
} from '@matchready/services';
import type { RouteDeps } from './deps.ts';

/** People files are capped at 5 MB of text (10,000 rows fit easily). */
const MAX_PEOPLE_FILE_BYTES = 5 * 1024 * 1024;

/** A people file: every row checked here (all or nothing), then added by the service. */
function peopleFromUpload(role: 'mentor' | 'mentee', content: string): PeopleImport {
  if (Buffer.byteLength(content, 'utf8') > MAX_PEOPLE_FILE_BYTES)
    throw new AppError('payload-too-large', 'People files are limited to 5 MB');
  const file = parsePeopleCsv(role, content);
  if (!file.ok) throw invalidInput(nothingImported(file.total), [...file.issues]);
  return file;
}

/** A person as the admin sees them: with their invitation state, without the account id. */
const withoutProgram = <T extends ProgramParticipant>({
  programId: _p,
  position: _n,
  createdAt: _c,
  role: _r,
  userId: _u,
  ...person
}: T) => ({ ...person, status: invitationStatus({ userId: _u, invitedAt: person.invitedAt }) });

export function registerMentorshipProgramRoutes({ router, services }: RouteDeps): void {
  const programs = services.mentorshipPrograms;
  const drafts = services.programDrafts;
  const stripProgram = <P extends { organisationId: string }>({ organisationId: _o, ...p }: P) => p;

  router.mount(api.listMentorshipPrograms, async ({ auth }) => ({
    programs: (await programs.list(auth.user)).map(stripProgram),
  }));
  router.mount(api.createMentorshipProgram, async ({ auth, body }) => ({
    program: stripProgram(await programs.create(auth.user, body)),
  }));
  router.mount(api.getMentorshipProgram, async ({ auth, params }) => ({
    program: stripProgram(await programs.get(auth.user, params.id)),
  }));
  router.mount(api.updateMentorshipProgram, async ({ auth, params, body }) => ({
    program: stripProgram(await programs.update(auth.user, params.id, body)),
  }));

  router.mount(api.importProgramPeople, async ({ auth, params, body }) => {
    // The program is checked first, so another organisation's id is a 404 even with a bad file.
    await programs.get(auth.user, params.id);
    return programs.importPeople(auth.user, params.id, peopleFromUpload(body.role, body.content));
  });
  router.mount(api.listProgramPeople, async ({ auth, params }) => {
    const { mentors, mentees } = await programs.people(auth.user, params.id);
    return { mentors: mentors.map(withoutProgram), mentees: mentees.map(withoutProgram) };
  });

  router.mount(api.listProgramRules, async ({ auth, params }) => ({
    rules: await programs.rules(auth.user, params.id),
  }));
  router.mount(api.addProgramRule, async ({ auth, params, body }) => ({
    rules: await programs.addRule(auth.user, params.id, body),
  }));
  router.mount(api.removeProgramRule, async ({ auth, params }) => {
    await programs.removeRule(auth.user, params.id, params);
    return undefined;
  });

  router.mount(api.solveMentorshipProgram, async ({ auth, params }) => ({
    draft: await drafts.solve(auth.user, params.id),
  }));
  router.mount(api.listProgramDrafts, async ({ auth, params }) => ({
    drafts: await drafts.list(auth.user, params.id),
  }));
  router.mount(api.getProgramDraft, async ({ auth, params }) => ({
    draft: await drafts.review(auth.user, params.id, params.draftId),
  }));
  router.mount(api.swapProgramPair, async ({ auth, params, body }) => ({
    draft: await drafts.swap(auth.user, params.id, params.draftId, body),
  }));
  router.mount(api.diffProgramDrafts, ({ auth, params, query }) =>
    drafts.diff(auth.user, params.id, params.draftId, query.against),
  );
  router.mount(api.publishProgramDraft, ({ auth, params }) =>
    drafts.publish(auth.user, params.id, params.draftId),
  );

  router.mount(api.getProgramReport, ({ auth, params }) => programs.report(auth.user, params.id));
  router.mount(api.exportProgramPairs, async ({ auth, params }) => {
    const { program, rows } = await programs.exportPairs(auth.user, params.id);
    return programPairsFile(program, rows, new Date().toISOString());
  });
  router.mount(api.programPeopleTemplate, ({ params }) => peopleTemplateFile(params.role));
}
