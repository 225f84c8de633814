// Mechanism tests of the lookup ladder against the small fixture catalogue.
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../../src/catalog/lookup.js";
import { lookupIndex } from "../../../src/catalog/lookup-index.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";

const catalog = miniCatalog();
const found = (q: string): string | null => {
  const r = resolveModel(q, catalog);
  return r.status === "found" ? r.id : null;
};

describe("resolveModel: exact, alias and normalized names", () => {
  it.each([
    ["gpt-4o", "gpt-4o"],
    ["GPT-4o", "gpt-4o"],
    ["gpt4o", "gpt-4o"],
    ["gpt 4o", "gpt-4o"],
    ["GPT 4 omni", "gpt-4o"],
    ["gpt-4o-2024-08-06", "gpt-4o"],
    ["gpt-4", "gpt-4"],
    ["GPT4", "gpt-4"],
    ["ChatGPT-4", "gpt-4"],
    ["gpt-4 turbo", "gpt-4-turbo"],
    ["gpt 4o mini", "gpt-4o-mini"],
    ["Llama 3.1 70B", "llama-3.1-70b"],
    ["llama3.1 70b", "llama-3.1-70b"],
    ["llama-3.1-70b-instruct", "llama-3.1-70b"],
    ["Meta-Llama-3-70B-Instruct", "llama-3-70b"],
    ["meta llama 3.1 405b", "llama-3.1-405b"],
    ["claude-sonnet-4-5", "claude-sonnet-4.5"],
    ["Claude 4.5 Sonnet", "claude-sonnet-4.5"],
    ["sonnet 4.5", "claude-sonnet-4.5"],
    ["qwen 2.5 72b", "qwen2.5-72b"],
    ["Qwen2.5-3B", "qwen2.5-3b"],
    ["deepseek-reasoner", "deepseek-r1"],
    ["r1", "deepseek-r1"],
    ["GPT-J", "gpt-j-6b"],
    ["gpt j", "gpt-j-6b"],
    ["mistral 7b", "mistral-7b"],
    ["transformers", "hf-transformers"],
    ["  llama 3 70b?  ", "llama-3-70b"],
  ])("%s -> %s", (query, id) => {
    expect(found(query)).toBe(id);
  });
});

describe("resolveModel: misspellings", () => {
  it.each([
    ["lama 3.1 70b", "llama-3.1-70b"],
    ["claude sonet 4.5", "claude-sonnet-4.5"],
    ["mixtral 8x7", "mixtral-8x7b"],
    ["deepsek r1", "deepseek-r1"],
    ["lamma 3 8b", "llama-3-8b"],
    ["gtp-4o", "gpt-4o"],
    ["mixtrall 8x22b", "mixtral-8x22b"],
    ["qwenn 2.5 72b", "qwen2.5-72b"],
  ])("%s -> %s", (query, id) => {
    expect(found(query)).toBe(id);
  });
});

describe("resolveModel: versions matter", () => {
  it("'llama 3' asks among the Llama 3 sizes, never Llama 3.1", () => {
    const r = resolveModel("llama 3", catalog);
    expect(r).toEqual({ status: "ambiguous", candidates: ["llama-3-8b", "llama-3-70b"] });
  });
  it("'llama 3' with a size is found", () => {
    expect(found("llama 3 70b")).toBe("llama-3-70b");
    expect(found("llama 3 8b")).toBe("llama-3-8b");
  });
  it("'llama 3.1' alone asks which size", () => {
    const r = resolveModel("llama 3.1", catalog);
    expect(r.status).toBe("ambiguous");
    if (r.status === "ambiguous")
      expect(r.candidates.sort()).toEqual(["llama-3.1-405b", "llama-3.1-70b", "llama-3.1-8b"]);
  });
  it("'llama 3.2' is found when only one model fits", () => {
    expect(found("llama 3.2")).toBe("llama-3.2-11b-vision");
  });
  it("'gpt-4' is GPT-4, not GPT-4o", () => {
    expect(found("gpt-4")).toBe("gpt-4");
  });
  it("a misspelt family keeps its version: 'lama 3' is still Llama 3, not 3.1", () => {
    const r = resolveModel("lama 3", catalog);
    expect(r.status).toBe("ambiguous");
    if (r.status === "ambiguous") expect(r.candidates).toEqual(["llama-3-8b", "llama-3-70b"]);
  });
  it("a family alone is ambiguous", () => {
    expect(resolveModel("claude", catalog).status).toBe("ambiguous");
    expect(resolveModel("deepseek", catalog).status).toBe("ambiguous");
    expect(resolveModel("mixtral", catalog).status).toBe("ambiguous");
  });
});

describe("resolveModel: unknown names", () => {
  it("suggests models of the same family for an unknown version", () => {
    const r = resolveModel("llama 5", catalog);
    expect(r.status).toBe("none");
    if (r.status === "none") {
      expect(r.suggestions.length).toBeGreaterThan(0);
      expect(r.suggestions.every((id) => id.startsWith("llama"))).toBe(true);
    }
  });
  it("gpt-7 is none with GPT suggestions", () => {
    const r = resolveModel("gpt-7", catalog);
    expect(r.status).toBe("none");
    if (r.status === "none") expect(r.suggestions).toContain("gpt-4");
  });
  it.each(["foobar", "", "   ", "???", "what", "10M tokens", "\u0000\u0001", "🦙🦙"])("%j is none", (q) => {
    expect(resolveModel(q, catalog).status).toBe("none");
  });
  it("a 10,000 character query does not throw", () => {
    expect(() => resolveModel("llama ".repeat(2000), catalog)).not.toThrow();
  });
});

describe("resolveModel: ordinals of the last list", () => {
  const session = { lastList: ["gpt-4o", "llama-3.1-70b", "mixtral-8x7b"] };
  it.each([
    ["the second one", "llama-3.1-70b"],
    ["2", "llama-3.1-70b"],
    ["#3", "mixtral-8x7b"],
    ["the first", "gpt-4o"],
    ["first one", "gpt-4o"],
    ["the last one", "mixtral-8x7b"],
    ["number two", "llama-3.1-70b"],
    ["option 1", "gpt-4o"],
  ])("%s -> %s", (q, id) => {
    expect(resolveModel(q, catalog, session)).toEqual({ status: "found", id });
  });
  it("a position past the list is not a match", () => {
    expect(resolveModel("the fifth one", catalog, session).status).toBe("none");
  });
  it("without a list, '2' matches nothing", () => {
    expect(resolveModel("2", catalog).status).toBe("none");
  });
  it("a model name still wins over the list", () => {
    expect(resolveModel("gpt-4", catalog, session)).toEqual({ status: "found", id: "gpt-4" });
  });
});

describe("resolveModel: among candidates", () => {
  const among = ["llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b"];
  it.each([
    ["70b", "llama-3.1-70b"],
    ["the 405B", "llama-3.1-405b"],
    ["the second one", "llama-3.1-70b"],
    ["llama 3.1 8b", "llama-3.1-8b"],
  ])("%s -> %s", (q, id) => {
    expect(resolveModel(q, catalog, undefined, { among })).toEqual({ status: "found", id });
  });
  it("does not leave the candidates", () => {
    expect(resolveModel("gpt-4o", catalog, undefined, { among }).status).toBe("none");
  });
});

describe("lookupIndex", () => {
  it("is built once per catalogue object", () => {
    expect(lookupIndex(catalog)).toBe(lookupIndex(catalog));
  });
});
