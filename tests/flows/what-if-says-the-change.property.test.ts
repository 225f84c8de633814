// A what-if says back what it changes, not what the thread already holds (words35): 'what if we have
// to move to GovCloud?' in a thread inside the team's AWS account said 'What if: runs in your own
// cloud · through your AWS account · in a US government cloud …', the first two unchanged. Over
// threads in each cloud and what-ifs that keep the cloud, the line names only the change.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const THREADS = [
  { said: "coding assistant inside our AWS account for 50 devs", cloud: "AWS" },
  { said: "We need a model to summarise maintenance reports, in our own AWS account.", cloud: "AWS" },
  { said: "support chatbot inside our Azure tenant, 2M tokens a month", cloud: "Azure" },
];
const WHAT_IFS = [
  { said: "what if we have to move to GovCloud?", change: /US government cloud/, cloud: "AWS" },
  { said: "what if we have to move to Azure Government instead?", change: /US government cloud/, cloud: "Azure" },
  { said: "what if we self-host?", change: /run the weights yourselves/ },
];

const whatIfLine = (text: string) => text.split("\n").find((l) => l.startsWith("**What if:**")) ?? "";

describe("a what-if says the change, not the thread again", () => {
  it("the cloud and the own-cloud deployment the thread holds are not said again", () => {
    fc.assert(
      fc.property(fc.constantFrom(...THREADS), fc.constantFrom(...WHAT_IFS), (thread, whatIf) => {
        fc.pre(whatIf.cloud === undefined || whatIf.cloud === thread.cloud);
        const c = chat(catalog);
        c.say(thread.said);
        const line = whatIfLine(textOf(c.say(whatIf.said)));
        expect(line, `${thread.said} → ${whatIf.said}`).toMatch(whatIf.change);
        expect(line, `${thread.said} → ${whatIf.said}`).not.toMatch(/runs in your own cloud/);
        expect(line, `${thread.said} → ${whatIf.said}`).not.toMatch(new RegExp(`through your ${thread.cloud} account`));
      }),
      { numRuns: 12 },
    );
  });

  it("a move to another cloud names the new cloud", () => {
    const c = chat(catalog);
    c.say("coding assistant inside our AWS account for 50 devs");
    expect(whatIfLine(textOf(c.say("what if we have to move to Azure Government instead?")))).toMatch(/Azure/);
  });
});
