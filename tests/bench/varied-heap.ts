// Heap left after the scale bench's varied sets (scale-bench.ts measureVaried) on one catalogue
// size, alone in its process so nothing else is counted: what the caches keep for a bot that
// met many different teams. Needs a collectable heap:
//   node --expose-gc --import tsx tests/bench/varied-heap.ts 100 [samples]
// VARIED_HEAP_SNAPSHOT=<file> also writes a heap snapshot after the varied sets.
import { writeHeapSnapshot } from "node:v8";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { measureVaried } from "./scale-bench.js";

const factor = Number(process.argv[2] ?? 100);
const samples = Number(process.argv[3] ?? 30);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
gc();
const before = process.memoryUsage().heapUsed / 1048576;
const v = measureVaried(readCatalog(), factor, gc, samples);
console.log(
  `×${factor}, ${samples} varied sets: heap used ${before.toFixed(0)} MB at start, ${v.heapMbAfterRepeated.toFixed(0)} MB after the repeated sets, ${v.heapMbAfterVaried.toFixed(0)} MB after the varied ones; CPU ${v.cpuMsPerRun.toFixed(0)} ms a run`,
);
const snapshot = process.env.VARIED_HEAP_SNAPSHOT;
if (snapshot) console.log(`snapshot ${writeHeapSnapshot(snapshot)}`);
