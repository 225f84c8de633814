// Names that look like models but are none in the catalogue, and ordinary words that must not.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { modelLikeName } from "../../../src/intents/model-like-name.js";

const catalog = readCatalog();

describe("modelLikeName", () => {
  it.each([
    ["watch quasar-llm for me", "quasar-llm"],
    ["info on nebula-chat 2", "nebula-chat 2"],
    ["is MegaBrain 3 any good for coding?", "MegaBrain 3"],
    ["license for brainwave-40b", "brainwave-40b"],
    ["compare gpt-4o mini and zephyrus-llm", "zephyrus-llm"],
  ])("%j names %j", (text, name) => {
    expect(modelLikeName(text, catalog, true)).toBe(name);
  });

  it.each([
    "we self-host on-prem and fine-tune weekly",
    "our DevOps team uses GitHub",
    "paid SaaS, commercial licence required",
    "compare gpt-4o and claude-sonnet-4.5",
    // Ranks counted with a number are no model names.
    "Tier-2 defence supplier, RAG over specs",
    "a phase-3 trial and level-2 support",
  ])("no strict name in %j", (text) => {
    expect(modelLikeName(text, catalog, true)).toBeNull();
  });

  it("a CamelCase word alone counts only in the loose set, for questions already about a model", () => {
    expect(modelLikeName("tell me about OmegaCoder", catalog, true)).toBeNull();
    expect(modelLikeName("tell me about OmegaCoder", catalog, false)).toBe("OmegaCoder");
  });
});
