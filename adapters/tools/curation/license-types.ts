// Shapes and helpers for the hand-kept licence curation. Each record says which licence family of
// ../shared/data/licenses.json it comes from, our structured reading of its terms, a summary in
// our own words, and which of the family's source quotes to keep (by their `claim` text) under
// which clause topic. The importer copies the quotes verbatim from the source data.
import type { ClauseTopic, License, LicenseTerms } from "../../../src/catalog/schema.js";

export interface LicenseCuration {
  id: string;
  /** Family id in licenses.json, or null for vendor terms that file does not cover. */
  family: string | null;
  /** Defaults to the family's license_name. */
  name?: string;
  /** Defaults to the family's developer. */
  developer?: string;
  kind: License["kind"];
  /** Default to the family's values when it is an exact fit; set them when a record is a split. */
  spdx?: string | null;
  osiApproved?: boolean | null;
  weightsAvailable?: boolean | null;
  /** Defaults to the family's `verified`; a split can only lower it. */
  verified?: boolean;
  verificationNote?: string | null;
  summary: string;
  terms: LicenseTerms;
  /** claim text in the family's `sources` -> clause topic. Claims of another family can be
   *  borrowed as "<family>#<claim>" (e.g. the Llama 2 clauses a Vicuna release is bound by). */
  clauses: Record<string, ClauseTopic>;
  /** claim (as in `clauses`) -> the release its quote speaks for, when the source URL does not say
   *  it or says it wrongly: null for the licence's own words shown on another model's page. */
  clauseCheckpoints?: Record<string, string | null>;
  /** Quotes we read ourselves in the lab's own text (licence file, README, model card) at a pinned
   *  commit: primary clauses for licences the licence data does not cover. Short and verbatim. */
  readClauses?: ReadClause[];
  /** Defaults to the family's license_history. */
  history?: string | null;
  /** Required (in our words) when the family has a WRONG seed_correction; null on a split record it does not concern. */
  seedCorrection?: string | null;
}

export interface ReadClause {
  topic: ClauseTopic;
  quote: string;
  /** Pinned URL (a commit) of the text the quote is in. */
  source: string;
  /** When we read it. */
  checkedAt: string;
  checkedHow: string;
  /** False for a quote a third party gives (a proxy's copy of the card, an article): shown as secondary. */
  primary?: false;
  /** The release the quote speaks for, when it is one checkpoint's text (see Clause.checkpoint). */
  checkpoint?: string | null;
  /** The date the text itself says it took effect (see Clause.inForceFrom). */
  inForceFrom?: string;
}

/** When we read the labs' own web pages (model cards on the hub, terms pages) that have no commit to pin. */
export const PAGES_READ_ON = "2026-12-04";

/**
 * A quote read in a stored copy of a lab's own web page. A page has no commit, so the URL is the
 * page and the date is when we read it; `asShown` adds what the page itself says of its version
 * (e.g. "the page says: last updated February 29, 2024").
 */
export function pageClause(topic: ReadClause["topic"], quote: string, source: string, asShown?: string): ReadClause {
  return {
    topic,
    quote,
    source,
    checkedAt: PAGES_READ_ON,
    checkedHow: `read in a stored copy of the lab's own page${asShown ? ` (${asShown})` : ""}`,
  };
}

/**
 * A licence statement we could only read where a third party repeats it (a proxy's copy of the lab's
 * card, an article quoting the licence file), not in the lab's own text: kept as a secondary clause,
 * so the licence stays unverified and the audit lists it.
 */
export function reportedClause(topic: ReadClause["topic"], quote: string, source: string, via: string): ReadClause {
  return {
    topic,
    quote,
    source,
    checkedAt: PAGES_READ_ON,
    checkedHow: `read in ${via}, not in the lab's own text`,
    primary: false,
  };
}

type Permission = LicenseTerms["commercialUse"];

const NO_EXTRAS = {
  userThreshold: null,
  derivativeNaming: null,
  acceptableUsePolicy: null,
  passThrough: null,
  regionalExclusions: [],
  fieldOfUseRestrictions: [],
  outputsTrainingDuty: null,
} satisfies Partial<LicenseTerms>;

/** Apache-2.0, MIT and similar: everything allowed, the only duty is keeping notices. */
export function permissiveTerms(attribution: string, extra: Partial<LicenseTerms> = {}): LicenseTerms {
  return {
    commercialUse: "yes",
    selfHosting: "yes",
    fineTuning: "yes",
    redistribution: "yes",
    serveAsApi: "yes",
    outputsToTrainOtherModels: "yes",
    attribution,
    ...NO_EXTRAS,
    ...extra,
  };
}

export const APACHE_NOTICE =
  "Keep the Apache-2.0 licence text and any NOTICE file when redistributing; mark files you changed.";
export const MIT_NOTICE = "Keep the MIT copyright and permission notice in copies.";

/** A hosted, closed model: no weights, so nothing to self-host, fine-tune locally or redistribute. */
export function closedApiTerms(commercialUse: Permission, extra: Partial<LicenseTerms> = {}): LicenseTerms {
  return {
    commercialUse,
    selfHosting: "no",
    fineTuning: "no",
    redistribution: "not-applicable",
    serveAsApi: "no",
    outputsToTrainOtherModels: "unknown",
    attribution: null,
    ...NO_EXTRAS,
    ...extra,
    notes: {
      selfHosting: "The weights are not released; the model is only available as the vendor's hosted service.",
      serveAsApi: "You cannot host the model yourself; reselling access is governed by the vendor's terms.",
      ...extra.notes,
    },
  };
}

/** Terms our sources do not cover at all: every permission unknown. */
export function unknownTerms(extra: Partial<LicenseTerms> = {}): LicenseTerms {
  return {
    commercialUse: "unknown",
    selfHosting: "unknown",
    fineTuning: "unknown",
    redistribution: "unknown",
    serveAsApi: "unknown",
    outputsToTrainOtherModels: "unknown",
    attribution: null,
    ...NO_EXTRAS,
    ...extra,
  };
}

/** A custom open-weights licence: commercial use conditional, the rest set per record. */
export function customTerms(extra: Partial<LicenseTerms>): LicenseTerms {
  return {
    commercialUse: "conditional",
    selfHosting: "yes",
    fineTuning: "yes",
    redistribution: "conditional",
    serveAsApi: "conditional",
    outputsToTrainOtherModels: "not-addressed",
    userThreshold: null,
    attribution: null,
    derivativeNaming: null,
    acceptableUsePolicy: null,
    passThrough: null,
    regionalExclusions: [],
    fieldOfUseRestrictions: [],
    outputsTrainingDuty: null,
    ...extra,
  };
}

/** Research-only or non-production grants: commercial use is not granted at all. */
export function nonCommercialTerms(field: string, extra: Partial<LicenseTerms>): LicenseTerms {
  return customTerms({
    commercialUse: "no",
    selfHosting: "conditional",
    fineTuning: "conditional",
    fieldOfUseRestrictions: [field],
    ...extra,
    notes: {
      commercialUse: field,
      selfHosting: "Only for the permitted non-commercial purposes.",
      fineTuning: "Only for the permitted non-commercial purposes; derivatives stay under the same licence.",
      ...extra.notes,
    },
  });
}
