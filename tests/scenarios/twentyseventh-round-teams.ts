// The first messages of the twenty-seventh tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentyseventh-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints · budget · languages), chosen unlike rounds 1–26:
// - Almaty retail bank's contact-centre analytics (2.5M retail customers, 600 operators, a team of 5
//   with 2 ML engineers): summarises and tags call transcripts (ASR done in-house) · 40,000 calls a
//   day × (1,200 in, 150 out) · personal-data localisation law: the data stays in Kazakhstan, in its
//   own Almaty data centre, no foreign cloud API · 4,000,000 tenge a month all in (about $7,700) ·
//   Russian and Kazakh, often mixed in one call.
// - Finnish nuclear power company's engineering IT (two plants, 900 engineers and operators): RAG
//   over operating procedures, technical specifications and correspondence with STUK, answers quote
//   the section · 300 engineers × 20 questions a day · air-gapped in the plant network, open weights
//   only, no models from Chinese labs · owns 2 servers of 4× NVIDIA L40S 48GB · no licence budget
//   (free for commercial use) · Finnish, Swedish, English.
// - Colombo tour operator (18 staff, one part-time PHP developer): a WhatsApp trip-planning bot
//   for tourists that hands over to a human to book · 400 conversations a day in season × 12
//   messages × (200 in, 150 out) · 60,000 Sri Lankan rupees a month at most (about $200) · English,
//   German, Russian, some Sinhala.
export const ALMATY_BANK_CALLS =
  "hi all - we're the contact centre analytics team at a retail bank in Almaty, Kazakhstan (~2.5M retail customers, 600 operators, our team is 5 people incl 2 ML engineers). we want to summarise every call transcript (ASR already done in-house) and tag the complaint category + whether the customer mentioned fraud. calls are in Russian and Kazakh, often mixed in one call. roughly 40,000 calls a day, transcript ~1,200 tokens, summary + tags ~150 tokens out. by law (personal data localisation) customer data must stay in Kazakhstan, so no foreign cloud APIs - has to run in our own data centre in Almaty. we can buy GPUs, budget is about 4,000,000 tenge a month all in. what should we run?";
export const FINNISH_NUCLEAR_PROCEDURES =
  "We're the engineering IT group at a Finnish nuclear power company (two plants, about 900 engineers and operators). We want an internal Q&A assistant over our operating procedures, technical specifications and regulatory correspondence with STUK (the Finnish radiation safety authority). Documents are in Finnish, Swedish and English; some procedures are 200 pages, and answers must quote the procedure section. About 300 engineers would ask maybe 20 questions a day each. The system has to be fully air-gapped inside the plant network, so open weights only, no cloud at all. Our security office also does not allow models from Chinese labs. We already own 2 servers with 4x NVIDIA L40S 48GB each. No budget for licences, it must be free for commercial use.";
export const COLOMBO_TOURS_WHATSAPP =
  "Hello, I am the owner of a small tour operator in Colombo, Sri Lanka, 18 staff, 1 part time developer (he knows PHP and a bit of python). Tourists message us on WhatsApp to plan round trips (Sigiriya, Kandy, Ella, the south coast) and ask about prices, hotels, drivers and visas. Most write in English, many in German and Russian, some local guides write in Sinhala. About 400 conversations a day in the season, each maybe 12 messages, messages are short, say 200 tokens in and 150 out with our price list in the prompt. We'd like the bot to answer and hand over to a human to confirm the booking. Our budget is 60,000 LKR per month maximum, can't spend more.";

/** Every team's first message, by a short name for test titles. */
export const TWENTYSEVENTH_ROUND_TEAMS = {
  "Almaty bank calls": ALMATY_BANK_CALLS,
  "Finnish nuclear procedures": FINNISH_NUCLEAR_PROCEDURES,
  "Colombo tours WhatsApp": COLOMBO_TOURS_WHATSAPP,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYSEVENTH_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYSEVENTH_ROUND_TEAMS, readonly string[]> = {
  "Almaty bank calls": [
    "what if we only do the calls that are complaints, about 8,000 a day?",
    "can we use Qwen commercially in a bank with 2.5M customers?",
    "how much does the top pick cost per month to run on our own servers?",
    "why not Llama 3.3 70B?",
    "summarize the recommendation for my CTO",
  ],
  "Finnish nuclear procedures": [
    "what if we also want to run it on only one of the two servers?",
    "is Mistral Small 3.1 ok under its licence for us?",
    "why not DeepSeek?",
    "what would it cost per month in electricity and ops?",
    "summarize",
  ],
  "Colombo tours WhatsApp": [
    "what if the season doubles it to 800 conversations a day?",
    "can we use Llama for this commercially?",
    "how much per conversation for the top pick?",
    "why not Claude?",
    "summarize please",
  ],
};
