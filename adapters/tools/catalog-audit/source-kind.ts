// Tells, from a source URL, when a source is certainly secondary: law Q&A sites, forums, contract
// aggregators, spec aggregators, blogs, mirrors and re-uploads of someone else's model card. The
// licence data marks each quote primary or not; this list catches a "primary" flag on a page that
// cannot be the lab's own word. Anything not listed is left to the data's own flag.

/** Hosts that never speak for a lab (matched on the host name or a parent domain). */
const SECONDARY_HOSTS = [
  "stackexchange.com",
  "stackoverflow.com",
  "reddit.com",
  "quora.com",
  "lawinsider.com",
  "conductatlas.com",
  "promptlayer.webflow.io",
  "apxml.com",
  "thebridgeto.ai",
  "hugingapi.com",
  "hf-proxy.robus.us.kg",
  "ai-automation-chronicle.github.io",
  "ollama.com",
  "medium.com",
  "wikipedia.org",
  "models.dev",
  "openrouter.ai",
];

/** Hugging Face accounts that re-upload or quantize other labs' models, and hub areas that are
 *  not a model's own card (datasets, community spaces). */
const SECONDARY_HF_PATHS = [
  "/datasets/",
  "/spaces/wvangils/",
  "/mradermacher/",
  "/Habana/",
  "/amgadhasan/",
  "/TheBloke/",
  "/bartowski/",
  "/unsloth/",
  "/QuantTrio/",
];

/** Repositories that only collect or mirror other parties' texts. */
const SECONDARY_REPO_PATHS = ["/AIAccountabilityLab/"];

export function isKnownSecondary(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^www\./, "");
  if (SECONDARY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  if (host === "huggingface.co" && SECONDARY_HF_PATHS.some((p) => parsed.pathname.startsWith(p))) return true;
  if (
    (host === "github.com" || host === "raw.githubusercontent.com") &&
    SECONDARY_REPO_PATHS.some((p) => parsed.pathname.startsWith(p))
  )
    return true;
  return false;
}
