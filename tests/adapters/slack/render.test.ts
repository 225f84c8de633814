// The Block Kit renderer on its own: markdown conversion, escaping, and, for any neutral reply
// fast-check can think of, output that stays inside Slack's limits and pings no one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, OutboundMessage } from "../../../src/ports.js";
import { escapeSlack, toMrkdwn } from "../../../adapters/slack/mrkdwn.js";
import {
  ephemeralPage,
  MAX_BLOCKS,
  MAX_MESSAGE_CHARS,
  messagesOnly,
  pack,
  renderReply,
  type SlackBlock,
  type SlackPart,
} from "../../../adapters/slack/render.js";
import { markdownSections } from "../../../adapters/slack/render-blocks.js";
import { blockProblem } from "../../helpers/fake-slack.js";

const reply = (blocks: Block[], fallbackText = "fallback"): OutboundMessage => ({
  blocks,
  fallbackText,
  data: { intent: "test" },
});
const messages = (parts: SlackPart[]) => messagesOnly(parts);

describe("markdown subset -> mrkdwn", () => {
  it("converts bold, links, bullets and keeps italics and code", () => {
    expect(toMrkdwn("**Blocked** _really_ `a<b`")).toBe("*Blocked* _really_ `a&lt;b`");
    expect(toMrkdwn("see [the licence](https://example.com/l?a=1&b=2)")).toBe(
      "see <https://example.com/l?a=1&amp;b=2|the licence>",
    );
    expect(toMrkdwn("- one\n- **two**")).toBe("• one\n• *two*");
  });

  it("leaves a link with an unsafe URL as escaped text", () => {
    expect(toMrkdwn("[x](javascript:alert(1))")).not.toContain("<javascript");
    expect(toMrkdwn("[x](https://a.com/|<!channel>)")).not.toContain("<!channel>");
  });

  it("escapes &, < and > and defuses broadcast words", () => {
    expect(escapeSlack("a & b <!channel> <@U123> @here @everyone @channel")).not.toMatch(
      /<!|<@|@here|@everyone|@channel/,
    );
    expect(escapeSlack("R&D <3")).toBe("R&amp;D &lt;3");
  });
});

describe("long markdown -> sections", () => {
  it("splits at line breaks into sections that each fit, losing and reordering nothing", () => {
    // Lines whose escaped form is longer than the raw text (& -> &amp;), so the limit is on the converted text.
    const lines = Array.from({ length: 120 }, (_, i) => `- line ${i}: R&D <costs> **${"x".repeat(i % 40)}**`);
    const markdown = lines.join("\n");
    const sections = markdownSections(markdown).map((b) => (b.type === "section" ? (b.text?.text ?? "") : ""));
    expect(sections.length).toBeGreaterThan(1);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    expect(sections.join("\n")).toBe(toMrkdwn(markdown));
  });

  it("cuts a single overlong line into pieces that fit", () => {
    const sections = markdownSections("&".repeat(7000)).map((b) => (b.type === "section" ? (b.text?.text ?? "") : ""));
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    expect(sections.join("").replace(/\n/g, "")).toBe("&amp;".repeat(7000));
  });
});

describe("renderReply", () => {
  it("maps each neutral block to its Block Kit form", () => {
    const [part] = renderReply(
      reply([
        { kind: "heading", text: "Blocked: Llama 3.1 70B" },
        { kind: "text", markdown: "**Why** it is blocked" },
        { kind: "fields", fields: [{ label: "Licence", value: "Llama 3.1 Community" }] },
        { kind: "table", columns: ["Model", "Input $/M", "Output $/M"], rows: [["GPT-4o", "2.50", "10.00"]] },
        { kind: "sources", items: [{ label: "Meta", url: "https://llama.com", asOf: "2024-07-23" }] },
        { kind: "divider" },
      ]),
      { images: false },
    );
    const blocks = part?.kind === "message" ? part.message.blocks : [];
    expect(blocks.map((b) => b.type)).toEqual(["header", "section", "section", "section", "context", "divider"]);
    expect(JSON.stringify(blocks[3])).toContain("```");
    expect(JSON.stringify(blocks[4])).toContain("<https://llama.com|Meta> (as of 2024-07-23)");
  });

  it("wide tables become one field per row that names its columns", () => {
    const columns = ["", "GPT-4o", "Claude Sonnet 4.5", "Llama 3.1 70B"];
    const rows = [
      [
        "Licence",
        "OpenAI Services Agreement",
        "Anthropic Commercial Terms of Service",
        "Llama 3.1 Community License Agreement",
      ],
    ];
    const [part] = renderReply(reply([{ kind: "table", columns, rows }]), { images: false });
    expect(part?.kind === "message" && part.message.blocks[0]).toMatchObject({
      type: "section",
      fields: [
        {
          text: "*Licence*\n• GPT-4o: OpenAI Services Agreement\n• Claude Sonnet 4.5: Anthropic Commercial Terms of Service\n• Llama 3.1 70B: Llama 3.1 Community License Agreement",
        },
      ],
    });
  });

  it("small two-column tables become fields", () => {
    const [part] = renderReply(reply([{ kind: "table", columns: ["k", "v"], rows: [["Context", "128k"]] }]), {
      images: false,
    });
    expect(part?.kind === "message" && part.message.blocks[0]).toMatchObject({
      type: "section",
      fields: [{ text: "*Context*\n128k" }],
    });
  });

  it("a chart is an image part when images are on, text bars when off", () => {
    const chart: Block = {
      kind: "chart",
      title: "Cost",
      unit: "USD",
      bars: [
        { label: "A", value: 10 },
        { label: "B", value: 5 },
      ],
    };
    expect(renderReply(reply([chart]), { images: true }).map((p) => p.kind)).toEqual(["chart"]);
    const text = JSON.stringify(renderReply(reply([chart]), { images: false }));
    expect(text).toMatch(/A\s+█{24}\s+10 USD/);
    expect(text).toMatch(/B\s+█{12}\s+5 USD/);
  });

  it("a break-even chart with only series becomes a table of points", () => {
    const chart: Block = {
      kind: "chart",
      title: "Break-even",
      unit: "USD",
      bars: [],
      xLabel: "tokens",
      series: [
        {
          name: "API",
          points: [
            { x: 1, y: 2 },
            { x: 2, y: 4 },
          ],
        },
        {
          name: "Self-host",
          points: [
            { x: 1, y: 3 },
            { x: 2, y: 3 },
          ],
        },
      ],
    };
    const text = JSON.stringify(renderReply(reply([chart]), { images: false }));
    expect(text).toContain("tokens");
    expect(text).toContain("Self-host (USD)");
  });

  it("the plain text fallback is always set and escaped", () => {
    const [part] = renderReply(reply([], "  "), { images: false });
    expect(part?.kind === "message" && part.message.text).toBe("modelwise");
    const [p2] = renderReply(reply([{ kind: "text", markdown: "x" }], "<!channel> & co"), { images: false });
    expect(p2?.kind === "message" && p2.message.text).toBe("&lt;!channel&gt; &amp; co");
  });

  it("buttons: at most 10, then select menus; labels cut to 75 characters", () => {
    const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `ask:q${i}`, label: "x".repeat(100) }));
    const few = JSON.stringify(
      renderReply(reply([{ kind: "choices", prompt: "Pick", options: options(10) }]), { images: false }),
    );
    expect(few).not.toContain("static_select");
    expect(few).toContain(`"text":"${"x".repeat(74)}…"`);
    expect(
      JSON.stringify(
        renderReply(reply([{ kind: "choices", prompt: "Pick", options: options(11) }]), { images: false }),
      ),
    ).toContain("static_select");
  });

  it("ephemeralPage shows a few messages at a time, with Show more until the end and Share on every page", () => {
    const many = reply(Array.from({ length: 400 }, (_, i) => ({ kind: "text", markdown: `p${i} ${"y".repeat(300)}` })));
    const all = messages(renderReply(many, { images: false }));
    expect(all.length).toBeGreaterThan(8);
    const first = ephemeralPage(all, "A1", 0, 4);
    // Four messages of the answer, plus one for the buttons when the fourth is full: five posts at most.
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(first.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(first.at(-1))).toContain('"action_id":"1:more:A1:4"');
    expect(JSON.stringify(first.at(-1))).toContain('"action_id":"1:share:A1"');
    const lastStart = Math.floor((all.length - 1) / 4) * 4;
    const last = ephemeralPage(all, "A1", lastStart, 4);
    expect(JSON.stringify(last)).not.toContain('"action_id":"1:more:');
    expect(JSON.stringify(last)).toContain('"action_id":"1:share:A1"');
    for (const m of [...first, ...last]) expect(blockProblem(m.blocks)).toBeNull();
  });
});

// Arbitrary neutral replies, with hostile text everywhere text can go.
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    "<!channel>",
    "<!here>",
    "@everyone",
    "@here",
    "<@U123>",
    "<#C1|x>",
    "&",
    "**",
    "[a](https://x.y)",
    "`",
    "\n- ",
    "\u0000",
    "🦙",
  ),
  fc.string({ unit: "grapheme", maxLength: 4000 }),
);
const text = fc.array(hostile, { maxLength: 6 }).map((xs) => xs.join(" "));
const block: fc.Arbitrary<Block> = fc.oneof(
  text.map((t): Block => ({ kind: "heading", text: t })),
  text.map((t): Block => ({ kind: "text", markdown: t })),
  fc
    .array(fc.record({ label: text, value: text }), { maxLength: 25 })
    .map((fields): Block => ({ kind: "fields", fields })),
  fc
    .record({
      columns: fc.array(text, { minLength: 1, maxLength: 6 }),
      rows: fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 40 }),
    })
    .map((t): Block => ({ kind: "table", ...t })),
  fc
    .record({
      prompt: text,
      options: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,4}:[\x21-\x7e]{1,40}$/), label: text }), {
        maxLength: 230,
        selector: (o) => o.id,
      }),
    })
    .map((c): Block => ({ kind: "choices", ...c })),
  fc
    .record({
      title: text,
      unit: fc.constantFrom("USD", ""),
      bars: fc.array(fc.record({ label: text, value: fc.double({ noNaN: true, min: -1e9, max: 1e9 }) }), {
        maxLength: 30,
      }),
    })
    .map((c): Block => ({ kind: "chart", ...c })),
  fc
    .array(
      fc.record({
        label: text,
        url: fc.option(fc.webUrl(), { nil: undefined }),
        asOf: fc.constantFrom("2024-07-23", "2026-11"),
      }),
      { maxLength: 25 },
    )
    .map((items): Block => ({ kind: "sources", items })),
  fc.constant<Block>({ kind: "divider" }),
);

describe("any reply renders within Slack's limits and pings no one", () => {
  it("holds for arbitrary neutral replies", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), text, fc.boolean(), (blocks, fallback, images) => {
        const parts = renderReply(reply(blocks, fallback), { images });
        expect(parts.length).toBeGreaterThan(0);
        for (const m of messages(parts)) {
          expect(blockProblem(m.blocks)).toBeNull();
          expect(m.text.length).toBeGreaterThan(0);
          expect(m.text.length).toBeLessThanOrEqual(3000);
          const wire = JSON.stringify(m);
          for (const ping of ["<!channel", "<!here", "<!everyone", "<@U", "<#C", "@here", "@everyone", "@channel"])
            expect(wire).not.toContain(ping);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("packing blocks into messages", () => {
  // The one-stringify shortcut for replies that fit must pack exactly as measuring block by block.
  const byEachBlock = (blocks: SlackBlock[]) => {
    const out: SlackBlock[][] = [];
    let current: SlackBlock[] = [];
    let chars = 0;
    for (const b of blocks) {
      const n = JSON.stringify(b).length;
      if (current.length && (current.length >= MAX_BLOCKS - 1 || chars + n > MAX_MESSAGE_CHARS)) {
        out.push(current);
        current = [];
        chars = 0;
      }
      current.push(b);
      chars += n;
    }
    if (current.length) out.push(current);
    return out;
  };
  const block = fc
    .string({ maxLength: 2900, unit: fc.constantFrom("a", "é", "\n", '"', "\\", "\u0001", "😀") })
    .map((text): SlackBlock => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } }));

  it("splits where block-by-block measuring splits, and the share button fits the last message", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), (blocks) => {
        const packed = pack(blocks);
        expect(packed).toEqual(byEachBlock(blocks));
        const page = ephemeralPage(
          packed.map((b) => ({ text: "t", blocks: b })),
          "id",
          0,
          4,
        );
        for (const m of page) {
          expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
          expect(JSON.stringify(m.blocks).length - 1 - m.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
        }
      }),
      { numRuns: 150 },
    );
  });
});
