/**
 * The "NRMP rules" help page, as data: each rule in our own words with the docs/sources.md ids it
 * rests on (a test checks every id is listed there). docs/nrmp-rules.md says the same in prose.
 */
export interface RuleSection {
  readonly id: string;
  readonly title: string;
  readonly points: readonly string[];
  readonly sources: readonly {
    readonly source: string;
    readonly label: string;
    readonly url: string;
  }[];
}

const FEES = {
  source: 'nrmp-match-fees',
  label: 'NRMP, Match Fees',
  url: 'http://www.nrmp.org/match-process/match-fees/',
} as const;
const LIMITS = {
  source: 'nrmp-rank-order-list-limits',
  label: 'NRMP, Ranking Programs in the Main Residency Match (via a public mirror: secondary)',
  url: 'https://alisonbuttonbackup.pages.dev/671063.html',
} as const;
const RANKING = {
  source: 'nrmp-ranking-help',
  label: 'NRMP Help: ranking and supplemental lists',
  url: 'https://www.nrmp.org/topic/ranking/supplemental-lists/?post_type=help',
} as const;
const SUPPLEMENTAL = {
  source: 'nrmp-supplemental-rols',
  label: 'NRMP, About Supplemental Rank Order Lists',
  url: 'https://www.nrmp.org/residency-applicants/rank-your-programs-main/about-supplemental-rank-order-lists/',
} as const;
const FAQS = {
  source: 'nrmp-applicant-faqs',
  label: 'NRMP, Applicant FAQs',
  url: 'http://www.nrmp.org/faq-sections/applicants-faqs/',
} as const;
const COUPLES = {
  source: 'nrmp-couples',
  label: 'NRMP, Couples in the Match',
  url: 'https://www.nrmp.org/couples-in-the-match/',
} as const;
const SOAP = {
  source: 'nrmp-soap',
  label: 'Fierce Healthcare reporting NRMP 2025 figures (secondary)',
  url: 'https://www.fiercehealthcare.com/providers/match-day-2025-record-high-totals-swelling-primary-care-emergency-med-ranks',
} as const;
const CONDUCT = {
  source: 'nrmp-match-codes-of-conduct',
  label: 'NRMP, Match Code of Conduct for Applicants',
  url: 'https://www.nrmp.org/policy/match-code-of-conduct-applicants/',
} as const;
const IMG_HELP = {
  source: 'nrmp-img-help-ranking-questions',
  label: 'NRMP Help: International Medical Graduates',
  url: 'https://www.nrmp.org/topic/match-participants/international-medical-graduate/?post_type=help',
} as const;
const ECFMG = {
  source: 'ecfmg-match-eligibility',
  label: 'ECFMG, Pathways deadline reminder',
  url: 'https://www.ecfmg.org/news/2023/01/24/deadline-reminder-application-for-pathways-for-ecfmg-certification-for-2023-match/',
} as const;

export const NRMP_RULES: readonly RuleSection[] = [
  {
    id: 'limits-and-fees',
    title: 'How many programs you can rank, and what it costs',
    points: [
      'Your registration fee covers up to 20 different programs on your primary rank order list, and up to 20 programs across all your supplemental lists together.',
      'Each program beyond those 20 costs an extra fee per program (the NRMP sets the amount each season). Extra-rank fees are due when you certify and are not refunded if you later certify a shorter list.',
      'No rank order list can hold more than 300 ranks.',
    ],
    sources: [FEES, LIMITS],
  },
  {
    id: 'certification',
    title: 'Certify your list before the deadline',
    points: [
      'A list is used only if it is certified by the Rank Order List Certification Deadline (9 p.m. Eastern, in early March; the NRMP publishes the date each season and your timeline shows it).',
      'You may change a certified list, but you must certify it again before the deadline.',
      'An IMG whose required exams ECFMG has not confirmed by that deadline is withdrawn, and their list is not used.',
    ],
    sources: [RANKING, FAQS, ECFMG],
  },
  {
    id: 'true-order',
    title: 'Rank in your true order, across specialties if you like',
    points: [
      'The algorithm places you in the most preferred program on your list that also ranked you and has room, whatever its specialty. Ranking a program lower because you think you will not get it never helps.',
      'One list may mix specialties (for example Internal Medicine, Family Medicine and a transitional year). "Simulate my match" simulates such lists with one market per specialty, solved together.',
    ],
    sources: [RANKING],
  },
  {
    id: 'supplemental',
    title: 'Advanced programs and supplemental lists',
    points: [
      'Advanced programs start at PGY-2, after a preliminary or transitional year. Rank them on your primary list.',
      'A supplemental list ranks preliminary or transitional PGY-1 programs. One supplemental list can serve one or more advanced programs; you may also make several.',
      'The supplemental list is tried only if you match to an advanced program it is linked to. You can match the advanced program and no PGY-1 program: you are still committed to the advanced one and look for a first year in SOAP or after.',
    ],
    sources: [SUPPLEMENTAL, RANKING],
  },
  {
    id: 'couples',
    title: 'Couples',
    points: [
      'Two applicants can match as a couple: they rank pairs of programs, one for each partner, and match to the first pair where both are offered a position.',
      'A pair may say "no match" for one partner when that outcome is acceptable. A couple\u2019s list may hold up to 700 pairs.',
    ],
    sources: [COUPLES, FAQS],
  },
  {
    id: 'soap',
    title: 'SOAP: if you do not match',
    points: [
      'The Supplemental Offer and Acceptance Program (SOAP) runs in Match Week for eligible applicants who did not match, or matched only partly, and programs with unfilled positions.',
      'In 2025, 2,521 positions were filled through SOAP.',
    ],
    sources: [SOAP],
  },
  {
    id: 'communication',
    title: 'What programs may and may not ask',
    points: [
      'A program may not ask you how you will rank it or which other programs you applied to; you do not have to answer if asked.',
      'Neither side may ask for a commitment about ranking. You may say you are very interested; do not promise a rank you do not intend.',
      'Recording an interview needs notice and consent.',
    ],
    sources: [IMG_HELP, CONDUCT],
  },
  {
    id: 'thank-you',
    title: 'Thank-you notes',
    points: [
      'A thank-you note is a courtesy, not a requirement, and it does not change how programs rank you by rule.',
      'Keep it short and specific (one thing you learned or valued), send it within a day or two, and never state or ask about rankings in it.',
    ],
    sources: [CONDUCT],
  },
];
