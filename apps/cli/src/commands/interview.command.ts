import {
  analyseAnswer,
  findQuestion,
  INTERVIEW_THEMES,
  type InterviewTheme,
  QUESTION_BANK,
} from '@matchready/core/interview';
import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';

const usage = `Usage:
  matchready interview questions [--theme THEME]
  matchready interview analyse --question ID [--seconds N] [--fillers-not-measured] < answer.txt

questions: prints the question bank as a JSON array (id, theme, prompt, talking points,
guidance, sample answer…). Themes: ${INTERVIEW_THEMES.join(', ')}.

analyse: reads an answer from standard input and prints the offline analyser's report as JSON:
word count, fillers per 100 words, words per minute (with --seconds), talking points covered
with the sentence that covers them, red flags with evidence (docs/interview-red-flags.md) and
the one or two priorities to work on first. Nothing is stored and nothing leaves the machine.
  -q, --question ID           the bank question answered (see "matchready interview questions")
  -s, --seconds N             how long the answer took to say, for pace and the time band
      --fillers-not-measured  the text is a speech transcript whose "um"/"uh" were removed

Exit codes: 0 done · 1 unexpected error · 2 invalid arguments, empty answer or unknown question`;

/** Reads standard input to its end (at a terminal, until Ctrl-D). */
async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) text += String(chunk);
  return text;
}

function secondsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(seconds > 0 && seconds <= 1800)) {
    throw new CliError(
      'invalid-input',
      `--seconds must be a number of seconds (0–1800], got "${value}"`,
    );
  }
  return seconds;
}

function questions(args: readonly string[], context: CliContext): void {
  const { values, positionals } = parseCommandArgs('interview', args, {
    theme: { type: 'string', short: 't' },
  });
  if (positionals.length > 0) {
    throw new CliError(
      'invalid-input',
      `interview questions: unexpected argument "${positionals[0]}"`,
    );
  }
  const theme = values.theme;
  if (theme !== undefined && !(INTERVIEW_THEMES as readonly string[]).includes(theme)) {
    throw new CliError(
      'invalid-input',
      `--theme must be one of ${INTERVIEW_THEMES.join(', ')}, got "${theme}"`,
    );
  }
  const bank = QUESTION_BANK.filter(
    (q) => theme === undefined || q.theme === (theme as InterviewTheme),
  );
  context.stdout(`${JSON.stringify(bank, null, 2)}\n`);
}

async function analyse(
  args: readonly string[],
  context: CliContext,
  stdin: NodeJS.ReadStream,
): Promise<void> {
  const { values, positionals } = parseCommandArgs('interview', args, {
    question: { type: 'string', short: 'q' },
    seconds: { type: 'string', short: 's' },
    'fillers-not-measured': { type: 'boolean', default: false },
  });
  if (positionals.length > 0) {
    throw new CliError(
      'invalid-input',
      `interview analyse: unexpected argument "${positionals[0]}" (the answer is read from standard input)`,
    );
  }
  if (values.question === undefined) {
    throw new CliError('invalid-input', 'interview analyse: --question ID is required');
  }
  const question = findQuestion(values.question);
  if (!question) {
    throw new CliError(
      'not-found',
      `unknown question "${values.question}" (list the ids with "matchready interview questions")`,
    );
  }
  const speakingSeconds = secondsOption(values.seconds);
  if (stdin.isTTY) context.stderr(`${question.prompt}\nType your answer, then press Ctrl-D.\n`);
  const answer = await readAll(stdin);
  if (answer.trim() === '') {
    throw new CliError('invalid-input', 'interview analyse: no answer on standard input');
  }
  const report = analyseAnswer({
    question,
    answer,
    ...(speakingSeconds === undefined ? {} : { speakingSeconds }),
    fillersMeasured: !values['fillers-not-measured'],
  });
  context.stdout(`${JSON.stringify(report, null, 2)}\n`);
}

/** `stdin` is a parameter so tests can pipe an answer in process. */
export function createInterviewCommand(stdin: NodeJS.ReadStream = process.stdin): Command {
  return {
    usage,
    async run(args, context) {
      const [sub, ...rest] = args;
      if (sub === 'questions') return questions(rest, context);
      if (sub === 'analyse' || sub === 'analyze') return analyse(rest, context, stdin);
      throw new CliError(
        'invalid-input',
        sub === undefined
          ? 'interview: expected "questions" or "analyse" (see "matchready interview --help")'
          : `interview: unknown subcommand "${sub}" (expected "questions" or "analyse")`,
      );
    },
  };
}
