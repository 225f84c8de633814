// The first messages of the ninth tryout round's teams, as they typed them (typos kept): shared by
// the round's scenario tests (tryout-ninth-round*.test.ts). What these teams found broken is in
// tryout-ninth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// NINTH_ROUND_FOLLOW_UPS, in the order they were sent.
export const MONTERREY_BROKER =
  "hola! we're an insurance broker in Monterrey, Mexico, ~90 people. we want a whatsapp bot that takes first notice of loss for car claims: customer sends photos descriptoin, policy number, where it happend, and the bot asks the follow up questions and fills the claim form. all in spanish (mexican spanish, lots of slang and typos from customers). around 3,500 claims a month, each conversation maybe 15 messages back and forth, ~400 tokens in per turn with the history and ~120 out. budget MXN 40,000 al mes. personal data (names, plates, phone numbers). we're on google cloud.";
export const ONTARIO_HEALTH =
  "We are a regional health network in Ontario, Canada (5 hospitals, about 11,000 staff). Clinicians want draft discharge summaries generated from the inpatient chart (notes, labs, meds) for physician review before sign-off. Records are personal health information under PHIPA and must stay in Canada; we are an Azure shop (Canada Central). Charts are long: median 40k tokens, some up to 180k tokens for long stays. About 9,000 discharges a month, summary ~1,200 tokens. French-language summaries are needed for the francophone hospital (about 15%). Budget CAD 25,000 per month. No training on our data, obviously.";
export const CODE_REVIEW_BOT =
  "need model for code review bot. ~300 devs, python + go + some terraform. ~2500 PRs/week, diff + context ~12k tokens, review comment ~800 out. self host on 4x a100 80gb we have. no chinese models pls. cheapest that doesnt suck";
export const CHENNAI_LAB =
  "We're an academic NLP lab at a university in Chennai, India. Research project (non-commercial, grant funded): fine-tune an open model on our corpus of Tamil, Hindi, Bengali and Marathi legal judgments to do summarisation, and we want to publicly release the fine-tuned weights on Hugging Face for other researchers. We own 8x A100 40GB in our department cluster. Inference is small, maybe 2M tokens a month for evaluation. No budget for API costs at all. Which base model should we fine-tune?";
export const STAVANGER_OFFSHORE =
  "Offshore maintenance contractor, Stavanger. ~200 field technicians on oil platforms, connectivity is satellite and often down, so the assistant must run fully offline on the technicians' laptops (MacBook Pro M3, 36 GB unified memory). It answers questions over equipment manuals and our work procedures (RAG, maybe 8k tokens of context per question), in Norwegian and English. Each tech asks maybe 20 questions on a shift. Commercial use obviously. We have 2 developers, no ML people.";
export const SINGAPORE_FUND =
  "Singapore-based hedge fund, 60 people. Analysts want structured extraction and Q&A over earnings call transcripts, 10-K/10-Q filings and broker research. Filings are long, up to 150k tokens each, and we need the whole document in one prompt. ~5,000 documents per quarter, plus ~400 analyst questions a day at ~20k tokens in and 1k out. Output accuracy matters more than cost, but budget is SGD 30k/month. No training on our data, zero retention, MAS outsourcing guidelines apply. English only.";
export const ISTANBUL_MARKETPLACE =
  "Merhaba, Istanbul-based e-commerce marketplace (fashion), ~2M monthly active users. We want a shopping assistant chatbot in Turkish (and some English, Arabic for Gulf customers) that answers product questions, sizing, returns and order status. ~150k conversations a day, avg 4 turns, 900 tokens in per turn, 150 out. Under KVKK personal data must not leave Turkey without explicit consent, so we plan to self-host in our Istanbul data centre. We don't have GPUs; we can rent or buy. Budget is 1.5 million TL a month. Strong platform team, 2 ML engineers.";
export const LONDON_PODCASTS =
  "London podcast network. We want auto show notes: a summary, chapter markers with timestamps and 5 pull quotes for every episode. About 1,200 episodes a month, average 55 minutes (the transcripts are already done by Whisper, roughly 9,000 words per episode). Output maybe 700 words. Budget £1,500 a month. English only. Not sensitive, all published content.";
export const STUTTGART_TOOLMAKER =
  "Guten Tag, we are a German machine-tool manufacturer (Baden-Württemberg, 2,400 employees). We translate technical manuals and service bulletins from German into 11 languages (EN, FR, IT, ES, PL, CS, HU, ZH, JA, KO, PT). Roughly 30 million words of output per year across all languages. Terminology must follow our termbase. Data must stay in Germany; no US providers because of trade secrets. Budget € 4.000 per month. We could also self-host; our IT runs VMware, no GPUs.";
export const LAGOS_WALLET =
  "Hello from Lagos! We're a fintech (mobile wallet, 6 million customers, ~1.5M monthly active). Support chat in English, Nigerian Pidgin, Yoruba, Hausa and Igbo. About 40k chats a day, short ones, ~500 tokens in and 100 out. CBN rules mean customer data should stay in Nigeria where possible but we use AWS Cape Town today. Budget NGN 6,000,000 a month. Our team: 4 backend engineers, no GPU experience.";

/** Every team's first message, by a short name for test titles. */
export const NINTH_ROUND_TEAMS = {
  "Monterrey insurance broker": MONTERREY_BROKER,
  "Ontario health network": ONTARIO_HEALTH,
  "code-review bot": CODE_REVIEW_BOT,
  "Chennai NLP lab": CHENNAI_LAB,
  "Stavanger offshore contractor": STAVANGER_OFFSHORE,
  "Singapore hedge fund": SINGAPORE_FUND,
  "Istanbul marketplace": ISTANBUL_MARKETPLACE,
  "London podcast network": LONDON_PODCASTS,
  "Baden-Württemberg toolmaker": STUTTGART_TOOLMAKER,
  "Lagos mobile wallet": LAGOS_WALLET,
} as const;

/** What each team sent after its shortlist, in order: what-ifs, licence questions, a "why not", a correction. */
export const NINTH_ROUND_FOLLOW_UPS: Record<keyof typeof NINTH_ROUND_TEAMS, readonly string[]> = {
  "Monterrey insurance broker": [
    "what if claims double in hurricane season?",
    "why not gemini 2.5 flash?",
    "in usd that's about 2,200 a month",
  ],
  "Ontario health network": [
    "what if we only summarise the last 7 days of the chart, ~30k tokens?",
    "is gpt-4.1 available in canada central?",
    "why not claude sonnet 4.5?",
  ],
  "code-review bot": [
    "what about codestral?",
    "what if we also run it on every commit not just PRs, like 5x the volume",
    "why not qwen3 coder?",
  ],
  "Chennai NLP lab": [
    "can we release a fine-tune of llama 3.1 8b?",
    "what about gemma 3 12b, can we publish the weights?",
    "how good is the top pick at tamil?",
  ],
  "Stavanger offshore contractor": [
    "what if the laptops only have 16GB?",
    "why not llama 3.3 70b?",
    "is mistral small ok to use commercially?",
  ],
  "Singapore hedge fund": [
    "what if we need 1M token context for full annual report packs?",
    "why not gpt-4.1?",
    "compare the top 2 at our volume",
  ],
  "Istanbul marketplace": [
    "what if we use an API and get explicit consent?",
    "is gemma 3 27b ok for 2M MAU?",
    "why not llama 4 scout?",
  ],
  "London podcast network": [
    "what if episodes average 2 hours?",
    "why not claude haiku 4.5?",
    "what does the top pick cost per episode?",
  ],
  "Baden-Württemberg toolmaker": ["what if we drop the asian languages?", "why not deepl?", "what if budget is €8k?"],
  "Lagos mobile wallet": [
    "how good is the top pick at yoruba?",
    "what if we allow data to go anywhere?",
    "that budget is roughly $4k",
  ],
};
