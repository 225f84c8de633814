// A team that runs on its own premises and said how big a request is (thirteenth round: Niigata's
// '~6,000 tokens of retrieved context per question and ~500 tokens out', 'no cloud at all', 4×
// L40S): 'will qwen3 235b-a22b fit on our server?' sized the KV cache for 4,096-token sequences and
// set Alibaba's and Deep Infra's APIs beside it ('self-hosting costs 156× as much'). Over generated
// teams (request sizes × on-prem phrasings × models asked about): each sequence holds the request as
// said, and no API price is compared.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/render/format.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const ON_PREM = [
  "Design drawings are confidential and must never leave our factory network: no cloud at all.",
  "Everything stays on-prem, nothing leaves our datacentre.",
  "On-prem only, nothing leaves our datacentre.",
];
const ASKED = ["will qwen3 235b-a22b fit on our server?", "will llama 3.3 70b fit on our server?"];

function team(rule: string, people: number, input: number, output: number): string {
  return `We build an internal assistant over our maintenance manuals (RAG). ${rule} We own a server with 4x NVIDIA L40S (48 GB each) in our data centre. About ${people} engineers, maybe 8 questions each per day, with ~${input.toLocaleString("en-US")} tokens of retrieved context per question and ~${output} tokens out.`;
}

describe("on its own premises, a stated request size sizes each sequence and no API is compared", () => {
  it("the fit answer holds sequences of the request as said, and sets no API price beside self-hosting", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ON_PREM),
        fc.constantFrom(200, 600),
        fc.constantFrom(2_000, 6_000, 12_000),
        fc.constantFrom(300, 500),
        fc.constantFrom(...ASKED),
        (rule, people, input, output, asked) => {
          const c = chat(catalog);
          c.say(team(rule, people, input, output));
          expect(c.session.requirements.deployment, rule).toBe("on-prem");
          const request = input + output;
          const reply = c.say(asked);
          const data = reply.data as { selfHost?: { contextTokens?: number }; api?: unknown; breakEven?: unknown };
          expect(data.selfHost?.contextTokens, asked).toBe(request);
          expect(data.api ?? null).toBeNull();
          expect(data.breakEven ?? null).toBeNull();
          const text = textOf(reply);
          expect(text).toContain(`sequences of ${formatCount(request)} tokens`);
          expect(text).not.toMatch(/self-hosting costs [\d.,]+× as much|the API costs|break-even|No break-even/i);
          expect(text).toMatch(/No API comparison: you run the model on your own premises/);
        },
      ),
      { numRuns: 16 },
    );
  });
});
