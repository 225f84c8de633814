// The scheduled catalogue refresh (MODELWISE_REFRESH, a cron expression in UTC, read by croner).
// With several replicas exactly one refreshes each scheduled run: the run is claimed in the shared
// store (Redis SET NX PX; SQLite's claims table on a single node) under its scheduled minute, and
// only the claimant runs it. The refresh runs as its own process (`modelwise catalog refresh`), so
// the seconds it spends rebuilding the catalogue never hold up the bot's turns; every replica then
// picks the new catalogue up through its poll (live-catalog.ts).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { Cron } from "croner";
import type { Logger } from "../../shared/logger.js";
import { PACKAGE_ROOT } from "../../shared/package-root.js";

/** A claimed run stays claimed this long, so a replica whose clock is a little off cannot run it again. */
export const REFRESH_CLAIM_TTL_MS = 10 * 60 * 1000;
/** Longest a refresh may take before it is stopped (downloads have their own 15 s limit each). */
export const REFRESH_TIMEOUT_MS = 5 * 60 * 1000;

export type RefreshResult =
  | { outcome: "swapped" | "unchanged"; lines: string[] }
  | { outcome: "refused"; reason: string }
  | { outcome: "skipped" };

export interface ScheduleDeps {
  cron: string;
  from: readonly string[];
  catalogDir: string;
  claims: { claim(id: string, ttlMs: number): Promise<boolean> };
  logger: Logger;
  /** Runs one refresh; default: the `modelwise catalog refresh` command in a child process. */
  refresh?: (from: readonly string[], catalogDir: string) => Promise<RefreshResult>;
  /** Told after every run this replica made (a swapped catalogue is then looked for at once). */
  onRun?: (result: RefreshResult) => void | Promise<void>;
}

/** The scheduled minute a run belongs to, the same on every replica despite small clock skew. */
export function runSlot(at: Date): string {
  return new Date(Math.round(at.getTime() / 60_000) * 60_000).toISOString();
}

/** One scheduled run: claims it, refreshes if the claim is ours, reports. Never rejects. */
export async function runScheduledRefresh(deps: ScheduleDeps, at: Date): Promise<RefreshResult> {
  let mine: boolean;
  try {
    mine = await deps.claims.claim(`refresh:${runSlot(at)}`, REFRESH_CLAIM_TTL_MS);
  } catch {
    // Without the shared store we cannot know no other replica runs it: skip, the next run comes.
    deps.logger.warn("scheduled catalogue refresh skipped: the shared store did not answer");
    return { outcome: "skipped" };
  }
  if (!mine) return { outcome: "skipped" };
  const result = await (deps.refresh ?? refreshInChildProcess)(deps.from, deps.catalogDir);
  if (result.outcome === "refused")
    deps.logger.warn("scheduled catalogue refresh refused; the catalogue in service is unchanged", {
      reason: result.reason,
    });
  else if (result.outcome !== "skipped")
    deps.logger.info("scheduled catalogue refresh", { outcome: result.outcome, report: result.lines.join("\n") });
  await deps.onRun?.(result);
  return result;
}

export function startRefreshSchedule(deps: ScheduleDeps): { stop(): void; nextRun(): Date | null } {
  const job = new Cron(deps.cron, { timezone: "UTC", protect: true, unref: true }, async () => {
    await runScheduledRefresh(deps, new Date());
  });
  return { stop: () => job.stop(), nextRun: () => job.nextRun() };
}

function refreshInChildProcess(from: readonly string[], catalogDir: string): Promise<RefreshResult> {
  const args = [
    join(PACKAGE_ROOT, "adapters", "console", "bin.js"),
    "catalog",
    "refresh",
    "--catalog-dir",
    catalogDir,
    ...from.flatMap((f) => ["--from", f]),
  ];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { timeout: REFRESH_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const reason =
            stderr.trim().split("\n")[0] ||
            (error.killed ? "the refresh took too long and was stopped" : "the refresh failed");
          return resolve({ outcome: "refused", reason: reason.replace(/^Refresh refused: /, "") });
        }
        const lines = stdout.trimEnd().split("\n");
        resolve({ outcome: lines.some((l) => l.startsWith("Swapped in")) ? "swapped" : "unchanged", lines });
      },
    );
  });
}
