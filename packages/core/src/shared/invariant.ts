export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** Throws when a programmer assumption is broken. Never use for user input: return a Result. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}
