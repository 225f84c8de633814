// The team's GPUs named again without a count: "will llama 3.1 8b fit on our A10s?" in a thread
// that said "a server with 4x NVIDIA A10" is a question about those 4, and the thread keeps
// owning 4 (it once answered "fit your 100000× NVIDIA A10G … 2160000 GB usable on 100000" and
// then owned "A10s, as many as needed"). With no count said anywhere, the fit answer says what one
// replica needs and asks for the count: the stand-in count for "as many as needed" is never shown.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { OWNED_AS_NEEDED } from "../../src/costs/owned-gpus.js";
import { chat, textOf } from "./recommend-helpers.js";
import { NAIROBI_TELCO } from "../scenarios/eleventh-round-teams.js";

const catalog = readCatalog();

const CARDS: { said: string; again: string; name: RegExp }[] = [
  { said: "NVIDIA A10", again: "A10s", name: /A10G/ },
  { said: "L40S", again: "L40S cards", name: /L40S/ },
  { said: "H100", again: "H100s", name: /H100/ },
  { said: "A100 80GB", again: "A100s", name: /A100/ },
];
const MODELS = ["llama 3.1 8b", "qwen3 32b", "gemma 3 27b", "llama 3.3 70b"];
const OPENINGS = [
  (n: number, card: string) => `We run our own data centre and have a server with ${n}x ${card} we can use.`,
  (n: number, card: string) => `we're a small lab and own ${n}x ${card}.`,
  (n: number, card: string) => `we own ${n} ${card}.`,
];
const ASKS = [
  (model: string, gpus: string) => `will ${model} fit on our ${gpus}?`,
  (model: string, gpus: string) => `can we run ${model} on our ${gpus}?`,
  (model: string, gpus: string) => `what would ${model} cost on our ${gpus}?`,
];

/** The stand-in count, in any of the ways a number is written back. */
const SENTINEL = new RegExp(`\\b(?:${OWNED_AS_NEEDED}|${OWNED_AS_NEEDED.toLocaleString("en-US")})\\b`);

describe("GPUs named again without a count keep the thread's count", () => {
  it("over openings × cards × counts × models × questions: the fit is on the count said, which the thread keeps", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...CARDS),
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(...MODELS),
        fc.constantFrom(...ASKS),
        (opening, card, n, model, ask) => {
          const c = chat(catalog);
          c.say(opening(n, card.said));
          expect(c.session.requirements.ownedGpus?.count).toBe(n);
          const said = textOf(c.say(ask(model, card.again)));
          expect(said).not.toMatch(SENTINEL);
          expect(said).not.toMatch(/as many as needed/);
          const fit = said.split("\n").find((l) => l.startsWith("**Does "));
          if (fit) expect(fit).toMatch(new RegExp(`fit your ${n}× `));
          expect(c.session.requirements.ownedGpus?.count ?? n).toBe(n);
          const kept = c.session.assumptions?.ownedGpuCount;
          if (kept !== undefined) expect(kept).toBe(n);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("no count said anywhere: the fit answer says what one replica needs and asks how many, never the stand-in", () => {
    for (const card of CARDS)
      for (const model of MODELS) {
        const said = textOf(chat(catalog).say(`will ${model} fit on our ${card.again}?`));
        expect(said).not.toMatch(SENTINEL);
        const fit = said.split("\n").find((l) => l.startsWith("**Does "));
        expect(fit, said).toMatch(card.name);
        expect(fit).toMatch(/One replica needs \d+ GPUs? at [A-Z0-9]+ \([\d.]+ GB weights/);
        expect(fit).toMatch(/You have not said how many you have/);
      }
  });

  it("Nairobi telco: its 4 A10s are read, the fit question is on those 4, and the thread still owns 4 after a what-if", () => {
    const c = chat(catalog);
    expect(textOf(c.say(NAIROBI_TELCO))).toMatch(/Noted:.*you own 4 A10/);
    const fit = textOf(c.say("will llama 3.1 8b fit on our A10s?"));
    expect(fit).toMatch(/\*\*Does Llama 3\.1 8B fit your 4× NVIDIA A10G[^*]*\?\*\* Yes: /);
    expect(fit).not.toMatch(SENTINEL);
    const grown = textOf(c.say("what if we grow to 10M messages a month?"));
    expect(grown).toMatch(/Based on:.*you own 4 A10\b/);
    expect(grown).not.toMatch(/as many as needed/);
    // Every self-hosted pick runs on the 4 owned A10Gs, with any more bought, never rented.
    for (const line of grown.split("\n").filter((l) => / self-hosted, always on /.test(l))) {
      expect(line).toMatch(/NVIDIA A10G/);
      expect(line).toMatch(/(?:all|4) yours at/);
      expect(line).not.toMatch(/rented at/);
    }
  });
});
