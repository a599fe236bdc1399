// The offline interview answer analyser (wink-nlp + wink-eng-lite-web-model; runs in Node and
// in the browser). See docs/interview-red-flags.md, decision 005 and docs/sources.md (interview
// practice).
export {
  RED_FLAG_DOCS,
  RED_FLAG_SEVERITY,
  type RedFlagDoc,
  renderRedFlagDocs,
} from './red-flag-docs.ts';
export { analyseAnswer, warmUpAnalyser } from './report.ts';
export { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.ts';
export type { AnalyseInput } from './types.ts';
