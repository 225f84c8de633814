// The catalogue a running bot serves, reloaded when a refresh swaps a new one in (by this process,
// another replica sharing the folder, or `modelwise catalog refresh` run beside it). A poll costs a
// few stats (read-catalog.ts catalogStamp); only a changed stamp reads and validates the files. A
// catalogue that fails to load is logged and the one in service stays. Turns read the catalogue
// once, synchronously, inside the core, so a turn in progress finishes on the one it started with.
import type { Catalog } from "../../src/catalog/catalog.js";
import type { Logger } from "./logger.js";
import { catalogStamp, DEFAULT_CATALOG_DIR, readCatalogVersion, type CatalogVersion } from "./read-catalog.js";

/** How often a running bot looks for a refreshed catalogue (ms). */
export const CATALOG_POLL_MS = 2000;

export interface LiveCatalog {
  current(): CatalogVersion;
  catalog(): Catalog;
  /** Looks now; true when a new version was loaded (and the listeners were told). */
  check(): Promise<boolean>;
  /** Called with each new version, after current() returns it. */
  onChange(listener: (next: CatalogVersion, previous: CatalogVersion) => void | Promise<void>): void;
  start(intervalMs?: number): void;
  stop(): void;
}

export function createLiveCatalog(options: { dir?: string; logger: Logger }): LiveCatalog {
  const dir = options.dir ?? DEFAULT_CATALOG_DIR;
  let stamp = catalogStamp(dir);
  let current = readCatalogVersion(dir);
  const listeners: ((next: CatalogVersion, previous: CatalogVersion) => void | Promise<void>)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<boolean> | null = null;

  async function look(): Promise<boolean> {
    const now = catalogStamp(dir);
    if (now === stamp) return false;
    stamp = now;
    let next: CatalogVersion;
    try {
      next = readCatalogVersion(dir);
    } catch (error) {
      options.logger.warn("a changed catalogue could not be loaded; keeping the one in service", {
        error: error instanceof Error ? error.message.split("\n")[0] : "unknown",
      });
      return false;
    }
    if (next.version === current.version) return false;
    const previous = current;
    current = next;
    options.logger.info("catalogue reloaded", { version: next.version, asOf: next.catalog.asOf });
    for (const listener of listeners) {
      try {
        await listener(next, previous);
      } catch (error) {
        options.logger.warn("a catalogue reload listener failed", {
          error: error instanceof Error ? error.name : "unknown",
        });
      }
    }
    return true;
  }

  return {
    current: () => current,
    catalog: () => current.catalog,
    check() {
      // One look at a time: a slow listener (alerts) must not be run twice for one change.
      checking ??= look().finally(() => (checking = null));
      return checking;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    start(intervalMs = CATALOG_POLL_MS) {
      if (timer) return;
      timer = setInterval(() => void this.check(), intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
