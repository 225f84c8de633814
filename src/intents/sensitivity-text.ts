// How sensitive a team's data is (public, internal, regulated), from the words it uses for the
// data or for itself. Teams rarely name the level: "loan documents" and "we're a bank" are
// regulated (personal financial data), "board minutes", "internal PDFs" and "data is operational"
// (a company's own running of things: flights, machines, shifts) are internal, "it's
// all public marketing copy" is public. When a message says several, the strongest wins
// ("internal only, 5,000 clinicians, patient notes" is regulated). Some words only name a kind of
// data ("our source code", "board minutes"): they say the data is at least that sensitive, so in a
// thread they never lower a level said before (a bank's code is still a bank's data).

import type { DataSensitivity } from "../scoring/requirements.js";

export type Sensitivity = DataSensitivity;

// Things internal data comes as; "internal" describes data only next to one of them, so an
// "internal tool", "internal APIs" or "used internally" says who uses it, not what the data is.
const INTERNAL_THINGS = String.raw`data|docs?|documents?|documentation|information|info|files|reports|wiki|knowledge|emails|tickets|records|notes|content|materials?|codebase|pdfs?|memos?|minutes|slides|decks|spreadsheets|specs|policies|stuff|presentations`;

// Kinds of data that are internal at least; the level itself is not named by them.
const INTERNAL_KINDS = new RegExp(
  String.raw`\b(proprietary (?:data|code)|private (?:data|code)|trade secrets?|our (?:own )?(?:source )?code(?:base)?|company data|employee data|board (?:minutes|papers|decks|packs|meeting notes)|meeting (?:minutes|notes|transcripts|recordings))\b`,
);

/** US health-privacy words: HIPAA, PHI (protected health information; "Phi-4" is a model). */
export const HIPAA_WORDS = /\b(hipaa|phi(?![- ]?\d))\b/;

// Special categories of personal data (GDPR art. 9 and 10) and the case files that hold them:
// "asylum cases", "immigration lawyers' case files", "criminal records", "biometric data". Fields
// whose every case is a person's case allow a few words between; the rest must be adjacent
// ("benefits claims", not "the benefits of open data").
const CASE_FIELDS = String.raw`(?:asylum|immigration|refugee|deportation|criminal|probation|parole)`;
const CASE_SUBJECTS = String.raw`(?:visa|custody|child protection|social care|welfare|benefits?)`;
const CASE_RECORDS = String.raw`(?:cases?|case ?files|case notes|files|records|applications|claims|interviews|decisions|data|hearings)`;
const SPECIAL_CATEGORY = String.raw`special[- ]category|${CASE_FIELDS}(?: [\w']+){0,3}? ${CASE_RECORDS}|${CASE_SUBJECTS} ${CASE_RECORDS}|(?:asylum|refugee) seekers?|criminal (?:records?|convictions?|offen[cs]es)|biometric (?:data|templates|identifiers)|genetic data|sexual orientation|religious beliefs|political opinions|ethnic (?:origin|data)|trade union membership`;

// Laws on personal data named for the data a team holds: Brazil's LGPD (and the central bank's
// Bacen rules for banks), California's CCPA / CPRA, Canada's PIPEDA, South Africa's POPIA,
// Singapore's PDPA, Japan's APPI, China's PIPL, India's DPDP Act (DPDPA), Turkey's KVKK, the US GLBA for
// financial data, and the privacy / data protection acts of other places. GDPR is left out: EU teams name it for where data may go
// (residency-text.ts reads that) whatever the data is.
const PRIVACY_LAWS = String.raw`kvkk|lgpd|bacen|ccpa|cpra|pipeda|popia|pdpa|dpdpa?|appi|pipl|glba|privacy (?:and data protection )?act|data protection act`;

// What lawyers and their clients say in confidence: "legal privilege", "attorney-client
// privilege", "privileged" files (regulated: disclosure is barred by law, not by choice).
const LEGAL_PRIVILEGE = String.raw`(?:legal|legal professional|attorney[- ]client|solicitor[- ]client|lawyer[- ]client|litigation) privilege|privileged`;
// Humanitarian "protection data" is about people at risk (detainees, missing persons, survivors):
// the most sensitive personal data there is. "data protection" is a law's name, read above, and
// equipment protection ("fire protection records") is not about people.
const PROTECTION_DATA = String.raw`(?<!\b(?:fire|flood|frost|crop|plant|radiation|corrosion|surge|lightning|cathodic|ip|copy) )protection (?:data|cases?|case ?files|records)|(?:data|information|records) (?:about|on|of) (?:vulnerable|at-risk) (?:people|persons|adults|children|groups)|detainees?'? (?:data|records|files)`;

// Court records the law closes to the public: sealed material and anything about minors in the
// justice system ("some of it sealed or about juveniles", "juvenile court records", "sealed
// filings"). A sealed envelope is not at issue in a message about a model: "sealed" is read only
// of records or of "it" / "them" the message is about.
const SEALED_OR_JUVENILE = String.raw`sealed (?:records?|cases?|case ?files|files?|filings?|documents?|court \w+|material|data|transcripts?|hearings?|evidence)|(?:records?|files?|cases?|filings?|data|transcripts?) (?:are |is |get |were |was )?sealed|of (?:it|them) (?:is |are )?sealed|juvenile (?:court|justice|records?|cases?|case ?files|files?|offenders?|matters?|hearings?|data|defendants?)|(?:about|concern(?:s|ing)?|involv(?:es|ing)|on) (?:juveniles|minors)`;
// What people at risk write to a crisis or suicide line is health data of the most sensitive kind:
// "a crisis text line", "messages are extremely sensitive (self-harm)", "texters often talk about
// suicide". Screening posts for self-harm (moderation) is a harm category, not such data.
const SELF_HARM = String.raw`(?:crisis|suicide(?: prevention)?) (?:text |help ?|hot ?)?lines?|sensitive\s*\(\s*(?:self[- ]harm|suicid\w*)|(?:talk|write|speak|text|call)s? (?:to us )?about (?:self[- ]harm|suicide|suicidal \w+)`;

const LEVELS: { level: Sensitivity; pattern: RegExp; kindOnly?: RegExp }[] = [
  {
    level: "public",
    pattern: new RegExp(
      String.raw`\b(public (?:\w+ ){0,2}(?:data|information|content|docs|documents|web|text|copy|pages|posts|material|articles|sources?|code)|nothing sensitive|non-?sensitive|open data|publicly available|(?:it'?s|it is|they'?re|everything is|data is) (?:all |only |just )?public\b(?! (?:sector|company|companies|api|apis|cloud|endpoint)))`,
    ),
  },
  {
    level: "internal",
    pattern: new RegExp(
      String.raw`\b(internal (?:\w+ )?(?:${INTERNAL_THINGS})|(?:data|content|docs?|documents?)\s*(?:is|are|was|were|'s|:|=)\s*(?:all |only |just |purely )?(?:internal|operational)|operational (?:data|logs?|records)|(?:only|just|purely) internal\b(?! (?:tools?|use|users|apps?|teams?|staff))|^internal$|confidential|sensitive)\b|${INTERNAL_KINDS.source}`,
    ),
    kindOnly: new RegExp(INTERNAL_KINDS.source, "g"),
  },
  {
    level: "regulated",
    pattern: new RegExp(
      // Customer data is personal data (GDPR and the like), not merely internal; a bank, an
      // insurer or a clinic handles regulated data whatever the task.
      String.raw`${HIPAA_WORDS.source}|\b(${SPECIAL_CATEGORY}|regulated|pci(?:-dss)?|customer data|customers'? (?:personal )?data|clients?'? data|client files|customer calls|card disputes?|bank statements?|insurance claims?|health (?:info|records?)|patients?'?|patient (?:data|records|notes)|clinical (?:notes|data|records)|medical (?:records|data|notes|history)|health (?:data|records|information)|ehr|emr|financial data|banking data|card(?:holder)? data|(?:card )?payments? data|loan (?:docs?|documents?|files|applications|contracts|agreements)|mortgage (?:docs?|documents?|files|applications)|credit (?:reports?|files)|pii|personal (?:data|information|info|details)|${PRIVACY_LAWS}|coppa|ferpa|(?:children|kids|minors|students|pupils)'?s? (?:personal )?data|gdpr[- ]sensitive|classified|secret clearance|${LEGAL_PRIVILEGE}|${PROTECTION_DATA}|${SEALED_OR_JUVENILE}|${SELF_HARM}|sox|itar|cui (?:data|documents?|files?|material|information|records|workloads?)|(?:it'?s|it is|this is|is|are|contains?|handles?|handling|process(?:es|ing)?) cui|controlled unclassified(?: information)?|fedramp high|government data|(?:we'?re|we are) an? (?:\w+ )?(?:bank|insurer|insurance company|hospital|clinic|health ?care provider|credit union|lender)|(?:bank|insurer|insurance company|hospital|clinic|credit union|lender) here)\b`,
    ),
  },
];

const STRONGER: Record<Sensitivity, number> = { public: 0, internal: 1, regulated: 2 };
const NOTHING_SENSITIVE = /\b(nothing sensitive|no sensitive data|not sensitive)\b/;

export interface SensitivityReading {
  level: Sensitivity;
  /** false when only a kind of data implies the level ("our source code"): a floor, not a ceiling. */
  named: boolean;
}

/** `pos`: the text with negated phrases blanked ("nothing regulated" is no level); `t`: the whole text. */
export function readSensitivity(pos: string, t: string): SensitivityReading | undefined {
  let found: SensitivityReading | undefined;
  for (const { level, pattern, kindOnly } of LEVELS) {
    const m = pattern.exec(pos);
    if (!m || (found !== undefined && STRONGER[level] <= STRONGER[found.level])) continue;
    // Named when some match of the level's words is not merely a kind of data.
    const named = kindOnly === undefined || pos.replace(kindOnly, " ").search(pattern) >= 0;
    found = { level, named };
  }
  if (found === undefined && NOTHING_SENSITIVE.test(t)) return { level: "public", named: true };
  return found;
}

export function sensitivityIn(pos: string, t: string): Sensitivity | undefined {
  return readSensitivity(pos, t)?.level;
}

/** Whether `level` may replace `before` in a thread: a kind of data only ever raises the level. */
export function replacesSensitivity(reading: SensitivityReading, before: Sensitivity | undefined): boolean {
  return reading.named || before === undefined || STRONGER[reading.level] >= STRONGER[before];
}
