// Which offerings are past their end of life on a given day: an offering ends when its host retires
// it (a cloud's own lifecycle date, `offering.retirement`), and the lab's own API offering also ends
// when the lab retires the model there (`model.retirement`). A lab's date covers only its own API:
// the clouds that resell the model (Bedrock, Vertex, Azure) keep their own schedules, so the model
// stays on offer there until their own date. A retired offering is not sold any more: the loader
// takes it out of `model.offerings`, so no ranking, price or monthly cost uses it, and keeps it in
// `catalog.retiredOfferings` so answers can say who retired it and since when.
import { CLOUD_HOSTS, cloudOfHost, cloudOfProviderId } from "./cloud-hosts.js";
import type { Model, Offering } from "./schema.js";
import type { SourceKind } from "./schema-common.js";
import type { CloudId } from "./signals-schema.js";

/** The cloud whose availability records (`model.clouds`) an offering sells through: only the cloud's
 *  own marketplace id, since a retirement there is what ends the model in the team's account. */
function cloudOfOffering(offering: Offering): CloudId | undefined {
  const key = cloudOfProviderId(offering.provider);
  return key ? CLOUD_HOSTS[key].cloudId : undefined;
}

/** An offering that is no longer sold, with the host's (or lab's) words on when it ended. */
export interface RetiredOffering {
  offering: Offering;
  retiredOn: string;
  /** When the host moved it to legacy first, if the source says. */
  legacyOn: string | null;
  /** "AWS's Amazon Bedrock model card for Llama 3.2 90B Instruct". */
  label: string;
  sourceUrl: string;
  sourceKind: SourceKind;
  asOf: string;
  /** Whose date ended it: the host's own lifecycle, or the lab's retirement from its own API. */
  endedBy: "host" | "lab";
  /** The model the lab names instead (lab retirements only). */
  replacement: string | null;
}

/** The lab's own API offering: first-party and not a cloud marketplace (Google's Vertex, Microsoft's Azure). */
export function isLabApi(offering: Offering): boolean {
  return offering.firstParty && cloudOfHost(offering.provider) === null;
}

/**
 * The end of life of one offering, or null when none is on record: the host's own date, else, for
 * the lab's own API, the lab's retirement of the model.
 */
export function offeringEndOfLife(
  offering: Offering,
  model?: Pick<Model, "retirement">,
): Omit<RetiredOffering, "offering"> | null {
  const host = offering.retirement;
  if (host) {
    return {
      retiredOn: host.retiresOn,
      legacyOn: host.legacyOn,
      label: host.label,
      sourceUrl: host.sourceUrl,
      sourceKind: host.sourceKind,
      asOf: host.asOf,
      endedBy: "host",
      replacement: null,
    };
  }
  const lab = model?.retirement;
  if (!lab || !isLabApi(offering)) return null;
  return {
    retiredOn: lab.retiresOn,
    legacyOn: lab.deprecatedOn,
    label: lab.label,
    sourceUrl: lab.sourceUrl,
    sourceKind: lab.sourceKind,
    asOf: lab.asOf,
    endedBy: "lab",
    replacement: lab.replacement,
  };
}

/**
 * The models with only the offerings still sold on `today`, and the retired ones by model id.
 * A model without a retired offering is returned as it is (no copy).
 */
export function withoutRetiredOfferings(
  models: readonly Model[],
  today: string,
): { models: Model[]; retired: Map<string, RetiredOffering[]> } {
  const retired = new Map<string, RetiredOffering[]>();
  const live = models.map((model) => {
    const ended: RetiredOffering[] = [];
    for (const offering of model.offerings) {
      const end = offeringEndOfLife(offering, model);
      if (end && end.retiredOn <= today) ended.push({ offering, ...end });
    }
    if (ended.length === 0) return model;
    retired.set(model.id, ended);
    const offerings = model.offerings.filter((o) => !ended.some((e) => e.offering === o));
    // A cloud that retired the model no longer runs it in any region: its availability records go
    // too, or the ranking would still place the model "inside your AWS account" at another price.
    const goneClouds = new Set(
      ended
        .map((e) => cloudOfOffering(e.offering))
        .filter((c): c is CloudId => c !== undefined)
        .filter((c) => !offerings.some((o) => cloudOfOffering(o) === c)),
    );
    const clouds = model.clouds?.filter((c) => !goneClouds.has(c.cloud));
    return { ...model, offerings, ...(clouds ? { clouds } : {}) };
  });
  return { models: live, retired };
}
