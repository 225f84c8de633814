// "No foreign providers" is a rule on who hosts the team's traffic (words35). The Shenzhen after-sales
// team's '不能用境外的服务商' (we cannot use providers from abroad) was glossed to 'no foreign providers'
// and then read as nothing, in Chinese and in English alike, and its '回答用户…问题，并把每条对话分类'
// (answer users' questions, and classify each conversation) made the job classification alone. Now
// foreign hosts ruled out, said any of the ways teams say it, leave only hosts owned in the country
// named, or in the one the data must stay in; a host owned elsewhere is ruled out, one whose owner's
// country is not on record is not checked. Tagging each conversation beside a support job is a
// second job: the use case stays support chat.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { inEnglishWords } from "../../../src/intents/foreign-words.js";
import { judgeHost, hostRuleWords } from "../../../src/scoring/host-rule.js";

const catalog = readCatalog();
const ASK = "We want a support bot for our customers.";
const HOMES = [
  { stays: "User data must stay in mainland China", code: "CN" },
  { stays: "Data must stay in Turkey", code: "TR" },
  { stays: "All data has to stay in India", code: "IN" },
  { stays: "Our data must remain in Singapore", code: "SG" },
];
const FOREIGN = [
  "no foreign providers",
  "we cannot use providers outside the country",
  "we can't use any foreign cloud providers",
  "no cloud vendors from abroad",
  "we must not use overseas hosts",
];
const NAMED = [
  { said: "No providers outside Turkey.", code: "TR" },
  { said: "Only Turkish-owned providers, no foreign cloud.", code: "TR" },
  { said: "Chinese-owned hosts only.", code: "CN" },
  { said: "We can only use Indian-based cloud providers.", code: "IN" },
];

describe("foreign hosts ruled out", () => {
  it("'no foreign providers' beside where the data stays leaves only hosts owned in that country, in either order", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOMES), fc.constantFrom(...FOREIGN), fc.boolean(), (home, foreign, first) => {
        const rules = first
          ? `${home.stays}, and ${foreign}.`
          : `${foreign[0]!.toUpperCase()}${foreign.slice(1)}; ${home.stays.toLowerCase()}.`;
        const text = `${ASK} ${rules}`;
        expect(parseRequirements(text).exclude?.hostsOwnedOutside, text).toEqual([home.code]);
      }),
      { numRuns: 60 },
    );
  });

  it("a rule that names its country needs no residency, and the owner's nation is no language", () => {
    for (const { said, code } of NAMED) {
      const req = parseRequirements(`${ASK} ${said}`);
      expect(req.exclude?.hostsOwnedOutside, said).toEqual([code]);
      expect(req.languages, said).toBeUndefined();
    }
  });

  it("a country's vendors alone stay its labs ('only US-based vendors'), not a host rule", () => {
    const req = parseRequirements("we can only use US-based vendors. RAG over our wiki, which model?");
    expect(req.exclude?.hostsOwnedOutside).toBeUndefined();
    expect(req.exclude?.originsOutside).toEqual(["US"]);
  });

  it("the Shenzhen team's Chinese is the same rule, and its support job that also tags each conversation is support chat", () => {
    const zh =
      "想用大模型做售后客服：回答用户关于配对、保修、退换货的问题，并把每条对话分类（故障/退货/咨询/投诉）。用户数据必须留在中国大陆（个人信息保护法），不能用境外的服务商。";
    const req = parseRequirements(inEnglishWords(zh));
    expect(req.exclude?.hostsOwnedOutside).toEqual(["CN"]);
    expect(req.useCase).toBe("chat");
    const en =
      "We want an after-sales support bot: answer users' questions about pairing, warranty and returns, and classify each conversation (fault / return / complaint).";
    expect(parseRequirements(en).useCase).toBe("chat");
    expect(parseRequirements("We want to classify each conversation into 5 types.").useCase).toBe("extraction");
  });

  it("no country known, no negation, or hosts merely described: no rule", () => {
    for (const text of [
      `${ASK} No foreign providers.`,
      `${ASK} We already use providers from abroad. Data must stay in Turkey.`,
      `${ASK} Our foreign offices use it too.`,
    ])
      expect(parseRequirements(text).exclude?.hostsOwnedOutside, text).toBeUndefined();
  });

  it("a host owned elsewhere is ruled out, one owned there passes, one whose owner's country is unknown is not checked", () => {
    const rule = { hostsOwnedOutside: ["CN"] };
    expect(hostRuleWords(rule)).toEqual(["hosts owned outside China"]);
    for (const host of ["openai", "amazon-bedrock", "azure", "mistral"])
      expect(judgeHost(catalog, host, rule).state, host).toBe("ruled-out");
    for (const host of ["deepseek", "alibaba"]) expect(judgeHost(catalog, host, rule).state, host).toBe("allowed");
    expect(judgeHost(catalog, "togetherai", rule).state).toBe("not-checked");
  });
});
