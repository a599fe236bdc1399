import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { GAP_PATHS, VISA_PATHS } from './answer-paths.ts';
import { NARRATIVE_BAND, QUICK_BAND, RED_FLAG_BAND } from './time-bands.ts';

// Theme C: questions specific to international medical graduates, including red-flag
// explanations. Original text; every applicant in the samples is fictional. Visa and
// certification facts: the clinical J-1 is sponsored by ECFMG and carries a two-year
// home-residency requirement unless waived (docs/sources.md#visa-j1-h1b-rules); an H-1B needs
// Step 3 (#visa-h1b-step3); ECFMG requirements are due by the rank list deadline
// (#ecfmg-match-eligibility).
export const IMG_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'img-why-us',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'Why did you choose to pursue residency in the US?',
    alternatives: [
      'Why not train in your home country?',
      'Why US residency rather than the UK, Canada or Australia?',
      'Why do you want to practise medicine in the United States?',
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs invest years of training in each resident and want to know that your reasons are professional, considered and lasting. They also listen to how you talk about your home country and whether your expectations of US training are realistic.',
    talkingPoints: [
      {
        id: 'training-features',
        label: 'What US training offers you',
        guidance:
          'Name specific features of US residency you want, such as structured supervision, frequent feedback, a defined curriculum or subspecialty depth.',
        synonyms: [
          'structured',
          'curriculum',
          'supervision',
          'feedback',
          'milestones',
          'graduated responsibility',
          'subspecialty',
        ],
      },
      {
        id: 'experience',
        label: 'Experience that tested the choice',
        guidance: 'Point to US clinical experience that confirmed the decision.',
        synonyms: [
          'observership',
          'externship',
          'us clinical experience',
          'usce',
          'rotated',
          'clinical rotation',
          'elective',
          'sub-internship',
        ],
      },
      {
        id: 'respect-home',
        label: 'Respect for your home system',
        guidance:
          'Speak about home with respect: what it taught you and what it does well despite its constraints.',
        synonyms: [
          'proud',
          'grateful',
          'taught me so much',
          'i learned a great deal',
          'learned so much',
          'respect',
          'admire',
          'what our teams achieved',
          'with limited resources',
          'resourceful',
        ],
      },
      {
        id: 'goals',
        label: 'Long-term goals',
        guidance:
          'Explain what you want to do with the training, whether you plan to stay, return or work between both.',
        synonyms: [
          'long-term',
          'long term',
          'my goal',
          'career',
          'plan to',
          'hope to',
          'in the future',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'money-or-prestige',
        description: 'Pay, lifestyle or prestige as the reason.',
        phrases: ['salary', 'make more money', 'better pay', 'well paid', 'prestige', 'lifestyle'],
      },
      {
        code: 'criticises-home-country',
        description: 'Running down the health system or colleagues you trained with.',
        phrases: ['corrupt', 'backward', 'nothing works', 'useless', 'hopeless', 'no future'],
      },
      {
        code: 'overpraises-us',
        description: 'Treating the US as flawless.',
        phrases: ['best in the world', 'everything is better', 'real medicine'],
      },
      {
        code: 'personal-reason-as-main-motive',
        description: 'A partner or relative as the whole reason.',
        phrases: [
          'follow my husband',
          'follow my wife',
          'my fiancé',
          'my fiance',
          'my boyfriend',
          'my girlfriend',
        ],
      },
    ],
    sampleAnswer:
      "I chose US residency because I want training built around supervision, feedback and graduated responsibility. In Nairobi, I learned a great deal from a very busy public hospital. As an intern I managed my own wards and became confident with sick patients, and I'm proud of what our teams achieved with limited resources. But most of my learning happened by doing, and feedback was occasional. During my four-month externship in internal medicine in Baltimore, I saw a different model: milestones, direct observation, a clear curriculum, and attendings who debriefed every admission. Within weeks my presentations and my reasoning were sharper, and I realised that this is how I want to train. I'm also drawn to the depth of subspecialty exposure, especially in infectious diseases, which became my interest while caring for patients with HIV and tuberculosis at home. My long-term goal is to become an infectious diseases physician who works between both settings, contributing to research and training partnerships that link US centres with hospitals like the one that taught me so much.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-why-abroad',
    theme: 'img',
    audience: 'us-img',
    type: 'img',
    prompt: 'Why did you go to medical school outside the US?',
    alternatives: [
      'As a US citizen, why did you choose a Caribbean medical school?',
      "Why didn't you attend a US medical school?",
      'What led you to study medicine abroad?',
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'For US citizens who trained abroad, programs want an honest account of the decision and evidence that it was a considered path rather than a regretted fallback. They also want to know what the experience gave you that a US school might not have.',
    talkingPoints: [
      {
        id: 'reason',
        label: 'The honest reason',
        guidance:
          'Give the real reason briefly, whether admission timing, cost, family ties or a particular school, without apologising.',
        synonyms: [
          'i decided',
          'i chose',
          'the choice',
          'at the time',
          'i applied',
          'option',
          'reason',
        ],
      },
      {
        id: 'ownership',
        label: 'Owning the choice',
        guidance: 'If it was partly a second chance, say so plainly and show what you did with it.',
        synonyms: [
          'honestly',
          'second chance',
          'took it seriously',
          'i own',
          'worked hard',
          'committed',
        ],
      },
      {
        id: 'gains',
        label: 'What studying abroad gave you',
        guidance:
          'Name skills or perspectives you gained, such as independence, another language or care with limited resources.',
        synonyms: [
          'independent',
          'adaptable',
          'perspective',
          'resilience',
          'limited specialists',
          'another language',
          'changed me',
        ],
      },
      {
        id: 'readiness',
        label: 'Proof of readiness',
        guidance: 'Point to outcomes: exam results, US core rotations, letters from US faculty.',
        synonyms: [
          'step 1',
          'step 2',
          'core rotations',
          'sub-intern',
          'letters',
          'first attempt',
          'clerkships',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'excuse-for-scores',
        description: 'Blaming admissions or bad luck for not attending a US school.',
        phrases: ['unfair', 'bad luck', 'rigged'],
      },
      {
        code: 'generic-answer',
        description: 'Treating the choice as the easy route.',
        phrases: ['it was easier', 'it was the easy way'],
      },
    ],
    sampleAnswer:
      "I'm from Newark, and I applied to US medical schools once, with a solid GPA but an MCAT score that didn't match it. I had the choice to wait another year or to start at a Caribbean school with a strong record of clinical placements in US hospitals, and I decided to start. Honestly, I knew it was a second chance, and I took it seriously. I treated every block as preparation for the boards, passed Step 1 on my first attempt and scored 248 on Step 2 CK. Studying on an island also changed me. I learned to be independent, living far from my support network, and my community rotations there showed me how a small hospital copes with limited specialists and equipment. My core rotations were in New York and Maryland, where I earned letters from internal medicine faculty who watched me carry patients as a sub-intern. So while my route was less traditional, it has given me resilience and perspective, and I'm ready for residency.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-home-health-system',
    theme: 'img',
    audience: 'non-us-img',
    type: 'img',
    prompt: 'Tell me about the health system in your country and how it compares with the US.',
    alternatives: [
      'How is health care organised where you trained?',
      'What are the main differences between practising medicine at home and here?',
      "What could the US learn from your country's health system?",
    ],
    competencies: ['systems-based-practice', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Interviewers want to see that you understand health systems as systems, can compare them fairly and will adapt to American practice. They also listen closely for disrespect towards your home country, which suggests you might be negative about colleagues here too.',
    talkingPoints: [
      {
        id: 'structure',
        label: 'How it is organised',
        guidance:
          'Describe financing and levels of care in two sentences: public and private sectors, insurance, primary and tertiary care.',
        synonyms: [
          'public',
          'private',
          'government',
          'insurance',
          'out of pocket',
          'primary health',
          'tertiary',
        ],
      },
      {
        id: 'strengths',
        label: 'What it does well',
        guidance:
          'Name a real strength, such as community health workers, cheap generic medicines or strong primary care.',
        synonyms: [
          'does well',
          'strength',
          'community health workers',
          'affordable',
          'works well',
          'reach',
        ],
      },
      {
        id: 'us-contrast',
        label: 'A fair comparison with the US',
        guidance:
          'Compare fairly: access, cost, technology, documentation, and the barriers each system creates.',
        synonyms: ['compared with', 'in the us', 'whereas', 'in contrast', 'unlike', 'the us has'],
      },
      {
        id: 'lesson',
        label: 'What you carry with you',
        guidance: 'Say what the comparison taught you and how it will shape your practice here.',
        synonyms: ['lesson', 'taught me', 'i carry', 'i learned', 'shape', "i'll ask"],
      },
      {
        id: 'unique-fact',
        label: 'One thing unique to your system, with a fact',
        guidance:
          'Pick one thing your system does that the US does not, and back it with a fact or figure.',
        synonyms: [
          'unique',
          'one thing',
          'distinctive',
          'nowhere else',
          'for every',
          'percent',
          'million',
          'thousand',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'criticises-home-country',
        description: 'Describing your country with contempt.',
        phrases: [
          'corrupt',
          'backward',
          'nothing works',
          'third world',
          'useless',
          'primitive',
          'hopeless',
        ],
      },
      {
        code: 'overpraises-us',
        description: 'Presenting the US system as perfect.',
        phrases: ['best in the world', 'perfect', 'everything is better here', 'real medicine'],
      },
    ],
    sampleAnswer:
      "India has a mixed system. The government runs primary health centres and large public hospitals where care is free or very cheap, while many people, including low-income families, also use private clinics and pay out of pocket. A national insurance scheme now covers hospital care for poorer families, but outpatient medicines are still often paid for directly. What the system does well is reach. One thing unique to it is the village health worker: a trained woman chosen by her own village, about one for every thousand people, who links families to care, and our generic drug industry makes essential medicines affordable. The challenges are uneven quality and very heavy patient loads in public hospitals, where I sometimes saw eighty patients in one clinic session. Compared with the US, India spends far less per person and relies less on technology, whereas the US has more specialists, imaging and documentation, but also high costs and complex insurance that create their own barriers. The lesson I carry is that access and affordability shape outcomes as much as clinical skill, so here I'll ask early about cost, coverage and follow-up, not only about symptoms.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-visa-status',
    theme: 'img',
    audience: 'all',
    type: 'logistics',
    prompt: 'What is your visa status, and will you need sponsorship?',
    alternatives: [
      'Are you authorised to work in the US, or will you need a visa?',
      'Which visa would you need for residency?',
      'Have you thought about J-1 versus H-1B?',
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Programs must know whether they can sponsor you and what paperwork is involved, and some sponsor only one visa type. A calm, accurate answer of about thirty seconds shows you understand the process and will not create surprises.',
    talkingPoints: [
      {
        id: 'status',
        label: 'Your status in one sentence',
        guidance:
          'State whether you are a citizen, a permanent resident, hold work authorisation, or which visa you need.',
        synonyms: [
          'visa',
          'sponsorship',
          'j-1',
          'h-1b',
          'green card',
          'permanent resident',
          'citizen',
          'work authorization',
        ],
      },
      {
        id: 'flexibility',
        label: 'Preference and flexibility',
        guidance:
          'Say which visa you would prefer, if any, and that you will work with whatever the program sponsors.',
        synonyms: ['flexible', 'whichever', 'either', 'prefer', 'open to', 'happy with'],
      },
      {
        id: 'requirements',
        label: 'Requirements already met',
        guidance:
          'Mention ECFMG certification and, if an H-1B is in play, that Step 3 is passed or booked.',
        synonyms: [
          'ecfmg',
          'certified',
          'certification',
          'step 3',
          'passed',
          'booked',
          'scheduled',
        ],
      },
      {
        id: 'rules',
        label: 'You know the rules',
        guidance:
          'Show you know the basics: ECFMG sponsors the clinical J-1, which carries a two-year home-residency requirement unless a waiver is granted.',
        synonyms: [
          'ecfmg sponsors',
          'two-year',
          'home-residency',
          'home residency',
          'home country',
          'waiver',
          'cap-exempt',
        ],
      },
    ],
    paths: VISA_PATHS,
    pitfalls: [
      {
        code: 'demanding-visa-talk',
        description: 'Making sponsorship sound like a demand.',
        phrases: [
          'you must sponsor',
          'you have to sponsor',
          'i will only',
          'i only accept',
          'i need you to',
        ],
      },
      {
        code: 'overlong-explanation',
        description: 'Turning a 30-second answer into an immigration history.',
        phrases: ["it's a long story", 'let me explain the whole'],
      },
    ],
    sampleAnswer:
      "I'll need visa sponsorship. I'm ECFMG certified, so I'm eligible for the J-1, which ECFMG sponsors, and I understand it comes with a two-year home-residency requirement unless I obtain a waiver. I've also passed Step 3, so I'd qualify for an H-1B if your institution sponsors it. My slight preference would be the H-1B, but I'm fully flexible and happy with whichever visa your program supports.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-low-score-or-gap',
    theme: 'img',
    audience: 'all',
    type: 'red-flag',
    prompt: 'Can you explain the low score or the gap in your application?',
    alternatives: [
      'Your Step 2 score is below our usual range. What happened?',
      'What were you doing between graduation and now?',
      "Is there anything in your application you'd like to explain?",
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: RED_FLAG_BAND,
    whyAsked:
      'Programs have already seen the weak point; what they judge now is honesty, insight and whether the problem is behind you. A brief, owned explanation followed by evidence of change turns a red flag into a story of growth.',
    talkingPoints: [
      {
        id: 'acknowledge',
        label: 'Acknowledge it directly',
        guidance: 'Name the score or the gap in your first sentence, without being asked twice.',
        synonyms: [
          'my score',
          'lower than',
          'below',
          'the gap',
          'month gap',
          'i scored',
          'my step',
        ],
      },
      {
        id: 'own',
        label: 'Own the cause',
        guidance: 'Give the real cause in a sentence and take responsibility for your part.',
        synonyms: [
          'my responsibility',
          'i underestimated',
          'i relied',
          'my mistake',
          'i should have',
          "i didn't",
          'i did not',
        ],
      },
      {
        id: 'changed',
        label: 'What changed, with evidence',
        guidance: 'Describe what you changed and the result that proves it.',
        synonyms: [
          'i changed',
          'as a result',
          'since then',
          'improved',
          'passed',
          'used that time',
        ],
      },
      {
        id: 'pivot',
        label: 'Pivot forward',
        guidance: 'Finish briefly on your readiness today.',
        synonyms: ['today', 'ready', 'currently', 'confident', 'going forward', 'every day'],
      },
      {
        id: 'other-strengths',
        label: 'Your other strengths',
        guidance:
          'Mention strengths the score does not show, such as research, teaching or volunteering, in a sentence.',
        synonyms: [
          'research',
          'volunteer',
          'volunteering',
          'publication',
          'published',
          'teaching',
          'letters',
        ],
        optional: true,
      },
    ],
    paths: GAP_PATHS,
    pitfalls: [
      {
        code: 'excuse-for-scores',
        description: 'Explaining the result away instead of owning it.',
        phrases: ['unfair', 'bad luck', 'not my fault', 'tricky questions', 'the proctor'],
      },
      {
        code: 'evasive-about-weakness',
        description: 'Avoiding the issue the interviewer raised.',
        phrases: ["i don't think it matters", "scores don't reflect", "it's not important"],
      },
      {
        code: 'blames-others',
        description: 'Blaming a school, teachers or family for the result.',
        phrases: ["my school didn't", 'nobody told me', 'my teachers'],
      },
      {
        code: 'overlong-explanation',
        description: 'A long story that keeps the focus on the problem.',
        phrases: ['long story', 'let me explain everything', 'from the beginning'],
      },
    ],
    sampleAnswer:
      "Yes. My Step 2 CK score of 221 is lower than I wanted, and there's an eight-month gap after it. The score was my responsibility. I underestimated how different the clinical vignettes were from my school's exams, and I relied on reading rather than timed question practice. After I received it, I changed my approach completely. I used the gap to work as an observer and scribe in an internal medicine clinic in Chicago, where I practised writing notes and presenting, and I studied with a timed question bank every evening. As a result, I passed Step 3 on my first attempt with a 232, and my attendings wrote letters about my clinical reasoning. The experience taught me to test my preparation honestly rather than assume it's enough. Today I'm confident in my knowledge base, and I use the same discipline in clinic every day.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-exam-attempt',
    theme: 'img',
    audience: 'all',
    askWhen: ['failed-attempt'],
    type: 'red-flag',
    prompt: 'I see you failed Step 1 on your first attempt. What happened?',
    alternatives: [
      'Tell me about your exam attempts.',
      'Why did it take two attempts to pass?',
      'What did you learn from failing an exam?',
    ],
    competencies: ['professionalism', 'practice-based-learning', 'medical-knowledge'],
    timeBand: RED_FLAG_BAND,
    whyAsked:
      'A failed attempt raises the question of whether you will pass your boards during residency. Programs want accountability, a clear diagnosis of what went wrong and proof that your new approach works.',
    talkingPoints: [
      {
        id: 'acknowledge',
        label: 'Name the attempt',
        guidance: 'Say plainly that you did not pass on the first attempt, and when.',
        synonyms: [
          "didn't pass",
          'did not pass',
          'failed',
          'first attempt',
          'second attempt',
          'unsuccessful',
        ],
      },
      {
        id: 'own',
        label: 'Your part in it',
        guidance: 'Explain the cause in one or two sentences, owning it.',
        synonyms: [
          'my approach',
          'i relied',
          'i underestimated',
          'my responsibility',
          'i misjudged',
          "i didn't take",
        ],
      },
      {
        id: 'changed',
        label: 'What you changed',
        guidance: 'Describe the concrete changes to your method or circumstances.',
        synonyms: [
          'i changed',
          'study schedule',
          'practice question',
          'self-assessment',
          'study group',
          'tutor',
          'i built',
        ],
      },
      {
        id: 'result',
        label: 'The result',
        guidance: 'Give the outcome that proves the change worked, such as later exams.',
        synonyms: ['i passed', 'passed step 2', 'scored', 'step 2', 'step 3', 'since then'],
      },
      {
        id: 'forward',
        label: 'Carrying the lesson forward',
        guidance: 'Close with how you will prepare for in-training exams and boards.',
        synonyms: [
          'in-training',
          'boards',
          'in residency',
          'going forward',
          'same habit',
          'the lesson',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'excuse-for-scores',
        description: 'Attributing the failure to the exam or to luck.',
        phrases: [
          'unfair',
          'bad luck',
          'not my fault',
          'the exam was',
          'tricky questions',
          'the test center',
        ],
      },
      {
        code: 'blames-others',
        description: 'Blaming teachers or the school.',
        phrases: ['my school', 'my teachers', 'nobody told me'],
      },
      {
        code: 'overlong-explanation',
        description: 'Dwelling on the failure rather than the recovery.',
        phrases: ['long story', 'so many things happened'],
      },
    ],
    sampleAnswer:
      "Yes, I didn't pass Step 1 on my first attempt, in 2021. Looking back, my approach was the problem. I relied heavily on re-reading notes, took only one practice exam, and didn't take its warning seriously because I'd done well in school. After the result, I changed three things. I built a study schedule around timed practice question blocks with a full review of every wrong answer. I took a self-assessment every three weeks and only booked the exam once I was consistently above the passing range. And I joined a small online study group that kept me accountable. I passed on my second attempt, then passed Step 2 CK on the first attempt with a 245. The lesson I carry is to measure my readiness with data instead of feelings. In residency I plan to use the same habit for in-training exams and boards, with regular question practice rather than a last-minute push.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-time-since-graduation',
    theme: 'img',
    audience: 'all',
    askWhen: ['graduated-years-ago'],
    type: 'red-flag',
    prompt:
      'You graduated several years ago. What have you been doing since, and how have you kept your clinical skills current?',
    alternatives: [
      'Why has it been so long since you graduated?',
      'When did you last work clinically?',
      'How have you stayed up to date since medical school?',
    ],
    competencies: ['practice-based-learning', 'patient-care', 'medical-knowledge'],
    timeBand: RED_FLAG_BAND,
    whyAsked:
      'Many programs prefer recent graduates, and some set a limit on years since graduation, because clinical skills fade without practice. They want a clear account of the years and evidence that your skills and knowledge are current.',
    talkingPoints: [
      {
        id: 'timeline',
        label: 'A clear timeline',
        guidance: 'Summarise the years since graduation in order, with no unexplained months.',
        synonyms: [
          'graduated in',
          'since then',
          'until',
          'after my internship',
          'for the past',
          'after graduating',
        ],
      },
      {
        id: 'clinical',
        label: 'Recent clinical work',
        guidance: 'Name your most recent hands-on clinical role and when it was.',
        synonyms: [
          'worked as',
          'general practitioner',
          'hands-on',
          'externship',
          'seeing',
          'patients a day',
          'clinical work',
        ],
      },
      {
        id: 'current',
        label: 'Keeping current',
        guidance:
          'Show what kept you current: exams, observerships, courses, continuing medical education, research with patients.',
        synonyms: ['current', 'up to date', 'up-to-date', 'cme', 'course', 'guidelines', 'step 3'],
      },
      {
        id: 'reason',
        label: 'The reason, briefly',
        guidance:
          'If there was a personal, financial or immigration reason, state it in one sentence without oversharing.',
        synonyms: [
          'had to wait',
          'because',
          'moved',
          'work authorization',
          'work authorisation',
          'family',
          'financial',
        ],
      },
      {
        id: 'ready',
        label: 'Readiness',
        guidance: 'Close with why you are ready to start now.',
        synonyms: ['ready', 'prepared', 'stayed in use', 'confident', 'able to start'],
      },
    ],
    pitfalls: [
      {
        code: 'evasive-about-weakness',
        description: 'A vague account of the years.',
        phrases: ['i was just studying', 'nothing much', 'doing some things'],
      },
      {
        code: 'overlong-explanation',
        description: 'A long personal story instead of a timeline.',
        phrases: ['long story', "it's complicated"],
      },
    ],
    sampleAnswer:
      "I graduated in 2018 from a medical school in Cairo, and I've stayed in clinical work for most of the time since. After my internship I worked as a general practitioner in a government clinic until 2021, seeing around forty patients a day. In 2021 my family moved to New Jersey, and for the first year I had to wait for my work authorisation, which I used to study for Step 1 and Step 2 CK, passing both on the first attempt. To keep my skills current, I completed a hands-on externship in internal medicine in 2023, and for the past year I've worked as a clinical research coordinator, seeing trial participants every week. I also finished an online CME course on the latest hypertension and diabetes guidelines. I know the time since graduation is longer than many applicants', but my skills have stayed in use, and I'm ready to start residency.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-usce',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'Tell me about your US clinical experience.',
    alternatives: [
      'What hands-on experience have you had in US hospitals?',
      'How did your observerships prepare you for residency?',
      'What did you actually do during your externship?',
    ],
    competencies: ['patient-care', 'systems-based-practice', 'interpersonal-communication'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'US clinical experience shows that you can work in a US team, use the EHR and communicate with American patients. Programs want specifics about what you did, not just where you were.',
    talkingPoints: [
      {
        id: 'type',
        label: 'Type and length',
        guidance:
          'Name the type of experience, whether hands-on elective, externship, sub-internship or observership, and how long it lasted.',
        synonyms: [
          'us clinical experience',
          'usce',
          'externship',
          'observership',
          'elective',
          'sub-internship',
          'rotated',
          'clinical rotation',
          'weeks',
          'months',
        ],
      },
      {
        id: 'role',
        label: 'What you actually did',
        guidance:
          'Describe your hands-on role: histories, examinations, notes, presentations, consults.',
        synonyms: [
          'took histories',
          'examined',
          'progress notes',
          'presented',
          'carried',
          'called consults',
          'pre-rounded',
        ],
      },
      {
        id: 'systems',
        label: 'US systems you learned',
        guidance:
          'Mention the EHR, documentation, the wider team and discharge planning, including insurance questions.',
        synonyms: [
          'epic',
          'cerner',
          'ehr',
          'discharge planning',
          'case manager',
          'pharmacist',
          'insurance',
        ],
      },
      {
        id: 'lesson',
        label: 'What you learned',
        guidance: 'Give one lesson about patients or team culture that you took from it.',
        synonyms: [
          'lesson',
          'surprised',
          'i learned',
          'taught me',
          'learning curve',
          'realised',
          'realized',
        ],
      },
      {
        id: 'letters',
        label: 'Who vouches for it',
        guidance: 'Mention letters or evaluations from US faculty.',
        synonyms: [
          'letters of recommendation',
          'letter',
          'my attendings',
          'evaluation',
          'feedback',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Only observing, with no detail of what you did.',
        phrases: ['i observed', 'i shadowed', 'it was a great experience'],
      },
      {
        code: 'overpraises-us',
        description: 'Admiration instead of description.',
        phrases: ['everything is better', 'so advanced', 'so much better than home'],
      },
    ],
    sampleAnswer:
      'I have nine months of US clinical experience. The core was a twelve-week hands-on externship in internal medicine at a community hospital in Ohio, followed by two four-week inpatient electives in Michigan. On the externship I carried three or four patients, took histories, examined them, wrote daily progress notes in Epic for my attending to co-sign and presented on rounds each morning. I also called consults, which taught me to lead with a specific question. The systems were the biggest learning curve. I learned how much of a hospital stay is discharge planning, and I worked closely with case managers and pharmacists on insurance approvals and medication costs, things I rarely handled at home. One lesson that surprised me was how directly patients here expect to be involved in decisions, so I learned to offer options rather than a single plan. Two of my attendings from those rotations wrote my letters of recommendation.',
    star: false,
    priority: 1,
  },
  {
    id: 'img-ecfmg-certification',
    theme: 'img',
    audience: 'all',
    type: 'logistics',
    prompt: 'Are you ECFMG certified, and if not, when will you be?',
    alternatives: [
      'Will you be certified before the start of residency?',
      'Which exams or requirements do you still need to complete?',
      'Have you met the communication skills requirement?',
    ],
    competencies: ['professionalism'],
    timeBand: QUICK_BAND,
    whyAsked:
      'International graduates need ECFMG certification before they can start an accredited residency, and programs dislike ranking an applicant whose timing is uncertain. A precise answer removes a practical worry.',
    talkingPoints: [
      {
        id: 'status',
        label: 'Certification status',
        guidance: 'Say whether you are certified and, if not, exactly what remains.',
        synonyms: ['ecfmg', 'certificate', 'certified', 'certification', 'outstanding', 'pending'],
      },
      {
        id: 'components',
        label: 'The components, accurately',
        guidance:
          'Name them correctly: Step 1, Step 2 CK, the communication skills requirement (OET Medicine through a pathway) and a verified medical diploma.',
        synonyms: [
          'step 1',
          'step 2 ck',
          'oet',
          'communication skills',
          'pathway',
          'diploma',
          'verified',
        ],
      },
      {
        id: 'dates',
        label: 'Dates',
        guidance: 'Give dates for anything outstanding, with a margin before the start date.',
        synonyms: ['scheduled', 'expected', 'booked', 'before the start', 'deadline', 'next month'],
      },
    ],
    pitfalls: [
      {
        code: 'evasive-about-weakness',
        description: 'Vague about a hard requirement.',
        phrases: ['should be fine', 'i think so', 'not sure'],
      },
    ],
    sampleAnswer:
      "Yes, I received my ECFMG certificate in August. I passed Step 1 and Step 2 CK on the first attempt, met the communication skills requirement through a pathway with a passing OET Medicine score, and ECFMG verified my medical diploma directly with my school in Lagos. So nothing is outstanding on the certification side, and I'm eligible for J-1 sponsorship. I've also scheduled Step 3 for December, in case your program sponsors the H-1B.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-return-home',
    theme: 'img',
    audience: 'non-us-img',
    type: 'img',
    prompt: 'Do you plan to return to your home country after residency?',
    alternatives: [
      'Where do you see yourself practising long term?',
      "If you're on a J-1, how will you handle the two-year home requirement?",
      'Will you stay in the US after training?',
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want residents whose long-term plans are realistic and who will be fully engaged during training. For J-1 holders they also check that you understand the two-year home-residency requirement and the waiver routes that shape life after residency.',
    talkingPoints: [
      {
        id: 'plan',
        label: 'An honest plan',
        guidance: 'Say what you intend, or that you are undecided, without over-promising.',
        synonyms: [
          'my plan',
          "isn't fixed",
          'undecided',
          'intend',
          'long-term',
          'long term',
          'not sure yet',
        ],
      },
      {
        id: 'visa-rules',
        label: 'Visa implications',
        guidance:
          'If relevant, show you understand the J-1 two-year requirement and waivers such as service in an underserved area.',
        synonyms: [
          'j-1',
          'two years',
          'two-year',
          'waiver',
          'conrad 30',
          'underserved area',
          'h-1b',
        ],
      },
      {
        id: 'commitment',
        label: 'Commitment during residency',
        guidance: 'Make clear that your plan does not weaken your commitment to the whole program.',
        synonyms: [
          'commitment',
          'fully focused',
          'all three years',
          'whole residency',
          'reliable colleague',
        ],
      },
      {
        id: 'contribution',
        label: 'Contribution either way',
        guidance: 'Explain how you will contribute to patients here, at home or both.',
        synonyms: [
          'serving',
          'communities',
          'give back',
          'partnerships',
          'teaching',
          'limited access',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'criticises-home-country',
        description: 'Rejecting your country outright.',
        phrases: ['never go back', 'nothing there', 'no future there', 'corrupt'],
      },
      {
        code: 'money-or-prestige',
        description: 'Income as the reason to stay.',
        phrases: ['money', 'salary', 'better life'],
      },
    ],
    sampleAnswer:
      "Honestly, my long-term plan isn't fixed yet, and I'd rather say that than promise something I haven't decided. What I do know is what I want my work to look like: caring for patients with limited access to care, whether that's in rural America or in Ghana. If I train on a J-1, I understand I'd need to return home for two years or obtain a waiver, for example through the Conrad 30 program by working in an underserved area here. Both outcomes would fit my goals, because either way I'd be serving communities that need internists. I'd also like to keep a link with my medical school in Kumasi, perhaps through teaching or research partnerships. None of this affects my commitment during residency. I'd be fully focused on training for all three years, and on being a reliable colleague to my co-residents.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-residency-at-home',
    theme: 'img',
    audience: 'non-us-img',
    type: 'img',
    prompt: "You've already done residency training at home. Why start again in the US?",
    alternatives: [
      "Why repeat training you've already completed?",
      'How will you feel being an intern again after working as a senior?',
      'What will you do differently the second time?',
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs wonder whether an experienced doctor will accept the intern role, take direction from younger seniors and stay motivated. They want a clear professional reason for retraining and genuine humility.',
    talkingPoints: [
      {
        id: 'reason',
        label: 'Why retrain',
        guidance:
          'Explain in professional terms what US training adds, such as accredited training and board certification.',
        synonyms: [
          'acgme',
          'accredited',
          'board certification',
          'practise medicine here',
          'practice medicine here',
          'structured curriculum',
        ],
      },
      {
        id: 'humility',
        label: 'Accepting the intern role',
        guidance:
          'Show that you are comfortable starting again and learning from people junior to you.',
        synonyms: [
          'intern again',
          'beginner',
          'younger than me',
          'grateful',
          'new to me',
          'humbling',
        ],
      },
      {
        id: 'asset',
        label: 'What your experience adds',
        guidance:
          'Name what your earlier training lets you contribute, without claiming to know it all.',
        synonyms: [
          'my experience',
          'brings',
          'sick patients',
          'help co-interns',
          'run codes',
          'procedures',
        ],
      },
      {
        id: 'commitment',
        label: 'Full commitment',
        guidance: 'Reassure them you will complete the program and learn its way of working.',
        synonyms: ['committed', 'complete the full', 'three years', 'your program', 'fully'],
      },
    ],
    pitfalls: [
      {
        code: 'overpraises-us',
        description: 'Implying that training at home was not real training.',
        phrases: ['real training', 'proper training'],
      },
      {
        code: 'criticises-home-country',
        description: 'Dismissing the program you trained in.',
        phrases: ['worthless', 'useless', 'waste of time'],
      },
    ],
    sampleAnswer:
      "I completed two years of internal medicine residency in Tehran before moving to the US when my family emigrated. I'm starting again because I want to practise medicine here for the long term, and that means completing an ACGME-accredited residency and earning board certification. I also want the structured curriculum and feedback that US training offers. I'm very comfortable being an intern again. During my externship, a second-year resident five years younger than me taught me how to write discharge orders in Epic, and I was grateful; the system is new to me, so in many ways I'm a beginner. At the same time, my experience brings something. I've helped run codes, managed ICU overflow patients and placed central lines under supervision, so I'm calm with sick patients and can help co-interns when things get busy. I'm committed to completing the full three years and to learning the way your program teaches, not the way I did things before.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-exam-timeline',
    theme: 'img',
    audience: 'all',
    type: 'red-flag',
    prompt: 'It took you several years to complete your USMLE exams. Why?',
    alternatives: [
      'Walk me through your exam history.',
      'Why is there a long interval between Step 1 and Step 2 CK?',
      'How did you manage studying while working?',
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: RED_FLAG_BAND,
    whyAsked:
      'A long exam timeline can suggest weak planning, repeated difficulty or lost momentum. Programs want a clear, honest sequence and evidence that you used the time well and finished strongly.',
    talkingPoints: [
      {
        id: 'sequence',
        label: 'A clear sequence',
        guidance: 'Give the order and years of the exams briefly.',
        synonyms: [
          'step 1',
          'step 2 ck',
          'step 3',
          'oet',
          'after graduating',
          'the same year',
          'followed by',
        ],
      },
      {
        id: 'reason',
        label: 'The honest reason',
        guidance: 'Explain what stretched the timeline, owning your choices.',
        synonyms: [
          'a choice',
          'i decided',
          'full-time',
          'my income',
          'i should have',
          'constraint',
          'financial',
        ],
      },
      {
        id: 'productive',
        label: 'Time used well',
        guidance: 'Show what else you did in that time: clinical work, projects, teaching.',
        synonyms: [
          'during that time',
          'alongside',
          'managed a',
          'audit',
          'taught',
          'medical officer',
        ],
      },
      {
        id: 'finish',
        label: 'A strong finish',
        guidance: 'End with first-attempt passes or rising scores and your readiness.',
        synonyms: ['first attempt', 'passed', 'finished', 'ready', 'improved', 'current'],
      },
    ],
    pitfalls: [
      {
        code: 'excuse-for-scores',
        description: 'Blaming circumstances for everything.',
        phrases: ['unfair', 'bad luck', 'not my fault'],
      },
      {
        code: 'overlong-explanation',
        description: 'Going through every year in detail.',
        phrases: ['long story', 'many reasons'],
      },
    ],
    sampleAnswer:
      "My exams were spread over four years, and that was partly a choice and partly a constraint. I took Step 1 in 2020, a few months after graduating, and passed on the first attempt. Then I decided to keep working full-time as a medical officer in a district hospital, because my family depended on my income and I didn't want to lose clinical practice. Studying for Step 2 CK alongside sixty-hour weeks was slow, and I now think I should have set a firmer deadline earlier. During that time, though, I managed a busy medical ward, started a small audit of sepsis antibiotics and taught interns. Once I reorganised my week around two protected study days, I finished Step 2 CK in 2022 and passed OET Medicine the same year, both on the first attempt, followed by Step 3 in 2023. The long timeline taught me to plan in fixed blocks, and I'm ready to start residency with current clinical skills.",
    star: false,
    priority: 1,
  },
  {
    id: 'img-adapt-team-culture',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'How will you adapt to the team culture in US hospitals?',
    alternatives: [
      'How is the relationship between doctors, nurses and patients different here?',
      'How comfortable are you questioning a senior, or being questioned by a nurse?',
      'What was the biggest cultural adjustment during your rotations?',
    ],
    competencies: ['interpersonal-communication', 'professionalism', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Hierarchy, patient autonomy and feedback norms differ between countries, and misunderstandings can affect safety and teamwork. Programs want to see that you have noticed these differences and already adjusted.',
    talkingPoints: [
      {
        id: 'differences',
        label: 'Differences you noticed',
        guidance:
          'Name concrete differences, such as a flatter hierarchy, nurses raising concerns or patients leading decisions.',
        synonyms: [
          'hierarchy',
          'flat',
          'speaking up',
          'speak up',
          'at home',
          'in my country',
          'different',
        ],
      },
      {
        id: 'example',
        label: 'A moment of adjustment',
        guidance: 'Describe a moment on a US rotation when you changed your behaviour.',
        synonyms: [
          'during my',
          'a nurse told me',
          'my first instinct',
          'i saw him',
          'i saw her',
          'for example',
        ],
      },
      {
        id: 'autonomy',
        label: 'Patient autonomy and consent',
        guidance: 'Show you understand shared decision-making and informed consent.',
        synonyms: [
          'shared decision',
          'informed consent',
          'consent',
          'options',
          'what matters to the patient',
          'autonomy',
        ],
      },
      {
        id: 'feedback',
        label: 'Feedback both ways',
        guidance: 'Show that you welcome feedback and can give it respectfully.',
        synonyms: ['feedback', 'ask for', 'welcomed', 'debrief', 'correct me', 'thank her'],
      },
    ],
    pitfalls: [
      {
        code: 'criticises-home-country',
        description: 'Dismissing colleagues or culture at home.',
        phrases: ['backward', 'primitive', 'doctors there are arrogant', 'nobody cares'],
      },
      {
        code: 'overpraises-us',
        description: 'Treating US culture as simply superior.',
        phrases: ['everything is better', 'much more civilised', 'much more civilized'],
      },
      {
        code: 'blames-others',
        description: 'Complaining about nurses or colleagues here.',
        phrases: ['nurses are rude', "nurses don't listen", 'too much questioning'],
      },
    ],
    sampleAnswer:
      "The biggest difference I noticed is how flat the team is here. At home in Amman, the hierarchy was clear: the consultant decided, and nurses and juniors rarely questioned a plan in public. During my externship in Illinois, a nurse told me on rounds that our patient seemed more confused than the day before and asked whether we'd checked his sodium. My first instinct was to wait for the attending, but I saw him thank her and change the plan on the spot. I learned that speaking up is expected and is a safety tool, not a challenge to authority. I've also adjusted how I talk with patients. Instead of giving one recommendation, I now lay out the options, check what matters to the patient and document shared decisions and informed consent properly. And I ask for feedback at the end of each week, which my attendings welcomed. I see these habits as good medicine anywhere, and I'm glad to be practising them.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-communication-interpreters',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: "How do you communicate with patients who don't share your language or culture?",
    alternatives: [
      'Tell me about working with medical interpreters.',
      "How would you care for a patient who speaks a language you don't?",
      'How do your languages help you as a physician?',
    ],
    competencies: ['interpersonal-communication', 'patient-care'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Many programs serve patients with limited English, and international graduates are often multilingual. Programs want safe habits with interpreters and cultural humility rather than assumptions.',
    talkingPoints: [
      {
        id: 'interpreter',
        label: 'Professional interpreters',
        guidance:
          'Say you use trained interpreters and avoid relying on relatives, especially children.',
        synonyms: [
          'professional interpreter',
          'interpreter',
          'video interpreter',
          'phone interpreter',
          'language line',
          'qualified',
        ],
      },
      {
        id: 'technique',
        label: 'Technique',
        guidance:
          'Describe good practice: speak to the patient, use short sentences, finish with teach-back.',
        synonyms: [
          'teach-back',
          'directly to the patient',
          'short sentences',
          'plain language',
          'own words',
          'check understanding',
        ],
      },
      {
        id: 'culture',
        label: 'Cultural humility',
        guidance: 'Show that you ask about beliefs and preferences rather than assuming them.',
        synonyms: [
          'culture',
          'not to assume',
          'beliefs',
          'what they think',
          'humility',
          'worried about',
        ],
      },
      {
        id: 'languages',
        label: 'Your languages',
        guidance:
          "Mention your languages as an asset, within the hospital's rules on qualified bilingual staff.",
        synonyms: ['i speak', 'fluent', 'bilingual', 'arabic', 'spanish', 'my language', 'policy'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Relying on relatives or machine translation for clinical conversations.',
        phrases: [
          'google translate',
          'the family can translate',
          'their child translated',
          'the son translated',
        ],
      },
    ],
    sampleAnswer:
      "I speak Arabic, French and English, and during my rotations I also worked with many Spanish-speaking patients, so I've thought about this a lot. For any clinical conversation in a language I'm not fluent in, I use a professional interpreter, in person or by video, even when a relative offers to help. At home I once saw a teenager translate his mother's cancer diagnosis, and I never want to put a family in that position. With the interpreter, I speak directly to the patient, keep my sentences short and finish with teach-back, asking the patient to explain the plan in their own words. Culture matters too. I try not to assume what a patient believes about illness; I ask what they think is causing the problem and what they're worried about. With Arabic-speaking patients, my language helps build trust quickly, although I follow the hospital's policy on qualified bilingual staff before using it for consent or complex discussions.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-english-handoffs',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt:
      "English isn't your first language. How do you make sure nothing gets lost in handoffs or with patients?",
    alternatives: [
      'How do you handle phone calls with nurses when accents differ?',
      'How do you make sure patients understand you?',
      'Tell me about communicating clearly under pressure.',
    ],
    competencies: ['interpersonal-communication', 'patient-care'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Clear communication is a safety issue, especially in handoffs and phone calls. Programs want to see that you rely on structure and checks rather than hoping to be understood.',
    talkingPoints: [
      {
        id: 'structure',
        label: 'Structured handoffs',
        guidance: 'Name a structured tool, such as I-PASS or SBAR, and how you use it.',
        synonyms: [
          'i-pass',
          'ipass',
          'sbar',
          'structured',
          'written version',
          'sign-out',
          'template',
        ],
      },
      {
        id: 'closed-loop',
        label: 'Closed-loop checks',
        guidance: 'Describe read-back, or a summary by the person receiving the information.',
        synonyms: [
          'read back',
          'read-back',
          'summarise',
          'summarize',
          'closed loop',
          'closed-loop',
          'spell',
        ],
      },
      {
        id: 'patients',
        label: 'With patients',
        guidance: 'Show plain language and teach-back with patients.',
        synonyms: [
          'speak slowly',
          'avoid jargon',
          'plain language',
          'teach-back',
          'their own words',
        ],
      },
      {
        id: 'practice',
        label: 'Deliberate practice',
        guidance:
          'Mention what you do to keep improving, such as recording presentations or asking for feedback.',
        synonyms: ['recorded', 'feedback', 'keep improving', 'listened for', 'clearer', 'course'],
      },
    ],
    pitfalls: [
      {
        code: 'evasive-about-weakness',
        description: 'Denying any risk of misunderstanding.',
        phrases: ['my english is perfect', 'there is no problem', 'never had any problem'],
      },
      {
        code: 'blames-others',
        description: 'Putting the burden on listeners.',
        phrases: ["they don't understand my accent", 'americans talk too fast'],
      },
    ],
    sampleAnswer:
      "I take it seriously, because handoffs are where small misunderstandings turn into errors. I use I-PASS for every sign-out, with a written version alongside the verbal one, so the key items, like illness severity and the action list, are on paper as well as spoken. I also ask the receiving colleague to summarise the plan back to me, and when I receive a handoff I do the same. On the phone with nurses, I read back orders and spell drug names if there's any doubt. With patients, I speak slowly, avoid jargon and use teach-back, asking them to tell me the plan in their own words. To keep improving, I recorded my case presentations during my externship and listened for places where I rushed, and I asked my attending for feedback on clarity each week. She said my presentations became noticeably clearer, and I'll keep using those habits in residency.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-us-healthcare-change',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'If you could change one thing about US health care, what would it be?',
    alternatives: [
      'What surprised you most about the US health system?',
      'What do you think the US system does poorly?',
      "What would you bring from your country's system to the US?",
    ],
    competencies: ['systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'This tests whether you understand the US system and can critique it constructively without sounding dismissive. A balanced answer with a practical idea suggests a thoughtful colleague.',
    talkingPoints: [
      {
        id: 'issue',
        label: 'One specific issue',
        guidance:
          'Pick one concrete problem, such as medicine prices, prior authorisation or access to primary care.',
        synonyms: [
          'affordable',
          'cost',
          'price',
          'deductible',
          'prior authorization',
          'prior authorisation',
          'access',
        ],
      },
      {
        id: 'observation',
        label: 'Where you saw it',
        guidance: 'Give a patient or moment from your US experience that shows the problem.',
        synonyms: ['during my', 'i cared for', 'a patient', 'i met', 'i saw', 'admitted with'],
      },
      {
        id: 'balance',
        label: 'Balance',
        guidance: 'Acknowledge what the system does well so that the critique is fair.',
        synonyms: [
          'at the same time',
          'does well',
          'impressed',
          'remarkable',
          'however',
          'although',
        ],
      },
      {
        id: 'action',
        label: 'A practical idea',
        guidance: 'Offer a realistic change, including what you can do as a resident.',
        synonyms: [
          'as a resident',
          'qi project',
          'i can play',
          'screen',
          'formularies',
          'pharmacists',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'A sweeping verdict with no specific problem.',
        phrases: ['the whole system is broken', "it's all about money", 'everything is wrong'],
      },
      {
        code: 'blames-others',
        description: 'Vilifying groups rather than analysing the system.',
        phrases: ['greedy', 'evil'],
      },
    ],
    sampleAnswer:
      "I'd make medicines more affordable for people with chronic illness. During my elective in Georgia, I cared for a woman admitted with diabetic ketoacidosis because she had been rationing her insulin. She had a job and insurance, but her deductible meant paying the full price each month until it was met, and her admission cost far more than a year of insulin would have. At the same time, I've been impressed by what the US does well: patient-safety culture, quality data and access to specialists are remarkable, and recent caps on insulin costs for some patients show that change is possible. As a resident, the realistic part I can play is to ask every patient about cost before prescribing, learn the formularies and patient-assistance programs, and work with pharmacists on cheaper equivalents. I'd also like to join a QI project that screens for medication affordability at discharge, because small, systematic changes like that can prevent admissions like hers.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-prelim-plans',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'How would a preliminary or transitional year fit into your plans?',
    alternatives: [
      'What do you hope to get out of a one-year position?',
      'What would you do after a preliminary year without a categorical position?',
      'How would you make the most of a transitional year?',
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Preliminary and transitional positions last one year, so programs want to know that you will commit fully for that year and have a realistic plan for what follows. For international graduates they can also be a route into US training, so clarity about the next step matters.',
    talkingPoints: [
      {
        id: 'understanding',
        label: 'What the position is',
        guidance:
          'Show you know the difference: a preliminary year is spent on medicine or surgery services, a transitional year rotates across specialties, and both last one year.',
        synonyms: [
          'preliminary',
          'prelim',
          'transitional',
          'intern year',
          'pgy-2',
          'advanced position',
        ],
      },
      {
        id: 'commitment',
        label: 'Full commitment for the year',
        guidance: 'Make clear you will work exactly like a categorical intern.',
        synonyms: [
          'commit',
          'same call',
          'same effort',
          'categorical intern',
          'give my best',
          'fully',
        ],
      },
      {
        id: 'next',
        label: 'The next step',
        guidance:
          'Describe a realistic plan: an advanced position, a categorical spot, or reapplying with new letters.',
        synonyms: [
          'my plan',
          'reapply',
          're-apply',
          'categorical',
          'us letters',
          'leads straight into',
        ],
      },
      {
        id: 'value',
        label: 'What the year gives you',
        guidance: 'Name skills the year will build that help in any specialty.',
        synonyms: ['foundation', 'real skills', 'inpatient', 'managing', 'build', 'learn'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Treating the year as a placeholder.',
        phrases: ['just a backup', 'better than nothing', 'only a stepping stone'],
      },
    ],
    sampleAnswer:
      "I'm applying to neurology, which in many programs starts at PGY-2, so a preliminary year in internal medicine is a planned part of my training, not a fallback. I understand a prelim year is one full intern year on medicine services, and I'd commit to it exactly as a categorical intern would: the same call, the same patients, the same effort. It's the year in which I'd build the inpatient foundation every neurologist needs, like managing sepsis, delirium and diabetes in patients whose stroke is only one of their problems. If I match into an advanced neurology position, the prelim year leads straight into it. If I don't, my plan is to use the year to earn strong US letters, reapply to neurology and also consider categorical internal medicine positions, since I'd be happy in either field. Either way, I'd leave with real skills, not just a placeholder year on my CV.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-step3',
    theme: 'img',
    audience: 'all',
    type: 'logistics',
    prompt: 'Have you taken Step 3?',
    alternatives: [
      'Do you plan to take Step 3 before residency?',
      'When will you take Step 3?',
      'Would you be eligible for an H-1B visa?',
    ],
    competencies: ['medical-knowledge', 'professionalism'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Step 3 matters to programs that sponsor the H-1B, because a passing result is needed before that visa can be filed, and a good score also reassures them about your knowledge. The question also tests whether you understand that link.',
    talkingPoints: [
      {
        id: 'status',
        label: 'Result or date',
        guidance: 'Give the result or the booked date in one sentence.',
        synonyms: ['i took', 'passed', 'scheduled', 'booked', 'taken', 'last month'],
      },
      {
        id: 'why',
        label: 'Why it matters',
        guidance: 'Show that you know it is required for H-1B sponsorship.',
        synonyms: ['h-1b', 'h1b', 'petition', 'visa', 'licence', 'license', 'one less exam'],
      },
      {
        id: 'flexibility',
        label: 'Flexibility',
        guidance: 'Make clear you are not insisting on one visa.',
        synonyms: ['flexible', 'either', 'j-1', 'whichever', 'open to', 'only the j-1'],
      },
    ],
    pitfalls: [
      {
        code: 'demanding-visa-talk',
        description: 'Insisting on one visa type.',
        phrases: ['you must sponsor', 'i will only', 'only h-1b'],
      },
    ],
    sampleAnswer:
      "Yes, I took Step 3 in October and passed with a 228. I did it before residency mainly because a passing Step 3 is needed before a program can file an H-1B petition for me, and it also means one less exam during intern year. That said, I'm flexible on the visa. If your program sponsors only the J-1, I'm already ECFMG certified and eligible for it.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-emr-familiarity',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'How comfortable are you with electronic health records and US-style documentation?',
    alternatives: [
      'Have you used Epic or Cerner?',
      'How do you write a progress note?',
      'Did you use an electronic record in your home country?',
    ],
    competencies: ['systems-based-practice', 'interpersonal-communication'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Interns spend much of the day in the EHR, and slow or unsafe documentation affects the whole team. Programs want to know how much of that learning curve you have already climbed.',
    talkingPoints: [
      {
        id: 'systems',
        label: 'Systems used',
        guidance: 'Name the EHRs you have used, for how long and in what role.',
        synonyms: ['epic', 'cerner', 'oracle health', 'meditech', 'electronic record', 'ehr'],
      },
      {
        id: 'tasks',
        label: 'Tasks you have done',
        guidance:
          'List concrete tasks: notes, orders pended for co-signature, medication reconciliation, discharge summaries.',
        synonyms: [
          'progress notes',
          'h&ps',
          'pended orders',
          'medication reconciliation',
          'discharge summaries',
          'order entry',
        ],
      },
      {
        id: 'safety',
        label: 'Safe habits',
        guidance:
          'Mention habits that prevent errors, such as never copying forward without checking.',
        synonyms: [
          'copying forward',
          'copy forward',
          're-read',
          'verify',
          'allergies',
          'double-check',
        ],
      },
      {
        id: 'speed',
        label: 'Getting faster',
        guidance: 'Say how you will build speed, for example with templates and smart phrases.',
        synonyms: [
          'smart phrases',
          'dot phrases',
          'templates',
          'for speed',
          'faster',
          'ehr training',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Assuming computer skills are enough.',
        phrases: ["i'm good with computers", "i'll learn quickly", "it's easy"],
      },
    ],
    sampleAnswer:
      "I'm comfortable with Epic. During my externship and electives I used it daily for about five months: I wrote progress notes and admission H&Ps for my attending to review, pended orders for co-signature, did medication reconciliation on admission and drafted discharge summaries. At home we used a simpler electronic record for labs and prescriptions, so the idea wasn't new, but the level of detail in US documentation was. The habit I've worked hardest on is never copying forward yesterday's note without checking it. I re-read the assessment and plan every day and verify allergies and medications against the chart, because I've seen how old errors travel from note to note. For speed, I've built a few smart phrases for common problems like hyperkalaemia and chest pain, and I'd welcome any EHR training your program offers at orientation to learn your templates quickly.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-adapting-new-country',
    theme: 'img',
    audience: 'non-us-img',
    type: 'img',
    prompt: 'What was the hardest part of adjusting to life in the US, and how did you handle it?',
    alternatives: [
      'How have you coped with moving to a new country?',
      'What support do you have here?',
      'What surprised you most when you arrived in the US?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Moving country while starting residency is a double transition, and programs want to know you can cope. They look for honest insight and practical support, not a claim that nothing was hard.',
    talkingPoints: [
      {
        id: 'challenge',
        label: 'A real difficulty',
        guidance:
          'Name one genuine difficulty, such as isolation, unfamiliar customs or practical systems.',
        synonyms: [
          'hardest',
          'isolated',
          'lonely',
          'difficult',
          "didn't understand",
          'knew nobody',
        ],
      },
      {
        id: 'response',
        label: 'What you did',
        guidance: 'Describe the concrete steps you took to adapt.',
        synonyms: [
          'i joined',
          'i started',
          'i asked',
          'deliberate change',
          'i found',
          'volunteering',
        ],
      },
      {
        id: 'support',
        label: 'Your support network',
        guidance: 'Mention the people or communities you rely on here.',
        synonyms: ['friends', 'mentor', 'running group', 'community', 'roommates', 'colleagues'],
      },
      {
        id: 'lesson',
        label: 'What it taught you',
        guidance: 'Link it to how you will handle the first months of intern year.',
        synonyms: ['taught me', 'intern year', 'same approach', 'reach out early', 'i adapt'],
      },
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Blaming the people around you.',
        phrases: ['americans are cold', 'people here are rude', 'nobody helped me'],
      },
    ],
    sampleAnswer:
      "The hardest part was feeling isolated in the first few months. I arrived in Cleveland for my observership in January, knew nobody, and didn't understand small things, like how to get a phone plan without a credit history or why everyone asked 'how are you' without waiting for the answer. For a few weeks I mostly went from the hospital to my room. Then I made a deliberate change. I joined a running group that meets on Saturday mornings, started volunteering at a free clinic where I met other international graduates, and asked one of the hospitalists to be an informal mentor. Within a couple of months I had friends, a routine and someone to ask when systems confused me. It taught me that I adapt well when I reach out early instead of waiting to feel settled. I'll use the same approach in intern year, because I know the first months in a new hospital will feel similar.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-what-you-bring',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'What does your background as an international graduate bring to our program?',
    alternatives: [
      'How will your international experience help your patients here?',
      'What perspective do you bring that US graduates might not?',
      'How has training abroad shaped you as a doctor?',
    ],
    competencies: ['patient-care', 'interpersonal-communication', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs value diverse teams but want specifics rather than a general claim. They look for skills and perspectives that translate into better care and a better learning environment here.',
    talkingPoints: [
      {
        id: 'clinical',
        label: 'Clinical strengths',
        guidance:
          'Name clinical skills your training built, such as examination or diagnosis with few tests.',
        synonyms: [
          'examination',
          'history',
          'bedside',
          'before ordering tests',
          'clinical skills',
          'diagnosis',
        ],
      },
      {
        id: 'perspective',
        label: 'Perspective',
        guidance:
          'Describe the perspective you gained, such as cost-consciousness or resourcefulness.',
        synonyms: [
          'perspective',
          'cost-consciousness',
          'resourceful',
          'change management',
          'high costs',
        ],
      },
      {
        id: 'patients',
        label: 'Connection with patients',
        guidance: 'Explain how your languages or background help you connect with patients.',
        synonyms: [
          'i speak',
          'languages',
          'immigrant',
          'build trust',
          'connect',
          'family decision-making',
        ],
      },
      {
        id: 'team',
        label: 'Sharing it with the team',
        guidance: 'Say how you would share these strengths with co-residents.',
        synonyms: ['co-residents', 'share', 'teaching session', 'teach', 'colleagues'],
      },
    ],
    pitfalls: [
      {
        code: 'criticises-home-country',
        description: 'Framing your background as something to escape.',
        phrases: ['backward', 'primitive', 'third world'],
      },
    ],
    sampleAnswer:
      "Three things. First, clinical examination. In Peshawar, a CT scan could take days, so I learned to rely on a careful history and examination, and I still start there before ordering tests. Second, cost-consciousness. Many of my patients paid for every tablet, so I got used to asking whether a test would change management. That perspective is useful here too, where high costs keep some patients from following a plan. Third, connection. I speak Urdu, Pashto and Punjabi, and I understand how an immigrant family may think about illness, family decision-making and hospitals, which helps me build trust quickly with patients from South Asia and Afghanistan, a growing population in your area. I'd like to share these things with my co-residents, for example by running a teaching session on examination skills or on tuberculosis, which I treated often at home and which US residents see only rarely.",
    star: false,
    priority: 2,
  },
  {
    id: 'img-resource-limited-setting',
    theme: 'img',
    audience: 'all',
    type: 'img',
    prompt: 'Tell me about practising medicine with limited resources. What did it teach you?',
    alternatives: [
      'How did limited resources shape your clinical decisions?',
      'Describe a case where you had to improvise.',
      'What would you take from that setting into a well-resourced hospital?',
    ],
    competencies: ['patient-care', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Work with scarce resources often builds strong clinical judgement and resourcefulness. Programs want to hear what you actually did and how the lessons transfer, without romanticising hardship or criticising former colleagues.',
    talkingPoints: [
      {
        id: 'setting',
        label: 'The setting',
        guidance: 'Describe the setting concretely: beds, staff, what was missing.',
        synonyms: [
          'district hospital',
          'rural',
          'beds',
          'no ct',
          'few doctors',
          'oxygen',
          'no scanner',
        ],
      },
      {
        id: 'case',
        label: 'A specific case',
        guidance: 'Tell one case in which you adapted safely.',
        synonyms: ['one night', 'year-old', 'arrived', 'a patient', 'i remember', 'she recovered'],
      },
      {
        id: 'judgement',
        label: 'Judgement and safety',
        guidance: 'Show that you put safety first and knew when to transfer.',
        synonyms: [
          'transfer',
          'knowing your limits',
          'refer',
          'escalation',
          'judgement',
          'judgment',
        ],
      },
      {
        id: 'transfer',
        label: 'What carries over',
        guidance: 'Explain how the lessons apply in a well-resourced US hospital.',
        synonyms: [
          'us hospital',
          'translate into',
          'stewardship',
          'unnecessary tests',
          'choose tests',
          'deliberately',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'criticises-home-country',
        description: 'Describing the setting with contempt.',
        phrases: ['hopeless', 'nothing works', 'backward'],
      },
      {
        code: 'generic-answer',
        description: 'Hardship without any specific lesson.',
        phrases: ['it was hard', 'we had nothing'],
      },
    ],
    sampleAnswer:
      "For a year I was one of two doctors in a 60-bed district hospital in northern Malawi, with no CT scanner, intermittent oxygen and a lab that closed at five. One night a 30-year-old woman arrived two weeks after giving birth, breathless, with a fast heart rate and swollen legs. Without an echo, I relied on the examination and a chest X-ray, suspected peripartum cardiomyopathy, started diuretics and oxygen from our single concentrator, and arranged transfer to the central hospital at first light, because I knew she needed care we couldn't give. She recovered. That year taught me two things. First, a careful bedside assessment gets you further than I expected, and it helps me choose tests deliberately rather than ordering everything. Second, good judgement includes knowing your limits and when to transfer. In a US hospital, I think those lessons translate into stewardship, avoiding unnecessary tests, and a strong respect for escalation and teamwork.",
    star: false,
    priority: 2,
  },
];
