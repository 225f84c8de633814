// Readers that several parsers ask of the same text in one message (past experience, ops capacity,
// commercial use, the currency of the team's country, negated scopes) keep their answer for the
// message: asked again, they run no pattern, and a new message reads afresh. Counted by watching
// RegExp.prototype.exec, which every test, match, search and replace goes through once it is
// watched (less the runs the watching itself makes, counted around a reader that reads nothing).
import { describe, expect, it, vi } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { signsOfTheTeamsCountry } from "../../../src/intents/currency-of-country.js";
import { negatedScopes } from "../../../src/intents/negation.js";
import { opsCapacityIn } from "../../../src/intents/ops-capacity.js";
import { pastExperienceScopes, withoutExperience } from "../../../src/intents/past-experience-text.js";
import { commercialUseIn } from "../../../src/intents/team-facts.js";
import { startMessage } from "../../../src/per-message-memo.js";

const catalog = readCatalog();
const TEXT =
  "we're a broadcaster in oslo; our 3 ml engineers have fine-tuned llama 3 8b last year, we know kubernetes. " +
  "no chinese models. it goes in our paid app, budget kr 200 000 a month";

function watchedRuns(read: () => unknown): number {
  const exec = vi.spyOn(RegExp.prototype, "exec");
  try {
    read();
    return exec.mock.calls.length;
  } finally {
    exec.mockRestore();
  }
}
const patternRuns = (read: () => unknown) => watchedRuns(read) - watchedRuns(() => undefined);

const READERS: [string, () => unknown][] = [
  ["withoutExperience", () => withoutExperience(TEXT)],
  ["pastExperienceScopes", () => pastExperienceScopes(TEXT)],
  ["opsCapacityIn", () => opsCapacityIn(TEXT)],
  ["commercialUseIn", () => commercialUseIn(TEXT)],
  ["signsOfTheTeamsCountry", () => signsOfTheTeamsCountry(TEXT)],
  ["negatedScopes", () => negatedScopes(TEXT, catalog)],
];

describe("readers kept for one message", () => {
  it.each(READERS)("%s reads a text once per message, and again in the next", (_name, read) => {
    startMessage();
    const first = read();
    expect(patternRuns(read)).toBe(0);
    expect(read()).toEqual(first);
    startMessage();
    expect(patternRuns(read)).toBeGreaterThan(0);
    expect(read()).toEqual(first);
  });

  it("gives each caller its own negated scopes", () => {
    startMessage();
    const scopes = negatedScopes(TEXT, catalog);
    expect(scopes.length).toBeGreaterThan(0);
    scopes[0]!.start = -1;
    scopes.push({ start: 0, end: 0 });
    expect(negatedScopes(TEXT, catalog)).not.toEqual(scopes);
  });

  it("keeps negated scopes apart per catalogue (its lab names end a scope)", () => {
    startMessage();
    const text = "no meta, mistral or google models for our chatbot";
    expect(negatedScopes(text)).toEqual(negatedScopes(text));
    expect(negatedScopes(text, catalog)).toEqual(negatedScopes(text, catalog));
  });
});
