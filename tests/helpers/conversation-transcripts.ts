// Whole conversations of issue 10 (items 4, 5, 7, 8) run through a real front end: the terminal
// adapter, Bolt against signed HTTP and the fake Slack API, or discord.js against the fake
// gateway and REST. The driver flattens what a user would read; every check is on that text and
// on the choices shown, so the same transcript holds on all three surfaces.
//
// Usage (tests/adapters/<platform>/transcripts.test.ts):
//   runConversationTranscripts("slack", async () => makeSlackDriver(harness));
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allChoices, allText, expectFriendly, type ContractDriver, type ContractReply } from "./adapter-contract.js";
import { decodeAction, isFlowChoice } from "./action-ids.js";

const SHORTLIST = /Why #1 beats #2/;

/** What the user reads, without the emphasis marks each platform adds (Slack *bold*, Discord **bold**, _italics_). */
const said = (replies: ContractReply[]): string => allText(replies).replace(/[*_]/g, "");

const flowChoices = (replies: ContractReply[]) => allChoices(replies).filter((c) => isFlowChoice(c.id));
const asksQuestion = (replies: ContractReply[]) => /Question \d+ of \d+/.test(said(replies));

export function runConversationTranscripts(name: string, makeDriver: () => Promise<ContractDriver>): void {
  describe(`conversation transcripts: ${name}`, () => {
    let driver: ContractDriver;
    beforeAll(async () => {
      driver = await makeDriver();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it("a first message with use case, volume and an exclusion is echoed once and reaches its shortlist within 3 turns", async () => {
      const thread = "t-three-turns";
      let replies = await driver.send(
        "help me choose a model: coding assistant for our developers, ~50M tokens a month, no models from Chinese labs",
        { thread },
      );
      expectFriendly(replies);
      const first = said(replies);
      expect(first).toMatch(/Noted: coding · excluding models from Chinese labs · 50M tokens\/month/);
      let turns = 1;
      while (!SHORTLIST.test(said(replies)) && turns < 5) {
        const choice = flowChoices(replies)[0];
        expect(choice, `turn ${turns} asks a question with choices`).toBeDefined();
        replies = await driver.click(choice!.id);
        turns++;
        // Echoed once: later turns note only what they add.
        for (const line of said(replies)
          .split("\n")
          .filter((l) => l.startsWith("Noted:")))
          expect(line).not.toMatch(/coding|Chinese|50M/);
      }
      expect(said(replies)).toMatch(SHORTLIST);
      expect(turns).toBeLessThanOrEqual(3);
      // The facts of the first message are still there in the shortlist.
      expect(said(replies)).toMatch(/Based on: coding[^\n]*excluding models from Chinese labs[^\n]*50M tokens\/month/);
    });

    it("a side question mid-flow is answered, and the flow resumes at the same question, saying so", async () => {
      const thread = "t-side";
      const opened = await driver.send("help me choose a model", { thread });
      expect(asksQuestion(opened)).toBe(true);
      const second = await driver.send("coding", { thread });
      const question = said(second).match(/Question \d+ of \d+: [^\n]+/)?.[0];
      expect(question).toBeDefined();
      const side = await driver.send("what's the price of GPT-4o?", { thread });
      const text = said(side);
      expect(text).toMatch(/GPT-4o[^\n]*price per 1M tokens/);
      expect(text).toMatch(/Back to the recommendation, where we were/);
      expect(text).toContain(question!.replace(/^Question \d+ of \d+: /, ""));
    });

    it("an ambiguous answer asks about that word alone, '2' picks among what it offered, a correction says what changed", async () => {
      const thread = "t-ambiguous";
      await driver.send("help me choose a model", { thread });
      const unclear = await driver.send("chat or agents, not sure yet. about 50M tokens a month", { thread });
      expect(said(unclear)).toMatch(/Noted: 50M tokens\/month/);
      expect(said(unclear)).toMatch(/"chat" and "agents" could mean "Chat assistant" or "Agents with tools"/);
      const offered = flowChoices(unclear).map((c) => c.label);
      expect(offered).toEqual(["Chat assistant", "Agents with tools"]);
      const picked = await driver.send("2", { thread });
      expect(said(picked)).toMatch(/Noted: agents with tools/i);
      const corrected = await driver.send("no, 5M not 50M", { thread });
      expect(said(corrected)).toMatch(/Changed: monthly volume: 50M tokens\/month.* → 5M tokens\/month/);
    });

    it("a one-shot request answers with the top 3, its assumptions and a refine button", async () => {
      const replies = await driver.send("we need a model for RAG over our docs, thoughts?", { thread: "t-one-shot" });
      expectFriendly(replies);
      const text = said(replies);
      expect(text).toMatch(SHORTLIST);
      expect(text).toMatch(/Assumed:/);
      const refine = allChoices(replies).find((c) => decodeAction(c.id)?.kind === "flow-control");
      expect(decodeAction(refine?.id)).toEqual({ kind: "flow-control", command: "refine" });
      const next = await driver.click(refine!.id);
      expect(said(next)).toMatch(/Refining: I'll ask only what would change the top 3/);
    });

    it("follow-ups keep their subject: int4, a new volume, another model, another host", async () => {
      const thread = "t-follow-ups";
      const cost = await driver.send("what would llama 3.3 70b cost self-hosted at 100M tokens a month?", { thread });
      expect(said(cost)).toMatch(/Self-hosting Llama 3\.3 70B: monthly cost/);
      const int4 = await driver.send("and at int4?", { thread });
      expect(said(int4)).toMatch(/Self-hosting Llama 3\.3 70B: monthly cost/);
      expect(said(int4)).toMatch(/int4/i);
      const bigger = await driver.send("what about 5B tokens a month?", { thread });
      expect(said(bigger)).toMatch(/Self-hosting Llama 3\.3 70B: monthly cost/);
      expect(said(bigger)).toMatch(/3\.75B tokens input \+ 1\.25B tokens output/);

      const api = "t-follow-ups-api";
      await driver.send("what would claude sonnet 4.5 cost at 30M tokens a month?", { thread: api });
      const vertex = await driver.send("and on Vertex?", { thread: api });
      expect(said(vertex)).toMatch(/Claude Sonnet 4\.5 on Vertex: monthly API cost/);
      expect(said(vertex)).toMatch(/30M tokens a month/);
      const same = await driver.send("same for GPT", { thread: api });
      expect(said(same)).toMatch(/"GPT" matches several models/);
      const gpt4o = allChoices(same).find((c) => /^GPT-4o \(/.test(c.label));
      expect(gpt4o).toBeDefined();
      const picked = await driver.click(gpt4o!.id);
      expect(said(picked)).toMatch(/GPT-4o[^\n]*monthly API cost/);
      expect(said(picked)).toMatch(/30M tokens a month/);
    });

    it("in a recommendation thread a bare follow-up continues the fact just asked; a supposition re-ranks", async () => {
      const thread = "t-thread-follow-ups";
      const shortlist = said(
        await driver.send("recommend a model for coding, 10M tokens a month, open weights", { thread }),
      );
      const top = /Why #1 beats #2: (.+?) scores/.exec(shortlist)?.[1];
      expect(top).toBeDefined();
      const cost = said(await driver.send(`what would ${top} cost?`, { thread }));
      expect(cost).toContain(`${top}: monthly API cost`);
      // The cost again at the new volume, not a re-ranked shortlist.
      const again = said(await driver.send("and at 20M tokens a month?", { thread }));
      expect(again).toContain(`${top}: monthly API cost`);
      expect(again).toMatch(/20M tokens a month/);
      expect(again).not.toMatch(/What if:|Shortlist/);
      const supposed = said(await driver.send("what if we had 40M tokens a month?", { thread }));
      expect(supposed).toMatch(/What if: 40M tokens\/month/);
      // A comparison naming one model, and a break-even naming none, are about the shortlist's #1.
      const compared = said(await driver.send("compare with gpt-4.1-mini", { thread }));
      expect(compared).toMatch(/Comparing (.+) vs GPT-4\.1 mini/);
      expect(compared).not.toMatch(/with which model/);
      const breakEven = said(await driver.send("when does self-hosting pay off?", { thread }));
      expect(breakEven).toMatch(/Break-even: self-hosting /);
      expect(breakEven).not.toMatch(/What if:/);
    });

    it("a volume said in a side question mid-flow is noted and kept, and the flow asks the same question again", async () => {
      const thread = "t-side-facts";
      await driver.send("help me choose a model", { thread });
      const second = await driver.send("coding", { thread });
      const question = said(second).match(/Question \d+ of \d+: [^\n]+/)?.[0];
      expect(question).toBeDefined();
      const side = said(await driver.send("what does Llama 3.3 70B cost at 30M tokens a month?", { thread }));
      expect(side).toMatch(/Llama 3\.3 70B: monthly API cost/);
      expect(side).toMatch(/Noted: 30M tokens\/month/);
      expect(side).toContain(question!.replace(/^Question \d+ of \d+: /, ""));
    });

    it("a family member is picked by the word that sets it apart", async () => {
      const thread = "t-family";
      await driver.send("price of gpt-5", { thread });
      const mini = await driver.send("the mini one", { thread });
      expect(said(mini)).toMatch(/GPT-5 mini: price per 1M tokens/);
      const which = await driver.send("tell me about gemini 2.5", { thread: "t-family-2" });
      expect(said(which)).toMatch(/matches several models/);
      const flash = await driver.send("the flash one", { thread: "t-family-2" });
      expect(said(flash)).toMatch(/Gemini 2\.5 Flash\b(?!-Lite)/);
      expect(said(flash)).not.toMatch(/matches several models/);
    });

    it("names know families, first-party APIs, typos and '-powered'", async () => {
      const commandA = said(await driver.send("tell me about Command A", { thread: "t-names-1" }));
      expect(commandA).toMatch(/Command A\b/);
      expect(commandA).not.toMatch(/matches several models/);
      const typo = said(await driver.send("tell me about comand r plus", { thread: "t-names-2" }));
      expect(typo).toMatch(/Command R\+|Command R Plus|did you mean/i);
      const api = said(await driver.send("price of deepseek v3.2 vs the DeepSeek API", { thread: "t-names-3" }));
      expect(api).toMatch(/DeepSeek/);
      expect(api).not.toMatch(/I'm not sure what you're asking/);
      const powered = said(
        await driver.send("can we use gemini 2.5 flash in our Gemini-powered app?", { thread: "t-names-4" }),
      );
      expect(powered).toMatch(/Gemini 2\.5 Flash/);
      expect(powered).not.toMatch(/isn't a model I know|not a model I know/i);
    });

    it("a pick asked mid-flow shows the shortlist; lifting an exclusion lifts it; the top pick and 'whats your pick' resolve", async () => {
      const thread = "t-thread2";
      const opened = await driver.send("help me choose a model, on-prem, no Meta models, 50M tokens a month", {
        thread,
      });
      expect(asksQuestion(opened)).toBe(true);
      expect(flowChoices(opened).map((c) => c.label)).toEqual(expect.arrayContaining(["Summarisation", "Translation"]));
      const now = said(await driver.send("what would you recommend?", { thread }));
      expect(now).toMatch(SHORTLIST);
      expect(now).toMatch(/No use case is assumed/);
      const lifted = said(await driver.send("what if we drop the no-meta rule", { thread }));
      expect(lifted).toMatch(/What if: no longer excluding models by Meta/);
      expect(lifted).not.toMatch(/Based on:[^\n]*excluding models by Meta/i);
      const pick = said(await driver.send("whats your pick", { thread }));
      expect(pick).toMatch(SHORTLIST);
      expect(pick).not.toMatch(/not sure what you're asking/);
      const info = said(await driver.send("whats the context window of the top pick?", { thread }));
      expect(info).toMatch(/Context window/);
      expect(info).not.toMatch(/not sure what you're asking|Which one/i);
    });

    it("licence and provider-policy questions answer what was asked: a host's BAA, closed providers' output terms", async () => {
      const baa = said(await driver.send("is claude sonnet 4.5 on bedrock covered by the BAA?", { thread: "t-lic-1" }));
      expect(baa).toMatch(/Amazon Bedrock: what happens to your API data/);
      expect(baa).toMatch(/Claude Sonnet 4\.5 is offered on Amazon Bedrock/);
      expect(baa).toMatch(/Signs a HIPAA BAA: (yes|on request|no)/);
      const closed = said(
        await driver.send("we are distilling from a bigger closed model's outputs - is that allowed?", {
          thread: "t-lic-2",
        }),
      );
      expect(closed).toMatch(/Closed models' terms/);
      expect(closed).toMatch(/OpenAI[^\n]*: Blocked/);
      expect(closed).not.toMatch(/Open-weights models for/);
      const ours = said(
        await driver.send("can we use claude's outputs to fine-tune our own small model later?", { thread: "t-lic-3" }),
      );
      expect(ours).toMatch(/Training your model on Claude's outputs/);
      expect(ours).not.toMatch(/Fine-tuning Claude|models's/);
    });
  });
}
