// Hardware a team already has, in the words the tryout teams used (issue 11 item 2): owned GPUs
// with no count ("our own L4s", "thousands of H100s") are as many as each pick needs; machines ×
// GPUs in each and a total with a share busy elsewhere are counted; a what-if naming GPUs of the
// team's own in an API thread moves it to running the weights on them; one card in each appliance
// is what every pick must fit. Each self-hosted cost line must then be on that GPU and the team's.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { plainTextOf } from "../../src/render/plain-text.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { EIGHTH_ROUND_TEAMS } from "./eighth-round-teams.js";
import { RESEARCH } from "./sixth-round-teams.js";
import { ADTECH } from "./seventh-round-teams.js";

const catalog = readCatalog();

/** The worked-out self-hosted lines of a reply: GPUs and their name, and the whole line. */
function selfHostedLines(text: string): { gpus: number; gpu: string; line: string }[] {
  return text
    .split("\n")
    .filter((l) => / self-hosted, always on /.test(l))
    .map((line) => {
      const m = /: (\d+)× (NVIDIA [\w ]+?) \(/.exec(line);
      expect(m, line).not.toBeNull();
      return { gpus: Number(m![1]), gpu: m![2]!, line };
    });
}

/** Every self-hosted pick of the top 3 runs on `gpu` and is priced as the team's own (none rented). */
function expectAllOwnedOn(text: string, gpu: RegExp, atMost?: number) {
  const lines = selfHostedLines(text);
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) {
    expect(l.gpu).toMatch(gpu);
    expect(l.line).toMatch(/all yours at \$[\d.]+\/GPU-hour/);
    expect(l.line).not.toMatch(/rented at/);
    if (atMost !== undefined) expect(l.gpus).toBeLessThanOrEqual(atMost);
  }
}

describe("owned GPUs with no count are as many as a pick needs", () => {
  it.each([
    ["L4s", /NVIDIA L4$/],
    ["A100s", /A100/],
    ["H100s", /H100/],
  ])("ad-tech (API thread): 'what if we self-host on our own %s?'", (gpus, gpu) => {
    const c = chat(catalog);
    c.say(ADTECH);
    const reply = c.say(`what if we self-host on our own ${gpus}?`);
    const said = textOf(reply);
    expect(said).toMatch(new RegExp(`What if:\\*\\*.*you own ${gpus}, as many as needed`));
    expect(
      rowsOf(reply)
        .slice(0, 3)
        .every((r) => r.costBasis === "self-host"),
    ).toBe(true);
    expectAllOwnedOn(said, gpu);
  });

  it("messaging app: 'we have thousands of H100s and a huge infra team' is owned H100s and strong ML-ops", () => {
    const said = textOf(chat(catalog).say(EIGHTH_ROUND_TEAMS["messaging app"]));
    expect(said).toMatch(/Noted:.*ML-ops experience: strong.*you own H100s, as many as needed/);
    expectAllOwnedOn(said, /H100/);
  });
});

describe("owned GPUs counted as teams count them", () => {
  it("Hsinchu fab: 16 H100 half used elsewhere is 8 owned; 'only use 4 of the H100s' is 4", () => {
    const c = chat(catalog);
    const first = textOf(c.say(EIGHTH_ROUND_TEAMS["Hsinchu fab"]));
    expect(first).toMatch(/Noted:.*you own 8 H100/);
    expectAllOwnedOn(first, /H100/, 8);
    const four = textOf(c.say("what if we can only use 4 of the H100s?"));
    expect(four).toContain("What if:** you own 4 H100");
    // A pick that cannot be loaded on the 4 is ruled out; the ones shown run on them.
    expectAllOwnedOn(four, /H100/);
    for (const m of four.matchAll(/fits your (\d+)× NVIDIA H100/g)) expect(Number(m[1])).toBe(4);
  });

  it.each([
    ["2 servers with 8 H100 each", 16],
    ["3 nodes with 4 H100 each", 12],
    ["two boxes, each with 2 H100", 4],
  ])("Zurich private bank (on-prem, no GPUs): 'what if we bought %s?' owns them", (said, count) => {
    const c = chat(catalog);
    c.say(EIGHTH_ROUND_TEAMS["Zurich private bank"]);
    const text = textOf(c.say(`what if we bought ${said}?`));
    expect(text).toContain(`What if:** you own ${count} H100`);
    expectAllOwnedOn(text, /H100/);
  });

  // Since words16 (6caae52) the first message's '4x A100 80GB we can use' is owned hardware, so
  // the thread already runs the weights itself; the what-if replaces the GPUs, it adds no placement.
  it("research group (its 4 A100s): 'what if we get access to 8 h100s instead' runs the weights on the 8 H100s", () => {
    const c = chat(catalog);
    expect(textOf(c.say(RESEARCH))).toContain("you own 4 A100 80GB");
    const text = textOf(c.say("what if we get access to 8 h100s instead"));
    expect(text).toContain("What if:** you own 8 H100");
    expect(text).not.toMatch(/Based on:\*\*[^\n]*A100/);
    // Every pick shown loads on the 8 (the fit check applies), and some are shown.
    const fits = [...text.matchAll(/fits your (\d+)× NVIDIA H100/g)];
    expect(fits.length).toBeGreaterThan(0);
    for (const m of fits) expect(Number(m[1])).toBe(8);
  });
});

describe("the card in each appliance", () => {
  it("security appliance: 'Each appliance has one NVIDIA L4 (24GB)': every pick fits one L4 and runs on it", () => {
    const reply = chat(catalog).say(EIGHTH_ROUND_TEAMS["security appliance"]);
    const text = textOf(reply);
    expect(text).toMatch(/Noted:.*you own 1 L4/);
    for (const l of selfHostedLines(text)) expect(l.gpu).toMatch(/NVIDIA L4$/);
    const fits = [...text.matchAll(/\*\*([^*]+)\*\*: fits your 1× NVIDIA L4/g)].map((m) => m[1]);
    expect(fits.length).toBeGreaterThanOrEqual(Math.min(3, rowsOf(reply).length));
    // Models too large for one L4 are ruled out, with the memory they need.
    expect(text).toMatch(/Does not fit your hardware\*\* \(\d+\)/);
  });
  // The same appliance with one L4 (24 GB) and with one L40S (48 GB): each pick runs owned on the
  // one card, and a pick that fits it only at 4-bit is costed at int4. Which picks need 4-bit follows
  // the models' own KV shapes: on the L40S, Qwen3-Next 80B-A3B (40 GB of 4-bit weights) does.
  it("security appliance: a pick that fits the one card only at 4-bit is costed on that one card at 4-bit", () => {
    const precisions: string[] = [];
    for (const [card, said] of [
      ["L4", "one NVIDIA L4 (24GB)"],
      ["L40S", "one NVIDIA L40S (48GB)"],
    ] as const) {
      const message = EIGHTH_ROUND_TEAMS["security appliance"]!.replace("one NVIDIA L4 (24GB)", said);
      const text = textOf(chat(catalog).say(message));
      const fits = new Map(
        [
          ...text.matchAll(
            new RegExp(`\\*\\*([^*]+)\\*\\*: fits your 1× NVIDIA ${card} \\([^)]*\\) at (16-bit|FP8|4-bit)`, "g"),
          ),
        ].map((m) => [m[1]!, m[2]!]),
      );
      const lines = selfHostedLines(text);
      expect(lines.length, card).toBeGreaterThan(0);
      for (const l of lines) {
        // Every pick runs on the appliance's one card, owned, none bought or rented.
        expect(l.gpus, l.line).toBe(1);
        expect(l.line).toMatch(/all yours at/);
        const name = /^- (.+?) self-hosted/.exec(l.line)![1]!;
        if (fits.get(name) === "4-bit") expect(l.line).toMatch(/\(int4;/);
      }
      precisions.push(...fits.values());
    }
    expect(precisions).toContain("4-bit");
  });
});

describe("a peak said as a rate beside the month's count", () => {
  it("helpdesk SaaS: 'Black Friday peak is about 300 requests per second' against 20M tickets a month is a 39× peak", () => {
    const c = chat(catalog);
    const first = textOf(c.say(EIGHTH_ROUND_TEAMS["helpdesk SaaS"]));
    // 300 ÷ (20M ÷ (30 × 86,400 s)) = 38.9.
    expect(first).toMatch(/Noted:.*peaks 39× the average/);
    const selfHosted = textOf(c.say("what would self-hosting gpt-oss-120b cost us?"));
    expect(selfHosted).toMatch(/The peak \(39× the average\) needs \d+ replicas/);
  });
});

describe("hardware the team will buy", () => {
  it("Zurich private bank (on-prem, no GPUs yet, CHF 400k capex): every pick runs on bought GPUs, none rented; the capex is said back in francs, not applied", () => {
    const reply = chat(catalog).say(EIGHTH_ROUND_TEAMS["Zurich private bank"]);
    const text = textOf(reply);
    expect(text).toMatch(/Noted:.*GPUs to buy, not rent \(capex CHF 400,000: said back, not applied/);
    expect(text).not.toMatch(/budget \$400,000/);
    const lines = selfHostedLines(text);
    expect(lines.length).toBe(Math.min(3, rowsOf(reply).length));
    for (const l of lines) {
      // Bought at the purchase price spread over its life, its source said, and what it costs up front.
      const m =
        /all bought at \$([\d.]+)\/GPU-hour \(a secondary-sourced purchase price of \$([\d,.]+) a card over (\d+) years \+ power and hosting; \$([\d,.]+) up front\)/.exec(
          l.line,
        );
      expect(m, l.line).not.toBeNull();
      const [rate, price, years, upFront] = [m![1], m![2], m![3], m![4]].map((x) => Number(x!.replace(/,/g, "")));
      expect(rate).toBeCloseTo(Math.round((price! / (years! * 8760) + 0.25) * 100) / 100, 6);
      expect(upFront).toBeCloseTo(l.gpus * price!, 6);
      expect(l.line).not.toMatch(/verified median|rented/);
    }
    // The purchase prices' pages are among the answer's sources.
    expect(plainTextOf(reply.blocks)).toMatch(/purchase price \(secondary\) \(https:\/\//);
  });

  it("an air-gapped on-prem shortlist is priced on bought GPUs (nothing there can be rented), and 'what if we owned 8 H100s?' prices it on those", () => {
    const c = chat(catalog);
    const working = (text: string) => text.split("\n").filter((l) => /self-hosted, always on/.test(l));
    const first = working(
      textOf(
        c.say(
          "We're a defence contractor. On-prem only, air-gapped, 200M tokens a month, 300 users, strong ML-ops team. Recommend a chat assistant model.",
        ),
      ),
    );
    expect(first.length).toBeGreaterThan(0);
    for (const l of first) expect(l).toMatch(/all bought at .*up front/);
    const after = working(textOf(c.say("what if we owned 8 H100s?")));
    expect(after.length).toBeGreaterThan(0);
    for (const l of after) expect(l).toMatch(/H100.*all yours at/);
  });
});
