// Warnings in the terminal chat. Slack and Discord write one JSON object a line for a log
// collector; in a terminal those lines land between the answers ("Error: The client is offline"
// after every question when Redis is down). Here each kind of warning is one plain line, said
// once per run, naming what failed and why.

interface LogEntry {
  message?: unknown;
  error?: unknown;
}

/** A logger destination that writes each distinct message once, as "modelwise: <message> (<why>)". */
export function terminalLogWriter(write: (text: string) => void): (line: string) => void {
  const said = new Set<string>();
  return (line) => {
    let entry: LogEntry;
    try {
      entry = JSON.parse(line) as LogEntry;
    } catch {
      entry = { message: line };
    }
    const message = typeof entry.message === "string" && entry.message !== "" ? entry.message : "warning";
    if (said.has(message)) return;
    said.add(message);
    const why = typeof entry.error === "string" ? ` (${entry.error.replace(/^\w*Error: /, "")})` : "";
    write(`modelwise: ${message}${why}\n`);
  };
}
