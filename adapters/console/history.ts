// Line history for the interactive terminal chat: kept in a file in the data folder so the up
// arrow brings back questions from earlier sessions too. Best effort: a history that cannot be
// read or written never stops the chat.
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

export interface LineHistory {
  /** Earlier lines, newest first (the order readline keeps its history in). */
  load(): string[];
  append(line: string): void;
}

/** At most this many lines are offered back; the file keeps growing only by what is typed. */
export const HISTORY_SIZE = 500;

export function fileHistory(path: string): LineHistory {
  return {
    load() {
      try {
        const lines = readFileSync(path, "utf8")
          .split("\n")
          .filter((l) => l.trim() !== "");
        return lines.slice(-HISTORY_SIZE).reverse();
      } catch {
        return [];
      }
    },
    append(line) {
      // One line per entry: a pasted multi-line message is kept as the line readline gave us.
      const entry = line.replace(/[\r\n]+/g, " ").trim();
      if (entry === "") return;
      try {
        mkdirSync(dirname(path), { recursive: true });
        appendFileSync(path, `${entry}\n`, { mode: 0o600 });
      } catch {
        // A read-only or full disk loses history, not the conversation.
      }
    },
  };
}
