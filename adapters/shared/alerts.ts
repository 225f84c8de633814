// Lifecycle alerts: after a catalogue refresh (or at start-up, for one missed while down), every
// watching thread whose watched facts changed gets one post saying what changed. "Once" holds
// across replicas: each change is claimed per (thread, change id) in the shared store (Redis SET
// NX PX, SQLite's claims table) before posting, and a claim lost to another replica still moves
// this thread's basis on, so the change is never told twice. A post that fails gives its claims
// back and keeps the basis, so the next check tries again.
import { createHash } from "node:crypto";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { ConversationRef, OutboundMessage, Platform } from "../../src/ports.js";
import { alertMessage } from "../../src/answers/watch-alert.js";
import { applyChanges, detectChanges, type WatchChange } from "../../src/watch/changes.js";
import type { Logger } from "./logger.js";
import { describeError } from "./store-errors.js";
import type { WatchEntry, WatchStore } from "./watch-store.js";

/** A change's claim is kept this long: longer than any catalogue would take to move back and forth. */
export const ALERT_CLAIM_TTL_MS = 400 * 24 * 60 * 60 * 1000;

export type Notify = (ref: ConversationRef, reply: OutboundMessage) => Promise<void>;

export interface AlertDeps {
  watches: WatchStore;
  claims: { claim(id: string, ttlMs: number): Promise<boolean>; release(id: string): Promise<void> };
  /** Where each platform's alerts go; watches of other platforms are left to the process that serves them. */
  notify: Partial<Record<Platform, Notify>>;
  logger: Logger;
  /** Told about every alert posted (metrics). */
  onSent?: (platform: Platform) => void;
}

export interface AlertRun {
  sent: number;
  /** Alerts another replica (or an earlier run) had already posted. */
  alreadyTold: number;
  failed: number;
}

export function claimId(threadKey: string, change: WatchChange): string {
  const digest = createHash("sha256").update(`${threadKey}\0${change.id}`).digest("hex").slice(0, 32);
  return `alert:${digest}`;
}

/** The claim on a thread's whole set of changes (ids sorted, so every replica names it alike). */
function batchClaimId(threadKey: string, changes: readonly WatchChange[]): string {
  const ids = changes.map((c) => c.id).sort();
  const digest = createHash("sha256")
    .update(`${threadKey}\0${ids.join("\0")}`)
    .digest("hex")
    .slice(0, 32);
  return `alert-batch:${digest}`;
}

/** Tells one thread about its changes; returns what happened. */
async function alertThread(deps: AlertDeps, entry: WatchEntry, catalog: Catalog, run: AlertRun): Promise<void> {
  const notify = deps.notify[entry.watch.ref.platform];
  if (!notify) return;
  const changes = detectChanges(entry.watch, catalog);
  if (changes.length === 0) return;
  // One replica takes the thread's whole set of changes first: claiming change by change alone let
  // two replicas win one change each and post twice in the same thread.
  const batch = batchClaimId(entry.key, changes);
  if (!(await deps.claims.claim(batch, ALERT_CLAIM_TTL_MS))) {
    run.alreadyTold += 1;
    await deps.watches.put(entry.key, applyChanges(entry.watch, changes, catalog));
    return;
  }
  const mine: WatchChange[] = [];
  for (const change of changes)
    if (await deps.claims.claim(claimId(entry.key, change), ALERT_CLAIM_TTL_MS)) mine.push(change);
  if (mine.length < changes.length) run.alreadyTold += 1;
  if (mine.length > 0) {
    try {
      await notify(entry.watch.ref, alertMessage(entry.watch, mine, catalog));
    } catch (error) {
      run.failed += 1;
      deps.logger.warn("an alert could not be posted; will try again at the next check", {
        platform: entry.watch.ref.platform,
        error: describeError(error),
      });
      await Promise.all(
        [batch, ...mine.map((c) => claimId(entry.key, c))].map((id) => deps.claims.release(id).catch(() => undefined)),
      );
      return;
    }
    run.sent += 1;
    deps.onSent?.(entry.watch.ref.platform);
    deps.logger.info("alert posted", { platform: entry.watch.ref.platform, changes: mine.length });
  }
  await deps.watches.put(entry.key, applyChanges(entry.watch, changes, catalog));
}

/** Checks every watching thread (or only `keys`) against `catalog`. Never rejects. */
export async function sendAlerts(deps: AlertDeps, catalog: Catalog, keys?: ReadonlySet<string>): Promise<AlertRun> {
  const run: AlertRun = { sent: 0, alreadyTold: 0, failed: 0 };
  let entries: WatchEntry[];
  try {
    entries = await deps.watches.list();
  } catch (error) {
    deps.logger.warn("watching threads could not be listed; alerts wait for the next check", {
      error: describeError(error),
    });
    return run;
  }
  for (const entry of entries) {
    if (keys && !keys.has(entry.key)) continue;
    try {
      await alertThread(deps, entry, catalog, run);
    } catch (error) {
      run.failed += 1;
      deps.logger.warn("alert check failed for a thread", { error: describeError(error) });
    }
  }
  return run;
}
