// The first messages of the eighth tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-eighth-round*.test.ts). What these teams found broken is in
// tryout-eighth-round-open.test.ts, with the same words; the follow-ups each team sent are in
// EIGHTH_ROUND_FOLLOW_UPS, in the order they were sent.
export const CAIRO_EDTECH =
  "Hi, we are an edtech startup in Cairo, Egypt. Our app helps high-school students (Thanaweya Amma) revise physics, chemistry and maths, mostly in Arabic (students write in Egyptian dialect, the exam papers are in Modern Standard Arabic) and some English for the international schools. In exam season we have ~250k daily active students, each sends about 12 messages a day, ~700 tokens in including the lesson context and ~300 out. Outside exam season it's maybe a third of that. Students are 15-18 so it's minors' data. We have no GPUs and 2 backend devs. Money is tight, think $2,500 a month max, but it has to be good at arabic maths explanations.";
export const SEOUL_WEBTOON =
  "안녕하세요. We're a webtoon platform in Seoul. We want to machine-translate webtoon speech bubbles and episode text from Korean into English, Thai, Indonesian and Spanish for our global apps. Each episode is about 60 bubbles, ~2,500 tokens of Korean in total, and the output is roughly the same length per target language. We publish ~4,000 new episodes a week, plus a back catalogue of 300k episodes we'd like to do once. Tone and slang matter a lot - readers complain about stiff translations. Creator contracts say the scripts can't be used for training by any vendor. We're on AWS Seoul (ap-northeast-2). Budget ~ ₩40,000,000 a month.";
export const NAIROBI_AGRITECH =
  "Habari! We're an agritech social enterprise in Nairobi. Farmers send us questions over SMS and WhatsApp about crop diseases, fertiliser, weather and market prices, in Swahili, English and some Sheng; we answer with an LLM + our agronomy knowledge base. ~400,000 registered farmers, about 60k questions a day, with a peak at 6-8am when ~40% of the day's messages come in. Messages are short, ~150 tokens, with retrieved context ~1,200 tokens in; the reply must fit 2 SMS so ~120 tokens out. We're grant funded, budget is maybe $800 a month. No personal data beyond phone numbers. No GPUs, one engineer.";
export const MESSAGING_APP =
  "We operate a global messaging app with about 1.1 billion monthly active users. We want smart reply suggestions and chat summaries generated server-side by an open model we host ourselves on our own fleet (we have thousands of H100s and a huge infra team). Peak load is around 120,000 requests per second, each ~300 tokens in and ~40 out; average is about a third of peak. It must be an open-weight model whose licence allows a commercial service at our scale - our lawyers flagged the Llama 700M MAU clause. Languages: basically everything, our top 20 languages. Latency p95 under 150 ms.";
export const HCMC_REVIEWS =
  "Chào bạn. E-commerce company in Ho Chi Minh City. Every night we run a batch over yesterday's product reviews: sentiment, aspect tags (delivery, quality, price, seller) and a one-line summary in Vietnamese per product. About 1.8 million reviews a night, avg 90 tokens each, output ~30 tokens per review as JSON. Overnight window of 6 hours, latency doesn't matter. Vietnam's Decree 53 means user data should be stored in Vietnam; reviews are public but have usernames. We want the cheapest thing that is accurate on Vietnamese. no budget fixed yet.";
export const ZURICH_BANK =
  "Grüezi. Private bank in Zurich, ~1,200 staff. Relationship managers want an assistant to draft client meeting notes and summarise research PDFs (German, English, French, Italian). Client data is under Swiss banking secrecy: no US cloud provider, no external API at all in fact, everything on-prem in our Zurich data centre. We don't have GPUs yet; the board approved CHF 400k capex for hardware, and we have a 3-person infra team who run our Linux estate but never did ML. ~300 RMs, each maybe 25 requests a day, ~3k tokens in, ~600 out. What should we buy and which model?";
export const JOURNAL_APP =
  "solo dev here, building a journaling app for iPhone. want the model to run fully on the phone (privacy is the whole selling point, nothing leaves the device). it needs to summarise a day's journal entries (~1-2k tokens) and suggest reflection prompts, english + german + french. app is paid ($4.99) on the App Store so it's commercial and I ship the weights in the app bundle. target iPhone 15 and newer. I have basically zero budget, maybe $50/mo for anything server side.";
export const SECURITY_APPLIANCE =
  "We're a cybersecurity vendor (Tel Aviv, 300 employees). We sell an on-prem security appliance to banks and governments; we want to embed an LLM in the appliance that explains alerts and summarises suspicious log sessions for SOC analysts. The weights ship inside the appliance image to customers in ~40 countries, some air-gapped. The licence must allow redistribution and commercial use; legal says no copyleft and no licences with usage policies we'd have to flow down to customers - Apache 2.0 or MIT preferred. Each appliance has one NVIDIA L4 (24GB). Logs are in English; the UI is in English and Hebrew. Per appliance maybe 5,000 alerts a day, ~2k tokens in, ~300 out.";
export const HSINCHU_FAB =
  "We're a semiconductor fab in Hsinchu, Taiwan. Process engineers want an assistant over our equipment logs, SOPs and 8D failure-analysis reports, in Traditional Chinese and English. Everything is trade secret: fully air-gapped on-prem. We already own two DGX H100 systems (16 H100 total) that are half used for other work. Company policy: no models from PRC labs (no Qwen, DeepSeek, GLM, Kimi etc). ~1,500 engineers, each about 15 queries per shift, ~6k tokens in with retrieved context, ~700 out. Strong IT team, some ML experience.";
export const HELPDESK_SAAS =
  "We're a US B2B SaaS (Austin) selling a customer support helpdesk to ~12,000 e-commerce merchants. We want to add AI-drafted replies to every ticket, and it's resold as part of our product. ~20M tickets a month, each ~1,800 tokens in (ticket + order data + macros) and ~250 out. Black Friday peak is about 300 requests per second. Our unit economics say the AI can cost at most 0.3 cents per ticket. SOC 2, no training on customer data, zero data retention ideally. English mostly, some Spanish, French and German.";

/** Every team's first message, by a short name for test titles. */
export const EIGHTH_ROUND_TEAMS = {
  "Cairo edtech": CAIRO_EDTECH,
  "Seoul webtoon": SEOUL_WEBTOON,
  "Nairobi agritech": NAIROBI_AGRITECH,
  "messaging app": MESSAGING_APP,
  "Ho Chi Minh City reviews": HCMC_REVIEWS,
  "Zurich private bank": ZURICH_BANK,
  "journaling app": JOURNAL_APP,
  "security appliance": SECURITY_APPLIANCE,
  "Hsinchu fab": HSINCHU_FAB,
  "helpdesk SaaS": HELPDESK_SAAS,
} as const;

/** What each team sent after its shortlist, in order: a what-if, a correction, a licence question, a "why not". */
export const EIGHTH_ROUND_FOLLOW_UPS: Record<keyof typeof EIGHTH_ROUND_TEAMS, readonly string[]> = {
  "Cairo edtech": [
    "what if exam season traffic lasted all year?",
    "why not gpt-4o?",
    "is llama 3.3 70b ok for us licence-wise?",
  ],
  "Seoul webtoon": [
    "in dollars that's about $30k a month",
    "what if we only do english and thai first?",
    "why not claude haiku 4.5?",
  ],
  "Nairobi agritech": [
    "what if the grant doubles our budget?",
    "how good is the top pick at swahili?",
    "why not gemini 2.5 flash?",
  ],
  "messaging app": [
    "can we use llama 3.3 70b?",
    "what about gemma 3 27b at our scale?",
    "what if we only launch in the US first with 200M MAU?",
  ],
  "Ho Chi Minh City reviews": [
    "what if we strip the usernames first, can we use any cloud then?",
    "why not qwen3 235b?",
    "what if we run it on our own 2 A100s?",
  ],
  "Zurich private bank": [
    "what if we bought 2 servers with 8 H100 each?",
    "is the mistral licence ok for a bank?",
    "why not llama 3.3 70b?",
  ],
  "journaling app": [
    "can i ship gemma 3 4b in the app?",
    "why not phi-4-mini?",
    "what if I also support older iphones with only 4GB of RAM?",
  ],
  "security appliance": [
    "why not llama 3.1 8b?",
    "what if the next appliance generation has an L40S?",
    "is qwen2.5 7b apache?",
  ],
  "Hsinchu fab": [
    "what if we can only use 4 of the H100s?",
    "how good is the top pick at traditional chinese?",
    "why not deepseek v3?",
  ],
  "helpdesk SaaS": [
    "what if volume doubles in Q4?",
    "actually zero retention is a must, not just ideal",
    "why not gpt-4.1 mini?",
  ],
};
