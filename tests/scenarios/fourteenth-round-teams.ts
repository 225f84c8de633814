// The first messages of the fourteenth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-fourteenth-round*.test.ts). What these teams found broken is in
// tryout-fourteenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// FOURTEENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–13:
// - Statistics Austria (federal statistics office, public sector), written in German: codes the
//   free-text answers of household surveys into occupation (ISCO) and industry (NACE) codes ·
//   120,000 answers a month × (400 in, 60 out) · confidential under the statistics law · owns a
//   server with 2× H100 80 GB in its own data centre, no cloud · 2 people who run Kubernetes.
// - Jakarta seller-support startup, 9 people, mixing Bahasa Indonesia and English: a WhatsApp bot
//   for 40,000 small online sellers · 6M messages a month × (600 in, 120 out) · $600 a month at
//   most, cost first · no GPUs.
// - Johannesburg medical scheme (health insurer, regulated outside the EU): pre-authorisation
//   letters and member queries · POPIA and the Council for Medical Schemes: data stays in South
//   Africa · Azure South Africa North · English, Afrikaans, isiZulu · 3,000 requests a working day
//   × (3,500 in, 700 out) · R250,000 a month · an ML team of 4. A long message.
// - Tel Aviv email-security company that wants to fine-tune: 250,000 labelled phishing and
//   business-email-compromise emails, Hebrew and English · classify and explain 2M emails a month ×
//   (900 in, 80 out) · the fine-tuned weights stay theirs · AWS il-central-1 · 5 ML engineers.
// - A Kyiv software house that only asks licence questions, one after another: fine-tuned Llama
//   sold as an on-prem appliance, Gemma outputs to train a smaller model, Qwen, 'Built with Llama',
//   DeepSeek for a defence customer.
// - Bogotá telco's voice agent (latency target), written in Spanish: real-time phone agent for
//   billing questions · 35,000 calls a day × 8 turns × (1,200 in, 80 out) · first words within
//   500 ms · Spanish (Colombia) · GCP us-east1 · COP 90 millones al mes.
// - Cebu BPO (Philippines): 2,500 agents answering US clients' customers · after-call summaries and
//   reply drafts, English and Taglish · 2,500 agents × 60 calls a day × (1,800 in, 250 out) · the US
//   clients' contracts forbid training on their data and require SOC 2 · PHP 1.5M a month. A long
//   message.
// - Piraeus shipping company: 40 bulk carriers with a satellite link (VSAT, slow and costly) · an
//   assistant on board each ship for the crew's noon reports, maintenance logs and the ISM manuals
//   in English and Greek · one small server per ship with a single RTX 4000 Ada (20 GB) · 25 crew ×
//   6 questions a day × (3,000 in, 300 out) · must work with no connection.

export const STATISTICS_AUSTRIA =
  "Grüß Gott! Wir sind die Bundesanstalt Statistik Austria. Wir möchten die Freitextantworten aus unseren Haushaltsbefragungen (Beruf und Tätigkeit) automatisch den ISCO-Berufscodes und den NACE-Wirtschaftszweigen zuordnen. Das sind etwa 120.000 Antworten pro Monat, mit Anweisung und Codeliste ca. 400 Tokens Eingabe und 60 Tokens Ausgabe. Die Daten sind nach dem Bundesstatistikgesetz vertraulich und dürfen unser Haus nicht verlassen, also keine Cloud. Wir haben einen eigenen Server mit 2x NVIDIA H100 80 GB in unserem Rechenzentrum. Zwei Kollegen betreiben Kubernetes, mit LLMs haben wir noch keine Erfahrung.";
export const JAKARTA_SELLER_BOT =
  "halo! kami startup 9 orang di Jakarta. we run a WhatsApp bot that helps ~40,000 small online sellers (Tokopedia, Shopee) with questions about orders, shipping and payouts. sekitar 6 juta pesan per bulan, each message ~600 tokens in with the chat history and ~120 tokens out. mostly Bahasa Indonesia, some English and Javanese slang. budget max $600 per month, cost is everything for us. no GPUs, we just want an API.";
export const JOHANNESBURG_MEDICAL_SCHEME =
  "Good morning. We're a medical scheme (health insurer) in Johannesburg with about 400,000 members. We want an assistant that drafts pre-authorisation decision letters for our clinical reviewers from the hospital's request and the member's benefit rules, and answers member queries in the contact centre. About 3,000 requests every working day, each ~3,500 tokens in (request plus benefit rules) and ~700 tokens out. Members write in English, Afrikaans and isiZulu. Member health data is special personal information under POPIA and the Council for Medical Schemes expects it to stay in South Africa; we run on Azure South Africa North (Johannesburg). A clinical reviewer signs every letter, but a wrong benefit decision is a complaint to the regulator, so accuracy comes first. Budget R250,000 a month. We have an ML team of 4 that has deployed models on Azure ML.";
export const TEL_AVIV_EMAIL_SECURITY =
  "Hi, we're an email-security company in Tel Aviv. We have 250,000 labelled phishing and business-email-compromise emails (Hebrew and English) and want to fine-tune an open-weights model on them so it classifies each email and explains the verdict in one sentence for the SOC analyst. The fine-tuned weights must stay ours. In production that's about 2 million emails a month, ~900 tokens in and ~80 tokens out each. Customer emails can't leave our AWS account in il-central-1 (Tel Aviv). We have 5 ML engineers who have fine-tuned BERT models and run GPU inference on EKS.";
export const KYIV_LICENCE_QUESTIONS =
  "Привіт! We're a software house in Kyiv. Can we fine-tune Llama 3.1 8B on our customer's documents and sell the fine-tuned model to them as part of an on-prem appliance?";
export const BOGOTA_VOICE_AGENT =
  "Hola, somos el equipo de canales digitales de un operador de telecomunicaciones en Bogotá. Queremos un agente de voz que atienda por teléfono las preguntas de facturación: la voz ya la pasamos a texto y de vuelta a voz, el modelo solo genera la respuesta. Son unas 35.000 llamadas al día, cada una de unos 8 turnos, con unos 1.200 tokens de entrada por turno (historial y datos de la cuenta) y 80 de salida. El cliente no puede esperar: la primera palabra tiene que salir en menos de 500 ms. Todo en español de Colombia. Estamos en Google Cloud (us-east1). Presupuesto: COP 90 millones al mes.";
export const CEBU_BPO =
  "Hi! We're a BPO in Cebu with about 2,500 agents handling customer service for US clients (retail, telecom, a health insurer). We want two things: after each call, a summary and disposition code for the client's CRM, and during chats, a suggested reply the agent can edit. Each agent handles about 60 calls or chats a day; a transcript is ~1,800 tokens and the summary or draft ~250 tokens. Conversations are in English, sometimes Taglish. Our US clients' contracts say their customers' data must not be used to train any model and the vendor must be SOC 2 Type II; the health insurer's calls include PHI, so that one needs a BAA. Under the Philippine Data Privacy Act we're the processor. Budget PHP 1.5 million a month. We have a small dev team of 5, no ML engineers.";
export const PIRAEUS_SHIPPING =
  "We're a dry-bulk shipping company in Piraeus with 40 bulk carriers. At sea the ships only have a slow, expensive VSAT satellite link, so we want an assistant that runs on board, on one small server per ship with a single NVIDIA RTX 4000 Ada (20 GB). The crew would ask it about the ISM safety management manuals, maintenance logs and noon reports, in English and Greek. About 25 crew per ship, maybe 6 questions each a day, ~3,000 tokens of retrieved manual text in and ~300 out. It must work with no connection at all. Our fleet IT is 3 people in Piraeus.";

/** Every team's first message, by a short name for test titles. */
export const FOURTEENTH_ROUND_TEAMS = {
  "Statistics Austria": STATISTICS_AUSTRIA,
  "Jakarta seller bot": JAKARTA_SELLER_BOT,
  "Johannesburg medical scheme": JOHANNESBURG_MEDICAL_SCHEME,
  "Tel Aviv email security": TEL_AVIV_EMAIL_SECURITY,
  "Kyiv licence questions": KYIV_LICENCE_QUESTIONS,
  "Bogotá voice agent": BOGOTA_VOICE_AGENT,
  "Cebu BPO": CEBU_BPO,
  "Piraeus shipping": PIRAEUS_SHIPPING,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const FOURTEENTH_ROUND_FOLLOW_UPS: Record<keyof typeof FOURTEENTH_ROUND_TEAMS, readonly string[]> = {
  "Statistics Austria": [
    "und wenn es 300.000 Antworten pro Monat werden?",
    "passt qwen3 235b-a22b auf unsere zwei H100?",
    "why not llama 3.3 70b?",
  ],
  "Jakarta seller bot": [
    "what if we grow to 20 million messages a month?",
    "why not gemini 2.5 flash-lite?",
    "how good is the top pick at indonesian?",
  ],
  "Johannesburg medical scheme": [
    "what if volume doubles at year-end?",
    "is the top pick available in south africa north?",
    "why not gpt-4.1?",
  ],
  "Tel Aviv email security": [
    "what if we have 10 million emails a month?",
    "can we fine-tune gemma 3 12b and keep the weights?",
    "will qwen3 32b fit on one A100 80GB?",
  ],
  "Kyiv licence questions": [
    "can we use gemma 3 outputs to train our own smaller model?",
    "and qwen3 32b, same question?",
    "do we have to show 'Built with Llama' in our product?",
    "can we use deepseek-v3 for a defence customer?",
  ],
  "Bogotá voice agent": [
    "¿y si las llamadas suben a 60.000 al día?",
    "¿por qué no gpt-4.1 mini?",
    "what is the time to first token of the top pick?",
  ],
  "Cebu BPO": [
    "what if only 1,000 agents use it?",
    "which of these will sign a BAA?",
    "do any of these train on our data?",
  ],
  "Piraeus shipping": [
    "what if we put in an RTX 6000 Ada with 48 GB instead?",
    "is qwen3 14b good at greek?",
    "why not gpt-4.1 mini over the satellite link?",
  ],
};
