// The Discord renderer on its own: neutral blocks in, payloads out, each checked against the
// same limit rules the fake Discord API enforces (so a failure here is a 400 in production).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage, type DiscordPayload } from "../../../adapters/discord/render.js";
import type { Block, OutboundMessage } from "../../../src/ports.js";
import { messageProblems } from "../../helpers/fake-discord-limits.js";

const msg = (blocks: Block[], intent = "test"): OutboundMessage => ({
  blocks,
  fallbackText: "fallback",
  data: { intent },
});

function expectWithinLimits(payloads: DiscordPayload[]) {
  for (const p of payloads) {
    const body = JSON.parse(JSON.stringify({ content: p.content, embeds: p.embeds, components: p.components }));
    expect(messageProblems(body, { fileCount: p.files.length })).toEqual([]);
  }
}

const buttons = (p: DiscordPayload) => p.components.flatMap((r) => r.components).filter((c) => c.type === 2);
const selects = (p: DiscordPayload) => p.components.flatMap((r) => r.components).filter((c) => c.type === 3);

describe("discord render", () => {
  it("turns a rich answer into an embed with title, fields and a footer naming sources and dates", () => {
    const [payload, ...rest] = renderMessage(
      msg([
        { kind: "heading", text: "GPT-4o" },
        { kind: "text", markdown: "A **multimodal** model from OpenAI." },
        {
          kind: "fields",
          fields: [
            { label: "Context window", value: "128,000 tokens" },
            { label: "Open weights", value: "No" },
          ],
        },
        {
          kind: "table",
          columns: ["Provider", "Input $/MTok"],
          rows: [
            ["OpenAI", "2.50"],
            ["Azure", "2.50"],
          ],
        },
        {
          kind: "sources",
          items: [
            { label: "models.dev", url: "https://models.dev", asOf: "2025-06-01" },
            { label: "LiteLLM prices", asOf: "2025-05-20" },
          ],
        },
      ]),
    );
    expect(rest).toEqual([]);
    const embed = payload!.embeds[0]!;
    expect(embed.title).toBe("GPT-4o");
    expect(embed.description).toContain("A **multimodal** model from OpenAI.");
    expect(embed.description).toMatch(/```\nProvider\s+Input \$\/MTok\n-+\s+-+\nOpenAI\s+2\.50/);
    expect(embed.fields).toEqual(
      expect.arrayContaining([{ name: "Context window", value: "128,000 tokens", inline: true }]),
    );
    const footer = payload!.embeds.at(-1)!.footer!.text;
    expect(footer).toBe("Sources: models.dev (as of 2025-06-01); LiteLLM prices (as of 2025-05-20)");
    expect(payload!.embeds.flatMap((e) => e.fields ?? []).find((f) => f.name === "Source links")?.value).toBe(
      "[models.dev](https://models.dev)",
    );
    expectWithinLimits([payload!]);
  });

  it("turns a table too wide for a code block into one field per row", () => {
    const [p] = renderMessage(
      msg([
        { kind: "heading", text: "Compare" },
        {
          kind: "table",
          columns: ["", "GPT-4o", "Llama 3.1 70B", "Claude Sonnet 4.5"],
          rows: [
            ["Lab", "OpenAI", "Meta", "Anthropic"],
            [
              "Licence",
              "OpenAI Services Agreement",
              "Llama 3.1 Community License Agreement",
              "Anthropic Commercial Terms",
            ],
          ],
        },
      ]),
    );
    const fields = p!.embeds.flatMap((e) => e.fields ?? []);
    expect(fields[0]).toEqual({
      name: "Lab",
      value: "GPT-4o: OpenAI\nLlama 3.1 70B: Meta\nClaude Sonnet 4.5: Anthropic",
      inline: true,
    });
    expect(fields[1]?.value).toContain("Llama 3.1 70B: Llama 3.1 Community License Agreement");
    expect(p!.embeds[0]!.description ?? "").not.toContain("```");
    expectWithinLimits([p!]);
  });

  it("keeps every source when there are more than the footer holds", () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      label: `Source number ${i} with a fairly long descriptive label`,
      asOf: "2025-03-04",
    }));
    const payloads = renderMessage(
      msg([
        { kind: "heading", text: "Sources" },
        { kind: "sources", items },
      ]),
    );
    expectWithinLimits(payloads);
    const text = JSON.stringify(payloads.map((p) => p.embeds));
    for (const item of items) expect(text).toContain(`${item.label} (as of 2025-03-04)`);
  });

  it("sends short conversational replies as plain content, split within 2,000 characters", () => {
    const long = Array.from({ length: 400 }, (_, i) => `- line ${i} with some words in it`).join("\n");
    const payloads = renderMessage(msg([{ kind: "text", markdown: long }]));
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) {
      expect(p.embeds).toEqual([]);
      expect(p.content.length).toBeLessThanOrEqual(2000);
    }
    expect(payloads.map((p) => p.content).join("\n")).toContain("- line 399 with some words in it");
    expectWithinLimits(payloads);
  });

  it("splits a huge embed answer over several messages within the 6,000 / 4,096 / 25-field limits", () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({ label: `Field ${i}`, value: "v".repeat(900) }));
    const payloads = renderMessage(
      msg([
        { kind: "heading", text: "T".repeat(400) },
        { kind: "text", markdown: "word ".repeat(3000) },
        { kind: "fields", fields },
        {
          kind: "table",
          columns: ["a", "b"],
          rows: Array.from({ length: 400 }, (_, i) => [`row ${i}`, "x".repeat(30)]),
        },
        { kind: "sources", items: [{ label: "s", asOf: "2025-01-01" }] },
      ]),
    );
    expect(payloads.length).toBeGreaterThan(1);
    expectWithinLimits(payloads);
    expect(payloads[0]!.embeds[0]!.title!.length).toBeLessThanOrEqual(256);
    expect(
      payloads
        .flatMap((p) => p.embeds)
        .flatMap((e) => e.fields ?? [])
        .filter((f) => f.name.startsWith("Field")),
    ).toHaveLength(60);
    expect(payloads.at(-1)!.embeds.at(-1)!.footer?.text).toContain("as of 2025-01-01");
  });

  it("shows a question's answers as buttons, five to a row, on the last message", () => {
    const options = Array.from({ length: 7 }, (_, i) => ({ id: `flow:use:${i}`, label: `Option ${i}` }));
    const [p] = renderMessage(
      msg([
        { kind: "text", markdown: "Pick one" },
        { kind: "choices", prompt: "What for?", options },
      ]),
    );
    expect(p!.components.map((r) => r.components.length)).toEqual([5, 2]);
    expect(buttons(p!).map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual(options.map((o) => o.id));
    expect(p!.content).toContain("What for?");
  });

  it("shows more than five models to pick from as a select menu", () => {
    const options = Array.from({ length: 8 }, (_, i) => ({ id: `pick:model-${i}`, label: `Model ${i}` }));
    const [p] = renderMessage(msg([{ kind: "choices", prompt: "Which model?", options }]));
    expect(buttons(p!)).toEqual([]);
    expect(selects(p!)).toHaveLength(1);
  });

  it("shows many choices as a select menu of at most 25 options and lists the rest as text", () => {
    const options = Array.from({ length: 30 }, (_, i) => ({ id: `pick:model-${i}`, label: `Model ${i}` }));
    const [p] = renderMessage(msg([{ kind: "choices", prompt: "Which model did you mean?", options }]));
    const [select] = selects(p!);
    expect(select && "options" in select ? select.options.length : 0).toBe(25);
    expect(p!.content).toContain("Model 29");
    expectWithinLimits([p!]);
  });

  it("cuts button labels to 80 characters and drops duplicate or over-long ids", () => {
    const [p] = renderMessage(
      msg([
        {
          kind: "choices",
          prompt: "?",
          options: [
            { id: "ask:a", label: "L".repeat(200) },
            { id: "ask:a", label: "dup" },
            { id: "x".repeat(101), label: "too long id" },
          ],
        },
      ]),
    );
    const b = buttons(p!);
    expect(b).toHaveLength(1);
    expect("label" in b[0]! ? b[0].label!.length : 0).toBe(80);
    expectWithinLimits([p!]);
  });

  it("attaches a chart as a PNG when one is given, and draws text bars otherwise", () => {
    const chart: Block = {
      kind: "chart",
      title: "Monthly cost",
      unit: "USD",
      bars: [
        { label: "GPT-4o", value: 1200 },
        { label: "Llama 3.1 70B", value: 300 },
      ],
    };
    const [withPng] = renderMessage(msg([{ kind: "heading", text: "Cost" }, chart]), {
      chartPngs: [Buffer.from("png")],
    });
    expect(withPng!.files.map((f) => f.name)).toEqual(["chart-1.png"]);
    expect(withPng!.embeds.some((e) => e.image?.url === "attachment://chart-1.png")).toBe(true);
    const [text] = renderMessage(msg([{ kind: "heading", text: "Cost" }, chart]));
    expect(text!.files).toEqual([]);
    expect(text!.embeds[0]!.description).toMatch(/GPT-4o\s+█{20} 1,200/);
    expect(text!.embeds[0]!.description).toMatch(/Llama 3\.1 70B\s+█{5} 300/);
  });

  it("breaks every ping in echoed text", () => {
    const payloads = renderMessage(
      msg([
        { kind: "heading", text: "@everyone" },
        { kind: "text", markdown: "hi @here <@123> <@&456> <#789>" },
        { kind: "fields", fields: [{ label: "@everyone", value: "<@!1>" }] },
        { kind: "choices", prompt: "@here", options: [{ id: "ask:x", label: "@everyone" }] },
      ]),
    );
    const json = JSON.stringify(payloads);
    for (const ping of ["@everyone", "@here", "<@123>", "<@&456>", "<#789>", "<@!1>"]) expect(json).not.toContain(ping);
  });

  it("stays within every limit for arbitrary answers (property)", { timeout: 60_000 }, () => {
    const text = fc.string({ maxLength: 3000, unit: "grapheme" });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ kind: fc.constant("heading" as const), text }),
      fc.record({ kind: fc.constant("text" as const), markdown: fc.string({ maxLength: 6000 }) }),
      fc.record({
        kind: fc.constant("fields" as const),
        fields: fc.array(fc.record({ label: text, value: text }), { maxLength: 40 }),
      }),
      fc.record({
        kind: fc.constant("table" as const),
        columns: fc.array(text, { minLength: 1, maxLength: 5 }),
        rows: fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 50 }),
      }),
      fc.record({
        kind: fc.constant("choices" as const),
        prompt: text,
        options: fc.array(fc.record({ id: fc.stringMatching(/^[a-z]{1,3}:[\x21-\x7e]{0,110}$/), label: text }), {
          maxLength: 40,
        }),
      }),
      fc.record({
        kind: fc.constant("chart" as const),
        title: text,
        unit: fc.string({ maxLength: 5 }),
        bars: fc.array(fc.record({ label: text, value: fc.double({ noNaN: true, min: -1e9, max: 1e9 }) }), {
          maxLength: 30,
        }),
      }),
      fc.record({
        kind: fc.constant("sources" as const),
        items: fc.array(
          fc.record({ label: text, asOf: fc.constant("2025-01-01"), url: fc.option(fc.webUrl(), { nil: undefined }) }),
          { maxLength: 30 },
        ),
      }),
      fc.constant({ kind: "divider" as const }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.boolean(), (blocks, png) => {
        const charts = blocks.filter((b) => b.kind === "chart").map(() => (png ? Buffer.from("png") : undefined));
        const payloads = renderMessage(msg(blocks), { chartPngs: charts });
        expect(payloads.length).toBeGreaterThan(0);
        expectWithinLimits(payloads);
        expect(payloads.reduce((n, p) => n + p.components.length, 0)).toBeLessThanOrEqual(5);
        expect(JSON.stringify(payloads.map((p) => ({ c: p.content, e: p.embeds })))).not.toMatch(/@(everyone|here)/);
      }),
      { numRuns: 100 },
    );
  });
});
