// Puts a new file in place so that a reader sees either the old file or the new one, never a
// half-written one: the file is written beside its target under a temporary name, flushed to
// disk, then renamed over the target (rename is atomic within one folder). The refreshed
// catalogue is one file holding all three catalogue files, so one rename swaps them jointly.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFileAtomically(target: string, text: string): void {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, "w", 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  syncFolder(dir);
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is fine. */
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
