// The markdown subset used inside "text" blocks (**bold**, _italic_, `code`, [label](url),
// "- " lists), turned into plain text for the terminal and fallbacks.

export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\((\S+?)\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/\*\*([^*\n]+)\*\*/g, "$1")
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,;:!?)])/gm, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1");
}
