// The flow's use-case question offers every use case the ranking knows (generated from
// USE_CASES), and each option, picked by its label or by its number, sets that use case.
import { describe, expect, it } from "vitest";
import { USE_CASE_LABELS, USE_CASES } from "../../src/scoring/requirements.js";
import { chat, choicesOf, stepOf } from "./recommend-helpers.js";

function atUseCaseQuestion() {
  const c = chat();
  const reply = c.say("help me choose a model");
  expect(stepOf(reply)).toBe("use-case");
  return { c, options: choicesOf(reply) };
}

describe("the use-case question", () => {
  it("offers one option per use case, in the list's order", () => {
    const labels = atUseCaseQuestion().options.map((o) => o.label.toLowerCase());
    expect(labels.slice(0, USE_CASES.length)).toEqual(USE_CASES.map((u) => USE_CASE_LABELS[u].toLowerCase()));
  });

  USE_CASES.forEach((useCase, i) => {
    it(`'${USE_CASE_LABELS[useCase]}' typed, or its number, sets ${useCase}`, () => {
      const typed = atUseCaseQuestion().c;
      typed.say(USE_CASE_LABELS[useCase]);
      expect(typed.session.requirements.useCase).toBe(useCase);
      const numbered = atUseCaseQuestion().c;
      numbered.say(String(i + 1));
      expect(numbered.session.requirements.useCase).toBe(useCase);
    });
  });
});
