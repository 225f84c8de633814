// Normalized model keys used to join catalogue models with the self-hosting rows (KV cache,
// throughput, parameters), which name models in prose ("Llama 3.1 70B Instruct"). Matching is
// exact on the key: "llama 3" must never pick up "llama 3.1" rows.
import type { Model } from "../catalog/schema.js";

/** "Meta-Llama-3.1-70B-Instruct" -> "llama-3-1-70b"; "DeepSeek-R1-0528" -> "deepseek-r1". */
export function modelKey(text: string): string {
  let s = text.toLowerCase();
  s = s.replace(/\+/g, " plus "); // "Command R+" is not "Command R"
  s = s.replace(/\([^)]*\)/g, " "); // parenthetical notes: "(MLA)", "(v0.1)"
  s = s.replace(/^.*\//, ""); // org prefixes: "meta-llama/…"
  s = s.replace(/[^a-z0-9]+/g, "-");
  s = s.replace(/^meta-(?=llama)/, "");
  // Tuning and packaging suffixes do not change the architecture.
  s = s.replace(/-(instruct|chat|it|hf|base)(?=-|$)/g, "");
  // Dated snapshots of the same architecture: "-0528", "-2507", "-2024-11-20".
  s = s.replace(/-\d{4}(-\d{2}-\d{2})?(?=-|$)/g, "");
  return s.replace(/-+/g, "-").replace(/^-|-$/g, "");
}

/** Keys from a row's model label; "A / B" labels apply to both names. */
export function rowMatchKeys(label: string, extra: readonly string[] = []): string[] {
  const parts = label.split(/\s+\/\s+/);
  const inner = [...label.matchAll(/\(([^)]*)\)/g)]
    .map((m) => m[1] ?? "")
    .filter((t) => /[a-z].*\d|\d.*[a-z]/i.test(t) && t.includes("-"));
  const keys = [...parts, ...inner, ...extra].map(modelKey).filter((k) => k.length > 0);
  return [...new Set(keys)];
}

/**
 * Keys per model object: sizing one model looks its keys up for the parameter, KV-cache and
 * throughput rows on every GPU it is tried on, and each lookup ran the normalizing regexes again.
 * Weak, so a model (or a narrowed copy of one) takes its keys with it when it goes.
 */
const keysMemo = new WeakMap<object, ReadonlySet<string>>();
/**
 * The same keys by aliases array, id and name: a narrowed copy of a catalogue model (its
 * offerings cut to the team's cloud, `{ ...model, offerings }`) shares the original's aliases
 * array, so it gets the original's key set, and every memo keyed by that set (throughput choices,
 * KV rows) serves the copies made for each set of requirements too.
 */
const keysByAliases = new WeakMap<readonly string[], Map<string, ReadonlySet<string>>>();

/**
 * Every key a catalogue model answers to (id, name, aliases), and the id of the model it was tuned
 * from: a fine-tune keeps its base's network, so the base's measured throughput and KV rows size it.
 */
export function keysOfModel(model: Pick<Model, "id" | "name" | "aliases" | "tunedFrom">): ReadonlySet<string> {
  let keys = keysMemo.get(model);
  if (!keys) {
    let byName = keysByAliases.get(model.aliases);
    if (!byName) {
      byName = new Map();
      keysByAliases.set(model.aliases, byName);
    }
    const base = model.tunedFrom?.id;
    const named = `${model.id}\n${model.name}\n${base ?? ""}`;
    keys = byName.get(named);
    if (!keys) {
      const names = [model.id, model.name, ...model.aliases, ...(base ? [base] : [])];
      keys = new Set(names.map(modelKey).filter((k) => k.length > 0));
      byName.set(named, keys);
    }
    keysMemo.set(model, keys);
  }
  return keys;
}

export function rowMatches(row: { matchKeys: readonly string[] }, keys: ReadonlySet<string>): boolean {
  return row.matchKeys.some((k) => keys.has(k));
}
