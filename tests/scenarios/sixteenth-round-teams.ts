// The first messages of the sixteenth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-sixteenth-round*.test.ts). What these teams found broken is in
// tryout-sixteenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// SIXTEENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 12–15:
// - Amsterdam HR-tech scale-up: parses CVs into JSON and summarises each candidate's match for the
//   recruiter (recruitment is high-risk under the EU AI Act; recruiters decide) · 1.2M CVs a month ×
//   (2,500 in, 700 out) · no training, processed in the EU · Azure West Europe · €20,000 a month ·
//   4 ML engineers who run models on AKS. A long message.
// - Tallinn analytics SaaS, terse: text-to-SQL over customers' Postgres schemas · open weights only,
//   on its single RTX 4090 (24 GB) · 40k queries a month · 3 people. A one-shot question.
// - Turin public transport company, written in Italian: classifies passenger complaints and drafts
//   replies an operator reviews · 15,000 complaints a month × (1,200 in, 400 out) · EU only, no US
//   providers · €3,000 a month · no ML team, two web developers.
// - Dhaka garment exporter, in non-native English: a WhatsApp grievance and HR-questions bot for
//   12,000 workers, mostly Bangla · 3,000 messages a day × (500 in, 150 out) · data in Bangladesh
//   'if possible' · at most $1,500 a month · no GPUs, 2 IT people with no AI knowledge.
// - Cape Town university lab: non-commercial research, labels 2M social media posts (isiXhosa,
//   isiZulu, Afrikaans, English) for hate speech and misinformation, a one-off batch over three
//   months · (400 in, 20 out) · two shared A100 40GB on the university cluster · R60,000 for the
//   whole year · two PhD students.
// - Istanbul airline's customer care: a rebooking and passenger-rights agent during disruptions ·
//   900,000 conversations a month × 8 messages × (1,000 in, 150 out) · Turkish, English, Arabic,
//   German, Russian · KVKK · Azure West Europe · 2.500.000 TL a month · an ML platform team of 5.
// - Seoul webtoon platform: translates Korean scripts into English, Japanese, Thai and Indonesian
//   before release · 4,000 episodes a month × 4 translations × (3,000 in, 3,500 out) · quality over
//   price · unreleased episodes: no training · AWS Seoul · ₩40,000,000 a month · 5 engineers, no GPU
//   experience.
// - Dubai hotel group: a guest-messaging concierge on WhatsApp and in the app for 40 hotels ·
//   600,000 conversations a month × 4 messages × (700 in, 150 out) · English, Arabic, Russian,
//   Chinese, Hindi · guest data stays in the UAE · Azure UAE North · $25,000 a month · 6 developers,
//   no ML engineers.

export const AMSTERDAM_HR_TECH =
  "Hi, we're an HR-tech scale-up in Amsterdam (120 people). Our recruiting platform is used by about 900 employers in the Netherlands, Belgium and Germany. We want to use an LLM for two things: parse incoming CVs (PDF or Word, in Dutch, English, German and French) into a structured profile as JSON, and write a short, neutral summary of how each candidate matches the vacancy's requirements for the recruiter. Recruiters make every decision; the model never rejects anyone automatically. Volume: about 1.2 million CVs a month; a CV plus the vacancy text is ~2,500 tokens in and the JSON plus summary ~700 tokens out. We know recruitment is high-risk under the EU AI Act, so we need models whose licence allows this use, and a provider that does not train on candidates' data and processes it in the EU. We're on Azure West Europe. Budget €20,000 a month. We have 4 ML engineers who have run models on AKS.";
export const TALLINN_TEXT_TO_SQL =
  "3 of us in Tallinn, b2b analytics SaaS. need text-to-SQL over customers' postgres schemas, open weights only, must run on our single RTX 4090 (24GB). ~40k queries/month. which model?";
export const TURIN_TRANSPORT =
  "Buongiorno, siamo l'azienda di trasporto pubblico di Torino (autobus e tram). Riceviamo circa 15.000 reclami al mese via web e email: vogliamo classificarli per categoria (ritardi, pulizia, comportamento del personale, biglietti) e preparare una bozza di risposta che un operatore rivede. Ogni reclamo è lungo circa 1.200 token con le istruzioni, la bozza circa 400 token. I dati dei passeggeri devono restare nell'Unione Europea e non vogliamo fornitori americani. Budget: 3.000 euro al mese. Non abbiamo un team di ML, solo due sviluppatori web.";
export const DHAKA_GARMENT_FACTORY =
  "hello sir, we are garment export factory in Dhaka, 12000 worker. we want make chatbot for worker grievance and question about salary, leave, overtime, in Bangla language mostly, some english. workers send by whatsapp, around 3000 message in one day, every message near 500 token input with history and 150 token output. data should not go outside of Bangladesh if possible. budget is maximum 1500 usd per month. we have no gpu and only 2 IT person, no AI knowledge.";
export const CAPE_TOWN_RESEARCH_LAB =
  "Hi, we're a computational social science lab at a university in Cape Town. For a non-commercial research project we want to label about 2 million social media posts (isiXhosa, isiZulu, Afrikaans and English) for hate speech and misinformation, as a one-off batch over the next three months. Posts are short: with the instructions about 400 tokens in and 20 tokens out. We have two A100 40GB GPUs on the university cluster, shared with other groups, and a grant budget of R60,000 for the whole year. Two PhD students will run it; they know Python and PyTorch.";
export const ISTANBUL_AIRLINE =
  "Merhaba! We are the digital customer care team of an airline based in Istanbul. When flights are delayed or cancelled, passengers message us on WhatsApp, in our app and on X, and we want an LLM agent that explains their rebooking options and compensation rights (SHY rules in Turkey and EU261 for European flights), and hands over to a human when needed. Normally about 900,000 conversations a month, 8 messages each, ~1,000 tokens in per message (policy extracts and history) and ~150 tokens out. Languages: Turkish, English, Arabic, German and Russian. Passenger data falls under KVKK. We are on Azure (West Europe). Budget 2.500.000 TL a month. We have an ML platform team of 5.";
export const SEOUL_WEBTOON =
  "Hello, we are a webtoon platform in Seoul. We want to translate Korean webtoon scripts (dialogue and captions) into English, Japanese, Thai and Indonesian before each episode is published. About 4,000 new episodes a month; each episode script is ~3,000 tokens in and each translation ~3,500 tokens out, so four translations per episode. Slang, honorifics and each character's tone must survive translation; quality matters more than price. Unreleased episodes are confidential, so the provider must not train on them. We use AWS Seoul (ap-northeast-2). Budget ₩40,000,000 a month. 5 engineers, no GPU experience.";
export const DUBAI_HOTEL_GROUP =
  "Hi, we run guest messaging for a hotel group headquartered in Dubai: 40 hotels in the UAE, Saudi Arabia and Oman. We want an assistant that answers guests on WhatsApp and in our app (check-in times, restaurant bookings, spa, late checkout, local tips) and passes requests to the front desk. Around 600,000 guest conversations a month, 4 messages each, about 700 tokens in and 150 tokens out per message. Guests write in English, Arabic, Russian, Chinese and Hindi. Guest data must stay in the UAE. We're on Azure UAE North. Budget $25,000 a month. Our tech team is 6 developers, no ML engineers.";

/** Every team's first message, by a short name for test titles. */
export const SIXTEENTH_ROUND_TEAMS = {
  "Amsterdam HR-tech": AMSTERDAM_HR_TECH,
  "Tallinn text-to-SQL": TALLINN_TEXT_TO_SQL,
  "Turin transport": TURIN_TRANSPORT,
  "Dhaka garment factory": DHAKA_GARMENT_FACTORY,
  "Cape Town research lab": CAPE_TOWN_RESEARCH_LAB,
  "Istanbul airline": ISTANBUL_AIRLINE,
  "Seoul webtoon": SEOUL_WEBTOON,
  "Dubai hotel group": DUBAI_HOTEL_GROUP,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const SIXTEENTH_ROUND_FOLLOW_UPS: Record<keyof typeof SIXTEENTH_ROUND_TEAMS, readonly string[]> = {
  "Amsterdam HR-tech": [
    "what if we grow to 3 million CVs a month?",
    "can we use gemma 3 27b to screen job applicants?",
    "why not claude sonnet 4.5?",
    "what does the top pick cost per CV?",
    "which of these processes data in the EU?",
  ],
  "Tallinn text-to-SQL": [
    "and if we add a second 4090?",
    "is qwen2.5-coder 32b ok for commercial use?",
    "why not llama 3.3 70b?",
  ],
  "Turin transport": [
    "e se i reclami raddoppiano d'inverno?",
    "perché non gpt-4.1 mini?",
    "quanto costa il primo per reclamo?",
    "how good is the top pick at italian?",
  ],
  "Dhaka garment factory": [
    "what if 10000 message per day?",
    "how good is top pick for bangla?",
    "why not gpt-4o mini?",
    "which one not train on our workers data?",
  ],
  "Cape Town research lab": [
    "can we use command r+ for this? it is non-commercial research",
    "will llama 3.3 70b fit on our two A100 40GB?",
    "what if we label 5 million posts instead?",
    "can we publish the labels the model makes as an open dataset?",
  ],
  "Istanbul airline": [
    "what if a storm day brings 200,000 conversations in one day?",
    "why not gemini 2.5 flash?",
    "does the top pick train on our passengers' data?",
    "how good is the top pick at turkish?",
  ],
  "Seoul webtoon": [
    "에피소드가 월 8,000개로 늘어나면요?",
    "how good is the top pick at korean?",
    "why not gpt-5.1?",
    "can we use qwen3 235b-a22b to translate comics we sell?",
  ],
  "Dubai hotel group": [
    "what if only 300,000 conversations a month in summer?",
    "is the top pick available in uae north?",
    "why not claude haiku 4.5?",
    "what does the top pick cost per guest conversation?",
  ],
};
