// OpenRouter's list is a second opinion on the labs' own prices: it never overwrites a catalogue
// price, but where it quotes a first-party model at a different price the refresh says so.
import type { Model } from "../../../src/catalog/schema.js";
import type { OpenRouterFile } from "./read-sources.js";
import { SANITY_LIMITS } from "./sanity-limits.js";

export interface OpenRouterDisagreement {
  line: string;
  implausible: boolean;
}

/** Prices that differ by less than this share are rounding, not disagreement. */
const TOLERANCE = 0.005;

export function openRouterDisagreements(file: OpenRouterFile, models: readonly Model[]): OpenRouterDisagreement[] {
  const firstParty = new Map<string, { model: Model; input: number; output: number }>();
  for (const model of models)
    for (const o of model.offerings)
      if (o.firstParty)
        firstParty.set(`${o.provider}/${o.providerModelId}`.toLowerCase(), {
          model,
          input: o.inputPerMTok,
          output: o.outputPerMTok,
        });
  const found: OpenRouterDisagreement[] = [];
  for (const row of file.data) {
    const ours = firstParty.get(row.id.toLowerCase());
    const input = perMillion(row.pricing?.prompt);
    const output = perMillion(row.pricing?.completion);
    if (!ours || input === null || output === null) continue;
    if (close(input, ours.input) && close(output, ours.output)) continue;
    const factor = SANITY_LIMITS.implausiblePriceFactor;
    const ratio = (a: number, b: number) => (a > 0 && b > 0 ? Math.max(a / b, b / a) : 1);
    found.push({
      line: `${ours.model.id}: catalogue ${ours.input}/${ours.output} vs OpenRouter ${row.id} ${input}/${output}`,
      implausible: ratio(input, ours.input) >= factor || ratio(output, ours.output) >= factor,
    });
  }
  return found;
}

function perMillion(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 1e6 * 1e4) / 1e4 : null;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * TOLERANCE;
}
