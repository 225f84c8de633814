// The first messages of the thirteenth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-thirteenth-round*.test.ts). What these teams found broken is in
// tryout-thirteenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// THIRTEENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–12:
// - Aarhus municipality job centre (Danish public sector): 400 caseworkers · case files with CPR
//   numbers and health data · 400 × 12 summaries a working day × (8,000 in, 600 out) · EU only, no
//   US-owned cloud (Schrems II), no fine-tuning on citizens' data · DKK 80,000 a month · VMware,
//   no GPUs, public tender. A long message.
// - Mumbai general insurer: 6M policies · scanned claim forms, hospital bills, discharge summaries,
//   phone photos · 150,000 claims a month × 5 pages × 2,500 tokens, 500 out · English, Hindi,
//   Marathi · IRDAI and DPDP: stored and processed in India, AWS Mumbai · ₹20 lakh a month · ML
//   team of 6 on SageMaker. A long message.
// - Minnesota health system: 9 hospitals · PHI under HIPAA, BAA required · ambient SOAP notes,
//   2,000 clinicians × 18 visits a day × (7,000 in, 900 out) · Azure East US 2 / Central US ·
//   accuracy over cost · up to $150,000 a month. A long message.
// - Niigata pump maker: 1,800 employees · maintenance manuals and repair reports in Japanese · 600
//   engineers × 8 questions a day × (6,000 in, 500 out) · no cloud at all · owns 4× L40S 48 GB ·
//   two people who know Docker, no LLM experience · answers in Japanese.
// - Curitiba e-commerce marketplace, written in Portuguese: 40M customers · two jobs: 3M product
//   descriptions a month (500 in, 300 out) and 8M review moderations (150 tokens) · LGPD, AWS
//   sa-east-1 · R$ 120.000 a month · ML team of 8 that runs GPUs.
// - A two-person indie meal-planning app: photos of the fridge to recipes · 12,000 MAU × 4 photos a
//   week × (1,000 in, 600 out) · pay per use, no servers · $250 a month, cost first.
// - A one-shot licence question from a Munich software company: Llama 4 Scout's image understanding
//   in a commercial product (the Llama 4 licence withholds its multimodal rights from EU companies).
// - Perth mining-safety software vendor: offline assistant on rugged Android tablets (6 GB RAM)
//   underground · English · 2,000 in, 200 out, an answer within 5 seconds · the model shipped in the
//   app to ~60 customers, 8,000 tablets · 30 people, no per-use cost.

export const AARHUS_JOBCENTRE =
  "Hi, we're the digital unit of a Danish municipality (Aarhus, about 25,000 employees). Our job-centre caseworkers (about 400 of them) spend hours reading case files before meetings with citizens. We want an assistant that summarises a citizen's case file (journal notes, typically ~8,000 tokens) into a one-page overview of ~600 tokens, and drafts follow-up letters in plain Danish. Each caseworker would use it about 12 times a working day. The case files contain CPR numbers and health information, so the data must stay in the EU and our DPO says no US-owned cloud providers (Schrems II). We must not fine-tune anything on citizens' data. Budget DKK 80,000 a month. Our IT runs VMware on-prem with no GPUs, and anything we buy goes through a public tender.";
export const MUMBAI_INSURER =
  "We're a general insurer headquartered in Mumbai (motor and health, about 6 million policies). We want to triage claims: read the claim form, hospital bills and discharge summaries (scanned PDFs, often photos taken on a phone), extract the key fields, and flag possible fraud with a short reason. About 150,000 claims a month, averaging 5 pages each; call it 2,500 tokens per page in and 500 tokens out per claim. Documents are in English, Hindi and Marathi. Under the IRDAI rules and the DPDP Act policyholder data must be stored and processed in India; we run on AWS Mumbai (ap-south-1). Budget ₹20 lakh a month. We have an ML team of 6 with SageMaker experience.";
export const MINNESOTA_HEALTH =
  "We're a nonprofit health system in Minnesota (9 hospitals, 60 clinics). We want ambient clinical documentation: visits are recorded and transcribed by our existing speech system, and the LLM turns each transcript into a SOAP note for the physician to review and sign in Epic. About 2,000 clinicians, ~18 visits per clinician per day, transcripts ~7,000 tokens, notes ~900 tokens. It's all PHI under HIPAA, so the vendor must sign a BAA, and we're an Azure shop (East US 2 and Central US). Accuracy matters far more than cost: a hallucinated medication or dose is a patient safety event. Budget up to $150,000 a month.";
export const NIIGATA_PUMPS =
  "We are an industrial pump manufacturer in Niigata, Japan (1,800 employees). We want an internal assistant for our service engineers that answers questions from our maintenance manuals and past repair reports (about 40,000 documents, mostly Japanese, some English). Design drawings and repair data are confidential and must never leave our factory network: no cloud at all. We own a server with 4x NVIDIA L40S (48 GB each) in our data centre. About 600 engineers, maybe 8 questions each per day, with ~6,000 tokens of retrieved context per question and ~500 tokens out. Answers must be in Japanese. Our IT team has two people who have run Docker but never an LLM.";
export const CURITIBA_MARKETPLACE =
  "Olá! Somos um marketplace de e-commerce em Curitiba, com 40 milhões de clientes. Queremos gerar descrições de produtos a partir da ficha técnica enviada pelos vendedores: são cerca de 3 milhões de anúncios novos por mês, cada um com uns 500 tokens de entrada e 300 de saída. Também queremos moderar as avaliações dos clientes, umas 8 milhões por mês, com 150 tokens cada. Tudo em português do Brasil. Os dados dos clientes estão sob a LGPD e ficamos na AWS em São Paulo (sa-east-1). Orçamento: R$ 120.000 por mês. Temos um time de ML com 8 pessoas que já roda modelos em GPU.";
export const INDIE_MEAL_APP =
  "we're a two-person indie team with a meal-planning app on iOS and Android. users snap a photo of their fridge and get 3 recipe ideas. ~12,000 monthly active users, about 4 photos per user a week, ~1,000 tokens in (image + prompt) and ~600 out. we want to pay per use, no servers to run. budget $250/month. the app is free with ads so cost matters most.";
export const MUNICH_LLAMA4_QUESTION =
  "We're a software company headquartered in Munich. Can we use Llama 4 Scout's image understanding in a commercial product we sell to our customers?";
export const PERTH_MINING_SAFETY =
  "We make safety and maintenance software for underground mines in Western Australia and Queensland. Underground there is no network, so the assistant has to run offline on the rugged Android tablets our customers issue to workers (Samsung Galaxy Tab Active5, 6 GB RAM). It answers questions about safety procedures and equipment manuals, English only, with ~2,000 tokens of retrieved procedure in and ~200 tokens out, and it must answer within about 5 seconds. We ship the model inside our app to about 60 mining customers, around 8,000 tablets, so the licence must allow that commercially. We're 30 people; there's no per-use cost since it all runs on the device.";

/** Every team's first message, by a short name for test titles. */
export const THIRTEENTH_ROUND_TEAMS = {
  "Aarhus job centre": AARHUS_JOBCENTRE,
  "Mumbai insurer": MUMBAI_INSURER,
  "Minnesota health system": MINNESOTA_HEALTH,
  "Niigata pump maker": NIIGATA_PUMPS,
  "Curitiba marketplace": CURITIBA_MARKETPLACE,
  "indie meal-planning app": INDIE_MEAL_APP,
  "one-shot Llama 4 question from Munich": MUNICH_LLAMA4_QUESTION,
  "Perth mining-safety vendor": PERTH_MINING_SAFETY,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const THIRTEENTH_ROUND_FOLLOW_UPS: Record<keyof typeof THIRTEENTH_ROUND_TEAMS, readonly string[]> = {
  "Aarhus job centre": [
    "what if all 1,100 caseworkers in the municipality use it?",
    "why not gpt-4.1 on azure in sweden central?",
    "how good is the top pick at danish?",
  ],
  "Mumbai insurer": [
    "what if we add tamil and telugu?",
    "what does the top pick cost per claim?",
    "what if we self-host on our own GPUs in Mumbai instead?",
  ],
  "Minnesota health system": [
    "what if only half the clinicians adopt it?",
    "why not claude sonnet 4.5?",
    "is the top pick covered by a BAA on azure?",
  ],
  "Niigata pump maker": [
    "what if we add 4 more L40S cards?",
    "will qwen3 235b-a22b fit on our server?",
    "is llama 3.3 70b good at japanese?",
  ],
  "Curitiba marketplace": [
    "e se o volume dobrar na Black Friday?",
    "por que não o gemini 2.5 flash?",
    "quanto custa o primeiro por descrição?",
  ],
  "indie meal-planning app": [
    "what if we hit 100k monthly active users?",
    "why not gpt-4o mini?",
    "do any of these train on our users' photos?",
  ],
  "one-shot Llama 4 question from Munich": [
    "and llama 3.2 11b vision?",
    "which open-weights vision model can we use instead?",
  ],
  "Perth mining-safety vendor": [
    "what if the tablets have 8 GB RAM?",
    "is phi-4-mini ok to ship in our app?",
    "why not gemma 3 4b?",
  ],
};
