// What the twenty-first tryout round found open, one todo per finding: the message as the team sent
// it (twentyfirst-round-teams.ts), what came back on rank20's branch (`npx tsx adapters/main.ts`,
// piped), and what an ML lead expects.
//
// How a sceptical ML lead read them: the Norwegian municipality, signed (Gemma 3 27B / Mistral Small
// 3.2 / Gemma 3 12B on two bought L40S within NOK 40,000, no-ops cost said, no Norwegian rating said);
// the Antofagasta miner, with reservations (open weights self-hosted within $30,000, but not on the
// H200s it said it rents, and its 4× night peak priced as 3×); the Indonesian marketplace, signed with
// reservations (Bedrock's Jakarta region first, unchecked hosts said; Qwen3-VL said to be a vision model
// on its text rating, rank20). Fixed in the round (rank20): 'is gemma free for us?' priced Gemma via a
// host with no record of processing in Indonesia as if allowed (free-licence-running-cost.test.ts).
// Fixed after it (words36, tryout-twentyfirst-round.test.ts): the 60,000 residents read as monthly
// users, the 4× night peak not read.
import { describe, it } from "vitest";

describe("open findings of the twenty-first tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it.todo(
      "Antofagasta miner: 'classify safety incident reports and summarise shift handovers' is summarisation only; the classification half is not weighed (as the twentieth round's Munich clause flagging) (rechecked on todosweepmid: 'Noted: summarisation · open-weights models only · …', the classification not weighed)",
    );
  });

  describe("thread: what-ifs and questions in the thread", () => {
    it.todo(
      "Indonesian seller support: 'what if we can also use Singapore?' is \"I couldn't tell which requirement to change\"; a lead expects the residency widened to Indonesia or Singapore and the hosts there checked (rechecked on todosweepmid: still \"I couldn't tell which requirement to change\")",
    );
  });
});
