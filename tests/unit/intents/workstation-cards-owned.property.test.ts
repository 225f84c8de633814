// NVIDIA's workstation cards, which teams keep in their own servers (fifteenth round): Osaka's
// '社内にNVIDIA RTX 6000 Ada（48GB）を2枚積んだサーバーがあります' ('we have our own server with 2x
// NVIDIA RTX 6000 Ada (48GB)') was no owned hardware at all, so the answer never said the team's
// two cards back. The card is read whole (the Ada card is not the older Quadro RTX 6000, nor the
// RTX A6000), in English and Japanese, and a card's model number is never a count of things ('our
// 2 RTX 4090 run the model … 10M tokens a month' is not 4,090 runs). While the GPU data holds no
// specifications for such a card, the shortlist says so instead of sizing silently on other GPUs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveGpu } from "../../../src/costs/self-host.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();

const CARDS = [
  { said: "NVIDIA RTX 6000 Ada (48GB)", type: "rtx 6000 ada" },
  { said: "RTX 6000 Ada Generation", type: "rtx 6000 ada" },
  { said: "RTX A6000 (48 GB each)", type: "rtx a6000" },
  { said: "nvidia rtx a5000", type: "rtx a5000" },
  { said: "RTX PRO 6000 Blackwell", type: "rtx pro 6000 blackwell" },
];

describe("workstation cards the team owns", () => {
  it("'we have our own server with N× <card>', 'we bought …', 'N <card> we own': N of that card, in English", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CARDS),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(
          "We have our own server with {n}x {card}.",
          "We bought a workstation with {n}x {card}.",
          "We own {n} {card}.",
          "On-prem, {n}x {card} in our data center.",
          "{n} {card} that we already own.",
        ),
        (card, n, form) => {
          const text = `${form.replace("{n}", String(n)).replace("{card}", card.said)} Which model for summarising defect reports?`;
          expect(parseRequirements(text).ownedGpus, text).toEqual({ type: card.type, count: n });
        },
      ),
      { numRuns: 120 },
    );
  });

  it("'社内に<card>を N 枚積んだサーバーがあります' in Japanese, full-width brackets or not", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CARDS.filter((c) => !/each/.test(c.said))),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom("枚積んだ", "枚搭載した", "枚挿した"),
        fc.boolean(),
        (card, n, verb, fullWidth) => {
          const named = fullWidth ? card.said.replace("(", "（").replace(")", "）") : card.said;
          const text = `報告書を要約したいです。社内に${named}を${n}${verb}サーバーがあります。`;
          expect(parseRequirements(text).ownedGpus, text).toEqual({ type: card.type, count: n });
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a card's model number is no count of things beside a volume", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("RTX 4090", "RTX 6000 Ada", "RTX A6000", "GeForce RTX 3090", "RTX PRO 6000"),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom("run the model", "serve it", "handle the load"),
        fc.constantFrom(5, 10, 40),
        (card, n, verb, millions) => {
          const text = `our ${n} ${card} ${verb}, what's best for chat at ${millions}M tokens a month?`;
          const v = parseVolume(text);
          expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0), text).toBe(millions * 1e6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a card the GPU data holds no specifications for is said back, and the shortlist says its costs are not sized on it", () => {
    for (const card of CARDS.filter((c) => resolveGpu(catalog.selfhost, c.type) === undefined)) {
      const c = chat(catalog);
      const text = textOf(
        c.say(
          `No cloud. We summarise 20,000 reports a month, 3,000 tokens in and 400 out each. We have our own server with 2x ${card.said}.`,
        ),
      );
      expect(c.session.requirements.ownedGpus?.count, card.said).toBe(2);
      expect(text, card.said).toMatch(/you own 2 RTX/);
      expect(text, card.said).toMatch(/we hold no specifications for your 2× RTX/);
      expect(text, card.said).not.toMatch(/NVIDIA H100 SXM5 \(fp8; 1 replica/);
    }
  });
});
