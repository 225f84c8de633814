// The first messages of the tenth tryout round's teams, as they typed them (typos kept): shared by
// the round's scenario tests (tryout-tenth-round*.test.ts). What these teams found broken is in
// tryout-tenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// TENTH_ROUND_FOLLOW_UPS, in the order they were sent.
export const NAIROBI_MICROFINANCE =
  "hi, we're a microfinance lender in Nairobi (about 140 staff, 60k active borrowers). loan officers want an assistant that reads a loan application (the form, M-Pesa statement summary, officer notes) and writes a 1-page risk summary for the credit committee. the model does NOT decide the loan, a human does. ~25,000 applications a month, each about 3k tokens in and 400 out. english and swahili. it's personal financial data, Kenya Data Protection Act applies. budget is around $800 a month, we are small. no ML engineers, just 3 devs.";
export const WARSAW_TRANSLATION =
  "Dzień dobry. We are the translation unit of a Polish government ministry in Warsaw. We translate official documents, letters and reports from Polish to English, German and Ukrainian (and back). About 4,000 pages a month, ~500 words per page. Public sector, so the data must stay in the EU and we cannot use US cloud providers under our security policy. We would prefer to self-host on our own servers in Warsaw, we have 2 servers with 2x L40S each. 1 sysadmin, no ML people. Quality of Ukrainian and German is critical.";
export const OHIO_K12 =
  "Hi! I'm the ed-tech director for a K-12 school district in Ohio (14 schools, ~18,000 students, ~1,300 teachers). We want a homework helper / tutor chatbot for students in grades 3-8, so lots of kids are under 13: COPPA and FERPA apply and we can't let a vendor train on student data. Kids would use it after school, maybe 6,000 active students a day, ~10 messages each, ~600 tokens in and 200 out per message. We're a Google Workspace for Education district. Budget is $3,000/month max. Also english and spanish (about 12% ELL students)";
export const TOKYO_LOCALISER =
  "hello, we are a game localisation studio in Tokyo (45 staff). we localise japanese game scripts (RPG dialogue, item text, UI strings) into english, traditional chinese and korean. about 1.5M japanese characters a month. tone and character voice matter a lot, we have a glossary per title (~2k terms) we put in the prompt, so prompts are maybe 20k tokens. client NDAs: no training on the scripts, and some clients (publishers) say no chinese companies' models. budget ¥600,000 a month.";
export const PUNE_BPO =
  "We're a BPO in Pune, India, ~9,000 agents across voice support for telecom and banking clients. After every call we want an auto summary + disposition code + QA score against a 20-point checklist. Transcripts are English, Hindi and a lot of Hinglish. Volume is about 2 billion tokens a month (around 1.6M calls, ~1,100 tokens in, ~150 out). DPDP Act, client contracts say data stays in India. Budget ₹25 lakh per month. We have a strong infra team and can rent GPUs from an Indian cloud if that's cheaper than API.";
export const UTRECHT_INSURER =
  "Goedemiddag, Dutch insurer here (Utrecht, ~3,200 employees). Claims triage: incoming claim emails + attachments (already OCR'd) need to be classified into 14 claim types, urgency, and we extract ~25 fields (policy nr, dates, amounts, IBAN, etc) into JSON. ~60,000 claims a month, avg 2,500 tokens in, 300 tokens JSON out. Mostly Dutch, some English and German. DNB/EIOPA outsourcing rules, so on-prem only, nothing leaves our datacentre. We own 2 servers with 4x L40S each. One MLOps engineer. Accuracy of the extraction matters most.";
export const ATACAMA_MINING =
  "Hola, copper mine in the Atacama desert, Chile. ~300 maintenance mechanics for haul trucks and crushers. The pits have no reliable network so we want an assistant that runs on rugged tablets / edge boxes with an NVIDIA Jetson AGX Orin 64GB, offline, answering questions from the OEM service manuals and our work orders (RAG, ~6k tokens context). Spanish mostly, manuals in English. We also lease these edge boxes to our contractors, so the model ships on devices we give to other companies. Commercial obviously.";
export const MONTREAL_LAW_CLINIC =
  "hi - we're a student-run legal clinic at a university in Montreal helping tenants (housing law). volunteers write intake memos and we'd like a model to draft a first summary of each case + list the relevant articles of the Civil Code. french and english. client info is privileged and has to stay in Canada. we have literally no budget ($0), one volunteer developer, and a donated gaming PC with an RTX 4090 (24GB). maybe 300 cases a month, intake notes ~6k tokens each, summary ~800 tokens.";

/** Every team's first message, by a short name for test titles. */
export const TENTH_ROUND_TEAMS = {
  "Nairobi microfinance lender": NAIROBI_MICROFINANCE,
  "Warsaw translation office": WARSAW_TRANSLATION,
  "Ohio K-12 district": OHIO_K12,
  "Tokyo game localiser": TOKYO_LOCALISER,
  "Pune call-centre BPO": PUNE_BPO,
  "Utrecht insurer": UTRECHT_INSURER,
  "Atacama copper mine": ATACAMA_MINING,
  "Montreal law clinic": MONTREAL_LAW_CLINIC,
} as const;

/** What each team sent after its shortlist, in order: what-ifs, licence questions, a "why not", a correction. */
export const TENTH_ROUND_FOLLOW_UPS: Record<keyof typeof TENTH_ROUND_TEAMS, readonly string[]> = {
  "Nairobi microfinance lender": [
    "what if we get to 50k applications a month?",
    "is any of these ok with kenyan data protection?",
    "why not gpt-4o mini?",
  ],
  "Warsaw translation office": [
    "will gemma 3 27b fit on one of our servers?",
    "what if we add french?",
    "why not llama 3.3 70b?",
  ],
  "Ohio K-12 district": [
    "is gemini ok for kids under 13?",
    "what if only 3,000 students use it daily?",
    "why not claude haiku 4.5?",
  ],
  "Tokyo game localiser": ["what if we also do simplified chinese?", "compare the top 2", "why not deepseek?"],
  "Pune call-centre BPO": [
    "what if we self-host on rented H100s in Mumbai?",
    "what would 8x h100 at $2.50/h cost us for this?",
    "why not gpt-4.1 nano?",
  ],
  "Utrecht insurer": [
    "does qwen3 32b fit on one server?",
    "what if volume triples after the merger?",
    "why not mistral small 3.2?",
  ],
  "Atacama copper mine": [
    "can we ship llama 3.1 8b on the boxes we lease?",
    "what if the boxes only have 32GB?",
    "why not gemma 3 27b?",
  ],
  "Montreal law clinic": [
    "what if we got $200 a month from the faculty?",
    "is the top pick ok for a non profit?",
    "why not qwen3 32b?",
  ],
};
