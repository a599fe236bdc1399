import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { NARRATIVE_BAND } from './time-bands.ts';

// Theme F: academic and clinical questions. Original text; every applicant and patient in the
// samples is fictional. Trials named in samples (SPRINT, DAPA-HF, MINT) are described in our own
// words and only by their published headline findings.
export const ACADEMIC_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'academic-research-experience',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'Tell me about your research.',
    alternatives: [
      'Walk me through your most significant research project.',
      'What was your role in this publication?',
      'What did you learn from doing research?',
    ],
    competencies: ['practice-based-learning', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Interviewers check that you understand the project you listed, what your own role was and what it taught you. Explaining a study clearly also predicts how you will read and apply evidence in residency.',
    talkingPoints: [
      {
        id: 'question',
        label: 'The question',
        guidance: 'State the research question and why it mattered, in plain words.',
        synonyms: [
          'asking whether',
          'research question',
          'we wanted to',
          'aim',
          'it mattered because',
        ],
      },
      {
        id: 'role',
        label: 'Your role',
        guidance: 'Say exactly what you did: design, data collection, analysis, writing.',
        synonyms: [
          'my role',
          'i designed',
          'collected',
          'the analysis',
          'wrote the',
          'i was responsible',
        ],
      },
      {
        id: 'findings',
        label: 'The finding',
        guidance: 'Give the main result with a number, and whether it was significant.',
        synonyms: ['we found', 'percent', 'significant', 'showed', 'associated'],
      },
      {
        id: 'limits',
        label: 'Limitations and learning',
        guidance: 'Mention a real limitation and what you learned from it.',
        synonyms: [
          'limitation',
          'retrospective',
          'selection bias',
          'confounding',
          'i learned',
          'next step',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Not knowing your own project.',
        phrases: ['i helped with some research', "i don't remember", 'i was just an author'],
      },
    ],
    sampleAnswer:
      "My main project was a retrospective study at my hospital in Karachi, asking whether patients with diabetes who were given a printed foot-care card at discharge had fewer amputations over two years. It mattered because diabetic foot disease was one of the commonest reasons for admission to our surgical wards. My role was substantial. I designed the data-collection form with my supervisor, reviewed about 600 charts, did the analysis in R with guidance from a statistician and wrote the first draft of the paper. We found that patients who received the card had about 30 percent fewer amputations, but the difference wasn't significant after adjusting for HbA1c and smoking. The main limitation is that it was retrospective, and some teams handed out the card far more often than others, so there was clear selection bias. I learned a lot about confounding, and that the honest answer from a study can be 'we don't know yet.' The next step we proposed is a small randomised trial, which is the kind of question I'd like to keep asking in residency.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-memorable-case',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'Tell me about a memorable patient or case.',
    alternatives: [
      'Which patient taught you the most?',
      'Describe a case that changed how you practise.',
      'Tell me about a patient you still think about.',
    ],
    competencies: ['patient-care', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'The case you choose reveals what you value, whether clinical reasoning, communication or humanity. Interviewers also use it to probe your medical knowledge and how you reflect on care.',
    talkingPoints: [
      {
        id: 'presentation',
        label: 'A brief presentation',
        guidance: 'Present the case concisely: who, what, and the key findings.',
        synonyms: ['year-old', 'came into', 'admitted', 'presented', 'on examination'],
      },
      {
        id: 'reasoning',
        label: 'Your reasoning',
        guidance: 'Explain how you or the team reached the diagnosis or decision.',
        synonyms: [
          'suspect',
          'which made me',
          'diagnosis',
          'differential',
          'i asked for',
          'considered',
        ],
      },
      {
        id: 'human',
        label: 'The human side',
        guidance: 'Include what the patient or family taught you.',
        synonyms: ['she told me', 'he told me', 'what stays with me', 'in her head', 'felt'],
      },
      {
        id: 'lesson',
        label: 'The lesson',
        guidance: 'End with a lesson that changed your practice.',
        synonyms: ['taught me', 'since then', 'i learned', 'i always', 'lesson'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Avoiding a choice.',
        phrases: ['every patient is memorable', "i can't choose"],
      },
      {
        code: 'blames-others',
        description: 'Making the story about colleagues who missed it.',
        phrases: ['the other doctors missed', 'they were incompetent'],
      },
    ],
    sampleAnswer:
      "A case I still think about is a 24-year-old woman who came into our emergency department in Dhaka with weakness in both legs that had worsened over three days. She'd been seen twice before and told it was stress. On examination she had absent reflexes in her legs and mild weakness in her arms, and she mentioned diarrhoea two weeks earlier, which made me suspect Guillain-Barré syndrome. I asked for a bedside vital capacity, which was already falling, and my senior agreed to admit her to the high-dependency unit and start IVIG. Two days later she needed a short period of ventilation, but she recovered and walked out of hospital five weeks later. What stays with me is what she told me at discharge: that nobody had examined her properly before, and that she had started to believe it was all in her head. That case taught me to take a full examination seriously, especially when a patient has already been labelled, and since then I always check reflexes and breathing in anyone with new weakness.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-controversy',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'What is a current controversy in this specialty, and where do you stand on it?',
    alternatives: [
      'Tell me about a recent guideline change you find interesting.',
      "What's a debate in medicine you've been following?",
      'What topic in the field do you think is overhyped?',
    ],
    competencies: ['medical-knowledge', 'practice-based-learning', 'systems-based-practice'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'This shows whether you read beyond exam material and can weigh evidence. Programs want a balanced, informed view held with appropriate humility.',
    talkingPoints: [
      {
        id: 'topic',
        label: 'A specific debate',
        guidance: 'Name a specific, current question.',
        synonyms: ['debate', 'controversy', 'how low', 'guidelines', 'target'],
      },
      {
        id: 'sides',
        label: 'Both sides, fairly',
        guidance: 'Describe the evidence on each side.',
        synonyms: ['on one hand', 'on the other hand', 'critics', 'trial found', 'point out'],
      },
      {
        id: 'position',
        label: 'Your position',
        guidance: 'State a reasoned view.',
        synonyms: ['my view', 'i think', 'i lean', 'in my opinion', 'reasonable for'],
      },
      {
        id: 'humility',
        label: 'What would change your mind',
        guidance: 'Say which evidence would change your view.',
        synonyms: ['change my mind', 'better data', 'excluded', 'uncertain', 'until then'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'No specific topic.',
        phrases: ['nothing is controversial', "i haven't read about it"],
      },
    ],
    sampleAnswer:
      "One debate I've followed in internal medicine is how low we should aim for blood pressure in older adults. On one hand, the SPRINT trial found that targeting a systolic pressure below 120 rather than below 140 reduced cardiovascular events and deaths in high-risk patients, including people over 75, and some guidelines moved to lower targets. On the other hand, critics point out that SPRINT measured blood pressure with an unattended automated device, which reads lower than a routine clinic measurement, and that intensive treatment caused more kidney injury, low blood pressure and fainting. In frail patients, one fall can undo the benefit. My view is that a lower target is reasonable for a fit older patient who tolerates it, but that the target should be individual, with attention to dizziness on standing, falls and what the patient values. What would change my mind is better data on very frail people and on those with dementia, who were largely excluded from the trial. Until then, I think shared decisions matter more than a single number.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-quality-improvement',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'Tell me about a quality-improvement project you have been part of.',
    alternatives: [
      'Have you ever changed a process to make care safer?',
      'What do you know about PDSA cycles?',
      'How would you approach a QI project in residency?',
    ],
    competencies: ['systems-based-practice', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'ACGME expects every resident to take part in quality improvement and patient safety. Programs want to see that you understand the method of measuring, changing and measuring again, and can work with a team on a system problem.',
    talkingPoints: [
      {
        id: 'baseline',
        label: 'Problem and baseline',
        guidance: 'State the problem and how you measured it at the start.',
        synonyms: ['baseline', 'audit', 'data', 'percent', 'measured'],
      },
      {
        id: 'method',
        label: 'Method',
        guidance: 'Name the method: PDSA cycles, a fishbone diagram, process mapping.',
        synonyms: ['pdsa', 'plan-do-study-act', 'fishbone', 'to map', 'root cause', 'cycles'],
      },
      {
        id: 'team',
        label: 'Team',
        guidance: 'Show who was involved and how.',
        synonyms: ['two nurses', 'pharmacist', 'i worked with', 'the team', 'staff'],
      },
      {
        id: 'result',
        label: 'Result and whether it lasted',
        guidance: 'Give the measure after the change, and whether it held.',
        synonyms: ['rose to', 're-audit', 'had held', 'sustained', 'improved', 'months later'],
      },
    ],
    pitfalls: [
      {
        code: 'we-instead-of-i',
        description: 'Your role disappears into the team.',
        phrases: ['we did', 'the team did'],
      },
      {
        code: 'generic-answer',
        description: 'Enthusiasm for QI without a project.',
        phrases: ['i like qi', 'qi is important'],
      },
    ],
    sampleAnswer:
      "During my internship in Manila, I led a project on preventing venous thromboembolism on our medical wards. A baseline audit of 80 patients showed that only 45 percent of those who needed prophylaxis had it prescribed within 24 hours. I worked with two nurses and the ward pharmacist to map the admission process, and a quick fishbone exercise showed the main cause: no one was prompted to assess the risk. We ran three PDSA cycles. In the first, I added a Padua score box to the admission sheet, which helped only a little. In the second, the pharmacist flagged missing prophylaxis on her morning review. In the third, we added a reminder to the intern handover checklist. After three months, appropriate prophylaxis rose to 86 percent, and a re-audit six months later showed it had held at 82 percent. I learned that the first idea is rarely the best one, and that changes stick when they're built into something people already do. In residency I'd like to join a QI project early, ideally on transitions of care.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-evidence-based-medicine',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'How do you keep up with the medical literature and apply evidence in your practice?',
    alternatives: [
      'How do you decide whether a study should change what you do?',
      'Tell me about a time evidence changed how you managed a patient.',
      'Which resources do you use to answer clinical questions?',
    ],
    competencies: ['practice-based-learning', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Residents must answer clinical questions quickly and critically. Programs look for regular habits, appraisal skills and an example of evidence changing care.',
    talkingPoints: [
      {
        id: 'habits',
        label: 'Regular habits',
        guidance: 'Describe how you keep up: journals, podcasts, journal club.',
        synonyms: ['every week', 'journals', 'podcast', 'journal club', 'routine'],
      },
      {
        id: 'point-of-care',
        label: 'Answering questions at the bedside',
        guidance: 'Name the resources you use and when you go to the primary trial.',
        synonyms: ['uptodate', 'guideline', 'pubmed', 'at the bedside', 'key trial', 'dynamed'],
      },
      {
        id: 'appraisal',
        label: 'Critical appraisal',
        guidance: 'Show how you judge a study: design, population, absolute effect.',
        synonyms: [
          'randomised',
          'randomized',
          'population',
          'absolute risk',
          'relative effect',
          'bias',
        ],
      },
      {
        id: 'example',
        label: 'An example',
        guidance: 'Give a case in which evidence changed management.',
        synonyms: ['for example', 'a patient', 'i raised it', 'we started', 'changed'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'No method for finding or judging evidence.',
        phrases: ['i read a lot', 'i google it', 'i just follow what seniors do'],
      },
    ],
    sampleAnswer:
      "I keep a simple routine. Every week I read the summaries from the main internal medicine journals and listen to one podcast on my commute, and I've joined the monthly virtual journal club run by the hospital where I did my externship. For questions at the bedside I use UpToDate and the relevant guideline, and for an important or unusual decision I look up the key trial on PubMed. When I appraise a study, I look first at whether it was randomised, whether the population resembles my patient, and the absolute risk reduction, because a large relative effect can hide a small real one. For example, last year I helped care for a patient with heart failure and a reduced ejection fraction who wasn't on an SGLT2 inhibitor. I'd recently read the DAPA-HF trial, which showed fewer heart-failure hospitalisations and deaths even in patients without diabetes, so I raised it with the team, and we started dapagliflozin before discharge, with kidney function checked at follow-up.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-research-unrelated',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'Your research is in a different field. How does it relate to this specialty?',
    alternatives: [
      'Why did you do surgical research if you are applying to pediatrics?',
      'What skills from your research will you use in residency?',
      'Would you continue research in this field?',
    ],
    competencies: ['practice-based-learning', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Interviewers want to see that you can draw transferable lessons from any experience and that your specialty choice is consistent. An honest account of how your interests developed is better than forcing a link.',
    talkingPoints: [
      {
        id: 'honest',
        label: 'An honest account',
        guidance: 'Explain how you came to that research, without apologising for it.',
        synonyms: ['opportunity', 'was looking for', 'i took', 'at the time', 'funded project'],
      },
      {
        id: 'skills',
        label: 'Transferable skills',
        guidance: 'Name skills that carry over: study design, statistics, writing, persistence.',
        synonyms: ['skills', 'design a', 'statistician', 'write a paper', 'transfer'],
      },
      {
        id: 'link',
        label: 'A real link',
        guidance: "Show any genuine connection to the specialty's patients or questions.",
        synonyms: ['closer link', 'children', 'families', 'parents', 'part of why'],
      },
      {
        id: 'future',
        label: 'Future research',
        guidance: 'Say what you would like to study in this field.',
        synonyms: [
          'in residency',
          'a project on',
          'would like to',
          'future research',
          'interested in',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Research done only for the CV.',
        phrases: ['just for my cv', "it doesn't matter", 'only thing available'],
      },
    ],
    sampleAnswer:
      "My research is in orthopaedic surgery because, in my final year in Cairo, the orthopaedics department had a funded project and was looking for someone to collect outcome data on children's forearm fractures, and I took the opportunity. I'm glad I did. I learned how to design a data-collection tool, work with a statistician and write a paper, and those skills transfer to any field. There's also a closer link than it looks: the study was about children, and much of my role was calling families to ask about pain, function and school attendance after casting. That was where I realised I enjoyed talking with children and parents more than being in the operating theatre, which is part of why I'm applying to pediatrics. In residency, I'd be interested in a project on how families understand discharge instructions from the emergency department, which uses the same follow-up skills in a pediatric question.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-recent-article',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt: 'Tell me about an article you read recently that interested you.',
    alternatives: [
      "What's the last paper you read?",
      'Which recent study should every intern know about?',
      'What have you read lately that changed your thinking?',
    ],
    competencies: ['practice-based-learning', 'medical-knowledge'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'This checks for genuine curiosity and whether you can summarise and critique a paper briefly. Choose something you understand well, because follow-up questions are likely.',
    talkingPoints: [
      {
        id: 'summary',
        label: 'A clear summary',
        guidance: 'Give the question, the design and the main result in two or three sentences.',
        synonyms: ['randomised trial', 'randomized trial', 'compared', 'found that', 'it compared'],
      },
      {
        id: 'why',
        label: 'Why it interested you',
        guidance: 'Connect it to a patient or a question you met.',
        synonyms: ['interested me', 'during my elective', 'we debated', 'a patient', 'relevant'],
      },
      {
        id: 'critique',
        label: 'A critique',
        guidance: 'Mention a limitation or the question it leaves open.',
        synonyms: ['limitation', 'open-label', 'borderline', "doesn't settle", 'however'],
      },
      {
        id: 'practice',
        label: 'Impact on practice',
        guidance: 'Say how it would change, or not change, what you do.',
        synonyms: [
          'in practice',
          'would make me',
          'rather than applying',
          'change what i do',
          'discuss',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Not reading, or unable to name the study.',
        phrases: ["i don't read much", "i don't remember the name"],
      },
    ],
    sampleAnswer:
      "Recently I read the MINT trial, a randomised trial comparing restrictive and liberal blood transfusion in patients with a heart attack and anaemia. It compared transfusing below a haemoglobin of 7 or 8 with transfusing below 10, and found that the liberal strategy had a lower rate of death or repeat heart attack at 30 days, although the difference didn't reach statistical significance. It interested me because during my elective we debated exactly this for an older man with a myocardial infarction and a haemoglobin of 8.2. The main limitation is that the trial was open-label and the result was borderline, so it doesn't settle the question. However, unlike the trials in general ICU patients, it suggests that people with an acute heart attack may be a group in whom a higher threshold is reasonable. In practice, it would make me discuss the threshold explicitly with my attending and with cardiology, rather than applying the usual threshold of 7 automatically.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-present-case',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt:
      'Present a patient you recently cared for, as you would on morning rounds, in under two minutes.',
    alternatives: [
      'Give me a short presentation of a recent admission.',
      'How would you present a new patient to your attending?',
      'Walk me through your last admission.',
    ],
    competencies: ['interpersonal-communication', 'medical-knowledge', 'patient-care'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Some interviewers ask for a case presentation to see how you organise information and think clinically in real time. A tight, prioritised presentation with an assessment and a plan is what they will expect from you every morning.',
    talkingPoints: [
      {
        id: 'one-liner',
        label: 'One-line summary',
        guidance: 'Start with age, key history and the main problem in one sentence.',
        synonyms: ['year-old', 'with a history of', 'admitted with', 'presenting with'],
      },
      {
        id: 'data',
        label: 'Pertinent data',
        guidance: 'Give only the findings that support or argue against your diagnosis.',
        synonyms: ['on exam', 'notable labs', 'x-ray', 'ecg', 'vitals', 'overnight'],
      },
      {
        id: 'assessment',
        label: 'Assessment',
        guidance: 'State the leading diagnosis and the main alternatives.',
        synonyms: [
          'my assessment',
          'most likely',
          'less likely',
          'differential',
          'consistent with',
        ],
      },
      {
        id: 'plan',
        label: 'Plan by problem',
        guidance: 'Give the plan, including the disposition.',
        synonyms: ['the plan', 'continue', 'wean', 'anticipate discharge', 'follow-up', 'referral'],
      },
    ],
    pitfalls: [
      {
        code: 'overlong-explanation',
        description: 'Reading out every finding instead of prioritising.',
        phrases: ['review of systems was', 'let me read everything', 'all his labs were'],
      },
    ],
    sampleAnswer:
      "Mr. A is a 67-year-old man with a history of COPD and hypertension, admitted with three days of worsening shortness of breath and yellow sputum. Overnight he remained stable on 2 litres of oxygen. On exam he was alert and using his accessory muscles mildly, with diffuse wheeze but no focal crackles and no leg swelling. Notable labs were a white count of 13, a normal BNP and a venous pH of 7.36 with a CO2 of 52, which is his baseline. The chest X-ray showed hyperinflation without consolidation, and the ECG was unchanged. My assessment is an acute COPD exacerbation, most likely triggered by a respiratory infection; pneumonia and heart failure are less likely given the imaging and the BNP. The plan is to continue nebulised bronchodilators, prednisone 40 mg for five days and doxycycline, wean oxygen to keep saturations between 88 and 92, and review his inhaler technique. If he's off oxygen by tomorrow, I'd anticipate discharge with pulmonary follow-up and a referral to pulmonary rehabilitation.",
    star: false,
    priority: 5,
  },
  {
    id: 'academic-diagnostic-uncertainty',
    theme: 'academic',
    audience: 'all',
    type: 'academic',
    prompt:
      'Tell me about a case where the diagnosis was uncertain. How did you reason through it?',
    alternatives: [
      'How do you handle diagnostic uncertainty?',
      'Describe a time the first diagnosis turned out to be wrong.',
      'How do you avoid anchoring on the first diagnosis?',
    ],
    competencies: ['medical-knowledge', 'patient-care', 'practice-based-learning'],
    timeBand: NARRATIVE_BAND,
    whyAsked:
      'Uncertainty is constant in medicine, and thinking errors such as anchoring cause real harm. Programs want structured reasoning, humility and sensible use of help and tests.',
    talkingPoints: [
      {
        id: 'case',
        label: 'The case',
        guidance: 'Describe the uncertain presentation briefly.',
        synonyms: ['year-old', "didn't quite fit", 'working diagnosis', 'admitted with', 'uneasy'],
      },
      {
        id: 'differential',
        label: 'A structured differential',
        guidance: 'Show how you built and narrowed the differential.',
        synonyms: ['differential', 'as well as', 'considered', 'ruled out', 'less likely'],
      },
      {
        id: 'bias',
        label: 'Naming the trap',
        guidance:
          'Name a thinking error you avoided or caught, such as anchoring or premature closure.',
        synonyms: [
          'anchored',
          'anchoring',
          'premature closure',
          're-examined',
          'step back',
          'first label',
        ],
      },
      {
        id: 'help',
        label: 'Using help and tests',
        guidance: 'Explain when you sought input or a test to settle it.',
        synonyms: [
          'i discussed',
          'my resident',
          'cortisol',
          'stimulation test',
          'endocrinology',
          'consulted',
        ],
      },
      {
        id: 'learning',
        label: 'What you do now',
        guidance: 'Say what you do differently since.',
        synonyms: ['i learned', 'since then', 'now i', "can't-miss", 'step back'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Claiming certainty.',
        phrases: ['i always know', 'it was obvious'],
      },
      {
        code: 'blames-others',
        description: 'Blaming whoever made the first diagnosis.',
        phrases: ['the emergency doctor missed', 'they missed it'],
      },
    ],
    sampleAnswer:
      "During my externship, a 52-year-old woman was admitted with fatigue and a sodium of 124, and the working diagnosis from the emergency department was SIADH, possibly caused by her antidepressant. Her story didn't quite fit, though. She also had low blood pressure on standing, mild nausea and weight loss, which made me uneasy. I wrote out a differential for low sodium with low volume status as well as SIADH, and realised we had anchored on the medication simply because it was on her list. I re-examined her and noticed darker skin in her palm creases, which she said was new. I discussed it with my resident, and we asked for a morning cortisol to be sent before any steroids were given. It was very low, and a stimulation test and an endocrinology review confirmed primary adrenal insufficiency. She improved quickly on hydrocortisone and fludrocortisone. I learned to step back whenever one finding doesn't fit, and since then I name the diagnosis I'd be most embarrassed to miss before I accept the first label.",
    star: false,
    priority: 5,
  },
];
