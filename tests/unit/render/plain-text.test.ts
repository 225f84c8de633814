import { describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/action-id.js";
import { askChoices, choices, fields, heading, message, sources, text } from "../../../src/render/builders.js";
import { escapeUserText, quoteUserText, stripControl } from "../../../src/render/escape.js";
import { markdownToPlain } from "../../../src/render/markdown.js";
import { renderPlainText, renderTable, splitToFit } from "../../../src/render/plain-text.js";

describe("plain-text renderer", () => {
  it("renders headings, markdown, fields and sources with as-of dates", () => {
    const out = renderPlainText(
      message(
        [
          heading("GPT-4o"),
          text("**OpenAI**'s model, see [docs](https://example.com) and `gpt-4o`"),
          fields([
            ["Licence", "Proprietary"],
            ["Context", "128K tokens"],
            ["Skipped", null],
          ]),
          sources([
            { label: "models.dev", url: "https://models.dev", asOf: "2026-07-02" },
            { label: "models.dev", url: "https://models.dev", asOf: "2026-07-02" },
          ]),
        ],
        { intent: "model-info" },
      ),
    );
    const body = out.chunks.join("\n");
    expect(body).toContain("== GPT-4o ==");
    expect(body).toContain("OpenAI's model, see docs (https://example.com) and gpt-4o");
    expect(body).toContain("Licence: Proprietary");
    expect(body).toContain("Context: 128K tokens");
    expect(body).not.toContain("Skipped");
    expect(body.match(/models\.dev \(https:\/\/models\.dev\), as of 2026-07-02/g)).toHaveLength(1);
  });

  it("aligns tables and right-aligns numeric columns", () => {
    const rendered = renderTable(
      ["Model", "Input"],
      [
        ["GPT-4o", "$2.50"],
        ["Llama 3.1 70B", "$0.60"],
      ],
    );
    const lines = rendered.split("\n");
    expect(lines[0]).toBe("Model          Input");
    expect(lines[2]).toBe("GPT-4o         $2.50");
    expect(lines[3]).toBe("Llama 3.1 70B  $0.60");
  });

  it("numbers choices across blocks and reports their action ids", () => {
    const out = renderPlainText(
      message(
        [
          askChoices("Try:", ["price of gpt-4o", "help"]),
          choices("Which one?", [{ action: { kind: "pick", modelId: "llama-3-70b" }, label: "Llama 3 70B" }]),
        ],
        { intent: "help" },
      ),
      { firstChoiceNumber: 1 },
    );
    expect(out.choices.map((c) => [c.number, decodeAction(c.id)])).toEqual([
      [1, { kind: "ask", text: "price_of_gpt-4o" }],
      [2, { kind: "ask", text: "help" }],
      [3, { kind: "pick", modelId: "llama-3-70b" }],
    ]);
    expect(out.chunks.join("\n")).toContain("  3. Llama 3 70B");
  });

  it("draws charts as text bars scaled to the largest value", () => {
    const out = renderPlainText(
      message(
        [
          {
            kind: "chart",
            title: "Monthly cost",
            unit: "$",
            bars: [
              { label: "A", value: 100 },
              { label: "B", value: 50 },
            ],
          },
        ],
        { intent: "cost" },
      ),
      { barWidth: 10 },
    );
    const body = out.chunks.join("\n");
    expect(body).toContain(`A ${"█".repeat(10)} $100.00`);
    expect(body).toContain(`B ${"█".repeat(5).padEnd(10)} $50.00`);
  });

  it("splits long replies so every chunk fits the limit", () => {
    const long = Array.from({ length: 200 }, (_, i) => `line ${i} ${"x".repeat(30)}`).join("\n");
    const out = renderPlainText(message([heading("Long"), text(long), text("y".repeat(5000))], { intent: "x" }), {
      maxTextLength: 2000,
    });
    expect(out.chunks.length).toBeGreaterThan(2);
    for (const chunk of out.chunks) expect(chunk.length).toBeLessThanOrEqual(2000);
    expect(out.chunks.join("")).toContain("line 199");
    expect(splitToFit(["🤖".repeat(10)], 5).every((c) => c.length <= 5)).toBe(true);
  });

  it("uses the fallback text when there are no blocks", () => {
    expect(renderPlainText({ blocks: [], fallbackText: "hi" }).chunks).toEqual(["hi"]);
  });
});

describe("escaping user text", () => {
  it("never lets a ping through", () => {
    const out = escapeUserText("@everyone <!channel> <@U123> @here <!here> <@&123> <#C1>");
    for (const ping of ["@everyone", "@here", "<!channel>", "<!here>", "<@U123>", "<@&123>", "<#C1>"])
      expect(out).not.toContain(ping);
    expect(out).toContain("everyone");
  });
  it("strips control characters and terminal escapes but keeps newlines and emoji", () => {
    expect(stripControl("a\u0000b\u0007\u001b[31mc\u0008\r\nd 🦙")).toBe("abc\nd 🦙");
  });
  it("quotes a short single line", () => {
    expect(quoteUserText("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
    expect(quoteUserText("a\n\n b")).toBe("a b");
  });
  it("turns the markdown subset into plain text", () => {
    expect(markdownToPlain("_note_ and **bold**, snake_case_name stays")).toBe("note and bold, snake_case_name stays");
  });
});

describe("wide tables", () => {
  it("wrap their widest text column to fit the width, keeping numbers whole", () => {
    const long = "a source description that goes on and on about where a number came from and when it was checked";
    const rendered = renderTable(
      ["Assumption", "Value", "Source"],
      [
        ["GPU price", "$6.16", long],
        ["Hours", "730", "rule"],
      ],
      60,
    );
    const lines = rendered.split("\n");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(rendered.replace(/\s+/g, " ")).toContain("where a number came from");
    expect(lines.some((l) => l.includes("$6.16"))).toBe(true);
  });
});

describe("splitting: properties", () => {
  it("every chunk fits the limit and no text is lost, for any blocks and limit", async () => {
    const fc = (await import("fast-check")).default;
    const block = fc.oneof(
      fc.string({ maxLength: 400 }).map((s) => text(s)),
      fc.string({ maxLength: 60 }).map((s) => heading(s)),
      fc
        .array(fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 80 })), { maxLength: 6 })
        .map((f) => fields(f)),
      fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }).map((opts) =>
        choices(
          "Pick:",
          opts.map((o, i) => ({ action: { kind: "ask" as const, text: String(i) }, label: o || "x" })),
        ),
      ),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.integer({ min: 20, max: 3000 }), (blocks, limit) => {
        const out = renderPlainText(message(blocks, { intent: "t" }), { maxTextLength: limit });
        for (const chunk of out.chunks) expect(chunk.length).toBeLessThanOrEqual(limit);
        const whole = renderPlainText(message(blocks, { intent: "t" })).chunks.join("\n\n");
        expect(out.chunks.join("").replace(/\s+/g, "")).toBe(whole.replace(/\s+/g, ""));
      }),
      { numRuns: 200 },
    );
  });
});
