/**
 * What the outreach checker looks for (docs/outreach-issues.md), as regular expressions over the
 * folded text (straight quotes and hyphens). Every pattern is linear: no nested quantifiers over
 * the same characters, so a long paste cannot make the checker slow. Case-insensitive except
 * where a capital letter is the signal (a name).
 */

/** Greetings that could go to anyone. Tested on the greeting line (or the first line). */
export const GENERIC_GREETING =
  /\b(?:to whom it may concern|dear (?:sirs?|madam|madame)(?: ?(?:\/|or|and) ?(?:sirs?|madam|madame))?|respected (?:sirs?|madam|doctor|dr\.?|professor)(?: ?(?:\/|or) ?(?:sirs?|madam))?|dear (?:doctor|dr\.?|professor|prof\.?|mentor|colleague|faculty(?: member)?|physician|all|team|committee|hiring manager|respected (?:sirs?|madam|doctor))(?= *[,:!]| *$)|(?:hello|hi|hey|greetings|good (?:morning|afternoon|evening|day))(?: there| sir| madam| all| everyone| team)?(?= *[,:!.]| *$))/im;

/** Who the writer is. Names need a capital letter, so these run without the i flag. */
export const INTRODUCTION: readonly RegExp[] = [
  /\bmy name is\b/i,
  /\b(?:I'm|I am)\s+(?:(?:a|an|the|currently|now|also|recently)\s+){0,3}(?:[\p{L}-]+,?\s+){0,4}?(?:graduate|physician|doctor|medical student|student|intern|resident|house officer|medical officer|IMG|international medical graduate|MBBS|MD|MBChB|researcher|clinician|surgeon|p(?:a)?ediatrician|psychiatrist|applicant|candidate|observer|fellow|nurse|pharmacist|dentist|practitioner|scholar|registrar|GP)s?\b/iu,
  /\b(?:I'm|I am|This is|this is)\s+(?:Dr\.?\s+)?(?!(?:Writing|Interested|Reaching|Contacting|Currently|Very|So|Truly|Really|Also|Not|Hoping|Looking|Applying|Grateful|Thankful|Excited|Sure|Happy|Sorry|Keen|Eager|Aware|Here|Just|Glad|An|The|My|Our|Your|It|In|On|At|From)\b)\p{Lu}[\p{Ll}'-]+/u,
  /\bI (?:recently |just )?(?:graduated|completed|finished|earned|obtained|received|did) (?:my |an |a |the )?(?:medical|MBBS|MBChB|MD|degree|internship|residency|training|house job|house officer|clinical|studies)/i,
  /\bI (?:graduated|trained|studied|qualified) (?:from|at|in)\b/i,
  // "As an IMG, I…" opens a sentence; "your article as an IMG" mid-sentence is about the mentor.
  /(?:^|[.!?:]\s+)as an? (?:[\p{L}-]+,?\s+){0,3}?(?:graduate|physician|doctor|medical student|student|IMG|resident|applicant|intern)\b/imu,
  /\bI(?:'m| am)? (?:writing|reaching out|write|contacting you|applying) (?:to you )?as an?\b/i,
];

/** How the writer found the mentor, what they admire, or what they share. */
export const CONNECTION: readonly RegExp[] = [
  /\b(?:read|saw|watched|heard|enjoyed|admired?|admire[ds]|loved|followed|inspired by|impressed by|moved by|struck by|encouraged by|came across|found|listened to|attended|noticed|learned about|learnt about|discovered)\s+(?:[\p{L}-]+\s+){0,2}?your\b/iu,
  /\byour (?:talk|lecture|paper|article|publication|presentation|post|podcast|interview|story|journey|blog|webinar|session|book|chapter|video|workshop|grand rounds|poster|research|work|career|path|experience|profile) (?:on|about|at|in|regarding|with|for|titled|called|as|from)\b/i,
  /\bI (?:read|saw|heard|noticed|learned|learnt|found out) (?:that |how )?you\b/i,
  /\bI (?:really |truly |greatly |deeply |have long )?(?:admire|enjoyed|loved|was (?:inspired|impressed|moved|struck|encouraged|excited))\b/i,
  /\b(?:we|you and I) (?:both|also|each|share)\b/i,
  /\b(?:like you|as you did|just as you)\b/i,
  /\bsame (?:medical school|school|university|college|country|hometown|city|region|program|programme|path|journey|route|background|specialty|hospital)\b/i,
  /\b(?:fellow|proud) (?:alumn(?:us|a|i|ae)|graduate|IMG)\b/i,
  /\byou (?:also )?(?:trained|studied|graduated|completed|went|grew up|attended|matched|moved|came|started|practised|practiced|were an IMG|are an IMG)\b/i,
  /\b(?:referred|introduced|recommended|pointed) (?:me )?(?:by|to you|to reach|to contact)\b/i,
  /\b(?:Dr\.?|Prof\.?|Professor|my (?:mentor|supervisor|professor|consultant|colleague|friend|classmate|senior)) (?:[\p{L}-]+,? ){0,5}?(?:suggested|recommended|mentioned|told me|gave me|referred|encouraged|said)\b/iu,
  /\bsuggested (?:that )?I (?:reach out|contact|write|email|get in touch|speak)\b/i,
  /\bgave me your (?:name|email|contact|details)\b/i,
  /\b(?:MatchReady|mentor directory|mentorship directory|IMG Advisors Network|advisors? network)\b/i,
];

/** A small, concrete ask on its own: a time box or a short call. */
export const SPECIFIC_ASK: readonly RegExp[] = [
  /\b(?:\d{1,2}|five|ten|fifteen|twenty|thirty)(?: ?(?:-|to|or) ?(?:\d{1,2}|ten|fifteen|twenty|thirty))? ?-? ?min(?:ute)?s?\b/i,
  /\b(?:short|brief|quick|informal|virtual|video|phone|zoom|teams|online) (?:video |phone |zoom )?(?:call|chat|conversation|meeting)\b/i,
  /\b(?:ask|answer|send) (?:you )?(?:a|one|two|three|a few|a couple of|some) (?:quick |short |specific |brief )?questions?\b/i,
  /\b(?:review|look over|look at|read|comment on|give (?:me )?(?:feedback|comments) on) my (?:cv|c\.v\.|resume|personal statement|program list|programme list|rank list|application|draft)\b/i,
];

/** With a request cue in the same sentence, these nouns make an ask concrete enough. */
export const CONVERSATION = /\b(?:call|chat|conversation|meeting|talk|speak|zoom|phone|video)\b/i;

/** Words that make a sentence a request. */
export const REQUEST_CUE =
  /\b(?:would you|could you|can you|will you|might you|could we|can we|might we|would it be possible|is it possible|is there any|are there any|may I|could I|can I|I(?: would|'d) (?:like|love|appreciate|be (?:grateful|honou?red|thrilled|glad|happy))|I (?:am|'m) (?:hoping|looking|seeking|writing to (?:ask|request|inquire|enquire)|asking|requesting|interested in)|I hope (?:you|to)|I was (?:hoping|wondering)|I wonder|please|kindly|I (?:need|want|request|seek)\b|seeking|consider(?:ing)? (?:me|sponsoring|writing|hiring|offering|taking)|if you (?:could|would|can|might|have|know)|are you (?:able|willing|open|available)|willing to|open to|do you have (?:any )?(?:openings?|positions?|vacanc(?:y|ies)|spots?|room|time)|any (?:openings?|vacancies|positions? available|opportunities))\b/i;

/** Open-ended asks that leave the work of deciding to the mentor. */
export const VAGUE_ASK: readonly RegExp[] = [
  /\bany (?:help|advice|guidance|support|tips|assistance)\b/i,
  /\bplease (?:help|guide|advise|assist|support) me\b/i,
  /\b(?:let me know|tell me) (?:if|how) you (?:can|could|might) help\b/i,
  /\bI (?:really |truly |greatly |just )?(?:need|would like|'d like|want|am seeking|'m seeking|am looking for|'m looking for|would appreciate|'d appreciate|would value|'d value) (?:your |some |any )?(?:help|guidance|advice|mentorship|support|assistance)\b/i,
  /\bI(?: would|'d) (?:really |truly |greatly |so )?(?:appreciate|value|love|welcome) (?:your |some |any )?(?:help|guidance|advice|mentorship|support|assistance)\b/i,
  /\b(?:be|become) my mentor\b/i,
  /\b(?:mentor|guide|help) me\b/i,
];

export type BigAskKind = 'letter' | 'job' | 'research' | 'visa';

export const BIG_ASKS: readonly { readonly kind: BigAskKind; readonly pattern: RegExp }[] = [
  {
    kind: 'letter',
    pattern:
      /\b(?:letters? of (?:recommendation|reference|support)|recommendation letters?|reference letters?|LoRs?|letters? of rec|rec letters?|write (?:me )?(?:a |an |one )?(?:strong |good )?(?:letter|reference)|recommend me (?:to|for)|vouch for me|be (?:one of )?my (?:referees?|references?))\b/i,
  },
  {
    kind: 'visa',
    pattern:
      /\b(?:visa sponsorship|sponsor(?:ing|ship)? (?:of |for )?(?:me|my|a|an|the)? ?(?:H-?1-?B|J-?1|visa)s?|(?:H-?1-?B|J-?1) sponsor(?:ship)?|sponsor me|visa support)\b/i,
  },
  {
    kind: 'research',
    pattern:
      /\b(?:research (?:position|job|post|assistant(?:ship)?|opportunit(?:y|ies)|spot|role|place|volunteer|internship|fellowship)s?|join your (?:lab|laboratory|research|team|group)|(?:position|spot|place|role|internship) (?:in|on|with) your (?:lab|laboratory|research|study|studies|team|group)|(?:work|volunteer) (?:in|with|for) your (?:lab|laboratory|research (?:team|group)))\b/i,
  },
  {
    kind: 'job',
    pattern:
      /\b(?:(?<!\b(?:your|my|his|her|their|our) (?:[\p{L}-]+ )?)jobs?|employment|paid position|staff position|residency (?:position|spot|slot)s?|(?:a |any )?(?:position|spot|place|slot|opening)s? (?:in|at|with) your (?:program|programme|residency|department|hospital|clinic|practice|institution|team)|hire me|hiring me|work for you|pre-?match(?: offer)?|vacanc(?:y|ies))\b/iu,
  },
];

/** Negations that, earlier in the same clause, undo a big ask ("I am not asking for a letter"). */
export const NEGATION =
  /\b(?:not|never|no|without|nor|rather than|instead of|other than|neither)\b|n't\b/i;

/** A big-ask word inside a request for advice about it is fine ("advice on finding a job"). */
export const ADVICE_FRAME =
  /\b(?:advice|advise|guidance|tips|insights?|how (?:to|I|you|did|do|can|could|should|one|people)|what (?:helped|made|you)|your experience|experience with|learn (?:about|how|from)|approach(?:ed|ing)?)\b/i;

/** Sentence pieces end here: a big ask and its negation must be in the same clause. */
export const CLAUSE_BREAK = /[,;:()]|\s-\s|\bbut\b|\bhowever\b|\bthough\b|\balthough\b/gi;

/** Acknowledging the mentor's time: thanks for it, flexibility, or a graceful way out. */
export const TIME_RESPECT: readonly RegExp[] = [
  /\b(?:I|we) (?:know|understand|realize|realise|appreciate|recognize|recognise|am aware|'m aware)(?: that| how)? (?:you|your|this|it|how)\b[^.!?\n]{0,60}?\b(?:busy|time|schedule|demands|commitments|hectic|full|limited|precious|valuable)\b/i,
  /\b(?:thank you|thanks|many thanks|I appreciate|I'd appreciate|I would appreciate|grateful)\b[^.!?\n]{0,40}?\b(?:your time|for considering|for reading|consideration|taking the time|a few minutes|your attention)\b/i,
  /\bat your (?:convenience|earliest convenience)\b/i,
  /\bwhenever (?:it )?(?:is |suits|works|convenient|you (?:have|can))/i,
  /\bif (?:your schedule|time|your time) (?:allows|permits)\b/i,
  /\bif you (?:have|can spare|could spare|find) (?:the )?(?:time|a moment|a few minutes|a little time)\b/i,
  /\bno (?:pressure|obligation|worries if not)\b/i,
  /\bfeel free to (?:say no|decline|ignore|pass)\b/i,
  /\b(?:completely|totally|perfectly|absolutely)? ?(?:fine|okay|ok|alright) if (?:not|you (?:can't|cannot|are|don't))\b/i,
  /\b(?:completely|totally|fully|entirely|perfectly|will|would) understand if\b/i,
  /\bunderstand if (?:you|now|this|it)\b/i,
  /\b(?:flexible (?:around|with|to)|work around|fit (?:in )?(?:around|with)|adapt to) your (?:schedule|calendar|availability|time)\b/i,
  /\b(?:a|any) time that (?:suits|works for|is convenient for) you\b/i,
  /\bwhatever (?:time )?(?:suits|works for) you\b/i,
  /\b(?:value|respect|mindful of|conscious of) your (?:time|schedule)\b/i,
  /\b(?:not|without) (?:to )?tak(?:e|ing) (?:up )?(?:too much of )?your time\b/i,
];
