// An API-only model set against an open one the team would run itself is the break-even of the two
// (tryout round 24: "we're a 5 person startup, which is cheaper for 10M tokens a month: gpt-5 mini
// or self-hosting mistral small?" was answered with open-vs-closed in general, about Llama 3.3 70B
// and Amazon Nova Micro; "gpt-5 mini vs self-hosted mistral small 3.2 at 10M tokens a month" priced
// only the self-hosting). Generated over pairs × phrasings × volumes: the answer prices both sides
// at the volume said, whichever is named first; two open models or two APIs have no API side to break even with.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Volume } from "../../src/costs/volume.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();
const nameOf = (id: string) => catalog.modelById.get(id)!.name;

const PAIRS = [
  ["gpt-5-mini", "mistral-small-3.2"],
  ["claude-haiku-4.5", "qwen3-32b"],
  ["gpt-4o", "llama-3.3-70b"],
] as const;
const VOLUMES = [
  ["10M tokens a month", 10e6],
  ["300M tokens a month", 300e6],
] as const;
const PHRASINGS: ((api: string, open: string, volume: string) => string)[] = [
  (api, open, v) => `${api} vs self-hosted ${open} at ${v}`,
  (api, open, v) => `which is cheaper for ${v}: ${api} or self-hosting ${open}?`,
  (api, open, v) => `${open} on our own GPUs vs ${api} through the API, ${v}`,
  (api, open, v) => `we're a 5 person startup. ${api} or a self-hosted ${open}, which costs less at ${v}?`,
];

describe("an API model against a self-hosted open one is their break-even", () => {
  for (const [api, open] of PAIRS)
    for (const [volume, tokens] of VOLUMES)
      it.each(PHRASINGS.map((p) => [p(nameOf(api).toLowerCase(), nameOf(open).toLowerCase(), volume)]))(
        "'%s'",
        (said) => {
          const reply = chat(catalog).say(said);
          expect(reply.data?.intent).toBe("break-even");
          // Both sides, as named: the open one self-hosted, against the other's API, at the volume said.
          expect(textOf(reply)).toContain(`self-hosting ${nameOf(open)} vs ${nameOf(api)} through`);
          const data = reply.data as { selfHost?: { modelId: string }; volume?: Volume };
          expect(data.selfHost?.modelId).toBe(open);
          expect(totalTokens(data.volume)).toBe(tokens);
        },
      );

  it.each([
    ["compare llama 3.3 70b and qwen3 32b, both self-hosted, at 10M tokens a month", "two open models self-hosted"],
    ["gpt-4o vs claude sonnet 4.5 at 10M tokens a month", "two APIs"],
  ])("'%s' (%s) is no break-even", (said) => {
    expect(chat(catalog).say(said).data?.intent).not.toBe("break-even");
  });
});
