// Word lists and patterns behind checkThankYou(). Written for post-interview notes in English;
// every list is tested against the labelled notes in test-fixtures.ts.

/** Titles and letters around a name that do not identify anyone. */
export const NAME_NOISE = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'mx',
  'md',
  'do',
  'phd',
  'mph',
  'mba',
  'facp',
  'jr',
  'sr',
  'ii',
  'iii',
]);

/** Words in program names that do not tell one program from another. */
export const GENERIC_PROGRAM_WORDS = new Set([
  'the',
  'of',
  'and',
  'at',
  'in',
  'for',
  'university',
  'hospital',
  'hospitals',
  'medical',
  'medicine',
  'center',
  'centre',
  'health',
  'healthcare',
  'system',
  'systems',
  'college',
  'school',
  'program',
  'programme',
  'residency',
  'department',
  'clinic',
  'clinical',
  'institute',
  'regional',
  'general',
  'community',
  'memorial',
  'internal',
  'family',
  'surgery',
  'surgical',
  'pediatrics',
  'pediatric',
  'psychiatry',
  'neurology',
  'pathology',
  'emergency',
  'categorical',
  'preliminary',
  'transitional',
  'track',
  'campus',
  'network',
  'affiliated',
  'teaching',
  'graduate',
  'education',
  'gme',
  'im',
  'fm',
  // everyday words that also name programs ("Good Samaritan", "New York")
  'good',
  'great',
  'new',
  'city',
  'county',
  'state',
  'care',
  'first',
  'united',
  'central',
  'main',
  'national',
  'american',
  'children',
  'childrens',
  'north',
  'south',
  'east',
  'west',
]);

/** Function words: they never make a sentence specific. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if so of to in on at by for with from about into over under as than ' +
    "that this these those it its it's is are was were be been being am do did does done have " +
    "has had having i i'm i've i'd i'll me my mine myself we our us you your yours you're " +
    'he she him her his they them their there here what which who whom whose when where why how ' +
    'all any both each every some such no not only own same too very can could will would shall ' +
    'should may might must also just more most much many again once then now well really truly ' +
    'still even yet how one two'
  ).split(' '),
);

/** Words every thank-you note uses: on their own they say nothing specific. */
export const GENERIC_NOTE_WORDS = new Set(
  (
    'thank thanks thankful grateful gratitude time taking take took opportunity opportunities ' +
    'interview interviews interviewing interviewed day today yesterday program programs ' +
    'programme residency team teams resident residents faculty everyone staff people meeting ' +
    'meet met speaking speak spoke talking talk talked conversation conversations discussion ' +
    'discussed learning learn learned enjoyed enjoy enjoying great wonderful amazing fantastic ' +
    'lovely pleasure appreciate appreciated experience visit virtual everything things thing ' +
    'lot welcoming welcome warm kind kindness hospitality culture environment supportive support ' +
    'excellent strong fit training train interest interested excited forward hearing heard look ' +
    'looking information insight insights question questions answer answers best regards ' +
    'sincerely wishes dear hello hi glad happy honored honoured impressed impressive ' +
    'especially particularly truly sure feel felt made make making way good nice ' +
    'opportunity chance whole entire overall process details detail highlight highlights ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon'
  ).split(' '),
);

/** Phrases that point at something particular the two people discussed. */
export const REFERENCE_CUE =
  /\b(?:discuss(?:ed|ing|ion)|talk(?:ed|ing)? about|conversation (?:about|on)|chat(?:ted)? about|told me|tell(?:ing)? me about|mention(?:ed)?|describ(?:ed|ing|e)|description of|explain(?:ed|ing)|show(?:ed|ing) me|shar(?:ed|ing)|walk(?:ed|ing) me through|learn(?:ed|ing) about|hear(?:ing)? about|heard about|hearing you|your (?:work|research|project|story|advice|perspective) on|stood out|stayed with me|stuck with me|struck me|keep coming back to|especially|particularly|in particular)\b/i;

const FIRST = String.raw`(?:first|1st|#\s?1|number[- ]one|no\.\s?1|top)`;
const AUX = [
  'will',
  'would',
  'shall',
  'plan',
  'planning',
  'intend',
  'intending',
  'am',
  'going',
  'on',
  'to',
  'be',
  'definitely',
  'certainly',
  'surely',
  'absolutely',
  'fully',
  'already',
  'have',
  'decided',
  'also',
  'most',
  'likely',
].join('|');

/** Statements of how the applicant will rank the program, or promises to attend. */
export const RANKING_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\bI(?:['’](?:ll|m|d))?(?:\s+(?:${AUX}))*\s+rank(?:ed|ing)?\s+(?:you|it|your\s+(?:program(?:me)?|hospital|institution)|this\s+program(?:me)?|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,5})\s+(?:as\s+)?(?:my\s+)?(?:very\s+)?(?:${FIRST}|highly|high|at\s+the\s+top)`,
    'giu',
  ),
  new RegExp(
    String.raw`\brank(?:ing)?\s+(?:you|your\s+program(?:me)?)\s+(?:as\s+)?(?:my\s+)?(?:${FIRST}|highly|at\s+the\s+top)`,
    'giu',
  ),
  new RegExp(
    String.raw`\bmy\s+(?:very\s+|clear\s+|absolute\s+)?${FIRST}\s+(?:choice|pick|option|program(?:me)?|place|preference)\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:you\s+are|you['’]re|you\s+will\s+be|(?:your|this)\s+program(?:me)?\s+(?:is|will\s+be))\s+(?:definitely\s+|clearly\s+)?my\s+${FIRST}(?=\s*(?:[.,!;)]|$))`,
    'giu',
  ),
  /\btop\s+of\s+my\s+(?:rank(?:\s+order)?\s+)?list\b/giu,
  /\bI\s+(?:will|would|shall)\s+(?:definitely\s+|certainly\s+|absolutely\s+)?(?:accept|attend|commit|sign\s+with)\b/giu,
  /\bI\s+(?:promise|guarantee)\b/giu,
];

/** Questions or requests asking the program how it will rank the applicant. */
export const SOLICITING_PATTERNS: readonly RegExp[] = [
  /\brank(?:ing)?\s+me\b/giu,
  /\b(?:am|will)\s+I\s+(?:be\s+)?(?:\w+\s+){0,2}?ranked\b/giu,
  /\b(?:if|whether)\s+I\s+(?:am|['’]m|will\s+be|would\s+be)\s+(?:\w+\s+){0,2}?ranked\b/giu,
  /\bwhere\s+I\s+(?:will\s+|would\s+)?(?:be|stand|am)\s+(?:\w+\s+){0,2}?on\s+your\s+(?:rank(?:\s+order)?\s+)?list\b/giu,
  /\b(?:how|whether)\s+(?:you|your\s+(?:program(?:me)?|team|committee))\s+(?:will|plan\s+to|intend\s+to|are\s+going\s+to|would)\s+rank\b/giu,
];

/** Bracketed gaps a draft leaves for the applicant: [your name], {{detail}}. */
export const PLACEHOLDER_PATTERN = /\[[^\]\n]{1,80}\]|\{\{[^}\n]{1,80}\}\}/g;
