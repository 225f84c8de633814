// The first messages of the twenty-fourth tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentyfourth-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–23:
// - A solo developer's hobby Discord bot: wiki answers and jokes for a ~2,000-member gaming community
//   · public wiki text · 3,000 messages a day × (1,500 in, 200 out) · at most $20 a month all in ·
//   one person, no GPU.
// - New York quantitative hedge fund (60 people, 15 researchers): a research assistant over broker
//   research, 10-K filings and internal notes, with citations · no data may leave its AWS VPC, no
//   third-party API sees the prompts · 15 researchers × 60 questions a day × (20,000 in, 800 out) ·
//   a strong infra team that rents GPUs in its AWS account · $30,000 a month.
// - Zurich private bank (the lead's run): client summaries and letters in German, French and English
//   for relationship managers · client data processed in Switzerland · 300 managers × 40 requests a
//   day × (3,000 in, 500 out) · CHF 20,000 a month · a Kubernetes team, no GPU experience.
export const HOBBY_DISCORD_BOT =
  "hey, solo dev here. I run a hobby Discord bot for my gaming community (~2,000 members) that answers questions about the game wiki and makes jokes. maybe 3,000 messages a day, each about 1,500 tokens in (wiki snippets) and 200 out. I can spend at most $20 a month total, it's just me, no GPU.";
export const NEW_YORK_HEDGE_FUND =
  "We're a quantitative hedge fund in New York (about 60 people, 15 researchers). We want a research assistant that reads broker research, 10-K filings and our internal notes and answers analysts' questions with citations. About 15 researchers × 60 questions a day, each around 20,000 tokens in and 800 out. No data may leave our AWS VPC: no third-party API sees our prompts. We have a strong infra team and can rent GPUs in our AWS account. Budget $30,000 a month.";
export const ZURICH_PRIVATE_BANK =
  "We're a private bank in Zurich. We want an assistant that drafts client summaries and letters in German, French and English for our relationship managers. 300 relationship managers, each about 40 requests a day, roughly 3,000 tokens in and 500 out per request. Client data must be processed in Switzerland. Budget CHF 20,000 a month. We have a Kubernetes team but no GPU experience.";

/** Every team's first message, by a short name for test titles. */
export const TWENTYFOURTH_ROUND_TEAMS = {
  "hobby Discord bot": HOBBY_DISCORD_BOT,
  "New York hedge fund": NEW_YORK_HEDGE_FUND,
  "Zurich private bank": ZURICH_PRIVATE_BANK,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYFOURTH_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYFOURTH_ROUND_TEAMS, readonly string[]> = {
  "hobby Discord bot": [
    "what if the server doubles?",
    "why not llama 3.1 8b?",
    "what does the top pick cost per message?",
  ],
  "New York hedge fund": [
    "what would self-hosting the top pick cost?",
    "why not gpt-oss-120b?",
    "what if we need 128k context per question?",
  ],
  "Zurich private bank": [
    "what if we can use an EU region instead?",
    "what would self-hosting the top pick cost?",
    "why not gpt-4o?",
  ],
};
