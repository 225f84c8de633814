// The licence a team wants to put its derivative under: "can we publish a Gemma 3 finetune under
// Apache 2.0?", "release our tuned llama as MIT", "relicense the fine-tune under our own terms".
// Whether that is possible is the model licence's question (licensing/rules-actions.ts), not the
// target's: a derivative of a licence that travels with every copy keeps that licence's terms.

/** The licences a derivative is asked about, as people write them, keyed by the name answers use. */
const TARGETS: readonly { name: string; pattern: string }[] = [
  { name: "Apache-2.0", pattern: String.raw`apache(?:[- ]?(?:2|2\.0|v2|license 2\.0))?` },
  { name: "MIT", pattern: String.raw`mit` },
  { name: "BSD", pattern: String.raw`bsd(?:[- ]?[23][- ]clause)?` },
  { name: "GPL", pattern: String.raw`a?gpl(?:[- ]?v?[23](?:\.0)?)?` },
  { name: "CC-BY-4.0", pattern: String.raw`cc[- ]by(?:[- ]4\.0)?` },
  {
    name: "your own terms",
    pattern: String.raw`(?:our|my) own (?:licen[cs]e|terms)|(?:a |an )?(?:different|new|custom|proprietary|closed|commercial|permissive) (?:licen[cs]e|terms)`,
  },
];

const TARGET = TARGETS.map((t) => `(${t.pattern})`).join("|");
// A verb that puts the derivative out under a licence, then within a few words "under X" / "as X".
// The verb keeps "Mistral 7B is under Apache 2.0" (a fact about the model) out.
const UNDER = new RegExp(
  String.raw`\b(?:re-?licen[cs]\w*|licen[cs]e|publish\w*|releas\w*|distribut\w*|ship\w*|share|sharing|open-?sourc\w*|put (?:it |them )?out|upload\w*|sell\w*)\b(?:[^.?!]|\.(?=\d)){0,60}?\b(?:under|as|with) (?:the |an? )?(?:${TARGET})(?: licen[cs]e)?\b`,
  "i",
);

/** The licence named for the derivative, by the name answers use, if the text asks about one. */
export function derivativeLicenceIn(t: string): string | undefined {
  const m = UNDER.exec(t);
  if (!m) return undefined;
  const at = m.slice(1).findIndex((g) => g !== undefined);
  return at < 0 ? undefined : TARGETS[at]?.name;
}
