import { describe, expect, it } from "vitest";
import { forbidsRetention, forbidsTraining } from "../../../src/intents/retention-text.js";

// A rule on what an API host may do with what the team sends, over who sends it (possessive or
// not) and what is sent.
describe("forbidsTraining: the team's data, said many ways", () => {
  const owners = ["our", "our clients'", "our customer's", "the users'", "our support", "any of our"];
  const things = ["data", "questions", "prompts", "notes", "call recordings", "tickets"];
  for (const owner of owners)
    for (const thing of things) {
      const text = `the vendor must not train on ${owner} ${thing}`;
      it(text, () => {
        expect(forbidsTraining(text)).toBe(true);
        expect(forbidsRetention(text)).toBe(false);
      });
    }

  it.each(["does mistral train on our questions?", "we train on our own notes every month"])(
    "a question or the team's own training is no rule: %s",
    (text) => expect(forbidsTraining(text)).toBe(false),
  );
});
