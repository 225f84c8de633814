// An exclusion asked as a what-if ("what if no Chinese models?") rules out what it names, as
// "without Chinese models" always did: "if" before a negation cue is a condition ("if not, use an
// API"), but "what if" before it is the change asked about (negation.ts).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { labCountry } from "../../src/catalog/labs.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { parseWhatIf } from "../../src/intents/what-if-text.js";
import { chat, textOf } from "./recommend-helpers.js";
import { rowsOf } from "./recommend-scenarios-checks.js";

const catalog = readCatalog();
const FIRST = "recommend a model for a customer support chatbot, 2M tokens a month, API is fine";

describe("an exclusion said as a what-if", () => {
  it.each<[string, { countries?: string[]; labs?: string[] }]>([
    ["what if no Chinese models?", { countries: ["CN"] }],
    ["what if no models from China", { countries: ["CN"] }],
    ["without Chinese models", { countries: ["CN"] }],
    ["what if we exclude Meta?", { labs: ["meta"] }],
    ["what if no Meta models?", { labs: ["meta"] }],
    ["what if nothing from Google or OpenAI?", { labs: ["google", "openai"] }],
  ])("%s", (said, exclude) => {
    const change = parseWhatIf(said, parseRequirements(FIRST, catalog), catalog);
    expect(change.patch.exclude?.countries ?? []).toEqual(exclude.countries ?? []);
    expect([...(change.patch.exclude?.labs ?? [])].sort()).toEqual(exclude.labs ?? []);
  });

  it("a condition after a bare 'if' still rules nothing out", () => {
    expect(parseRequirements("if no GPU is free we'd use an API", catalog).deployment).toBe("any-api");
  });

  it("in a thread: 'what if no Chinese models?' reranks without them and says so", () => {
    const c = chat(catalog);
    c.say(FIRST);
    const answer = c.say("what if no Chinese models?");
    const reply = textOf(answer);
    expect(reply).not.toMatch(/couldn't tell which requirement/);
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
    expect(reply).toMatch(/excluding models from Chinese labs/);
    const rows = rowsOf(answer);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(labCountry(catalog, catalog.modelById.get(row.id)!), row.id).not.toBe("CN");
  });
});
