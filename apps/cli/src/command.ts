/** Where a command writes; tests and main() pass their own. */
export interface CliContext {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** One `matchready <name>` command. Failures are thrown as CliError (see errors.ts). */
export interface Command {
  /** Full help text, printed by `matchready <name> --help`. */
  readonly usage: string;
  run(args: readonly string[], context: CliContext): Promise<void>;
}

/**
 * A registry entry. Commands load lazily so that `matchready match` never pays for loading the
 * server or database stack that other commands import.
 */
export interface CommandEntry {
  /** One line for the command list in `matchready --help`. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}
