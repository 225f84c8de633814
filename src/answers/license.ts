// The `license` intent: "can we use Llama 3.1 in an app with 800M monthly users?", "can we train
// our model on Claude's outputs?", "may we fine-tune it?", "which licence is Qwen2.5 3B under?",
// "which open models can we fine-tune with 1B monthly users?". Verdicts come from
// src/licensing; this file only shapes them into a reply with the quoted clauses as sources.
import { andList } from "../scoring/quality.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Clause, License, Model } from "../catalog/schema.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { licenceFactsWithProfile, noteProfileUse, threadOwnRequirements } from "../conversation/team-profile.js";
import type { Intent, LicenseTopic } from "../intents/types.js";
import { CODE_LICENCE_TOPIC, weightsClauses } from "../licensing/code-licence.js";
import type { TeamFacts } from "../licensing/facts.js";
import { hasAnyFact } from "../licensing/facts.js";
import { theLicense, unverifiedReason } from "../licensing/format.js";
import { groupLabel } from "../licensing/list-models.js";
import { describeFacts, impliedFacts, termRows, topicLines, TOPIC_CLAUSES } from "../licensing/terms-text.js";
import type { LicenseVerdict } from "../licensing/verdict.js";
import { licenseVerdict, pickClauses } from "../licensing/verdict.js";
import { statedTeamFacts } from "../scoring/constraints.js";
import type { Block, OutboundMessage, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, text } from "../render/builders.js";
import { quoteUserText } from "../render/escape.js";
import { modelRef, modelsFor } from "./common.js";
import type { VerdictData } from "./license-common.js";
import { VERDICT_LABEL, verdictData } from "./license-common.js";
import { closedTermsReply } from "./license-closed.js";
import { listReply } from "./license-list.js";
import { outputOwnershipReply } from "./output-ownership.js";
import { runningCostSection } from "./running-cost-note.js";
import { bullets, clauseSources, quoteLine } from "./license-quotes.js";

/** Heading of the quoted clauses; the closing line says "quoted above" only when it appears. */
const QUOTES_HEADING = "**The licence says**";
/** Heading of the code repository's licence quotes, apart from the weights' licence. */
const CODE_HEADING = "**The code's licence (not the weights')**";

type LicenseIntent = Extract<Intent, { kind: "license" }>;

const MAX_MODELS = 40;
/** Above this many models a section names them in a line under the heading, not in it. */
const MAX_NAMED = 6;
const MAX_SECTIONS = 4;

export const licenseHandler: IntentHandler<"license"> = (intent, ctx) => {
  // Team profile facts (EU, monthly users, field of use, …) fill what the message did not say,
  // except for a pure terms question ("which licence is X under?"), which gets the terms.
  const said = cleanFacts(intent.facts);
  const wantsVerdict = intent.topic === null || intent.openOnly || hasAnyFact(said);
  // What this thread already said (a defence team's field of use, its users, on-prem; the use its
  // earlier licence questions named) counts too: the message wins, then the thread, then the profile.
  const thread = threadOwnRequirements(ctx.session.requirements, ctx.profile);
  const earlier = ctx.session.subject?.licenceFacts ?? {};
  const background = { ...statedTeamFacts(thread), ...earlier };
  const fromThread = teacherOnly(intent, said, ctx.catalog) ? withoutOwnModelFacts(background) : background;
  const own = wantsVerdict ? { ...fromThread, ...definedOnly(said) } : said;
  const { facts, used } = wantsVerdict ? licenceFactsWithProfile(own, ctx.profile) : { facts: own, used: [] };
  const out = licenseAnswer(intent, facts, ctx);
  const answered = (r: OutboundMessage): boolean =>
    (Array.isArray(r.data?.verdicts) && r.data.verdicts.length > 0) || Array.isArray(r.data?.list);
  return { ...out, replies: out.replies.map((r) => (answered(r) ? noteProfileUse(r, used) : r)) };
};

/**
 * What the thread said about running, tuning and shipping a model ("ship the fine-tuned weights to
 * each hospital") is about the team's own model. A model with no released weights, asked about only
 * as the source of training data ("can we generate the synthetic training data with gpt-4.1?"), is
 * called through its API: those facts are not its use, so they do not block it.
 */
const OWN_MODEL_FACTS = ["selfHost", "fineTune", "distributeWeights", "derivativeLicence", "serveAsApi"] as const;

function teacherOnly(intent: LicenseIntent, said: TeamFacts, catalog: Catalog): boolean {
  if (said.trainOnOutputs !== true || intent.modelIds.length === 0) return false;
  return intent.modelIds.every((id) => catalog.modelById.get(id)?.openWeights === false);
}

function withoutOwnModelFacts(facts: TeamFacts): TeamFacts {
  const out: TeamFacts = { ...facts };
  for (const key of OWN_MODEL_FACTS) delete out[key];
  return out;
}

function definedOnly(facts: TeamFacts): TeamFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as TeamFacts;
}

function licenseAnswer(intent: LicenseIntent, facts: TeamFacts, ctx: TurnContext): HandlerOutput {
  const listed = intent.openOnly || intent.closedOnly === true;
  const ids = intent.modelIds.length > 0 ? intent.modelIds : listed ? [] : ctx.session.focus;
  const models = modelsFor(ids, ctx.catalog);
  if (models.length === 0) {
    if (intent.closedOnly) return closedTermsReply(ctx.catalog, effectiveFacts(intent, facts));
    if (intent.openOnly || hasAnyFact(intent.facts)) return listReply(ctx.catalog, facts, intent.maxParamsB);
    return askWhich();
  }
  // "Who owns what it writes?": the outputs' standing under each licence, not a verdict on the model.
  if (intent.topic === "output-ownership") return outputOwnershipReply(models, facts, ctx.catalog);
  // A team that self-hosts, asking of a model with no weights ("is codestral ok for internal
  // use?"), can only run its family's open-weights relatives: their verdicts follow its own
  // (Codestral 22B comes under the non-production MNPL).
  const relatives = effectiveFacts(intent, facts).selfHost
    ? models.flatMap((m) =>
        m.openWeights ? [] : siblingsUnderOtherLicences(m, ctx.catalog).siblings.filter((s) => s.openWeights),
      )
    : [];
  const shown = [...new Set([...models, ...relatives])].slice(0, MAX_MODELS);
  const blocks: Block[] = [];
  if (relatives.length > 0)
    blocks.push(
      text(
        `_${andList(models.filter((m) => !m.openWeights).map((m) => m.name))} has no downloadable weights, so for a team that self-hosts its open-weights relatives are answered too: ${andList([...new Set(relatives)].map((m) => m.name))}._`,
      ),
    );
  const verdicts: VerdictData[] = [];
  const srcs: SourceRef[] = [];
  const groups = groupSections(shown, intent, facts, ctx.catalog);
  for (const group of groups.slice(0, MAX_SECTIONS)) {
    const first = group.models[0]!;
    const part = modelAnswer(first, group, intent, facts, ctx.catalog);
    const names = group.models.length > MAX_NAMED ? ` (${group.models.map((m) => m.name).join(", ")})` : "";
    if (group.models.length > 1)
      part.blocks.splice(
        1,
        0,
        text(
          part.verdict
            ? `_Same licence and the same answer for all ${group.models.length}${names}._`
            : `_All ${group.models.length} share this licence${names}._`,
        ),
      );
    blocks.push(...part.blocks);
    srcs.push(...part.sources);
    for (const { model, verdict } of group.verdicts) verdicts.push(verdictData(model, group.license, verdict));
  }
  const missing = shown.filter((m) => !ctx.catalog.licenseById.has(m.licenseId));
  for (const m of missing)
    blocks.push(
      heading(`${m.name}: licence unknown`),
      text(`I have no licence record for ${m.name}, so I can't give a verdict (unverified).`),
    );
  const left = [...groups.slice(MAX_SECTIONS).flatMap((g) => g.models), ...models.slice(MAX_MODELS)];
  if (left.length > 0)
    blocks.push(
      text(
        `I've answered for the first ${MAX_SECTIONS} licences; ask about ${left.map((m) => m.name).join(", ")} separately.`,
      ),
    );
  // "Is Gemma free?": what running it costs, after the verdicts (a free licence is not free to run).
  const running = intent.runningCost ? runningCostSection(shown, ctx) : null;
  if (running) {
    blocks.push(...running.blocks);
    srcs.push(...running.sources);
  }
  // Say "quoted above" only when a quote is shown: unverified records may have no text to quote.
  const quoted = blocks.some((b) => b.kind === "text" && b.markdown.startsWith(QUOTES_HEADING));
  blocks.push(
    text(
      quoted
        ? "_A summary of the licence texts quoted above, not legal advice._"
        : "_A summary of the licence terms as we hold them, not legal advice._",
    ),
    sources(srcs),
  );
  const data = { intent: "license", models: shown.map(modelRef), verdicts, facts, topic: intent.topic };
  return { replies: [message(blocks, data)] };
}

interface Section {
  /** The heading's name for the models; `name` is the one sentences use. */
  label: string;
  name: string;
  license: License;
  models: Model[];
  verdicts: { model: Model; verdict: LicenseVerdict }[];
}

/** How far a release is from one a team can adopt today: current, superseded by its lab, retired. */
const STANDING: Record<Model["status"], number> = { current: 0, legacy: 1, deprecated: 1, retired: 2 };

/**
 * Models that share a licence and get the same answer ("Llama 3.1" = 8B, 70B and 405B) make one
 * section; they split only when the answers differ (Llama 3.2 1B vs 11B Vision in the EU).
 */
function groupSections(models: Model[], intent: LicenseIntent, facts: TeamFacts, catalog: Catalog): Section[] {
  const effective = effectiveFacts(intent, facts);
  const sections = new Map<string, Section>();
  // Within a section too, the releases a team can adopt are listed first (a stable sort).
  for (const model of [...models].sort((a, b) => STANDING[a.status] - STANDING[b.status])) {
    const license = catalog.licenseById.get(model.licenseId);
    if (!license) continue;
    const verdict = wantsTerms(model, intent, facts) ? null : licenseVerdict(model, license, effective);
    const same = (list: string[] | undefined) => (list ?? []).map((x) => x.split(model.name).join("§")).join("|");
    const key = verdict
      ? [license.id, verdict.verdict, same(verdict.reasons), same(verdict.duties), same(verdict.questions)].join("#")
      : license.id;
    const section = sections.get(key) ?? { label: "", name: "", license, models: [], verdicts: [] };
    section.models.push(model);
    if (verdict) section.verdicts.push({ model, verdict });
    sections.set(key, section);
  }
  // Models no one can adopt any more (retired) come after the ones a team can use, and releases
  // their lab has superseded (legacy, deprecated) after its current ones, whatever the order they
  // were named in: "can we train on gemini outputs?" leads with the current Gemini models, "is
  // mistral small ok to use commercially?" with Small 3 to 4, not the legacy Small 24.09.
  const standing = (s: Section) => Math.min(...s.models.map((m) => STANDING[m.status]));
  return [...sections.values()]
    .sort((a, b) => standing(a) - standing(b))
    .map((s) => ({ ...s, ...sectionNames(s.models) }));
}

/**
 * How a section is named: "Llama 3.1 8B, 70B, 405B" in the heading and in sentences; a whole
 * family once, "Claude (17 models)" in the heading and "Claude" in sentences ("Claude's
 * outputs"), with the members listed below the heading.
 */
function sectionNames(models: Model[]): { label: string; name: string } {
  if (models.length <= MAX_NAMED) {
    const label = groupLabel(models);
    return { label, name: label };
  }
  const first = models[0]!.name.split(" ")[0] ?? models[0]!.name;
  const brand = models.every((m) => m.name.startsWith(first)) ? first : null;
  return brand
    ? { label: `${brand} (${models.length} models)`, name: brand }
    : { label: `${models.length} models`, name: "these models" };
}

/** A topic question without facts ("does it allow fine-tuning?") implies the fact it asks about. */
function effectiveFacts(intent: LicenseIntent, facts: TeamFacts): TeamFacts {
  return hasAnyFact(facts) ? facts : intent.topic ? impliedFacts(intent.topic) : {};
}

/**
 * "Which licence?" and "attribution duty?" want the terms; anything else ("can we use it?", or
 * a model that cannot be used at all) gets a verdict, with questions for what was not said.
 */
function wantsTerms(model: Model, intent: LicenseIntent, facts: TeamFacts): boolean {
  if (model.kind === "unreleased" || model.status === "retired") return false;
  return intent.topic !== null && !hasAnyFact(effectiveFacts(intent, facts));
}

/** User text (field of use) is echoed in reasons: keep it short and ping-free. */
function cleanFacts(facts: TeamFacts): TeamFacts {
  return facts.fieldOfUse ? { ...facts, fieldOfUse: quoteUserText(facts.fieldOfUse, 40) } : facts;
}

function askWhich(): HandlerOutput {
  return {
    replies: [
      message(
        [
          text(
            "Which model's licence do you mean? Tell me the model and what you plan to do (commercial product, monthly users, fine-tuning, self-hosting, training on outputs, EU).",
          ),
          askChoices("For example:", [
            "can we use Llama 3.1 in an app with 800M monthly users?",
            "can we self-host GPT-4?",
            "which open models can we fine-tune with 1B monthly users?",
          ]),
        ],
        { intent: "license", models: [], verdicts: [], facts: {} },
      ),
    ],
  };
}

interface ModelPart {
  blocks: Block[];
  sources: SourceRef[];
  verdict: LicenseVerdict | null;
}

function modelAnswer(
  model: Model,
  { label, name, license }: Pick<Section, "label" | "name" | "license">,
  intent: LicenseIntent,
  facts: TeamFacts,
  catalog: Catalog,
): ModelPart {
  const effective = effectiveFacts(intent, facts);
  if (wantsTerms(model, intent, facts)) return termsAnswer(model, label, license, intent.topic, catalog);
  // The verdict is worded for the section's label, so a grouped answer names every size.
  const verdict = licenseVerdict({ ...model, name }, license, effective);
  const blocks: Block[] = [
    heading(`${VERDICT_LABEL[verdict.verdict]}: ${label}${verdict.unverified ? " (unverified)" : ""}`),
  ];
  const told = describeFacts(effective);
  const head = [`**Licence:** ${license.name}${verdict.unverified ? " (**unverified**)" : ""}`];
  if (told.length > 0) head.push(`**${hasAnyFact(facts) ? "What you told me" : "Checked for"}:** ${told.join(", ")}`);
  const nonprofit = nonprofitWords(model, name, license, effective, verdict);
  if (nonprofit) head.push(nonprofit);
  blocks.push(text(head.join("\n")));
  blocks.push(text(`**Why**\n${bullets(verdict.reasons)}`));
  if (verdict.notes && verdict.notes.length > 0)
    blocks.push(
      text(`**${verdict.verdict === "blocked" ? "If that were not the case" : "Also"}**\n${bullets(verdict.notes)}`),
    );
  if (verdict.duties.length > 0)
    blocks.push(
      text(`**${verdict.verdict === "blocked" ? "Duties if it were allowed" : "Duties"}**\n${bullets(verdict.duties)}`),
    );
  if (verdict.questions && verdict.questions.length > 0)
    blocks.push(text(`**Would change the answer**\n${bullets(verdict.questions)}`));
  const notes = contextNotes(model, license, catalog);
  const viaApi = apiNote(model, license, effective, catalog);
  if (viaApi) notes.unshift(viaApi);
  if (notes.length > 0) blocks.push(text(notes.join("\n")));
  const quoted = askedFirst(
    verdict.clauses.length > 0 ? verdict.clauses : grantClauses(license, model),
    intent.topic,
  ).slice(0, 4);
  if (quoted.length > 0) blocks.push(text(`${QUOTES_HEADING}\n${bullets(quoted.map(quoteLine))}`));
  return { blocks, sources: clauseSources(license, quoted), verdict };
}

/**
 * What being a nonprofit changes, said when the team told us it is one: a charity or an NGO asks
 * whether its status changes the licence, and the answer is usually no. Found by comparing the
 * verdict with the verdict for the same facts without it, so it is "no" only when nothing in the
 * terms on file reads the kind of organisation (a non-commercial licence does: rules-use.ts asks
 * then whether the service is commercial, and this says nothing).
 */
function nonprofitWords(
  model: Model,
  name: string,
  license: License,
  effective: TeamFacts,
  verdict: LicenseVerdict,
): string | null {
  if (effective.nonprofit !== true) return null;
  const company: TeamFacts = { ...effective };
  delete company.nonprofit;
  const asCompany = licenseVerdict({ ...model, name }, license, company);
  const same = (a: LicenseVerdict) =>
    JSON.stringify([a.verdict, a.reasons, a.duties, a.questions ?? [], a.notes ?? []]);
  if (same(asCompany) !== same(verdict)) return null;
  return `**Being a nonprofit:** changes nothing here. Nothing in the terms on file for ${theLicense(license.name)} depends on the kind of organisation, so the verdict, the duties and the limits below are the ones a company gets.`;
}

/**
 * The quotes on the term the question asks about ("do we have to show 'Built with Llama'?": the
 * attribution clause) before the verdict's others, so the few an answer shows include them.
 */
function askedFirst(clauses: readonly Clause[], topic: LicenseTopic | null): Clause[] {
  if (topic === null || topic === "which-license") return [...clauses];
  const asked = TOPIC_CLAUSES[topic][0];
  return [...clauses.filter((c) => c.topic === asked), ...clauses.filter((c) => c.topic !== asked)];
}

/**
 * Nothing the team said touches a restricted term ("allowed", no duty): the clauses that say which
 * licence applies, so even that answer quotes its text and names its source and date.
 */
function grantClauses(license: License, model: Model): Clause[] {
  const grant = pickClauses(license, TOPIC_CLAUSES["which-license"], model);
  return (grant.length > 0 ? grant : weightsClauses(license, model)).slice(0, 2);
}

/** "Which licence?", "attribution duty?": the relevant terms and their quotes, no verdict. */
function termsAnswer(
  model: Model,
  label: string,
  license: License,
  topic: LicenseTopic | null,
  catalog: Catalog,
): ModelPart {
  const unverified = !license.verified;
  const blocks: Block[] = [
    heading(`${label}: ${license.name}${unverified ? " (unverified)" : ""}`),
    text(license.summary),
  ];
  if (topic && topic !== "which-license") blocks.push(text(topicLines(license, topic).join("\n")));
  else blocks.push(fields(termRows(license)));
  const notes = contextNotes(model, license, catalog);
  if (unverified) notes.unshift(`These licence facts are **unverified**: ${unverifiedReason(license, model)}.`);
  if (notes.length > 0) blocks.push(text(notes.join("\n")));
  const wanted = pickClauses(license, topic ? TOPIC_CLAUSES[topic] : [], model);
  const quoted = (wanted.length > 0 ? wanted : weightsClauses(license, model)).slice(0, 4);
  // No quote on file: say nothing rather than an empty "The licence says" heading.
  if (quoted.length > 0) blocks.push(text(`${QUOTES_HEADING}\n${bullets(quoted.map(quoteLine))}`));
  // "Which licence?": the code's own licence is named too, under its own heading, since a team
  // reading the lab's repository sees that LICENSE file first.
  const code = topic === null || topic === "which-license" ? pickClauses(license, [CODE_LICENCE_TOPIC]) : [];
  if (code.length > 0) blocks.push(text(`${CODE_HEADING}\n${bullets(code.slice(0, 2).map(quoteLine))}`));
  blocks.push(
    askChoices(
      "Ask next:",
      [`can we use ${model.name} in a commercial app?`, `may we fine-tune ${model.name}?`].filter(
        (q) => q.length <= 85,
      ),
    ),
  );
  return { blocks, sources: clauseSources(license, [...quoted, ...code.slice(0, 2)]), verdict: null };
}

/** History, corrections and sibling sizes under other licences: the version traps. */
function contextNotes(model: Model, license: License, catalog: Catalog): string[] {
  const notes: string[] = [];
  if (license.history) notes.push(`**Licence history:** ${license.history}`);
  const correction = model.seedCorrection ?? license.seedCorrection;
  if (correction) notes.push(`**Correction to a 2024 comparison:** ${correction}`);
  const { siblings, sameLine } = siblingsUnderOtherLicences(model, catalog);
  if (siblings.length > 0) {
    const byLicense = new Map<string, string[]>();
    for (const s of siblings) byLicense.set(s.licenseId, [...(byLicense.get(s.licenseId) ?? []), s.name]);
    const parts = [...byLicense].map(
      ([id, names]) => `${names.join(", ")}: ${catalog.licenseById.get(id)?.name ?? id}`,
    );
    // Name the group the siblings were drawn from: "Other Gemma models" when they are newer or older
    // generations of the family, "Other Qwen2.5 models" only when they share the name stem.
    const group = sameLine ? stem(model.name) : model.family;
    notes.push(`**Other ${group} models use different licences:** ${parts.join("; ")}.`);
  }
  return notes;
}

/** "Llama 3.2 1B" -> "Llama 3.2": the name before its size. */
function stem(name: string): string {
  const words = name.split(" ");
  const at = words.findIndex((w) => /^\d+(\.\d+)?[BM]$|^\d+x\d+B$/i.test(w));
  return at > 0 ? words.slice(0, at).join(" ") : "";
}

/**
 * Models of the same line whose licence differs (Qwen2.5 3B vs 72B vs the Apache sizes): the
 * same name stem first; the whole family only when it has few licences, so "Llama" does not
 * list every Llama generation.
 */
function siblingsUnderOtherLicences(model: Model, catalog: Catalog): { siblings: Model[]; sameLine: boolean } {
  const family = catalog.models.filter(
    (m) => m.family === model.family && m.id !== model.id && m.licenseId !== model.licenseId && m.kind === "model",
  );
  const own = stem(model.name);
  const sameStem = own ? family.filter((m) => stem(m.name) === own) : [];
  if (sameStem.length > 0) return { siblings: sameStem, sameLine: true };
  return { siblings: new Set(family.map((m) => m.licenseId)).size <= 2 ? family : [], sameLine: false };
}

/** Mistral Large 2: the weights are research-only, but the lab's paid API has its own terms. */
function apiNote(model: Model, license: License, facts: TeamFacts, catalog: Catalog): string | null {
  const apiId = (model as { apiLicenseId?: string | null }).apiLicenseId;
  if (!apiId || apiId === license.id || facts.selfHost === true || facts.distributeWeights === true) return null;
  const apiLicense = catalog.licenseById.get(apiId);
  if (!apiLicense) return null;
  const v = licenseVerdict({ ...model, openWeights: false }, apiLicense, { ...facts, fineTune: undefined });
  const why = v.reasons[0] ? ` ${v.reasons[0]}` : "";
  return `**Through ${model.lab}'s own API** other terms apply (${apiLicense.name}${apiLicense.verified ? "" : ", **unverified**"}). For what you described there: ${VERDICT_LABEL[v.verdict].toLowerCase()}.${why}`;
}
