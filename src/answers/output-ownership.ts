// "Who owns the summaries the model writes?", "can we publish them under CC-BY?": a question about
// the outputs, not the model. A weights licence (Apache, MIT, Llama) licenses the model and what is
// derived from it; an API's terms may say who owns what it writes (OpenAI assigns it to you,
// Anthropic's customer owns it, Google claims no rights in Gemma's outputs). The answer says, for
// each licence, what its terms on file say about outputs, quoting the clause where there is one,
// and the limits that still follow the outputs (training other models on them).
import type { Catalog } from "../catalog/catalog.js";
import type { Clause, License, Model } from "../catalog/schema.js";
import type { HandlerOutput } from "../conversation/handler.js";
import type { TeamFacts } from "../licensing/facts.js";
import { theLicense } from "../licensing/format.js";
import { groupLabel } from "../licensing/list-models.js";
import { weightsClauses } from "../licensing/code-licence.js";
import { pickClauses } from "../licensing/verdict.js";
import type { Block, SourceRef } from "../ports.js";
import { heading, message, sources, text } from "../render/builders.js";
import { modelRef } from "./common.js";
import { bullets, clauseSources, quoteLine } from "./license-quotes.js";

/** What a licence's terms on file say about who owns the outputs. */
export type OutputsStanding =
  /** A clause (or the record's own note) gives the outputs to the user or claims no rights in them. */
  | "yours"
  /** A clause on outputs is on file, in words this reading does not settle: the quote is shown. */
  | "read-the-clause"
  /** A verified licence whose terms on file have no clause on outputs: it licenses the model. */
  | "not-claimed"
  /** An unverified licence with no clause on outputs: its full text was not read. */
  | "unknown";

// Words by which terms leave the outputs to the user: "assigns to Customer … Output", "owns its
// Outputs", "claims no rights in Outputs", "claims no ownership of outputs".
const LEAVES_TO_USER =
  /\b(claims? no (rights?|ownership|claim)|assigns? to (customer|you)|(customer|you) (shall )?owns?|owns its outputs?|retains? no rights?)\b/i;

interface Reading {
  standing: OutputsStanding;
  clauses: Clause[];
  /** The record's own words on outputs, when no clause is quoted (NVIDIA: "claims no ownership"). */
  note: string | null;
}

export function outputsReading(license: License, model: Model): Reading {
  const clauses = pickClauses(license, ["ownership"], model);
  if (clauses.length > 0)
    return {
      standing: clauses.some((c) => LEAVES_TO_USER.test(c.quote)) ? "yours" : "read-the-clause",
      clauses,
      note: null,
    };
  const note = license.terms.notes?.outputsToTrainOtherModels ?? null;
  if (note !== null && LEAVES_TO_USER.test(note)) return { standing: "yours", clauses: [], note };
  return { standing: license.verified ? "not-claimed" : "unknown", clauses: [], note: null };
}

interface Section {
  license: License;
  models: Model[];
  reading: Reading;
}

export function outputOwnershipReply(models: readonly Model[], facts: TeamFacts, catalog: Catalog): HandlerOutput {
  const sections = new Map<string, Section>();
  for (const model of models) {
    const license = catalog.licenseById.get(model.licenseId);
    if (!license) continue;
    const section = sections.get(license.id) ?? { license, models: [], reading: outputsReading(license, model) };
    section.models.push(model);
    sections.set(license.id, section);
  }
  const blocks: Block[] = [];
  const srcs: SourceRef[] = [];
  for (const { license, models: group, reading } of sections.values()) {
    const names = groupLabel(group);
    blocks.push(heading(`Who owns what ${names} ${group.length > 1 ? "write" : "writes"}`));
    blocks.push(text([standingLine(license, reading), ...limitLines(license)].join("\n")));
    if (reading.clauses.length > 0) {
      blocks.push(text(`**The terms say**\n${bullets(reading.clauses.slice(0, 2).map(quoteLine))}`));
      srcs.push(...clauseSources(license, reading.clauses.slice(0, 2)));
    } else srcs.push(...clauseSources(license, weightsClauses(license, group[0]).slice(0, 1)));
  }
  const readings = [...sections.values()].map((s) => s.reading.standing);
  if (facts.outputsLicence !== undefined) blocks.push(text(publishingLine(facts.outputsLicence, readings)));
  blocks.push(
    text(
      "_What the model's terms say about its outputs, not legal advice: whether machine-written text is protected by copyright at all, and so can carry a licence of yours, depends on the country's law and on how much people wrote or edited it._",
    ),
    sources(srcs),
  );
  const data = {
    intent: "license",
    topic: "output-ownership",
    models: models.map(modelRef),
    verdicts: [],
    outputs: [...sections.values()].flatMap((s) =>
      s.models.map((m) => ({ modelId: m.id, licenseId: s.license.id, standing: s.reading.standing })),
    ),
    facts,
  };
  return { replies: [message(blocks, data)] };
}

function standingLine(license: License, reading: Reading): string {
  const the = theLicense(license.name);
  switch (reading.standing) {
    case "yours":
      return reading.note
        ? `**Yours:** ${the} claims no rights in what the model writes (${reading.note.replace(/\.$/, "")}).`
        : `**Yours:** ${the} leaves what the model writes to you (the clause is quoted below).`;
    case "read-the-clause":
      return `**Read the clause:** ${the} has a clause on outputs, quoted below; it does not plainly give them to you, so read it before you rely on owning them.`;
    case "not-claimed":
      return `**Not claimed:** ${the} licenses the model (its weights and what you derive from them); the terms on file have no clause on who owns what it writes, and none that claims it.`;
    case "unknown":
      return `**Not on file:** ${the} is unverified and no clause of it on outputs is on file, so whether it says anything about what the model writes is not known: read its full text.`;
  }
}

/** What still follows the outputs whoever owns them: training other models on them. */
function limitLines(license: License): string[] {
  const owner = license.developer;
  const t = license.terms;
  const duty = t.outputsTrainingDuty ? `: ${t.outputsTrainingDuty.replace(/\.$/, "")}` : "";
  switch (t.outputsToTrainOtherModels) {
    case "no":
      return [
        `- One limit follows the outputs: you may not use them to train ${t.outputsTrainingScope === "competing-models" ? `models that compete with ${owner}` : "other models"}.`,
      ];
    case "conditional":
      return [`- Training another model on them is allowed with a condition${duty}.`];
    default:
      return [];
  }
}

function publishingLine(target: string, readings: readonly OutputsStanding[]): string {
  const open = readings.some((r) => r === "unknown" || r === "read-the-clause");
  const head = open
    ? `**Publishing them under ${target}:** not settled for every model above: read the terms marked so.`
    : `**Publishing them under ${target}:** none of these terms keeps rights in what the model writes, so they do not stand in the way.`;
  return `${head} A ${target} licence on the outputs is yours to give only for what you hold rights in: the source material they draw on (the documents summarised or translated) keeps its own rights.`;
}
