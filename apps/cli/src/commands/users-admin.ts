import { createArgon2Hasher } from '@matchready/db';
import { createDirectoryService, type User } from '@matchready/services';
import { type DatabaseEnv, systemAdapters, withDatabase } from '../database.ts';

/** Opens the server's database (same variables and defaults), migrates, creates the admin. */
export function createSiteAdmin(
  input: { email: string; password: string; displayName?: string },
  db: DatabaseEnv,
): Promise<User> {
  // The server's hasher and parameters, so an admin made here signs in like anyone else.
  const passwords = createArgon2Hasher();
  return withDatabase(db, (repositories) =>
    createDirectoryService({ ...repositories, passwords, ...systemAdapters }).createSiteAdmin(
      input,
    ),
  );
}
