// Facts an experienced ML lead assumes when a team leaves them unsaid, because assuming the
// opposite would be the costly mistake. Each is said in the answer with how to undo it.
import { languageName } from "../catalog/languages.js";
import { countriesOfRule } from "../catalog/places-elsewhere.js";
import { budgetUsdOf } from "./budget.js";
import { unionExclusions, type Requirements } from "./requirements.js";

export interface JudgedDefaults {
  req: Requirements;
  /** What was assumed, in words, for the answer. */
  assumed: string[];
}

/**
 * Fields where a wrong output reaches someone who relies on it: a discharge summary a physician
 * signs, advice a client acts on. What a stronger model costs there is small beside what an error
 * costs, so a lead reads quality first unless the team says otherwise. How much cost still counts
 * is the budget's slack: a budget is the scale cost gaps are read on (gaps under a tenth of it tie,
 * and over-budget models are ruled out: cost-floor.ts, budget.ts); without one (none, or one in a
 * currency with no rate on record) prices compare as ratios, as for any team without a budget.
 */
const HIGH_STAKES: Readonly<Record<string, string>> = {
  medical: "clinical work, where a wrong output can reach a patient",
  legal: "legal work, where a wrong output can reach a client or a court",
};

/**
 * A product children use is high-stakes whatever its field: a wrong or unsuitable answer reaches
 * someone less able to judge it, and a tutor's mistake is learned. A lead does not save a few
 * hundred dollars a month on the model a child talks to (the tenth round's Ohio district had
 * GPT-5 nano lead GPT-5 mini on a $792 gap under a $3,000 budget).
 */
const MINORS_STAKES = "a product used by people under 18, where a wrong or unsuitable answer reaches a child";

/** Why the team's job is high-stakes, or undefined (see HIGH_STAKES, MINORS_STAKES). */
export function highStakesOf(req: Pick<Requirements, "fieldOfUse" | "minorUsers">): string | undefined {
  const field = req.fieldOfUse === undefined ? undefined : HIGH_STAKES[req.fieldOfUse];
  return field ?? (req.minorUsers === true ? MINORS_STAKES : undefined);
}

/**
 * An EU company with regulated data (patient records, financial records) that said nothing about
 * where the data may be processed: a lead assumes it stays in the EU. Health data is a special
 * category under the GDPR, and sending it to a US-only host is the mistake a data-protection officer
 * stops a launch for; picking an EU region where one exists costs little. Not assumed when the team
 * said where the data may go (a residency rule of its own, or "data can leave the EU": false), nor
 * for a team that runs the model on its own premises (nothing leaves its building).
 */
export function assumesEuResidency(req: Requirements): boolean {
  return (
    req.inEu === true &&
    req.dataSensitivity === "regulated" &&
    req.euDataResidency === undefined &&
    req.residencyElsewhere === undefined &&
    req.deployment !== "on-prem"
  );
}

/**
 * Work for a defence or US government client: what a lead names it as in the answer. ITAR data,
 * military work and the US government clouds are where a security review asks where a model comes
 * from before anything else.
 */
function securityWorkOf(req: Requirements): string | undefined {
  if (req.fieldOfUse === "military") return "defence work";
  if (req.fieldOfUse === "ITAR") return "ITAR-controlled work";
  if (req.usGovernmentCloud === true) return "US government work";
  return undefined;
}

/**
 * Countries of origin a lead leaves out of defence and US government work unless the team lets
 * them in: models from labs in China. Putting a PRC-origin model in front of a US defence
 * contractor's security review unflagged is the costly mistake (the twenty-second round's Ohio
 * contractor got three Chinese models first, with no word); leaving them out costs a line that
 * says how to let them back. Not assumed when the team said anything about models from China
 * (ruled them out, would rather avoid them, or let them back in), nor for a team whose data stays
 * in China or with hosts owned there.
 */
const SECURITY_RULED_OUT_ORIGINS = ["CN"] as const;

export function assumedOriginExclusions(req: Requirements): string[] {
  if (securityWorkOf(req) === undefined) return [];
  const home = [
    ...(req.residencyElsewhere === undefined ? [] : (countriesOfRule(req.residencyElsewhere) ?? [])),
    ...(req.exclude?.hostsOwnedOutside ?? []),
  ];
  const said = [
    ...(req.exclude?.countries ?? []),
    ...(req.avoidIfPossible?.countries ?? []),
    ...(req.originsAllowed ?? []),
    // An allow-list of origins ("only US-origin models") says where models may come from: all of it.
    ...(req.exclude?.originsOutside?.length ? SECURITY_RULED_OUT_ORIGINS : []),
  ].map((c) => c.toUpperCase());
  return SECURITY_RULED_OUT_ORIGINS.filter((c) => !said.includes(c) && !home.includes(c));
}

export function judgedDefaults(stated: Requirements): JudgedDefaults {
  let req = stated;
  const assumed: string[] = [];
  // Medical work (a hospital's notes, a clinic's assistant) handles patient data unless the team
  // says otherwise: ranking it as unregulated would send patient data to any host.
  if (req.fieldOfUse === "medical" && req.dataSensitivity === undefined) {
    req = { ...req, dataSensitivity: "regulated" };
    assumed.push(
      'regulated (patient) data, since this is medical work (say "internal data only" if no patient data is involved)',
    );
  }
  if (assumesEuResidency(req)) {
    req = { ...req, euDataResidency: true };
    const data = req.fieldOfUse === "medical" ? "patient data" : "regulated data";
    assumed.push(
      `the data is processed in the EU, since you are an EU company with ${data} (say "what if data can leave the EU?" if processing elsewhere is fine)`,
    );
  }
  // High stakes and no stated priority: quality first. A priority the team states is its own word.
  const stakes = highStakesOf(req);
  if (stakes && (req.priorities ?? []).length === 0) {
    req = { ...req, priorities: ["quality"] };
    assumed.push(
      `quality first, since this is ${stakes}${budgetUsdOf(req) === undefined ? "" : "; your budget still rules out what it cannot pay for"} (say "cost matters most" to weigh cost first)`,
    );
  }
  // A team that writes in Turkish or Dutch and names no language serves people who read it: a
  // lead ranks on that language's strength, not on English alone.
  if (req.writtenIn !== undefined && (req.languages ?? []).length === 0) {
    const language = languageName(req.writtenIn);
    req = { ...req, languages: [req.writtenIn] };
    assumed.push(
      `answers in ${language}, since you wrote in ${language} (name the languages your users write in if that is not it)`,
    );
  }
  // Last, so the assumptions above keep their place in the answer's "Assumed:" line.
  const origins = assumedOriginExclusions(req);
  if (origins.length > 0) {
    req = { ...req, exclude: unionExclusions(req.exclude, { countries: origins }) };
    assumed.push(
      `no models from labs in China, since this is ${securityWorkOf(req)}, where a security review asks first where a model comes from (say "what if Chinese models are fine?" to include them)`,
    );
  }
  return { req, assumed };
}
