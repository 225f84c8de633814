// Safety classifiers (fifteenth tryout round, Helsinki game chat: '400M moderation checks a day',
// the picks were general chat models and 'can we use llama guard 3 for this?' knew no such model).
// The catalogue holds Meta's Llama Guard 3 8B and 4 12B, Google's ShieldGemma 2B/9B/27B and
// OpenAI's gpt-oss-safeguard 20b/120b, each from its lab's card. Over generated teams (moderation
// phrasings × what is moderated × volumes × where it runs): the job is read as content moderation,
// and a safety classifier leads the shortlist whenever one is within the team's constraints; for
// any other job (chat, coding, invoices, summaries …) no classifier is ever a candidate, and each is
// ruled out saying it is made for moderation. A classifier its lab calls a fine-tune of a catalogue
// model (gpt-oss-safeguard-20b of gpt-oss-20b) is the same network, so self-hosting it costs what
// self-hosting that model costs at any volume (it was sized from a FLOPs estimate, $62,091 a month
// for Helsinki against gpt-oss-20b's measured $59,179, and left over the $60,000 budget).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { threadCostEdits } from "../../src/costs/assumptions.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { resolveModel, resolutionIds } from "../../src/catalog/lookup.js";
import { selfHostQuoter } from "../../src/scoring/self-host-quote.js";
import { rankModels } from "../../src/scoring/rank.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { HELSINKI_GAME_CHAT } from "./fifteenth-round-teams.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const classifiers = new Set(catalog.models.filter((m) => m.strengths.includes("moderation")).map((m) => m.id));
const rank = (req: Requirements) =>
  rankModels(catalog, req, { selfHost: selfHostQuoter(catalog.selfhost, threadCostEdits(req, {})) });

const MODERATE = [
  "we need to moderate {what} before it is shown",
  "content moderation for {what}",
  "we want an LLM to flag harassment, hate and scams in {what}",
  "moderating {what} for toxicity",
  "screen {what} for self-harm and grooming",
];
const WHAT = ["player chat", "comments", "forum posts", "product reviews", "user messages", "marketplace listings"];
const VOLUMES = ["", " About 2 million messages a day, 150 tokens each.", " Roughly 40M tokens a month."];
const WHERE = ["", " We have no GPUs, an API is fine.", " We run our own GPUs on Kubernetes."];

const OTHER_JOBS = [
  "a support chatbot for our shop, 20M tokens a month",
  "a coding assistant for 40 developers",
  "extract fields from 50,000 invoices a month into JSON",
  "summarise 3,000 contracts a month, 8k tokens in and 500 out each",
  "answer questions over our internal wiki",
  "classify support tickets into 12 categories",
  "translate product listings into German and French",
];

describe("safety classifiers", () => {
  it("lead a content-moderation job's shortlist, read as moderation whatever the phrasing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODERATE),
        fc.constantFrom(...WHAT),
        fc.constantFrom(...VOLUMES),
        fc.constantFrom(...WHERE),
        (job, what, volume, where) => {
          const text = `${job.replace("{what}", what)}.${volume}${where} Which model?`;
          const req = parseRequirements(text, catalog) as Requirements;
          expect(req.useCase, text).toBe("extraction");
          expect(req.moderation, text).toBe(true);
          const ranking = rank(req);
          expect(classifiers.has(ranking.ranked[0]?.id ?? ""), `${text}: #1 ${ranking.ranked[0]?.name}`).toBe(true);
        },
      ),
      { numRuns: 40, seed: 1515 },
    );
  });

  it("are never a candidate for another job, each ruled out as made for moderation", () => {
    for (const text of OTHER_JOBS) {
      const req = parseRequirements(`${text}. Which model?`, catalog) as Requirements;
      expect(req.moderation, text).toBeUndefined();
      const ranking = rank(req);
      expect(
        ranking.ranked.filter((m) => classifiers.has(m.id)).map((m) => m.name),
        text,
      ).toEqual([]);
      for (const id of classifiers) {
        const out = ranking.excluded.find((x) => x.id === id);
        expect(out?.reason, `${text}: ${id}`).toMatch(/safety classifier .* made for content moderation, not for/);
      }
    }
  });

  it("Helsinki's in-game chat moderation: a classifier first, and 'llama guard 3' is a model we know", () => {
    const c = chat(catalog);
    const first = textOf(c.say(HELSINKI_GAME_CHAT));
    expect(first).toMatch(/content moderation/);
    expect(first).toMatch(/Why #1 beats #2:\*\* \*\*gpt-oss-safeguard-20b\*\*/);
    const guard = textOf(c.say("can we use llama guard 3 for this?"));
    expect(guard).toMatch(/Llama Guard 3 8B/);
    expect(guard).not.toMatch(/I don't know a model/);
  });

  it("a fine-tune with its base's size self-hosts at its base's cost, whatever the volume", () => {
    const tuned = catalog.models.filter((m) => {
      const base = m.tunedFrom && catalog.models.find((b) => b.id === m.tunedFrom?.id);
      return (
        base && base.parameters?.totalB === m.parameters?.totalB && base.parameters?.activeB === m.parameters?.activeB
      );
    });
    expect(tuned.map((m) => m.id)).toContain("gpt-oss-safeguard-20b");
    const quote = selfHostQuoter(catalog.selfhost, {});
    fc.assert(
      fc.property(fc.constantFrom(...tuned), fc.integer({ min: 6, max: 12 }), (model, exp) => {
        const base = catalog.models.find((b) => b.id === model.tunedFrom?.id)!;
        const volume = volumeAtDefaultSplit(10 ** exp, `${10 ** exp} tokens a month`);
        const [mine, theirs] = [quote(model, volume), quote(base, volume)];
        expect("monthlyUsd" in mine && mine.monthlyUsd, `${model.id} at 1e${exp}`).toBe(
          "monthlyUsd" in theirs && theirs.monthlyUsd,
        );
      }),
      { numRuns: 20, seed: 2020 },
    );
  });

  it("a family and version ('llama 3', 'gemma 2') names that family's models, not a classifier named for its own version", () => {
    // Every "<word> <version>" a catalogue name starts with, asked alone.
    const families = new Set(
      catalog.models.flatMap((m) => {
        const lead = /^([a-z]+) (\d+(?:\.\d+)?)\b/i.exec(m.name);
        return lead ? [`${lead[1]} ${lead[2]}`.toLowerCase()] : [];
      }),
    );
    expect([...families]).toEqual(expect.arrayContaining(["llama 3", "llama 4", "gemma 2"]));
    for (const query of families) {
      const names = resolutionIds(resolveModel(query, catalog)).map(
        (id) => catalog.models.find((m) => m.id === id)!.name,
      );
      const [word, version] = query.split(" ") as [string, string];
      const inPlace = new RegExp(`\\b${word} ${version.replace(".", "\\.")}\\b`, "i");
      expect(
        names.filter((n) => !inPlace.test(n)),
        query,
      ).toEqual([]);
    }
  });
});
