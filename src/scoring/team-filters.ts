// Hard filters from what a team rules out or needs: named labs, countries of origin, licence
// families and models; a device or size cap; shipping the weights. Each returns the reason a
// model fails (in plain words, naming the requirement) or null. An unknown fact fails a stated
// requirement and the reason says it is unknown.
import type { Catalog } from "../catalog/catalog.js";
import type { License, Model } from "../catalog/schema.js";
import { noSingleCountry } from "../catalog/labs.js";
import { countriesOfOrigin, sayOrigins } from "../catalog/origin-regions.js";
import { labCountryOf, labMatches, paramsOf } from "./catalog-facts.js";
import { allowedBy, excludedKindOf, licenceName, sayAllowed } from "../licensing/licence-kinds.js";
import type { Exclusions, Requirements } from "./requirements.js";

/**
 * Size caps for "runs on a device", by device class. A phone shares a few GB of memory with the
 * OS and every other app; a laptop has 16 GB or more. Apple's own phone model is ~3B parameters
 * (2-bit quantisation-aware trained), per its 2025 foundation-model report, so a phone app gets
 * at most 4B. The laptop cap is OUR assumption: 8B is about 5 GB of weights at 4-bit. Without a
 * device class the laptop cap applies, and the answer says so and how to change it.
 */
export const DEVICE_CAPS = {
  phone: {
    maxB: 4,
    basis:
      "Apple's own on-device model is about 3B parameters (Apple Intelligence Foundation Language Models report, 2025)",
    source: {
      label: "Apple Intelligence Foundation Language Models Tech Report 2025",
      url: "https://arxiv.org/abs/2507.13575",
      asOf: "2025-07-17",
    },
  },
  laptop: {
    maxB: 8,
    basis: "our assumption: about 5 GB of weights at 4-bit, which a 16 GB laptop holds",
    source: null,
  },
} as const;

/**
 * On a phone or tablet the OS and the apps beside yours keep part of the memory: a 6 GB Android
 * tablet does not give one app 6 GB. OUR assumption, said in the on-device note.
 */
export const PHONE_OS_RESERVE_GB = 2;

/**
 * GB per billion parameters at 4-bit, quantisation scales included: the laptop cap's basis above
 * (8B is about 5 GB of weights at 4-bit). OUR assumption, said in the echo.
 */
export const GB_PER_BILLION_AT_4BIT = 5 / 8;

/**
 * The largest model (billions of parameters, to a tenth) whose 4-bit weights FILE fits `gb`: a cap
 * on what the weights add to a download or installer bounds the file, not the memory it runs in
 * ("the model can add at most 3 GB to the download": about 4.8B parameters at 4-bit).
 */
export function paramsForWeightsFileGb(gb: number): number {
  return Math.max(0.1, Math.floor((gb / GB_PER_BILLION_AT_4BIT) * 10) / 10);
}

/** The laptop cap, applied when the device class is not stated. */
export const ON_DEVICE_MAX_PARAMS_B = DEVICE_CAPS.laptop.maxB;

const norm = (s: string) => s.trim().toLowerCase();

/** "llama" covers llama-3.1 and llama-3.2-vision; an id or the licence's family match exactly. */
function licenceMatches(license: License, wanted: string): boolean {
  const w = norm(wanted);
  const ids = [license.id, license.family ?? ""].map(norm).filter((x) => x.length > 0);
  return ids.some((id) => id === w || id.startsWith(`${w}-`) || id.startsWith(`${w}.`));
}

export function exclusionReason(
  catalog: Catalog,
  model: Model,
  license: License | undefined,
  ex: Exclusions | undefined,
): string | null {
  if (!ex) return null;
  if (ex.models?.some((id) => norm(id) === model.id)) return `${model.name}: you ruled this model out`;
  if (ex.labs && ex.labs.length > 0 && labMatches(catalog, model, ex.labs))
    return `${model.name} is made by ${model.lab}, a lab you ruled out`;
  if (ex.countries && ex.countries.length > 0) {
    const country = labCountryOf(catalog, model);
    const wanted = ex.countries.map((c) => c.toUpperCase());
    if (country === "unknown") {
      const why = noSingleCountry(catalog, model);
      return why
        ? `${model.name}: ${model.lab} has no single country of origin (${why}), so it cannot be checked against your exclusion of ${wanted.join(", ")}`
        : `${model.name}: ${model.lab}'s country of origin is not recorded in the catalogue, so it cannot be checked against your exclusion of ${wanted.join(", ")}`;
    }
    if (wanted.includes(country)) return `${model.name} comes from ${model.lab} (${country}), a country you ruled out`;
  }
  if (ex.originsOutside && ex.originsOutside.length > 0) {
    const why = originReason(catalog, model, ex.originsOutside);
    if (why) return why;
  }
  if (ex.licenses && ex.licenses.length > 0 && license) {
    const hit = ex.licenses.find((l) => licenceMatches(license, l));
    // Said as the team said it: the kind ("licences with a monthly-user cap") or the licence, never an id.
    const kind = hit ? excludedKindOf(license, ex.licenses, catalog) : null;
    if (hit)
      return kind
        ? `${model.name} is under ${licenceName(license)}, and you ruled out ${kind}`
        : `${model.name} is under ${licenceName(license)}, a licence you ruled out${catalog.licenseById.has(hit) ? "" : ` (${hit})`}`;
  }
  return null;
}

/**
 * An allow-list of labs' home countries ("only models from European labs"): a lab from elsewhere
 * fails, and so does one whose country is not on record, with that said (it cannot be checked).
 */
function originReason(catalog: Catalog, model: Model, allowed: readonly string[]): string | null {
  const rule = `you accept only ${sayOrigins(allowed, true)}`;
  const country = labCountryOf(catalog, model);
  if (country === "unknown") {
    const why = noSingleCountry(catalog, model);
    return why
      ? `${model.name}: ${model.lab} has no single country of origin (${why}), so it cannot be checked, and ${rule}`
      : `${model.name}: ${model.lab}'s country of origin is not recorded in the catalogue, so it cannot be checked, and ${rule}`;
  }
  if (allowed.some((code) => countriesOfOrigin(code).includes(country))) return null;
  return `${model.name} comes from ${model.lab} (${country}), and ${rule}`;
}

/** "Apache or MIT only": a model under any other licence (closed terms included) is ruled out. */
export function allowedLicenceReason(model: Model, license: License | undefined, req: Requirements): string | null {
  const allowed = req.allowedLicenses;
  if (!allowed || allowed.length === 0 || (license && allowedBy(license, allowed))) return null;
  const under = license ? `is under ${licenceName(license)}` : "has no licence on file";
  return `${model.name} ${under}, not ${sayAllowed(allowed)}, the only licences you accept`;
}

/** The size cap in force (stated, or the device class's), or null. */
export function sizeCap(req: Requirements): { maxB: number; why: string } | null {
  const file = weightsFileWhy(req);
  if (file) return file;
  if (req.maxParamsB !== undefined && req.deviceMemoryGb !== undefined)
    return {
      maxB: req.maxParamsB,
      why:
        req.device === "phone"
          ? `a phone or tablet with ${req.deviceMemoryGb} GB of memory, shared with the OS and other apps (at most ${req.maxParamsB}B parameters at 4-bit)`
          : `your device's ${req.deviceMemoryGb} GB of memory (at most ${req.maxParamsB}B parameters at 4-bit, with room for the context)`,
    };
  if (req.maxParamsB !== undefined) return { maxB: req.maxParamsB, why: `your cap of ${req.maxParamsB}B parameters` };
  if (req.onDevice) {
    if (req.device === "phone")
      return { maxB: DEVICE_CAPS.phone.maxB, why: `a phone app (at most ${DEVICE_CAPS.phone.maxB}B parameters)` };
    if (req.device === "laptop")
      return { maxB: DEVICE_CAPS.laptop.maxB, why: `a laptop app (at most ${DEVICE_CAPS.laptop.maxB}B parameters)` };
    return {
      maxB: ON_DEVICE_MAX_PARAMS_B,
      why: `on-device use (at most ${ON_DEVICE_MAX_PARAMS_B}B parameters, the laptop cap; a phone needs at most ${DEVICE_CAPS.phone.maxB}B; say "at most N B" to change it)`,
    };
  }
  return null;
}

/**
 * A cap on the weights file ("the model can add at most 3 GB to the download") said back with what
 * it allows at 4-bit, and the device's memory beside it when that was said too: the file caps the
 * download, the memory caps what runs, and the smaller of the two is the cap.
 */
function weightsFileWhy(req: Requirements): { maxB: number; why: string } | null {
  if (req.weightsFileGb === undefined || req.maxParamsB === undefined) return null;
  const fileB = paramsForWeightsFileGb(req.weightsFileGb);
  const file = `the ${req.weightsFileGb} GB the weights may add to the download (a 4-bit weights file of at most ${fileB}B parameters)`;
  if (req.deviceMemoryGb === undefined)
    return {
      maxB: req.maxParamsB,
      why: req.maxParamsB < fileB ? `a phone app (at most ${req.maxParamsB}B parameters); ${file}` : file,
    };
  // The cap is the smaller of the two: below the file's, the memory set it.
  const memory = `${req.deviceMemoryGb} GB of device memory`;
  return {
    maxB: req.maxParamsB,
    why:
      req.maxParamsB < fileB
        ? `your ${memory} (at most ${req.maxParamsB}B parameters at 4-bit, with room for the context); ${file}`
        : `${file}; your ${memory} would hold more`,
  };
}

/** What the on-device cap rests on, for the answer: the device class, the cap, and its basis. */
export function deviceCapNote(
  req: Requirements,
): { text: string; source: { label: string; url: string; asOf: string } | null } | null {
  if (!req.onDevice) return null;
  const phone = DEVICE_CAPS.phone;
  const laptop = DEVICE_CAPS.laptop;
  // A phone's or tablet's memory said: what the OS keeps, and that it never lifts the phone cap.
  if (req.device === "phone" && req.deviceMemoryGb !== undefined && req.maxParamsB !== undefined)
    return {
      text: `a phone or tablet with ${req.deviceMemoryGb} GB: the OS and the apps beside yours keep about ${PHONE_OS_RESERVE_GB} GB (our assumption), and the model's 4-bit weights get three quarters of the rest, the context the last quarter, so at most ${req.maxParamsB}B parameters. More memory never lifts a phone app past ${phone.maxB}B: ${phone.basis}, and the chip, not only the memory, sets how fast it answers.`,
      source: phone.source,
    };
  if (req.maxParamsB !== undefined) return null;
  if (req.device === "phone")
    return { text: `a phone app: at most ${phone.maxB}B parameters (${phone.basis}).`, source: phone.source };
  if (req.device === "laptop")
    return {
      text: `a laptop app: at most ${laptop.maxB}B parameters (${laptop.basis}). A phone app would need at most ${phone.maxB}B.`,
      source: null,
    };
  return {
    text: `at most ${laptop.maxB}B parameters, the laptop cap (${laptop.basis}). A phone app needs at most ${phone.maxB}B (${phone.basis}): if it must run on phones, say "at most ${phone.maxB}B".`,
    source: phone.source,
  };
}

export function sizeReason(model: Model, req: Requirements): string | null {
  if (req.onDevice && !model.openWeights)
    return `${model.name} has no downloadable weights, so it cannot run on a device`;
  const cap = sizeCap(req);
  if (!cap) return null;
  const p = paramsOf(model);
  if (p === "unknown")
    return `${model.name}'s parameter count is not in the catalogue, so it cannot be checked against ${cap.why}`;
  if (p.totalB > cap.maxB) return `${model.name} has ${p.totalB}B parameters, over ${cap.why}`;
  return null;
}

/** Shipping weights to customers: the weights must exist and their licence must allow passing them on. */
export function redistributionReason(model: Model, license: License, req: Requirements): string | null {
  if (!req.redistributeWeights) return null;
  if (!model.openWeights) return `${model.name} has no downloadable weights to ship to your customers`;
  const r = license.terms.redistribution;
  if (r === "yes" || r === "conditional") return null;
  if (r === "no") return `${model.name}: ${license.name} does not allow distributing the weights or derivatives`;
  return `${model.name}: our sources do not settle whether its licence (${license.name}) allows distributing the weights, so shipping them cannot be confirmed`;
}

/**
 * A team that sends the model images needs image input: a text-only model cannot do the job, and
 * a model whose input types the catalogue does not hold is not assumed to read images.
 */
export function imageInputReason(model: Model, req: Requirements): (() => string) | null {
  if (!req.imageInput) return null;
  const inputs = model.inputModalities;
  if (inputs.includes("image")) return null;
  if (inputs.length === 0)
    return () => `${model.name}'s input types are not in the catalogue, so it cannot be checked that it reads images`;
  return () => `${model.name} takes ${inputs.join(" and ")} only (no image input), and you send the model images`;
}
