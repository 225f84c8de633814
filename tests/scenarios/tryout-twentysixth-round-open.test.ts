// What the twenty-sixth tryout round found open, one todo per finding: the message as the team sent
// it (twentysixth-round-teams.ts), what came back on tryoutsix's branch (`node dist/cli.js chat`,
// piped), and what an ML lead expects. How the lead read each shortlist: tryout-twentysixth-round.test.ts.
import { describe, it } from "vitest";

describe("open findings of the twenty-sixth tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it.todo(
      "Iowa community bank: 'our regulators expect a signed agreement with the provider' is not said back at all; a lead expects it read as a contract requirement (the AWS agreement covers Bedrock) and said back, as a BAA is for a health team",
    );
    it.todo(
      "Casablanca shop: '5,000 dirhams a month' is read as Moroccan dirhams since words46 (tryout-twentysixth-round.test.ts), but no MAD rate is on file (the ECB publishes none), so it is 'not applied'; a lead expects it applied (about $500 a month) from a sourced rate (Bank Al-Maghrib's published reference rates), and with no budget applied #3 is Gemini 2.5 Pro at $641 a month, likely over it",
    );
  });

  describe("answers: what the team gets", () => {
    it.todo(
      "Iowa community bank: the scanned pages are billed as 500 words a page of text, not as the image tokens a page costs a vision model; a lead expects images billed as image tokens (the Bedrock picks' costs are worked out line by line since wordsfortyseven, which stopped ruling AWS out)",
    );
  });
});
