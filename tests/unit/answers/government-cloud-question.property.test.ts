// "is claude sonnet 4.5 on bedrock in govcloud?" answered the generic 'Where Claude Sonnet 4.5
// runs' table, whose Bedrock row named a US GovCloud profile among six others, with no yes or no
// (the Virginia federal contractor, nineteenth tryout round). Since words35 a question about a
// cloud's US government partition ("in govcloud", "in Azure Government", "us-gov-west-1") is
// answered yes or no first, from the same government-region records the ranking binds a
// government-bound team to, with the record's source first among the sources.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { usGovernmentAvailability } from "../../../src/catalog/clouds.js";
import { CLOUD_IDS } from "../../../src/scoring/catalog-facts.js";
import type { CloudProvider } from "../../../src/scoring/requirements.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const ASKED: { cloud: CloudProvider; words: string[] }[] = [
  {
    cloud: "aws",
    words: ["on bedrock in govcloud", "in aws govcloud", "on bedrock in us-gov-west-1", "in gov cloud on aws"],
  },
  { cloud: "azure", words: ["in azure government", "on azure gov", "on azure in usgovvirginia"] },
];
const OPENERS = ["is", "can we get", "is there"];
const MODELS = ["claude sonnet 4.5", "gpt-4o", "deepseek v3.2", "llama 3.3 70b", "gpt-4.1", "claude haiku 4.5"];

describe("a question about a US government cloud is answered yes or no first", () => {
  it("yes when the cloud's own records list the model in its government regions, no otherwise, with the record cited", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ASKED),
        fc.constantFrom(...OPENERS),
        fc.constantFrom(...MODELS),
        fc.nat(),
        (asked, opener, modelWords, i) => {
          const words = asked.words[i % asked.words.length]!;
          const question = `${opener} ${modelWords} ${words}?`;
          const reply = chat(catalog).say(question);
          const text = textOf(reply);
          const id = (reply.data?.models as { id: string }[] | undefined)?.[0]?.id;
          const model = id ? catalog.modelById.get(id) : undefined;
          expect(model, question).toBeDefined();
          const records = usGovernmentAvailability(model!, CLOUD_IDS[asked.cloud]);
          const offeredOnCloud = (model!.clouds ?? []).some((c) => c.cloud === CLOUD_IDS[asked.cloud]);
          const government = asked.cloud === "aws" ? "AWS GovCloud \\(US\\)" : "Azure Government";
          if (records.length > 0) {
            expect(text, question).toMatch(
              new RegExp(
                `\\*\\*Yes: ${model!.name.replace(/[.()]/g, "\\$&")} is offered on [^*]+ in ${government}\\*\\*`,
              ),
            );
            const sources = reply.blocks.find((b) => b.kind === "sources");
            expect(sources?.kind === "sources" ? sources.items[0]?.url : undefined, question).toBe(
              records[0]!.sourceUrl,
            );
          } else if (offeredOnCloud)
            expect(text, question).toMatch(new RegExp(`\\*\\*No: .+ is not on record in ${government}\\.\\*\\*`));
          else expect(text, question).toMatch(/is not offered on .+ in our sources/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("the Virginia contractor's question: Claude Sonnet 4.5 is in AWS GovCloud (US)", () => {
    const text = textOf(chat(catalog).say("is claude sonnet 4.5 on bedrock in govcloud?"));
    expect(text).toMatch(
      /\*\*Yes: Claude Sonnet 4\.5 is offered on AWS Bedrock in AWS GovCloud \(US\)\*\* \(US GovCloud geographic cross-Region inference; its own documentation, \d{4}-\d{2}-\d{2}\)/,
    );
  });

  it("a commercial question keeps the plain answer", () => {
    const text = textOf(chat(catalog).say("is claude sonnet 4.5 on bedrock?"));
    expect(text).not.toMatch(/GovCloud \(US\)\*\*/);
    expect(text).toMatch(/Claude Sonnet 4\.5\*\* is offered on AWS Bedrock/);
  });
});
