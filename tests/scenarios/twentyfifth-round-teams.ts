// The first messages of the twenty-fifth tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentyfifth-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–24:
// - Bengaluru exam-prep edtech (80 people, 6 ML engineers): JEE/NEET doubt-solving in English and
//   Hinglish · students' questions · 1.5M questions a day × (800 in, 600 out), 2M monthly students ·
//   ₹8 lakh a month all in · may self-host on rented GPUs in India if cheaper · student data in India.
// - An open-source maintainer's MIT desktop note-taking app: summaries and tags fully offline, the
//   weights shipped in the installer · 400,000 monthly users on 8 GB laptops, no GPU · redistribution
//   to commercial users and forks with no user cap · at most 3 GB added to the download · no servers.
// - A US state Department of Labor: an unemployment-insurance claimants' assistant over policy
//   manuals, English and Spanish · 40,000 conversations a day × 4 turns × (2,500 in, 300 out) ·
//   FedRAMP Moderate, data in the US, on Azure Government · $25,000 a month · small IT team, no GPUs.
export const BENGALURU_EXAM_PREP =
  "We're an edtech in Bengaluru (about 80 people, 6 ML engineers). We want a doubt-solving assistant for students preparing for JEE and NEET: they type a physics, chemistry or maths question in English or Hinglish and get a step-by-step explanation. About 2 million monthly active students, roughly 1.5 million questions a day, each around 800 tokens in and 600 out. Our budget is ₹8 lakh a month all in. We can self-host on rented GPUs in India if it's cheaper. Student data should stay in India.";
export const OPEN_SOURCE_NOTES_APP =
  "I maintain an open-source, MIT-licensed desktop note-taking app with about 400,000 monthly active users on Windows, macOS and Linux. We want to ship a small model inside the installer that summarises notes and suggests tags, fully offline; most users have laptops with 8 GB RAM and no GPU. We have to redistribute the weights with the app, to commercial users and forks too, so the licence must allow redistribution with no user cap. The model can add at most 3 GB to the download. There is no money for servers at all.";
export const STATE_LABOR_DEPARTMENT =
  "We're the Department of Labor of a US state. We want a chat assistant on our website that answers unemployment-insurance claimants' questions from our policy manuals, in English and Spanish. About 40,000 conversations a day, each about 4 turns of 2,500 tokens in and 300 out. The cloud service must be FedRAMP Moderate authorized, and all data must stay in the US. We're on Azure Government. Budget $25,000 a month. Small IT team, no GPU experience.";

/** Every team's first message, by a short name for test titles. */
export const TWENTYFIFTH_ROUND_TEAMS = {
  "Bengaluru exam prep": BENGALURU_EXAM_PREP,
  "open-source notes app": OPEN_SOURCE_NOTES_APP,
  "state labor department": STATE_LABOR_DEPARTMENT,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYFIFTH_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYFIFTH_ROUND_TEAMS, readonly string[]> = {
  "Bengaluru exam prep": [
    "what if we only answer 500,000 questions a day?",
    "why not gpt-4o mini?",
    "what would self-hosting the top pick cost?",
  ],
  "open-source notes app": [
    "why not llama 3.2 3b?",
    "what if users have 16 GB RAM?",
    "can we fine-tune it and ship the fine-tuned weights with the app?",
  ],
  "state labor department": [
    "what if we need FedRAMP High?",
    "why not claude sonnet 4.5?",
    "what does the top pick cost per conversation?",
  ],
};
