import { describe, expect, it } from "vitest";
import { describeRequirements, echoLines, SLOT_LABELS } from "../../../src/conversation/slot-labels.js";
import { USE_CASES, type Requirements } from "../../../src/scoring/requirements.js";
import { assumedSplitWords, atJobSplit } from "../../../src/scoring/job-split.js";
import type { Volume } from "../../../src/costs/volume.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const volume = (total: number): Volume => ({
  inputTokensPerMonth: total * 0.75,
  outputTokensPerMonth: total * 0.25,
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: `${total} tokens a month`,
});

describe("slot labels: one table for every echo", () => {
  it("says a first message back in a few words each", () => {
    const req: Requirements = { useCase: "coding", volume: volume(50e6), exclude: { countries: ["CN"] } };
    expect(describeRequirements(req)).toEqual([
      "coding",
      "excluding models from Chinese labs",
      "50M tokens/month (3:1 input:output assumed)",
    ]);
  });

  it("notes new facts once and names replaced ones with old and new value", () => {
    const before: Requirements = { useCase: "coding", volume: volume(50e6) };
    const after: Requirements = { ...before, volume: volume(5e6), dataSensitivity: "regulated" };
    expect(echoLines(before, after)).toEqual([
      "Noted: regulated data.",
      "Changed: monthly volume: 50M tokens/month (3:1 input:output assumed) → 5M tokens/month (3:1 input:output assumed).",
    ]);
    expect(echoLines(after, after)).toEqual([]);
  });

  // The split said back is the one the costs bill: a summariser's total is split 90/10, and was
  // said back as "3:1 assumed" while its costs priced 270M in and 30M out of 300M.
  it("says a split assumed for the job as the job's, for every job whose split is not the default", () => {
    for (const useCase of USE_CASES) {
      const job = atJobSplit(volume(300e6), useCase);
      const said = describeRequirements({ useCase, volume: job }).join(" · ");
      if (job.splitJob === undefined) expect(said, useCase).toContain("(3:1 input:output assumed)");
      else {
        expect(said, useCase).toContain(`(${assumedSplitWords(job)})`);
        expect(said, useCase).not.toContain("3:1");
      }
    }
    expect(
      describeRequirements({ useCase: "summarization", volume: atJobSplit(volume(300e6), "summarization") }),
    ).toContain("300M tokens/month (split assumed for summarisation: 90% in / 10% out)");
  });

  it("has an entry for every requirement field", () => {
    const fields: (keyof Requirements)[] = ["useCase", "exclude", "onDevice", "maxParamsB", "needsBaa", "ownedGpus"];
    for (const f of fields) expect(SLOT_LABELS[f].name.length).toBeGreaterThan(0);
  });
});

describe("slot labels: GPUs are said by the catalogue's name, never by their key", () => {
  const catalog = readCatalog();
  it.each(catalog.selfhost.gpus.map((g) => [g.key, g.name]))("%s is said as %s, rented or counted", (key, name) => {
    for (const namedGpus of [{ type: key }, { type: key, count: 2 }]) {
      const said = describeRequirements({ namedGpus }, catalog).join(" · ");
      expect(said).toContain(name);
      expect(said).not.toContain(key);
    }
  });

  it("'we rent H200s at $3.50/h' is said back as the NVIDIA H200 SXM, not 'H200 SXM 141GB'", () => {
    const reply = chat(catalog).say(
      "we rent H200s at $3.50/h; recommend an open model for an internal coding assistant",
    );
    expect(textOf(reply)).toContain("runs on rented NVIDIA H200 SXM");
    expect(textOf(reply)).not.toContain("141GB");
  });
});
