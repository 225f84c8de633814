// The first messages of the seventeenth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-seventeenth-round*.test.ts). What these teams found broken is in
// tryout-seventeenth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// SEVENTEENTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–16:
// - Köln property insurer, written in German, one long message: summarises and files claim
//   notifications and names missing documents, claims handlers decide · 80,000 claims a month ×
//   (3,000 in, 500 out) · BaFin (VAIT/DORA), data processed in Germany, no training · Azure Germany
//   West Central · €15,000 a month · 6 data scientists who have never run models.
// - Dar es Salaam mobile-money company: a Swahili/English support bot for its cash-in/cash-out agents
//   (shops, not software agents) on WhatsApp and SMS · 20,000 questions a day × (400 in, 100 out) ·
//   TSh 2,500,000 a month · no GPUs, 3 developers.
// - Poznań e-commerce, a terse one-shot: rewrites Polish search queries into structured filters ·
//   4M searches a day · p95 under 300 ms · 20 000 zł a month.
// - Montreal game studio (300 people): NPC dialogue running on PS5 and Xbox Series X|S, offline ·
//   1.5 GB of memory on the Series S · first words within half a second · English and French · the
//   weights ship inside the game · 3 ML engineers.
// - Arizona county superior court: summarises hearing transcripts for judges and clerks · 6,000
//   hearings a month × (12,000 in, 800 out) · sealed and juvenile records, no training, data in the
//   US, FedRAMP-authorised services only, Azure Government · $8,000 a month · 2 developers, no ML.
// - Singapore bank, engineering productivity: an IDE code assistant for 400 developers (Java, Kotlin,
//   TypeScript) · 300 completions (1,500 in, 60 out) and 20 chats (4,000 in, 600 out) per developer a
//   day · MAS TRM, code stays on-prem · owns 2 servers of 8× H100 80GB · a Kubernetes platform team of 4.
// - Mexican telco, written in Spanish: a WhatsApp and app assistant for balance, top-ups, plans and
//   number porting with human hand-over · 3M customers, 1.8M conversations a month × 6 messages ×
//   (800 in, 120 out), evening peak 3× · LFPDPPP · MX$400,000 a month · AWS · 5 developers, 1 data
//   scientist.
// - Lima, two founders, casual English: summarises contracts for Peruvian small businesses in
//   Spanish · 500 contracts a month × (8,000 in, 600 out) · the cheapest thing that works, under 150
//   soles a month.

export const KOELN_INSURER =
  "Guten Tag, wir sind ein Sachversicherer aus Köln (ca. 2.300 Mitarbeitende) und prüfen den Einsatz eines Sprachmodells in der Schadenbearbeitung. Konkret: eingehende Schadenmeldungen per E-Mail und Brief (eingescannt, OCR ist schon vorhanden) sollen zusammengefasst, einer Sparte zugeordnet (Kfz, Hausrat, Wohngebäude, Haftpflicht) und die fehlenden Unterlagen benannt werden. Die Sachbearbeiter entscheiden weiterhin selbst. Wir haben etwa 80.000 Schadenmeldungen im Monat, je Meldung rund 3.000 Token Eingabe und 500 Token Ausgabe. Wir unterliegen der BaFin-Aufsicht (VAIT/DORA), die Daten müssen in Deutschland verarbeitet werden und dürfen nicht zum Training verwendet werden. Wir nutzen Azure (Germany West Central). Budget: 15.000 € im Monat. Unser Data-Science-Team hat 6 Leute, Betrieb eigener Modelle haben wir noch nicht gemacht.";
export const DAR_ES_SALAAM_MOBILE_MONEY =
  "hi, we are a small team at a mobile money company in Dar es Salaam. we want a support bot for our agents (the shops that do cash in / cash out) in Swahili and English, on WhatsApp and SMS. around 20,000 questions per day, each about 400 tokens in and 100 out. budget is TSh 2,500,000 per month max. we have no GPUs and 3 developers";
export const POZNAN_SEARCH_REWRITER =
  'which llm for rewriting e-commerce search queries in polish (typos, synonyms, "buty do biegania damskie 38" -> structured filters)? ~4M searches/day, needs <300ms p95, budget 20 000 zł/month';
export const MONTREAL_CONSOLE_NPCS =
  "Hi! We're a game studio in Montreal (about 300 people) working on an open-world RPG for PS5 and Xbox Series X|S. We want NPCs to answer the player in natural language, running fully on the console - no server calls, the game must work offline. The Series S is our floor: the game already uses most of its 10 GB, we can spare maybe 1.5 GB of memory for the model and a small slice of GPU time, answers need to start within half a second. Dialogue is in English and French at launch. We'd ship the model weights inside the game, so the licence must allow redistribution to millions of players. We have 3 ML engineers.";
export const ARIZONA_COUNTY_COURT =
  "Hello, I work in IT for a county superior court in Arizona. We already have speech-to-text transcripts of hearings and want an LLM to summarize each hearing for judges and clerks and pull out the next dates and orders. About 6,000 hearings a month, a transcript is ~12,000 tokens, summary ~800 tokens. This is court data, some of it sealed or about juveniles, so nothing can be used for training and it must stay in the US; our IT policy requires FedRAMP authorized cloud services (we are on Azure Government). Budget is around $8,000 a month. Small team: 2 developers, no ML people.";
export const SINGAPORE_BANK_CODE_ASSISTANT =
  "We are the engineering productivity team at a bank in Singapore. We want a code assistant (completion in the IDE plus chat about our codebase) for 400 developers, mostly Java, Kotlin and TypeScript. MAS TRM guidelines apply and source code must not leave our data centre, so it has to be self-hosted on-prem. We already own 2 servers with 8x H100 80GB each. Each developer makes about 300 completion requests a day (1,500 in, 60 out) and 20 chat questions a day (4,000 in, 600 out). We have a platform team of 4 that runs Kubernetes, but not LLM serving yet.";
export const MEXICO_TELCO =
  "Hola, somos el equipo digital de una telefónica en México con 3 millones de clientes de prepago y pospago. Queremos un asistente en WhatsApp y en la app que resuelva dudas de saldo, recargas, planes y portabilidad, y que pase a un agente humano cuando haga falta. Son unas 1.8 millones de conversaciones al mes, 6 mensajes cada una, 800 tokens de entrada y 120 de salida por mensaje. En hora pico (de 7 a 10 de la noche) llegan 3 veces más mensajes que el promedio. Los datos personales están bajo la LFPDPPP. Presupuesto: 400,000 pesos mexicanos al mes. Estamos en AWS. Tenemos 5 desarrolladores y un científico de datos.";
export const LIMA_CONTRACT_STARTUP =
  "hola! we're 2 founders in Lima building an app that summarizes contracts for small businesses in Peru (spanish). maybe 500 contracts a month now, ~8k tokens each in, 600 out. we want the cheapest thing that works, like under 150 soles a month";

/** Every team's first message, by a short name for test titles. */
export const SEVENTEENTH_ROUND_TEAMS = {
  "Köln insurer": KOELN_INSURER,
  "Dar es Salaam mobile money": DAR_ES_SALAAM_MOBILE_MONEY,
  "Poznań search rewriter": POZNAN_SEARCH_REWRITER,
  "Montreal console NPCs": MONTREAL_CONSOLE_NPCS,
  "Arizona county court": ARIZONA_COUNTY_COURT,
  "Singapore bank code assistant": SINGAPORE_BANK_CODE_ASSISTANT,
  "Mexican telco": MEXICO_TELCO,
  "Lima contract startup": LIMA_CONTRACT_STARTUP,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const SEVENTEENTH_ROUND_FOLLOW_UPS: Record<keyof typeof SEVENTEENTH_ROUND_TEAMS, readonly string[]> = {
  "Köln insurer": [
    "was wäre, wenn es 200.000 Meldungen im Monat werden?",
    "warum nicht GPT-4.1?",
    "was kostet die erste Empfehlung pro Schadenmeldung?",
    "dürfen wir Llama 3.3 70B kommerziell in der Versicherung einsetzen?",
  ],
  "Dar es Salaam mobile money": [
    "what if 50,000 questions per day at month end?",
    "how good is the top pick at swahili?",
    "why not gemini 2.5 flash-lite?",
    "what does the first one cost per question?",
  ],
  "Poznań search rewriter": [],
  "Montreal console NPCs": [
    "what if we only target PS5 with 3 GB for the model?",
    "can we ship gemma 3 1b inside a game we sell?",
    "why not llama 3.2 3b?",
  ],
  "Arizona county court": [
    "what if we also summarize the 2,000 hearings from the justice courts?",
    "is the top pick FedRAMP authorized?",
    "why not claude sonnet 4.5?",
    "does the top pick keep our transcripts?",
  ],
  "Singapore bank code assistant": [
    "can it all fit on one of the two servers?",
    "is qwen3-coder 480b ok to use commercially at a bank?",
    "why not deepseek-v3.2?",
    "what if we grow to 1,000 developers?",
  ],
  "Mexican telco": [
    "¿y si en diciembre se duplican las conversaciones?",
    "¿por qué no claude haiku 4.5?",
    "¿cuánto cuesta la primera opción por conversación?",
    "does the top pick train on our customers' data?",
  ],
  "Lima contract startup": [
    "and if we get to 5000 contracts?",
    "is it good enough in spanish?",
    "why not deepseek v3.2?",
    "can we self host something cheaper on a used rtx 3090?",
  ],
};
