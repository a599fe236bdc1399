/**
 * A first draft of a message to a mentor, in the structure checkOutreach() expects
 * (docs/outreach-issues.md, after docs/sources.md#ecfmg-ian): who you are; how you found them; one small, time-boxed ask; respect for their
 * time; three short paragraphs. The mentee edits it before sending. Empty fields become
 * bracketed placeholders to fill in, so the draft is always complete. Pure string building.
 */

export const OUTREACH_CONNECTION_KINDS = [
  'shared-country',
  'shared-school',
  'their-work',
  'referral',
  'directory',
] as const;
export type OutreachConnectionKind = (typeof OUTREACH_CONNECTION_KINDS)[number];

export interface ComposeOutreachInput {
  readonly mentee: {
    /** "Amina Yusuf" */
    readonly name: string;
    /** Where they trained: "Ahmadu Bello University in Nigeria". */
    readonly trainedAt: string;
    /** "internal medicine" */
    readonly applyingTo: string;
    readonly matchYear?: number;
    /** What they are doing now, completing "I am currently …": "doing an observership in Houston". */
    readonly currentlyDoing?: string;
  };
  readonly mentor: {
    /** As they should be greeted: "Dr. Okafor". */
    readonly name: string;
  };
  readonly connection: {
    readonly kind: OutreachConnectionKind;
    /**
     * shared-country: the country ("Nigeria"); shared-school: the school; their-work: the piece
     * ("article on returning to training after a gap"); referral: who ("Dr. Mensah, my supervisor");
     * directory: what stood out ("your experience with interview coaching stood out to me").
     */
    readonly detail: string;
  };
  readonly ask: {
    /** A short call, or two short questions by email. */
    readonly kind: 'call' | 'questions';
    /** Length of the call; 15 or 20 minutes (default 15). */
    readonly minutes?: 15 | 20;
    /** Completes "ask you about …": "how you chose programs to apply to". */
    readonly topic: string;
  };
}

export interface OutreachDraft {
  readonly subject: string;
  readonly text: string;
}

/** One line of the mentee's words: spaces collapsed, trailing sentence punctuation dropped. */
function field(value: string | undefined, placeholder: string): string {
  const cleaned = (value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?;:,]+$/u, '');
  return cleaned === '' ? `[${placeholder}]` : cleaned;
}

function connectionSentence(kind: OutreachConnectionKind, detail: string): string {
  switch (kind) {
    case 'shared-country':
      return `Like you, I trained in ${field(detail, 'country')}, and I found your profile in the MatchReady mentor directory.`;
    case 'shared-school':
      return `Like you, I studied at ${field(detail, 'medical school')}, and I found your profile in the MatchReady mentor directory.`;
    case 'their-work':
      return `I came across your ${field(detail, 'article or talk')}, and it stayed with me as I plan my own path.`;
    case 'referral':
      return `${field(detail, 'who referred you')} suggested that I reach out to you.`;
    case 'directory':
      return `I found your profile in the MatchReady mentor directory, and ${field(detail, 'what stood out to you')}.`;
  }
}

export function composeOutreach(input: ComposeOutreachInput): OutreachDraft {
  const { mentee, mentor, connection, ask } = input;
  const name = field(mentee.name, 'your name');
  const year = mentee.matchYear === undefined ? '' : ` for the ${mentee.matchYear} Match`;
  const now =
    mentee.currentlyDoing === undefined || mentee.currentlyDoing.trim() === ''
      ? ''
      : ` I am currently ${field(mentee.currentlyDoing, 'what you do now')}.`;
  const topic = field(ask.topic, 'your question');
  const minutes = ask.minutes ?? 15;

  const who = `My name is ${name}, and I am an international medical graduate from ${field(mentee.trainedAt, 'where you trained')}, applying to ${field(mentee.applyingTo, 'specialty')}${year}.${now}`;
  const why = connectionSentence(connection.kind, connection.detail);
  const what =
    ask.kind === 'call'
      ? `Would you be open to a ${minutes}-minute call in the next two or three weeks? I would like to ask you about ${topic}. I know your schedule is busy, so I am happy to work around it, and I completely understand if now is not a good time.`
      : `Could I send you two short questions by email about ${topic}? A brief reply whenever it suits you would be more than enough, and I completely understand if now is not a good time.`;

  return {
    subject:
      ask.kind === 'call'
        ? `A ${minutes}-minute call about ${topic}?`
        : `Two short questions about ${topic}`,
    text: [
      `Dear ${field(mentor.name, "mentor's name")},`,
      who,
      why,
      what,
      `Thank you for your time,\n${name}`,
    ].join('\n\n'),
  };
}
