// What the twenty-seventh tryout round found open, one todo per finding, worst first in each group:
// the message as the team sent it (twentyseventh-round-teams.ts), what came back on tryoutseven's
// branch (`node dist/cli.js chat`, piped), and what an ML lead expects. How the lead read each
// shortlist: tryout-twentyseventh-round.test.ts.
import { describe, it } from "vitest";

describe("open findings of the twenty-seventh tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it.todo(
      "Finnish nuclear operator: 'a Finnish nuclear power company (two plants, about 900 engineers and operators) … About 300 engineers would ask' is said back as '900 monthly users' (even when the 300 × 20 volume is read, '300 engineers × 20 questions' beside '900 monthly users'); a lead expects the 300 who ask as users and the 900 as the organisation's headcount",
    );
    it.todo(
      "Colombo tour operator ('18 staff') and Almaty bank ('our team is 5 people incl 2 ML engineers'): read as 18 and 2 monthly users, and the Llama answer says '18 monthly active users is within the … 700M threshold'; the tourists (400 conversations a day, about 12,000 a month) are the bot's users, and the bank named no users of its summaries. Same root as round 26's '2 data people'; a lead expects staff and builders never counted as users",
    );
  });

  describe("answers: what the team gets", () => {
    it.todo(
      "Almaty bank: 'can we use Qwen commercially in a bank with 2.5M customers?' answers only Qwen3 32B, 30B-A3B, Next 80B-A3B and VL 30B-A3B (Apache 2.0) and names Qwen3-Max as the only other; the catalogue's Qwen2.5 72B (Qwen License, 100M-user threshold) and Qwen2.5 3B (Qwen Research, non-commercial) go unmentioned, and 'What you told me' says '2.5M monthly active users' while the shortlist said the 2.5M customers are not users. A lead expects every Qwen licence family in one answer (or 'ask about … separately', as the Llama answer does) and the users the thread holds",
    );
    it.todo(
      "Colombo tour operator: 'Our budget is 60,000 LKR per month maximum' is said back but not applied ('no sourced exchange rate for LKR'); with the volume read right (50.4M tokens a month) Claude Opus 4.5 would cost about $684 against a budget near $200. A lead expects the budget applied once a sourced LKR rate is held, and until then the answer to name which picks would be over it at a plausible rate",
    );
  });
});
