/** Tables of migration 0007-hardening. */
export interface AttemptCountersTable {
  key: string;
  /** ISO-8601: when the current fixed window of this key started. */
  window_start: string;
  count: number;
}

export interface KnownAddressesTable {
  user_id: string;
  /** sha-256 of the client address (the address itself is not stored). */
  address_hash: string;
  last_success_at: string;
}

/** Columns 0007-hardening adds to existing tables. */
export interface ProgramsOwnerColumn {
  owner_scope: string | null;
}

export interface HardeningTables {
  attempt_counters: AttemptCountersTable;
  known_addresses: KnownAddressesTable;
}
