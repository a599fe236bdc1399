import { CliError } from './errors.ts';

export interface ReadTextOptions {
  /** Names the input in messages, e.g. "outreach check". */
  readonly command: string;
  /** Bytes beyond this are refused (the read stops as soon as it is passed). */
  readonly maxBytes: number;
}

/**
 * Reads standard input to its end as UTF-8 text, refusing what cannot be a text message: more
 * than `maxBytes`, bytes that are not UTF-8, NUL bytes (a binary file piped by mistake), or nothing
 * but white space. Each refusal is one invalid-input line (exit 2). A leading BOM is dropped.
 */
export async function readStdinText(
  input: NodeJS.ReadableStream,
  { command, maxBytes }: ReadTextOptions,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) {
      throw new CliError(
        'payload-too-large',
        `${command}: standard input is larger than ${maxBytes} bytes; a message this long is not a message`,
      );
    }
    chunks.push(bytes);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new CliError(
      'invalid-input',
      `${command}: standard input is not UTF-8 text (save the message as UTF-8 and try again)`,
    );
  }
  if (text.includes('\u0000')) {
    throw new CliError(
      'invalid-input',
      `${command}: standard input contains NUL bytes; it looks like a binary file, not a message`,
    );
  }
  if (text.trim() === '') {
    throw new CliError('invalid-input', `${command}: no message on standard input`);
  }
  return text;
}
