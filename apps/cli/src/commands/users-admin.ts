import { createDirectoryService, type PasswordHasher, type User } from '@matchready/services';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { type DatabaseEnv, systemAdapters, withDatabase } from '../database.ts';

/**
 * argon2id at the server's parameters (apps/server/src/security.adapter.ts; OWASP baseline), so
 * an admin made here signs in like anyone else. `verify` reads the parameters from the hash.
 */
const passwords: PasswordHasher = {
  hash: (password) =>
    hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 as Algorithm }),
  verify: (stored, password) => verify(stored, password),
};

/** Opens the server's database (same variables and defaults), migrates, creates the admin. */
export function createSiteAdmin(
  input: { email: string; password: string; displayName?: string },
  db: DatabaseEnv,
): Promise<User> {
  return withDatabase(db, (repositories) =>
    createDirectoryService({ ...repositories, passwords, ...systemAdapters }).createSiteAdmin(
      input,
    ),
  );
}
