// Puts new catalogue files in place so that a reader sees either the old file or the new one,
// never a half-written one: each file is written beside its target under a temporary name,
// flushed to disk, then renamed over the target (rename is atomic within one folder).
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export function swapFilesAtomically(dir: string, files: ReadonlyMap<string, string>): void {
  const staged: [string, string][] = [];
  try {
    // Stage every file first, so a full disk or a permission problem stops us before any rename.
    for (const [name, text] of files) {
      const temp = join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
      staged.push([temp, join(dir, name)]);
      const fd = openSync(temp, "w", 0o644);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const [temp, target] of staged) renameSync(temp, target);
  } finally {
    for (const [temp] of staged) rmSync(temp, { force: true });
  }
  syncFolder(dir);
}

/** Makes the renames themselves durable; some platforms cannot open a folder, which is fine. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}
