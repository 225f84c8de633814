// `modelwise what does gpt-4o cost` or `modelwise chta`: words where a command belongs. Commander
// hands them to the default command and says "too many arguments for 'chat'", which tells a
// newcomer neither what went wrong nor how to ask; this names the commands and shows the words
// as the `ask` they were most likely meant to be.

/** The message for words in a command's place, or null when the first word is a command or an option. */
export function strayWordsMessage(argv: readonly string[], commands: readonly string[]): string | null {
  const first = argv[0];
  if (first === undefined || first.startsWith("-") || commands.includes(first)) return null;
  const question = argv.join(" ").replace(/"/g, '\\"');
  return [
    `"${first}" is not a modelwise command (the commands are ${commands.join(", ")}).`,
    `To ask a question, put it after ask:  modelwise ask "${question}"`,
    "To chat, run modelwise with no words after it. modelwise --help lists everything.",
    "",
  ].join("\n");
}
