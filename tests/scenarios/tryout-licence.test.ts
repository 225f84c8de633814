// Licence answers from the tryout: every verdict, including a plain "allowed" where nothing the team
// said touches a restricted term, quotes the licence text it rests on and names that source with
// its date, for every licence record that has a quote on file.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { clauseSpeaksFor } from "../../src/licensing/checkpoint.js";
import type { Block } from "../../src/ports.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

/** One current model per licence with at least one quoted clause that speaks for that model. */
const CASES = catalog.licenses.flatMap((l) => {
  const m = catalog.models.find(
    (x) => x.licenseId === l.id && x.kind === "model" && l.clauses.some((c) => clauseSpeaksFor(c, x)),
  );
  return m ? [{ licence: l.id, model: m.name }] : [];
});

const QUESTIONS = (model: string) => [`can we use ${model}?`, `can we use ${model} as a company in Germany?`];

describe("licence verdicts quote and source their licence", () => {
  it("covers most licence records", () => expect(CASES.length).toBeGreaterThan(40));

  it.each(CASES)("$licence ($model)", ({ model }) => {
    for (const q of QUESTIONS(model)) {
      const c = chat(catalog);
      c.say(q);
      const reply = c.replies.find((r) => Array.isArray(r.data?.verdicts) && r.data.verdicts.length > 0);
      if (!reply) continue; // a name that fits several models is asked about first: nothing to check
      const text = textOf(reply);
      expect(text, q).toMatch(/\*\*The licence says\*\*\n- "/);
      const items = reply.blocks.flatMap((b: Block) => (b.kind === "sources" ? b.items : []));
      expect(items.length, q).toBeGreaterThan(0);
      for (const s of items) expect(s.asOf, `${q}: ${s.label}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("the Berlin legal-tech question gets Mistral Large 3's licence text, not only 'nothing is restricted'", () => {
    const c = chat(catalog);
    const reply = c.say("can we use Mistral Large 3 for privileged client documents as a company in Germany?");
    const text = textOf(reply);
    expect(text).toMatch(/^Allowed: Mistral Large 3/m);
    expect(text).toMatch(/The licence says[^]*Apache/);
  });
});
