// Languages taken out of a recommendation thread's list keep the rest (ninth tryout round: the
// Baden-Württemberg toolmaker's "what if we drop the asian languages?" dropped every language, "no
// languages requirement"; sixth round: the agritech team's "whats the cheapest that is still good
// at swahili" left Swahili alone and dropped English). A named language or a group of them leaves,
// said back; a language the thread has, named without "only", narrows nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { LANGUAGE_GROUPS, languageName } from "../../src/catalog/languages.js";
import { STUTTGART_TOOLMAKER } from "../scenarios/ninth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const TRANSLATION =
  "we translate our manuals from German into EN, FR, IT, ES, PL, SV, DA, ZH, JA, KO, TH and HI, about 20M tokens a month. which model?";
const LISTED = ["de", "en", "fr", "it", "es", "pl", "sv", "da", "zh", "ja", "ko", "th", "hi"];

beforeAll(() => void chat(catalog).say(TRANSLATION), 120_000);

function thread(first = TRANSLATION) {
  const c = chat(catalog);
  c.say(first);
  return c;
}
const languages = (c: ReturnType<typeof chat>) => c.session.requirements.languages ?? [];

describe("a group of languages leaves the thread's list, the rest stay", () => {
  const GROUPS = ["asian", "east asian", "cjk", "nordic", "scandinavian", "european", "south asian"] as const;
  const PHRASINGS = [
    (g: string) => `what if we drop the ${g} languages?`,
    (g: string) => `and without the ${g} ones?`,
    (g: string) => `what if we no longer do ${g} languages`,
  ];
  for (const group of GROUPS)
    it.each(PHRASINGS.map((p) => [p(group)]))("'%s'", (said) => {
      const c = thread();
      const before = languages(c);
      expect([...before].sort()).toEqual([...LISTED].sort());
      const reply = c.say(said);
      expect(reply.data?.intent).toBe("what-if");
      const gone = before.filter((code) => LANGUAGE_GROUPS[group]!.includes(code));
      const kept = before.filter((code) => !gone.includes(code));
      expect(languages(c).sort()).toEqual([...kept].sort());
      if (kept.length > 0) expect(textOf(reply)).toContain(`without ${gone.map(languageName).join(", ")}`);
    });

  it("the toolmaker's 'drop the asian languages' keeps its nine European languages", () => {
    const c = thread(STUTTGART_TOOLMAKER);
    const before = languages(c);
    expect(before).toEqual(expect.arrayContaining(["zh", "ja", "ko"]));
    c.say("what if we drop the asian languages?");
    expect(languages(c).sort()).toEqual(before.filter((x) => !["zh", "ja", "ko"].includes(x)).sort());
  });
});

describe("named languages leave the list", () => {
  it.each([
    ["and without korean?", ["ko"]],
    ["what if we no longer support chinese or japanese", ["zh", "ja"]],
    ["drop thai and hindi", ["th", "hi"]],
    ["what if we skip swedish, danish", ["sv", "da"]],
  ])("'%s' removes only those", (said, gone) => {
    const c = thread();
    const reply = c.say(said);
    expect(reply.data?.intent).toBe("what-if");
    expect(languages(c).sort()).toEqual(LISTED.filter((x) => !gone.includes(x)).sort());
  });

  it("'drop chinese models' excludes Chinese labs and keeps every language", () => {
    const c = thread();
    c.say("what if we drop chinese models?");
    expect(languages(c).sort()).toEqual([...LISTED].sort());
    expect(c.session.requirements.exclude?.countries).toContain("CN");
  });

  it("dropping a language the thread never had is no language change", () => {
    const c = thread("support bot in English and German, 30M tokens a month. which model?");
    c.say("what if we drop the asian languages?");
    expect(languages(c).sort()).toEqual(["de", "en"]);
  });
});

describe("a language the thread has, named without 'only', narrows nothing", () => {
  const AGRITECH =
    "farmers ask us crop questions over SMS in Swahili and English, 60k questions a day, 1,300 tokens in and 120 out. which model?";
  it("'whats the cheapest that is still good at swahili' keeps English and weighs cost", () => {
    const c = thread(AGRITECH);
    expect(languages(c).sort()).toEqual(["en", "sw"]);
    const reply = c.say("whats the cheapest that is still good at swahili");
    expect(reply.data?.intent).toBe("what-if");
    expect(languages(c).sort()).toEqual(["en", "sw"]);
    expect(c.session.requirements.priorities).toContain("cost");
  });

  it("'what if we only do swahili' narrows on purpose", () => {
    const c = thread(AGRITECH);
    c.say("what if we only do swahili");
    expect(languages(c)).toEqual(["sw"]);
  });
});
