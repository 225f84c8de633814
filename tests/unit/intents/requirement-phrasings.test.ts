// Licence classes, EU residency and open weights as teams phrase them.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenceClassesIn } from "../../../src/intents/licence-classes.js";
import { openWeightsIn } from "../../../src/intents/open-weights-text.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { establishedInEu, needsEuResidency } from "../../../src/intents/residency-text.js";

const catalog = readCatalog();

describe("licence classes resolve to the catalogue's licences", () => {
  it("CC-BY-NC is the catalogue's CC-BY-NC licences only, not every non-commercial one", () => {
    const ccByNc = catalog.licenses.filter((l) => /\bcc-by-nc\b/i.test(l.name)).map((l) => l.id);
    expect(ccByNc).toContain("command-r");
    expect(licenceClassesIn("skip anything cc-by-nc licensed", catalog)).toEqual(ccByNc);
    expect(licenceClassesIn("no research-only licences", catalog).length).toBeGreaterThan(ccByNc.length);
  });

  it("non-commercial / research-only cover every weights licence that forbids commercial use", () => {
    const ids = licenceClassesIn("no research-only licences", catalog);
    expect(ids).toContain("qwen-research");
    for (const id of ids) expect(catalog.licenseById.get(id)?.terms.commercialUse, id).toBe("no");
    expect(ids).not.toContain("openai-terms");
    expect(licenceClassesIn("nothing non-commercial", catalog)).toEqual(ids);
  });

  it("without a catalogue the class word is kept", () => {
    expect(licenceClassesIn("nothing non-commercial")).toEqual(["non-commercial"]);
  });

  it("a team's own non-commercial use excludes nothing and is its use", () => {
    const r = parseRequirements("it's a non-commercial research project, chat bot", catalog);
    expect(r.exclude).toBeUndefined();
    expect(r.commercial).toBe(false);
    const sells = parseRequirements("nothing with a non-commercial licence please, we sell this", catalog);
    expect(sells.commercial).toBe(true);
    expect(sells.exclude?.licenses).toContain("command-r");
  });

  it("a family named by its terms or its research licence", () => {
    expect(parseRequirements("exclude everything under the gemma terms. chat app", catalog).exclude).toEqual({
      licenses: ["gemma"],
    });
    expect(parseRequirements("skip the qwen research license", catalog).exclude?.licenses).toEqual(["qwen-research"]);
  });
});

describe("EU data residency is where the data lives, not where the team is", () => {
  it.each([
    "client data is confidential, must stay in the eu",
    "what if the data has to stay inside the eu",
    "can we keep data in the eu with an api?",
    "all customer data has to remain inside the eu",
    "eu/eea hosting required",
    "processing must happen in eu data centres",
    "but with the data staying in the eu?",
  ])("%s", (t) => {
    expect(needsEuResidency(t)).toBe(true);
  });

  it.each(["we're a berlin startup", "our users are in the eu", "no eu residency needed"])("no residency: %s", (t) => {
    expect(needsEuResidency(t)).toBe(false);
  });

  it("a place said apart from the residency words is where the team is; GDPR is not", () => {
    expect(establishedInEu("we're in france, data can't leave the eu")).toBe(true);
    expect(establishedInEu("gdpr: processing must happen in eu data centres")).toBe(false);
  });
});

describe("open weights only", () => {
  const read = (t: string) => openWeightsIn(t, t);
  it.each([
    ["open weights only", true],
    ["weights we can download only", true],
    ["closed models are fine too", false],
    ["open or closed doesn't matter", false],
    ["it's public open source code", undefined],
  ] as const)("%s -> %s", (t, expected) => {
    expect(read(t)).toBe(expected);
  });

  it("a negated ask is read from the blanked text", () => {
    expect(openWeightsIn("               . chat", "no open models. chat")).toBeUndefined();
  });
});
