// Glossing a message runs its language's phrases one after another; a phrase whose needles
// (needlesOf: a run of letters every match of it holds) are not in the folded text is skipped,
// which leaves the message exactly as running it would only if the phrase cannot match there.
// Checked over every corpus message, spellings of them that the phrases' patterns widen to
// (accents, "oe", "ß", "ſ", "K", "İ", any case), and the glossed texts the later phrases see.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GLOSSES_BY_LANGUAGE,
  canonicalAnyWord,
  inEnglishWords,
  languageWrittenIn,
  mayHold,
  needlesOf,
} from "../../../src/intents/foreign-words.js";

const corpus = ["dev.jsonl", "test.jsonl"].flatMap((file) =>
  readFileSync(join(import.meta.dirname, "../../corpus", file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const stripped = (t: string) => t.normalize("NFKD").replace(/\p{M}/gu, "");
const spellings = (t: string) => [
  t,
  stripped(t),
  t.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ss/g, "ß").replace(/ /g, "-"),
  t.toUpperCase().replace(/S/g, "ſ").replace(/K/g, "\u212A").replace(/I/g, "İ"),
];
// The messages glossing changes, in every spelling, and what glossing made of them.
const foreign = corpus.filter((t) => languageWrittenIn(t) !== undefined || inEnglishWords(t) !== t);
const texts = [...new Set(foreign.flatMap(spellings).flatMap((t) => [t, inEnglishWords(t)]))];

describe("a gloss skipped for its needles", () => {
  it("never matches the text it is skipped on", { timeout: 120_000 }, () => {
    expect(foreign.length).toBeGreaterThan(50);
    for (const text of texts) {
      const folded = canonicalAnyWord(text);
      // A message's own language, or every language when sentences of one are glossed in English.
      const language = languageWrittenIn(text);
      const glosses = language ? [GLOSSES_BY_LANGUAGE.get(language)!] : [...GLOSSES_BY_LANGUAGE.values()];
      for (const gloss of glosses.flat())
        if (!mayHold(gloss, folded)) expect(text.search(gloss.pattern), `${String(gloss.pattern)} in ${text}`).toBe(-1);
    }
  });

  it("skips most phrases of a message (else it buys nothing)", () => {
    const german = GLOSSES_BY_LANGUAGE.get("German")!;
    const text = "Wir sind eine Versicherung in Köln, 20 Mio Tokens im Monat.";
    const held = german.filter((gloss) => mayHold(gloss, canonicalAnyWord(text))).length;
    expect(held).toBeLessThan(german.length / 4);
  });
});

describe("needlesOf", () => {
  it("takes a run every alternative must hold, not an optional letter or group", () => {
    expect(needlesOf("was kostet|(?:wie viel|wieviel) kostet", true)).toEqual(["kostet", "kostet"]);
    expect(needlesOf("tokens? (?:eingabe|ausgabe)", true)).toEqual(["ingabe", "ausgabe"]);
    expect(needlesOf("(?:kranken)?versicherung", true)).toEqual(["versicherung"]);
    expect(needlesOf("rechenzentr(?:um|en)", true)).toEqual(["rechenzentr"]);
    // "ss?" is "(?:ss|ß)?" once tolerant: both letters are optional.
    expect(needlesOf("gross?", true)).toEqual(["gro"]);
    expect(needlesOf("gross?", false)).toEqual(["gros"]);
  });

  it("folds a run as text is folded, leaving out leading e's an o or u before it may swallow", () => {
    expect(needlesOf("empfehlung", true)).toEqual(["mpfehlung"]);
    expect(needlesOf("für", true)).toEqual(["fur"]);
    expect(needlesOf("fuer", true)).toEqual(["fur"]);
  });

  it("finds none where an alternative holds no required run", () => {
    expect(needlesOf("^e(?: o| a)?", true)).toBeUndefined();
    expect(needlesOf("bank|", true)).toBeUndefined();
    expect(needlesOf("(?:bank)?", true)).toBeUndefined();
    expect(needlesOf("\\w+", true)).toBeUndefined();
  });
});
