// A question asked of the picks a shortlist shows is answered for those picks, from the thread's
// own ranking, and changes nothing (issue 11): "which ones will sign a BAA?" gives each pick's host
// and its term, "which of these is cheapest?" the pick with the lowest monthly figure shown, "which
// of these allow that" (fine-tuning) their licence verdicts, "how good is the top pick at yoruba?"
// its ratings in that language. Teams from the tryout rounds, through the real advisor and catalogue;
// every expectation is worked out from the shortlist the thread showed, not written in.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { benchmarkLanguage } from "../../src/catalog/benchmarks.js";
import { hostName } from "../../src/catalog/hosts.js";
import { dataProcessor } from "../../src/catalog/data-processor.js";
import { providerPolicy } from "../../src/catalog/provider-policies.js";
import { formatUsd } from "../../src/render/format.js";
import { LAGOS_WALLET } from "../scenarios/ninth-round-teams.js";
import { NAIROBI_AGRITECH } from "../scenarios/eighth-round-teams.js";
import { LENDING_INDIA } from "../scenarios/seventh-round-teams.js";
import { PHARMACY, RESEARCH } from "../scenarios/sixth-round-teams.js";
import { chat, rankingOf, textOf, type RankingRow } from "./recommend-helpers.js";

const catalog = readCatalog();

interface Thread {
  name: string;
  opening: readonly string[];
}
const THREADS: Thread[] = [
  { name: "pharmacy (GCP, BAA)", opening: [PHARMACY] },
  { name: "Nairobi agritech", opening: [NAIROBI_AGRITECH] },
  { name: "Lagos wallet", opening: [LAGOS_WALLET] },
  {
    name: "lending fintech, self-hosting in its AWS account",
    opening: [LENDING_INDIA, "what if we self-host in our own AWS Mumbai account?"],
  },
  { name: "a short coding request", opening: ["recommend a coding model, 50M tokens a month, no Meta models"] },
];

/** The thread after its opening: the chat, and the top 3 its last shortlist showed. */
function opened(thread: Thread) {
  const c = chat(catalog);
  let ranking: RankingRow[] = [];
  for (const m of thread.opening) ranking = rankingOf(c.say(m));
  const shown = ranking.slice(0, 3);
  expect(shown.length, thread.name).toBe(3);
  return { c, shown, before: structuredClone(c.session.requirements) };
}
const idsOf = (reply: { data?: { models?: { id: string }[] } }) => (reply.data?.models ?? []).map((m) => m.id);

describe("a provider term asked of the picks shown", () => {
  const ASKED = [
    { q: "which ones will sign a BAA?", field: "baa", label: "Signs a HIPAA BAA" },
    { q: "which of the three will sign a business associate agreement", field: "baa", label: "Signs a HIPAA BAA" },
    { q: "do any of these offer zero data retention?", field: "zeroDataRetention", label: "Zero data retention" },
  ] as const;
  for (const thread of THREADS)
    for (const { q, field, label } of ASKED)
      it(`${thread.name}: '${q}' answers for each pick's host, and changes nothing`, () => {
        const { c, shown, before } = opened(thread);
        const reply = c.say(q);
        const t = textOf(reply);
        expect(reply.data?.intent).toBe("what-if");
        expect(idsOf(reply)).toEqual(shown.map((m) => m.id));
        expect(t).toContain(label);
        expect(c.session.requirements).toEqual(before);
        expect(t).not.toMatch(/What if:|Already noted/);
        const granted: string[] = [];
        const rows = (reply.data?.ranking as (RankingRow & { apiProvider: string | null })[]).slice(0, 3);
        for (const m of rows) {
          const line = t.split("\n").find((l) => l.startsWith(`- **${m.name}**`));
          expect(line, m.name).toBeDefined();
          if (m.costBasis === "self-host" || m.apiProvider === null) {
            expect(line).toMatch(/self-hosted in this estimate/);
            continue;
          }
          expect(line).toContain(`via ${hostName(m.apiProvider, catalog)}`);
          // The terms are those of whoever processes the model there (data-processor.ts): a closed
          // model of another lab with no processor on record (Claude on Vertex) is unknown, not the host's yes.
          const processor = dataProcessor(catalog, catalog.modelById.get(m.id)!, m.apiProvider).provider;
          if (processor === null) {
            expect(line).toMatch(/unknown\. Who processes its data there/);
            continue;
          }
          const value = (providerPolicy(catalog, processor)?.[field] as { value: string } | undefined)?.value;
          if (value === undefined) expect(line).toMatch(/not in the catalogue \(unknown\)/);
          if (value === "yes" || value === "on-request") granted.push(m.name);
        }
        if (granted.length === 0) expect(t).toMatch(/none of them is on record as yes/);
        else for (const name of granted) expect(t.split("\n")[0]).toContain(name);
      });

  it("the pharmacy's Gemini picks on Vertex are named as signing, from Google's terms with their date", () => {
    const { c } = opened(THREADS[0]!);
    const t = textOf(c.say("which ones will sign a BAA?"));
    expect(t).toMatch(new RegExp(`Gemini 2\\.5 Flash\\*\\* via ${hostName("google-vertex", catalog)}: yes\\.`));
    expect(t).toMatch(/its own terms, \d{4}-\d{2}-\d{2}/);
  });

  it("'is the second one covered by a BAA?' answers for #2 alone", () => {
    const { c, shown } = opened(THREADS[0]!);
    const reply = c.say("is the second one covered by a BAA?");
    expect(idsOf(reply)).toEqual([shown[1]!.id]);
    expect(textOf(reply)).toContain(`#2 ${shown[1]!.name}`);
  });
});

describe("the cheapest (or dearest) of the picks shown", () => {
  const CHEAPEST = ["which of these is cheapest?", "which one is the cheapest?", "what's the cheapest of these?"];
  for (const thread of THREADS)
    for (const q of CHEAPEST)
      it(`${thread.name}: '${q}' names the pick with the lowest monthly figure the shortlist showed`, () => {
        const { c, shown, before } = opened(thread);
        const reply = c.say(q);
        const t = textOf(reply);
        expect(reply.data?.intent).toBe("what-if");
        expect(c.session.requirements).toEqual(before);
        const priced = shown.filter((m) => m.monthlyCostUsd !== null);
        if (priced.length === 0) {
          expect(t).toMatch(/no volume|monthly cost/);
          return;
        }
        const least = priced.reduce((a, b) => (b.monthlyCostUsd! < a.monthlyCostUsd! ? b : a));
        expect(t).toContain(`**${least.name}** costs least: **${formatUsd(least.monthlyCostUsd!)}**`);
        for (const m of priced) expect(t).toContain(formatUsd(m.monthlyCostUsd!));
        // The ranking is not redone by cost: the thread's #1 stays and no priority is added.
        expect(rankingOf(reply)[0]?.id).toBe(shown[0]!.id);
      });

  it("'which of them is the most expensive' names the dearest pick", () => {
    const { c, shown } = opened(THREADS[1]!);
    const t = textOf(c.say("ok and which of them is the most expensive"));
    const priced = shown.filter((m) => m.monthlyCostUsd !== null);
    const most = priced.reduce((a, b) => (b.monthlyCostUsd! > a.monthlyCostUsd! ? b : a));
    expect(t).toContain(`**${most.name}** costs most`);
  });

  it("'what if cost matters most' is still a change that re-ranks", () => {
    const { c } = opened(THREADS[1]!);
    c.say("what if cost matters most");
    expect(c.session.requirements.priorities).toContain("cost");
  });
});

describe("a licence question asked of the picks shown", () => {
  for (const q of [
    "could we fine tune on our agronomist answers later? which of these allow that",
    "we may fine-tune later, which of these allow that?",
  ])
    it(`'${q}' gives the fine-tuning verdicts of the three shown, without making fine-tuning a need`, () => {
      const { c, shown, before } = opened(THREADS[1]!);
      const reply = c.say(q);
      expect(reply.data?.intent).toBe("license");
      const verdicts = (reply.data?.verdicts as { modelId: string }[]).map((v) => v.modelId);
      expect([...verdicts].sort()).toEqual(shown.map((m) => m.id).sort());
      expect(reply.data?.facts).toMatchObject({ fineTune: true });
      expect(c.session.requirements).toEqual(before);
    });
});

describe("language ratings asked in a thread", () => {
  const ratedIn = (id: string, code: string) =>
    (catalog.modelById.get(id)?.quality ?? []).filter(
      (s) => s.benchmark !== undefined && benchmarkLanguage(s.benchmark)?.code === code,
    );

  it("Lagos: 'how good is the top pick at yoruba?' says #1 has no Yoruba rating, and that no model has one", () => {
    const { c, shown, before } = opened(THREADS[2]!);
    const reply = c.say("how good is the top pick at yoruba?");
    const t = textOf(reply);
    expect(idsOf(reply)).toEqual([shown[0]!.id]);
    expect(t).toContain(`**${shown[0]!.name}**: no Yoruba rating`);
    expect(catalog.models.every((m) => ratedIn(m.id, "yo").length === 0)).toBe(true);
    expect(t).toMatch(/No model in the catalogue has a Yoruba rating/);
    expect(c.session.requirements).toEqual(before);
  });

  it("a language some models are rated in: each pick's own rating when it has one", () => {
    const c = chat(catalog);
    const shown = rankingOf(c.say("recommend a chat model for our french support desk, 20M tokens a month")).slice(
      0,
      3,
    );
    const t = textOf(c.say("how good are these at french?"));
    for (const m of shown) {
      const own = ratedIn(m.id, "fr");
      if (own.length > 0) expect(t).toContain(`**${m.name}** in French: ${own[0]!.name} ${own[0]!.value}`);
      else expect(t).toContain(`**${m.name}**: no French rating`);
    }
  });

  it("research group: 'does any model actually have an Inuktitut rating?' says none does", () => {
    const c = chat(catalog);
    c.say(RESEARCH);
    const t = textOf(c.say("does any model actually have an Inuktitut rating?"));
    expect(t).toContain("No model in the catalogue has an Inuktitut rating");
  });

  it("'does any model have a japanese rating?' counts the models that do", () => {
    const c = chat(catalog);
    c.say(RESEARCH);
    const n = catalog.models.filter((m) => ratedIn(m.id, "ja").length > 0).length;
    expect(n).toBeGreaterThan(0);
    expect(textOf(c.say("does any model have a japanese rating?"))).toContain(`${n} models have a Japanese rating`);
  });
});
