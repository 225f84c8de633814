// Tells, from a licence quote's source URL, when the page is not where a licence is stated: a
// repository's tokenizer or config file, a weights file, a pull-request ref or a discussion thread. Such a page may show the repository's licence tag in its header (Phi-4-mini's
// "License: mit" was quoted from vocab.json on refs/pr/10), but a reader expects the licence text,
// the README / model card, or a licence or terms page, and a pull request's files are words someone
// proposed, not the lab's.

/** Files that never state a licence themselves: tokenizers, vocabularies, configs and weights. */
const NOT_LICENCE_FILES =
  /^(vocab|merges|tokenizer(_config)?|special_tokens_map|added_tokens|config|generation_config|preprocessor_config|chat_template)\.(json|txt|model|jinja)$|\.(safetensors|bin|gguf|pt|pth|onnx|msgpack|h5)$/i;

/** Hub views that are talk about a repository, not its card. (A commit page is the lab's own change
 *  to its card or licence file, and a commit list shows the card's licence tag at that commit.) */
const HUB_VIEWS_NOT_CARD = new Set(["discussions"]);

/** Why a licence quote's page is weak evidence, or null when it is a fitting page (or not a URL). */
export function weakLicenceEvidence(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const path = decodeURIComponent(parsed.pathname);
  if (/\/refs\/pr\/\d+(\/|$)/.test(path)) return "a pull-request ref (refs/pr/…): files proposed in a pull request";
  const segments = path.split("/").filter(Boolean);
  const file = segments.at(-1) ?? "";
  if (NOT_LICENCE_FILES.test(file)) return `a ${file} file, not the licence, README or model card`;
  const host = parsed.hostname.replace(/^www\./, "");
  // huggingface.co/[spaces|datasets/]<org>/<repo>/<view>/…: the segment after the repository is its view.
  const view = segments[["spaces", "datasets"].includes(segments[0] ?? "") ? 3 : 2];
  if (host === "huggingface.co" && view !== undefined && HUB_VIEWS_NOT_CARD.has(view))
    return `the repository's ${view} page, not its model card`;
  return null;
}
