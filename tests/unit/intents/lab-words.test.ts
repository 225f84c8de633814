// Lab words: the catalogue's lab names are read from the catalogue, and the alias table holds only
// what a name cannot give, so the two never drift apart or repeat each other.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { labNameKeys } from "../../../src/catalog/lab-refs.js";
import { labIdOf } from "../../../src/catalog/labs.js";
import { LAB_ALIASES, labWords } from "../../../src/intents/lab-words.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const labs = [...(catalog.labByName?.values() ?? [])];

describe("lab words", () => {
  it("every alias belongs to a lab of the catalogue", () => {
    const ids = new Set(labs.map((l) => l.id));
    for (const id of Object.keys(LAB_ALIASES)) expect(ids, id).toContain(id);
  });

  it("no alias is a way of writing a name the catalogue already gives its lab", () => {
    for (const lab of labs) {
      const names = labNameKeys(lab.name).map((k) => new RegExp(`^${k.join(String.raw`[\s.-]?`)}$`));
      for (const alias of LAB_ALIASES[lab.id] ?? [])
        for (const name of names) expect(name.test(alias), `${lab.id}: ${alias}`).toBe(false);
    }
  });

  it("every lab of the catalogue has words, under the catalogue's id", () => {
    const ids = labWords(catalog).map((l) => l.id);
    expect(new Set(ids)).toEqual(new Set(labs.map((l) => l.id)));
  });

  it("the id rule without a labs table is the catalogue's own", () => {
    for (const lab of labs) expect(labIdOf(lab.name)).toBe(lab.id);
  });

  it.each([
    ["no models from Mistral AI or Anthropic, coding", ["mistral-ai", "anthropic"]],
    ["avoid 01.ai and z.ai, chat", ["01-ai", "zhipu-ai"]],
    ["nothing by hugging face, huggingface or eleuther", ["hugging-face", "eleutherai"]],
    ["chat bot, no Meta, Snowflake or Databricks", ["meta", "snowflake", "databricks"]],
  ])("%s excludes the labs named by catalogue name or alias", (text, ids) => {
    expect(new Set(parseRequirements(text, catalog).exclude?.labs)).toEqual(new Set(ids));
  });
});
