// Licences a team allows, prefers or rules out by kind, in its own words: "Apache or MIT only" is a
// rule every pick must meet; "ideally plain Apache or MIT" is a wish, said back and no rule; "no
// licences with MAU caps" and "usage policies we'd have to flow down to customers" rule out those
// kinds (never a licence family called "no"). What was understood is said in words: kinds and
// licence names, never a licence id. Kinds are checked against the licence records, not a list.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { SECURITY_APPLIANCE } from "./eighth-round-teams.js";

const catalog = readCatalog();
const licenceOf = (id: string) => catalog.licenseById.get(catalog.modelById.get(id)!.licenseId)!;
const NOTED = /^Noted: (.*)$/m;
// Every licence id of the catalogue that is not also an ordinary word of a sentence.
const LICENCE_IDS = catalog.licenses.map((l) => l.id).filter((id) => /[-.\d]/.test(id));
const expectNoLicenceIds = (said: string) => {
  for (const id of LICENCE_IDS)
    expect(said, id).not.toMatch(new RegExp(`(?<![\\w-])${id.replace(/\./g, "\\.")}(?![\\w-])`));
};

// Kind words as teams write them, with the SPDX ids a licence of that kind has.
const KINDS = [
  { words: "Apache", ids: ["apache-2.0"], spdx: /^apache-2\.0$/i },
  { words: "MIT", ids: ["mit"], spdx: /^mit$/i },
  { words: "Apache 2.0 or MIT", ids: ["apache-2.0", "mit"], spdx: /^(apache-2\.0|mit)$/i },
  { words: "apache/MIT", ids: ["apache-2.0", "mit"], spdx: /^(apache-2\.0|mit)$/i },
  {
    words: "permissive",
    ids: ["permissive"],
    spdx: /^(apache-2\.0|mit|bsd-.*|isc|0bsd|unlicense|zlib|cc-by-4\.0|cc0-1\.0)$/i,
  },
] as const;
const RULES = ["{L} only", "only {L} licences", "the licence must be {L}", "we only accept {L}-licensed weights"];
const WISHES = ["ideally plain {L}", "{L} preferred", "preferably {L}", "{L} would be nice"];

describe("an allow-list of licence kinds is a rule; a wish is not", () => {
  it("'<kinds> only' and the like: every pick's licence is of those kinds, the rest ruled out with the reason", () => {
    for (const kind of KINDS)
      for (const rule of RULES.slice(0, 2)) {
        const words = rule.replace("{L}", kind.words);
        const c = chat(catalog);
        const reply = c.say(`recommend a model for support chat, 20M tokens a month, ${words}`);
        expect(c.session.requirements.allowedLicenses, words).toEqual(kind.ids);
        const rows = rowsOf(reply);
        expect(rows.length, words).toBeGreaterThan(0);
        for (const r of rows) expect(licenceOf(r.id).spdx ?? "", `${words}: ${r.id}`).toMatch(kind.spdx);
        expectNoLicenceIds(NOTED.exec(textOf(reply))?.[1] ?? "");
      }
  });

  it("every rule phrasing sets the allow-list, every wish phrasing only the preference", () => {
    for (const kind of KINDS) {
      for (const rule of RULES) {
        const text = `open model for coding, ${rule.replace("{L}", kind.words)}`;
        const req = parseRequirements(text, catalog);
        expect(req.allowedLicenses, text).toEqual(kind.ids);
        expect(req.preferredLicenses, text).toBeUndefined();
      }
      for (const wish of WISHES) {
        const text = `open model for coding, ${wish.replace("{L}", kind.words)}`;
        const req = parseRequirements(text, catalog);
        expect(req.preferredLicenses, text).toEqual(kind.ids);
        expect(req.allowedLicenses, text).toBeUndefined();
      }
    }
  });

  it("a licence named in a question or a description is neither ('is qwen3 apache?', 'MIT researchers')", () => {
    for (const text of [
      "is qwen3 apache?",
      "we're MIT researchers building a chatbot",
      "gpt-oss-20b: apache or something custom?",
    ]) {
      const req = parseRequirements(text, catalog);
      expect(req.allowedLicenses, text).toBeUndefined();
      expect(req.preferredLicenses, text).toBeUndefined();
    }
  });

  it("a wish is said back as not used in the ranking, and closed or custom-licence models stay in", () => {
    const c = chat(catalog);
    const text = textOf(c.say("recommend a model for support chat, 20M tokens a month, ideally Apache or MIT"));
    expect(text).toMatch(/not used in the ranking:_ Apache 2\.0 or MIT licences preferred \(a preference, not a rule/);
    const rows = rowsOf(c.replies.at(-1)!);
    expect(rows.some((r) => !/^(apache-2\.0|mit)$/i.test(licenceOf(r.id).spdx ?? ""))).toBe(true);
  });

  it("'why not' a model under another licence names the licence and the allow-list", () => {
    const c = chat(catalog);
    c.say("open model for support chat, 20M tokens a month, Apache or MIT only");
    const gemma = catalog.models.find((m) => m.openWeights && m.licenseId === "gemma")!;
    const text = textOf(c.say(`why not ${gemma.name}?`));
    expect(text).toContain(
      `${gemma.name} is under Gemma Terms of Use, not Apache 2.0 or MIT, the only licences you accept`,
    );
  });
});

describe("kinds of licence ruled out in the words teams use", () => {
  const usePolicy = (id: string) => {
    const t = licenceOf(id).terms;
    return t.acceptableUsePolicy !== null || t.fieldOfUseRestrictions.length > 0;
  };
  const phrasings: [string, (id: string) => boolean][] = [
    ["no licences with MAU caps", (id) => licenceOf(id).terms.userThreshold !== null],
    ["nothing with an acceptable use policy that we have to flow down", usePolicy],
    ["no licences with usage policies we'd have to flow down to customers", usePolicy],
    ["nothing with use restrictions we would have to pass on", usePolicy],
  ];

  it.each(phrasings)("'%s': no pick has such a licence, no family 'no', said as the kind", (words, ofKind) => {
    const c = chat(catalog);
    const reply = c.say(`open model for support chat, 20M tokens a month, ${words}. which model?`);
    const excluded = c.session.requirements.exclude?.licenses ?? [];
    expect(excluded).not.toContain("no");
    expect(excluded).not.toContain("nothing");
    const rows = rowsOf(reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(ofKind(r.id), r.id).toBe(false);
    const noted = NOTED.exec(textOf(reply))?.[1] ?? "";
    expect(noted).toMatch(/excluding licences with (a monthly-user cap|a use policy to pass on)/);
    expectNoLicenceIds(noted);
  });

  it("security appliance: no copyleft, no use policies to flow down, Apache 2.0 or MIT preferred: no pick binds a use policy, the wish said back", () => {
    const c = chat(catalog);
    const reply = c.say(SECURITY_APPLIANCE);
    const req = c.session.requirements;
    expect(req.preferredLicenses).toEqual(["apache-2.0", "mit"]);
    expect(req.allowedLicenses).toBeUndefined();
    const rows = rowsOf(reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(usePolicy(r.id), r.id).toBe(false);
    const text = textOf(reply);
    expect(text).toMatch(/excluding licences with a use policy to pass on, copyleft licences/);
    expectNoLicenceIds(NOTED.exec(text)?.[1] ?? "");
  });

  it("HR SaaS, in its thread: each licence rule said as a follow-up is kept; no pick is capped or binds a use policy", () => {
    const c = chat(catalog);
    c.say("open model for our HR SaaS assistant, 30M tokens a month. which model?");
    c.say("no licences with MAU caps");
    c.say("nothing with an acceptable use policy that we have to flow down");
    const reply = c.say("ideally plain apache or MIT");
    const text = textOf(reply);
    expect(text).toMatch(/excluding licences with a use policy to pass on, licences with a monthly-user cap/);
    expect(text).toMatch(/Apache 2\.0 or MIT licences preferred \(a preference, not a rule/);
    const rows = rowsOf(reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(usePolicy(r.id), r.id).toBe(false);
      expect(licenceOf(r.id).terms.userThreshold, r.id).toBeNull();
    }
    expectNoLicenceIds(text.split("\n").find((l) => l.startsWith("**Based on:**")) ?? "");
  });
});
