import type { ApplicantProfile, ProfileRepository } from '@matchready/services';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ApplicantProfilesTable, Database } from './schema.ts';

type Row = Selectable<ApplicantProfilesTable>;
type Enum<K extends keyof ApplicantProfile> = ApplicantProfile[K];

const toRow = (userId: string, p: ApplicantProfile): Insertable<ApplicantProfilesTable> => ({
  user_id: userId,
  country_of_training: p.countryOfTraining,
  medical_school: p.medicalSchool,
  graduation_year: p.graduationYear,
  applicant_type: p.applicantType,
  step1: p.step1,
  step1_attempts: p.step1Attempts,
  step2_score: p.step2Score,
  step2_attempts: p.step2Attempts,
  step3: p.step3,
  ecfmg_status: p.ecfmgStatus,
  pathway: p.pathway,
  oet_status: p.oetStatus,
  visa_need: p.visaNeed,
  usce_months: p.usceMonths,
  research_items: p.researchItems,
  specialties: JSON.stringify(p.specialties),
  preferred_states: JSON.stringify(p.preferredStates),
  is_demo: p.isDemo ? 1 : 0,
  updated_at: p.updatedAt,
});

const toProfile = (row: Row): ApplicantProfile => ({
  countryOfTraining: row.country_of_training,
  medicalSchool: row.medical_school,
  graduationYear: row.graduation_year,
  applicantType: row.applicant_type as Enum<'applicantType'>,
  step1: row.step1 as Enum<'step1'>,
  step1Attempts: row.step1_attempts,
  step2Score: row.step2_score,
  step2Attempts: row.step2_attempts,
  step3: row.step3 as Enum<'step3'>,
  ecfmgStatus: row.ecfmg_status as Enum<'ecfmgStatus'>,
  pathway: row.pathway as Enum<'pathway'>,
  oetStatus: row.oet_status as Enum<'oetStatus'>,
  visaNeed: row.visa_need as Enum<'visaNeed'>,
  usceMonths: row.usce_months,
  researchItems: row.research_items,
  specialties: JSON.parse(row.specialties) as string[],
  preferredStates: JSON.parse(row.preferred_states) as string[],
  isDemo: Number(row.is_demo) === 1,
  updatedAt: row.updated_at,
});

export function createProfileRepository(db: Kysely<Database>): ProfileRepository {
  return {
    async find(userId) {
      const row = await db
        .selectFrom('applicant_profiles')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row ? toProfile(row) : null;
    },

    async save(userId, profile) {
      const row = toRow(userId, profile);
      const { user_id: _id, ...changes } = row;
      await db
        .insertInto('applicant_profiles')
        .values(row)
        .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
        .execute();
    },
  };
}
