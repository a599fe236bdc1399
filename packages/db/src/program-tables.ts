/**
 * Table types of the program features (migration 0003-programs). Portable: text ids, ISO-8601
 * text timestamps, booleans as 0/1 integers (null = not reported), JSON as text.
 */
export interface ProgramImportsTable {
  id: string;
  dataset: string;
  /** csv | json | generated */
  format: string;
  filename: string | null;
  synthetic: number;
  programs: number;
  replaced: number;
  /** Null for the start-up sample and CLI imports; set null when the account is deleted. */
  imported_by: string | null;
  created_at: string;
}

/** The shared catalogue: one row per program id (an import replaces rows with the same id). */
export interface ProgramsTable {
  id: string;
  name: string;
  specialty: string;
  institution: string | null;
  track: string | null;
  state: string | null;
  region: string | null;
  city: string | null;
  affiliation: string | null;
  positions: number | null;
  img_share: number | null;
  accepts_imgs: number | null;
  j1: number | null;
  h1b: number | null;
  min_step2: number | null;
  yog_cutoff: number | null;
  max_attempts: number | null;
  usce_required: number | null;
  signals: number | null;
  application_deadline: string | null;
  interview_invitations: string | null;
  website: string | null;
  synthetic: number;
  typical_step2: number | null;
  step2_p10: number | null;
  step2_p90: number | null;
  dataset: string;
  import_id: string;
  imported_by: string | null;
  updated_at: string;
}

export interface ProgramListsTable {
  user_id: string;
  /** ProgramNote[] JSON. */
  entries: string;
  updated_at: string;
}

export interface RankListsTable {
  id: string;
  owner_id: string;
  name: string;
  /** ProgramNote[] JSON, most preferred first. */
  entries: string;
  created_at: string;
  updated_at: string;
}

export interface ProgramSimulationsTable {
  id: string;
  owner_id: string;
  /** Not a foreign key: the simulation stays when its rank list is deleted. */
  rank_list_id: string | null;
  /** string[] JSON. */
  program_ids: string;
  runs: number;
  competitors: number | null;
  seed: number;
  /** queued | running | done | failed */
  status: string;
  progress: number;
  /** SimulationResult JSON, once done. */
  result: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  /** While queued or running: last sign of life of the process running it (0011, 051). */
  heartbeat_at: string | null;
}

export interface ProgramTables {
  program_imports: ProgramImportsTable;
  programs: ProgramsTable;
  program_lists: ProgramListsTable;
  rank_lists: RankListsTable;
  program_simulations: ProgramSimulationsTable;
}
