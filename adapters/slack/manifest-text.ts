// The parts of the Slack app manifest (manifest.yml) that describe what modelwise does: the app's
// short and long descriptions and the /modelwise command's description and usage hint. They are generated
// from the intent registry, so Slack says what the registry answers; `npm run slack:manifest`
// rewrites them in place and a test fails when the file has drifted from the registry.
import { APP_PURPOSE, capabilitySummaries, descriptorOf } from "../../src/intents/registry/index.js";

/** The manifest folds the long description at this width (4 spaces of indent included). */
const WIDTH = 100;
const INDENT = "    ";

function longDescription(): string {
  const summaries = capabilitySummaries();
  const listed = `${summaries.slice(0, -1).join("; ")}; and ${summaries[summaries.length - 1] ?? ""}`;
  return (
    `modelwise answers questions about large language models in Slack: ${listed}. ` +
    "Every price and licence fact shows its source and the date it was checked. " +
    "Try /modelwise or mention @modelwise."
  );
}

function commandDescription(): string {
  return `${APP_PURPOSE} (answers only you see)`;
}

function usageHint(): string {
  const example = descriptorOf("license")?.examples[0] ?? "help";
  return `[question] e.g. ${example}`;
}

/** A double-quoted YAML scalar: JSON string syntax is valid YAML and safe for ':' and '#'. */
const quoted = (text: string): string => JSON.stringify(text);

function folded(text: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && INDENT.length + line.length + 1 + word.length > WIDTH) {
      lines.push(INDENT + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(INDENT + line);
  return lines.join("\n");
}

/** The manifest with its generated parts written from the registry; everything else is kept as it is. */
export function renderManifest(manifest: string): string {
  return manifest
    .replace(
      /^( {2}long_description: >-\n)(?: {4}.*\n)+/m,
      (_m, head: string) => `${head}${folded(longDescription())}\n`,
    )
    .replace(/^( {2}description: ).*$/m, (_m, head: string) => head + quoted(APP_PURPOSE))
    .replace(/^( {6}description: ).*$/m, (_m, head: string) => head + quoted(commandDescription()))
    .replace(/^( {6}usage_hint: ).*$/m, (_m, head: string) => head + quoted(usageHint()));
}
