// Prometheus metrics (prom-client) for the server modes: the process defaults plus what an
// operator of modelwise watches — turns by platform, intent and outcome, turn latency, store
// errors and timeouts, rate-limited messages, catalogue alerts posted, and how old the catalogue
// in service is (it changes when a refresh is swapped in). Loaded only when a
// platform runs (the terminal never pays for it). Labels carry no user text and no ids.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { StoreOperation, TurnObservation } from "./run-turn.js";
import { StoreTimeoutError } from "./store-errors.js";

export interface Metrics {
  observeTurn(turn: TurnObservation): void;
  storeError(operation: StoreOperation, error: unknown): void;
  /** A catalogue alert was posted in a watching thread. */
  alertSent(platform: string): void;
  /** The text a Prometheus scrape gets, and its content type. */
  scrape(): Promise<{ body: string; contentType: string }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createMetrics(options: { catalogAsOf: string | (() => string); now?: () => Date }): Metrics {
  const catalogAsOf =
    typeof options.catalogAsOf === "string" ? () => options.catalogAsOf as string : options.catalogAsOf;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const now = options.now ?? (() => new Date());

  const turns = new Counter({
    name: "modelwise_turns_total",
    help: "Messages handled, by platform, answer intent and outcome.",
    labelNames: ["platform", "intent", "outcome"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "modelwise_turn_duration_seconds",
    help: "Time from a message reaching the turn runner to its replies being ready.",
    labelNames: ["platform"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const storeErrors = new Counter({
    name: "modelwise_store_errors_total",
    help: "Failed session store calls, by operation and kind (timeout or error).",
    labelNames: ["operation", "kind"] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "modelwise_rate_limited_total",
    help: "Messages answered with a slow-down reply.",
    labelNames: ["platform"] as const,
    registers: [registry],
  });
  const alerts = new Counter({
    name: "modelwise_alerts_sent_total",
    help: "Catalogue alerts posted in watching threads (one per thread per change), by platform.",
    labelNames: ["platform"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "modelwise_catalog_age_days",
    help: "Days since the newest as-of date in the catalogue.",
    registers: [registry],
    collect() {
      this.set(Math.max(0, (now().getTime() - Date.parse(catalogAsOf())) / DAY_MS));
    },
  });

  return {
    observeTurn(turn) {
      turns.inc({ platform: turn.platform, intent: turn.intent, outcome: turn.outcome });
      if (turn.outcome !== "duplicate") latency.observe({ platform: turn.platform }, turn.seconds);
      if (turn.outcome === "rate-limited") rateLimited.inc({ platform: turn.platform });
    },
    storeError(operation, error) {
      storeErrors.inc({ operation, kind: error instanceof StoreTimeoutError ? "timeout" : "error" });
    },
    alertSent(platform) {
      alerts.inc({ platform });
    },
    async scrape() {
      return { body: await registry.metrics(), contentType: registry.contentType };
    },
  };
}
