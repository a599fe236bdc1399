// The public sources behind the timeline's dates and rules. Ids are stable (docs/timeline.md,
// "Sources", lists the same ids); `factId` names the entry in shared/data/public-facts.json.
import type { SourceRef } from '../vocabulary/timeline.ts';

export interface TimelineSource extends SourceRef {
  readonly publisher: string;
  /** Publication or snapshot date as given by the source (YYYY-MM or YYYY-MM-DD), or null. */
  readonly published: string | null;
  /** high: the organisation itself or an official release; medium: a secondary summary. */
  readonly confidence: 'high' | 'medium';
  readonly factId: string | null;
}

const source = (s: TimelineSource) => s;

export const TIMELINE_SOURCES = {
  'nrmp-illuminator-2023-02': source({
    id: 'nrmp-illuminator-2023-02',
    title: 'February 2023 Illuminator (2023 rank order list deadline)',
    publisher: 'NRMP',
    published: '2023-02',
    url: 'https://www.nrmp.org/about/news/2023/02/february-2023-illuminator/',
    confidence: 'high',
    factId: 'match2023.rol_deadline',
  }),
  'umaryland-match-calendar-2024': source({
    id: 'umaryland-match-calendar-2024',
    title: 'The Match: Timeline and Ranking (2024 NRMP Main Match calendar)',
    publisher: 'University of Maryland School of Medicine',
    published: '2023',
    url: 'https://www.medschool.umaryland.edu/osa/residency-application-manual-/the-match-timeline-and-ranking/',
    confidence: 'medium',
    factId: 'match2024.calendar',
  }),
  'nrmp-results-2025': source({
    id: 'nrmp-results-2025',
    title: 'NRMP releases the 2025 Main Residency Match results (press release)',
    publisher: 'NRMP via PR Newswire',
    published: '2025-03-21',
    url: 'https://news.b2blocal.com/national-resident-matching-program-releases-the-2025-main-residency-match-results-celebrates-the-nex-42692.html',
    confidence: 'high',
    factId: 'match2025.matchday',
  }),
  'nrmp-medical-schools-calendar-2025': source({
    id: 'nrmp-medical-schools-calendar-2025',
    title: '2025 Medical Schools Match Calendar (standard registration deadline, late fee)',
    publisher: 'NRMP',
    published: '2024',
    url: 'https://www.nrmp.org/match-calendars/medical-schools/',
    confidence: 'high',
    factId: null,
  }),
  'nrmp-match-week-2026': source({
    id: 'nrmp-match-week-2026',
    title: 'NRMP anticipates exciting 2026 Match Week (announcement)',
    publisher: 'NRMP via PR Newswire',
    published: '2026-03-09',
    url: 'https://www.prnewswire.com/news-releases/nrmp-anticipates-exciting-2026-match-week-as-residency-applicants-and-programs-prepare-for-match-day-302708601.html',
    confidence: 'high',
    factId: 'match2026.dates',
  }),
  'aamc-eras-timeline-2026': source({
    id: 'aamc-eras-timeline-2026',
    title: 'ERAS Timeline for the 2026 application season',
    publisher: 'AAMC',
    published: '2025',
    url: 'https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline',
    confidence: 'high',
    factId: 'eras2026.timeline',
  }),
  'quantaprep-eras-2027': source({
    id: 'quantaprep-eras-2027',
    title: "ERAS 2026: What's New and How to Prepare (2027 cycle opens 3 June 2026)",
    publisher: 'QuantaPrep (secondary)',
    published: '2026-03-14',
    url: 'https://www.quantaprep.com/blog/eras-2026-guide',
    confidence: 'medium',
    factId: null,
  }),
  'nrmp-main-match-events': source({
    id: 'nrmp-main-match-events',
    title: 'Main Residency Match events (Match Week: SOAP Monday to Thursday, Match Day Friday)',
    publisher: 'NRMP',
    published: null,
    url: 'http://www.nrmp.org/residency/main-match-events/',
    confidence: 'high',
    factId: null,
  }),
  'nrmp-school-officials': source({
    id: 'nrmp-school-officials',
    title: 'Medical School Officials (eligible to enter training on July 1 of the Match year)',
    publisher: 'NRMP',
    published: null,
    url: 'http://www.nrmp.org/residency/med-school-official/',
    confidence: 'high',
    factId: null,
  }),
  'wikipedia-match-day': source({
    id: 'wikipedia-match-day',
    title: 'Match Day (medicine): the third Friday of March',
    publisher: 'Wikipedia (secondary)',
    published: null,
    url: 'https://en.wikipedia.org/wiki/Match_Day_(medicine)',
    confidence: 'medium',
    factId: null,
  }),
  'ecfmg-pathways-2023': source({
    id: 'ecfmg-pathways-2023',
    title: 'Deadline reminder: Pathways for ECFMG Certification for the 2023 Match',
    publisher: 'ECFMG',
    published: '2023-01-24',
    url: 'https://www.ecfmg.org/news/2023/01/24/deadline-reminder-application-for-pathways-for-ecfmg-certification-for-2023-match/',
    confidence: 'high',
    factId: 'ecfmg.match_eligibility',
  }),
  'ecfmg-pathways-2026': source({
    id: 'ecfmg-pathways-2026',
    title: 'Detailed information and online application for 2026 Pathways now available',
    publisher: 'ECFMG',
    published: '2025-08-19',
    url: 'https://www.ecfmg.org/news/2025/08/19/detailed-information-and-online-application-for-2026-pathways-now-available',
    confidence: 'high',
    factId: 'ecfmg.pathways_2026',
  }),
  'nrmp-applicant-faq': source({
    id: 'nrmp-applicant-faq',
    title: 'Applicants FAQ (withdrawn after the ROL deadline without ECFMG confirmation)',
    publisher: 'NRMP',
    published: null,
    url: 'http://www.nrmp.org/faq-sections/applicants-faqs/',
    confidence: 'high',
    factId: null,
  }),
  'visalaw-h1b-step3': source({
    id: 'visalaw-h1b-step3',
    title: 'H-1B requires USMLE Steps 1, 2 and 3',
    publisher: 'Siskind Susser (visalaw.com)',
    published: null,
    url: 'http://www.visalaw.com/h02feb/7hfeb102.html',
    confidence: 'medium',
    factId: 'visa.h1b_step3',
  }),
  'usmle-step3-eligibility': source({
    id: 'usmle-step3-eligibility',
    title:
      'USMLE eligibility: Step 3 needs the degree, Steps 1 and 2 CK and, for IMGs, ECFMG certification',
    publisher: 'Doctors Immigration Law (secondary; primary: USMLE Bulletin of Information)',
    published: null,
    url: 'http://www.doctorsimmigrationlaw.com/resources/usmle-eligibility',
    confidence: 'medium',
    factId: null,
  }),
  'nrmp-match-agreement': source({
    id: 'nrmp-match-agreement',
    title: 'Match Participation Agreement for Applicants (policies for the Main Residency Match)',
    publisher: 'NRMP',
    published: '2025',
    url: 'https://www.nrmp.org/policy-topic/main-residency-match/?post_type=policy',
    confidence: 'high',
    factId: null,
  }),
  'nrmp-professionalism': source({
    id: 'nrmp-professionalism',
    title: 'Professionalism and the Match',
    publisher: 'NRMP',
    published: null,
    url: 'https://www.nrmp.org/professionalism-and-the-match/',
    confidence: 'high',
    factId: null,
  }),
} as const satisfies Record<string, TimelineSource>;

export type TimelineSourceId = keyof typeof TIMELINE_SOURCES;

/** The short form a milestone carries. */
export function sourceRef(id: TimelineSourceId): SourceRef {
  const s = TIMELINE_SOURCES[id];
  return { id: s.id, title: s.title, url: s.url };
}
