// Operator endpoints, in every server mode: /healthz (the process is alive), /readyz (the session
// store answers and every configured platform is connected; 503 otherwise, with the reason) and
// /metrics (Prometheus). In Slack HTTP mode they are routes of Bolt's own server; in Socket Mode
// and Discord-only mode a small server of their own listens on PORT.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Metrics } from "./metrics.js";
import type { StoreHealth } from "./session-store.js";

export interface OpsDeps {
  metrics: Metrics;
  storeHealth: () => Promise<StoreHealth>;
  /** Platforms configured, and whether each is connected now. */
  platforms: () => Record<string, boolean>;
}

export type OpsHandler = (req: IncomingMessage, res: ServerResponse) => void;
export interface OpsRoute {
  path: "/healthz" | "/readyz" | "/metrics";
  handler: OpsHandler;
}

export function opsRoutes(deps: OpsDeps): OpsRoute[] {
  const json = (res: ServerResponse, status: number, body: unknown) =>
    void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  return [
    { path: "/healthz", handler: (_req, res) => json(res, 200, { ok: true }) },
    {
      path: "/readyz",
      handler: (_req, res) =>
        void deps.storeHealth().then((store) => {
          const platforms = deps.platforms();
          const ready = store.ok && Object.values(platforms).every(Boolean);
          // /readyz is reachable from outside: kind and state only, not where the data lives.
          json(res, ready ? 200 : 503, { ready, store: { kind: store.kind, ok: store.ok }, platforms });
        }),
    },
    {
      path: "/metrics",
      handler: (_req, res) =>
        void deps.metrics
          .scrape()
          .then(({ body, contentType }) => res.writeHead(200, { "content-type": contentType }).end(body))
          .catch(() => res.writeHead(500).end()),
    },
  ];
}

/** A server for the endpoints alone (modes without Bolt's HTTP server). */
export async function startOpsServer(
  routes: OpsRoute[],
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const byPath = new Map(routes.map((r) => [r.path as string, r.handler]));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const handler = req.method === "GET" ? byPath.get(path) : undefined;
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
