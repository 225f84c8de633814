// A question about the picks a shortlist shows ("which ones will sign a BAA?", "which of these is
// cheapest?", "how good is the top pick at yoruba?"), answered for those picks from the thread's
// own ranking: the host each pick was costed on, the monthly figure the shortlist showed, the
// ratings the catalogue holds. Nothing in the thread changes, and nothing is re-ranked.
import type { Catalog } from "../catalog/catalog.js";
import { benchmarkLanguage } from "../catalog/benchmarks.js";
import { dataProcessor } from "../catalog/data-processor.js";
import { hostName } from "../catalog/hosts.js";
import { languageName } from "../catalog/languages.js";
import type { PicksQuestion, ProviderTerm } from "../intents/types.js";
import type { OutboundMessage, SourceRef } from "../ports.js";
import { askChoices, message, sources, text } from "../render/builders.js";
import { andList } from "../scoring/quality.js";
import type { RankedModel } from "../scoring/rank.js";
import { formatCount, formatUsd } from "../render/format.js";
import { termInWords, termLabel } from "./provider-terms.js";
import { activeParameters } from "../scoring/speed-note.js";
import { describeLatencyTarget, thinksBeforeAnswering } from "../scoring/latency-target.js";
import { costCell, rankingData, type Recommendation } from "./recommend-shortlist.js";

/** How many picks a shortlist shows: "these" and "which ones" mean them. */
const SHOWN = 3;

/** The picks a question is about: those it points at, else the ones the shortlist shows. */
function picksOf(rec: Recommendation, q: PicksQuestion): RankedModel[] {
  const ranked = rec.ranking.ranked;
  const pointed = q.ids.flatMap((id) => ranked.filter((m) => m.id === id));
  return pointed.length > 0 ? pointed : ranked.slice(0, SHOWN);
}

const whose = (picks: readonly RankedModel[]) =>
  picks.length === 1 ? `#${picks[0]!.rank} ${picks[0]!.name}` : `the ${picks.length} picks shown`;

// A term said "yes" or "on request" is one a team can get; "no" and unknown are not.
const GRANTS = new Set(["yes", "on-request"]);
// Training and retention ask the opposite way round: not training on it (the value "no") and
// keeping nothing (0 days) are what a team wants, and the lead says so in those words: "yes" under
// "Trains on your API data" would say the opposite of the lines below it.
const WANTED: Partial<Record<ProviderTerm, { is: (value: string) => boolean; words: string }>> = {
  training: { is: (v) => v === "no", words: "on record as not training on it by default" },
  retention: { is: (v) => v === "0", words: "on record as keeping nothing by default" },
};
const wanted = (term: ProviderTerm, value: string) => WANTED[term]?.is(value) ?? GRANTS.has(value);
const wantedWords = (term: ProviderTerm) => WANTED[term]?.words ?? "on record as yes";

/** "Which ones will sign a BAA?": each pick's host (the one its cost was worked out on) and its term. */
function termLines(rec: Recommendation, picks: RankedModel[], term: ProviderTerm, catalog: Catalog) {
  const label = termLabel(term);
  const lines: string[] = [];
  const yes: string[] = [];
  const refs: SourceRef[] = [];
  for (const m of picks) {
    if (m.costBasis === "self-host" || m.apiProvider === null) {
      lines.push(
        `- **${m.name}**: self-hosted in this estimate, so no API provider receives your prompts and there is no provider term to sign; it rests on where you run it (your own servers, or your cloud account under that cloud's agreement).`,
      );
      continue;
    }
    const host = hostName(m.apiProvider, catalog);
    // Data terms belong to the (model's lab, host) pair: a host reselling another lab's closed
    // model (Claude on Azure) has that lab process the data, under the lab's terms, not the host's.
    const model = catalog.modelById.get(m.id);
    const processor = model ? dataProcessor(catalog, model, m.apiProvider) : { provider: m.apiProvider, record: null };
    if (processor.provider === null) {
      lines.push(
        `- **${m.name}** via ${host}: unknown. Who processes its data there (${host} itself, or ${model?.lab ?? "its lab"}) is not on record, so neither company's terms can be said to apply; ask ${host} before you rely on either.`,
      );
      continue;
    }
    const fact = termInWords(catalog, processor.provider, term);
    if (fact) {
      refs.push(fact.source);
      if (wanted(term, fact.value)) yes.push(m.name);
    }
    const record = processor.provider === m.apiProvider ? null : processor.record;
    const by = record
      ? ` (processed there by ${hostName(processor.provider, catalog)}, so its terms apply; ${record.sourceKind === "primary" ? `${host}'s own page` : "a third-party reading"}, ${record.asOf})`
      : "";
    if (record)
      refs.push({
        label: `${host}: who processes ${model?.lab ?? m.name}'s models${record.sourceKind === "primary" ? "" : " (a third-party reading)"}`,
        ...(record.sourceUrl ? { url: record.sourceUrl } : {}),
        asOf: record.asOf,
      });
    lines.push(`- **${m.name}** via ${host}${by}: ${fact ? fact.words : "not in the catalogue (unknown)."}`);
  }
  const lead =
    yes.length === 0
      ? `**${label}**, for ${whose(picks)} at the host each is costed on: none of them is ${wantedWords(term)}.`
      : WANTED[term]
        ? `**${label}**, for ${whose(picks)} at the host each is costed on: ${andList(yes)} ${yes.length === 1 ? "is" : "are"} ${wantedWords(term)}.`
        : `**${label}**, for ${whose(picks)} at the host each is costed on: yes for ${andList(yes)}.`;
  return { lines: [lead, ...lines], refs };
}

/** "Which of these is cheapest?": the shortlist's own monthly figures, cheapest first. */
function costLines(rec: Recommendation, picks: RankedModel[], dearest: boolean): string[] {
  const priced = picks.filter((m) => m.monthlyCostUsd !== null);
  if (priced.length === 0) {
    const listed = picks.filter((m) => m.listPrice !== null);
    if (listed.length === 0)
      return [`None of ${whose(picks)} has a monthly cost yet: tell me the volume (tokens or requests a month).`];
    // perMTok is the blended figure the shortlist ranks list prices by.
    listed.sort((a, b) =>
      dearest ? b.listPrice!.perMTok - a.listPrice!.perMTok : a.listPrice!.perMTok - b.listPrice!.perMTok,
    );
    return [
      `This thread states no volume, so by list price per 1M tokens (input / output): ${listed.map((m, i) => `${i === 0 ? "**" : ""}${m.name}${i === 0 ? "**" : ""} $${m.listPrice!.inputPerMTok} / $${m.listPrice!.outputPerMTok} (${m.listPrice!.provider})`).join("; ")}.`,
    ];
  }
  priced.sort((a, b) => (dearest ? b.monthlyCostUsd! - a.monthlyCostUsd! : a.monthlyCostUsd! - b.monthlyCostUsd!));
  const [first, ...rest] = priced;
  const lines = [
    `Of ${whose(picks)}, **${first!.name}** ${dearest ? "costs most" : "costs least"}: **${formatUsd(first!.monthlyCostUsd!)}** a month (${costCell(first!).replace(/^[^(]*\(|\)$/g, "")}), as the shortlist worked it out.${rest.length > 0 ? ` Then ${rest.map((m) => `${m.name} ${formatUsd(m.monthlyCostUsd!)}`).join(", ")}.` : ""}`,
  ];
  const unpriced = picks.filter((m) => m.monthlyCostUsd === null);
  if (unpriced.length > 0) lines.push(`No monthly cost for ${andList(unpriced.map((m) => m.name))}.`);
  const top = rec.ranking.ranked[0];
  if (!dearest && top && first!.id !== top.id)
    lines.push(
      `It is not #1 because the ranking weighs cost at ${rec.ranking.weights.cost.toFixed(2)} beside quality, fit and the rest; say "cost matters most" to rank by it.`,
    );
  return lines;
}

// "an episode", "an Urdu rating", but "a user", "a unit", "a Ukrainian rating" (a 'y' sound).
const article = (word: string) => (/^(?:[aeio]|u(?!s|ni|kr))/i.test(word) ? "an" : "a");

const singular = (noun: string) => noun.replace(/ies$/, "y").replace(/(?<!s)s$/, "");
const countWords = (n: number) => (n < 1e6 ? Math.round(n).toLocaleString("en-US") : formatCount(n));

/** "What does the top pick cost per episode?": each pick's monthly figure over the units a month. */
function perUnitLines(picks: RankedModel[], noun: string, perMonth: number, people: boolean): string[] {
  const one = singular(noun);
  const priced = picks.filter((m) => m.monthlyCostUsd !== null);
  if (priced.length === 0)
    return [`None of ${whose(picks)} has a monthly cost yet: tell me the volume (tokens or requests a month).`];
  // People use it every month ("a consultant a month"); a thing is done once ("an episode").
  const each = `${article(one)} ${one}${people ? " a month" : ""}`;
  const lines = [
    people
      ? `Per ${one} a month, for the ${countWords(perMonth)} ${noun} this thread's volume is for, from the monthly costs the shortlist worked out:`
      : `Per ${one}, at ${countWords(perMonth)} ${noun} a month (this thread's volume), from the monthly costs the shortlist worked out:`,
    ...priced.map(
      (m) =>
        `- **#${m.rank} ${m.name}**: **${formatUsd(m.monthlyCostUsd! / perMonth)}** ${each} (${formatUsd(m.monthlyCostUsd!)} a month ÷ ${countWords(perMonth)}; ${costCell(m).replace(/^[^(]*\(|\)$/g, "")}).`,
    ),
  ];
  const unpriced = picks.filter((m) => m.monthlyCostUsd === null);
  if (unpriced.length > 0) lines.push(`No monthly cost for ${andList(unpriced.map((m) => m.name))}.`);
  // A fleet costs the same however much it serves: its share per unit falls as the count grows.
  if (priced.some((m) => m.costBasis === "self-host"))
    lines.push(
      `A self-hosted figure is mostly the fleet's fixed monthly cost, so its cost ${each} falls as the ${noun} grow, and rises if there are fewer.`,
    );
  return lines;
}

/**
 * "How fast is the top pick?": no measured speed is on record for any host (the catalogue holds
 * none), so that is said first, with the thread's target left unchecked; then what the catalogue
 * does hold for each pick (the parameters it computes per token, the ranking's speed proxy, where
 * it runs, hidden reasoning before its answer) and what to measure, at the thread's request size.
 */
function speedLines(rec: Recommendation, picks: RankedModel[], catalog: Catalog): string[] {
  const req = rec.ranking.requirements;
  const target = req.latencyTarget ? describeLatencyTarget(req.latencyTarget) : undefined;
  const lines = [
    `**Speed** of ${whose(picks)}: none on record. The catalogue holds no measured time to first token or tokens per second for any host, so ${target ? `your target (${target}) is not checked against a measurement` : "no figure can be given"}. What it does hold:`,
  ];
  for (const p of picks) {
    const model = catalog.modelById.get(p.id);
    const size = model ? activeParameters(model) : null;
    const where = p.costLabel.startsWith("on-device")
      ? "on your users' devices, so its speed is theirs"
      : p.costBasis === "self-host"
        ? "self-hosted in this estimate, so its speed is that of the hardware you run it on"
        : p.apiProvider !== null
          ? `via ${hostName(p.apiProvider, catalog)}, whose speed depends on its hardware and load`
          : "no host priced";
    const reasons =
      model && thinksBeforeAnswering(model)
        ? "; it reasons before it answers, so its first answer token waits for that hidden reasoning"
        : "";
    lines.push(
      `- **#${p.rank} ${p.name}**: ${size ? `computes ${size} parameters per generated token` : "parameters per token not published (closed weights)"}; ${where}${reasons}.`,
    );
  }
  if (req.latency === "interactive" || target)
    lines.push(
      "The ranking weighed speed by that proxy: fewer parameters per generated token generate faster on the same hardware (a closed model's smaller tier, such as Flash, Mini or Nano, counts as faster).",
    );
  // "Which of these is fastest?": the proxy's answer, said as one, among the picks with sizes.
  const sized = picks.flatMap((p) => {
    const params = catalog.modelById.get(p.id)?.parameters;
    return params ? [{ name: p.name, perToken: params.activeB ?? params.totalB }] : [];
  });
  const fewest = [...sized].sort((a, b) => a.perToken - b.perToken)[0];
  if (sized.length >= 2 && fewest)
    lines.push(
      `By that proxy **${fewest.name}** would be the fastest of them (fewest parameters per token); no measurement says so.`,
    );
  const item = req.volume?.perItem;
  const size = item
    ? ` (about ${formatCount(item.inputTokens)} tokens in and ${formatCount(item.outputTokens)} out, as this thread's requests)`
    : "";
  lines.push(
    `Before you commit, measure time to first token and tokens per second for your prompt length${size} on the host you would use, at your peak load.`,
  );
  return lines;
}

/** A model's ratings in one language: the catalogue's language leaderboards. */
function ratingsIn(
  m: { quality: readonly { benchmark?: string; name: string; value: number; source: string; asOf: string }[] },
  code: string,
) {
  return m.quality.filter((s) => s.benchmark !== undefined && benchmarkLanguage(s.benchmark as never)?.code === code);
}

/** A model a language question asks about, and where it stands in the thread when named or pointed at. */
interface Asked {
  id: string;
  name: string;
  /** " (#4 in this thread)", " (ruled out in this thread: …)": said for a model asked about, not for the picks shown. */
  place: string;
}

/**
 * The models a language question asks about: those it names or points at ("is llama 3.3 70b good
 * at japanese?", "how good is #2 at japanese?"), ranked or not, each with its place in this thread
 * and the #1 beside them; else the picks shown.
 */
function askedModels(rec: Recommendation, q: PicksQuestion, picks: RankedModel[], catalog: Catalog): Asked[] {
  if (q.ids.length === 0) return picks.map((p) => ({ id: p.id, name: p.name, place: "" }));
  const named = q.ids.flatMap((id) => {
    const ranked = rec.ranking.ranked.find((m) => m.id === id);
    // A pick shown needs no place said; one further down does.
    if (ranked)
      return [{ id, name: ranked.name, place: ranked.rank > SHOWN ? ` (#${ranked.rank} in this thread)` : "" }];
    const model = catalog.modelById.get(id);
    const out = rec.ranking.excluded.find((e) => e.id === id);
    return model ? [{ id, name: model.name, place: out ? ` (ruled out in this thread: ${out.reason})` : "" }] : [];
  });
  // A rating alone says little: the thread's #1 beside it, on the same leaderboard, is the yardstick.
  const top = rec.ranking.ranked[0];
  return top && !q.ids.includes(top.id)
    ? [...named, { id: top.id, name: top.name, place: " (#1 in this thread, for comparison)" }]
    : named;
}

/** "How good is the top pick at yoruba?": each model's ratings in the language, and who has any. */
function languageLines(asked: Asked[], languages: readonly string[], catalog: Catalog, anyModel: boolean) {
  const lines: string[] = [];
  for (const code of languages) {
    const name = languageName(code);
    const rated = catalog.models.filter((m) => ratingsIn(m, code).length > 0);
    if (!anyModel)
      for (const p of asked) {
        const model = catalog.modelById.get(p.id);
        const own = model ? ratingsIn(model, code) : [];
        lines.push(
          own.length > 0
            ? `- **${p.name}**${p.place} in ${name}: ${own.map((s) => `${s.name} ${s.value} (${s.source}, ${s.asOf})`).join("; ")}.`
            : `- **${p.name}**${p.place}: no ${name} rating in the catalogue, so how well it does in ${name} is not measured here.`,
        );
      }
    if (rated.length === 0) {
      const withAny = new Set(
        catalog.models.flatMap((m) =>
          m.quality.flatMap((s) => (s.benchmark ? [benchmarkLanguage(s.benchmark)?.name] : [])),
        ),
      );
      const known = [...withAny].filter((x): x is string => x !== undefined).sort();
      lines.push(
        `No model in the catalogue has ${article(name)} ${name} rating${known.length > 0 ? ` (the language ratings held are in ${andList(known)})` : ""}. Test the finalists on your own ${name} material before you decide.`,
      );
    } else if (anyModel) {
      lines.push(
        `${rated.length} model${rated.length === 1 ? " has" : "s have"} ${article(name)} ${name} rating in the catalogue: ${rated
          .slice(0, 5)
          .map((m) => m.name)
          .join(", ")}${rated.length > 5 ? ", …" : ""}.`,
      );
    }
  }
  return lines;
}

export function picksReply(rec: Recommendation, q: PicksQuestion, catalog: Catalog): OutboundMessage {
  const picks = picksOf(rec, q);
  const asked: Asked[] =
    q.topic === "language"
      ? askedModels(rec, q, picks, catalog)
      : picks.map((p) => ({ id: p.id, name: p.name, place: "" }));
  let lines: string[];
  let refs: SourceRef[] = [];
  if (q.topic === "term") ({ lines, refs } = termLines(rec, picks, q.term, catalog));
  else if (q.topic === "language") lines = languageLines(asked, q.languages, catalog, q.anyModel === true);
  else if (q.topic === "per-unit") lines = perUnitLines(picks, q.noun, q.perMonth, q.people);
  else if (q.topic === "speed") lines = speedLines(rec, picks, catalog);
  else lines = costLines(rec, picks, q.topic === "dearest");
  const blocks = [text(lines.join("\n"))];
  const unique = [...new Map(refs.map((r) => [`${r.label}|${r.url ?? ""}|${r.asOf}`, r])).values()];
  if (unique.length > 0) blocks.push(sources(unique));
  blocks.push(askChoices("Next:", ["summarize", `why not ${rec.ranking.ranked[SHOWN]?.name ?? "another model"}?`]));
  return message(blocks, {
    intent: "what-if",
    models: asked.map((m) => ({ id: m.id, name: m.name })),
    asked: { ...q, ids: asked.map((m) => m.id) },
    change: null,
    ...rankingData(rec),
  });
}
