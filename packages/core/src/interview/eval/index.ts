// The labelled evaluation set (decision 036): answers in our own words by fictional applicants,
// each labelled by hand with the red flags a careful reader would raise and the talking points it
// covers. Add a file here and to EVAL_SET; the set's test checks every id, flag and point.
import imgExamAttempt from './cases/img-exam-attempt.json' with { type: 'json' };
import imgHomeHealthSystem from './cases/img-home-health-system.json' with { type: 'json' };
import imgLowScoreOrGap from './cases/img-low-score-or-gap.json' with { type: 'json' };
import imgReturnHome from './cases/img-return-home.json' with { type: 'json' };
import imgTimeSinceGraduation from './cases/img-time-since-graduation.json' with { type: 'json' };
import imgUsce from './cases/img-usce.json' with { type: 'json' };
import imgVisaStatus from './cases/img-visa-status.json' with { type: 'json' };
import imgWhatYouBring from './cases/img-what-you-bring.json' with { type: 'json' };
import imgWhyUs from './cases/img-why-us.json' with { type: 'json' };
import whyThisProgram from './cases/why-this-program.json' with { type: 'json' };
import type { EvalFile } from './evaluate.ts';

export {
  type EvalCase,
  type EvalFile,
  type EvalResult,
  evaluateAnalyser,
  type Mismatch,
  SCORED_FLAGS,
  type Score,
} from './evaluate.ts';

export const EVAL_SET: readonly EvalFile[] = [
  imgExamAttempt,
  imgHomeHealthSystem,
  imgLowScoreOrGap,
  imgReturnHome,
  imgTimeSinceGraduation,
  imgUsce,
  imgVisaStatus,
  imgWhatYouBring,
  imgWhyUs,
  whyThisProgram,
];
