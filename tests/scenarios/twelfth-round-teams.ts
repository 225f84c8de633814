// The first messages of the twelfth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-twelfth-round*.test.ts). What these teams found broken is in
// tryout-twelfth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// TWELFTH_ROUND_FOLLOW_UPS, in the order they were sent.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–11:
// - Lyon regional press: 4 daily titles, 350 journalists · news-agency dispatches (public) ·
//   1 200 dépêches par jour × 600 words, 150 words out · the whole message in French · stays on
//   OVHcloud, no US host · €2,500 a month · 3 developers, no GPU experience.
// - Riyadh electricity utility: 11M customer accounts · two jobs: an Arabic/English chat assistant
//   (20,000 conversations a day, 2,500 an hour at peak, 6 turns × 700 in / 150 out) and call
//   summaries (45,000 calls a day × 1,500 / 200) · PDPL and NCA: processed inside the Kingdom ·
//   Google Cloud Dammam · SAR 150,000 a month · no GPU operations experience. A long message.
// - Gdańsk freight forwarder: scanned CMR waybills, invoices and photos with handwriting · 1,000
//   documents every working day, JSON out · Polish, German, Ukrainian, Lithuanian · owns a
//   workstation with 2× RTX A6000 · €1,500 a month.
// - A one-shot licence-and-size question that should get an answer at once, not a questionnaire.
// - Malta gaming operator: responsible-gambling and AML screening of live chat · special-category
//   personal data · 90,000 conversations a week × 14 messages, screened after every customer
//   message · flags within 10 seconds · EN/DE/FI/PT-BR · AWS eu-central-1, no processing outside
//   the EU · €12k a month · MLOps team on SageMaker. A long message.
// - Buenos Aires notary SaaS: 6 people · fine-tune on 20,000 past deeds through a provider's API ·
//   180 offices × 60 deeds a month × (2K in, 4K out) · resold in the product · USD 1,500 a month.
// - Auckland Māori education trust: te reo Māori and English · 60 teachers × 15 requests a week ·
//   Māori data sovereignty: content stays in Aotearoa New Zealand, no training · owns a Mac Studio
//   (M2 Ultra, 192 GB) · NZD 400 a month · no developers.
// - Lisbon game studio: NPC dialogue on players' PCs (RTX 3060 12 GB, 5 GB of it for the game) ·
//   weights shipped in 300k–500k copies, moddable · five languages · first token under a second.

export const LYON_PRESS =
  "Bonjour ! Nous sommes un groupe de presse quotidienne régionale basé à Lyon (4 titres, environ 350 journalistes). Nous voulons un outil qui résume les dépêches AFP et les communiqués reçus, propose 3 titres optimisés pour le référencement et une accroche pour les réseaux sociaux. Environ 1 200 dépêches par jour, 600 mots en moyenne, et la sortie fait à peu près 150 mots. Tout est en français. Nos données ne sont pas sensibles, mais la direction veut rester sur un cloud européen (nous sommes chez OVHcloud) : pas d'hébergeur américain. Budget : 2 500 € par mois. Une petite équipe technique de 3 développeurs, sans expérience GPU.";
export const RIYADH_UTILITY =
  "Hello, I'm the head of digital at an electricity distribution company in Riyadh, Saudi Arabia (about 11 million customer accounts, 9,000 employees). We want two things. First, a customer-facing chat assistant in our app and on WhatsApp for bill explanations, outage reports, new connection requests and payment plans; it must speak Arabic (Saudi dialect and MSA) and English. Second, after each call-centre call, a summary and a reason code for the CRM. Chat: on a normal day maybe 20,000 conversations, but at the summer peak or during a big outage it spikes to about 2,500 conversations an hour; a conversation is ~6 turns, each turn ~700 tokens in (with the account context) and ~150 out. Calls: about 45,000 a day, transcripts ~1,500 tokens, summary ~200 tokens. Under the PDPL and the NCA cloud controls all customer data must be processed inside the Kingdom; we are moving to Google Cloud's Dammam region. Budget SAR 150,000 a month. Our IT team is strong on infrastructure, we have two data scientists, no GPU operations experience.";
export const GDANSK_FORWARDER =
  "Hi from Gdańsk. We're a freight forwarder (road transport, ~400 trucks through subcontractors). Every working day we get about 1,000 scanned documents: CMR waybills, invoices, delivery notes, customs papers, as PDF scans or phone photos, often with handwritten fields, in Polish, German, Ukrainian and Lithuanian. We need the fields (shipper, consignee, dates, weights, plate numbers, amounts, VAT IDs) as JSON in our TMS. Roughly one page each, the extracted JSON is ~400 tokens. We bought a workstation with 2x RTX A6000 (48 GB each) last year and want to run it on that, on-prem. GDPR, nothing special beyond that. Budget for any extra hardware or API: 1,500 EUR a month max. Team: 2 developers, one knows a bit of Python ML.";
export const ONE_SHOT_FINE_TUNE =
  "quick question: which open-weights model under 15B parameters can we fine-tune and ship inside a commercial product with no monthly-user cap and no attribution requirement?";
export const MALTA_GAMING =
  "We're an online casino and sportsbook operator licensed in Malta (MGA) with brands in Germany, Finland, Brazil and Canada (Ontario). Our responsible gambling team wants every live-chat conversation with support screened for signs of problem gambling (chasing losses, self-exclusion requests, distress, mentions of borrowing money) and for AML red flags, with a short rationale and a risk score that the RG officer reviews. Chats run 24/7: around 90,000 conversations a week, averaging 14 messages, and we want the model to look at the conversation after every customer message (so about half the messages), with the whole conversation so far as input, max ~3,000 tokens, output ~120 tokens. Flags need to be raised within 10 seconds. Languages: English, German, Finnish, Portuguese (Brazil). Player data is personal and partly special-category (health, finances) under GDPR; we're on AWS eu-central-1 and legal wants no processing outside the EU. Budget €12k/month. We have an MLOps team of 3 that already runs SageMaker endpoints.";
export const BUENOS_AIRES_NOTARIES =
  "hola! small startup in Buenos Aires, 6 people. we sell a SaaS to escribanos (notaries) that drafts deeds (escrituras): purchases, mortgages, powers of attorney, from a form + uploaded ID documents. we have ~20,000 anonymised past deeds and want to fine-tune a model on them so it writes in the notarial style. right now ~180 notary offices pay us, each drafts maybe 60 deeds a month, a deed is ~4k tokens out with ~2k tokens of form+instructions in. the drafts are part of the product we sell. budget: inflation makes pesos useless, think USD 1,500/month. no GPUs, nobody here has trained a model before, we'd rather use a provider's fine-tuning API than run anything ourselves.";
export const AUCKLAND_TRUST =
  "Kia ora! We're a small kaupapa Māori education trust in Auckland, 14 staff. We'd like a writing helper for our kaiako (teachers) that drafts lesson plans and classroom resources in te reo Māori and English, and checks macrons and grammar in te reo. Around 60 teachers, each maybe 15 requests a week, ~1,000 tokens in and ~800 out. Māori data sovereignty matters to our board: the content should stay in Aotearoa New Zealand and not be used to train anyone's model. We have one Mac Studio (M2 Ultra, 192 GB) in the office that we could run something on. Budget about NZD 400 a month. No developers, I'm the part-time IT person.";
export const LISBON_GAME_STUDIO =
  "Olá, indie game studio in Lisbon (25 people). Our next game (a narrative RPG on Steam, PC only) will generate NPC dialogue on the fly, running locally on the player's PC: min spec is an RTX 3060 with 12 GB VRAM, and the game itself needs about 5 GB of that. We'll ship the model weights in the game download, expecting 300k-500k copies sold. Dialogue in English, Portuguese, Spanish, French and German; each line ~300 tokens of context in, ~60 out, and it has to start streaming in under a second. The licence has to allow bundling in a commercial game and letting players mod it. No server costs please.";

/** Every team's first message, by a short name for test titles. */
export const TWELFTH_ROUND_TEAMS = {
  "Lyon regional press": LYON_PRESS,
  "Riyadh electricity utility": RIYADH_UTILITY,
  "Gdańsk freight forwarder": GDANSK_FORWARDER,
  "one-shot fine-tune licence question": ONE_SHOT_FINE_TUNE,
  "Malta gaming operator": MALTA_GAMING,
  "Buenos Aires notary SaaS": BUENOS_AIRES_NOTARIES,
  "Auckland Māori education trust": AUCKLAND_TRUST,
  "Lisbon game studio": LISBON_GAME_STUDIO,
} as const;

/** What each team sent after its first answer, in order: what-ifs and the direct questions a lead asks. */
export const TWELFTH_ROUND_FOLLOW_UPS: Record<keyof typeof TWELFTH_ROUND_TEAMS, readonly string[]> = {
  "Lyon regional press": [
    "et si on passe à 3 000 dépêches par jour ?",
    "pourquoi pas mistral medium 3 ?",
    "is the top pick hosted on OVHcloud?",
  ],
  "Riyadh electricity utility": [
    "what if we self-host in our own data centre in Riyadh?",
    "what if chat volume doubles in summer?",
    "is gemini 2.5 flash available in dammam?",
  ],
  "Gdańsk freight forwarder": [
    "what if volume triples in Q4?",
    "will qwen2.5-vl 72b fit on our two A6000s?",
    "why not mistral small 3.2?",
  ],
  "one-shot fine-tune licence question": ["and under 4B?", "is phi-4 ok for that?"],
  "Malta gaming operator": [
    "what if we only screen each conversation once, at the end?",
    "why not claude haiku 4.5?",
    "what does the top pick cost per conversation?",
  ],
  "Buenos Aires notary SaaS": [
    "what if we grow to 1,000 notary offices?",
    "can we fine-tune gpt-4.1 mini and sell its drafts?",
    "why not claude sonnet 4.5?",
  ],
  "Auckland Māori education trust": [
    "how good is the top pick at te reo māori?",
    "what if we use an API hosted in australia?",
    "will llama 3.3 70b run on the mac studio?",
  ],
  "Lisbon game studio": [
    "what if min spec is 8 GB VRAM?",
    "is gemma 3 4b ok to ship in a game?",
    "why not llama 3.2 3b?",
  ],
};
