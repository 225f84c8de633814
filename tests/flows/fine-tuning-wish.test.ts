// A wish to fine-tune rules no model out, in a first message and in a what-if: the São Paulo
// fintech ("We'd like to fine-tune later on our own support transcripts") had every closed model
// whose maker offers no tuning ruled out as if its licence blocked the team's use.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const JOB = "Customer support chatbot for card bills, about 2M messages a month, commercial product.";
const excludedOf = (r: { data?: unknown }) =>
  ((r.data as { excluded?: { id: string; reason: string }[] })?.excluded ?? []) as { id: string; reason: string }[];
const tuningBlocked = (r: { data?: unknown }) =>
  excludedOf(r).filter((e) => /Fine-tuning .* is not possible/.test(e.reason));

describe("fine-tuning wished for, not needed", () => {
  it("a first message's wish keeps closed models and says the wish back", () => {
    const needed = chat(catalog).say(`${JOB} We will fine-tune it on our own transcripts.`);
    const wished = chat(catalog).say(`${JOB} We'd like to fine-tune later on our own transcripts.`);
    // The need rules out closed models that cannot be tuned; the wish rules none out for it.
    expect(tuningBlocked(needed).length).toBeGreaterThan(0);
    expect(tuningBlocked(wished)).toEqual([]);
    expect(textOf(wished)).toContain("fine-tuning wanted, not required");
    expect(textOf(wished)).toContain("customization ×1.5 (fine-tuning wanted, not required)");
  });

  it("'what if fine-tuning is only nice to have?' lifts the rule in the thread", () => {
    const c = chat(catalog);
    const first = c.say(`${JOB} We will fine-tune it on our own transcripts.`);
    expect(tuningBlocked(first).length).toBeGreaterThan(0);
    const after = c.say("what if fine-tuning is only nice to have?");
    expect(c.session.requirements.fineTuning).toBeUndefined();
    expect(c.session.requirements.fineTuningWanted).toBe(true);
    expect(tuningBlocked(after)).toEqual([]);
    // The questionnaire does not ask about fine-tuning again.
    expect(textOf(c.say("refine"))).not.toContain("Will you fine-tune");
  });
});
