// The facts of a model that a self-hosting plan's figures (memory, GPUs per replica, throughput,
// price) are sized from, as one key: models with the same key get the same figures on every GPU at
// every batch, whatever their ids, names and prices. The quoter keeps its plans per key rather than
// per model (self-host-quote.ts): kept per model, the plans of a catalogue 100× today's were
// ~2 GB of heap (a plan per open model, GPU and batch), and the collector's passes over them made
// the slow tail of every recommendation. Releases of one architecture (fine-tunes, renamed
// copies, dated snapshots) size alike, so they share.
//
// The key must name everything planAtNeed reads of the model: its parameters (modelParameters),
// its own attention shape (model.kvCache, by object: its words name the model it came with), and
// the self-hosting rows its keys match (KV, published checkpoint, measured throughput). What
// names the model (the plan's `model`, the words of its KV basis) is never shown from the quoter's
// figures: a quote explains its plan again with its own model (explainPlan).
import type { Model } from "../catalog/schema.js";
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import { keysOfModel, rowMatches } from "./model-key.js";
import { modelParameters } from "./self-host.js";

/**
 * The key of the facts the model's plans are sized from; a model with nothing to size (closed
 * weights, no parameter count) keeps a key of its own, since its "cannot be sized" words name it.
 */
export function sizingShape(model: Model, data: SelfHostData): string {
  let byModel = shapes.get(data);
  if (!byModel) shapes.set(data, (byModel = new WeakMap()));
  let shape = byModel.get(model);
  if (shape === undefined) byModel.set(model, (shape = shapeOf(model, data)));
  return shape;
}
const shapes = new WeakMap<SelfHostData, WeakMap<Model, string>>();

function shapeOf(model: Model, data: SelfHostData): string {
  const params = model.openWeights ? modelParameters(model, data) : undefined;
  if (!params) return `model ${model.id}`;
  const own = model.kvCache ? `c${objectNumber(model.kvCache)}` : "";
  return `${params.totalB}|${params.activeB}|${params.moe ? 1 : 0}|${own}|${matchedRows(data, keysOfModel(model))}`;
}

/** Which KV, checkpoint and throughput rows a key set matches (indices), once per data file and key set. */
function matchedRows(data: SelfHostData, keys: ReadonlySet<string>): string {
  let byKeys = rowsMatched.get(data);
  if (!byKeys) rowsMatched.set(data, (byKeys = new WeakMap()));
  let rows = byKeys.get(keys);
  if (rows === undefined) {
    const at = (list: readonly { matchKeys: readonly string[] }[]) =>
      list.flatMap((row, i) => (rowMatches(row, keys) ? [i] : [])).join(".");
    rows = `k${at(data.kvCache)}|p${at(data.checkpoints)}|t${at(data.throughput)}`;
    byKeys.set(keys, rows);
  }
  return rows;
}
const rowsMatched = new WeakMap<SelfHostData, WeakMap<ReadonlySet<string>, string>>();

/** A number per object, for keys that must tell objects apart (equal contents may say different words). */
function objectNumber(o: object): number {
  let n = numbers.get(o);
  if (n === undefined) numbers.set(o, (n = ++lastNumber));
  return n;
}
const numbers = new WeakMap<object, number>();
let lastNumber = 0;
