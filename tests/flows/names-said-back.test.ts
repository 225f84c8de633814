// Labs and models ruled out are said back by the catalogue's names ("models by Meta, DeepSeek",
// "excluding Claude Sonnet 4.5"), never by their ids, in the first echo, the "Based on" line and
// a what-if.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { describeRequirements } from "../../src/conversation/slot-labels.js";
import { labIdOf } from "../../src/catalog/labs.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const labs = [...new Set(catalog.models.map((m) => m.lab))].map((name) => ({ name, id: labIdOf(name, catalog) }));

describe("ruled-out labs and models are said by name", () => {
  it("every catalogue lab is said by its name", () => {
    for (const lab of labs)
      expect(describeRequirements({ exclude: { labs: [lab.id] } }, catalog)).toEqual([
        `excluding models by ${lab.name}`,
      ]);
  });

  it("every catalogue model is said by its name", () => {
    for (const model of catalog.models)
      expect(describeRequirements({ exclude: { models: [model.id] } }, catalog)).toEqual([`excluding ${model.name}`]);
  });

  it.each([
    ["Meta", "DeepSeek"],
    ["Mistral", "Google"],
    ["xAI", "Alibaba"],
  ])("'no %s or %s models' is noted and ranked on with the labs' names", (a, b) => {
    const reply = chat(catalog).say(`chat assistant for our support team, no ${a} or ${b} models`);
    const said = textOf(reply);
    const excluded = (reply.data?.requirements as { exclude?: { labs?: string[] } }).exclude?.labs ?? [];
    expect(excluded).toHaveLength(2);
    const names = excluded.map((id) => labs.find((l) => l.id === id)?.name);
    expect(said).toContain(`models by ${names.join(", ")}`);
    for (const id of excluded)
      if (!names.includes(id)) expect(said).not.toMatch(new RegExp(`models by [^.]*\\b${id}\\b`));
  });

  it("a what-if that rules out the top pick says its name", () => {
    const c = chat(catalog);
    const [top] = rankingOf(c.say("recommend a model for a coding assistant, 20M tokens a month"));
    if (!top) throw new Error("a shortlist expected");
    const said = textOf(c.say(`what if we rule out ${top.name}?`)).replace(/\*\*/g, "");
    expect(said).toContain(`What if: excluding ${top.name}`);
    expect(said).not.toContain(`excluding ${top.id}`);
  });

  it("the team profile says a ruled-out lab by its name", () => {
    const said = textOf(chat(catalog).say("remember: no DeepSeek or Meta models for us")).replace(/\*\*/g, "");
    const saved = /Saved to your team profile: ([^\n]*)/.exec(said)?.[1] ?? "";
    expect(saved).toContain("no DeepSeek");
    expect(saved).toContain("no Meta");
    expect(saved).not.toMatch(/\bno (deepseek|meta)\b/);
  });
});
