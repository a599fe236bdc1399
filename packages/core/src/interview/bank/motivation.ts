import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { NARRATIVE_BAND } from './time-bands.ts';

// Theme B: motivation and fit. Original text; every applicant in the samples is fictional.
export const MOTIVATION_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'why-this-program',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'Why are you interested in our program?',
    alternatives: [
      'What attracted you to our residency?',
      'Why did you apply here?',
      'If you matched here, what would you be most excited about?',
    ],
    competencies: ['systems-based-practice', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want residents who chose them deliberately and will thrive in their setting. A specific answer shows you did your homework and that your goals match what they offer.',
    talkingPoints: [
      {
        id: 'features',
        label: 'Two or three specific features',
        guidance:
          'Name concrete features of this program, such as a track, clinic, rotation or schedule, rather than general praise.',
        synonyms: [
          'your program',
          'your track',
          'your clinic',
          'curriculum',
          'rotation',
          'block schedule',
          'ambulatory',
          'morning report',
        ],
      },
      {
        id: 'own-experience',
        label: 'Tied to your experience',
        guidance: 'Link each feature to something you have already done.',
        synonyms: [
          'during my',
          'at home',
          'i ran',
          'i worked',
          'i spent',
          'my experience',
          'i saw how',
        ],
      },
      {
        id: 'population',
        label: 'Patients and community',
        guidance: 'Show you know who the program serves and why that matters to you.',
        synonyms: [
          'patients',
          'population',
          'community',
          'underserved',
          'immigrant',
          'refugee',
          'rural',
          'diverse',
        ],
      },
      {
        id: 'people',
        label: 'People you met',
        guidance:
          'Mention residents, faculty or culture you observed, ideally from a real conversation.',
        synonyms: [
          'spoke with',
          'talked to',
          'met',
          'faculty',
          'program director',
          'culture',
          'residents told me',
        ],
        optional: true,
      },
      {
        id: 'goals',
        label: 'Your goals',
        guidance: 'Finish with how training here moves you towards your career goals.',
        synonyms: [
          'long term',
          'long-term',
          'my goal',
          'career',
          'fellowship',
          'i want to become',
          'hope to',
        ],
      },
      {
        id: 'right-candidate',
        label: 'Why you are the right candidate for it',
        guidance:
          'Say what you bring that this program needs: a skill, a language, experience with its patients.',
        synonyms: [
          'i bring',
          'what i bring',
          'i can contribute',
          'i can offer',
          'i would add',
          'right candidate',
          'good fit',
          'strong fit',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Praise that would fit any program.',
        phrases: [
          'great reputation',
          'good program',
          'strong program',
          'excellent training',
          'you have everything',
        ],
      },
      {
        code: 'money-or-prestige',
        description: 'Choosing a program for its name or ranking.',
        phrases: ['prestigious', 'top-ranked', 'famous', 'big name', 'ranking'],
      },
    ],
    sampleAnswer:
      "Three things about your program stand out for me. The first is your immigrant health track. At home in Enugu I ran a hypertension clinic for market traders, and I'd like to keep working with patients who face language and cost barriers; your refugee clinic would let me do that from intern year. The second is the block schedule with a protected ambulatory week. During my externship in Minneapolis I saw how hard continuity is when clinic is squeezed between ward days, and a protected week would help me build a real panel of patients. The third is the people. When I spoke with two of your second-year residents at the virtual social, both described attendings who give feedback the same day and a program director who knows every resident's goals. That matters to me, because I improve fastest with honest, timely feedback. In return, what I bring is four years of clinic work in Igbo and English with patients who distrust hospitals, which your refugee clinic sees every day. Long term, I want to become a general internist in a community clinic, possibly with a teaching role, and your track, your continuity model and your supportive culture are a close fit for that path.",
    star: false,
    priority: 2,
  },
  {
    id: 'motivation-why-specialty',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'Why have you chosen this specialty?',
    alternatives: [
      'Why internal medicine?',
      'What drew you to this field rather than another?',
      'When did you know this was the right specialty for you?',
    ],
    competencies: ['medical-knowledge', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want residents committed to the field who understand its daily reality, not only its highlights. A clear, personal reason makes it less likely that you will leave for another specialty.',
    talkingPoints: [
      {
        id: 'moment',
        label: 'The experience that drew you',
        guidance: 'Describe a specific patient or experience that made you choose the field.',
        synonyms: [
          'looked after',
          'a patient',
          'case',
          'rotation',
          'i remember',
          'first time',
          'year-old',
        ],
      },
      {
        id: 'reality',
        label: 'What the work is really like',
        guidance: 'Show you know the daily work, including its less glamorous parts.',
        synonyms: [
          'daily',
          'day to day',
          'continuity',
          'chronic',
          'documentation',
          'paperwork',
          'breadth',
        ],
      },
      {
        id: 'fit',
        label: 'Why it fits you',
        guidance: "Connect the field's demands to your own strengths and interests.",
        synonyms: ['suits me', 'fits me', 'i enjoy', 'the way i think', 'i love', 'my strengths'],
      },
      {
        id: 'direction',
        label: 'Where you see yourself in it',
        guidance: 'Mention a direction or area you would like to explore within the specialty.',
        synonyms: [
          'in the future',
          'interested in',
          'fellowship',
          'career',
          'hope to',
          'subspecialty',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'money-or-prestige',
        description: 'Lifestyle, pay or ease of matching as the reason.',
        phrases: ['lifestyle', 'salary', 'easy to match', 'good pay', 'well paid'],
      },
      {
        code: 'generic-answer',
        description: 'Reasons that would fit any specialty.',
        phrases: ['i like helping people', 'i have always wanted', 'it is interesting'],
      },
    ],
    sampleAnswer:
      "I chose internal medicine because I enjoy the thinking it demands. During my internship in Kathmandu, I looked after a 58-year-old farmer admitted with swollen legs and breathlessness, which everyone had labelled as heart failure. When diuretics didn't help, I repeated the examination, noticed that his neck veins rose when he breathed in, and pushed for an echocardiogram. He had constrictive pericarditis from old tuberculosis. Following that thread to the real answer was the most satisfying work I'd done, and I realised I wanted a career built around that kind of reasoning. I also understand that the daily reality isn't only diagnostic puzzles. Much of it is chronic disease, careful medication changes, long conversations and a lot of documentation, and I enjoy that continuity too, because you see whether your plan actually worked. The field suits me because I'm patient, methodical and comfortable with uncertainty. In the future I'm interested in pulmonary and critical care, but I want a broad foundation in general medicine first, since every good subspecialist relies on one.",
    star: false,
    priority: 2,
  },
  {
    id: 'motivation-why-location',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'Why do you want to train in this city or region?',
    alternatives: [
      'Do you have any ties to this area?',
      'How would you feel about living here for three years?',
      'This area can be hard to adjust to. Why here?',
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs worry that applicants with no link to the area will rank them low or leave after training. A concrete reason to be here, personal or professional, reassures them that you would settle and stay engaged.',
    talkingPoints: [
      {
        id: 'ties',
        label: 'Your link to the area',
        guidance: 'State any real connection: family, friends, past rotations or work.',
        synonyms: [
          'family',
          'friends',
          'cousin',
          'brother',
          'sister',
          'rotated',
          'lived',
          'observership',
        ],
      },
      {
        id: 'professional',
        label: 'Professional reasons',
        guidance: "Name something about the region's patients or health system that interests you.",
        synonyms: [
          'patients',
          'population',
          'health system',
          'rural',
          'underserved',
          'critical-access',
          'hospitals',
        ],
      },
      {
        id: 'life',
        label: 'Life outside work',
        guidance: 'Show that you can picture living here: climate, community, activities.',
        synonyms: [
          'winter',
          'summer',
          'weekends',
          'outdoors',
          'trails',
          'neighbourhood',
          'neighborhood',
          'markets',
        ],
      },
      {
        id: 'staying',
        label: 'Plans to stay',
        guidance: 'If true, say you could see yourself practising in the region after residency.',
        synonyms: [
          'after residency',
          'staying',
          'settle',
          'long term',
          'build my career',
          'practise here',
          'practice here',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'No real reason to be in this place.',
        phrases: ['nice city', 'anywhere is fine', "i don't mind where", 'i will go anywhere'],
      },
    ],
    sampleAnswer:
      "I have two reasons, one personal and one professional. Personally, my older brother and his family have lived in Des Moines for eight years, and I spent most of last year with them while doing an observership at a hospital in town, so the region already feels familiar. I've been through one full Iowa winter and I'm still smiling, and I've come to enjoy the quiet weekends, the farmers' markets and the trails along the river. Professionally, I'm interested in rural health. Many of your patients drive an hour or more for care, and I'd like to learn how a regional health system supports small critical-access hospitals, because that's close to the district work I did in Sudan. Long term, I can genuinely see myself staying in the Midwest after residency, ideally in a community that needs internists. So for me this isn't a region I'd simply tolerate for three years; it's a place where I'd like to build my career.",
    star: false,
    priority: 2,
  },
  {
    id: 'motivation-career-goals',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'Where do you see yourself in five to ten years?',
    alternatives: [
      'What are your career goals?',
      'Are you planning to do a fellowship?',
      'What would you like to be doing after residency?',
    ],
    competencies: ['practice-based-learning', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want to know whether your goals match what they can offer, such as fellowship preparation, primary care or research. A thoughtful, flexible plan also shows maturity.',
    talkingPoints: [
      {
        id: 'direction',
        label: 'A clear direction',
        guidance: 'Say what kind of doctor you want to be, even if details may change.',
        synonyms: ['i see myself', 'i want to be', 'my goal', 'hope to', 'plan to', 'aim to'],
      },
      {
        id: 'origin',
        label: 'Why that path',
        guidance: 'Ground the goal in an experience or interest you already have.',
        synonyms: ['comes from', 'because', 'after seeing', 'experience', 'realised', 'realized'],
      },
      {
        id: 'steps',
        label: 'How residency gets you there',
        guidance: 'Name the steps during residency, such as electives, projects or mentors.',
        synonyms: [
          'elective',
          'mentor',
          'research',
          'quality project',
          'during residency',
          'rotation',
        ],
      },
      {
        id: 'open',
        label: 'Open to change',
        guidance: 'Acknowledge that you will keep an open mind as you see more of the field.',
        synonyms: [
          'open mind',
          'open-minded',
          'may change',
          'flexible',
          'explore',
          'welcome the surprise',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'money-or-prestige',
        description: 'Income or status as the goal.',
        phrases: ['lucrative', 'high paying', 'make money', 'prestige'],
      },
      {
        code: 'generic-answer',
        description: 'No direction at all.',
        phrases: ["i don't know yet", 'wherever life takes me', 'whatever happens'],
      },
    ],
    sampleAnswer:
      "In ten years I see myself as a cardiologist in a community hospital, with a particular interest in heart failure and patient education. That goal comes from my year as a research coordinator in a heart-failure clinic, where I saw how much readmissions fell when patients understood their diuretics and weighed themselves daily. During residency I'd like to build a strong general foundation first, because good cardiologists are good internists. Then I'd use electives in cardiology and the echo lab, join a quality project on readmissions, and find a mentor among your cardiology faculty who can advise me on fellowship applications. I also hope to teach, whether that's medical students or patients' families. At the same time, I'm keeping an open mind. Internal medicine is broad, and if a rotation in nephrology or palliative care captures me the way cardiology has, I'd welcome the surprise. Either way, I want to be the doctor who takes time to explain.",
    star: false,
    priority: 2,
  },
  {
    id: 'motivation-what-looking-for',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'What are you looking for in a residency program?',
    alternatives: [
      'What matters most to you in choosing a program?',
      'Describe your ideal residency.',
      'What would make a program a good fit for you?',
    ],
    competencies: ['practice-based-learning', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Your priorities show what kind of resident you will be and whether this program can meet them. Interviewers also check whether what you say you want matches what they offer.',
    talkingPoints: [
      {
        id: 'priorities',
        label: 'Two or three priorities',
        guidance:
          'Name a small number of concrete priorities, such as teaching, patient mix or support.',
        synonyms: [
          'looking for',
          'matters to me',
          'important to me',
          'priority',
          'three things',
          'i value',
        ],
      },
      {
        id: 'reasons',
        label: 'Why each matters',
        guidance: 'Explain each priority with your own experience.',
        synonyms: ['because', 'i learned', 'i found', 'i saw', 'in my experience', 'at home'],
      },
      {
        id: 'match',
        label: 'How this program matches',
        guidance: 'Show where you saw those priorities in this program.',
        synonyms: ['your program', 'your residents', 'your county', 'here', 'i noticed', 'today'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Priorities so broad that every program meets them.',
        phrases: ['good training', 'a good program', 'nice people', 'anything is fine'],
      },
      {
        code: 'money-or-prestige',
        description: 'Name or pay ahead of training.',
        phrases: ['prestige', 'name recognition', 'big name', 'salary'],
      },
    ],
    sampleAnswer:
      "I'm looking for three things. The first is a program that teaches deliberately, with attendings who explain their reasoning on rounds and give feedback during a rotation, not only at the end. I learned during my externship that I improve fastest when someone tells me on Tuesday what to do differently on Wednesday. The second is a varied patient mix, including people with limited resources, because those are the patients I trained with at home and the ones I want to keep serving. The third is a culture where residents look out for one another and can ask for help without worrying how it looks. As an international graduate, a supportive start matters to me, for example help with the EHR and with understanding how the hospital works. From what I saw today, your program offers all three: morning report is resident-led with faculty teaching, your county hospital rotation serves a broad population, and your residents clearly cover for each other.",
    star: false,
    priority: 2,
  },
  {
    id: 'motivation-why-medicine',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'Why did you become a doctor?',
    alternatives: [
      'What made you choose medicine?',
      'Was there a moment when you decided to study medicine?',
      'How did you end up in medicine?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'This looks for the motivation that will carry you through hard years of training. An honest, specific story is more convincing than a statement about wanting to help people.',
    talkingPoints: [
      {
        id: 'origin',
        label: 'Where it started',
        guidance: 'Tell one specific early experience, briefly.',
        synonyms: [
          'when i was',
          'growing up',
          'as a child',
          'as a teenager',
          'my grandmother',
          'my grandfather',
          'my mother',
          'my father',
        ],
      },
      {
        id: 'confirmation',
        label: 'What confirmed it',
        guidance: 'Show that the choice was tested by real experience, not only a childhood wish.',
        synonyms: [
          'confirmed',
          'medical school',
          'internship',
          'realised',
          'realized',
          'i found',
          'later',
        ],
      },
      {
        id: 'today',
        label: 'What keeps you going',
        guidance: 'Say what still motivates you today.',
        synonyms: ['keeps me going', 'today', 'still', 'motivates', 'what i love', 'satisfaction'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'A reason anyone could give.',
        phrases: ['help people', 'always wanted', 'since i was born'],
      },
      {
        code: 'money-or-prestige',
        description: 'Status or income as the reason.',
        phrases: ['status', 'well paid', 'respected job', 'good money'],
      },
      {
        code: 'personal-reason-as-main-motive',
        description: 'Family pressure as the main reason.',
        phrases: ['my parents wanted', 'my family forced', 'family pressure'],
      },
    ],
    sampleAnswer:
      "When I was fourteen, my grandmother had a stroke, and for two weeks I sat with her on a crowded ward in Lahore. What I remember most is a junior doctor who, at the end of a long shift, drew a picture of the brain for my mother and me and explained exactly what had happened and what recovery might look like. I didn't understand much medicine, but I understood that his explanation changed how frightened we were. That was the first time I thought about becoming a doctor. Medical school confirmed it in a more grounded way: I found that I enjoyed the science, but I enjoyed the conversations at the bedside even more, including the difficult ones. Today, what keeps me going is the same thing I saw in that young doctor. I still get real satisfaction from making a confusing situation clear for a family, and I want to spend my career getting better at it.",
    star: false,
    priority: 5,
  },
  {
    id: 'motivation-specialty-downsides',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'What do you find least appealing about this specialty?',
    alternatives: [
      "What's the hardest part of this field for you?",
      'What would you find frustrating as a resident in this specialty?',
      "Every specialty has downsides. What are this one's?",
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want to know that you have seen the field as it really is and chose it anyway. An honest downside, handled maturely, is more credible than claiming to love everything.',
    talkingPoints: [
      {
        id: 'honest',
        label: 'A real downside',
        guidance:
          "Name a genuine difficulty, such as documentation, uncertainty or chronic disease that doesn't improve.",
        synonyms: ['hardest', 'least appealing', 'frustrating', 'difficult', 'downside', 'heavy'],
      },
      {
        id: 'example',
        label: 'Where you saw it',
        guidance: 'Give a moment when you experienced it.',
        synonyms: ['during my', 'i followed', 'one patient', 'i remember', 'i saw', 'on my'],
      },
      {
        id: 'coping',
        label: 'How you handle it',
        guidance: 'Show how you cope with it or see it differently.',
        synonyms: [
          'what helped',
          'i learned',
          'reframed',
          'talk them through',
          'i remind myself',
          'i cope',
        ],
      },
      {
        id: 'still',
        label: 'Why you still choose it',
        guidance: 'Make clear that it does not change your choice.',
        synonyms: [
          'still',
          'worth it',
          'part of',
          "doesn't change",
          'reasons i chose',
          'core work',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Blaming patients for the hard parts of the job.',
        phrases: ['lazy patients', 'non-compliant', 'annoying', 'i hate'],
      },
      {
        code: 'generic-answer',
        description: 'Claiming the specialty has no downside.',
        phrases: ['nothing really', 'i love everything', 'there are no downsides'],
      },
    ],
    sampleAnswer:
      "The part I find hardest is caring for patients whose chronic illness keeps getting worse despite everyone's efforts. During my externship in Pennsylvania, I followed a man with advanced COPD who was readmitted three times in six weeks. Each time we adjusted his inhalers and oxygen, and each time he came back a little weaker. It was frustrating, and I caught myself wondering what we were doing wrong. What helped was a conversation with the palliative care team, who reframed the goal from fixing his lungs to keeping him comfortable at home and out of hospital. I learned that success in internal medicine is sometimes measured by what matters to the patient rather than by a test result. I still find those cases heavy, and I talk them through with colleagues when they are. But they are part of the specialty's core work, and learning to do them well is one of the reasons I chose it.",
    star: false,
    priority: 5,
  },
  {
    id: 'motivation-specialty-challenges',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt:
      'What do you think are the biggest challenges facing this specialty in the next ten years?',
    alternatives: [
      'How do you see the field changing during your career?',
      'What worries you about the future of medicine?',
      'What would you change about how this specialty is practised?',
    ],
    competencies: ['systems-based-practice', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'This tests whether you follow the field beyond exam preparation and can discuss a complex issue in a balanced way. It also shows how you might contribute to solutions.',
    talkingPoints: [
      {
        id: 'issue',
        label: 'A named challenge',
        guidance:
          'Pick one or two real issues, such as workforce shortages, burnout, cost or artificial intelligence, and state them precisely.',
        synonyms: [
          'shortage',
          'staffed',
          'burnout',
          'workforce',
          'cost',
          'artificial intelligence',
          'ai tools',
          'access',
        ],
      },
      {
        id: 'evidence',
        label: 'Why it matters',
        guidance: 'Give one fact or observation that shows you understand its impact.',
        synonyms: ['for example', 'data', 'percent', 'study', 'i saw', 'wait about', 'months'],
      },
      {
        id: 'balance',
        label: 'More than one side',
        guidance: 'Acknowledge trade-offs instead of giving a one-sided opinion.',
        synonyms: [
          'at the same time',
          'on the other hand',
          'however',
          'trade-off',
          'pros and cons',
          'balance',
        ],
      },
      {
        id: 'role',
        label: 'Your part',
        guidance: 'Say how you as a resident could contribute, even in a small way.',
        synonyms: [
          'as a resident',
          'my part',
          'i would like',
          "i'd like",
          'contribute',
          'i hope to',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Vague statements with no specific issue.',
        phrases: ['everything is changing', 'there are many challenges', 'insurance is bad'],
      },
      {
        code: 'blames-others',
        description: 'Blaming a group rather than discussing the system.',
        phrases: ['greedy', 'lazy', 'evil'],
      },
    ],
    sampleAnswer:
      "I think the biggest challenge for internal medicine is keeping primary care and hospital medicine staffed while patients are getting older and more complex. For example, at the clinic where I volunteer, new patients wait about four months for a first appointment, and many end up in the emergency department in the meantime. The second challenge is how we bring artificial intelligence into daily work. AI tools could take over much of the documentation that drives burnout, which would be a real gain. At the same time, if they are trained on biased data or used without checking, they could widen the gaps we already see for patients who don't speak English or who have thin medical records. So I see both promise and risk. As a resident, my part is modest but real: I'd like to join a QI project on clinic access, use any new tools critically rather than blindly, and report errors when I see them. I also want to stay in a generalist role, which is one direct answer to the shortage.",
    star: false,
    priority: 5,
  },
  {
    id: 'motivation-teaching',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt:
      'Our residents teach medical students from the first day. How do you see yourself as a teacher?',
    alternatives: [
      'Do you enjoy teaching?',
      'Tell me about a time you taught someone.',
      'What role will teaching play in your residency?',
    ],
    competencies: ['interpersonal-communication', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Residents teach students, interns and patients every day, and good teachers raise the level of the whole team. Programs look for experience and a sense of how you teach, not just enthusiasm.',
    talkingPoints: [
      {
        id: 'experience',
        label: 'Teaching you have done',
        guidance: 'Describe a specific teaching role: who, how often and what.',
        synonyms: ['teaching', 'taught', 'tutored', 'sessions', 'students', 'lectures', 'i ran'],
      },
      {
        id: 'approach',
        label: 'How you teach',
        guidance:
          'Explain your method, such as asking questions first or keeping points short at the bedside.',
        synonyms: [
          'start by',
          'my approach',
          'i ask',
          'questions',
          'short',
          'tie it to',
          'bedside',
        ],
      },
      {
        id: 'feedback',
        label: 'How you know it works',
        guidance: 'Mention feedback you received or how you checked what people learned.',
        synonyms: ['feedback', 'comment', 'evaluation', 'they said', 'scores', 'improved'],
      },
      {
        id: 'residency',
        label: 'Teaching in residency',
        guidance: 'Say how you would teach here and what you want to learn about teaching.',
        synonyms: [
          'in residency',
          'as a resident',
          'on rounds',
          'medical students',
          'your faculty',
          'curriculum',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Enthusiasm without any example.',
        phrases: ['i love teaching', "i'm a natural teacher", 'i am a natural teacher'],
      },
    ],
    sampleAnswer:
      "I really enjoy teaching, and I've done it in a structured way. For two years in Dhaka I ran a weekly ECG session for final-year students, about fifteen of them, using real tracings from our ward. My approach is to start by asking what they already see before I explain anything, because their mistakes show me exactly what to teach. I keep each point short and tie it to a patient, for example, 'this is why Mr Rahman's potassium mattered.' The students filled in a short feedback form each term, and the most common comment was that the sessions made ECGs feel less frightening, which is exactly what I wanted. In residency I'd like to teach medical students on rounds with five-minute bedside points, and I'm keen to learn from your faculty's teaching curriculum, since I know good teaching is a skill you develop, not a talent you simply have.",
    star: false,
    priority: 5,
  },
  {
    id: 'motivation-community-served',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt:
      'Many of our patients are uninsured or have limited English. Why do you want to work with this population?',
    alternatives: [
      'Why are you interested in a safety-net hospital?',
      'What experience do you have with underserved patients?',
      'How would you care for patients with very limited resources?',
    ],
    competencies: ['patient-care', 'systems-based-practice', 'interpersonal-communication'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Safety-net programs want residents who choose their patients rather than tolerate them. They look for real experience with barriers such as cost, language and transport, and for respect rather than pity.',
    talkingPoints: [
      {
        id: 'experience',
        label: 'Real experience',
        guidance: 'Describe work you have done with patients facing barriers.',
        synonyms: [
          'free clinic',
          'district hospital',
          'volunteering',
          'volunteered',
          'uninsured',
          'i worked',
          'trained with',
        ],
      },
      {
        id: 'barriers',
        label: 'Understanding barriers',
        guidance:
          'Name specific barriers, such as cost, transport, language or fear about immigration status, and how they shape care.',
        synonyms: ['cost', 'afford', 'transport', 'travelled', 'language', 'insurance', 'price'],
      },
      {
        id: 'adapting',
        label: 'How you adapt care',
        guidance: 'Show how you fit plans to what patients can actually do.',
        synonyms: [
          'adjust',
          'low-cost',
          'generic',
          'interpreter',
          'teach-back',
          'social worker',
          'follow-up',
        ],
      },
      {
        id: 'respect',
        label: 'Respect and motivation',
        guidance: 'Make clear it is a choice you value, without pity or heroics.',
        synonyms: ['choose', 'meaningful', 'privilege', 'respect', 'dignity', 'want to keep'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description:
          'Talking about patients as a group to be pitied rather than people you have cared for.',
        phrases: ['these people', 'the poor', 'help the less fortunate'],
      },
    ],
    sampleAnswer:
      "Most of my training was with patients like yours. In the district hospital in Uganda where I worked for two years, many patients travelled half a day to reach us and paid for medicines out of pocket, so I learned to ask early what a patient could afford and how they would get back for follow-up. Here in the US, I've spent the past year volunteering at a free clinic in Houston, where most patients are uninsured and many speak Spanish. I've seen how cost and language shape every plan: a patient may skip insulin because of its price, or nod along without understanding. So I adjust. I check the clinic's list of low-cost generics, I always use a professional interpreter, and I use teach-back before patients leave. For me this isn't charity. I find the work meaningful because small, practical changes make a visible difference, and I'd choose a hospital like yours because I want to keep doing it.",
    star: false,
    priority: 5,
  },
  {
    id: 'motivation-academic-or-community',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'Do you see yourself in academic medicine or in community practice?',
    alternatives: [
      'Are you interested in an academic career?',
      'What kind of practice setting do you picture after training?',
      'How important is research to your long-term plans?',
    ],
    competencies: ['systems-based-practice', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'The answer helps the program judge whether its setting suits your plans. It also shows whether you understand what each path involves day to day.',
    talkingPoints: [
      {
        id: 'leaning',
        label: 'Your leaning',
        guidance: 'Say honestly which way you lean and why.',
        synonyms: [
          'i lean',
          'community practice',
          'academic',
          'drawn to',
          'prefer',
          'i could see myself',
        ],
      },
      {
        id: 'understanding',
        label: 'What each involves',
        guidance:
          'Show you understand the work in each setting: teaching, research, volume, breadth.',
        synonyms: [
          'research time',
          'grant',
          'teaching',
          'precepting',
          'broad range',
          'independently',
          'subspecialty',
        ],
      },
      {
        id: 'flexibility',
        label: 'Deciding with experience',
        guidance: 'Acknowledge that residency will shape the decision.',
        synonyms: ['before i decide', 'see both', 'from experience', 'open', 'not sure', 'decide'],
      },
    ],
    pitfalls: [
      {
        code: 'money-or-prestige',
        description: 'Pay or status as the deciding factor.',
        phrases: ['more money', 'better paid', 'prestige'],
      },
    ],
    sampleAnswer:
      "Right now I lean towards community practice with a teaching role. The part of my training I've enjoyed most is seeing a broad range of patients and managing them fairly independently, which is what community hospitalists and clinic internists do every day. At the same time, I enjoy teaching students and I've taken part in research on diabetes outcomes, so I could see myself as clinical faculty at a community-based teaching program, precepting residents one or two days a week. I understand the academic path usually means protected research time, grant writing and a subspecialty focus, and I respect that, but I'm not sure it's me. That's one reason your program appeals to me: it's community-based with a university affiliation, so I'll see both settings during residency before I decide. I'd rather make that choice from experience than from assumptions.",
    star: false,
    priority: 5,
  },
  {
    id: 'motivation-residency-worries',
    theme: 'motivation',
    audience: 'all',
    type: 'motivation',
    prompt: 'What worries you most about starting residency?',
    alternatives: [
      'What do you expect to find hardest as an intern?',
      'What will be your biggest adjustment in intern year?',
      'What are you nervous about?',
    ],
    competencies: ['practice-based-learning', 'professionalism'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Programs want interns who anticipate the real difficulties of the first year and plan for them. A thoughtful answer shows insight; claiming to have no concerns suggests the opposite.',
    talkingPoints: [
      {
        id: 'concern',
        label: 'A real concern',
        guidance:
          'Name one realistic concern, such as workload, a new system or distance from family.',
        synonyms: ['concern', 'worried', 'worry', 'nervous', 'hardest', 'adjustment', 'speed'],
      },
      {
        id: 'why',
        label: 'Why it applies to you',
        guidance: 'Explain briefly why it is real for you.',
        synonyms: ['before', 'because', 'used to', 'at home', 'first time', 'new ehr'],
      },
      {
        id: 'plan',
        label: 'Your plan',
        guidance: 'Describe concrete preparation and who you would ask for help.',
        synonyms: ['to prepare', 'i plan', 'already', 'ask my senior', 'checklists', 'mentor'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Claiming nothing will be hard.',
        phrases: ['nothing worries me', "i'm not worried", "i'll be fine"],
      },
    ],
    sampleAnswer:
      "My main concern is the speed of the first month, when I'll be learning a new hospital's systems while carrying my own patients. I've worked as an intern before, in Colombo, but there I knew every form and every phone number, and here I'll be learning order sets, pager habits and a new EHR at the same time. To prepare, I've already done two rotations using Epic, and I keep a notebook of the workflows I learned, such as how to reconcile medications at discharge. When I start, I plan to ask my senior early when I'm unsure rather than losing time, and to use the first weeks to build simple checklists for admissions and cross-cover. I'm also a little worried about being far from my family, so I've set up a regular weekend call with them and I already know a few people in the area. I expect it to be hard, but manageable.",
    star: false,
    priority: 5,
  },
];
