// The Buenos Aires notaries (twelfth tryout round) wrote "we'd rather use a provider's fine-tuning
// API than run anything ourselves" and were read as running the weights themselves: no shortlist at
// all, and "can we fine-tune gpt-4.1 mini and sell its drafts?" answered "Blocked" because GPT-4.1
// mini cannot be self-hosted. The route after "rather … than", "instead of" or "prefer … to" is the
// one turned down, and someone else's API chosen without a name ("a provider's API", "an API is
// what we want") is an API. Checked over generated chosen routes × turned-down routes × jobs, both
// ways round; and a team that says it has no GPUs states a fact, not a sizing question (judge15:
// "We have no GPUs, so an API is what we want" asked which open model to cost for self-hosting).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { understand } from "../../../src/intents/understand.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
const read = (text: string) => understand(text, { catalog, session: fresh });

const API_RATHER = [
  "we'd rather use a provider's fine-tuning API",
  "we would rather go with a vendor's API",
  "we'd rather use a managed API",
  "we'd rather use an API",
];
const API_PREFERRED = ["we'd prefer a vendor's API", "we prefer a provider's hosted API", "we'd prefer to use an API"];
// Each turned-down route as said after "than" and after "instead of".
const SELF_HOSTING = [
  { than: "run anything ourselves", insteadOf: "running anything ourselves" },
  { than: "run the model ourselves", insteadOf: "running the model ourselves" },
  { than: "host it ourselves", insteadOf: "hosting it ourselves" },
  { than: "self-host", insteadOf: "self-hosting" },
  { than: "run our own inference servers", insteadOf: "running our own inference servers" },
];
const JOBS = [
  "We draft deeds for notaries and want to fine-tune a model on 20,000 past deeds.",
  "Support chatbot for our shop, about 2M tokens a month.",
  "We summarise insurance claims for our adjusters.",
];

describe("the route a team chooses and the one it turns down", () => {
  it("'rather <API> than <self-hosting>' and '<API> instead of <self-hosting>' are an API, not self-hosting", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...API_RATHER),
        fc.constantFrom(...SELF_HOSTING),
        fc.constantFrom(...JOBS),
        fc.constantFrom(" than ", " instead of "),
        (api, self, job, between) => {
          const text = `${job} ${api}${between}${between === " than " ? self.than : self.insteadOf}.`;
          const req = parseRequirements(text);
          expect(req.deployment, text).toBe("any-api");
          expect(req.selfHosted, text).not.toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("'prefer <API> to <self-hosting>' is an API", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...API_PREFERRED),
        fc.constantFrom(
          "hosting anything ourselves",
          "running the model ourselves",
          "self-hosting",
          "running our own inference servers",
        ),
        fc.constantFrom(...JOBS),
        (api, self, job) => {
          const text = `${job} ${api} to ${self}.`;
          const req = parseRequirements(text);
          expect(req.deployment, text).toBe("any-api");
          expect(req.selfHosted, text).not.toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the other way round, 'rather self-host than use an API' is self-hosting, not an API", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "we'd rather self-host",
          "we would rather run it ourselves",
          "we'd rather host the model ourselves",
        ),
        fc.constantFrom(
          "than use an API",
          "than use a managed API",
          "than go with a vendor's API",
          "instead of using a hosted API",
        ),
        fc.constantFrom(...JOBS),
        (self, api, job) => {
          const text = `${job} ${self} ${api}.`;
          const req = parseRequirements(text);
          expect(req.selfHosted, text).toBe(true);
          expect(req.deployment, text).not.toBe("any-api");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("'an API is what we want' after 'we have no GPUs' asks for a recommendation on APIs, not a self-hosting cost", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("We have no GPUs", "We don't have any GPUs", "We do not own GPUs", "No GPUs here"),
        fc.constantFrom(", so an API is what we want.", ". An API is what we want.", ", so we'd rather use an API."),
        fc.constantFrom(
          "We want a support bot, 300,000 conversations a month.",
          "We want a chatbot for our clinic's front desk.",
          "We summarise 5,000 claims a day.",
        ),
        (gpus, api, job) => {
          const text = `${job} ${gpus}${api}`;
          const intent = read(text);
          expect(intent.kind, text).toBe("recommend");
          if (intent.kind === "recommend") expect(intent.requirements.deployment, text).toBe("any-api");
        },
      ),
      { numRuns: 40 },
    );
  });
});
