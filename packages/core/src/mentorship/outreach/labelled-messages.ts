/**
 * A labelled set of first messages to mentors, written for MatchReady in our own words. Every
 * person, school placement and article is fictional. `expected` lists the issue codes the checker
 * must report, in report order (a code twice means two separate big asks). Used by the tests and
 * as examples in docs/outreach-issues.md; not exported from the module.
 */
import type { OutreachIssueCode } from '../../vocabulary/mentorship.ts';

export interface LabelledMessage {
  readonly id: string;
  readonly text: string;
  readonly expected: readonly OutreachIssueCode[];
  /** The evidence of the first issue, when it quotes the message. */
  readonly evidence?: string;
}

export const LABELLED_MESSAGES: readonly LabelledMessage[] = [
  // ---- Ready to send -------------------------------------------------------------------------
  {
    id: 'ready-directory-and-article',
    expected: [],
    text: `Dear Dr. Okafor,

My name is Amina Yusuf, and I am an international medical graduate from Ahmadu Bello University applying to internal medicine residency this cycle.

I found your profile in the MatchReady directory and read your article on returning to clinical training after a gap, which matched my own path closely.

Would you be open to a 15–20 minute video call in the next few weeks? I would like to ask how you chose programs to apply to. I know your schedule is busy, so I am happy to work around it.

Thank you for your time,
Amina`,
  },
  {
    id: 'ready-referral-questions',
    expected: [],
    text: `Dear Dr. Haddad,

I am Youssef Mansour, a 2022 graduate of Cairo University preparing for the 2027 Match in pediatrics. Dr. Leila Farouk, my supervisor during my observership, suggested that I reach out to you.

Could I ask you two questions about how you structured your research year before applying? A short email reply or a 15-minute phone call would both be wonderful.

I understand how full your weeks are, so please answer whenever it suits you.

With thanks,
Youssef`,
  },
  {
    id: 'ready-single-line-breaks',
    expected: [],
    text: `Dear Dr. Rao,
I'm Kavya Menon, an IMG from Kerala applying to family medicine.
I saw that you also trained in India before your residency in Ohio, and your path is close to the one I hope to follow.
Would you have 20 minutes for a video chat sometime in the next two or three weeks? I'd love to hear what helped you most in your first year.
I know you are busy, so no pressure at all if now is not a good time.
Best,
Kavya`,
  },
  {
    id: 'ready-webinar',
    expected: [],
    text: `Hello Dr. Alvarez,

My name is Mateo Ruiz. I graduated from Universidad de Guadalajara in 2021 and I am applying to psychiatry this year.

I attended your webinar on community psychiatry for Spanish-speaking patients last month, and it made me want to work in a similar setting.

Would you be willing to speak with me for 15–20 minutes about how you chose your residency programs? I am flexible around your schedule, and I completely understand if you cannot.

Many thanks,
Mateo Ruiz`,
  },
  {
    id: 'ready-typographic-unicode',
    expected: [],
    text: `Dear Dr. Nakamura,

I’m Lin Wei (林伟), a graduate of Fudan University and now a research fellow in Boston, applying to neurology.

I watched your talk “Stroke care across borders” at the spring meeting — I’ve re‑watched it twice since.

Would a 15‑minute Zoom call in the coming weeks be possible? I’d value your view on how to explain my research years to programs. I know your time is precious; thank you for considering it.

Warm regards,
Lin Wei`,
  },
  {
    id: 'ready-questions-by-email',
    expected: [],
    text: `Dear Professor Mensah,

I am Kwame Boateng, a doctor from Ghana who finished internship in Accra last year and is preparing for Step 2 CK.

A friend from medical school, Dr. Esi Owusu, mentioned that you mentor Ghanaian graduates applying to internal medicine.

If you have a few minutes, may I send you three short questions by email about choosing programs? I would be grateful for any answer whenever convenient.

Thank you,
Kwame`,
  },
  {
    id: 'ready-no-sign-off',
    expected: [],
    text: `Dear Dr. Kowalski,

I'm Olena Shevchenko, a Ukrainian-trained physician now working as a research coordinator in Chicago. We both came to the US after training abroad, which is why your profile in the mentor directory caught my eye.

Could we have a brief call, 15 minutes at most, in the next few weeks? I would like your advice on preparing for interviews. Thank you for your time.

Olena`,
  },
  {
    id: 'ready-shared-country',
    expected: [],
    text: `Dear Dr. Al-Khatib,

My name is Fatima Zahra El Idrissi (فاطمة الزهراء), an IMG from Morocco applying to pathology in the 2027 cycle.

Like you, I studied medicine in Rabat, and reading about your move from general practice to pathology gave me courage to do the same.

Would you be open to a 20-minute call at a time that works for you? I have two questions about research in pathology programs.

Thank you for considering my request,
Fatima`,
  },
  {
    id: 'ready-all-lowercase',
    expected: [],
    text: `hi dr. patel,

i'm aarav shah, an img from gujarat applying to internal medicine. i found your name in the matchready mentor directory and saw that you trained in ahmedabad too.

would you be open to a quick 15 min call sometime next week or the week after? i know you're busy, so totally fine if not.

thanks for your time,
aarav`,
  },
  {
    id: 'ready-negated-research-and-advice-frame',
    expected: [],
    text: `Dear Dr. Osei,

I am Abena Darko, a graduate of the University of Ghana Medical School hoping to match into internal medicine in 2027.

I read your paper on hypertension care in West African immigrants, and I admire how you built a research career while in residency.

I am not asking for a research position; I would simply value your advice on how to find research opportunities as an IMG. Could we have a 15-minute call in the next few weeks, whenever convenient for you?

Thank you for your time,
Abena`,
  },
  {
    id: 'ready-mentions-letters-already-held',
    expected: [],
    text: `Dear Dr. Fernandes,

My name is Rafael Costa, a Brazilian-trained physician applying to family medicine. I already have two US letters of recommendation from my clinical rotations in Florida.

We share the same path from São Paulo to a US residency, and your story in the family medicine newsletter encouraged me a lot.

Would you be willing to have a 20-minute call about how to talk about my gap years in interviews? I know this is a busy season, so I am happy to wait until it suits you.

Best wishes,
Rafael`,
  },
  {
    id: 'ready-referral-two-questions',
    expected: [],
    text: `Dear Dr. Ibrahim,

I am Musa Abdullahi, a house officer from Kano applying to pediatrics next year. Dr. Halima Bello suggested I contact you because you mentored several Nigerian graduates through the Match.

Could I ask you two quick questions by email about how you prepared for interviews? I realise you have many commitments, so a reply whenever you have a moment would be more than enough.

Gratefully,
Musa`,
  },
  {
    id: 'ready-emoji-and-script',
    expected: [],
    text: `Dear Dr. Iyer 🙏,

I'm Meera Nair, an IMG from Kochi (കൊച്ചി) applying to OB-GYN this cycle.

I listened to your podcast episode on “Women IMGs in surgery-adjacent fields” and felt seen for the first time.

Would you be open to a 15–20 min call in the next few weeks? No pressure at all — I know how demanding your rotations are.

Thank you so much for your time 😊
Meera`,
  },
  {
    id: 'ready-all-capitals',
    expected: [],
    text: `DEAR DR. OKONKWO,

MY NAME IS IFEANYI NWOSU, A GRADUATE OF THE UNIVERSITY OF NIGERIA APPLYING TO FAMILY MEDICINE. I FOUND YOUR PROFILE IN THE MENTOR DIRECTORY AND SAW THAT YOU ALSO STUDIED IN ENUGU.

WOULD YOU BE OPEN TO A 15-MINUTE CALL NEXT MONTH? I KNOW YOU ARE BUSY, SO ANY TIME THAT SUITS YOU IS FINE.

THANK YOU,
IFEANYI`,
  },
  {
    id: 'ready-with-subject-line',
    expected: [],
    text: `Subject: 15-minute call about internal medicine as an IMG?

Dear Dr. Bose,

I am Ritu Sen, a graduate of Calcutta Medical College applying to internal medicine next year. A senior from my college, Dr. Arjun Das, suggested I write to you.

Would you have 15 minutes for a call in the next few weeks? I would like to ask how you prepared for interviews. I know your time is limited, so thank you for reading this.

Warmly,
Ritu`,
  },
  {
    id: 'ready-negated-job-and-visa',
    expected: [],
    text: `Dear Dr. Mahmoud,

I'm Salma Aziz, an Egyptian graduate applying to internal medicine. I read that you moved from Alexandria to a residency in Michigan, the same route I hope to take.

I don't need a job or visa sponsorship — could you just spare 15 minutes for a call at your convenience to share how you prepared?

Thank you for considering it,
Salma`,
  },
  {
    id: 'ready-advice-about-positions',
    expected: [],
    text: `Dear Dr. Costa,

My name is Beatriz Alves, a Brazilian physician applying to pediatrics. We both trained at the Federal University of Bahia, which I noticed on your directory profile.

I would love your advice on how IMGs can find residency positions that welcome applicants with a few years since graduation. Would you be open to a 15-minute call whenever suits you?

Obrigada,
Beatriz`,
  },
  {
    id: 'ready-mentions-own-job',
    expected: [],
    text: `Dear Dr. Haile,

I am Selam Tesfaye, a physician from Ethiopia. I left my job at a hospital in Addis Ababa last year and I hope to match into family medicine in 2027.

I came across your talk on rural family medicine, and like you, I want to work with underserved communities.

Would you be willing to share your experience in a 20-minute call? I understand if you are too busy right now.

Thank you,
Selam`,
  },
  {
    id: 'ready-one-line',
    expected: [],
    text: `Dear Dr. Lopez, I'm Diego Ramírez, an IMG from Peru applying to internal medicine. I read your article on Spanish-language clinics and loved it. Would you have 15 minutes for a call in the coming weeks? I know you're busy, so no pressure. Thank you!`,
  },
  {
    id: 'ready-negated-letter-with-request',
    expected: [],
    text: `Dear Dr. Cohen,

My name is Elena Popescu, a Romanian-trained physician applying to internal medicine.

Your profile says you enjoy helping IMGs with interview preparation, and we share a background in Bucharest.

I am not asking for a letter or a job — could you spare 15 minutes for a call at your convenience? I would like to hear how you prepared for interviews.

Thank you for your time,
Elena`,
  },

  // ---- generic-greeting ----------------------------------------------------------------------
  {
    id: 'greeting-sir-madam',
    expected: ['generic-greeting'],
    evidence: 'Dear Sir/Madam',
    text: `Dear Sir/Madam,

My name is Ahmed Raza, an MBBS graduate from Lahore applying to internal medicine. I found your profile in the MatchReady directory and noticed that you also trained in Pakistan.

Would you be open to a 15-minute call in the next few weeks? I know your time is limited, and I would be grateful for any time you can spare.

Thank you,
Ahmed`,
  },
  {
    id: 'greeting-to-whom',
    expected: ['generic-greeting'],
    evidence: 'To whom it may concern',
    text: `To whom it may concern,

I am Sofia Petrova, a physician from Bulgaria applying to anesthesiology. I read your article on regional anesthesia training for IMGs and found it very helpful.

Could I have 15 minutes of your time on a call in the coming weeks? I would like to ask how you prepared for the Match. Thank you for considering this.

Kind regards,
Sofia Petrova`,
  },
  {
    id: 'greeting-hello-alone',
    expected: ['generic-greeting'],
    evidence: 'Hello',
    text: `Hello,

I'm Daniel Okoro, a final-year medical student at the University of Nigeria who will apply to emergency medicine.

I came across your interview on an emergency medicine podcast and loved hearing how you adjusted to US emergency departments.

Would you be open to a short call in the next month? I'd be glad to fit around your schedule.

Thanks so much,
Daniel`,
  },
  {
    id: 'greeting-hi-there',
    expected: ['generic-greeting'],
    evidence: 'Hi there',
    text: `Hi there!

My name is Hassan Tahir, an MBBS graduate from Peshawar applying to internal medicine in 2027. I saw your post in the IMG mentors group about visa timelines, and it helped me a lot.

Could I ask you two quick questions about how you scheduled Step 3? A short email reply whenever you have time would be perfect.

Thanks,
Hassan`,
  },
  {
    id: 'greeting-dear-doctor',
    expected: ['generic-greeting'],
    evidence: 'Dear Doctor',
    text: `Dear Doctor,

I am Aisha Bello, a Nigerian medical graduate now working as a research assistant in Atlanta and applying to pediatrics.

I found your name on the IMG Advisors Network, where you mention that you enjoy helping applicants with personal statements.

Would you be willing to have a brief call, about 15 minutes, whenever you are free in the coming weeks? I know this is a busy time of year, and I appreciate your consideration.

Sincerely,
Aisha`,
  },
  {
    id: 'greeting-respected-sir-vague',
    expected: ['generic-greeting', 'no-specific-ask', 'no-time-respect'],
    evidence: 'Respected Sir',
    text: `Respected Sir,

I am Dr. Harpreet Kaur, an MBBS graduate from Amritsar. I saw your profile in the mentor directory and noticed you also graduated from a Punjab medical college.

Kindly guide me. I need your help and guidance for the USMLE and the Match.

Thanking you,
Harpreet`,
  },

  // ---- no-introduction -----------------------------------------------------------------------
  {
    id: 'no-introduction-article',
    expected: ['no-introduction'],
    text: `Dear Dr. Morales,

I read your article about the first year of residency as an IMG, and it answered questions I had been afraid to ask.

Would you have 15–20 minutes for a video call in the next few weeks? I would love to hear how you chose your programs. I understand you are very busy, so please feel free to say no.

Best regards,
Lucia`,
  },
  {
    id: 'no-introduction-name-only-in-signature',
    expected: ['no-introduction'],
    text: `Dear Dr. Nguyen,

Your profile in the MatchReady directory says you enjoy helping applicants with interview practice, and like you, I am from Hanoi.

Would you be open to a 20-minute call in the next few weeks to talk about interviews? I know your schedule is full, so any time that suits you would be fine.

Thank you,
Linh Tran`,
  },

  // ---- no-connection -------------------------------------------------------------------------
  {
    id: 'no-connection-visa-question-is-advice',
    expected: ['no-connection'],
    text: `Dear Dr. Schmidt,

My name is Ana Lima, and I am an international medical graduate from Brazil applying to internal medicine this year.

Would you be open to a 15-minute call sometime in the next few weeks? I would like to ask how to choose programs that sponsor visas. I know you are busy, and I appreciate any time you can give.

Thank you,
Ana`,
  },
  {
    id: 'no-connection-questions',
    expected: ['no-connection'],
    text: `Dear Dr. Green,

I am Tariq Hussain, a physician from Jordan preparing to apply to neurology in 2027.

Could I ask you two questions about how neurology programs view research done abroad? A short reply by email whenever you have time would help me a great deal.

With gratitude,
Tariq`,
  },

  // ---- no-specific-ask -----------------------------------------------------------------------
  {
    id: 'no-specific-ask-guidance',
    expected: ['no-specific-ask'],
    evidence: 'I would really appreciate your guidance as I prepare my application.',
    text: `Dear Dr. Banerjee,

I am Rohan Gupta, an IMG from Delhi applying to psychiatry. I read your blog post about your own Match journey, and it gave me hope.

I would really appreciate your guidance as I prepare my application. Please let me know if you can help.

Thank you for your time,
Rohan`,
  },
  {
    id: 'no-specific-ask-none',
    expected: ['no-specific-ask'],
    text: `Dear Dr. Obi,

My name is Chiamaka Eze, a graduate of the University of Benin now preparing for Step 2 CK. I noticed on your profile that you also grew up in Benin City.

I am writing to introduce myself and to say that your path into family medicine inspires me. I hope your week is going well, and thank you for reading this note.

Warm wishes,
Chiamaka`,
  },
  {
    id: 'no-specific-ask-be-my-mentor',
    expected: ['no-specific-ask'],
    evidence: 'Would you be willing to be my mentor through this application cycle?',
    text: `Dear Dr. Hassan,

I am Omar Khalil, a graduate of Damascus University applying to internal medicine. I saw your profile on MatchReady and noticed we both trained in Syria.

Would you be willing to be my mentor through this application cycle? I understand your time is valuable, and I would be very grateful.

Sincerely,
Omar`,
  },

  // ---- big-first-ask -------------------------------------------------------------------------
  {
    id: 'big-ask-letter',
    expected: ['big-first-ask'],
    evidence: 'Would you be able to write me a letter of recommendation for my ERAS application?',
    text: `Dear Dr. Williams,

My name is Grace Mwangi, an IMG from Kenya applying to family medicine. I found your profile in the mentor directory and saw that you trained in Nairobi like me.

Would you be able to write me a letter of recommendation for my ERAS application? I could also join a 15-minute call first if that helps. Thank you for your time.

Best,
Grace`,
  },
  {
    id: 'big-ask-visa',
    expected: ['big-first-ask'],
    evidence: 'Is there any chance your hospital could sponsor my H-1B visa?',
    text: `Dear Dr. Rahman,

I am Nusrat Jahan, a doctor from Bangladesh applying to pediatrics. I heard you speak at the IMG panel last spring, and your story stayed with me.

Is there any chance your hospital could sponsor my H-1B visa? I would also love a short call whenever convenient for you.

Thank you,
Nusrat`,
  },
  {
    id: 'big-ask-research-lab',
    expected: ['big-first-ask'],
    evidence: 'I am hoping to join your lab as a volunteer research assistant.',
    text: `Dear Professor Lee,

I'm Minh Pham, a Vietnamese medical graduate interested in cardiology research before residency. I read your recent paper on heart failure readmissions and admired its design.

I am hoping to join your lab as a volunteer research assistant. Could we talk for 20 minutes about whether that might be possible? I know how busy your group is, so please reply only if you have time.

Kind regards,
Minh`,
  },
  {
    id: 'big-ask-job',
    expected: ['big-first-ask'],
    evidence: 'Are there any open positions in your residency program this year?',
    text: `Dear Dr. Patel,

My name is Sanjay Kumar, an internal medicine applicant from Chennai. Like you, I studied at Madras Medical College.

Are there any open positions in your residency program this year? I would also appreciate a 15-minute call to learn about the program. Thank you for considering my message.

Regards,
Sanjay`,
  },
  {
    id: 'big-ask-letter-and-visa-no-time',
    expected: ['big-first-ask', 'big-first-ask', 'no-time-respect'],
    evidence:
      'I am writing to request a letter of recommendation and to ask whether your program would sponsor my visa.',
    text: `Dear Dr. Adeyemi,

I am Tunde Bakare, a 2020 graduate of Obafemi Awolowo University. I saw on MatchReady that you also studied in Ile-Ife.

I am writing to request a letter of recommendation and to ask whether your program would sponsor my visa. Could we also have a short call next week?

Best regards,
Tunde`,
  },
  {
    id: 'big-ask-lor-and-prematch',
    expected: ['big-first-ask', 'big-first-ask'],
    evidence: 'Could you give me a LOR or help me get a pre-match at your hospital?',
    text: `Dear Dr. Shah,

I'm Nikhil Verma, a 2023 graduate from Delhi applying to internal medicine. I found your profile on MatchReady and saw that you matched from Delhi too.

Could you give me a LOR or help me get a pre-match at your hospital? Any time you can spare for a quick call would also be wonderful.

Thanks in advance for your time,
Nikhil`,
  },

  // ---- no-time-respect -----------------------------------------------------------------------
  {
    id: 'no-time-respect-plain',
    expected: ['no-time-respect'],
    text: `Dear Dr. Yilmaz,

I am Elif Demir, a graduate of Hacettepe University applying to pathology in the 2027 Match.

I read your article on digital pathology training and noticed that you also completed medical school in Ankara.

Would you be open to a 15-minute call in the next two weeks? I would like to ask how you chose between academic and community programs.

Best regards,
Elif`,
  },
  {
    id: 'no-time-respect-demanding',
    expected: ['no-time-respect'],
    text: `Dear Dr. Silva,

My name is Pedro Santos, an IMG from Portugal applying to anesthesiology. Dr. Marta Reis told me you help Portuguese graduates.

I need a 20-minute call with you this week to go over my program list. Send me your available times by Friday.

Pedro`,
  },

  // ---- too-long ------------------------------------------------------------------------------
  {
    id: 'too-long-words',
    expected: ['too-long'],
    // 221 words; the 201st ("programs") is in this sentence.
    evidence: 'I would like to ask how you presented your experience abroad to programs.',
    text: `Dear Dr. Chaudhry,

My name is Ayesha Siddiqui, and I am an international medical graduate from Aga Khan University in Karachi. After graduating in 2021, I completed a one-year internship in internal medicine and then worked for eighteen months as a medical officer in a district hospital in Sindh, where I cared for patients with tuberculosis, diabetes and heart failure in a setting with very limited resources. During that time I also started a small quality-improvement project on insulin storage that reduced wasted doses by a third.

Last year I moved to Houston with my family, passed Step 1 and Step 2 CK, and began a clinical observership in a community hospital, where I have been learning how teams communicate and how notes are written in the United States. I have also been volunteering at a free clinic on weekends and studying for the OET.

I found your profile in the MatchReady directory and saw that you also trained in Karachi before matching into internal medicine, which is exactly the path I hope to follow.

Would you be open to a 15-minute call in the next few weeks? I would like to ask how you presented your experience abroad to programs. I know your schedule is demanding, so I am happy to work around it.

Thank you for your time,
Ayesha`,
  },
  {
    id: 'too-long-paragraphs',
    expected: ['too-long'],
    evidence: 'Would you be open to a 15-minute call in the next few weeks?',
    text: `Dear Dr. Ortiz,

My name is Camila Rojas.

I am a physician from Colombia.

I graduated from Universidad Nacional in 2020.

I saw that you also trained in Bogotá before your residency in Miami.

Would you be open to a 15-minute call in the next few weeks?

I know you are busy, so whenever it suits you is fine.

Gracias,
Camila`,
  },
  {
    id: 'too-long-one-paragraph',
    expected: ['too-long'],
    text: `Dear Dr. Kim,

I am Joon-ho Park, a graduate of Yonsei University College of Medicine who has spent the last two years as a research fellow in a cardiology laboratory in Baltimore, and I am writing because I read your article about leaving a research career to apply for clinical residency as an international graduate, which described almost exactly the choice I am facing now, since my fellowship ends next summer and I have to decide whether to apply to internal medicine in the coming cycle or stay in research for another year, and I keep going back and forth about how programs will see my research years compared with recent clinical experience, so I would be very grateful if you would be open to a 15-minute call at any time that suits you in the next month to talk through how you made that decision and what you wish you had known before applying.

With many thanks,
Joon-ho`,
  },

  // ---- Several issues ------------------------------------------------------------------------
  {
    id: 'many-help-me',
    expected: ['no-introduction', 'no-connection', 'no-specific-ask', 'no-time-respect'],
    text: `Dear Dr. Ali,

Please help me with the Match. I have failed once and I don't know what to do.

Zainab`,
  },
  {
    id: 'many-everything-at-once',
    expected: [
      'generic-greeting',
      'no-connection',
      'no-specific-ask',
      'big-first-ask',
      'big-first-ask',
      'big-first-ask',
      'no-time-respect',
    ],
    evidence: 'Dear Sir',
    text: `Dear Sir,

I am a doctor from Egypt. Please give me a job or a research position in your lab and sponsor my visa. I need your help urgently.

Mahmoud`,
  },
  {
    id: 'many-empty',
    expected: ['no-introduction', 'no-connection', 'no-specific-ask', 'no-time-respect'],
    text: '',
  },
  {
    id: 'many-whitespace-only',
    expected: ['no-introduction', 'no-connection', 'no-specific-ask', 'no-time-respect'],
    text: ' \n\n\t \u00a0\n',
  },

  // ---- Written after the rules above were fixed, as a check on over-fitting: the first run got
  // 8 of these 10 right (a referral naming a university, and "feel free to say no" were
  // missed); the two patterns were then widened. --------------------------------------------
  {
    id: 'later-referral-from-university',
    expected: [],
    text: `Dear Dr. Varga,

I'm Zsofia Toth, a Hungarian medical graduate currently doing an observership in Cleveland, and I plan to apply to internal medicine next September.

Dr. Peter Nagy from Semmelweis University mentioned you were generous with your time when he applied, so I wanted to reach out.

Might you have 15 minutes for a phone call sometime this month? I'd love to hear how you approached choosing programs. Completely understand if you're swamped.

All the best,
Zsofia`,
  },
  {
    id: 'later-recommend-me',
    expected: ['big-first-ask'],
    text: `Dear Dr. Mwale,

My name is Chikondi Banda, a Malawian doctor applying to family medicine. I noticed from your profile that you also graduated from the College of Medicine in Blantyre.

I was wondering if you could recommend me to your program director? A 15-minute chat would also be great whenever you have time.

Thank you,
Chikondi`,
  },
  {
    id: 'later-any-tips',
    expected: ['no-specific-ask'],
    text: `Dear Dr. Greene,

I am Hamza Yousef, a Jordanian graduate applying to internal medicine. I enjoyed your grand rounds talk on sepsis protocols last week.

I'd be grateful for any tips you might have for someone in my position. Thank you for taking the time to read this.

Best,
Hamza`,
  },
  {
    id: 'later-no-connection-no-time',
    expected: ['no-connection', 'no-time-respect'],
    text: `Dear Dr. Russo,

My name is Giulia Bianchi and I'm an Italian physician applying to pediatrics in 2027.

Can we schedule a 20-minute Zoom call next week? I want to discuss my program list.

Best regards,
Giulia`,
  },
  {
    id: 'later-good-morning-research-assistant',
    expected: ['generic-greeting', 'big-first-ask'],
    text: `Good morning,

I am Dr. Kofi Asante, a Ghanaian graduate applying to psychiatry. I read your article on cultural psychiatry and found it inspiring.

Would your department consider me for a research assistant position? If not, a short call would still be very helpful. Thank you for your time.

Kofi`,
  },
  {
    id: 'later-feel-free-to-say-no',
    expected: [],
    text: `Dear Dr. Santos,

I'm Maria Clara Lopes, an IMG from the Philippines; I trained at the University of Santo Tomas, just as you did.

Could I borrow 15 minutes of your time for a call in the coming weeks? I have questions about Step 2 CK timing. I know you are juggling a lot, so feel free to say no.

Salamat po,
Maria`,
  },
  {
    id: 'later-no-introduction',
    expected: ['no-introduction'],
    text: `Dear Dr. Ahmed,

I came across your profile on MatchReady and saw that you also trained in Karachi.

Would you be open to a 15-minute call in the next few weeks? I know you're busy, so no worries if not.

Thanks,
Bilal`,
  },
  {
    id: 'later-letter-of-support',
    expected: ['big-first-ask'],
    text: `Dear Dr. Chen,

I'm Wang Fang, a graduate of Peking University applying to neurology. I read your paper on stroke outcomes and admired it.

I would be honoured if you would consider writing a letter of support for my application. Would a brief call next week work for you? Thank you for your time.

Best wishes,
Wang Fang`,
  },
  {
    id: 'later-fellow-graduate',
    expected: [],
    text: `Dear Dr. Abebe,

I am Hana Girma, an Ethiopian physician and a fellow graduate of Addis Ababa University, now preparing for the 2027 Match in family medicine.

Would you be willing to have a 15–20 minute conversation about how you prepared for interviews? Please don't feel any pressure; I know how busy residency keeps you.

With appreciation,
Hana`,
  },
  {
    id: 'later-plain-request',
    expected: ['no-time-respect'],
    text: `Dear Dr. Park,

My name is Seo-yeon Lee, a Korean IMG applying to internal medicine. We both did our medical training in Seoul.

I would like a 15 minute call with you to ask about research years.

Seo-yeon`,
  },
];
