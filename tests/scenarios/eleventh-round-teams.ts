// The first messages of the eleventh tryout round's teams, as they typed them (typos kept): shared
// by the round's scenario tests (tryout-eleventh-round*.test.ts). What these teams found broken is
// in tryout-eleventh-round-open.test.ts, with the same words; the follow-ups each team sent are in
// ELEVENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints):
// - São Paulo bank: fraud operations of a mid-size bank · 4,000 staff, 9M customers · PIX alerts,
//   device signals, case history (personal financial data) · 12,000 alerts a day × (5K in, 300 out)
//   · LGPD and the central bank's outsourcing rule: data stays in Brazil; on AWS São Paulo; a real
//   budget; no GPU experience.
// - Oslo broadcaster: subtitle translation of a Nordic public broadcaster · 400 programme hours a
//   month × 9,000 words · Norwegian, Swedish, Danish, Finnish, English · EU/EEA processing; a krone
//   budget; 2 developers, no GPUs.
// - Pune agritech: farmers' voice questions (speech-to-text done) answered from a knowledge base ·
//   Hindi and Marathi · 200,000 queries a month growing to 1M · under 2 seconds (voice) · a rupee
//   budget; 5 engineers.
// - Ohio aerospace subcontractor: ITAR-controlled technical data · 150 engineers × 40 questions a
//   day × (10K in, 500 out) · US persons only, GovCloud or on-prem, CMMC · no Chinese models;
//   $15,000 a month; no ML staff.
// - Ingolstadt carmaker: internal code assistant · 8,000 developers · C/C++ (AUTOSAR), Python,
//   Java · source never leaves its data centres, GPUs to buy (€2M capex) · completions under 500 ms.
// - Nairobi telco: SMS/USSD customer care · 25M subscribers · 3M messages a month × (300 in, 60
//   out), 160-character replies · English, Swahili, Sheng · data stays in Kenya · owns 4× A10.
// - Brisbane accountants: 12 staff, nobody technical · client emails, tax correspondence · 30
//   queries a day · confidential client data, Privacy Act · AUD 300 a month · Microsoft 365.
// - Osaka pharma: regulatory writing (CTD clinical summaries) in English and Japanese · 200
//   drafting sessions a month × (150K in, 8K out) · unpublished trial data stays in Japan · Azure
//   Japan East · ¥3,000,000 a month.
export const SAO_PAULO_BANK =
  "Olá! Fraud operations team at a mid-size Brazilian bank in São Paulo (~4,000 employees, 9M customers). Our analysts review ~12,000 flagged PIX transactions a day. We want an LLM to write a case summary for each alert from the transaction history, device signals and previous cases (~5k tokens in, ~300 out) and suggest a disposition; the analyst decides. Portuguese only. LGPD and the BACEN cloud outsourcing rules apply, customer data must stay in Brazil. We run on AWS sa-east-1. Budget around US$ 9,000 per month. 2 data scientists; the platform team runs containers but has no GPU experience.";
export const OSLO_BROADCASTER =
  "Hei! We're the subtitling department of a Nordic public broadcaster in Oslo. We want to machine-translate subtitles (SRT files, the transcription is already done) between Norwegian, Swedish, Danish, Finnish and English, about 400 hours of programmes a month, roughly 9,000 words of dialogue per hour. Subtitle lines have hard limits (2 lines of 42 characters) so the model has to condense, not just translate. As a public service broadcaster, processing must stay in the EU/EEA. Budget NOK 50 000 a month. We have 2 developers and no GPUs.";
export const PUNE_AGRITECH =
  "Namaste, agritech startup in Pune. Farmers call our toll-free number or send WhatsApp voice notes in Hindi and Marathi asking about crop diseases, fertiliser doses, mandi prices and weather. Speech-to-text is already done, we need the LLM to answer from our agronomy knowledge base (RAG, ~3k tokens context) and reply in the same language, short and simple, it goes back as voice. ~200,000 queries a month now, maybe 1M by next kharif season. Answers must come back in under 2 seconds because the farmer is on the phone. Budget ₹4 lakh a month. We are 5 engineers, one has some ML experience.";
export const OHIO_AEROSPACE =
  "We're a US aerospace subcontractor (machined parts for defense primes, ~600 employees, Ohio). Engineers want an assistant that searches and summarizes our technical data packages, drawing notes, specs and quality records. Much of it is ITAR-controlled technical data, so it must stay in the US and only US persons may access it; we're looking at AWS GovCloud or fully on-prem. CMMC Level 2 applies. ~150 engineers, maybe 40 questions a day each, ~10k tokens of context per question and ~500 tokens out. Small IT team, no ML people. Budget $15k/month. No Chinese models, obviously.";
export const INGOLSTADT_CARMAKER =
  "Hallo, developer platform team of a German car manufacturer (Ingolstadt). We want an internal coding assistant, IDE completion plus chat, for about 8,000 developers: embedded C/C++ (AUTOSAR), Python and Java. Our source code is strictly confidential and must not leave our own data centres, so self-hosting is a must. We don't have GPUs for this yet, hardware budget is about €2M. Completions must be fast (under 500 ms). We have a strong platform team with GPU experience. Licence must allow commercial use for a company of 90,000 employees.";
export const NAIROBI_TELCO =
  "Habari! Customer care at a Kenyan mobile operator (~25M subscribers). We want to answer customer questions that come in by SMS and USSD (airtime, data bundles, M-Pesa reversals, SIM swap) and the reply must fit in one SMS, 160 characters. English, Swahili and a lot of Sheng. About 3M messages a month, each ~300 tokens in with the FAQ snippet and ~60 tokens out. Kenya Data Protection Act: subscriber data must stay in Kenya. We run our own data centre in Nairobi and have a server with 4x NVIDIA A10 we can use. 6 developers, one did some ML.";
export const BRISBANE_ACCOUNTANTS =
  "g'day, we're a small accounting firm in Brisbane, 12 staff. we'd like to use AI to draft client emails, summarise ATO letters and help with tax research questions. maybe 30 queries a day across the whole team. client financial info is confidential (Privacy Act, Tax Practitioners Board rules). we use Microsoft 365 for everything. budget maybe AUD 300 a month. nobody here is technical, we want whatever is easiest to run.";
export const OSAKA_PHARMA =
  "We are the regulatory affairs department of a Japanese pharmaceutical company (Osaka, ~5,000 employees). We draft CTD clinical summaries (Module 2.5 and 2.7) in English and Japanese for PMDA and FDA submissions, from clinical study reports of 300-800 pages. Accuracy and traceability to the source are essential, hallucinations are unacceptable. Documents are confidential unpublished trial data and must stay in Japan. About 200 drafting sessions a month, each with ~150k tokens of source documents and ~8k tokens of output. Our IT runs on Azure Japan East. Budget ¥3,000,000 per month.";

/** Every team's first message, by a short name for test titles. */
export const ELEVENTH_ROUND_TEAMS = {
  "São Paulo bank fraud ops": SAO_PAULO_BANK,
  "Oslo broadcaster subtitles": OSLO_BROADCASTER,
  "Pune agritech voice": PUNE_AGRITECH,
  "Ohio aerospace (ITAR)": OHIO_AEROSPACE,
  "Ingolstadt carmaker code assistant": INGOLSTADT_CARMAKER,
  "Nairobi telco SMS care": NAIROBI_TELCO,
  "Brisbane accounting firm": BRISBANE_ACCOUNTANTS,
  "Osaka pharma regulatory writing": OSAKA_PHARMA,
} as const;

/** What each team sent after its shortlist, in order: what-ifs and the direct questions a lead asks. */
export const ELEVENTH_ROUND_FOLLOW_UPS: Record<keyof typeof ELEVENTH_ROUND_TEAMS, readonly string[]> = {
  "São Paulo bank fraud ops": [
    "is claude sonnet 4.5 on bedrock in são paulo?",
    "what if alerts double on black friday?",
    "why not gpt-4o mini?",
  ],
  "Oslo broadcaster subtitles": [
    "how good is the top pick at finnish?",
    "what if we add icelandic?",
    "what if 1,000 hours a month?",
  ],
  "Pune agritech voice": ["what if we reach 1M queries a month?", "how fast is the top pick?", "why not gemma 3 4b?"],
  "Ohio aerospace (ITAR)": [
    "can we use llama 3.3 70b for this?",
    "what if we go fully on-prem on 4x L40S?",
    "why not mistral large 3?",
  ],
  "Ingolstadt carmaker code assistant": [
    "what GPUs should we buy?",
    "what if only 2,000 developers use it?",
    "is codestral ok for internal use?",
  ],
  "Nairobi telco SMS care": [
    "will llama 3.1 8b fit on our A10s?",
    "what if we grow to 10M messages a month?",
    "how good is the top pick at swahili?",
  ],
  "Brisbane accounting firm": [
    "is the top pick ok for confidential client data?",
    "what if it's 100 queries a day?",
    "why not copilot?",
  ],
  "Osaka pharma regulatory writing": [
    "is gpt-4.1 available in japan east?",
    "what if the source documents are 400k tokens?",
    "compare the top 2",
  ],
};
