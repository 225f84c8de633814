// Exclusions said over several messages add up; a later one never silently lets an earlier one go.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { mergeRequirements } from "../../../src/conversation/flows/flow-state.js";
import { consoleUnderTest } from "../../adapters/console/harness.js";

describe("exclusions accumulate", () => {
  it("a merge keeps earlier exclusions and adds new ones, without repeats", () => {
    const merged = mergeRequirements(
      { useCase: "chat", exclude: { labs: ["openai"], countries: ["CN"] } },
      { exclude: { labs: ["mistral", "openai"] }, useCase: "coding" },
    );
    expect(merged.useCase).toBe("coding");
    expect(merged.exclude).toEqual({ labs: ["openai", "mistral"], countries: ["CN"] });
  });

  it("in a conversation, 'exclude Mistral too' keeps OpenAI out", async () => {
    const { adapter } = consoleUnderTest();
    await adapter.say("recommend a model for a chat assistant, 20M tokens a month, API is fine");
    await adapter.say("we don't want anything from OpenAI");
    const last = await adapter.say("actually exclude Mistral too");
    expect(last.text).toMatch(/excluding models by OpenAI, Mistral AI/);
    const ranking = last.replies.map((r) => r.data?.ranking).find(Boolean) as { id: string }[] | undefined;
    const catalog = readCatalog();
    expect(ranking?.length).toBeGreaterThan(0);
    for (const entry of ranking ?? []) expect(catalog.modelById.get(entry.id)?.lab).not.toMatch(/openai|mistral/i);
  });
});
