// The bridge from the cost engine's self-hosting estimate to the one number scoring needs: the
// fleet sized for the peak (N+1), always on, plus operations staff.
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import {
  cheapestPlan,
  explainPlan,
  inputPerOutput,
  planMonthlyCost,
  selfHostPlanFigures,
  spareDoubling,
  withLoadConcurrency,
  selfHostPlanAtNeed,
  type PlanFigures,
  type SelfHostPlan,
} from "../costs/self-host.js";
import { namedHeadroomGpus, namedHeadroomWords } from "../costs/fleet.js";
import { hoursPerMonth } from "../costs/selfhost-data.js";
import type { SourceRef } from "../ports.js";
import type { SelfHostQuote, SelfHostQuoter } from "./monthly-cost.js";
import type { Model } from "../catalog/schema.js";
import type { Volume } from "../costs/volume.js";
import { formatFte, formatHourlyUsd, formatUsd as usd } from "../render/format.js";
import { KeyedMemo } from "./model-memo.js";
import { sizingShape } from "../costs/sizing-shape.js";

// A deployment plan (memory, GPUs, throughput, price) depends on the model, the edits and the
// input:output ratio, not on the volume, so it is memoized: rankings re-run many times per
// turn (the sensitivity search scales the volume) and on every turn of a thread. Bounded by sets
// of (edits, ratio), so a bigger catalogue never makes the memo start over (see KeyedMemo).
// The memo keeps each plan's figures only (selfHostPlanFigures): a quote explains the one plan
// it chose, and only when its sources are read. Its tables are keyed by the model's sizing shape
// (sizing-shape.ts), not its id: models sized from the same facts share their plans, so the memo
// grows with the architectures in the catalogue, not its entries.
const PLAN_INPUT_SETS = 64;
interface ModelPlans {
  figures: PlanFigures[];
  /** The figures' plans, in the same order (cheapestPlan remembers its last choice per array). */
  plans: SelfHostPlan[];
}
/**
 * A model's plans under one set of inputs and sequences in flight: each GPU's figures at that
 * batch (key "" for the default or named GPU), which do not depend on the volume; and the plans
 * chosen from them, by the batches each GPU's re-count settled at (atStreamRate: a slow replica
 * keeps more sequences in flight at the same volume, so its batch follows the volume's peak).
 */
interface ModelEntry {
  atNeed: Map<string, SelfHostPlan | { unavailable: string }>;
  chosen: Map<string, ModelPlans | { unavailable: string }>;
  /**
   * The plans when no GPU's batch moves, with the slowest stream rate of the GPUs' figures at this
   * batch: a peak of at most batch × that rate keeps every batch (most volumes), so they are
   * found with one comparison instead of re-counting every GPU.
   */
  steady?: { slowest: number; plans: ModelPlans | { unavailable: string } };
  /** The plans of the last few peaks that moved a batch (a ranking's passes quote the same volumes again). */
  moved: Map<number, ModelPlans | { unavailable: string }>;
}
/** Peaks kept per model and batch in ModelEntry.moved. */
const MOVED_PEAKS = 16;
type Plans = KeyedMemo<Map<string, ModelEntry>>;
const plans = new WeakMap<SelfHostData, Plans>();

function planCache(data: SelfHostData): Plans {
  let cache = plans.get(data);
  if (!cache) {
    cache = new KeyedMemo(PLAN_INPUT_SETS, () => new Map());
    plans.set(data, cache);
  }
  return cache;
}

/**
 * Sources of an explained plan, per plan of the memo and model id (explaining sizes the model
 * again; models of one shape share a plan, and each explains it with its own sources).
 */
const explained = new WeakMap<SelfHostPlan, Map<string, SourceRef[]>>();

export function selfHostQuoter(selfhost: SelfHostData, edits: AssumptionEdits = {}): SelfHostQuoter {
  const finder = new PlanFinder(selfhost, edits);
  let lastKey = "";
  let table: Map<string, ModelEntry> | undefined;
  return (model, volume) => {
    const load = finder.load(volume);
    // Consecutive calls share the ratio (one ranking pass), so the table is found once per pass.
    if (load.key !== lastKey || !table) {
      table = finder.cache.table(load.key);
      lastKey = load.key;
    }
    const priced = finder.priced(model, volume, load, table);
    if ("unavailable" in priced) return priced;
    // The fleet sized for the peak, always on: the figure the self-hosting answer leads with,
    // so a shortlist, "why not X?" and "self-host X" agree on the same facts.
    const quote = new QuoteWrittenLater(priced.monthly.totalAlwaysOnUsd, model, volume, finder);
    const gpus = priced.monthly.gpus;
    quote.gpusNotOwned = Math.max(0, gpus - (priced.figures.plan.owned?.count ?? 0));
    return quote;
  };
}

/** What a volume asks of a plan: its input:output ratio, its sequences in flight, and their memo table's key. */
interface Load {
  ratio: number;
  sized: ReturnType<typeof withLoadConcurrency>;
  concurrency: number;
  key: string;
}

/**
 * Finds a volume's plan through the memo, for one quoter's catalogue data and edits. A quote keeps
 * its quoter's finder to write its words when read, so the finder keeps no table of the memo:
 * the memo lets a table go when it is full, and a finder kept by the cost memo's quotes must not
 * hold it on (the quoter keeps its last table itself).
 */
class PlanFinder {
  readonly cache: Plans;
  readonly editsKey: string;
  readonly hours: number;

  constructor(
    readonly selfhost: SelfHostData,
    readonly edits: AssumptionEdits,
  ) {
    this.cache = planCache(selfhost);
    this.editsKey = JSON.stringify(Object.entries(edits).sort(([a], [b]) => (a < b ? -1 : 1)));
    this.hours = hoursPerMonth(selfhost);
  }

  load(volume: Volume): Load {
    const ratio = inputPerOutput(volume);
    // The KV cache holds the sequences this volume keeps in flight (a batch of 4 to 32), so plans
    // are kept per concurrency as well as per ratio: a handful of tables, not one per volume.
    const sized = withLoadConcurrency(this.edits, volume.outputTokensPerMonth, this.hours);
    const concurrency = sized.concurrency ?? NaN;
    return { ratio, sized, concurrency, key: `${this.editsKey}|${ratio}|${concurrency}` };
  }

  /** The plan the volume is quoted from, its table found in the memo. */
  find(model: Model, volume: Volume): Priced | { unavailable: string } {
    const load = this.load(volume);
    return this.priced(model, volume, load, this.cache.table(load.key));
  }

  /** The plan the volume is quoted from (table: the memo's table for the load's key). */
  priced(
    model: Model,
    volume: Volume,
    { ratio, sized, concurrency }: Load,
    table: Map<string, ModelEntry>,
  ): Priced | { unavailable: string } {
    const shape = sizingShape(model, this.selfhost);
    const entry = entryOf(table, shape);
    const peak = sized.concurrencyLoad?.peakOutputTokensPerSec ?? 0;
    const keepsBatch = (rate: number) => Math.ceil(peak / rate - 1e-9) <= concurrency;
    const steady = entry.steady;
    let known = steady && keepsBatch(steady.slowest) ? steady.plans : entry.moved.get(peak);
    if (!known) {
      // Each GPU's figures at a batch, kept under that batch's inputs; the batches each GPU settled
      // at name the set of plans chosen from them, so the same batches give the same plans (and
      // the same array, which cheapestPlan remembers its choice for).
      const settled: string[] = [];
      const all = selfHostPlanFigures(model, ratio, sized, this.selfhost, (chosen, need) => {
        const n = need ?? concurrency;
        settled.push(`${chosen?.key ?? ""}:${n}`);
        const at = n === concurrency ? entry : entryOf(this.cache.table(`${this.editsKey}|${ratio}|${n}`), shape);
        const key = chosen?.key ?? "";
        let plan = at.atNeed.get(key);
        if (!plan) {
          plan = selfHostPlanAtNeed(model, ratio, { ...sized, concurrency: n }, this.selfhost, chosen);
          at.atNeed.set(key, plan);
        }
        return plan;
      });
      const signature = settled.join(",");
      known = entry.chosen.get(signature);
      if (!known) {
        known = "unavailable" in all ? all : { figures: all, plans: all.map((f) => f.plan) };
        entry.chosen.set(signature, known);
      }
      let slowest = Infinity;
      for (const p of entry.atNeed.values())
        if (!("unavailable" in p)) slowest = Math.min(slowest, p.memory.streamTokensPerSec);
      if (keepsBatch(slowest)) entry.steady ??= { slowest, plans: known };
      else {
        if (entry.moved.size >= MOVED_PEAKS) entry.moved.delete(entry.moved.keys().next().value!);
        entry.moved.set(peak, known);
      }
    }
    if ("unavailable" in known) return { unavailable: known.unavailable };
    // The GPU that costs least at this volume (see selfHostPlans), as the self-hosting answer picks it.
    const at =
      known.plans.length === 1 ? 0 : known.plans.indexOf(cheapestPlan(known.plans, volume.outputTokensPerMonth));
    const figures = known.figures[at]!;
    return { ratio, sized, figures, monthly: planMonthlyCost(figures.plan, volume.outputTokensPerMonth) };
  }
}

function entryOf(t: Map<string, ModelEntry>, shape: string): ModelEntry {
  let entry = t.get(shape);
  if (!entry) {
    entry = { atNeed: new Map(), chosen: new Map(), moved: new Map() };
    t.set(shape, entry);
  }
  return entry;
}

/** A volume's plan as the quoter found it, with what its words are written from. */
interface Priced {
  ratio: number;
  sized: ReturnType<typeof withLoadConcurrency>;
  figures: PlanFigures;
  monthly: ReturnType<typeof planMonthlyCost>;
}

/**
 * A quote that keeps its figure, the model and the volume, and writes its summary and sources
 * when first read. The cost memo keeps a quote per model and set of cost inputs and an answer
 * reads the words of a few; a quote whose getters closed over its plan kept the plan, its figures
 * and the month's cost alive per model and volume, after the plan memo had let them go (at 10×
 * today's catalogue a fifth of what the caches held). Written again, the words are the same:
 * the plan is found through the memo by the same pure sizing.
 */
class QuoteWrittenLater implements SelfHostQuote {
  readonly monthlyUsd: number;
  gpusNotOwned: number | undefined;
  readonly #model: Model;
  readonly #volume: Volume;
  readonly #finder: PlanFinder;
  #summary: string | undefined;
  #sources: SourceRef[] | undefined;

  constructor(monthlyUsd: number, model: Model, volume: Volume, finder: PlanFinder) {
    this.monthlyUsd = monthlyUsd;
    this.#model = model;
    this.#volume = volume;
    this.#finder = finder;
  }

  #priced(): Priced {
    const priced = this.#finder.find(this.#model, this.#volume);
    // Unreachable: the same inputs priced this quote a moment ago, and the sizing is pure.
    if ("unavailable" in priced) throw new Error(`self-hosting quote no longer priced: ${priced.unavailable}`);
    return priced;
  }

  get summary(): string {
    return (this.#summary ??= quoteSummary(this.#priced()));
  }

  get sources(): SourceRef[] {
    if (!this.#sources) {
      const { ratio, sized, figures } = this.#priced();
      const model = this.#model;
      let byModel = explained.get(figures.plan);
      if (!byModel) explained.set(figures.plan, (byModel = new Map()));
      let sources = byModel.get(model.id);
      if (!sources) {
        sources = explainPlan(model, ratio, sized, this.#finder.selfhost, figures).sources;
        byModel.set(model.id, sources);
      }
      this.#sources = sources;
    }
    return this.#sources;
  }

  /** As the quote written up front serialised: its figure, summary and sources. */
  toJSON(): SelfHostQuote {
    return { monthlyUsd: this.monthlyUsd, summary: this.summary, sources: this.sources };
  }
}

/** How a quote's summary marks GPUs rented at the verified median of the prices on record (not the team's own price). */
export const AT_VERIFIED_MEDIAN = " (verified median)";

/** The fleet, its rates and its ops in words, e.g. "2× H100 80GB (…) at $2.49/GPU-hour, plus …". */
function quoteSummary({ figures: { plan }, monthly }: Priced): string {
  // GPUs of a named group beyond the peak and the spare are headroom, not more spares.
  const headroom = namedHeadroomGpus({
    ...monthly,
    spareReplicas: plan.spareReplicas,
    gpusPerReplica: plan.gpusPerReplica,
    statedGpus: plan.statedGpus,
  });
  const spares = headroom > 0 ? plan.spareReplicas : monthly.replicas - monthly.replicasForPeak;
  return `${monthly.gpus}× ${plan.gpu.name} (${plan.weightsFormat ?? plan.precision}; ${monthly.replicasForPeak} replica${monthly.replicasForPeak === 1 ? "" : "s"} for a ${Math.round(plan.peakToAverage * 10) / 10}× peak${spares > 0 ? ` + ${spares} spare${spareDoubling(plan, monthly) ? ", a whole second replica for failures and upgrades" : ""}` : plan.spareLeftOut ? `, no spare: ${plan.owned ? "your" : "the"} GPUs hold one replica` : ""}${namedHeadroomWords(headroom, plan.statedGpus)})${gpuRates(plan, monthly.gpus)}, plus ${usd(monthly.opsUsd)} ops (${opsInputs(plan, monthly.nodes, monthly.opsFte)})`;
}

/**
 * What each GPU of the fleet costs an hour, so the line recomputes by hand: the team's own GPUs
 * at their written-off rate first (the rental price does not apply to them), any beyond at the
 * rental price.
 */
function gpuRates(plan: SelfHostPlan, gpus: number): string {
  const rental = `${formatHourlyUsd(plan.price.usdPerGpuHour)}/GPU-hour${plan.price.basis === "user" ? " (your price)" : AT_VERIFIED_MEDIAN}`;
  const o = plan.owned;
  // Joined straight after the fleet's bracket: " at …" for rented GPUs, ", all yours at …" for owned.
  if (!o) return ` at ${rental}`;
  const purchase = `${o.purchaseStated ? "your purchase price" : o.purchaseSource ? "a secondary-sourced purchase price" : "an assumed purchase price"} of ${usd(o.purchaseUsd)} a card over ${o.lifeYears} years + power and hosting`;
  if (o.count === 0)
    return `, all bought at ${formatHourlyUsd(o.usdPerGpuHour)}/GPU-hour (${purchase}; ${usd(gpus * o.purchaseUsd)} up front${o.capexUsd === null ? "" : gpus * o.purchaseUsd <= o.capexUsd ? `, within your ${usd(o.capexUsd)} capex` : `, over your ${usd(o.capexUsd)} capex`})`;
  const own = Math.min(gpus, o.count);
  const ownedText = `, ${own === gpus ? "all" : own} yours at ${formatHourlyUsd(o.usdPerGpuHour)}/GPU-hour (${purchase})`;
  if (gpus <= own) return ownedText;
  return o.moreBought
    ? `${ownedText}, ${gpus - own} more bought at the same rate (on premises nothing is rented)`
    : `${ownedText}, ${gpus - own} rented at ${rental}`;
}

/**
 * The ops figure's inputs in words: FTE for the nodes at the team's ops capacity, or the stated
 * FTE. Capacity not stated is priced as a strong ops team (×1), and the words say it was assumed,
 * since a team new to GPUs pays 1.5× and one without ops staff 2× (a contractor's retainer at least).
 */
function opsInputs(plan: SelfHostPlan, nodes: number, fte: number): string {
  const o = plan.ops;
  const fteText = `${formatFte(fte)} FTE × $${Math.round(o.fteMonthlyUsd).toLocaleString("en-US")} a month`;
  if (o.fixedFte !== null) return `${fteText}, as you said`;
  const nodeText = `${nodes} node${nodes === 1 ? "" : "s"}`;
  if (o.capacity === "none") return `${fteText}: no ops staff, so contracted on-call for ${nodeText}`;
  if (o.capacity === null)
    return `${fteText} for ${nodeText}, priced for a strong ops team because your ML-ops experience was not stated; some experience costs 1.5×, none 2×`;
  return `${fteText} for ${nodeText} at ${o.capacity} ops capacity (×${o.capacityFactor})`;
}
