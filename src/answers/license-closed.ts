// "We are distilling from a bigger closed model's outputs - is that allowed?": no model named, but
// the closed providers are what was asked about. One line per provider's terms (a closed model's
// licence is its provider's terms of service), with its verdict for the team's facts, the deciding
// reason and the clause it rests on, quoted with source and date.
import type { Catalog } from "../catalog/catalog.js";
import type { Clause, License, Model } from "../catalog/schema.js";
import type { HandlerOutput } from "../conversation/handler.js";
import type { TeamFacts } from "../licensing/facts.js";
import { severity } from "../licensing/finding.js";
import { shortLicenseName } from "../licensing/format.js";
import { describeFacts, TOPIC_CLAUSES } from "../licensing/terms-text.js";
import type { LicenseVerdict } from "../licensing/verdict.js";
import { licenseVerdict, pickClauses } from "../licensing/verdict.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, heading, message, sources, text } from "../render/builders.js";
import { VERDICT_LABEL, verdictData } from "./license-common.js";
import { bullets, clauseSources, quoteLine } from "./license-quotes.js";
import { newestReleaseFirst } from "../catalog/release-order.js";

/** Current models named per provider line; the rest are counted. */
const NAMED_PER_PROVIDER = 4;

interface ProviderTerms {
  provider: string;
  license: License;
  models: Model[];
  verdict: LicenseVerdict;
}

/** "AI21 Labs (NOT EleutherAI)" -> "AI21 Labs": the provider as a team would name it. */
const providerName = (license: License): string => license.developer.replace(/\s*\(.*\)\s*$/, "").trim();

/** Each closed provider's terms with the models they cover that a team can still use, main ones first. */
function closedProviders(catalog: Catalog, facts: TeamFacts): ProviderTerms[] {
  const byLicense = new Map<string, Model[]>();
  for (const model of catalog.models) {
    if (model.kind !== "model" || model.openWeights || model.status === "retired") continue;
    const license = catalog.licenseById.get(model.licenseId);
    if (license?.kind !== "proprietary-api") continue;
    byLicense.set(license.id, [...(byLicense.get(license.id) ?? []), model]);
  }
  const out: ProviderTerms[] = [];
  for (const [id, models] of byLicense) {
    const license = catalog.licenseById.get(id)!;
    const provider = providerName(license);
    // Worded for the provider's models as a group: "OpenAI models' outputs".
    const verdict = licenseVerdict({ ...models[0]!, name: `${provider} models` }, license, facts);
    const newestFirst = [...models].sort(newestReleaseFirst);
    out.push({ provider, license, models: newestFirst, verdict });
  }
  return out.sort(
    (a, b) =>
      Number(a.verdict.unverified) - Number(b.verdict.unverified) ||
      b.models.length - a.models.length ||
      severity(b.verdict.verdict) - severity(a.verdict.verdict),
  );
}

/** The reason on what was asked (the outputs term when training on outputs), else the deciding one. */
function mainReason(p: ProviderTerms, facts: TeamFacts): string | undefined {
  const reasons = p.verdict.reasons.filter((r) => !r.startsWith("Unverified"));
  const asked = facts.trainOnOutputs === true ? reasons.find((r) => /\boutputs\b/.test(r)) : undefined;
  return asked ?? reasons[0] ?? p.verdict.reasons[0];
}

/**
 * The clause a line rests on: the restricting one, or for an allowed use the clause that grants it
 * (a restriction quoted next to "Allowed" would read as a contradiction).
 */
function decisiveClause(p: ProviderTerms): Clause | undefined {
  if (p.verdict.verdict !== "allowed") return p.verdict.clauses[0];
  return pickClauses(p.license, TOPIC_CLAUSES["which-license"])[0] ?? p.verdict.clauses[0];
}

function providerLine(p: ProviderTerms, facts: TeamFacts): string {
  const names = p.models.slice(0, NAMED_PER_PROVIDER).map((m) => m.name);
  const more = p.models.length > names.length ? ` and ${p.models.length - names.length} more` : "";
  const flag = p.verdict.unverified ? ", unverified" : "";
  const head = `**${p.provider}** (${names.join(", ")}${more}; ${shortLicenseName(p.license.name)}${flag}): ${VERDICT_LABEL[p.verdict.verdict]}.`;
  const why = mainReason(p, facts);
  const quote = decisiveClause(p);
  return [head, why ? `  ${why}` : null, quote ? `  ${quoteLine(quote)}` : null].filter(Boolean).join("\n");
}

export function closedTermsReply(catalog: Catalog, facts: TeamFacts): HandlerOutput {
  const providers = closedProviders(catalog, facts);
  const told = describeFacts(facts);
  const blocks: Block[] = [
    heading(`Closed models' terms${told.length > 0 ? ` for ${told.join(", ")}` : ""}`),
    text(
      "A closed model comes with its provider's terms of service rather than a model licence; these are the ones that apply to what you described.",
    ),
    text(providers.map((p) => providerLine(p, facts)).join("\n")),
  ];
  const questions = [...new Set(providers.flatMap((p) => p.verdict.questions ?? []))];
  // Each provider asks the same question in its own name; one of them says it for all.
  const competing = questions.find((q) => /compete/.test(q));
  const open = competing
    ? [
        "Does the model you train compete with the provider's products? The closed providers forbid training competing models on their outputs; a narrow, non-competing model (a classifier, an extractor) may be allowed — check each provider's terms.",
      ]
    : questions.slice(0, 3);
  if (open.length > 0) blocks.push(text(`**Would change the answer**\n${bullets(open)}`));
  const srcs: SourceRef[] = providers.flatMap((p) => {
    const quote = decisiveClause(p);
    return quote ? clauseSources(p.license, [quote]) : [];
  });
  blocks.push(
    askChoices("Ask next:", [
      "which open models can we train on the outputs of?",
      ...providers.slice(0, 1).map((p) => `can we train our model on ${p.models[0]!.name}'s outputs?`),
    ]),
    text("_A summary of the providers' terms quoted above, not legal advice._"),
    sources(srcs),
  );
  const verdicts = providers.map((p) => ({
    ...verdictData(p.models[0]!, p.license, p.verdict),
    modelIds: p.models.map((m) => m.id),
    label: p.provider,
  }));
  return {
    replies: [message(blocks, { intent: "license", models: [], verdicts, facts, closedOnly: true })],
  };
}
