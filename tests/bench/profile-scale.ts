// A driver for profiling the recommendation at one scale: `PROFILE=x.cpuprofile node --import
// tsx tests/bench/profile-scale.ts 100 200` runs 200 warm recommendations on the ×100 catalogue;
// HEAP_PROFILE=x.heapprofile samples where those runs allocate (what feeds the garbage collector).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { SCALE_REQUIREMENTS, scaledCatalog } from "./scale-bench.js";

const factor = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 100);
const catalog = scaledCatalog(readCatalog(), factor);
const n = SCALE_REQUIREMENTS.length;
for (let i = 0; i < n; i++) runRecommendation(catalog, SCALE_REQUIREMENTS[i] ?? {});
// PROFILE=file.cpuprofile: a CPU profile of the warm runs only.
const out = process.env.PROFILE;
const heapOut = process.env.HEAP_PROFILE;
const inspector = out || heapOut ? new Session() : undefined;
if (inspector) inspector.connect();
if (inspector && out) {
  await inspector.post("Profiler.enable");
  await inspector.post("Profiler.start");
}
if (inspector && heapOut) {
  await inspector.post("HeapProfiler.enable");
  // Every 32 KB allocated on average, objects that died since included (allocation, not retention).
  await inspector.post("HeapProfiler.startSampling", {
    samplingInterval: 32 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const per: number[][] = SCALE_REQUIREMENTS.map(() => []);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  runRecommendation(catalog, SCALE_REQUIREMENTS[i % n] ?? {});
  per[i % n]?.push(performance.now() - t);
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (inspector && out) {
  const { profile } = await inspector.post("Profiler.stop");
  writeFileSync(out, JSON.stringify(profile));
}
if (inspector && heapOut) {
  const { profile } = await inspector.post("HeapProfiler.stopSampling");
  writeFileSync(heapOut, JSON.stringify(profile));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `×${factor}: ${runs} runs, wall ${(wall / runs).toFixed(2)} ms/run, cpu ${((cpu.user + cpu.system) / 1000 / runs).toFixed(2)} ms/run; median per set: ${per.map((p) => med(p).toFixed(2)).join(" ")}`,
);
