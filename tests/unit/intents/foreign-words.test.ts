import { describe, expect, it } from "vitest";
import { inEnglishWords } from "../../../src/intents/foreign-words.js";

describe("inEnglishWords: a German or French message's requirement words in English", () => {
  it("puts the common requirement words of a German message in English, accents or not", () => {
    const out = inEnglishWords("Welches Modell für uns? Daten müssen in der EU bleiben, 20 Mio Tokens im Monat");
    expect(out).toContain("which model for");
    expect(out).toContain("data must stay in the eu");
    expect(out).toMatch(/tokens a month/i);
    expect(inEnglishWords("Welches Modell fuer uns? Daten muessen in der EU bleiben")).toContain(
      "data must stay in the eu",
    );
  });

  it("puts the common requirement words of a French message in English", () => {
    const out = inEnglishWords("Quel modèle pour nos données ? 10M tokens par mois, hébergement en UE obligatoire");
    expect(out).toContain("which model for");
    expect(out).toContain("tokens a month");
    expect(out).toContain("eu hosting required");
  });

  it("leaves an English message alone, even one holding a German or French word", () => {
    for (const text of [
      "support bot for our die-cutting machines, which model?",
      "im looking for a pro model for des moines users",
      "we need a résumé screening tool, 50k resumes a month",
    ])
      expect(inEnglishWords(text)).toBe(text);
  });

  it("a verb said last is not read as a request to summarise the thread", () => {
    expect(inEnglishWords("Wir möchten unsere Arztbriefe zusammenfassen.")).not.toMatch(/summarise\./);
  });
});
