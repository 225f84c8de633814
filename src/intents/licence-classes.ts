// The words teams use for kinds of licence rather than a licence's name (what each kind covers is
// read from the licence records in licensing/licence-kinds.ts):
// - ruled out: "no research-only licences", "skip anything CC-BY-NC", "nothing with a MAU cap",
//   "no licences with usage policies we'd have to flow down to customers", "no attribution requirement";
// - allowed, a hard rule: "Apache or MIT only", "permissive licences only", "must be MIT";
// - preferred, no rule: "ideally plain Apache or MIT", "Apache 2.0 or MIT preferred".
import type { Catalog } from "../catalog/catalog.js";
import { licencesOfKind } from "../licensing/licence-kinds.js";
import { WISH_WORDS_AFTER, WISH_WORDS_BEFORE } from "./hedges.js";

const EXCLUDED_WORDS: { kind: string; pattern: RegExp }[] = [
  { kind: "cc-by-nc", pattern: /\bcc[- ]?by[- ]?nc\b/ },
  {
    kind: "non-commercial",
    pattern:
      /\b(non-?commercial|nc) licen[cs]\w*|\bnon-?commercial\b|\bresearch[- ]only\b|\bresearch licen[cs]es\b|\bnon-?production\b/,
  },
  { kind: "copyleft", pattern: /\b(copyleft|gpl|agpl)\b/ },
  // "no MAU cap", "no user limit", "no licences with MAU caps".
  {
    kind: "user-cap",
    pattern: /\b(?:mau|users?|monthly[- ]active[- ]users?|user[- ]count) (?:caps?|limits?|thresholds?|ceilings?)\b/,
  },
  // "no acceptable-use policy", "no AUP", "no use restrictions", "usage policies we'd have to flow
  // down", "terms we must pass on to customers".
  {
    kind: "use-policy",
    pattern:
      /\b(?:acceptable[- ]use(?: polic(?:y|ies))?|aups?|(?:use|usage)[- ](?:restrictions?|polic(?:y|ies))|flow[- ]?downs?)\b|\b(?:terms|restrictions|polic(?:y|ies)|conditions|clauses)\b[^.;!?]{0,40}\b(?:flow(?:ed)? down|pass(?:ed)? (?:on|down|through))\b/,
  },
  // "no attribution requirement", "no attribution duty", "no 'built with' branding".
  {
    kind: "attribution",
    pattern:
      /\battribution(?:[- ](?:requirements?|duty|duties|clauses?|obligations?|rules?))?\b|\bbuilt[- ]with\b[^.;!?]{0,20}\b(?:branding|badges?|lines?|notices?|labels?)\b|\bbranding (?:requirements?|duty|duties)\b/,
  },
];

/**
 * Licence ids (or, without a catalogue, kind words) for the kinds named in `scope`, a negated
 * span of folded text. The narrowest kind named wins: "CC-BY-NC" is that licence, not every
 * non-commercial one.
 */
export function licenceClassesIn(scope: string, catalog?: Catalog): string[] {
  const out: string[] = [];
  for (const { kind, pattern } of EXCLUDED_WORDS) {
    if (!pattern.test(scope)) continue;
    const ids = catalog ? licencesOfKind(kind, catalog) : [kind];
    for (const id of ids.length > 0 ? ids : [kind]) if (!out.includes(id)) out.push(id);
    if (kind === "cc-by-nc") scope = scope.replace(pattern, " ");
  }
  return out;
}

// Kinds a team may allow, by the words for them ("apache 2.0", "apache-licensed", "MIT", "BSD-3").
const ALLOWED_WORDS: { kind: string; pattern: RegExp }[] = [
  { kind: "apache-2.0", pattern: /^apache(?:[- ]?(?:2(?:\.0)?|v2))?$/ },
  { kind: "mit", pattern: /^mit$/ },
  { kind: "bsd", pattern: /^bsd(?:[- ]?[23](?:[- ]clause)?)?$/ },
  { kind: "permissive", pattern: /^permissive(?:ly)?$/ },
];
const KIND_WORD = String.raw`(?:apache(?:[- ]?(?:2(?:\.0)?|v2))?|mit|bsd(?:[- ]?[23](?:[- ]clause)?)?|permissive(?:ly)?)`;
// One or more kinds in a row: "apache or mit", "apache/mit", "plain apache 2.0, mit or bsd".
const KINDS_LISTED = new RegExp(
  String.raw`(?<![\w-])(?:plain\s+)?${KIND_WORD}(?:\s*(?:,|\/|\bor\b|\band\b|\+|&)\s*(?:plain\s+)?${KIND_WORD})*(?:[- ](?:style|type|licen[cs]ed|licen[cs]es?|terms))*(?![\w-])`,
  "g",
);
// What makes the list a rule: "only" beside it, "must/has to be", "nothing but".
const RULE_BEFORE =
  /\b(?:only|just|exclusively|must be|has to be|have to be|needs? to be|need|require[sd]?|nothing but|restricted to|limited to|accept(?:s|ed)? only)\s+(?:(?:an?|the|under|use|accept|allow|take|models?|weights|licen[cs]es?|with|under an?)\s+){0,3}$/;
const RULE_AFTER =
  /^\s*(?:licen[cs]es?|licen[cs]ed|models?|weights)?\s*(?:only|is a must|are a must|required|mandatory)\b/;
// What makes it a wish: the wish words every reading shares (hedges.ts), before or after the kinds.
const WISH_BEFORE_KINDS = new RegExp(
  String.raw`\b${WISH_WORDS_BEFORE}[,:]?\s+(?:(?:an?|the|something|under|use|models?|weights|licen[cs]es?|with|under an?)\s+){0,3}$`,
);
const WISH_AFTER_KINDS = new RegExp(
  String.raw`^\s*(?:licen[cs]es?|licen[cs]ed|models?|weights)?\s*${WISH_WORDS_AFTER}\b`,
);

export interface AllowedLicences {
  /** Kinds the team allows, a hard rule ("Apache or MIT only"). */
  allowed?: string[];
  /** Kinds the team prefers, no rule ("ideally Apache or MIT"). */
  preferred?: string[];
}

/** Kinds of licence a team allows or prefers in folded text `t` (see ALLOWED_WORDS for the ids). */
export function allowedLicencesIn(t: string): AllowedLicences {
  const out: AllowedLicences = {};
  for (const m of t.matchAll(KINDS_LISTED)) {
    const before = t.slice(Math.max(0, m.index - 60), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // A wish is said as one even beside "only" ("ideally apache or mit only" is still a wish).
    const which =
      WISH_BEFORE_KINDS.test(before) || WISH_AFTER_KINDS.test(after)
        ? "preferred"
        : RULE_BEFORE.test(before) || RULE_AFTER.test(after)
          ? "allowed"
          : null;
    if (!which) continue;
    const kinds = (out[which] ??= []);
    for (const word of m[0].split(/\s*(?:,|\/|\bor\b|\band\b|\+|&)\s*/)) {
      const bare = word.replace(/^plain\s+/, "").replace(/(?:[- ](?:style|type|licen[cs]ed|licen[cs]es?|terms))+$/, "");
      const kind = ALLOWED_WORDS.find((w) => w.pattern.test(bare))?.kind;
      if (kind && !kinds.includes(kind)) kinds.push(kind);
    }
  }
  return out;
}
