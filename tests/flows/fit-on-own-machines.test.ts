// A fit question about the team's own machines, no GPU named, in a thread that knows the team's
// GPUs (tenth tryout round: Warsaw's 'will gemma 3 27b fit on one of our servers?' and Utrecht's
// 'does qwen3 32b fit on one server?' were answered with the model's card and its rank). Those
// machines are the thread's GPUs: the answer is the memory fit of one replica on one server's
// cards (weights at a precision + KV cache), with its working, as for 'will it fit on our L40S?'.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { UTRECHT_INSURER, WARSAW_TRANSLATION } from "../scenarios/tenth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

// Threads whose first message says the team's GPUs, and how many a server holds.
const THREADS = [
  {
    first: "we own 4 servers with 8x H100 each, on-prem. we want a coding assistant for 3,000 developers. which model?",
    gpus: "32× NVIDIA H100",
  },
  {
    first: "we have one server with 2x A100 80GB on-prem. which open model for internal RAG over our wiki?",
    gpus: "2× NVIDIA A100 80GB",
  },
  { first: WARSAW_TRANSLATION, gpus: "4× NVIDIA L40S" },
  { first: UTRECHT_INSURER, gpus: "8× NVIDIA L40S" },
] as const;

const MODELS = [
  { said: "gemma 3 27b", name: "Gemma 3 27B" },
  { said: "qwen3 32b", name: "Qwen3 32B" },
  { said: "llama 3.3 70b", name: "Llama 3.3 70B" },
  { said: "mistral small 3.2", name: "Mistral Small 3.2" },
] as const;

const PHRASINGS = [
  (m: string) => `will ${m} fit on one of our servers?`,
  (m: string) => `does ${m} fit on one server?`,
  (m: string) => `can we run ${m} on our box?`,
  (m: string) => `would ${m} fit on a single node of ours?`,
  (m: string) => `could we host ${m} on our own hardware?`,
];

beforeAll(() => void chat(catalog).say(THREADS[0].first), 120_000);

describe("a fit question about the team's own machines is the memory fit on the thread's GPUs", () => {
  THREADS.forEach((thread, t) =>
    PHRASINGS.forEach((phrase, p) => {
      // Each thread × phrasing takes a model in turn, so every one is covered.
      const model = MODELS[(t + p) % MODELS.length]!;
      const said = phrase(model.said);
      it(`'${said}' after a thread owning ${thread.gpus}: fits or not, with its working`, () => {
        const c = chat(catalog);
        c.say(thread.first);
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("cost");
        // The thread's GPUs by their catalogue name ("H100" is the H100 SXM5 there).
        const gpus = thread.gpus.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        expect(textOf(reply)).toMatch(new RegExp(`\\*\\*Does ${model.name} fit your ${gpus}[^?]*\\?\\*\\* (?:Yes|No)`));
        // The working: the weights and the KV cache one replica needs.
        expect(textOf(reply)).toMatch(/GB weights \+ [\d.]+ GB KV cache/);
      });
    }),
  );

  it("with no GPUs known in the thread, no fit verdict is made up for machines never described", () => {
    const c = chat(catalog);
    c.say("which open model for internal RAG over our wiki? we self-host");
    const reply = c.say("will gemma 3 27b fit on one of our servers?");
    expect(textOf(reply)).not.toMatch(/\*\*Does Gemma 3 27B fit/);
  });
});

describe("the tenth round's teams", () => {
  it("Warsaw (2 servers with 2× L40S each): 'will gemma 3 27b fit on one of our servers?' fits one server's 2 L40S", () => {
    const c = chat(catalog);
    c.say(WARSAW_TRANSLATION);
    const said = textOf(c.say("will gemma 3 27b fit on one of our servers?"));
    expect(said).toContain("**Does Gemma 3 27B fit your 4× NVIDIA L40S?** Yes");
    expect(said).toContain("one server's: your 4 are in servers of 2");
  });

  it("Utrecht (2 servers with 4× L40S each): 'does qwen3 32b fit on one server?' fits; DeepSeek-R1 does not, even at INT4", () => {
    const c = chat(catalog);
    c.say(UTRECHT_INSURER);
    expect(textOf(c.say("does qwen3 32b fit on one server?"))).toContain(
      "**Does Qwen3 32B fit your 8× NVIDIA L40S?** Yes",
    );
    const r1 = textOf(c.say("will deepseek r1 fit on one of our servers?"));
    expect(r1).toContain("**Does DeepSeek-R1 fit your 8× NVIDIA L40S?** No");
    expect(r1).toContain("even at INT4");
  });
});
