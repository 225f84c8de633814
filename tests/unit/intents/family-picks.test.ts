// "the mini one" after GPT-5, "the flash one" among Gemini 2.5 Pro/Flash/Flash-Lite: a model
// picked by the word that sets it apart from the models in mind (issue 10 item 7). Checked over
// every family of the real catalogue, not a few names.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { nameTokens } from "../../../src/catalog/normalize.js";
import { parseChoiceReply } from "../../../src/conversation/choice-reply.js";
import { understand } from "../../../src/intents/understand.js";
import type { Intent } from "../../../src/intents/types.js";

const catalog = readCatalog();
const tokensOf = (id: string) => new Set(nameTokens(catalog.modelById.get(id)?.name ?? ""));

/** Pairs (base, sibling) of one family whose names differ by exactly one extra word ("GPT-5" -> "GPT-5 mini"). */
function oneWordSiblings(): { base: string; sibling: string; word: string }[] {
  const out: { base: string; sibling: string; word: string }[] = [];
  for (const base of catalog.models) {
    const b = tokensOf(base.id);
    for (const m of catalog.models) {
      if (m.family !== base.family || m.id === base.id) continue;
      const t = tokensOf(m.id);
      const extra = [...t].filter((x) => !b.has(x));
      const word = extra[0];
      if (extra.length !== 1 || word === undefined || !/^[a-z]{3,}$/.test(word) || ![...b].every((x) => t.has(x)))
        continue;
      // Another sibling the word fits as well (same count of extra tokens) makes it a real question.
      const rivals = catalog.models.filter(
        (o) => o.family === base.family && o.id !== base.id && o.id !== m.id && tokensOf(o.id).has(word),
      );
      const tied = rivals.some((o) => [...tokensOf(o.id)].filter((x) => !b.has(x) && x !== word).length === 0);
      if (!tied) out.push({ base: base.id, sibling: m.id, word });
    }
  }
  return out;
}

const after = (base: string, text: string): Intent =>
  understand(text, {
    catalog,
    session: {
      focus: [base],
      lastList: [],
      flow: null,
      requirements: {},
      lastIntent: { kind: "price", modelIds: [base] },
    },
  });

describe("a sibling picked by its distinguishing word", () => {
  const pairs = oneWordSiblings();

  it("the catalogue has such families to try", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
  });

  it("'the <word> one' after a model asks the last question of its sibling", () => {
    for (const { base, sibling, word } of pairs) {
      for (const text of [`the ${word} one`, `and the ${word}?`, `what about the ${word} version?`]) {
        const intent = after(base, text);
        expect({ base, text, kind: intent.kind, ids: "modelIds" in intent ? intent.modelIds : [] }).toEqual({
          base,
          text,
          kind: "price",
          ids: [sibling],
        });
      }
    }
  });

  it("words that set no sibling apart pick nothing", () => {
    for (const text of ["the other one", "the cheaper one", "thanks", "the latest one"]) {
      const intent = after("gpt-5", text);
      expect("modelIds" in intent ? intent.modelIds : []).not.toContain("gpt-5-mini");
    }
  });

  it("a reply to 'which one did you mean?' picks by the word that sets a choice apart, and a tie stays open", () => {
    const gemini = ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-lite"];
    expect(parseChoiceReply("the flash one", gemini, catalog)).toBe(1);
    expect(parseChoiceReply("flash lite", gemini, catalog)).toBe(2);
    expect(parseChoiceReply("the pro", gemini, catalog)).toBe(0);
    const minis = ["gpt-4o-mini", "gpt-4.1-mini", "gpt-5-mini"];
    expect(parseChoiceReply("the mini one", minis, catalog)).toBeNull();
    expect(parseChoiceReply("the 4o one", minis, catalog)).toBe(0);
  });
});
