// "Who owns the summaries the model writes?" and "can we publish the summaries under CC-BY?" ask
// about the outputs, not the weights: an ML lead expects what each model's terms say about what it
// writes (OpenAI assigns the output to you, Anthropic's customer owns it, Google claims no rights in
// Gemma's outputs; Apache, MIT and Llama's licences license the model and claim nothing in it), the
// clause quoted where one is on file, and the limits that follow the outputs. Before, these
// questions got the weights licence: its card (fine-tuning, distribution) or "a derivative of Qwen3
// can carry CC-BY-4.0", as if the summaries were a derivative of the model. Over generated
// phrasings × models under every kind of licence, and in the round-19 threads that asked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { EDINBURGH_FAMILY_LAW, WALES_NATIONAL_LIBRARY } from "./nineteenth-round-teams.js";

const catalog = readCatalog();

const OUTPUTS = ["summaries", "letters", "outputs", "text", "answers", "translations"] as const;
const ASK = [
  "who owns the {o} {m} writes?",
  "do we own what {m} generates?",
  "who owns the {o} that {m} produces for us?",
  "are the {o} {m} writes ours?",
  "can we publish the {o} {m} writes under CC-BY?",
  "who holds the copyright in the {o} {m} drafts?",
] as const;
/** Current models under licences of each kind: API terms with an ownership clause, open weights without one. */
const MODELS = ["gpt-5.1", "claude-sonnet-4.5", "gemma-3-12b", "qwen3-32b", "llama-3.3-70b", "mistral-small-3.2"];
const present = MODELS.filter((id) => catalog.modelById.has(id));
const cases = fc.sample(
  fc.record({ ask: fc.constantFrom(...ASK), o: fc.constantFrom(...OUTPUTS), id: fc.constantFrom(...present) }),
  { numRuns: 16, seed: 1919 },
);

/** What each model's licence on file says about outputs: a clause of topic "ownership", or none. */
const ownershipClause = (id: string) => {
  const license = catalog.licenseById.get(catalog.modelById.get(id)!.licenseId)!;
  return license.clauses.find((c) => c.topic === "ownership");
};
/** The weights licence's answer: a verdict on the model, its card, or its derivatives' licence. */
const WEIGHTS_ANSWER =
  /^(?:== )?(?:Allowed|Blocked)|Distributing weights or derivatives|A derivative of .+ can carry|Fine-tuning\s*:/m;

describe("who owns what the model writes", () => {
  it("there are models under each kind of terms to ask about", () => {
    expect(present.filter((id) => ownershipClause(id)).length).toBeGreaterThan(1);
    expect(present.filter((id) => !ownershipClause(id)).length).toBeGreaterThan(1);
  });

  it.each(cases.map((x) => ({ ...x, name: catalog.modelById.get(x.id)!.name })))(
    "$ask ($o, $name): what the terms say about outputs, not the weights licence",
    ({ ask, o, id, name }) => {
      const question = ask.replace("{o}", o).replace("{m}", name);
      const reply = chat(catalog).say(question);
      const answer = textOf(reply);
      expect(reply.data?.topic, question).toBe("output-ownership");
      expect(answer, question).toMatch(new RegExp(`Who owns what ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      expect(answer, question).not.toMatch(WEIGHTS_ANSWER);
      const clause = ownershipClause(id);
      // A clause on file is quoted, with its source; none on file is said as such, never guessed.
      if (clause) expect(answer, question).toContain(clause.quote);
      else expect(answer, question).toMatch(/no clause on who owns what it writes/);
      if (/CC-BY/.test(question)) {
        expect(answer, question).toMatch(/Publishing them under CC-BY-4\.0/);
        expect(answer, question).toMatch(/source material/);
      }
    },
  );

  it("the limit that follows the outputs is said: OpenAI's terms forbid training competing models on them", () => {
    const answer = textOf(chat(catalog).say("who owns the summaries gpt-5.1 writes?"));
    expect(answer).toMatch(/^Yours:|\bYours:/m);
    expect(answer).toMatch(/may not use them to train models that compete with OpenAI/);
  });

  it("questions about training on outputs, or publishing fine-tuned weights, keep their own answers", () => {
    const training = chat(catalog).say("can we train our model on gpt-5.1 outputs?");
    expect(training.data?.topic).toBe("outputs-training");
    const weights = chat(catalog).say("can we publish our fine-tuned qwen3 32b weights under CC-BY?");
    expect(weights.data?.topic).not.toBe("output-ownership");
    expect(textOf(weights)).toMatch(/CC-BY-4\.0/);
  });

  it("National Library of Wales (round 19): 'can we publish the summaries under CC-BY?' and 'who owns the summaries the model writes?' answer for the thread's picks' outputs", () => {
    const c = chat(catalog);
    c.say(WALES_NATIONAL_LIBRARY);
    for (const q of ["can we publish the summaries under CC-BY?", "who owns the summaries the model writes?"]) {
      const reply = c.say(q);
      expect(reply.data?.topic, q).toBe("output-ownership");
      expect(textOf(reply), q).toMatch(/Who owns what /);
      expect(textOf(reply), q).not.toMatch(WEIGHTS_ANSWER);
    }
  });

  it("Chicago law firm (round 15): 'do we own the outputs gpt-5.1 writes for our clients?' says OpenAI's terms assign the output to the firm, quoting them (it was GPT-5.1's model card)", () => {
    const answer = textOf(chat(catalog).say("do we own the outputs gpt-5.1 writes for our clients?"));
    expect(answer).toMatch(/Yours:/);
    expect(answer).toContain(ownershipClause("gpt-5.1")!.quote);
  });

  it("Edinburgh family law firm (round 19): 'who owns the letters the model drafts?' answers for the letters, not two licence cards", () => {
    const c = chat(catalog);
    c.say(EDINBURGH_FAMILY_LAW);
    const reply = c.say("who owns the letters the model drafts?");
    expect(reply.data?.topic).toBe("output-ownership");
    expect(textOf(reply)).not.toMatch(WEIGHTS_ANSWER);
  });
});
