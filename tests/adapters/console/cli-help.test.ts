// `modelwise --help` is where a newcomer without a workspace starts: it must list the commands
// and show examples that actually work.
import { describe, expect, it } from "vitest";
import { cli } from "./harness.js";

describe("modelwise --help", () => {
  it("lists the commands and examples", async () => {
    const { code, out } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\s+chat\b/m);
    expect(out).toMatch(/^\s+ask\b/m);
    expect(out).toMatch(/Examples:/);
  });

  it("every `ask` example in the help answers without an error", async () => {
    const { out } = await cli(["--help"]);
    const examples = [...out.matchAll(/modelwise ask (?:--json |--chart \S+ |-- )?"([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const question of examples) {
      const answer = await cli(["ask", "--json", "--", question]);
      expect(answer.code, question).toBe(0);
      const data = (JSON.parse(answer.out) as { data: { intent: string } }).data;
      expect(["unclear", "help", "none"], question).not.toContain(data.intent);
    }
  });
});
