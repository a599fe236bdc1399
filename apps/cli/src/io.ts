import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from './command.ts';
import { CliError } from './errors.ts';

/** Reads a file's bytes (relative to cwd); a missing or unreadable file is a usage error. */
export async function readFileBytes(file: string, context: CliContext): Promise<Uint8Array> {
  try {
    return await readFile(resolve(context.cwd, file));
  } catch (error) {
    throw fileError('read', file, error);
  }
}

/** Reads and parses a JSON file once (large instances: one readFile, one JSON.parse). */
export async function readJsonFile(file: string, context: CliContext): Promise<unknown> {
  return parseJsonBytes(file, await readFileBytes(file, context));
}

/** Parses bytes already read from `file` as JSON; the error names the line and column. */
export function parseJsonBytes(file: string, bytes: Uint8Array): unknown {
  let text = new TextDecoder().decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = describeJsonError(error);
    const at = locateJsonError(text);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new CliError('invalid-input', `"${file}" is not valid JSON${where}: ${reason}`);
  }
}

/** Writes to `file` (relative to cwd) or, without one, to stdout. */
export async function writeOutput(
  file: string | undefined,
  text: string,
  context: CliContext,
): Promise<void> {
  if (file === undefined) {
    context.stdout(text);
    return;
  }
  try {
    await writeFile(resolve(context.cwd, file), text);
  } catch (error) {
    throw fileError('write', file, error);
  }
}

function fileError(action: 'read' | 'write', file: string, error: unknown): CliError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  const reasons: Record<string, string> = {
    ENOENT: action === 'read' ? 'no such file' : 'no such directory',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
  };
  const reason = (typeof code === 'string' && reasons[code]) || 'unknown error';
  const errorCode = action === 'read' && code === 'ENOENT' ? 'not-found' : 'invalid-input';
  return new CliError(errorCode, `cannot ${action} "${file}": ${reason}`);
}

/** V8's message without the quoted source snippet (which may span lines) or the offset. */
function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
  return reason.split('\n')[0] ?? reason;
}

/**
 * Finds where JSON text stops being valid (1-based line and column), by re-scanning it; only runs
 * after JSON.parse has failed, so the happy path pays nothing. Undefined if the text is too deep.
 */
export function locateJsonError(text: string): { line: number; column: number } | undefined {
  let i = 0;
  const fail: () => never = () => {
    throw new JsonStop();
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail();
    i++;
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (ch === '{') {
          ws();
          string();
          ws();
          expect(':');
        }
        value();
        ws();
        if (text[i] === close) {
          i++;
          return;
        }
        expect(',');
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (ch === word[0]) {
        for (const letter of word) expect(letter);
        return;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number) fail();
    i += number[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonStop)) return undefined; // e.g. RangeError on absurd nesting
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < i; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: i - lineStart + 1 };
  }
}

class JsonStop extends Error {}
