// The markdown subset used inside "text" blocks (**bold**, _italic_, `code`, [label](url),
// "- " lists), turned into plain text for the terminal and fallbacks.

// Each step runs only when its marker is there at all: most text has none of them, and a
// replace scans the whole text even when nothing matches.
export function markdownToPlain(markdown: string): string {
  let text = markdown;
  if (text.includes("]("))
    text = text.replace(/\[([^\]\n]+)\]\((\S+?)\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    );
  if (text.includes("**")) text = text.replace(/\*\*([^*\n]+)\*\*/g, "$1");
  if (text.includes("_")) text = text.replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,;:!?)])/gm, "$1$2");
  if (text.includes("`")) text = text.replace(/`([^`\n]+)`/g, "$1");
  return text;
}
