import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { SITUATIONAL_BAND } from './time-bands.ts';

// Theme E: situational, ethical and professionalism questions ("what would you do if…").
// A strong answer says what you would do, why, and what you expect to happen. Original text.
export const SITUATIONAL_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'situational-impaired-colleague',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt: 'A fellow resident smells of alcohol at the start of a shift. What would you do?',
    alternatives: [
      'What would you do if you suspected a colleague was impaired at work?',
      'A co-resident seems unwell and confused before a procedure. How do you respond?',
      'How would you handle a colleague who may be misusing substances?',
    ],
    competencies: ['professionalism', 'patient-care'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'This tests whether you put patient safety first while treating a colleague with compassion. Programs want you to act promptly through the proper channels, neither ignoring the problem nor handling it alone.',
    talkingPoints: [
      {
        id: 'safety',
        label: 'Patient safety first',
        guidance: 'Make clear that a possibly impaired colleague should not care for patients.',
        synonyms: [
          "shouldn't see patients",
          'should not see patients',
          "shouldn't be making decisions",
          'patient safety',
          'the patients',
          'not safe',
        ],
      },
      {
        id: 'private',
        label: 'A private, kind conversation',
        guidance: 'Speak to the colleague privately, with concern rather than accusation.',
        synonyms: [
          'privately',
          'aside',
          'without accusing',
          'worried about them',
          'kindly',
          'listen',
        ],
      },
      {
        id: 'escalate',
        label: 'Escalate the same day',
        guidance:
          'Inform the senior or attending on duty, and the chief resident or program director, following policy.',
        synonyms: [
          'senior resident',
          'attending',
          'chief resident',
          'program director',
          'policy',
          'inform',
        ],
      },
      {
        id: 'support',
        label: 'Support, not punishment',
        guidance:
          'Mention confidential help such as a physician health program or employee assistance.',
        synonyms: [
          'physician health program',
          'employee assistance',
          'confidential',
          'support',
          'get that help',
          'struggling',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Ignoring it or covering for the colleague.',
        phrases: ['mind my own business', 'not my problem', 'ignore it', 'keep it between us'],
      },
    ],
    sampleAnswer:
      "My first concern would be the patients, because a doctor who may be impaired shouldn't be making decisions or doing procedures. I'd take my colleague aside privately right away and say, without accusing, that I'd noticed the smell of alcohol and was worried about them. I'd listen, because there might be another explanation, but if there was any doubt I'd tell them kindly and clearly that they shouldn't see patients today, and I'd make sure they got home safely rather than driving. I wouldn't try to manage it on my own or cover for them. I'd inform the senior resident or attending on duty straight away so their patients were covered, and I'd let the chief resident or program director know the same day, following the program's policy. It would feel uncomfortable, but staying quiet would put patients and my colleague at risk. I'd also remember that impairment is often a sign that someone is struggling. Most hospitals offer confidential support, such as a physician health program or employee assistance, and I'd want my colleague to get that help. Afterwards, I'd check in with them as a friend, not as a judge.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-falsified-notes',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      "You notice that a co-intern documented a physical examination that you know wasn't done. What would you do?",
    alternatives: [
      "A colleague has copied forward exam findings that aren't true. How do you handle it?",
      'What would you do if you saw a colleague falsify a record?',
      "A friend asks you to sign off work they haven't done. How do you respond?",
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Accurate records are a matter of safety and integrity. The question checks whether you will speak to a peer, get the record corrected and escalate if needed, rather than stay silent to keep the peace.',
    talkingPoints: [
      {
        id: 'facts',
        label: 'Check the facts',
        guidance: 'Make sure you are right before acting.',
        synonyms: ['facts right', 'make sure', 'confirm', 'verify', 'if i knew', 'check'],
      },
      {
        id: 'patient',
        label: 'The patient comes first',
        guidance: 'Make sure the patient is examined properly and nothing was missed.',
        synonyms: [
          'examined properly',
          'examine the patient',
          'been missed',
          'the real risk',
          'the patient',
        ],
      },
      {
        id: 'talk',
        label: 'Talk to the colleague',
        guidance: 'Speak to them privately and ask them to correct the note with an addendum.',
        synonyms: [
          'privately',
          'talk to my co-intern',
          'ask them to correct',
          'addendum',
          'correct the note',
        ],
      },
      {
        id: 'escalate',
        label: 'Escalate if needed',
        guidance: 'Go to the senior or chief resident if it is not corrected or happens again.',
        synonyms: [
          'senior resident',
          'chief resident',
          'if they refused',
          'happen again',
          'escalate',
        ],
      },
      {
        id: 'integrity',
        label: 'Why it matters',
        guidance: 'Explain briefly why accurate records matter.',
        synonyms: ['legal document', 'accuracy', 'relies on', 'integrity', 'trust', 'record'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Looking away because everyone does it.',
        phrases: ['not my business', 'everyone does it', 'i would ignore'],
      },
    ],
    sampleAnswer:
      "First I'd make sure I had the facts right. If I knew the patient hadn't been examined, for example because I'd been with them the whole time, I'd make sure the patient was examined properly now, because the real risk is a finding that has been missed. Then I'd talk to my co-intern privately. I'd say what I'd noticed and ask what happened, since it might be a copy-forward error on a busy day rather than a deliberate choice. Either way, I'd ask them to correct the note with an addendum that day. Most colleagues would fix it straight away, and that would be the end of it, although I'd suggest we both get into the habit of deleting copied exam findings. If they refused, or if I saw it happen again, I'd go to our senior resident or the chief resident. That isn't about getting someone into trouble. The record is what the next doctor relies on at three in the morning, and it's also a legal document, so its accuracy is everyone's responsibility, including mine.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-unsafe-order',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      'Your attending asks you to give a medication at a dose you believe is unsafe. What would you do?',
    alternatives: [
      "What would you do if a senior's plan seemed dangerous to you?",
      'Your attending wants to discharge a patient you think is unstable. How do you respond?',
      'How would you handle an order you disagree with during a busy shift?',
    ],
    competencies: ['patient-care', 'professionalism', 'interpersonal-communication'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Interns carry out many orders, and some will be wrong. Programs want to see that you pause, check and raise the concern respectfully, and that you escalate if the patient is still at risk.',
    talkingPoints: [
      {
        id: 'pause',
        label: 'Pause before acting',
        guidance: 'Say you would not give the dose until the concern is resolved.',
        synonyms: [
          "wouldn't give",
          'would not give',
          'hold',
          'pause',
          'before giving',
          "can't be taken back",
        ],
      },
      {
        id: 'check',
        label: 'Check the facts',
        guidance:
          'Verify weight, kidney function, interactions and a dosing reference, or ask the pharmacist.',
        synonyms: [
          'kidney function',
          'pharmacist',
          'dosing reference',
          'i was right',
          'creatinine',
          'weight',
        ],
      },
      {
        id: 'raise',
        label: 'Raise it respectfully',
        guidance:
          'Call the attending directly and frame the concern around the patient and the evidence.',
        synonyms: [
          'call the attending',
          'directly',
          'wanted to check',
          'politely',
          'respectfully',
          'concern',
        ],
      },
      {
        id: 'escalate',
        label: 'Escalate if unresolved',
        guidance:
          'If the patient could still be harmed, involve the senior resident or the chain of command.',
        synonyms: [
          'chain of command',
          'senior resident',
          'another attending',
          'the chief',
          'escalate',
        ],
      },
      {
        id: 'document',
        label: 'Document',
        guidance: 'Record the discussion and the final plan.',
        synonyms: ['document', 'in the chart', 'write down', 'record'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Following the order without question.',
        phrases: ['just follow orders', "do what i'm told", 'the attending is always right'],
      },
      {
        code: 'blames-others',
        description: 'Attacking the attending.',
        phrases: ['incompetent', 'stupid'],
      },
    ],
    sampleAnswer:
      "I wouldn't give the dose until I'd resolved my concern, because once a drug is in, it can't be taken back. First I'd check that I was right: the patient's weight, kidney function and other medications, the dosing reference, and usually a quick call to the pharmacist. If I still believed the dose was unsafe, I'd call the attending directly rather than sending a message. I'd say something like, 'I'm about to give the vancomycin and wanted to check the dose with you, because her creatinine has doubled since yesterday and the pharmacist suggests a lower dose.' In most cases there's either a reason I didn't know about or a simple correction. If the attending insisted and I still thought the patient could be harmed, I'd involve my senior resident and, if needed, follow the chain of command to another attending or the chief. I'd document the conversation and the final plan in the chart. And I'd do all of this politely, because it's about the patient, not about who is right.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-patient-refuses-treatment',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      'A patient with a serious infection refuses the antibiotics you recommend and wants to go home. What do you do?',
    alternatives: [
      'How would you respond to a patient who wants to leave against medical advice?',
      'A patient declines a blood transfusion you think is necessary. What would you do?',
      'How do you handle a patient who refuses a recommended treatment?',
    ],
    competencies: ['patient-care', 'professionalism', 'interpersonal-communication'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Respecting autonomy while protecting patients is central to US medicine. Programs look for an approach that explores the reasons, assesses decision-making capacity and keeps the door open rather than forcing or abandoning the patient.',
    talkingPoints: [
      {
        id: 'explore',
        label: 'Understand the reasons',
        guidance: 'Ask why the patient is refusing; there is often a fixable reason.',
        synonyms: [
          'asking why',
          'a reason',
          'worried about',
          'bad experience',
          'listen',
          'while we talk',
        ],
      },
      {
        id: 'capacity',
        label: 'Assess capacity',
        guidance:
          'Check decision-making capacity: understanding, appreciation, reasoning and a clear choice.',
        synonyms: [
          'capacity',
          'understands the risks',
          'appreciates',
          'reason about it',
          'state a choice',
        ],
      },
      {
        id: 'options',
        label: 'Offer options',
        guidance: 'Look for alternatives such as oral treatment and early follow-up.',
        synonyms: [
          'options',
          'oral antibiotics',
          'first dose',
          'clinic visit',
          'alternative',
          'compromise',
        ],
      },
      {
        id: 'respect',
        label: 'Respect the decision',
        guidance: 'If capacity is intact, respect the choice, document it and keep the door open.',
        synonyms: [
          'respect his right',
          'respect her right',
          'document',
          'welcome back',
          'right to decide',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Labelling the patient.',
        phrases: ['non-compliant', 'stubborn', 'difficult patient'],
      },
      {
        code: 'generic-answer',
        description: 'Forcing treatment on a patient with capacity.',
        phrases: ['force him', 'force her', 'make him stay', 'make her stay'],
      },
    ],
    sampleAnswer:
      "I'd start by sitting down and asking why he wants to go home, because there's usually a reason I can work with. He might be worried about losing his job, caring for a child or paying the bill, or he may have had a bad experience with a drug before. While we talk, I'd check that he understands the risks in plain language: that without treatment the infection could spread to his blood and become life-threatening. I'd make sure he has capacity, meaning he understands the information, appreciates what it means for him, can reason about it and can state a choice. If his thinking was clouded by the infection, for example if he was confused or septic, the situation would be different, and I'd involve my senior immediately. If he has capacity, I'd look for options: could we give a first dose now and switch to oral antibiotics at home, with a clinic visit tomorrow? If he still chose to leave, I'd respect his right to decide, document the discussion, give him the prescription anyway and make clear he's welcome back at any time.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-family-nondisclosure',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      'The family of an older patient asks you not to tell her she has cancer. How do you respond?',
    alternatives: [
      'A son asks you to keep a diagnosis from his mother because of their culture. What would you do?',
      "How do you balance a family's wishes with a patient's right to know?",
      "What would you do if a patient's family insisted on hearing everything first?",
    ],
    competencies: ['interpersonal-communication', 'professionalism', 'patient-care'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      "US practice centres on the patient's right to information, but in many cultures families expect to shield older relatives. Programs want respect for the family, clarity that the patient decides, and a skilful way to find out what she wants.",
    talkingPoints: [
      {
        id: 'family',
        label: 'Acknowledge the family',
        guidance: 'Listen to why the family is asking and acknowledge the care behind it.',
        synonyms: [
          'listening',
          'the love behind',
          'protect',
          'i understand',
          'acknowledge',
          'their concern',
        ],
      },
      {
        id: 'patient-right',
        label: 'The patient decides',
        guidance: 'Explain that the patient decides how much she wants to know and who is told.',
        synonyms: ['the right to decide', 'she decides', 'her choice', 'right to know', 'autonomy'],
      },
      {
        id: 'ask-patient',
        label: 'Ask her',
        guidance:
          'Ask the patient privately, with an interpreter if needed, how much she wants to know.',
        synonyms: [
          'see the patient privately',
          'ask her',
          'what would you prefer',
          'interpreter',
          'how much she wants',
        ],
      },
      {
        id: 'culture',
        label: 'Cultural respect',
        guidance:
          'Accept family-centred decision-making as a valid preference if the patient chooses it.',
        synonyms: [
          'in my own country',
          'valid one',
          'families often',
          'culture',
          'family-centred',
          'family-centered',
        ],
      },
      {
        id: 'honesty',
        label: 'No deception',
        guidance: 'Make clear you would not lie if she asked you directly.',
        synonyms: ["wouldn't lie", 'would not lie', 'honest', 'truth', 'asked me directly'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Siding entirely with one party.',
        phrases: ['do whatever the family says', 'just tell her everything'],
      },
    ],
    sampleAnswer:
      "I'd start by sitting down with the family and listening. In my own country, families often protect older relatives from bad news, so I understand the love behind the request, and I'd tell them so. I'd also explain, gently, that here the patient has the right to decide how much she wants to know and who should be told, and that I wouldn't lie to her if she asked me directly. Then I'd suggest a middle way that respects both. With the family's knowledge, I'd see the patient privately, with a professional interpreter if needed, and ask her something like, 'Some people want to know every detail about their illness, and some prefer their family to handle it. What would you prefer?' If she says she wants her son to receive the information and make decisions, that is her choice and a valid one, and I'd document it. If she wants to know, I'd tell her, ideally with her family present so they can support her. Either way, she decides, and the family remains part of her care.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-social-media',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      "A co-resident posts a photo from the ward on social media, and a patient's face is visible in the background. What would you do?",
    alternatives: [
      'How would you handle a colleague sharing patient details online?',
      'What are your views on doctors using social media?',
      'A patient sends you a friend request. How do you respond?',
    ],
    competencies: ['professionalism', 'systems-based-practice'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      "Privacy breaches on social media are common and serious under HIPAA and hospital policy. Programs want residents who act quickly to limit harm, know the rules and handle a colleague's error constructively.",
    talkingPoints: [
      {
        id: 'act-fast',
        label: 'Act quickly',
        guidance: 'Ask the colleague to take the post down immediately.',
        synonyms: ['delete the post', 'take it down', 'right away', 'immediately', 'quickly'],
      },
      {
        id: 'privacy',
        label: 'Privacy rules',
        guidance: 'Name patient privacy, HIPAA and hospital policy.',
        synonyms: ['hipaa', 'privacy breach', 'consent', 'hospital policy', 'identify a patient'],
      },
      {
        id: 'report',
        label: 'Report appropriately',
        guidance: 'Involve the senior, chief resident or privacy officer, as policy requires.',
        synonyms: [
          'privacy officer',
          'chief resident',
          'our senior',
          'inform the chief',
          'compliance',
        ],
      },
      {
        id: 'colleague',
        label: 'Fair to the colleague',
        guidance: 'Treat it as an error to fix, not a scandal.',
        synonyms: ['a mistake', 'bad intent', 'privately', 'without naming', 'offer to go with'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Minimising the breach.',
        phrases: ["it's not a big deal", 'everyone posts', 'just ignore it'],
      },
    ],
    sampleAnswer:
      "I'd contact my co-resident right away, privately, and ask them to delete the post immediately. Most people post something like that without noticing what's in the background, so I'd treat it as a mistake rather than assume bad intent. Even a face in the background can identify a patient, and sharing it without consent is a privacy breach under HIPAA and almost certainly against hospital policy. Deleting it quickly limits the harm but doesn't undo it, because others may already have seen or saved the image. So I'd also encourage my colleague to tell our senior or the chief resident, and I'd offer to go with them. If they didn't, I'd inform the chief myself, because the hospital's privacy officer may need to assess the breach and decide whether the patient must be told. Afterwards, I'd suggest we share the lesson at a resident meeting without naming anyone, since it's an easy mistake to make and the rule is simple: no photos on the wards.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-gift-from-patient',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt: 'A grateful patient offers you an expensive watch at discharge. What do you do?',
    alternatives: [
      'Is it ever appropriate to accept a gift from a patient?',
      "A patient's family offers you cash as thanks. How do you respond?",
      'How would you handle a patient who brings homemade food for the team?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Gifts can blur professional boundaries and create expectations about care. Programs look for a response that follows policy, protects the relationship and declines graciously without giving offence.',
    talkingPoints: [
      {
        id: 'gratitude',
        label: 'Honour the gratitude',
        guidance: 'Thank the patient and receive the feeling behind the gift.',
        synonyms: ['thank him', 'thank her', 'means a lot', 'appreciate', 'gesture', 'sincerely'],
      },
      {
        id: 'decline',
        label: 'Decline the valuable gift',
        guidance: 'Decline cash or gifts of real value, warmly and firmly.',
        synonyms: [
          'decline',
          'politely',
          "can't accept",
          'cannot accept',
          'warm but firm',
          'returned',
        ],
      },
      {
        id: 'policy',
        label: 'Policy and boundaries',
        guidance: 'Mention hospital policy and why boundaries matter for fairness.',
        synonyms: [
          'hospital policy',
          'same care',
          'boundaries',
          'rules differ',
          'check the policy',
        ],
      },
      {
        id: 'alternatives',
        label: 'Other ways to say thanks',
        guidance:
          'Suggest a card or note; small gifts shared with the whole team are usually acceptable.',
        synonyms: ['a card', 'a note', 'for the nurses', 'sweets', 'small things', 'to the team'],
      },
    ],
    pitfalls: [
      {
        code: 'money-or-prestige',
        description: 'Keeping a valuable gift.',
        phrases: ['keep it', 'accept the watch', 'accept the money', 'accept the cash'],
      },
    ],
    sampleAnswer:
      "I'd thank him sincerely first, because the gesture matters to him and I'd want him to know it means a lot. Then I'd decline the watch politely. I'd explain that I really appreciate it, but that hospital policy doesn't allow us to accept valuable gifts, and that it's important to me that every patient knows they get the same care whether or not they can give anything. If he insisted, I'd stay warm but firm, and if it was left with me anyway I'd hand it to my senior or the residency office so that it could be returned properly. I'd suggest another way to say thank you, like a card to the team or a note to the hospital, which residents genuinely value. Small things meant for everyone, like a box of sweets for the nurses' station, are usually fine, but a personal gift of real value isn't something I'd keep. I'd also check the local policy, because the rules differ between hospitals.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-teammate-not-pulling-weight',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt: 'A co-intern keeps leaving unfinished work for you at sign-out. What would you do?',
    alternatives: [
      "How would you handle a colleague who isn't doing their share?",
      'A teammate often arrives late and leaves tasks for others. What do you do?',
      'What would you do if your co-resident seemed to be struggling?',
    ],
    competencies: ['professionalism', 'interpersonal-communication', 'systems-based-practice'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Uneven workload breeds resentment and safety risks. Programs want residents who raise the problem early and directly, consider that the colleague may be struggling, and escalate only when needed.',
    talkingPoints: [
      {
        id: 'talk',
        label: 'Talk directly and early',
        guidance: 'Speak to the colleague privately and early, with specific examples.',
        synonyms: ['privately', 'early', 'specifically', 'for example', 'talk to my co-intern'],
      },
      {
        id: 'curiosity',
        label: 'Consider the reason',
        guidance: 'Ask how things are going; they may be overwhelmed or unwell.',
        synonyms: ['how things were going', 'overwhelmed', 'struggling', 'a reason', 'at home'],
      },
      {
        id: 'solutions',
        label: 'Practical solutions',
        guidance: 'Suggest concrete fixes such as a shared task list or planning the day together.',
        synonyms: ['shared task list', 'plan the day', 'practical help', 'together', 'expectation'],
      },
      {
        id: 'escalate',
        label: 'Escalate if it persists',
        guidance:
          'Involve the senior or chief resident if patient care is affected or nothing changes.',
        synonyms: [
          'senior resident',
          'chief resident',
          'nothing changed',
          'affect patients',
          'patient care',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Labelling the colleague.',
        phrases: ['lazy', 'useless', 'never does anything'],
      },
      {
        code: 'generic-answer',
        description: 'Absorbing the work silently or complaining to others.',
        phrases: ["i'd just do it myself", 'i would complain'],
      },
    ],
    sampleAnswer:
      "I'd talk to my co-intern privately and early, before resentment built up. I'd describe what I'd seen specifically, for example, 'On Tuesday and Thursday, three discharges and a family call that were due during the day were handed over to nights,' and then ask how things were going for them. Often there's a reason: they might be overwhelmed by a heavier list, struggling with the EHR, or dealing with something at home. If they were struggling, I'd offer practical help, like sitting down together to plan the day in the morning, or agreeing on a shared task list that we both update at noon so problems show up early. If it was simply a habit, the conversation and a clear expectation usually fix it. If nothing changed after that, or if unfinished work started to affect patients, I'd bring it to our senior resident, framed around patient care and workload rather than blame. And if I was worried about my colleague's well-being, I'd mention that to the chief resident too, so they could get support.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-disclose-error',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      'You realise that a patient received a medication late because you forgot to order it. The patient is fine. What do you do?',
    alternatives: [
      'Would you tell a patient about an error that caused no harm?',
      'How do you handle a near miss you were responsible for?',
      'What do you do when you discover your own mistake after the fact?',
    ],
    competencies: ['professionalism', 'patient-care', 'systems-based-practice'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Programs want residents who disclose errors, even harmless ones, and use them to improve systems. The answer shows your honesty and your understanding of safety culture.',
    talkingPoints: [
      {
        id: 'patient-first',
        label: 'Check the patient',
        guidance: 'Assess the patient and correct the problem first.',
        synonyms: [
          'check the patient',
          'given or rescheduled',
          'monitoring',
          'safely',
          'make sure',
        ],
      },
      {
        id: 'tell-senior',
        label: 'Tell your senior',
        guidance: 'Inform your supervisor promptly.',
        synonyms: [
          'tell my senior',
          'straight away',
          'senior resident',
          'attending',
          'confirm the plan',
        ],
      },
      {
        id: 'disclose',
        label: 'Tell the patient',
        guidance: 'Explain honestly what happened and apologise.',
        synonyms: [
          'tell the patient',
          "i'm sorry",
          'honesty',
          'apologise',
          'apologize',
          'explain simply',
        ],
      },
      {
        id: 'report',
        label: 'Report and improve',
        guidance: 'File a safety report and change the process or your own habits.',
        synonyms: [
          'safety report',
          'incident report',
          'patterns',
          'my own practice',
          'share the near miss',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'evasive-about-weakness',
        description: 'Keeping a harmless error quiet.',
        phrases: ['no need to tell', 'no harm no foul', 'nobody would know'],
      },
      {
        code: 'blames-others',
        description: 'Blaming nurses or pharmacy.',
        phrases: ['the nurse should have', 'the pharmacy should have'],
      },
    ],
    sampleAnswer:
      "First I'd check the patient, make sure the missed dose was given or rescheduled safely, and see whether any extra monitoring was needed. Then I'd tell my senior resident what happened, straight away, so they could confirm the plan. Even though there was no harm, I'd tell the patient. I'd explain simply that I had forgotten to place the order, that his dose was several hours late, what that means for him, which in this case is nothing serious, and that I'm sorry. Patients almost always appreciate honesty, and it protects their trust in the team. I'd also file a safety report. That isn't about punishing myself; it's how the hospital notices patterns, such as orders being missed when a patient moves between units. Finally, I'd change my own practice, for example by reconciling all scheduled medications at every transfer, and I'd share the near miss with my co-interns, because if it happened to me it can happen to them.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-duty-hours',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      "It's the end of your shift, you've reached your duty-hour limit, and you still have notes and a family call to finish. What do you do?",
    alternatives: [
      'How do you handle work left over at the end of a shift?',
      'What would you do if staying late meant breaking duty-hour rules?',
      'Your senior asks you to stay past your hours. How do you respond?',
    ],
    competencies: ['professionalism', 'systems-based-practice', 'patient-care'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Duty-hour limits exist for patient and resident safety, but so does continuity of care. Programs look for residents who hand over safely, do only what truly cannot wait and are honest about their hours.',
    talkingPoints: [
      {
        id: 'prioritise',
        label: 'What cannot wait',
        guidance: 'Separate urgent, patient-facing tasks from those that can be handed over.',
        synonyms: [
          "can't wait",
          'cannot wait',
          'essential',
          'before i leave',
          'ten minutes',
          'urgent',
        ],
      },
      {
        id: 'handover',
        label: 'A safe handover',
        guidance: 'Hand the rest over clearly to the incoming team.',
        synonyms: ['i-pass', 'handover', 'handed over', 'night team', 'incoming team', 'sign-out'],
      },
      {
        id: 'honesty',
        label: 'Honest logging',
        guidance: 'Log hours truthfully and raise it if it happens often.',
        synonyms: ['log my hours', 'truthfully', 'chief resident', 'happening often', 'hide it'],
      },
      {
        id: 'why',
        label: 'Why the limits exist',
        guidance: 'Show you understand why the limits exist.',
        synonyms: ['tired residents', 'more errors', 'burn out', 'patient safety', 'fatigue'],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Staying as long as it takes, or hiding the hours.',
        phrases: [
          'just stay late',
          'as long as it takes',
          'nobody checks',
          "wouldn't log it",
          'not log it',
        ],
      },
    ],
    sampleAnswer:
      "I'd sort the tasks into what truly can't wait and what can be handed over safely. A family call about a deteriorating patient is something I'd do before I leave if it takes ten minutes, because that relationship and that information sit with me. Most notes, though, are things the incoming team can cover, or that I can finish briefly with the essentials. I'd give a clear I-PASS handover to the night team, including anything pending and exactly what the family has been told. If I still had to stay a little longer to finish something essential, I'd log my hours truthfully, and if it was happening often I'd tell my senior or the chief resident, because that usually means the workload or the process needs fixing, not that I need to hide it. The limits exist because tired residents make more errors and burn out, so respecting them is part of patient safety, not a lack of commitment.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-resource-allocation',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      'There is one ICU bed left and two patients who could benefit from it. How would you approach the decision?',
    alternatives: [
      'How should scarce resources be allocated?',
      'Two patients need the last dialysis slot tonight. What do you do?',
      'How would you decide who gets a limited resource?',
    ],
    competencies: ['systems-based-practice', 'professionalism', 'medical-knowledge'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Triage decisions are uncomfortable, and programs want fair reasoning: clinical need and likely benefit rather than social worth, with seniors and institutional processes involved.',
    talkingPoints: [
      {
        id: 'involve',
        label: 'Involve the right people',
        guidance: 'Decide with the ICU team and attending, using the hospital triage process.',
        synonyms: ['not alone', 'icu team', 'my attending', 'triage process', 'intensivist'],
      },
      {
        id: 'criteria',
        label: 'Fair criteria',
        guidance: 'Base it on urgency, likelihood of benefit and what each patient wants.',
        synonyms: [
          'most unstable',
          'likely to benefit',
          'patient wants',
          'clinical',
          'comfort-focused',
        ],
      },
      {
        id: 'not-criteria',
        label: 'What must not count',
        guidance: 'Say explicitly that insurance, status or non-medical factors must not count.',
        synonyms: [
          "shouldn't be based on",
          'insurance',
          'status',
          "isn't medical",
          'regardless of',
        ],
      },
      {
        id: 'alternatives',
        label: 'Look for options',
        guidance: 'Consider a step-down unit, closer monitoring or transfer.',
        synonyms: [
          'step-down',
          'transferred',
          'another hospital',
          'close monitoring',
          'alternatives',
        ],
      },
      {
        id: 'communicate',
        label: 'Communicate and document',
        guidance: 'Explain honestly to families and document the reasoning.',
        synonyms: [
          'honest explanation',
          'both families',
          'documented',
          'clear plan',
          'reassessment',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'generic-answer',
        description: 'Arbitrary or non-medical rules.',
        phrases: ['first come first served', 'the younger one', 'the one with insurance'],
      },
    ],
    sampleAnswer:
      "I wouldn't make that decision alone. As an intern, my job would be to assess both patients quickly and accurately and to get the ICU team and my attending involved immediately, since most hospitals have a triage process for exactly this. The criteria should be clinical: who is most unstable now, who is most likely to benefit from intensive care, and what each patient wants, for example whether one of them has chosen comfort-focused care. The decision shouldn't be based on insurance, status or anything that isn't medical, and that principle matters to me. At the same time, I'd look for alternatives. Could one patient be managed safely in a step-down unit with close monitoring, or transferred to another hospital with ICU capacity? Often the choice isn't all or nothing. Whatever was decided, I'd make sure the patient who didn't get the bed had a clear plan and frequent reassessment, that both families got an honest explanation, and that the reasoning was documented.",
    star: false,
    priority: 4,
  },
  {
    id: 'situational-patient-demands-test',
    theme: 'situational',
    audience: 'all',
    type: 'situational',
    prompt:
      "A patient with a simple cold demands antibiotics and says he won't leave without them. What do you do?",
    alternatives: [
      "How do you handle a patient requesting an MRI that you don't think is indicated?",
      'What would you do if a patient demanded opioids you thought were inappropriate?',
      'How do you say no to a patient without losing their trust?',
    ],
    competencies: ['interpersonal-communication', 'patient-care', 'systems-based-practice'],
    timeBand: SITUATIONAL_BAND,
    whyAsked:
      'Saying no while keeping trust is a daily skill, and unnecessary antibiotics, imaging and opioids cause real harm. Programs want empathy, a clear explanation and a plan that addresses what the patient actually needs.',
    talkingPoints: [
      {
        id: 'explore',
        label: 'Explore expectations',
        guidance: 'Ask what worries the patient and what he hopes the treatment will do.',
        synonyms: [
          "what's worrying him",
          'hoping',
          'a reason',
          'in the past',
          'acknowledge',
          'miserable',
        ],
      },
      {
        id: 'explain',
        label: 'Explain clearly',
        guidance: "Explain plainly why it wouldn't help and how it could harm.",
        synonyms: [
          'virus',
          "don't act on",
          "won't shorten",
          'resistance',
          'side effects',
          'diarrhoea',
        ],
      },
      {
        id: 'offer',
        label: 'Offer something useful',
        guidance: 'Offer symptom relief, practical help and clear advice about when to return.',
        synonyms: [
          'symptom relief',
          'work note',
          'when to come back',
          'shortness of breath',
          'actually helps',
        ],
      },
      {
        id: 'relationship',
        label: 'Keep the relationship',
        guidance: 'Stay respectful and keep the door open.',
        synonyms: [
          'calm and respectful',
          'welcome to come back',
          'feeling heard',
          'trust',
          'respect',
        ],
      },
    ],
    pitfalls: [
      {
        code: 'blames-others',
        description: 'Labelling the patient.',
        phrases: ['drug seeker', 'demanding patient', 'entitled'],
      },
      {
        code: 'generic-answer',
        description: 'Giving in to end the conversation.',
        phrases: ['just give them', 'give in', "it's easier to prescribe"],
      },
    ],
    sampleAnswer:
      "I'd start by asking what's worrying him most and what he's hoping antibiotics will do. There's often a reason: he might need to get back to work, he may have had pneumonia last year, or he may have been given antibiotics for every cold in the past. I'd acknowledge how miserable he feels. Then I'd explain plainly that this is a virus, that antibiotics don't act on viruses and won't shorten it, and that they can cause diarrhoea, allergic reactions and resistance that makes future infections harder to treat. Instead I'd offer things that actually help: a plan for symptom relief, a work note if he needs one, and clear advice on when to come back, for example a fever after day five, shortness of breath, or getting worse after starting to improve. If he still insisted, I'd stay calm and respectful and would not prescribe something I believe could harm him, while making sure he knew he was welcome to come back or call if things changed. Usually, feeling heard matters more than the prescription.",
    star: false,
    priority: 4,
  },
];
