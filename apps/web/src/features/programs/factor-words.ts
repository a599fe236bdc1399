import type { ProgramListEntryJson } from '@matchready/contract';
import { percent } from './format.ts';

type Factor = ProgramListEntryJson['factors'][number];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a factor's input was, in words with its unit ("12 points above the median"). */
export function factorValueWords(factor: Factor): string {
  const v = factor.value;
  if (v === null) return 'not reported by the program';
  if (typeof v === 'string') {
    if (factor.code === 'location')
      return v === 'same-state'
        ? 'in one of your preferred states'
        : v === 'same-region'
          ? 'in the same region as a preferred state'
          : 'no tie to your preferred states';
    return v;
  }
  switch (factor.code) {
    case 'step2':
      return v === 0
        ? 'your Step 2 CK equals the median'
        : `your Step 2 CK is ${plural(Math.abs(v), 'point')} ${v > 0 ? 'above' : 'below'} the median`;
    case 'img-share':
      return `${percent(v)} of its residents are IMGs`;
    case 'usce':
      return plural(v, 'month');
    case 'research':
      return plural(v, 'item');
    case 'signal':
      return v === 1 ? 'you signalled this program' : 'no signal sent';
    case 'attempts':
      return plural(v, 'failed attempt');
    case 'yog':
      return plural(v, 'year');
    default:
      return String(v);
  }
}

/**
 * What a factor did to the estimate, in words: the log-odds contribution c multiplies the odds of
 * an invitation by e^c ("raises the odds ×2.3", "lowers the odds ×0.5").
 */
export function factorEffectWords(factor: Factor): string {
  const c = factor.contribution;
  if (factor.code === 'baseline')
    return `starting point: ${percent(1 / (1 + Math.exp(-c)))} before the other factors`;
  if (Math.abs(c) < 0.05) return 'no real effect';
  const times = Math.exp(c);
  const strength = Math.abs(c) >= 1 ? 'strongly ' : Math.abs(c) < 0.3 ? 'slightly ' : '';
  return `${strength}${c > 0 ? 'raises' : 'lowers'} the odds ×${times.toFixed(times < 1 ? 2 : 1)}`;
}
