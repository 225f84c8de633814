// Gates in front of readers. A reader made of patterns can often tell from one cheap test that a
// text holds nothing for it: every amount pattern starts with a digit, every owned-GPU pattern
// names a GPU. Most messages hold nothing for most readers, and a long one was scanned by each
// pattern in turn to find that, so each such reader is wrapped in a gate: the cheap test first,
// the patterns only when it passes.
//
// A gate must never change an answer: closed, it returns the reader's "nothing found". Two
// switches let a test check that: `withGatesOpen` runs the slow path (every reader reads), and
// `auditingGates` keeps the fast path but, each time a gate closes, runs the reader anyway and
// reports what it found (tests/unit/intents/reader-gates.test.ts audits every gate that closes
// over the corpus this way).

/** A gate that closed, and what its reader found when made to read anyway. */
export interface ClosedGate {
  gate: string;
  args: readonly unknown[];
  found: unknown;
  none: unknown;
}

const names = new Set<string>();
let open = false;
let auditor: ((closed: ClosedGate) => void) | null = null;

/**
 * `read`, skipped (answering `none()`) when `mayFind` says its text (the first argument) holds
 * nothing for it. `mayFind` must be true wherever `read` could find something.
 */
export function gated<A extends [string, ...unknown[]], R>(
  name: string,
  mayFind: (text: string) => boolean,
  read: (...args: A) => R,
  none: () => R,
): (...args: A) => R {
  names.add(name);
  return (...args) => {
    if (open || mayFind(args[0])) return read(...args);
    if (auditor) auditor({ gate: name, args, found: read(...args), none: none() });
    return none();
  };
}

/** The name of every gate made so far (each module makes its readers' gates when loaded). */
export function gateNames(): readonly string[] {
  return [...names];
}

/** `run` with every gate open: the slow path, which the gated one must equal. */
export function withGatesOpen<T>(run: () => T): T {
  const was = open;
  open = true;
  try {
    return run();
  } finally {
    open = was;
  }
}

/** `run` with the gates working, each closed gate's reader run as well and reported to `onClosed`. */
export function auditingGates<T>(onClosed: (closed: ClosedGate) => void, run: () => T): T {
  const was = auditor;
  auditor = onClosed;
  try {
    return run();
  } finally {
    auditor = was;
  }
}
