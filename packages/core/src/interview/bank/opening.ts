import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { NARRATIVE_BAND } from './time-bands.ts';

// Theme A: opening and narrative. Original text; every applicant in the samples is fictional.
export const OPENING_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'opening-tell-me-about-yourself',
    theme: 'opening',
    type: 'narrative',
    prompt: 'Tell me about yourself.',
    alternatives: [
      'Walk me through who you are beyond your application.',
      'Introduce yourself as if we had never read your file.',
      'What should we know about you as a person and a future resident?',
    ],
    competencies: ['interpersonal-communication', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'It is usually the first question, and it sets the tone for the rest of the interview. Interviewers want to hear how you tell your own story, whether it is organised, and whether it leads naturally to this specialty and this program.',
    talkingPoints: [
      {
        id: 'present',
        label: 'Where you are now',
        guidance:
          'Open with one sentence on who you are today: your degree, where you trained and what you are doing now.',
        synonyms: [
          'currently',
          'right now',
          'at the moment',
          'these days',
          'i am a',
          "i'm a",
          'graduate of',
          'graduated from',
        ],
      },
      {
        id: 'past',
        label: 'A formative experience',
        guidance:
          'Pick one or two experiences that shaped you instead of reciting your CV in order.',
        synonyms: [
          'grew up',
          'growing up',
          'when i was',
          'during my',
          'as a student',
          'that experience',
          'taught me',
          'shaped',
        ],
      },
      {
        id: 'strengths',
        label: 'Qualities you bring',
        guidance: 'Name a strength and give the evidence that shows it.',
        synonyms: [
          'strength',
          'i bring',
          'good at',
          'known for',
          'describe me',
          'i am someone who',
          'reliable',
          'calm',
        ],
      },
      {
        id: 'future',
        label: 'Where you are going',
        guidance:
          'Finish on the specialty, the kind of doctor you want to be and why this program fits that path.',
        synonyms: [
          'looking forward',
          'next step',
          'in the future',
          'my goal',
          'i hope to',
          'i want to',
          'residency',
          'this program',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Reading the CV aloud or describing yourself only in stock phrases.',
        phrases: [
          'as you can see on my cv',
          'as it says in my application',
          'i am a hard worker',
          'i am a people person',
        ],
      },
      {
        code: 'overlong-explanation',
        description: 'Starting from childhood and running well past two minutes.',
        phrases: [
          'let me start from the beginning',
          'ever since i was born',
          'since i was a little child',
        ],
      },
    ],
    sampleAnswer:
      "I'm Priya, a 2022 graduate of a government medical college in Pune, and right now I'm working as a research coordinator in a heart-failure clinic in Cleveland while I finish Step 3. I grew up above my father's pharmacy, so from early on I watched people arrive confused about their medicines and leave reassured after ten minutes of plain talk. That stayed with me. During my internship in a 900-bed public hospital I often looked after forty patients on a night shift, and it taught me to prioritise quickly and to stay calm when things got busy. Colleagues tend to describe me as the person who closes the loop: I'm the one who phones the family back or checks the potassium at midnight. In the last year, working with heart-failure patients here, I learned how much outcomes depend on follow-up, education and the team around a patient, and that is exactly what draws me to internal medicine. My goal is to become a general internist who is comfortable with complex, chronic disease and who teaches well. I'm looking forward to a residency like yours, with a strong continuity clinic and a large, diverse patient population, as my next step.",
    star: false,
    priority: 2,
  },
  {
    id: 'opening-walk-through-cv',
    theme: 'opening',
    type: 'narrative',
    prompt: 'Walk me through your CV.',
    alternatives: [
      'Take me through your application from medical school to today.',
      'Can you summarise your path so far?',
      'Tell me how your experiences fit together.',
    ],
    competencies: ['interpersonal-communication', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Interviewers want a guided tour, not a reading of the document they already have. They are watching for a clear thread, for how you account for moves and gaps, and for the few experiences you choose to highlight.',
    talkingPoints: [
      {
        id: 'thread',
        label: 'A connecting thread',
        guidance: 'State the theme that links your experiences before you list them.',
        synonyms: [
          'common thread',
          'runs through',
          'ties together',
          'connects',
          'theme',
          'links',
          'each step',
        ],
      },
      {
        id: 'highlights',
        label: 'Two or three highlights',
        guidance:
          'Choose the experiences with the most impact and say what you personally did in each.',
        synonyms: [
          'highlight',
          'most important',
          'stood out',
          'i led',
          'i was responsible',
          'my role',
          'i managed',
          'i ran',
        ],
      },
      {
        id: 'transitions',
        label: 'Moves and any gap',
        guidance: 'Account briefly for each move or pause so the timeline holds no surprises.',
        synonyms: ['after that', 'then i', 'moved to', 'gap', 'break', 'following', 'in between'],
      },
      {
        id: 'today',
        label: 'Where it leads',
        guidance: 'End with what you are doing now and how it prepares you for residency.',
        synonyms: [
          'currently',
          'right now',
          'at present',
          'these days',
          'prepares me',
          'ready to start',
          'ready for',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Pointing back at the document instead of telling the story behind it.',
        phrases: [
          'as you can see',
          'it is all in my cv',
          "it's all in my cv",
          'like it says on paper',
        ],
      },
      {
        code: 'overlong-explanation',
        description: 'Listing every item in order, with no selection.',
        phrases: ['let me go through everything', 'and then after that', 'one by one'],
      },
    ],
    sampleAnswer:
      'The thread that runs through my CV is primary care in places where one doctor has to do a lot. I graduated from medical school in Cairo in 2021 and did my internship year there, rotating through medicine, paediatrics, obstetrics and surgery. The highlight of that year was two months in a rural health unit in Upper Egypt, where I ran the antenatal clinic three days a week and learned how much prevention can do when specialists are hours away. After internship I moved to a family-practice clinic in Alexandria for a year as a general practitioner, seeing about thirty patients a day, many with diabetes and hypertension. In 2023 I came to the US for a four-month hands-on externship in a family medicine practice in Ohio, followed by an observership in a community health center in Michigan. The gap of about six months in early 2024 was dedicated to Step 2 CK, which I passed on my first attempt. Currently I volunteer at a free clinic in Detroit while I prepare for Step 3. Each step has moved me closer to the same goal, and I feel ready to start family medicine residency.',
    star: false,
    priority: 2,
  },
  {
    id: 'opening-medical-education',
    theme: 'opening',
    type: 'narrative',
    prompt: 'How did your medical education prepare you for residency in the US?',
    alternatives: [
      'How is training at your medical school different from a US school?',
      'What did your medical school do well, and what did you have to learn on your own?',
      'Tell me about your medical school.',
    ],
    competencies: ['medical-knowledge', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs know little about many schools abroad, so they want you to translate your training into terms they recognise. They also want to see that you understand the differences and have already worked on the gaps.',
    talkingPoints: [
      {
        id: 'structure',
        label: 'How your training was organised',
        guidance:
          'Describe length, clinical exposure and patient volume in one or two concrete facts.',
        synonyms: [
          'six-year',
          'five-year',
          'curriculum',
          'clinical years',
          'internship',
          'rotations',
          'social service',
          'patients a day',
        ],
      },
      {
        id: 'strengths',
        label: 'What it gave you',
        guidance:
          'Name the real strengths of your training, such as examination skills or high patient volume.',
        synonyms: [
          'strength',
          'strong',
          'gave me',
          'taught me',
          'hands-on',
          'volume',
          'physical examination',
          'bedside',
        ],
      },
      {
        id: 'differences',
        label: 'Differences from US training',
        guidance: 'Acknowledge the differences honestly and without running down your school.',
        synonyms: [
          'different',
          'difference',
          'unlike',
          'in contrast',
          'whereas',
          'less emphasis',
          'more emphasis',
        ],
      },
      {
        id: 'bridging',
        label: 'How you bridged them',
        guidance:
          'Show what you did to adapt: US clinical experience, documentation, the EHR, team communication.',
        synonyms: [
          'to bridge',
          'to close',
          'to adapt',
          'learned to',
          'externship',
          'observership',
          'elective',
          'us clinical',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'criticises-home-country',
        description: 'Dismissing your own school or its teachers to flatter US training.',
        phrases: ['my school was useless', 'we learned nothing', 'outdated', 'backward'],
      },
      {
        code: 'overpraises-us',
        description: 'Implying that only US medicine is real medicine.',
        phrases: ['everything in the us is better', 'real medicine', 'proper medicine'],
      },
    ],
    sampleAnswer:
      "I studied in a six-year program in Medellín, followed by a mandatory year of rural social service, so by graduation I had spent almost three years in clinical settings. The biggest strength of that training was volume and responsibility: as an intern I examined and admitted patients myself, which gave me confident bedside skills and a careful physical examination. Our emphasis was different from a US school in two ways. We relied more on clinical judgement and less on imaging, simply because scans were scarce, and we had less formal teaching on documentation and communication between professions. I took those differences seriously. To bridge them, I completed two hands-on electives in internal medicine in Florida, where I wrote daily notes in Epic, presented on rounds in a structured format and learned to call consults with a clear question. I also took a short course on SBAR handoffs and practise it with a friend who is a nurse. Together, that has given me strong fundamentals plus the habits US teams expect, and I'd like to keep building both in residency.",
    star: false,
    priority: 2,
  },
  {
    id: 'opening-not-on-application',
    theme: 'opening',
    type: 'narrative',
    prompt: "Tell me something about you that isn't in your application.",
    alternatives: [
      'What would surprise us about you?',
      "What don't we know about you yet?",
      "Tell us something that doesn't show up on paper.",
    ],
    competencies: ['interpersonal-communication', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'The file shows scores and jobs; this question looks for the person. A specific, genuine story makes you memorable and gives the interviewer something to connect with.',
    talkingPoints: [
      {
        id: 'specific',
        label: 'One specific thing',
        guidance:
          'Pick one concrete interest, habit or experience rather than a list of adjectives.',
        synonyms: [
          'something',
          'one thing',
          'every weekend',
          'for years',
          'i started',
          "i've been",
          'hobby',
        ],
      },
      {
        id: 'story',
        label: 'A short scene',
        guidance: 'Tell it as a brief story with one moment that shows who you are.',
        synonyms: ['last year', 'once', 'one time', 'remember', 'it started', 'when i'],
      },
      {
        id: 'link',
        label: 'What it says about you',
        guidance: 'Connect it lightly to a quality that matters in residency.',
        synonyms: [
          'taught me',
          'patience',
          'discipline',
          'carried over',
          'it shows',
          'says about me',
          'habit',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Answering with a stock virtue instead of something only you could say.',
        phrases: [
          'i am a hard worker',
          'i am passionate about medicine',
          'i love helping people',
          'i am a perfectionist',
        ],
      },
    ],
    sampleAnswer:
      "Something you won't find in my application is that I repair old bicycles. It started during medical school in Kraków, when I couldn't afford a new bike, and over the years I've rebuilt about forty of them, mostly for students who needed cheap transport. Last year I ran a small weekend workshop at our neighbourhood community centre, where I taught teenagers to fix punctures and adjust brakes. I like it because it's methodical: you find the actual fault instead of replacing parts at random, and you check your work before anyone rides away. I think that habit has carried over into how I approach a patient. I try to work through a problem step by step, and I double-check before handing it over. It also taught me patience, because a thirteen-year-old with a wrench needs the same calm explanation five times, just as a worried family sometimes does.",
    star: false,
    priority: 5,
  },
  {
    id: 'opening-hobbies-wellness',
    theme: 'opening',
    type: 'narrative',
    prompt: 'What do you do outside of medicine, and how do you look after your own well-being?',
    alternatives: [
      'How do you recharge after a hard week?',
      'What are your hobbies?',
      'How do you prevent burnout?',
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Residency is demanding, and programs want residents with sustainable habits and a life outside the hospital. Your answer also hints at whether you would fit in with the current residents.',
    talkingPoints: [
      {
        id: 'activity',
        label: 'A real activity',
        guidance: 'Name what you actually do, and how often.',
        synonyms: [
          'every week',
          'every sunday',
          'weekends',
          'i play',
          'i run',
          'i cook',
          'i read',
          'hobby',
        ],
      },
      {
        id: 'why',
        label: 'What it gives you',
        guidance: 'Say what it does for you: rest, perspective, connection.',
        synonyms: [
          'helps me',
          'recharge',
          'switch off',
          'clears my head',
          'perspective',
          'balance',
          'reset',
        ],
      },
      {
        id: 'under-pressure',
        label: 'Keeping it up when busy',
        guidance: 'Show that you protect these habits during hard rotations, not only on holidays.',
        synonyms: [
          'even during',
          'busy',
          'hard weeks',
          'night shifts',
          'protect',
          'make time',
          'on purpose',
        ],
      },
      {
        id: 'support',
        label: 'People you lean on',
        guidance: 'Mention friends, family or colleagues, and that you would ask for help.',
        synonyms: [
          'friends',
          'family',
          'sister',
          'brother',
          'support',
          'ask for help',
          'reaching out',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Claiming to need no rest or to have nothing outside medicine.',
        phrases: [
          "i don't really have hobbies",
          'medicine is my hobby',
          'i never get stressed',
          'i just push through',
        ],
      },
    ],
    sampleAnswer:
      "Outside medicine, I cook and I play badminton. Every Sunday I cook a big Pakistani meal for my roommates, and over the past year it has turned into a small tradition where friends from the hospital drop in. Badminton is my weekday outlet: I play twice a week at a community centre, and an hour of chasing a shuttlecock clears my head better than anything else I've tried. Both help me switch off, and cooking in particular gives me the feeling of finishing something with my hands after days when outcomes are uncertain. I learned during a hard surgical rotation at home that these habits are the first thing to disappear when I'm busy, so now I protect them on purpose, even if it's a shorter game or a simpler dish during night shifts. I also keep a weekly call with my sister, who is a nurse, and I'm not shy about reaching out to friends when a week has been heavy. I'd happily bring the cooking to resident potlucks, too.",
    star: false,
    priority: 5,
  },
  {
    id: 'opening-strengths',
    theme: 'opening',
    type: 'narrative',
    prompt: 'What are your greatest strengths?',
    alternatives: [
      'What would your best colleague say you do well?',
      'Why would you be a strong resident?',
      "What is one strength you'd bring to our team?",
    ],
    competencies: ['interpersonal-communication', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Interviewers want to know whether you understand what makes a good resident and whether you can back a claim with evidence. Self-awareness matters as much as the strength itself.',
    talkingPoints: [
      {
        id: 'named',
        label: 'A named strength',
        guidance: 'Choose one or two strengths relevant to residency, not a long list.',
        synonyms: [
          'strength',
          'strongest',
          'good at',
          'i do well',
          'i bring',
          "i'd bring",
          'quality',
        ],
      },
      {
        id: 'evidence',
        label: 'Evidence',
        guidance: 'Back each strength with a concrete example, a number or a piece of feedback.',
        synonyms: [
          'for example',
          'for instance',
          'feedback',
          'attending wrote',
          'evaluation',
          'started using',
          'asked for me',
        ],
      },
      {
        id: 'relevance',
        label: 'Why it matters in residency',
        guidance: 'Tie the strength to a real intern task such as handoffs or cross-cover.',
        synonyms: [
          'intern',
          'residency',
          'on call',
          'handoff',
          'cross-cover',
          'your team',
          'prioritise',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Claiming clichés without evidence.',
        phrases: [
          'perfectionist',
          'hard worker',
          'people person',
          'i have no weaknesses',
          'i am passionate',
        ],
      },
    ],
    sampleAnswer:
      "My strongest quality is that I stay organised when a lot is happening at once. For example, during my internship at a teaching hospital in Accra, I was often the only doctor covering two medical wards overnight, about sixty patients. I built a simple one-page task list, ranked by urgency, that I updated every hour and handed over in the morning, and two of the registrars started using it on their own calls. My second strength is explaining things clearly. In my recent externship in Georgia, the attending wrote in my evaluation that families asked for me when they wanted a plan explained in plain words, which meant a lot to me. Both matter for an intern. Cross-cover nights reward someone who can prioritise without dropping tasks, and a clear handoff or a calm explanation to a family prevents many problems later. Those are the two things I'd bring to your team from the first day.",
    star: false,
    priority: 2,
  },
  {
    id: 'opening-weakness',
    theme: 'opening',
    type: 'narrative',
    prompt: 'What is your greatest weakness?',
    alternatives: [
      'What are you working on improving?',
      'What would your supervisors say you need to work on?',
      "Tell me about an area where you're still developing.",
    ],
    competencies: ['practice-based-learning', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want residents who can see their own gaps and act on feedback. A real weakness with evidence of improvement shows insight; a disguised strength suggests the opposite.',
    talkingPoints: [
      {
        id: 'real',
        label: 'A genuine weakness',
        guidance: 'Name a real, non-fatal weakness in one sentence without dressing it up.',
        synonyms: [
          'weakness',
          'i struggle',
          'i tend to',
          "i've tended to",
          'area to improve',
          'working on',
          'not naturally',
        ],
      },
      {
        id: 'impact',
        label: 'Its effect',
        guidance: 'Show you understand how it affected your work or your team.',
        synonyms: [
          'meant that',
          'which led',
          'affected',
          'slowed',
          'caused',
          'pointed out',
          'noticed',
        ],
      },
      {
        id: 'action',
        label: 'What you are doing about it',
        guidance: 'Describe the specific steps you have taken.',
        synonyms: [
          'so i started',
          'i started',
          'i now',
          'since then',
          'to fix',
          'i ask for help',
          'two things',
        ],
      },
      {
        id: 'progress',
        label: 'Evidence of progress',
        guidance: 'End with a sign that it is improving and how you will keep working on it.',
        synonyms: ['improved', 'better', 'progress', 'still working', 'continue', 'noted that'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Offering a strength disguised as a weakness.',
        phrases: ['perfectionist', 'i work too hard', 'i care too much'],
      },
      {
        code: 'evasive-about-weakness',
        description: 'Declining to name a real weakness.',
        phrases: ["i don't have any weaknesses", "i can't think of one", 'nothing really'],
      },
    ],
    sampleAnswer:
      "My weakness is that I've tended to say yes to every request, even when my own list is already full. During my internship in Manila I'd take on extra admissions or help a colleague with discharge papers, and a few times that meant my own notes were finished late in the evening. My senior pointed out that it wasn't really generous if my own patients' paperwork waited, and she was right. So I started doing two things. First, before agreeing to a task, I look at my list and say honestly when I can do it, for example, 'I can help after the two o'clock family meeting.' Second, I ask for help earlier when I'm falling behind instead of quietly staying late. During my externship in Texas this year, my attending noted that my notes were consistently done before sign-out, which is progress I'm proud of. I'm still working on it, especially when the team is stretched, but I now see a clear 'not yet' as part of being reliable.",
    star: false,
    priority: 2,
  },
  {
    id: 'opening-colleagues-describe',
    theme: 'opening',
    type: 'narrative',
    prompt: 'How would your colleagues describe you?',
    alternatives: [
      'If I called your last supervisor, what would they say about you?',
      'Describe yourself in three words.',
      'What would the nurses you worked with say about you?',
    ],
    competencies: ['interpersonal-communication', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'This tests self-awareness and how you work with others. Interviewers may compare your answer with your letters, so honest words with examples land better than flattering labels.',
    talkingPoints: [
      {
        id: 'words',
        label: 'Two or three words',
        guidance: 'Offer a small number of descriptive words rather than a list.',
        synonyms: [
          'describe me',
          'would describe',
          'would say',
          'call me',
          'three words',
          'steady',
        ],
      },
      {
        id: 'examples',
        label: 'An example for each',
        guidance: 'Back each word with a short, concrete moment.',
        synonyms: [
          'for example',
          'for instance',
          'one night',
          'on one occasion',
          'once',
          'last month',
        ],
      },
      {
        id: 'whose-view',
        label: 'Whose view',
        guidance: 'Draw on different roles: nurses, peers, attendings, patients.',
        synonyms: [
          'nurse',
          'attending',
          'peers',
          'co-interns',
          'residents',
          'supervisor',
          'patients',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Flattering labels with nothing to back them up.',
        phrases: ['perfectionist', 'hard worker', 'the best', 'everyone loves me'],
      },
    ],
    sampleAnswer:
      "I think my co-interns would describe me as steady, curious and a little too fond of checklists. Steady, because on busy nights I'm the one who keeps a calm voice; one night on call, when we had three sick patients at once, a nurse told me afterwards that my tone helped the whole room slow down. Curious, because I ask why. My attending in Chicago used to joke that I'd follow a lab result all the way to the textbook, and on one occasion that habit uncovered a drug interaction behind a patient's low sodium. And the checklists are real: I make one for admissions, for discharges and even for packing for a trip. My peers tease me about it, but several of them asked for a copy of my discharge list. If you asked the nurses I worked with, I hope they'd also say that I answer pages quickly and that I say thank you.",
    star: false,
    priority: 5,
  },
  {
    id: 'opening-what-you-bring',
    theme: 'opening',
    type: 'narrative',
    prompt: 'What will you bring to our residency class?',
    alternatives: [
      'Why should we rank you highly?',
      'What makes you different from other applicants?',
      'How would you add to our program?',
    ],
    competencies: ['interpersonal-communication', 'professionalism', 'patient-care'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'With many similar applications, interviewers want to know what is distinctive about you and whether you understand what their program needs. The best answers are specific and tied to the program.',
    talkingPoints: [
      {
        id: 'distinct',
        label: 'Something distinctive',
        guidance: 'Name one or two things about you that few applicants share.',
        synonyms: [
          'i bring',
          "i'd bring",
          'distinctive',
          'unusual',
          'few applicants',
          'unlike',
          'three things',
        ],
      },
      {
        id: 'evidence',
        label: 'Evidence',
        guidance: 'Support each point with a concrete example from your work.',
        synonyms: ['for example', 'i helped', 'i led', 'i built', 'i ran', 'i started', 'i set up'],
      },
      {
        id: 'program-need',
        label: 'What the program needs',
        guidance:
          'Link it to something specific about this program: its patients, tracks or projects.',
        synonyms: [
          'your program',
          'your patients',
          'your clinic',
          'your residents',
          'your curriculum',
          'your community',
          'your track',
        ],
      },
      {
        id: 'class',
        label: 'Contribution to the class',
        guidance: 'Say how you would help your co-residents, not only yourself.',
        synonyms: ['co-residents', 'classmates', 'colleagues', 'sharing', 'teach', 'support'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Claims any applicant could make.',
        phrases: ['hard worker', 'passionate', 'i am the best', 'i deserve'],
      },
    ],
    sampleAnswer:
      "I'd bring three things. First, I speak Arabic, French and English, and I trained in Beirut during the economic crisis, when our hospital ran with half its usual nurses and frequent shortages of basic supplies. That period taught me to stay flexible, to share work fairly and to keep communicating clearly when everyone is stretched. Second, I have real experience in quality improvement. During that time I helped set up a medication-reconciliation checklist on our medical ward, which cut discharge prescription errors by about a third in six months. Third, I enjoy teaching, and I ran weekly ECG sessions for the interns who came after me. Your program serves a large Arabic-speaking community and has an active resident quality-improvement curriculum, so I think my languages and that project experience would be useful from day one. I'd also like to contribute to my co-residents, whether by helping a worried family feel at ease while we arrange a certified interpreter, or by sharing the ECG teaching materials I've built up.",
    star: false,
    priority: 2,
  },
];
