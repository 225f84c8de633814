// An option said as a possibility or a preference sets no hard requirement: "we'd consider
// self-hosting if needed" keeps API models in the ranking, "open weights preferred but not
// required" keeps closed models; the same options said as rules still set them.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const req = (text: string) => parseRequirements(text, catalog);

describe("hedged options are not rules", () => {
  it.each([
    "we'd consider self-hosting in a Canadian colo if needed",
    "we might self host if it saves money",
    "we're open to self-hosting on rented GPUs",
    "self-hosting would be nice to have",
    "we already pay for 4 a100s, so self-hosting is an option",
    "self-hosting is also fine, our platform team runs kubernetes",
  ])("%s: no self-hosting rule", (text) => expect(req(text).selfHosted).toBeUndefined());

  it.each([
    "open weights preferred but not required",
    "open source would be a plus",
    "maybe open weights later",
    "we'd rather avoid meta, but open weights are fine otherwise",
  ])("%s: no open-weights filter", (text) => expect(req(text).openWeightsOnly).toBeUndefined());

  it.each([
    ["we self-host everything", { selfHosted: true }],
    ["we run our own models in-house", { selfHosted: true }],
    ["open weights only", { openWeightsOnly: true }],
    ["it must be open source", { openWeightsOnly: true }],
  ] as const)("%s: still a rule", (text, expected) => expect(req(text)).toMatchObject(expected));
});
