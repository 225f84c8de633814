// What a shortlist's quality scores rest on, said once for the picks whose quality is not measured
// directly: a model no board has rated (estimated from a relative), one rated only on benchmarks
// of another kind, one with no rating in the team's language. Such a model is discounted in the
// ranking (quality.ts), and when it still makes the shortlist the team reads why, and what to test,
// instead of taking its score for a measurement.
import type { ScoreEvidence } from "./criteria.js";

interface Pick {
  name: string;
  evidence: ScoreEvidence;
}

/** One line per pick whose quality is not its own measurement in the team's languages. */
function caveat(m: Pick): string | null {
  const e = m.evidence;
  if (e.quality === "estimated" && e.estimatedFrom)
    return `${m.name} has no quality rating of its own: it is estimated from ${e.estimatedFrom}, counted half above the middle of the scale`;
  if (e.quality === "unmeasured")
    return `${m.name} has no quality rating and no measured relative: it is scored below every measured model`;
  if (e.unratedIn)
    return `${m.name} has no rating in ${e.unratedIn}: its quality there rests on its ratings in other languages, counted half`;
  if (e.quality === "proxy")
    return `${m.name} has no general quality rating: it is scored from benchmarks of another kind, counted half`;
  return null;
}

/** The shortlist's note, or null when every pick's quality is measured. */
export function evidenceNote(top: readonly Pick[]): string | null {
  const lines = top.map(caveat).filter((l): l is string => l !== null);
  if (lines.length === 0) return null;
  return `**Quality not measured directly:** ${lines.join("; ")}. Try ${lines.length === 1 ? "it" : "them"} on your own material before you decide.`;
}
