// Memory a product's own box sets aside for the model, and words about what the team already runs
// (found in rounds 17–19; words32):
// - 'It has to run on the head unit …: a Qualcomm automotive SoC with 12 GB RAM, of which 4 GB can
//   go to the model' and 'runs fully on the console …, with 1.5 GB of memory for the model' are a
//   model on the device, capped by that memory (they were on-prem with no cap);
// - 'answers need to start within half a second' is a 0.5 s first-token target;
// - 'Our MLOps team of 3 already runs Triton for vision models' sends the model no images, and
//   '3 already runs' is no count of 3 runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { paramsForMemoryGb } from "../../../src/intents/device-memory.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);

const BOXES = [
  "It has to run on the head unit with no connectivity",
  "It runs fully on the console, offline",
  "It must run inside our set-top box with no internet",
  "Everything runs on the infotainment system",
];
const SHARES = [
  (total: number, gb: number) =>
    `: a Qualcomm automotive SoC with ${total} GB RAM, of which ${gb} GB can go to the model.`,
  (total: number, gb: number) =>
    `. The game already uses most of its ${total} GB; we can spare maybe ${gb} GB of memory for the model.`,
  (_total: number, gb: number) => ` with ${gb} GB of memory for the model.`,
];

describe("memory set aside for the model in a product's box", () => {
  it("runs the model on the device, capped by that memory, never on-prem", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BOXES),
        fc.constantFrom(...SHARES),
        fc.constantFrom(1.5, 2, 3, 4, 6),
        fc.constantFrom("We want an offline assistant that answers the driver.", "We want NPCs to answer the player."),
        (box, share, gb, job) => {
          const text = `${job} ${box}${share(gb + 8, gb)}`;
          const req = read(text);
          expect(req.onDevice, text).toBe(true);
          expect(req.deployment, text).not.toBe("on-prem");
          expect(req.maxParamsB, text).toBe(paramsForMemoryGb(gb));
        },
      ),
    );
  });

  it("a GPU server's memory sets no device", () => {
    const text = "We own one server with 4x L40S 48GB in our data centre. Which model for RAG over our manuals?";
    expect(read(text).onDevice).toBeUndefined();
  });
});

describe("a start said in words", () => {
  it("'within half a second' is a 0.5 s target, 'within a second' 1 s", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("answers need to start", "the first words must come", "replies should begin"),
        fc.constantFrom(["half a second", 0.5] as const, ["a second", 1] as const, ["one second", 1] as const),
        fc.constantFrom("within", "under", "in less than"),
        (what, [words, seconds], bound) => {
          const text = `We want NPCs to answer the player; ${what} ${bound} ${words}. Which model?`;
          const req = read(text);
          expect(req.latency, text).toBe("interactive");
          expect(req.latencyTarget?.seconds, text).toBe(seconds);
        },
      ),
    );
  });
});

describe("what the team already runs", () => {
  it("vision models it serves are not images sent to this model, and '3 already runs' is no 3 runs", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 3, 5),
        fc.constantFrom("already runs", "currently runs", "also serves", "already hosts"),
        fc.constantFrom("Triton for vision models", "Triton for our computer vision models", "our own vision models"),
        fc.constantFrom(5, 20, 80),
        (people, runs, what, millions) => {
          const text = `Our MLOps team of ${people} ${runs} ${what}. We want a chatbot for our engineers, ${millions}M tokens a month.`;
          const req = read(text);
          expect(req.imageInput, text).toBeUndefined();
          const v = req.volume!;
          expect(v.inputTokensPerMonth + v.outputTokensPerMonth, text).toBe(millions * 1_000_000);
        },
      ),
    );
  });

  it("a vision model the job needs still reads images", () => {
    for (const text of [
      "We need a vision model to read photos of receipts.",
      "Our team already runs Triton; we want a vision-language model that reads screenshots of errors.",
    ])
      expect(read(text).imageInput, text).toBe(true);
  });
});
