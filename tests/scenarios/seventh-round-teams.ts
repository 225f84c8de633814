// The first messages of the seventh tryout round's teams, as they typed them: shared by the
// round's scenario tests (tryout-seventh-round*.test.ts). What these teams found broken is in
// tryout-seventh-round-open.test.ts, with the same words.
export const LENDING_INDIA =
  "We're a lending fintech in Bengaluru, about 8M app users. We want a support assistant on WhatsApp and in-app that answers EMI, KYC and loan-status questions in Hindi and English (lots of Hinglish). Around 1.2M conversations a month, each ~5 turns, ~400 tokens in and ~150 out per turn. RBI data localisation: payment data must be stored and processed in India. Customer PII. Budget around $6k a month. Small ML team, 3 people, no GPU experience.";
export const BROADCASTER =
  "Hei! We're the subtitling unit of a Nordic public broadcaster (Finland). We want machine translation of subtitles between Finnish and Swedish (both directions), plus English to Finnish for acquired programmes, as a first draft our subtitlers post-edit. About 2,500 programme hours a month; one hour of subtitles is roughly 9,000 tokens in and about the same out. We're a public body, data must stay in the EU, and we prefer open weights so we're not locked in. We have a small platform team (4 people, some Kubernetes, no GPUs yet). Budget €3,000 a month.";
export const BIOTECH =
  "We're a 60-person biotech in Boston. Scientists want to drop in full papers and internal study reports (often 80-150k tokens, sometimes up to 200k) and get a structured critique plus answers to follow-up questions. Maybe 3,000 documents a month, each followed by ~5 questions of ~500 tokens, answers ~1,500 tokens. Unpublished research data is highly confidential IP - no training on it, no retention. We're on AWS. Quality and long-context reasoning matter far more than price; budget up to $20k/month.";
export const MARKETPLACE =
  "We run an online marketplace in Latin America (Mexico, Brazil, Argentina, Colombia). We need to rewrite and normalise ~50 million product listings once: clean the title, write a 60-word description, and extract brand/size/colour as JSON. Listings are in Spanish and Portuguese, around 300 tokens in and 150 out each. It's a one-off backfill, then about 1.5M new listings a month. Cost is everything, latency doesn't matter, batch is fine. Total budget for the backfill about $15k.";
export const DEVTOOLS =
  "We're a developer-tools company with about 2,000 engineers. We want an internal coding assistant in the IDE: code completion plus chat about our monorepo (TypeScript, Go, Rust). Source code must never leave our VPC, so we'd self-host in our own AWS account on GPUs we rent there. Our infra team runs Kubernetes at scale and already serves models with vLLM. Each engineer makes ~300 completion requests a day (~2k tokens in, 60 out) and ~20 chat requests a day (~6k in, 800 out), working days only. Completion latency must stay under 300 ms.";
export const SCHOOL_DISTRICT =
  "I'm the IT coordinator for a public school district in Ohio, about 900 teachers. Teachers want help drafting parent emails and summarising IEP meeting notes, in English and Spanish. Student records are covered by FERPA, so the vendor must not train on our data. We have zero ops staff and a budget of maybe $300 a month. Each teacher might use it 5 times a week, ~1,500 tokens in and 400 out.";
export const ROBOTICS =
  "We're a robotics startup building warehouse robots. Each robot has an NVIDIA Jetson Orin Nano 8GB and must work offline; the model turns spoken operator commands (already transcribed) into JSON action plans for our planner, in English and Japanese. It has about 4GB for the model. We'll ship the model inside every robot we sell (~3,000 robots). Latency under 500 ms. Which model can we use?";
export const VICTORIA_GOV =
  "We're a state government department in Victoria, Australia. We want a citizen enquiry assistant on our website for questions about permits, fines and concessions. About 400,000 enquiries a month, ~3 turns each, ~800 tokens in (with retrieved policy pages) and ~250 out per turn. Personal information under the Privacy and Data Protection Act; data must stay in Australia. We're on Azure (Australia East). Budget AUD 20k a month. No self-hosting.";
export const ADTECH =
  "Ad-tech company, we need to classify ad creatives into ~400 IAB content categories and flag brand-safety issues. About 300 million creatives a month, each ~150 tokens of text in and ~10 tokens out. Needs p95 latency under 200 ms because it runs in the bidding path. Cost first. Not personal data. Our ML team is strong and runs GPUs already.";
export const NAGOYA_MAKER =
  "We are a Japanese machinery manufacturer (Nagoya). 300 field technicians need a Q&A assistant over our maintenance manuals (Japanese, some English), RAG with about 4,000 tokens of retrieved context per question and ~400 tokens answers. Around 20 questions per technician per working day. Design documents are confidential: on-premises only, on the 4 L40S servers we already own. No US cloud services. IT team has 2 people who know Linux but not ML.";
export const LAW_FIRM =
  "We are a 400-lawyer US law firm. We want e-discovery review: read each document (avg 3k tokens) and tag responsiveness and privilege with a short rationale (~200 tokens). A big matter has 2 million documents; we do about 3 such matters a year. Client-confidential, privileged: no training, zero retention, US-only processing. We're on Azure. Accuracy matters more than cost.";

/** Every team's first message, by a short name for test titles. */
export const SEVENTH_ROUND_TEAMS = {
  "lending fintech": LENDING_INDIA,
  broadcaster: BROADCASTER,
  biotech: BIOTECH,
  marketplace: MARKETPLACE,
  "dev-tools": DEVTOOLS,
  "school district": SCHOOL_DISTRICT,
  robotics: ROBOTICS,
  "Victoria government": VICTORIA_GOV,
  "ad-tech": ADTECH,
  "Nagoya maker": NAGOYA_MAKER,
  "law firm": LAW_FIRM,
} as const;
