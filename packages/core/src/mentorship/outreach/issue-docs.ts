/**
 * What each outreach issue code means, for the composer's help text and docs/outreach-issues.md
 * (which mirrors this file). Every example is tested to raise its code.
 */
import type { OutreachIssueCode } from '../../vocabulary/mentorship.ts';

export interface OutreachIssueDoc {
  readonly title: string;
  readonly trigger: string;
  readonly why: string;
  readonly fix: string;
  /** A message (or the start of one) that raises the code. */
  readonly example: string;
  /** The same idea, written so the code stays silent. */
  readonly better: string;
}

export const OUTREACH_ISSUE_DOCS: Readonly<Record<OutreachIssueCode, OutreachIssueDoc>> = {
  'generic-greeting': {
    title: 'A greeting that could go to anyone',
    trigger:
      'The opening line is "To whom it may concern", "Dear Sir/Madam" (or Sir, Madam, Sirs), "Respected Sir", "Dear Doctor", "Dear Mentor", "Dear All", or a bare "Hello", "Hi" or "Hi there" with no name.',
    why: 'A mentor reads a nameless greeting as a mass mailing and is less likely to answer.',
    fix: 'Greet the mentor by name and title as their profile shows it: "Dear Dr. Okafor,".',
    example: 'Dear Sir/Madam,\n\nMy name is Ahmed Raza, an MBBS graduate from Lahore.',
    better: 'Dear Dr. Okafor,\n\nMy name is Ahmed Raza, an MBBS graduate from Lahore.',
  },
  'no-introduction': {
    title: 'The message does not say who you are',
    trigger:
      'None of: "My name is …", "I am/I\'m <Name>", "This is <Name>", "I am a/an … graduate, physician, student, IMG, resident, applicant …", "I graduated from / trained at / studied in …", or a sentence opening "As an IMG …".',
    why: 'The first thing a mentor needs is who is writing: your name, where you trained and what you are applying for.',
    fix: 'Open with one sentence: "My name is …, an international medical graduate from … applying to … in the 2027 Match."',
    example:
      'Dear Dr. Morales,\n\nI read your article about the first year of residency and it helped me.',
    better:
      'Dear Dr. Morales,\n\nI am Lucia Gomez, an IMG from Peru applying to pediatrics. I read your article about the first year of residency and it helped me.',
  },
  'no-connection': {
    title: 'No reason why this mentor',
    trigger:
      'Nothing says how you found them or what you share: no "I read/saw/heard your …", "your talk/article/profile on …", "like you", "we both", "same school/country", "Dr. X suggested I reach out", a referral, or the MatchReady directory.',
    why: 'A specific connection shows you chose them on purpose, and gives them a reason to help you rather than someone else.',
    fix: 'Add one sentence on how you found them and what you admire or share: their article, your country or school of training, who referred you.',
    example:
      'Dear Dr. Green,\n\nI am Tariq Hussain, a physician from Jordan. Could I ask you two questions about neurology programs?',
    better:
      'Dear Dr. Green,\n\nI am Tariq Hussain, a physician from Jordan. Like you, I trained in Amman. Could I ask you two questions about neurology programs?',
  },
  'no-specific-ask': {
    title: 'No small, specific ask',
    trigger:
      'No sentence asks for something concrete: a 15–20 minute call, a short chat, two or three questions, or a look at one document. When the message has an open-ended ask instead ("any advice would be appreciated", "please guide me", "be my mentor"), that sentence is quoted.',
    why: 'An open-ended request leaves the mentor to work out what you need and how much time it will take, so it waits; a small, bounded ask is easy to say yes to.',
    fix: 'Ask for one thing with a time box: "Would you be open to a 15–20 minute call in the next few weeks? I would like to ask how you chose programs."',
    example: 'I would really appreciate your guidance as I prepare my application.',
    better:
      'Would you be open to a 15-minute call in the next few weeks? I would like to ask how you chose programs.',
  },
  'big-first-ask': {
    title: 'A big ask in a first message',
    trigger:
      'A request (would you, could you, I am hoping, please, is there any chance …) for a letter of recommendation (including "LoR", "reference letter", "write me a letter"), a job or a place in a program ("pre-match", "a position in your program"), a research position ("join your lab", "research assistant position") or visa sponsorship ("sponsor my H-1B"). Not raised when the same clause negates it ("I am not asking for a letter") or asks for advice about it ("advice on how to find research positions"), nor for a statement without a request ("I already have two letters"). One issue per kind, quoting the first sentence.',
    why: 'These need a relationship first: letters come from people who have seen your work, and a mentor cannot arrange a job or a visa. Asking too early often ends the conversation.',
    fix: 'Ask for a short call now, and ask for advice about the big thing instead of the thing itself: "How did IMGs you know find research positions?"',
    example: 'Would you be able to write me a letter of recommendation for my ERAS application?',
    better: 'Could we talk for 15 minutes about how IMGs you have mentored found their US letters?',
  },
  'no-time-respect': {
    title: 'Nothing acknowledges their time',
    trigger:
      'None of: thanks for their time or consideration, "I know you are busy", "at your convenience", "whenever it suits you", "if your schedule allows", "no pressure", "I completely understand if not", "happy to work around your schedule", "feel free to say no".',
    why: 'Mentors are volunteers with full clinical schedules; showing you know that, and making it easy to say no, makes a yes more likely.',
    fix: 'Add one sentence: "I know your schedule is busy, so I am happy to work around it, and I completely understand if now is not a good time."',
    example: 'Would you be open to a 15-minute call in the next two weeks?\n\nBest regards,\nElif',
    better:
      'Would you be open to a 15-minute call in the next two weeks? I know your schedule is busy.\n\nBest regards,\nElif',
  },
  'too-long': {
    title: 'Too long for a first message',
    trigger:
      'More than 200 words (the quote is the sentence where it passes 200), more than 4 body paragraphs (the quote opens the fifth), or a paragraph of more than 120 words (the quote opens it). The greeting line and the sign-off are not body paragraphs.',
    why: 'A first message is read on a phone between patients; 2–3 short paragraphs get read, a page gets postponed.',
    fix: 'Keep three short paragraphs: who you are, why this mentor, your ask. Your full story can wait for the call.',
    example: Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of my story.`).join('\n\n'),
    better: 'Paragraph 1 of my story.\n\nParagraph 2 of my story.\n\nParagraph 3 of my story.',
  },
};
