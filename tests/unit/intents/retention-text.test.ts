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

// words15: the Auckland trust's "should stay in Aotearoa New Zealand and not be used to train
// anyone's model" (the modal said once for both), the seventh round's law firm's "no training, zero
// retention", and the fifth round's "client data can't be used for training" (training only).
describe("forbidsTraining: a modal said once, a list beside retention, training only", () => {
  const modals = ["should", "must", "has to", "needs to"];
  const firsts = ["stay in New Zealand", "stay on our servers", "remain confidential"];
  for (const modal of modals)
    for (const first of firsts) {
      const text = `the content ${modal} ${first} and not be used to train anyone's model`;
      it(text, () => {
        expect(forbidsTraining(text)).toBe(true);
        expect(forbidsRetention(text)).toBe(false);
      });
    }

  it.each(["no training, 0 retention, us-only processing", "0 retention and no training please", "no training / zdr"])(
    "'%s' forbids both",
    (text) => {
      expect(forbidsTraining(text)).toBe(true);
      expect(forbidsRetention(text)).toBe(true);
    },
  );

  it.each(["client data can't be used for training", "our notes must not be used for training"])(
    "'%s' forbids training only, not retention",
    (text) => {
      expect(forbidsTraining(text)).toBe(true);
      expect(forbidsRetention(text)).toBe(false);
    },
  );

  it.each(["no training needed, just a chatbot", "we have no training budget"])("'%s' is no rule", (text) =>
    expect(forbidsTraining(text)).toBe(false),
  );
});
