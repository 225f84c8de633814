// Sampling for `npm run bench`: every figure is many timed runs after a warm-up, reported as
// p50/p95/p99 and as a ratio to a baseline workload timed in the same run, so figures from a
// busy machine or another machine can still be compared with each other.
export interface Figure {
  name: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
}

export const DEFAULT_SAMPLES = 5000;
const DEFAULT_WARMUP = 200;

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function figureOf(name: string, ms: number[]): Figure {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    name,
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}

/**
 * Times `fn` `samples` times after `warmup` untimed runs; `fn(i)` may vary its input by i, and
 * `each(i, ms)` sees every timed run (to split the samples by input).
 */
export function sample(
  name: string,
  fn: (i: number) => unknown,
  {
    samples = DEFAULT_SAMPLES,
    warmup = DEFAULT_WARMUP,
    each,
  }: { samples?: number; warmup?: number; each?: (i: number, ms: number) => void } = {},
): Figure {
  for (let i = 0; i < warmup; i++) fn(i);
  const ms = new Array<number>(samples);
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    fn(i);
    ms[i] = performance.now() - t;
  }
  if (each) for (let i = 0; i < samples; i++) each(i, ms[i] ?? 0);
  return figureOf(name, ms);
}

// The baseline: a fixed, allocation-heavy piece of plain JavaScript (parse, walk and sort a
// small JSON document), about the shape of work a turn does, with nothing of ours in it.
const BASELINE_DOC = JSON.stringify(
  Array.from({ length: 200 }, (_, i) => ({ id: `model-${i}`, price: (i * 7919) % 101, tags: ["a", "b", String(i)] })),
);

export function baselineFigure(samples = DEFAULT_SAMPLES): Figure {
  return sample(
    "baseline (parse + sort a 200-row JSON document)",
    () => {
      const rows = JSON.parse(BASELINE_DOC) as { price: number; id: string }[];
      rows.sort((a, b) => a.price - b.price || a.id.localeCompare(b.id));
      return rows[0];
    },
    { samples },
  );
}

export function formatFigure(f: Figure, baseline: Figure | null): string {
  const ratio = baseline && baseline.p50 > 0 ? `  ${(f.p50 / baseline.p50).toFixed(1)}× baseline` : "";
  return `${f.name.padEnd(48)} p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}  (n=${f.samples})${ratio}`;
}

export function ms(n: number): string {
  return `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ms`.padStart(10);
}

export interface Check {
  target: string;
  value: string;
  ok: boolean;
}

export function below(target: string, value: number, limit: number, unit = "ms"): Check {
  return { target: `${target} < ${limit} ${unit}`, value: `${value.toFixed(2)} ${unit}`, ok: value < limit };
}
