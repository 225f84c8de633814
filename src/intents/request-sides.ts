// What one request reads and what it writes, said by their verbs rather than by "in" and "out":
// "read the alert + wallet history summary (~4k tokens) and write a disposition rationale (~500
// tokens)". A noun that can name either side ("summary", "notes") is read as its verb says: a
// summary the model reads is input.
import { QUANTITY, quantityValue } from "./numbers.js";

const READS =
  /\b(?:reads?|reading|ingests?|ingesting|takes? in|feeds? in|feed (?:it|them)|looks? (?:at|over)|goes through|go through|analy[sz]es?|analy[sz]ing|classif(?:y|ies)|classifying)\b/g;
const WRITES =
  /\b(?:writes?|writing|drafts?|drafting|generates?|generating|produces?|producing|returns?|returning|suggests?|suggesting|replies with|answers with|comes? back)\b/g;
const AMOUNT = new RegExp(String.raw`${QUANTITY}\s*-?\s*(?:tokens?|toks?)\b(?!\s*(?:of\s+)?context)`, "g");
// A verb belongs to the amounts of its clause: it reaches back no further than this.
const CLAUSE_CHARS = 90;

export interface Sides {
  input: number;
  output: number;
}

/** The input and output of one request said by reading and writing verbs, or null unless both are. */
export function sidesByVerb(t: string): Sides | null {
  if (!/\b(?:writ|draft|generat|produc|return|suggest|repl|answer|come)/.test(t)) return null;
  let input: number | null = null;
  let output: number | null = null;
  let from = 0;
  for (const m of t.matchAll(AMOUNT)) {
    if (m[1] === undefined) continue;
    const start = Math.max(from, m.index - CLAUSE_CHARS);
    const clause = t.slice(start, m.index).replace(/^.*[.;!?]\s/s, "");
    from = m.index + m[0].length;
    const side = lastVerb(clause);
    if (side === null) continue;
    const value = quantityValue(m[1], m[2]);
    if (side === "input" && input === null) input = value;
    else if (side === "output" && output === null) output = value;
  }
  return input !== null && output !== null && input > 0 && output > 0 ? { input, output } : null;
}

/** Which side the last verb of `clause` says, or null when it has none. */
function lastVerb(clause: string): "input" | "output" | null {
  const last = (verbs: RegExp) => Math.max(-1, ...[...clause.matchAll(verbs)].map((v) => v.index));
  const read = last(READS);
  const write = last(WRITES);
  if (read < 0 && write < 0) return null;
  return read > write ? "input" : "output";
}
