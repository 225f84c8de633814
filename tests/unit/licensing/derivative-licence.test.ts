// Publishing a derivative under a licence of the team's choosing ("can we publish a Gemma 3
// finetune under apache 2.0?"): a licence whose terms must be passed on to every recipient travels
// with the derivative, so the answer is no, with that licence's own clause quoted; a permissive
// OSI licence leaves the team's changes to the team; the model's own licence is always fine.
// Over every licence of the real catalogue, and through the advisor in varied wording.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { derivativeLicenceIn } from "../../../src/intents/derivative-licence-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { licenseVerdict } from "../../../src/licensing/verdict.js";
import { chat } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const withWeights = catalog.models.filter((m) => m.openWeights && catalog.licenseById.has(m.licenseId));

describe("reading the licence a derivative is to be published under", () => {
  const cases: [string, string | undefined][] = [
    ["can we publish a gemma 3 finetune under apache 2.0?", "Apache-2.0"],
    ["we'd release our fine-tuned llama as MIT", "MIT"],
    ["can we relicense the qwen fine-tune under our own license?", "your own terms"],
    ["ok to ship our merged weights under a proprietary licence?", "your own terms"],
    ["can we put it out under apache-2.0 on huggingface", "Apache-2.0"],
    ["distribute the quantized model with a gpl-3.0 licence?", "GPL"],
    // A fact about the model, not a derivative to publish.
    ["is mistral 7b under apache 2.0?", undefined],
    ["which models are licensed under mit?", undefined],
    ["we publish results as mitigation reports", undefined],
  ];
  for (const [text, expected] of cases)
    it(`'${text}' -> ${String(expected)}`, () => expect(derivativeLicenceIn(text)).toBe(expected));

  it("publishing under a licence is distributing the weights", () => {
    expect(parseTeamFacts("can we publish a Gemma 3 finetune under apache 2.0?")).toMatchObject({
      derivativeLicence: "Apache-2.0",
      distributeWeights: true,
    });
  });
});

describe("the verdict on a derivative under another licence, for every catalogue licence", () => {
  for (const target of ["Apache-2.0", "MIT", "your own terms"]) {
    it(`under ${target}: blocked where the terms travel with the derivative, quoting the catalogue's clause`, () => {
      for (const model of withWeights) {
        const license = catalog.licenseById.get(model.licenseId)!;
        const v = licenseVerdict(model, license, { derivativeLicence: target, distributeWeights: true });
        const own =
          license.spdx !== null && license.spdx !== undefined && license.spdx.toLowerCase() === target.toLowerCase();
        if (license.terms.redistribution === "no" || license.terms.redistribution === "not-applicable") {
          expect(v.verdict, model.id).toBe("blocked");
        } else if (own) {
          expect(v.reasons.join(" "), model.id).toMatch(/it is the licence .* itself is under/);
        } else if (license.terms.passThrough) {
          expect(v.verdict, model.id).toBe("blocked");
          expect(v.reasons.join(" "), model.id).toMatch(new RegExp(`cannot be published under ${target} alone`));
          // Whatever the licence's text we hold says about distribution is quoted beside it.
          if (license.clauses.some((c) => c.topic === "redistribution"))
            expect(
              v.clauses.some((c) => c.topic === "redistribution"),
              model.id,
            ).toBe(true);
        } else if (license.kind !== "osi-open-source" || license.terms.acceptableUsePolicy) {
          expect(v.verdict, model.id).not.toBe("allowed");
        }
      }
    });
  }
});

describe("asked in the chat", () => {
  for (const text of [
    "can we publish a Gemma 3 finetune under apache 2.0?",
    "can we release our fine-tuned gemma 3 12b as MIT?",
    "we want to relicense a gemma 3 4b fine-tune under our own license, ok?",
  ])
    it(`'${text}' says no: the derivative carries the Gemma terms`, () => {
      const reply = chat(catalog).say(text);
      expect(reply.data?.intent).toBe("license");
      const verdicts = (reply.data?.verdicts ?? []) as { modelId: string; verdict: string; licenseId: string }[];
      expect(verdicts.length).toBeGreaterThan(0);
      for (const v of verdicts) {
        expect(v.licenseId).toBe("gemma");
        expect(v.verdict).toBe("blocked");
      }
      expect(reply.fallbackText).toMatch(/Gemma Terms of Use travels with the model/);
      expect(reply.fallbackText).toMatch(/You must include the use restrictions referenced in Section 3\.2/);
    });

  it("an Apache-2.0 model's fine-tune under Apache-2.0 or MIT is allowed, with its notices", () => {
    for (const text of [
      "can we publish a mistral 7b fine-tune under apache 2.0?",
      "can we release our qwen3 8b finetune as MIT?",
    ]) {
      const reply = chat(catalog).say(text);
      const verdicts = (reply.data?.verdicts ?? []) as { verdict: string }[];
      expect(verdicts.map((v) => v.verdict)).toEqual(["allowed"]);
    }
  });
});
