// The first messages of the twenty-first tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentyfirst-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–20:
// - Norwegian municipality, social services: summaries of case notes and decision letters in
//   Norwegian Bokmål · health and welfare data, on-premises only · 3,000 case files a month ×
//   (6,000 in, 600 out) · NOK 40,000 a month with hardware · two IT generalists, no ML-ops.
// - Antofagasta copper miner: classifies safety incident reports and summarises shift handovers in
//   Spanish · 1.5M reports a month × (2,500 in, 300 out), 4× load at the night handover · open
//   weights self-hosted on rented H200s · an ML platform team of 3 (Kubernetes, vLLM) · data stays in
//   Chile or the US · quality first, under $30,000 a month.
// - Indonesian marketplace, seller support: chat in Bahasa Indonesia (some Javanese) · 8M messages a
//   month × (1,200 in, 200 out), replies within 3 s · personal data stays in Indonesia (PDP law) ·
//   4 back-end engineers, no GPUs, a managed API preferred · Rp 400 million a month.
export const NORWAY_MUNICIPALITY =
  "Hei! We're the IT department of a Norwegian municipality (about 60,000 residents). Our social services caseworkers want an assistant that summarises case notes and drafts decision letters in Norwegian Bokmål. It's sensitive personal data (health and welfare), so it must run on-premises in our own server room; nothing may go to a cloud. About 3,000 case files a month, roughly 6,000 tokens in and 600 tokens out each. We are two IT generalists, no ML-ops experience. Budget is NOK 40,000 a month including hardware leasing.";
export const ANTOFAGASTA_MINING =
  "Hola, we're the data team at a copper mining company in Antofagasta, Chile. We want to classify safety incident reports and summarise shift handovers, in Spanish. About 1.5 million reports a month, each around 2,500 tokens in and 300 out; the night shift sends 4 times the average load at handover. We want to self-host open weights on rented H200s, we have an ML platform team of 3 who run Kubernetes and vLLM. Reports must not leave Chile or the US. Quality matters more than cost, but keep it under $30,000 a month.";
export const INDONESIA_SELLER_SUPPORT =
  "Halo, we run seller support for an Indonesian e-commerce marketplace. Sellers chat in Bahasa Indonesia (some Javanese) about payouts, listing rules and disputes. About 8 million messages a month, 1,200 tokens in and 200 out each, replies within 3 seconds. Personal data must stay in Indonesia under the PDP law. We have 4 backend engineers and no GPUs; a managed API is preferred. Budget Rp 400 million a month.";

/** Every team's first message, by a short name for test titles. */
export const TWENTYFIRST_ROUND_TEAMS = {
  "Norwegian municipality, on-prem": NORWAY_MUNICIPALITY,
  "Antofagasta mining, rented H200s": ANTOFAGASTA_MINING,
  "Indonesian seller support": INDONESIA_SELLER_SUPPORT,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYFIRST_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYFIRST_ROUND_TEAMS, readonly string[]> = {
  "Norwegian municipality, on-prem": [
    "what if we use a smaller model?",
    "why not deepseek v3.2?",
    "how many GPUs does the top pick need?",
  ],
  "Antofagasta mining, rented H200s": [
    "why is the first one better than the second?",
    "what if we only rent 2 H200s?",
    "can we fine-tune the top pick on our own incident reports?",
  ],
  "Indonesian seller support": [
    "what if we can also use Singapore?",
    "is gemma free for us?",
    "what does the top pick cost per message?",
  ],
};
