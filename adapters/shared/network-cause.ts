// Why a connection at start-up failed, in words an operator can act on. Client libraries wrap
// the socket error several layers deep (Slack's WebClient: error.original; fetch: error.cause;
// happy-eyeballs: AggregateError.errors), and their top-level text ("A request error occurred:
// fetch failed") hides whether it was DNS, a refused port, a timeout or a certificate.

interface SocketError {
  code?: unknown;
  hostname?: unknown;
  address?: unknown;
  port?: unknown;
}

/** The innermost error that carries a system error code, if any. */
function socketError(error: unknown, depth = 0): SocketError | undefined {
  if (!error || typeof error !== "object" || depth > 6) return undefined;
  const e = error as SocketError & { original?: unknown; cause?: unknown; errors?: unknown };
  const inner =
    socketError(e.original, depth + 1) ??
    socketError(e.cause, depth + 1) ??
    (Array.isArray(e.errors) ? socketError(e.errors[0], depth + 1) : undefined);
  if (inner) return inner;
  return typeof e.code === "string" && /^(E[A-Z]+|UND_ERR_|CERT_|ERR_TLS|DEPTH_|SELF_SIGNED|UNABLE_TO)/.test(e.code)
    ? e
    : undefined;
}

/** A plain sentence for a network failure, or undefined when the error is not one. */
export function networkCause(error: unknown): string | undefined {
  const found = socketError(error);
  if (!found) return undefined;
  const code = String(found.code);
  const host = typeof found.hostname === "string" ? found.hostname : undefined;
  const where =
    typeof found.address === "string"
      ? `${found.address}${typeof found.port === "number" ? `:${found.port}` : ""}`
      : host;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL")
    return `the host name${host ? ` ${host}` : ""} could not be resolved (DNS lookup failed, ${code}): check the URL and this machine's DNS or network`;
  if (code === "ECONNREFUSED")
    return `the connection was refused${where ? ` by ${where}` : ""} (nothing is listening there)`;
  if (code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT")
    return `the connection timed out${where ? ` (${where})` : ""}: a firewall or proxy may be blocking it`;
  if (code === "ECONNRESET") return `the connection was reset${where ? ` by ${where}` : ""}`;
  if (code === "ENETUNREACH" || code === "EHOSTUNREACH")
    return `the network is unreachable${where ? ` (${where})` : ""}`;
  if (/CERT|TLS|SELF_SIGNED|UNABLE_TO|DEPTH_/.test(code))
    return `the TLS certificate was not accepted (${code}): a proxy may be intercepting HTTPS`;
  return `a network error (${code})`;
}
