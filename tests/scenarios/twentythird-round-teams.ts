// The first messages of the twenty-third tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentythird-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–22:
// - Tokyo game studio (120 people): live NPC dialogue in a mobile RPG, Japanese and English · player
//   messages are personal data under APPI, processing in Japan preferred · 40M replies a month ×
//   (900 in, 120 out), under a second each · a small infra team, no ML experience · ¥4,000,000 a month.
// - Cologne health and property insurer: German claim-file summaries for claims handlers · health
//   data under GDPR and BaFin rules, kept in its own data centre · 8 H100 80GB owned, an experienced
//   ML platform team · 60,000 claims a month × (15,000 in, 700 out).
// - US K-12 edtech: essay feedback for students in grades 6–12 · COPPA and FERPA, the vendor must not
//   train on or keep student data · 1.2M students × 8 essays a month × (1,800 in, 600 out) · two
//   backend engineers, no ML team · $25,000 a month.
export const TOKYO_GAME_STUDIO =
  "Konnichiwa! We're a game studio in Tokyo (about 120 people). We want NPC dialogue in our mobile RPG generated live: characters answer what players type, in Japanese and English. About 1.5 million players a month, around 40 million NPC replies a month, each about 900 tokens in and 120 out. Replies must come back in under a second. Player messages are personal data under APPI, and we'd prefer to keep processing in Japan. We have a small infra team but no ML experience. Budget about ¥4,000,000 a month.";
export const KOELN_INSURER_ON_PREM =
  "We're a health and property insurer in Cologne. We want to summarise incoming claim files (letters, medical reports, invoices) in German for our claims handlers. Around 60,000 claims a month, each about 15,000 tokens in and 700 out. The data is health data under GDPR and BaFin rules and must stay in our own data centre: we run 8 H100 80GB GPUs on premises and have an experienced ML platform team.";
export const US_K12_WRITING =
  "We're a US K-12 edtech company. Our writing app gives students in grades 6 to 12 feedback on their essays. About 1.2 million students use it, each submitting around 8 essays a month, roughly 1,800 tokens in and 600 out per essay. Student data is covered by COPPA and FERPA: the vendor must not train on it or keep it. Budget $25,000 a month. Two backend engineers, no ML team.";

/** Every team's first message, by a short name for test titles. */
export const TWENTYTHIRD_ROUND_TEAMS = {
  "Tokyo game studio": TOKYO_GAME_STUDIO,
  "Cologne insurer, on-prem": KOELN_INSURER_ON_PREM,
  "US K-12 edtech": US_K12_WRITING,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYTHIRD_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYTHIRD_ROUND_TEAMS, readonly string[]> = {
  "Tokyo game studio": [
    "we're on AWS",
    "what if data must stay in Japan?",
    "why not gemini 2.5 flash-lite?",
    "what does the top pick cost per reply?",
  ],
  "Cologne insurer, on-prem": [
    "how many GPUs does the top pick need?",
    "why not llama 3.3 70b?",
    "what if we only use models from European labs?",
  ],
  "US K-12 edtech": ["why not claude haiku 4.5?", "what if students double next year?", "what if cost matters most?"],
};
