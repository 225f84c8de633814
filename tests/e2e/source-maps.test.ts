// The build's source maps (built by the e2e global setup): `npm start` runs with
// --enable-source-maps, which parses and keeps every loaded chunk's map for the life of the
// process. Maps that carried the TypeScript and bundled packages' text as well (sourcesContent)
// were ~6 MB of Slack mode's idle memory; a stack trace only needs the mappings to name the
// TypeScript file and line, and the text is in the repository.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(repo, "dist");

interface SourceMapFile {
  sources: string[];
  mappings: string;
  sourcesContent?: unknown;
}

function maps(): { file: string; map: SourceMapFile }[] {
  const files = [
    ...readdirSync(dist).filter((f) => f.endsWith(".js.map")),
    ...readdirSync(join(dist, "chunks"))
      .filter((f) => f.endsWith(".js.map"))
      .map((f) => join("chunks", f)),
  ];
  return files.map((file) => ({ file, map: JSON.parse(readFileSync(join(dist, file), "utf8")) as SourceMapFile }));
}

describe("the build's source maps", () => {
  it("map every bundle without carrying its sources' text", () => {
    const all = maps();
    expect(all.length).toBeGreaterThan(4);
    for (const { file, map } of all) expect(map.sourcesContent, file).toBeUndefined();
  });

  it("still lead a stack frame of the compiled app to its TypeScript file and line", () => {
    // The chunk with most of the core (it only defines functions, so importing it runs nothing),
    // and lines spread through it: node's own source-map support, as --enable-source-maps uses it,
    // must place them in .ts files that exist in the repository, at lines those files have.
    const ts = (map: SourceMapFile) => map.sources.filter((s) => s.endsWith(".ts")).length;
    const chunk = maps()
      .filter(({ file }) => file.startsWith("chunks"))
      .sort((a, b) => ts(b.map) - ts(a.map))[0];
    expect(chunk && ts(chunk.map)).toBeGreaterThan(10);
    const url = pathToFileURL(join(dist, chunk!.file.replace(/\.map$/, ""))).href;
    const lines = readFileSync(fileURLToPath(url), "utf8").split("\n").length;
    const script = `
      import { findSourceMap } from "node:module";
      await import(${JSON.stringify(url)});
      const map = findSourceMap(${JSON.stringify(url)});
      const found = [];
      for (let line = 0; line < ${lines}; line += ${Math.max(1, Math.floor(lines / 200))}) {
        const e = map.findEntry(line, 2);
        if (e.originalSource) found.push([e.originalSource, e.originalLine]);
      }
      console.log(JSON.stringify(found));`;
    const run = spawnSync(process.execPath, ["--enable-source-maps", "--input-type=module", "-e", script], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const found = JSON.parse(run.stdout) as [string, number][];
    const ours = found.filter(([source]) => source.endsWith(".ts"));
    expect(ours.length).toBeGreaterThan(0);
    for (const [source, line] of ours) {
      const path = fileURLToPath(source);
      expect(existsSync(path), path).toBe(true);
      expect(line).toBeLessThan(readFileSync(path, "utf8").split("\n").length);
    }
  });
});
