// The Warsaw translation office ('we have 2 servers with 2x L40S each'): its GPUs are two servers of
// two, not one 192 GB node. Each pick must load within one server (2 × 48 GB); across servers is
// multi-node serving over the network, which the team did not say it runs. Qwen3 235B-A22B (4-bit,
// 118 GB) was #2 as one replica across both servers.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { WARSAW_TRANSLATION } from "./tenth-round-teams.js";

const catalog = readCatalog();

describe("owned GPUs in several servers: one replica within one server", () => {
  it("Warsaw: said back as servers, every self-hosted pick fits one server's 2× L40S and is costed on at most 2 per replica", () => {
    const c = chat(catalog);
    const reply = c.say(WARSAW_TRANSLATION);
    const said = textOf(reply);
    expect(said).toMatch(/Noted:.*you own 4 L40S in 2 servers of 2/);
    const top = rowsOf(reply).slice(0, 3);
    expect(top.map((r) => r.id)).not.toContain("qwen3-235b-a22b");
    let checked = 0;
    for (const r of top.filter((x) => x.costBasis === "self-host")) {
      expect(said).toMatch(new RegExp(`- \\*\\*${r.name}\\*\\*: fits one server's 2× NVIDIA L40S \\(96 GB`));
      // "N× NVIDIA L40S (…; R replicas for a 3× peak + S spare)": at most 2 GPUs in each replica.
      const line = said.split("\n").find((l) => l.startsWith(`- **${r.name}** self-hosted`));
      const m = /: (\d+)× NVIDIA L40S \([^;]+; (\d+) replicas? for a [\d.]+× peak(?: \+ (\d+) spare)?/.exec(line ?? "");
      expect(m, line).not.toBeNull();
      const [gpus, replicas] = [Number(m![1]), Number(m![2]) + Number(m![3] ?? 0)];
      expect(gpus / replicas, line).toBeLessThanOrEqual(2);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // A 235B model does not load within one server even at 4-bit, and the answer says why.
    const asked = textOf(c.say("does qwen3 235b fit on our L40S?"));
    expect(asked).toMatch(
      /\*\*Does Qwen3 235B-A22B fit your 4× NVIDIA L40S\?\*\* No: .*more than 2 \(one server's: your 4 are in servers of 2/,
    );
  });
});
