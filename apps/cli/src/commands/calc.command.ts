import type { Issue } from '@matchready/core';
import { calculatorSpecialties, estimateMatchProbability } from '@matchready/core/programs';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';

const usage = `Usage: matchready calc --specialty NAME --ranks K --type non-us-img|us-img [--step2 S]

Prints, as JSON, the estimated probability of matching in a specialty with K contiguous ranks
(a proxy for interviews obtained), from MatchReady's model of aggregate NRMP data (Charting
Outcomes: Non-U.S. IMGs 2026), with the curve for 1–20 ranks, its sources and caveats. It is an
estimate: it ignores visa needs, letters, interview performance and more (see "caveats").

Options:
  -s, --specialty NAME   e.g. "Internal Medicine" or internal-medicine
  -k, --ranks K          contiguous ranks in the specialty (0–300)
  -t, --type TYPE        non-us-img or us-img
      --step2 S          Step 2 CK score (1–300), if known

Exit codes: 0 done · 1 unexpected error · 2 invalid arguments or unknown specialty`;

export const calcCommand: Command = {
  usage,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs('calc', args, {
      specialty: { type: 'string', short: 's' },
      ranks: { type: 'string', short: 'k' },
      type: { type: 'string', short: 't' },
      step2: { type: 'string' },
    });
    if (positionals.length > 0)
      throw new CliError('invalid-input', `calc: unexpected argument "${positionals[0]}"`);
    const { calculatorQuerySchema } = await import('@matchready/contract');
    const parsed = calculatorQuerySchema.safeParse({
      specialty: values.specialty ?? '',
      ranks: values.ranks ?? '',
      type: values.type,
      ...(values.step2 === undefined ? {} : { step2: values.step2 }),
    });
    if (!parsed.success) {
      const issues: Issue[] = parsed.error.issues.map((issue) => ({
        code: issue.code,
        path: [`--${String(issue.path[0] ?? 'arguments')}`],
        message: issue.message,
      }));
      throw new CliError(
        'invalid-input',
        'calc: invalid arguments (see "matchready calc --help"):',
        issues,
      );
    }
    const { specialty, ranks, type, step2 } = parsed.data;
    const estimate = estimateMatchProbability({
      specialty,
      ranks,
      applicantType: type,
      step2: step2 ?? null,
    });
    if (!estimate.ok) {
      const unknown = estimate.issues.some((i) => i.code === 'unknown-specialty');
      if (unknown)
        throw new CliError(
          'invalid-input',
          `calc: unknown specialty "${specialty}". Known: ${calculatorSpecialties().join(', ')}`,
        );
      throw new CliError('invalid-input', 'calc: cannot estimate:', estimate.issues);
    }
    context.stdout(`${JSON.stringify(estimate.value, null, 2)}\n`);
  },
};
