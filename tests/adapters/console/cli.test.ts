// The `modelwise` command end to end, in-process through runCli (injected stdio); the real
// process through adapters/console/bin.js is in tests/e2e/cli-bin.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./harness.js";

const tmp = mkdtempSync(join(tmpdir(), "modelwise-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonAnswer {
  text: string;
  data: { intent: string; models?: { id: string; name: string }[]; [k: string]: unknown };
  replies: { text: string; data: unknown }[];
}

describe("modelwise ask", () => {
  it("answers one question in plain text with sources", async () => {
    const { code, out } = await cli(["ask", "price", "of", "GPT-4o"]);
    expect(code).toBe(0);
    expect(out).toMatch(/GPT-4o: price per 1M tokens/);
    expect(out).toMatch(/\$2\.50/);
    expect(out).toMatch(/Sources:\n- .+as of \d{4}-\d{2}-\d{2}/);
  });

  it("--json prints { text, data } naming the intent and the resolved models", async () => {
    const { code, out } = await cli(["ask", "--json", "tell me about llama 3.1 70b"]);
    expect(code).toBe(0);
    const answer = JSON.parse(out) as JsonAnswer;
    expect(answer.text).toMatch(/Llama 3\.1 70B/);
    expect(answer.data.intent).toBe("model-info");
    expect(answer.data.models).toEqual([{ id: expect.stringMatching(/llama-3\.1-70b/), name: "Llama 3.1 70B" }]);
  });

  it("--json cost data carries the prices and volumes used", async () => {
    const { out } = await cli(["ask", "--json", "cost of GPT-4o at 10M input and 2M output tokens a month"]);
    const answer = JSON.parse(out) as JsonAnswer;
    expect(answer.data.intent).toBe("cost");
    const costs = answer.data.costs as {
      modelId: string;
      prices: { inputPerMTok: number; outputPerMTok: number };
      volume: { inputTokensPerMonth: number; outputTokensPerMonth: number };
      totalUsd: number;
      source: string;
      asOf: string;
    }[];
    const openai = costs.find((c) => c.modelId === "gpt-4o");
    expect(openai).toBeDefined();
    expect(openai!.volume).toMatchObject({ inputTokensPerMonth: 10_000_000, outputTokensPerMonth: 2_000_000 });
    const expected = 10 * openai!.prices.inputPerMTok + 2 * openai!.prices.outputPerMTok;
    expect(openai!.totalUsd).toBeCloseTo(expected, 6);
    expect(openai!.source).toBeTruthy();
    expect(openai!.asOf).toMatch(/^\d{4}-\d{2}/);
  });

  it("the 2024 claim gets the real ratio and the GPT-4 Turbo note", async () => {
    const { out } = await cli([
      "ask",
      "--json",
      "is Llama 3 70B 10 times cheaper than GPT-4 at 3M input and 1M output tokens a month?",
    ]);
    const answer = JSON.parse(out) as JsonAnswer;
    expect(answer.data.intent).toBe("cost");
    expect(answer.text).toMatch(/24×, not 10×/);
    expect(answer.text).toMatch(/GPT-4 Turbo's price/);
    expect(answer.data.seedClaim).toMatchObject({ claimedRatio: 10 });
  });

  it("--chart says so when the answer has no chart", async () => {
    const file = join(tmp, "none.png");
    const { code, err } = await cli(["ask", "--chart", file, "price of GPT-4o"]);
    expect(code).toBe(2);
    expect(err).toMatch(/no chart/);
    expect(existsSync(file)).toBe(false);
  });

  it("--chart writes a PNG for a break-even answer", async () => {
    const file = join(tmp, "break-even.png");
    const { code, out } = await cli([
      "ask",
      "--chart",
      file,
      "when is self-hosting Llama 3.1 70B cheaper than the API?",
    ]);
    expect(out.length).toBeGreaterThan(0);
    if (code === 2) return; // the answer carried no chart (break-even "never"): nothing to write
    expect(code).toBe(0);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it('takes a question starting with "-" as the question, with or without --', async () => {
    for (const argv of [
      ["ask", "-5 million tokens"],
      ["ask", "--", "-5 million tokens"],
    ]) {
      const { code, out, err } = await cli(argv);
      expect(code).toBe(0);
      expect(err).not.toMatch(/unknown option/);
      expect(out.length).toBeGreaterThan(0);
    }
    const json = await cli(["ask", "--json", "--", "--price of GPT-4o"]);
    expect((JSON.parse(json.out) as JsonAnswer).data.intent).toBe("price");
  });

  it("names a malformed setting without printing its value", async () => {
    const { code, err } = await cli(["ask", "help"], [], { REDIS_URL: "not a url s3cr3t" });
    expect(code).toBe(1);
    expect(err).toMatch(/REDIS_URL/);
    expect(err).not.toContain("s3cr3t");
  });
});

describe("modelwise chat", () => {
  it("reads piped stdin one message per line, numbers pick choices, and ends at EOF", async () => {
    const { code, out } = await cli(["chat"], ["price of llama 3", "2", "help", "5"]);
    expect(code).toBe(0);
    const clarify = out.indexOf("matches several models");
    const price = out.indexOf("Llama 3 70B: price per 1M tokens");
    const help = out.indexOf("What modelwise can help with");
    const tradeoffs = out.indexOf("Open weights vs closed API");
    expect(clarify).toBeGreaterThanOrEqual(0);
    expect(price).toBeGreaterThan(clarify);
    expect(help).toBeGreaterThan(price);
    expect(tradeoffs).toBeGreaterThan(help);
  });

  it("piped input ends quietly at a line saying quit, like at the prompt", async () => {
    const { code, out } = await cli(["chat"], ["price of mistral 7b", "quit", "help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Mistral 7B: price per 1M tokens/);
    expect(out).not.toMatch(/not sure what you're asking/);
    expect(out).not.toMatch(/What modelwise can help with/);
  });

  it("--session keeps the conversation across runs", async () => {
    const env = { MODELWISE_DATA_DIR: join(tmp, "sessions") };
    const first = await cli(["chat", "--session", "team-a"], ["price of llama 3"], env);
    expect(first.out).toMatch(/matches several models/);
    // A new run (as after a restart): "2" answers the question the saved session is waiting on.
    const second = await cli(["chat", "--session", "team-a"], ["the second one"], env);
    expect(second.out).toMatch(/Llama 3 70B: price per 1M tokens/);
    // Another name is another conversation.
    const other = await cli(["chat", "--session", "team-b"], ["the second one"], env);
    expect(other.out).not.toMatch(/Llama 3 70B: price per 1M tokens/);
  });

  it("--profile keeps a team's standing facts across runs, apart from other profiles, and answers name them", async () => {
    const env = { MODELWISE_DATA_DIR: join(tmp, "profiles") };
    await cli(["chat", "--profile", "acme"], ["remember: we are an EU company with about 2M monthly users"], env);
    // A later one-shot question (no --session) under the same profile uses the facts and says so.
    const later = await cli(["ask", "--profile", "acme", "can we use Llama 3.3 70B?"], [], env);
    expect(later.out).toMatch(/Using your team profile: EU, ~2M monthly users/);
    const other = await cli(["ask", "--profile", "globex", "profile"], [], env);
    expect(other.out).toMatch(/No team profile yet/);
  });
});
