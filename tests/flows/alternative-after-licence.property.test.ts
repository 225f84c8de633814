// An alternative asked for after a licence verdict (thirteenth tryout round, the one-shot question
// from Munich): after 'Blocked: Llama 4 Scout' for a company established in the EU, 'which
// open-weights vision model can we use instead?' gave 'open-weights models only' and DeepSeek-V3.2
// / GLM-4.5 (text only) as #1/#2: the vision need was not read and the EU fact the licence question
// stated was dropped. Over generated teams (places in and outside the EU × multimodal Llama
// models × ways to ask for a vision model instead): every top-3 pick takes images and has open
// weights, the team's place is kept (said back as from earlier in the thread), and for an EU
// company no Llama multimodal model, whose licence withholds its rights there, is in the top 3.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const PLACES = [
  { said: "headquartered in Munich", inEu: true },
  { said: "based in Lyon, France", inEu: true },
  { said: "a Dutch company in Utrecht", inEu: true },
  { said: "based in Milan", inEu: true },
  { said: "based in Toronto", inEu: false },
  { said: "headquartered in Austin, Texas", inEu: false },
];
const LLAMAS = ["Llama 4 Scout", "Llama 4 Maverick", "Llama 3.2 11B Vision", "Llama 3.2 90B Vision"];
const INSTEAD = [
  "which open-weights vision model can we use instead?",
  "which open vision model should we use instead?",
  "ok, recommend an open-weights vision-language model instead",
  "so which open model has vision, then?",
];
// Meta's multimodal Llama models: the licence clause that blocks them for EU companies.
const LLAMA_MULTIMODAL = catalog.models.filter((m) => m.lab === "Meta" && m.inputModalities.includes("image"));

beforeAll(() => void chat(catalog).say(INSTEAD[0]!), 120_000);

describe("a vision model asked for instead, after a licence verdict", () => {
  it("keeps images as a need and the team's place from the licence question", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.constantFrom(...LLAMAS),
        fc.constantFrom(...INSTEAD),
        (place, llama, instead) => {
          const c = chat(catalog);
          c.say(
            `We're a software company ${place.said}. Can we use ${llama}'s image understanding in a commercial product we sell?`,
          );
          const reply = c.say(instead);
          const t = textOf(reply);
          expect(reply.data?.intent, instead).toBe("recommend");
          expect(t, instead).toMatch(/Noted: [^\n]*the model reads images/);
          if (place.inEu) expect(t, instead).toMatch(/From earlier in this thread: [^\n]*EU-based team/);
          else expect(t, instead).not.toMatch(/EU-based team/);
          // "recommend … instead" may start the guided questions (what the model will do) first.
          if (/Question 1 of/.test(t)) return;
          expect(c.session.requirements.imageInput, instead).toBe(true);
          expect(c.session.requirements.inEu === true, `${place.said}: ${instead}`).toBe(place.inEu);
          const top = c.session.lastList.slice(0, 3);
          expect(top.length, instead).toBeGreaterThan(0);
          for (const id of top) {
            const m = catalog.modelById.get(id)!;
            expect(m.inputModalities, id).toContain("image");
            expect(m.openWeights, id).toBe(true);
            if (place.inEu)
              expect(
                LLAMA_MULTIMODAL.map((x) => x.id),
                id,
              ).not.toContain(id);
          }
        },
      ),
      { numRuns: 25, seed: 1315 },
    );
  });
});
