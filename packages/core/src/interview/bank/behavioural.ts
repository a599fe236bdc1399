import type { InterviewQuestion, TalkingPoint } from '../../vocabulary/interview.ts';
import { BEHAVIOURAL_BAND } from './time-bands.ts';

// Theme D: behavioural questions, answered in STAR order (situation, task, action, result) with
// a learning at the end. Original text; every applicant in the samples is fictional.

/** The closing "learning" point is the same skill in every STAR answer. */
const LEARNING: TalkingPoint = {
  id: 'learning',
  label: 'What you learned',
  guidance: 'Close with one sentence on what you learned and what you do differently now.',
  synonyms: ['i learned', 'taught me', 'since then', 'now i', 'next time', 'the lesson'],
};

export const BEHAVIOURAL_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'behavioural-teamwork',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you worked effectively as part of a team.',
    alternatives: [
      'Describe a team you were proud to be part of.',
      'Give an example of how you contribute to a team.',
      'Tell me about working with nurses or other professions to care for a patient.',
    ],
    competencies: ['interpersonal-communication', 'systems-based-practice'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Residency is teamwork at every hour, with nurses, pharmacists, therapists and fellow residents. Programs look for a concrete example of what you personally did to make a team work, and for respect for other professions.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'Situation and stakes',
        guidance:
          'Set the scene in a sentence or two: where, who was involved and what was at stake.',
        synonyms: [
          'during my',
          'our ward',
          'our team',
          'in one month',
          'came back',
          'was responsible',
        ],
      },
      {
        id: 'action',
        label: 'Your own actions',
        guidance: "Describe what you did, using 'I', and how you drew on others' skills.",
        synonyms: [
          'i suggested',
          'i sat down',
          'i drafted',
          'i set up',
          'i organised',
          'i coordinated',
        ],
      },
      {
        id: 'other-professions',
        label: 'Respect for other roles',
        guidance: 'Show how you involved nurses, pharmacists or others and valued their input.',
        synonyms: [
          'pharmacist',
          'nurse',
          'physiotherapist',
          'social worker',
          'case manager',
          'dietitian',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Give a concrete outcome, ideally a number or a change that lasted.',
        synonyms: [
          'as a result',
          'no readmissions',
          'reduced',
          'improved',
          'kept the checklist',
          'fewer',
        ],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'we-instead-of-i',
        description: 'Only describing what the team did, not your part.',
        phrases: ['we did', 'we decided', 'we just', 'the team did'],
      },
      {
        code: 'generic-answer',
        description: 'Claiming to be a team player without a story.',
        phrases: ['i am a team player', 'i always work well', 'i get along with everyone'],
      },
    ],
    sampleAnswer:
      "During my internship in Chennai, our medical ward had a run of patients discharged on the wrong doses of blood thinners. In one month, three came back with bleeding or clots. As the intern responsible for discharges on my unit, I felt I had to help fix it, but I knew I couldn't do it alone. First, I sat down with our ward pharmacist and the senior nurse to map where things went wrong. We found that discharge prescriptions were often written late in the evening, by whoever was free, without a check of the latest INR. I suggested a simple change: the pharmacist would review every anticoagulant prescription before discharge, and the nurse would go through a one-page teaching sheet with the patient. I drafted the sheet in Tamil and English, the pharmacist corrected the dosing table, and the senior nurse tried it with five patients and told me which words confused them. I also set up a short slot at our morning huddle to flag anticoagulated patients going home. As a result, over the next three months we had no readmissions for anticoagulant problems, and the ward kept the checklist after I left. I learned that the best ideas came from the people closest to the problem. The nurse and the pharmacist saw things I didn't, and my role was mainly to bring them together and keep it moving. Since then, when something goes wrong, I start by asking who else can see it.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-conflict-colleague',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a conflict with a colleague and how you resolved it.',
    alternatives: [
      'Describe a disagreement with a nurse or another resident.',
      'Tell me about a time you had to work with someone difficult.',
      'How have you handled tension within a team?',
    ],
    competencies: ['interpersonal-communication', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Conflict is inevitable on busy teams, and how you handle it affects safety and morale. Programs want to see that you address disagreement directly and respectfully, keep the patient at the centre and accept your share of responsibility.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'The disagreement',
        guidance: 'Describe the conflict neutrally, without casting the other person as a villain.',
        synonyms: ['disagreement', 'disagreed', 'conflict', 'tension', 'frustrated', 'paged me'],
      },
      {
        id: 'private',
        label: 'Talking it through',
        guidance: 'Show that you spoke to the person directly and privately, and listened first.',
        synonyms: [
          'privately',
          'in private',
          'asked what she',
          'asked what he',
          'listened',
          'face to face',
        ],
      },
      {
        id: 'patient',
        label: 'The patient at the centre',
        guidance: 'Bring the discussion back to what the patient needed.',
        synonyms: ['safety', 'the patient', 'saw the patient', 'what was best', 'patient care'],
      },
      {
        id: 'resolution',
        label: 'Resolution',
        guidance: 'Explain how it was resolved and how the working relationship continued.',
        synonyms: [
          'we agreed',
          'agreed',
          'settled',
          'resolved',
          'the relationship',
          'the next evening',
        ],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Describing the colleague as the problem.',
        phrases: [
          'she was lazy',
          'he was rude',
          'incompetent',
          'it was her fault',
          'it was his fault',
          'useless',
        ],
      },
      {
        code: 'we-instead-of-i',
        description: 'Hiding your own part behind "we".',
        phrases: ['we argued', 'we both'],
      },
    ],
    sampleAnswer:
      "During my externship in New Jersey, I had a disagreement with a night nurse about a patient in alcohol withdrawal. I had written an order for symptom-triggered benzodiazepines using a withdrawal scale, and she paged me three times in an hour asking for a fixed dose, because she felt the scoring took too long with five other patients to look after. By the third page I was frustrated and I could hear it in my voice, so instead of arguing on the phone I went to the ward. I asked to talk with her privately for a few minutes and started by asking what she was seeing. She explained that the patient was getting agitated between assessments and that she couldn't score him as often as the order required with her workload. That changed my view: her concern was safety, not convenience. I explained why symptom-triggered dosing usually means less medication overall, and then we looked at the patient together. I called my senior, and we agreed to add a scheduled low dose with extra doses based on the scale, and to ask the charge nurse about a sitter. The patient settled within two hours and didn't need restraints that night. The next evening the same nurse called me early about a different patient instead of waiting, which told me our working relationship was fine. I learned to go and see before I defend an order. Now, when a nurse pages repeatedly, I treat it as information about the patient, not as a challenge.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-disagree-attending',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you disagreed with a senior colleague or attending.',
    alternatives: [
      "Have you ever questioned a supervisor's decision?",
      'Tell me about speaking up to someone more senior.',
      'Describe a time you thought your attending was wrong.',
    ],
    competencies: ['professionalism', 'interpersonal-communication', 'patient-care'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Patient safety depends on juniors speaking up, but how you do it matters. Programs look for courage combined with respect, evidence and a willingness to accept the final decision or escalate appropriately.',
    talkingPoints: [
      {
        id: 'concern',
        label: 'The concern',
        guidance: 'State what you disagreed with and why it mattered for the patient.',
        synonyms: ['worried', 'concerned', 'disagreed', "didn't agree", 'risk', 'push her into'],
      },
      {
        id: 'evidence',
        label: 'Evidence first',
        guidance: 'Show that you checked facts or guidelines before speaking.',
        synonyms: [
          'i checked',
          'beers criteria',
          'guideline',
          'evidence',
          'looked up',
          'previous admission',
        ],
      },
      {
        id: 'respectful',
        label: 'How you raised it',
        guidance:
          'Describe raising it respectfully, at the right time and place, often as a question.',
        synonyms: [
          'after rounds',
          'i asked whether',
          'would it be reasonable',
          'respectfully',
          'privately',
          'as a question',
        ],
      },
      {
        id: 'outcome',
        label: 'Outcome',
        guidance:
          'Explain what happened and how you would have accepted or escalated the decision.',
        synonyms: [
          'agreed',
          'went home',
          'stayed oriented',
          'accepted',
          'my senior resident',
          'outcome',
        ],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Casting the senior as incompetent.',
        phrases: [
          'he was wrong',
          'she was wrong',
          'arrogant',
          "didn't know what he was doing",
          'incompetent',
        ],
      },
      {
        code: 'generic-answer',
        description: 'Claiming never to disagree.',
        phrases: ['i have never disagreed', 'i always follow orders'],
      },
    ],
    sampleAnswer:
      "On my internal medicine elective in Texas, we admitted an 82-year-old woman with pneumonia, and the attending planned to continue all her home medications, including a sleeping tablet and an anticholinergic for her bladder. She had been mildly confused in the emergency department, and I was worried these drugs would push her into delirium. Before saying anything, I checked the Beers criteria and looked through her chart, where a previous admission noted confusion after the same sleeping tablet. I didn't want to contradict the attending in front of the patient, so after rounds I asked whether I could raise a question about her medications. I said, 'I noticed she became confused on zolpidem last admission, and both of these are on the Beers list; would it be reasonable to hold them?' He read the note, agreed to stop both and asked me to talk to her about sleep habits. She stayed oriented through her stay and went home on day four. What I appreciated was that he thanked me and later asked me to present the Beers criteria at our team meeting. I learned that speaking up works best when I bring specific evidence, frame it as a question and choose the right moment. If he had disagreed, I would have accepted his reasoning unless I felt the patient was at real risk, in which case I'd have gone to my senior resident. Since then I've never hesitated to ask a well-prepared question.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-mistake',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a mistake you made in patient care.',
    alternatives: [
      'Describe a medical error you were involved in.',
      'Tell me about a time something went wrong because of you.',
      "What is the biggest clinical mistake you've made, and what did you do?",
    ],
    competencies: ['professionalism', 'practice-based-learning', 'patient-care'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Every doctor makes mistakes; programs want residents who recognise them, disclose them, limit the harm and change their practice. Claiming never to have made one is itself a warning sign.',
    talkingPoints: [
      {
        id: 'own',
        label: 'Owning the mistake',
        guidance: 'Describe a real mistake in the first person, without minimising it.',
        synonyms: ['my mistake', 'i made', 'i missed', 'i forgot', 'my error', 'i overlooked'],
      },
      {
        id: 'immediate',
        label: 'Making the patient safe',
        guidance: 'Explain how you made the patient safe and told your senior at once.',
        synonyms: [
          'straight away',
          'immediately',
          'right away',
          'i told my senior',
          'stopped the drug',
          'repeated',
        ],
      },
      {
        id: 'disclosure',
        label: 'Disclosure',
        guidance: 'Show that the patient or family was told honestly, with an apology.',
        synonyms: [
          'i explained to the patient',
          'apologised',
          'apologized',
          'told them',
          'honest',
          'his daughter',
        ],
      },
      {
        id: 'prevention',
        label: 'Preventing a repeat',
        guidance: 'Describe the change you made, in your own habits or in the system.',
        synonyms: ['incident report', 'i never', 'reconcile', 'changed', 'habit', 'system'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Shifting the error to someone else.',
        phrases: [
          'the nurse should have',
          "it wasn't my fault",
          'not my fault',
          'the system failed',
        ],
      },
      {
        code: 'evasive-about-weakness',
        description: 'Choosing a trivial or no mistake.',
        phrases: ['i have never made a mistake', "i can't think of one", 'nothing serious'],
      },
    ],
    sampleAnswer:
      "During my internship in Lima, I made a prescribing error. A 70-year-old man with heart failure was admitted, and when I wrote his admission orders I copied his home medications from an old list and missed that his spironolactone had been stopped a month earlier because of high potassium. Two days later his potassium was 6.1. The nurse flagged it on the morning labs, and I realised immediately that it was my mistake. I told my senior straight away, stopped the drug, repeated an ECG, which was normal, and we treated the potassium. It came down by the evening and he had no arrhythmia. That afternoon, with my senior present, I explained to the patient and his daughter what had happened, that the error was mine and what we had done about it, and I apologised. They were upset but thanked us for telling them directly. I also filed an incident report so the ward could look at how medication lists were kept. The lasting change is in my own practice: since then, I never transcribe medications from a single old source. I reconcile with the patient or family, the pharmacy record and the most recent discharge letter, and I note which sources I used. I learned that a tired intern plus an old list is a predictable risk, and that honest disclosure, although hard, kept the family's trust in the team.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-failure',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you failed at something.',
    alternatives: [
      'Describe a setback and how you recovered.',
      'What is your biggest professional failure?',
      "Tell me about a goal you didn't achieve.",
    ],
    competencies: ['practice-based-learning', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Residency includes setbacks, from a poor evaluation to a procedure that does not go well. Programs look for honesty about a real failure, reflection on your part in it and evidence that you recovered.',
    talkingPoints: [
      {
        id: 'failure',
        label: 'A real failure',
        guidance: 'Choose a genuine failure, not a disguised success.',
        synonyms: [
          'it failed',
          'failed',
          'without a result',
          "didn't work",
          'setback',
          'fell short',
        ],
      },
      {
        id: 'cause',
        label: 'Your part in it',
        guidance: 'Analyse what you did that contributed.',
        synonyms: ['my part', 'i assumed', "i didn't involve", 'i underestimated', 'i should have'],
      },
      {
        id: 'recovery',
        label: 'How you recovered',
        guidance: 'Explain what you did next, including asking for feedback.',
        synonyms: [
          'i asked my supervisor',
          'honest feedback',
          'i tried again',
          'differently',
          'i went to',
        ],
      },
      {
        id: 'result',
        label: 'What happened next',
        guidance: 'Give the later outcome.',
        synonyms: ['was completed', 'improved', 'we presented', 'succeeded', 'eventually'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'excuse-for-scores',
        description: 'Explaining the failure away.',
        phrases: ['bad luck', 'unfair', 'not my fault'],
      },
      {
        code: 'blames-others',
        description: 'Blaming the people around you.',
        phrases: ['my team let me down', "they didn't help", 'they ruined'],
      },
    ],
    sampleAnswer:
      "In my final year of medical school in Bogotá, I set out to run a study of hand-hygiene compliance on our surgical wards, and it failed. I had planned to observe staff for three months, but after six weeks I had too little data to analyse, and the project was closed without a result. Looking back, my part in it was clear. I assumed staff would be happy to be observed, but I didn't involve the ward nurses in the design, so several asked not to be watched and the unit manager withdrew her support. I also underestimated how much time I'd have alongside clinical rotations. After it was closed, I asked my supervisor for honest feedback, and she pointed out that I had treated the ward as a research site rather than as partners. So during my internship I tried again, differently. I went to the nurse manager first, asked which problem mattered most to her team, and we ended up auditing the labelling of IV lines instead, with two nurses as co-investigators. That project was completed in four months, correct labelling improved from about half of lines to nearly all, and we presented it at a regional meeting. I learned that projects succeed when the people affected help shape them, and that I need to plan honestly around my workload. I now start any project by asking who owns the problem.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-critical-feedback',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you received critical feedback.',
    alternatives: [
      'Describe feedback that was hard to hear.',
      'How do you respond when a supervisor criticises your work?',
      'Tell me about a time you changed because of feedback.',
    ],
    competencies: ['practice-based-learning', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Residency runs on constant feedback, and residents who become defensive stop improving. Programs want to see that you listen, reflect and change, and that you can show the result.',
    talkingPoints: [
      {
        id: 'feedback',
        label: 'The feedback',
        guidance: 'Quote or paraphrase the feedback honestly.',
        synonyms: ['said', 'told me', 'pointed out', 'feedback', 'criticised', 'criticized'],
      },
      {
        id: 'reaction',
        label: 'Your reaction',
        guidance: 'Describe how you felt and how you responded without getting defensive.',
        synonyms: [
          'at first',
          'embarrassed',
          'i listened',
          'thanked her',
          'thanked him',
          'show me',
        ],
      },
      {
        id: 'change',
        label: 'What you changed',
        guidance: 'Give the specific changes you made.',
        synonyms: [
          'i started',
          'template',
          'practised',
          'practiced',
          'timing myself',
          'i asked her to',
        ],
      },
      {
        id: 'result',
        label: 'Evidence of improvement',
        guidance: 'Show the later result, such as better feedback or a measurable change.',
        synonyms: [
          'by the end',
          'half as long',
          'wrote in my evaluation',
          'improved',
          'became clear',
        ],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Dismissing the feedback as unfair.',
        phrases: ['unfair feedback', "he didn't like me", "she didn't like me", 'biased'],
      },
      {
        code: 'generic-answer',
        description: 'Claiming never to have had critical feedback.',
        phrases: ['i always take feedback well', 'i have never received negative feedback'],
      },
    ],
    sampleAnswer:
      'In the second week of my externship in Michigan, my attending stopped me halfway through a presentation and said, kindly but directly, that my presentations were thorough but impossible to follow, because I listed every finding without telling the team what I thought was going on. At first I felt embarrassed, since at home long, complete presentations were praised. But I listened, thanked her, and asked if she could show me what she wanted. She gave me a structure: a one-line summary, the key findings for and against my leading diagnosis, and a plan by problem. I started writing my presentations on that template every evening and practised them aloud with another extern, timing myself to three minutes. I also asked her to give me one point of feedback after each presentation for the next two weeks. By the end of the rotation my presentations were about half as long, and she wrote in my evaluation that my clinical reasoning had become clear and confident. That feedback was hard to hear, but it was the most useful I received that year. I learned that I improve fastest when I ask for specific, frequent feedback rather than waiting for the final evaluation, and since then I ask each new supervisor in the first week how they like patients presented.',
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-difficult-patient',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a difficult patient or family and how you handled the situation.',
    alternatives: [
      'Describe an angry patient you cared for.',
      "Tell me about a patient who didn't trust you.",
      'How have you handled a family who was unhappy with the care?',
    ],
    competencies: ['interpersonal-communication', 'patient-care', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Interns meet frightened, angry and distrustful patients every week. Programs want to see empathy, calm and practical problem solving, and that you look for the person behind the behaviour.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'The situation',
        guidance: 'Describe the patient or family and what made it hard, respectfully.',
        synonyms: ['shouting', 'angry', 'upset', 'confronted', 'frustrated', 'distrust', 'unhappy'],
      },
      {
        id: 'empathy',
        label: 'Understanding the cause',
        guidance: 'Show that you looked for the reason behind the behaviour.',
        synonyms: [
          'sounded like',
          'must be frightening',
          'acknowledged',
          'listened',
          'he told me',
          'she told me',
        ],
      },
      {
        id: 'action',
        label: 'What you did',
        guidance: 'Describe concrete actions: sitting down, acknowledging, involving others.',
        synonyms: [
          'sat down',
          'family room',
          'apologised',
          'apologized',
          'i arranged',
          'i explained',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Explain how the situation changed.',
        synonyms: ['calmer', 'thanked', 'settled', 'trust', 'agreed'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Labelling the patient or family.',
        phrases: [
          'crazy',
          'rude patient',
          'drug seeker',
          'difficult woman',
          'difficult man',
          'non-compliant',
        ],
      },
      {
        code: 'generic-answer',
        description: 'Staying calm as the whole answer.',
        phrases: ['i just stayed calm', 'i always stay calm'],
      },
    ],
    sampleAnswer:
      "During my externship in Philadelphia, the son of a patient who'd had a stroke confronted me in the corridor, shouting that nobody had told him anything in two days and that his father was being ignored. People were staring, and my first reaction was to say that I was only an extern. Instead, I asked him to come to the family room, sat down with him and said that it sounded like he had been left without answers, and that must be frightening. He told me he had driven four hours each way, his father couldn't speak, and every time he arrived the team had already rounded. I acknowledged that our timing had failed him and apologised for that. I explained what I knew, then asked my resident to join us for ten minutes, and we arranged a daily phone update at five o'clock, which I added to the handoff so the whole team knew. I also arranged for him to meet the speech therapist so he could see how his father was communicating. Over the next days he was much calmer, and he thanked the team when his father moved to rehab. I learned that anger in a hospital corridor is usually fear plus a lack of information, and that a predictable plan for communication solves more than reassurance does. Now, with every family, I agree early on when and how they'll hear from us.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-breaking-bad-news',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you had to deliver bad news.',
    alternatives: [
      'How have you told a patient about a serious diagnosis?',
      'Describe a difficult conversation with a family.',
      'Walk me through a time you broke bad news.',
    ],
    competencies: ['interpersonal-communication', 'patient-care', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Breaking bad news is a core skill, and a poorly handled conversation can leave lasting harm. Programs look for a structured, compassionate approach and awareness of patient and family preferences.',
    talkingPoints: [
      {
        id: 'preparation',
        label: 'Preparation',
        guidance: 'Describe how you prepared: the facts, the setting, who should be present.',
        synonyms: [
          'i prepared',
          'reviewing',
          'who he wanted',
          'who she wanted',
          'small office',
          'quiet room',
        ],
      },
      {
        id: 'perception',
        label: 'What the patient knew and wanted',
        guidance:
          'Show that you asked what the patient understood and how much they wanted to know.',
        synonyms: [
          'what he understood',
          'what she understood',
          'how much detail',
          'wanted to know',
          'asked what',
        ],
      },
      {
        id: 'delivery',
        label: 'Clear and kind delivery',
        guidance: 'Use plain words, give a warning first and allow silence.',
        synonyms: ['warning', 'plainly', 'paused', 'silence', 'silent', 'gently'],
      },
      {
        id: 'plan',
        label: 'Emotion and next steps',
        guidance: 'Respond to emotion first, then agree the next steps and a follow-up.',
        synonyms: ['next steps', 'follow-up', 'we agreed', 'cried', 'respected', 'support'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Naming a protocol instead of describing the conversation.',
        phrases: ['i just told them', 'i followed the protocol', 'i used spikes'],
      },
      {
        code: 'blames-others',
        description: "Blaming the family's reaction.",
        phrases: ['in denial', "couldn't handle it"],
      },
    ],
    sampleAnswer:
      "During my internship in Addis Ababa, I had to tell a 45-year-old teacher that his abdominal mass was very likely pancreatic cancer. I prepared by reviewing the CT and the biopsy plan with my senior, and earlier that morning I asked the patient who he wanted with him; he chose his wife. We used a small office instead of talking at the bedside, and I switched off my phone. I began by asking what he understood so far. He said he thought it was an ulcer. I asked how much detail he wanted, and he said he wanted everything. I gave a warning first, saying the scan showed something serious, then explained plainly that there was a mass in the pancreas that looked like cancer, and then I paused. He was silent for a long time and his wife cried. I didn't fill the silence. When he spoke, he asked whether he could keep teaching, and we talked about that before any medical detail. We agreed on the next steps: the biopsy, a meeting with the oncologist and a follow-up conversation with me two days later, which I kept. He later told my senior that he had felt respected rather than rushed. I learned how much a patient's first question tells you about what matters to them, and that silence is part of the conversation. Now I always ask early how much a patient wants to know, because the answer differs a great deal between patients and families.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-leadership',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you showed leadership.',
    alternatives: [
      'Describe a time you led a team or a project.',
      'Tell me about a time you took charge of a situation.',
      'Give an example of leading without a formal title.',
    ],
    competencies: ['systems-based-practice', 'interpersonal-communication', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Residents lead interns and students, and later codes and clinics. Programs want evidence that you can set direction, involve people and follow through, not just hold a title.',
    talkingPoints: [
      {
        id: 'need',
        label: 'The need for leadership',
        guidance: 'Describe the problem that needed someone to lead.',
        synonyms: ['nobody had', 'no one had', 'biggest risk', 'problem', 'running out', 'chasing'],
      },
      {
        id: 'initiative',
        label: 'Stepping forward',
        guidance: 'Explain how you took it on, with or without a title.',
        synonyms: [
          'i offered',
          'i volunteered',
          'without a title',
          'i proposed',
          'stepped up',
          'i took on',
        ],
      },
      {
        id: 'people',
        label: 'Bringing people along',
        guidance: 'Show how you involved others and gave them ownership.',
        synonyms: [
          'meeting the',
          'delegated',
          'to own',
          'ownership',
          'each ward',
          'sessions with nurses',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Give a measurable outcome.',
        synonyms: [
          'within two weeks',
          'fell by',
          'stopped running out',
          'reduced',
          'improved',
          'a fifth',
        ],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'A title instead of an action.',
        phrases: ['i am a natural leader', 'i was the president', 'i always lead'],
      },
      {
        code: 'blames-others',
        description: 'Describing others as the obstacle.',
        phrases: ['nobody else cared', 'they were lazy'],
      },
    ],
    sampleAnswer:
      "During the second COVID wave in 2021, I was a junior medical officer at a district hospital in Karnataka, and our oxygen supply became the biggest risk on the wards. Nobody had a clear picture of how many cylinders we had or which patients truly needed high flow, and nurses were spending hours chasing cylinders. I wasn't the most senior doctor, but I offered to coordinate oxygen for the medical wards, and the medical superintendent agreed. I started by meeting the night nurses, the porters and the supplier's technician to understand where the delays were. Then I set up a whiteboard and a shared spreadsheet listing every patient on oxygen, their flow rate and their target saturation, updated every four hours. I asked each ward's senior nurse to own her ward's list, and delegated cylinder tracking to one porter per shift. I also ran fifteen-minute sessions with nurses on weaning patients whose saturations were above target. Within two weeks, our daily oxygen use fell by about a fifth without any drop in saturations, and we stopped running out overnight. I learned that leading in a crisis was less about giving orders and more about making the problem visible and giving each person clear ownership. Since then, whenever a team is overwhelmed, my first step is to make a shared list.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-stress',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you were under significant stress. How did you cope?',
    alternatives: [
      'How do you manage stress?',
      'Describe a period when you felt close to burnout.',
      'What do you do when you feel overwhelmed?',
    ],
    competencies: ['professionalism', 'practice-based-learning'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Burnout is common in residency, and programs want residents who notice their warning signs and use healthy strategies, including asking for help. An honest example is more reassuring than a claim to be immune.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'The stressful period',
        guidance: 'Describe a specific period and what made it stressful.',
        synonyms: ['stressful', 'stress', 'overwhelmed', 'little sleep', 'pressure', 'exhausted'],
      },
      {
        id: 'signs',
        label: 'Recognising the signs',
        guidance: 'Show that you noticed the effect on you or your work.',
        synonyms: [
          'i noticed',
          'careless errors',
          'snapped',
          'the signal',
          'warning signs',
          'irritability',
        ],
      },
      {
        id: 'strategies',
        label: 'Healthy strategies',
        guidance:
          'Describe concrete steps: sleep, exercise, talking to someone, reorganising work.',
        synonyms: [
          'i talked to',
          'asked to shift',
          'fixed bedtime',
          'walk',
          'called my sister',
          'schedule',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Say how things improved.',
        synonyms: ['within a few weeks', 'higher', 'errors stopped', 'passed', 'improved'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Claiming immunity to stress.',
        phrases: ["i don't get stressed", "stress doesn't affect me", 'i thrive under pressure'],
      },
    ],
    sampleAnswer:
      "The most stressful period for me was early 2023, when I was preparing for Step 2 CK while working full-time as a research assistant in Boston and supporting my mother, who had just had surgery at home in Cairo. For about two months I was sleeping five hours a night and studying in every spare minute. I noticed the effect when I made two careless errors in a data file at work, and when I snapped at my roommate over something small. That was the signal I needed. I talked to my supervisor, explained the situation honestly and asked to shift two of my research tasks by a month, which she agreed to. I rebuilt my schedule with a fixed bedtime, a thirty-minute walk every day and one evening a week with no studying. I also called my sister every Sunday so that we could share updates about our mother instead of both worrying separately. Within a few weeks my practice scores were higher, my errors at work stopped, and I passed Step 2 CK on the first attempt. I learned that my warning signs are small mistakes and irritability, and that asking for help early is far better than pushing through. In residency, I'll watch for those signs, protect sleep where I can, and use the program's wellness resources and my co-residents before things build up.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-competing-priorities',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you had several urgent tasks at once. How did you prioritise?',
    alternatives: [
      'Describe a busy call shift and how you managed it.',
      'How do you decide what to do first when everything seems urgent?',
      'Tell me about managing competing demands.',
    ],
    competencies: ['patient-care', 'systems-based-practice'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Cross-cover nights and busy admitting days demand fast, safe triage. Programs want a clear method: the sickest patient first, early delegation and honest communication about delays.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'The competing demands',
        guidance: 'Describe the tasks concretely.',
        synonyms: [
          'within ten minutes',
          'at once',
          'covering',
          'called about',
          'at the same time',
          'busy',
        ],
      },
      {
        id: 'triage',
        label: 'How you prioritised',
        guidance:
          'Explain your method: who could deteriorate fastest first, then time-critical tasks.',
        synonyms: [
          'prioritised',
          'prioritized',
          'deteriorate fastest',
          'sickest',
          'came first',
          'unstable',
        ],
      },
      {
        id: 'delegation',
        label: 'Delegation and help',
        guidance: 'Show whom you asked to start things and when you called for help.',
        synonyms: [
          'asked the nurse',
          'asked a nurse',
          'called the emergency',
          'my senior',
          'delegated',
          'start the workup',
        ],
      },
      {
        id: 'communication',
        label: 'Keeping people informed',
        guidance: 'Explain how you told others about delays.',
        synonyms: [
          'let the family know',
          'informed',
          'within the hour',
          'kept that promise',
          'updated',
        ],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Speed as the only strategy.',
        phrases: ['i just work faster', 'i multitask', 'i do everything myself'],
      },
    ],
    sampleAnswer:
      "On a night shift during my internship in Kathmandu, I was covering two medical wards when, within ten minutes, I was called about a patient with a systolic blood pressure of 80, a new admission with chest pain waiting in the emergency room, and a family asking to discuss a do-not-resuscitate decision. I prioritised by who could deteriorate fastest. The hypotensive patient came first, so I asked the nurse to start a fluid bolus and repeat the vitals while I walked over, and I called the emergency physician to ask for an ECG and troponin for the chest-pain patient so the workup would start before I arrived. At the bedside I found the hypotensive patient was septic from a urinary source; I took cultures, started antibiotics and informed my senior by phone. Once he was improving, I saw the chest-pain patient, whose ECG was normal. Meanwhile, I asked a nurse to let the family know I would come within the hour and why, and I kept that promise. By two in the morning all three were handled, and the septic patient was stable by morning. I learned that prioritising isn't only clinical; it also means delegating early and telling people when you'll arrive so they aren't left wondering. Since then I always start tests remotely while I'm walking to the sickest patient.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-emergency',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a medical emergency you were involved in.',
    alternatives: [
      'Describe a code or rapid response you took part in.',
      'Tell me about a time a patient suddenly deteriorated.',
      'How do you react in an acute emergency?',
    ],
    competencies: ['patient-care', 'medical-knowledge', 'interpersonal-communication'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Interns are often first at the bedside when a patient deteriorates. Programs want calm, systematic action, clear communication within the team and early escalation.',
    talkingPoints: [
      {
        id: 'recognition',
        label: 'Recognition',
        guidance: 'Describe how you recognised the emergency.',
        synonyms: ['unresponsive', 'collapsed', 'deteriorated', 'called me to', 'dropped', 'alarm'],
      },
      {
        id: 'systematic',
        label: 'A systematic approach',
        guidance: 'Show a structured approach such as ABCDE or ACLS.',
        synonyms: ['airway', 'breathing', 'abcde', 'acls', 'pulse', 'fingerstick glucose'],
      },
      {
        id: 'escalation',
        label: 'Escalation and roles',
        guidance: 'Explain how you called for help and communicated within the team.',
        synonyms: [
          'rapid response',
          'code team',
          'called for help',
          'assigned roles',
          'in one sentence',
          'my senior',
        ],
      },
      {
        id: 'outcome',
        label: 'Outcome',
        guidance: 'Say what happened to the patient, and any follow-up on the cause.',
        synonyms: ['awake', 'recovered', 'stabilised', 'stabilized', 'transferred', 'icu'],
      },
      {
        id: 'debrief',
        label: 'Debrief and learning',
        guidance: 'Mention a debrief and what you changed afterwards.',
        synonyms: ['debrief', 'i learned', 'since then', 'pointed out', 'i should have'],
      },
    ],
    pitfalls: [
      {
        code: 'we-instead-of-i',
        description: 'The team acted; your role is invisible.',
        phrases: ['we did everything', 'we just'],
      },
      {
        code: 'generic-answer',
        description: 'Calm as a trait rather than actions.',
        phrases: ['i stay calm', 'i always stay calm'],
      },
    ],
    sampleAnswer:
      "During my hands-on elective in Florida, I was pre-rounding when a nurse called me to a patient who had become unresponsive after his morning insulin. I checked his airway and breathing and felt a pulse, then asked the nurse to check a fingerstick glucose and called the rapid response team. The glucose was 32. He already had IV access, so I asked her to prepare dextrose, and when the resident arrived I told her in one sentence what I'd found: unresponsive after insulin, airway clear, breathing, pulse present, glucose 32. The resident gave the dextrose, assigned roles and asked me to recheck the glucose in fifteen minutes and review his medications. Within ten minutes he was awake and asking for breakfast. When I reviewed the chart, I found his insulin hadn't been reduced even though he'd been eating very little since admission. The team lowered the dose and started a hypoglycaemia protocol. Afterwards the resident held a five-minute debrief. She said my summary to the team was clear, and pointed out that I should have called for help before checking the pulse myself, since the call takes seconds and the team takes minutes to arrive. I learned to escalate first and assess second, and since then calling for help has been my first action in any emergency.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-above-and-beyond',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you went above and beyond for a patient.',
    alternatives: [
      "Describe something you did for a patient that wasn't required.",
      'Tell me about a time you made a real difference for someone.',
      'Tell me about a patient whose discharge you went out of your way to get right.',
    ],
    competencies: ['patient-care', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Programs want residents who care about outcomes beyond the task list. They also check judgement: going further within professional boundaries, with the team, and not at the expense of other patients.',
    talkingPoints: [
      {
        id: 'need',
        label: 'The need you noticed',
        guidance: 'Describe what the patient needed that the usual process would have missed.',
        synonyms: [
          'i noticed',
          'admitted that',
          "couldn't read",
          'no scale',
          'uneasy',
          'lived alone',
        ],
      },
      {
        id: 'action',
        label: 'What you did',
        guidance: 'Explain the extra steps you personally took.',
        synonyms: [
          'i made',
          'i called',
          'i arranged',
          'picture-based',
          'walk her through',
          'i followed up',
        ],
      },
      {
        id: 'boundaries',
        label: 'Within the team',
        guidance: 'Show that you involved the team and stayed within appropriate limits.',
        synonyms: [
          'social worker',
          'my attending',
          'with their approval',
          'case manager',
          'the team',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Give the outcome for the patient.',
        synonyms: ['weeks later', 'weight log', 'knew exactly', 'no fluid', 'went home', 'thanked'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'A claim without a story.',
        phrases: ['i always go above and beyond', 'i do this every day'],
      },
      {
        code: 'blames-others',
        description: 'Implying colleagues did not care.',
        phrases: ["the social worker didn't", 'nobody else bothered'],
      },
    ],
    sampleAnswer:
      "During my externship in Chicago, I cared for a 68-year-old man with newly diagnosed heart failure who was ready for discharge. On the morning he was due to leave, I noticed he seemed uneasy, and when I asked, he admitted that he couldn't read well and had no scale at home to weigh himself, which was at the centre of his discharge plan. He lived alone and his daughter worked night shifts. I told my attending and our social worker, and with their approval I did three things. I made a picture-based medication chart with him, using his actual pill bottles so he could match colours and shapes. The social worker found a free scale through a community program, and I called his daughter that afternoon to walk her through the warning signs and the daily weight rule. I also arranged a nurse phone call for day three, which is when I'd seen other patients run into trouble. Two weeks later, at his clinic follow-up, he brought his weight log, had gained no fluid and told the nurse he knew exactly what to do if his legs swelled. I learned that a perfect plan fails if the patient can't carry it out, and that asking one more question at discharge can matter more than the plan itself. Now I ask every patient to show me how they'll take their medicines at home.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-cultural-competence',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt:
      'Tell me about a time you cared for a patient whose cultural background affected their care.',
    alternatives: [
      'Describe a time cultural differences created a challenge with a patient.',
      "How have you adapted care to a patient's beliefs?",
      'Tell me about providing culturally sensitive care.',
    ],
    competencies: ['interpersonal-communication', 'patient-care', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'US patients come from every background, and misunderstandings about culture affect trust and adherence. Programs look for curiosity and respect, and for practical adaptations that keep care safe.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'The situation',
        guidance: 'Describe the patient and the cultural factor without stereotypes.',
        synonyms: ['fasting', 'ramadan', 'belief', 'religious', 'tradition', 'spiritually'],
      },
      {
        id: 'curiosity',
        label: 'Asking rather than assuming',
        guidance: 'Show that you asked what mattered to the patient.',
        synonyms: [
          'i asked whether',
          'what fasting meant',
          'to understand',
          'what it means',
          'he explained',
          'she explained',
        ],
      },
      {
        id: 'adaptation',
        label: 'Adapting the plan safely',
        guidance: 'Describe how care was adjusted safely with the team.',
        synonyms: [
          'changed his regimen',
          'changed her regimen',
          'moved his',
          'moved her',
          'pharmacist',
          'adjust',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Say what happened.',
        synonyms: ['he agreed', 'she agreed', 'no further', 'thanked', 'before discharge', 'trust'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Ignoring culture altogether.',
        phrases: ['all patients are the same', 'i treat everyone the same'],
      },
      {
        code: 'blames-others',
        description: "Judging the patient's beliefs.",
        phrases: ['ignorant', 'superstitious', 'backward'],
      },
    ],
    sampleAnswer:
      "During my elective in Minnesota, I helped care for a 55-year-old Somali man with type 2 diabetes whose sugars kept dropping dangerously in the late afternoon. It turned out to be Ramadan, and he was fasting from dawn to sunset while taking his usual morning doses. The team's first instinct was to tell him to stop fasting. Instead, I asked whether I could spend some time with him and a Somali interpreter to understand what fasting meant to him. He explained that it mattered to him spiritually and that he had fasted safely for years on different medication. He said he would rather adjust the medicines than stop fasting. I brought that back to my resident and attending, and together with the pharmacist we changed his regimen: we stopped the sulfonylurea, moved his long-acting medicine to the evening meal, and taught him when he must break the fast, for example if his glucose fell below 70. He agreed, checked his sugars twice daily and had no further lows before discharge. He thanked the team for not making him choose between his health and his faith. I learned that asking what a practice means to the patient opens options that a blunt instruction closes. Now I ask about fasting, diet and beliefs as part of medication planning.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-advocacy',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you advocated for a patient or a group of patients.',
    alternatives: [
      'Describe a time you challenged a system on behalf of patients.',
      "Tell me about standing up for a patient's needs.",
      'Have you ever pushed back on a process to protect patients?',
    ],
    competencies: ['systems-based-practice', 'patient-care', 'professionalism'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Advocacy is part of professionalism, from securing a service for one patient to fixing a process that fails many. Programs look for effective, respectful advocacy that works through the right channels.',
    talkingPoints: [
      {
        id: 'barrier',
        label: 'The barrier',
        guidance: 'Describe the barrier facing the patient or group.',
        synonyms: [
          'barrier',
          'never starting',
          'expensive',
          'confusing',
          'uninsured',
          'unfinished',
        ],
      },
      {
        id: 'channels',
        label: 'Working through the right channels',
        guidance: 'Show that you used appropriate channels and allies.',
        synonyms: [
          'medical director',
          'social worker',
          'i raised it',
          'my attending',
          'met with',
          'volunteer meeting',
        ],
      },
      {
        id: 'action',
        label: 'Your actions',
        guidance: 'Explain what you personally did.',
        synonyms: [
          'i drafted',
          'i called',
          'i gathered',
          'i presented',
          "i'd prepare",
          'i looked at',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Give the outcome, including partial success.',
        synonyms: ['approved', 'completed therapy', 'still uses', 'compared with', 'as a result'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Villains instead of systems.',
        phrases: ['evil', "the administrators didn't care", 'greedy'],
      },
      {
        code: 'generic-answer',
        description: 'A claim without an example.',
        phrases: ['i always advocate', 'i am an advocate'],
      },
    ],
    sampleAnswer:
      "During my year volunteering at a free clinic in Atlanta, I noticed that several of our uninsured patients with newly diagnosed hepatitis C were never starting treatment. When I looked at the charts, the barrier was the same each time: the drugs were extremely expensive, and the paperwork for the manufacturers' assistance programs was long and confusing, so forms sat unfinished. I raised it with the clinic's medical director and asked whether I could try to fix the process. I drafted a one-page checklist of the documents each program needed, called two assistance lines to clarify their criteria, and gathered the forms into a single packet. Then I met with the clinic's volunteer social worker, and we agreed that I'd prepare the packets and she'd sit with patients to complete them. I also presented the process at a volunteer meeting so other clinicians would refer patients. Over six months, eleven patients were approved for free treatment, compared with one in the previous year, and nine have completed therapy. The clinic still uses the packet. I learned that advocacy is often unglamorous: understanding the rules, finding allies and doing the paperwork well. Now, when I see the same barrier twice, I assume it's a system problem and look for a fix that will outlast me.",
    star: true,
    priority: 3,
  },
  {
    id: 'behavioural-adapting-new-system',
    theme: 'behavioural',
    audience: 'all',
    type: 'behavioural',
    prompt: 'Tell me about a time you had to adapt quickly to a new environment or system.',
    alternatives: [
      'Describe starting in a hospital where everything was unfamiliar.',
      'How did you adjust to your first rotation in the US?',
      "Tell me about a time your usual way of working didn't fit.",
    ],
    competencies: ['systems-based-practice', 'practice-based-learning'],
    timeBand: BEHAVIOURAL_BAND,
    whyAsked:
      'Every intern starts in an unfamiliar hospital, and international graduates are adapting to a new country as well. Programs want a concrete example of how you learn a system fast: observing, asking and building your own tools.',
    talkingPoints: [
      {
        id: 'situation',
        label: 'The new environment',
        guidance: 'Describe what was unfamiliar.',
        synonyms: [
          'unfamiliar',
          'first day',
          'first us rotation',
          'new',
          "couldn't place",
          'humbling',
        ],
      },
      {
        id: 'strategy',
        label: 'How you learned',
        guidance: 'Explain your strategy: watching, asking, keeping notes or checklists.',
        synonyms: [
          'i watched',
          'shadow',
          'notebook',
          'checklist',
          'typed it up',
          'asked questions',
        ],
      },
      {
        id: 'people',
        label: 'Who you learned from',
        guidance: 'Mention the people who helped: residents, nurses, clerks.',
        synonyms: [
          'unit clerk',
          'charge nurse',
          'second-year resident',
          'the interns',
          'pharmacist',
        ],
      },
      {
        id: 'result',
        label: 'Result',
        guidance: 'Give evidence that you adapted: speed, feedback, trust.',
        synonyms: ['by the end', 'on my own', 'edit lightly', 'letting me', 'shared with'],
      },
      LEARNING,
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Blaming the hospital for not training you.',
        phrases: ['nobody explained', "they didn't train me", 'no one helped'],
      },
      {
        code: 'criticises-home-country',
        description: 'Contrasting with home in a dismissive way.',
        phrases: ['at home nothing worked', 'backward'],
      },
    ],
    sampleAnswer:
      "My first US rotation was an inpatient medicine elective in Ohio, and on the first day almost everything was unfamiliar: Epic, the pager system, the way notes were structured, even how to order a simple blood test. At home I could run a ward, but here I couldn't place a lab order without help, and it was humbling. I decided to treat the first week like learning a new language. I watched the interns closely and asked a second-year resident if I could shadow her pre-rounding on my first two days. I kept a notebook of every workflow I learned, from discharge medication reconciliation to calling a consult, and typed it up each night into a checklist. I also asked the unit clerk and the charge nurse whom to call for common problems, which saved me hours. By the end of the second week I was pre-rounding on my own patients and writing notes the resident only had to edit lightly, and by the end of the rotation the attending was letting me give the first phone updates to families. My checklist has since been shared with two other externs. I learned that I adapt fastest by being systematic and by asking the people who actually run the floor. As an intern, I'll use the same approach in my first weeks at a new hospital.",
    star: true,
    priority: 3,
  },
];
