// A count of documents with each one's size said ("3,000 contracts a month of ~100K tokens"),
// summarised or extracted from: the documents are the input (count × size), and the output is the
// job's per document, not a share of the size. The Toronto legal-tech summariser was billed 270M in
// / 30M out of its 300M; it sends 300M in and gets about 3M of summaries back.
import { describe, expect, it } from "vitest";
import { volumeLine } from "../../../src/answers/cost.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { atJobSplit, JOB_SPLITS } from "../../../src/scoring/job-split.js";
import { describeRequirements } from "../../../src/conversation/slot-labels.js";

const volumeOf = (text: string) => {
  const req = parseRequirements(text);
  return atJobSplit(req.volume, req.useCase);
};

describe("documents of a said size read whole", () => {
  it.each([
    [
      "We summarise client contracts of about 100K tokens each, about 3,000 contracts a month.",
      3000,
      100_000,
      "summarization",
    ],
    [
      "we want to summarise client contracts (often 150 pages) for lawyers, about 3,000 contracts a month",
      3000,
      100_000,
      "summarization",
    ],
    ["we summarise 50 30-page reports a day", 1500, 20_000, "summarization"],
    ["we extract the key clauses from 400 leases a month, about 20k tokens each", 400, 20_000, "extraction"],
  ] as const)("%s", (text, perMonth, size, job) => {
    const v = volumeOf(text);
    const outputEach = JOB_SPLITS[job].outputPerDocument!.tokens;
    expect(v?.inputTokensPerMonth).toBeCloseTo(perMonth * size, -4);
    expect(v?.outputTokensPerMonth).toBeCloseTo(perMonth * outputEach, -3);
    expect(v?.statedSide).toBe("input");
    // Said back as the documents in and the output assumed, never as a share of the size.
    expect(volumeLine(v!)).toMatch(/read whole as input; output assumed/);
    expect(describeRequirements(parseRequirements(text)).join(" ")).toMatch(/in stated \+ [\d.,]+K? out assumed/);
  });

  it("is idempotent, and a later job re-splits from the documents kept as input", () => {
    const v = volumeOf("We summarise client contracts of about 100K tokens each, about 3,000 contracts a month.")!;
    expect(atJobSplit(v, "summarization")).toBe(v);
    const chat = atJobSplit(v, "chat")!;
    expect(chat.inputTokensPerMonth).toBe(v.inputTokensPerMonth);
    expect(chat.description.match(/read whole/g) ?? []).toHaveLength(0);
  });

  it("a short document is summarised no longer than the job's share of it", () => {
    const v = volumeOf("we summarise 10,000 emails a month, about 900 tokens each");
    expect(v?.inputTokensPerMonth).toBe(9_000_000);
    expect(v?.outputTokensPerMonth).toBe(1_000_000);
  });

  it("things that are no documents, and a job with no output per document, keep the split", () => {
    const chat = volumeOf("a support chatbot: 3,000 contracts a month, about 10k tokens each");
    expect(chat?.statedSide).toBeUndefined();
    const questions = volumeOf("we summarise 3,000 questions a month, about 10k tokens each");
    expect(questions?.statedSide).toBeUndefined();
    expect(
      parseVolume("we summarise 3,000 questions a month, about 10k tokens each")?.perItem?.documentSize,
    ).toBeUndefined();
  });
});
