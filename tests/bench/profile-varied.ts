// Profiling driver for first-time requirement sets (each asked once): `PROFILE=x.cpuprofile node
// --import tsx tests/bench/profile-varied.ts 10 40` runs 40 distinct sets on the ×10 catalogue
// after warming it with the repeated sets, as measureVaried does.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { SCALE_REQUIREMENTS, scaledCatalog, variedRequirements } from "./scale-bench.js";

const factor = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 40);
const real = readCatalog();
const catalog = factor === 1 ? { ...real } : scaledCatalog(real, factor);
const n = SCALE_REQUIREMENTS.length;
for (let i = 0; i < 5 * n; i++) runRecommendation(catalog, SCALE_REQUIREMENTS[i % n] ?? {});
const sets = variedRequirements(runs, 7000 + factor);
const out = process.env.PROFILE;
const inspector = out ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post("Profiler.enable");
  await inspector.post("Profiler.start");
}
const times: number[] = [];
const cpu0 = process.cpuUsage();
for (const req of sets) {
  const t = performance.now();
  runRecommendation(catalog, req);
  times.push(performance.now() - t);
}
const cpu = process.cpuUsage(cpu0);
if (inspector && out) {
  const { profile } = await inspector.post("Profiler.stop");
  writeFileSync(out, JSON.stringify(profile));
}
const sorted = [...times].sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
console.log(
  `×${factor} varied: ${runs} sets, cpu ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms/run, wall p50 ${q(0.5).toFixed(1)} p90 ${q(0.9).toFixed(1)} max ${q(1).toFixed(1)} ms`,
);
