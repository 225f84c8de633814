// First messages and follow-ups written in Chinese, Dutch and Korean: the facts a team states are
// read as the same facts said in English. Chinese is written without spaces (words found by
// Intl.Segmenter, counts in 万 and 亿), Dutch writes thousands with dots and the verb last, Korean
// joins its particles to the word. Generated over counts, magnitudes, sizes, rates, the order of
// the sentences and what is ruled out; an exclusion must never read as the language it names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { slotsOf } from "../../../src/intents/slots-of.js";
import { createReplayer } from "../../../adapters/tools/understanding-eval/replay.js";
import { makeU } from "./understand-helpers.js";

const catalog = readCatalog();
const u = makeU(catalog);
const dotted = (n: number) => n.toLocaleString("de-DE");
const tokensOf = (text: string) => {
  const v = parseRequirements(text).volume;
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

/** A Chinese count as written: in 万 when it is whole ten-thousands, else in digits. */
const chineseCount = (n: number, magnitude: boolean) => (magnitude && n % 10_000 === 0 ? `${n / 10_000}万` : String(n));

describe("a Chinese first message", () => {
  it("over counts (digits or 万), rates, things counted, sizes and sentence orders: the volume, work, exclusion and budget are read", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).map((k) => k * 10_000),
        fc.boolean(),
        fc.constantFrom(["每月", 1], ["每天", 30]),
        fc.constantFrom("条消息", "个对话", "个请求"),
        fc.integer({ min: 2, max: 30 }).map((k) => k * 100),
        fc.integer({ min: 1, max: 9 }).map((k) => k * 50),
        fc.constantFrom(["客服", "chat"], ["总结合同", "summarization"], ["翻译", "translation"]),
        fc.constantFrom(["美国", "US"], ["中国", "CN"]),
        fc.integer({ min: 1, max: 90 }).map((k) => k * 1_000),
        fc.boolean(),
        (
          count,
          magnitude,
          [rate, days],
          thing,
          tokensIn,
          tokensOut,
          [work, useCase],
          [country, code],
          budget,
          workFirst,
        ) => {
          const volume = `${rate}大约${chineseCount(count, magnitude)}${thing}，每条输入约${tokensIn} tokens，输出约${tokensOut} tokens。`;
          const job = `我们想用大模型做${work}。`;
          const message = `你好，${workFirst ? job + volume : volume + job}不要${country}的模型。预算每月${budget}元人民币。`;
          const req = parseRequirements(message);
          expect(req.volume?.inputTokensPerMonth, message).toBe(count * days * tokensIn);
          expect(req.volume?.outputTokensPerMonth, message).toBe(count * days * tokensOut);
          expect(req.useCase, message).toBe(useCase);
          expect(req.exclude?.countries, message).toEqual([code]);
          expect(req.languages ?? [], message).not.toContain("zh");
          expect(req.statedBudget, message).toEqual({ currency: "CNY", perMonth: budget });
          expect(req.writtenIn, message).toBe("zh");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("over totals in 万 and 亿 tokens: the month's tokens are read", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom(["00万", 1e6], ["亿", 1e8]), (n, [word, factor]) => {
        const message = `我们每月大约有${n}${word} tokens，主要用来总结合同。推荐什么模型？`;
        expect(tokensOf(message), message).toBe(n * factor);
      }),
      { numRuns: 40 },
    );
  });

  it("where the data must stay, who runs it and a licence question", () => {
    const req = parseRequirements(
      "你好，我们想做客服。每月大约10万条消息，每条约800 tokens。用户数据必须留在中国大陆（个人信息保护法）。我们有3名后端工程师，没有机器学习团队。",
    );
    expect(req.residencyElsewhere, "mainland China").toBeDefined();
    expect(req.mlOpsExperience).toBe("none");
    expect(req.teamSize).toBe(3);
    const licence = slotsOf(u("qwen3 235b 可以商用吗？"));
    expect(licence.intent).toBe("license");
    expect(licence.slots.licenseTopic).toBe("commercial-use");
  });
});

describe("a Dutch first message", () => {
  it("over counts, sizes, rates and sentence orders: the volume, residency, no training, no ML-ops and an exclusion", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 90 }).map((k) => k * 1_000),
        fc.integer({ min: 2, max: 30 }).map((k) => k * 100),
        fc.integer({ min: 1, max: 9 }).map((k) => k * 50),
        fc.constantFrom(["per maand", 1], ["per dag", 30]),
        fc.constantFrom("meldingen", "gesprekken", "berichten"),
        fc.constantFrom(["Chinese", "CN"], ["Amerikaanse", "US"]),
        fc.boolean(),
        (count, tokensIn, tokensOut, [rate, days], thing, [adjective, code], rulesFirst) => {
          const volume = `Het gaat om ongeveer ${dotted(count)} ${thing} ${rate}, per stuk zo'n ${dotted(tokensIn)} tokens invoer en ${tokensOut} tokens uitvoer.`;
          const rules = `De gegevens moeten in de EU blijven en mogen niet voor training gebruikt worden. Geen ${adjective} modellen.`;
          const message = `Goedemiddag, wij willen een taalmodel voor onze klantenservice. ${rulesFirst ? `${rules} ${volume}` : `${volume} ${rules}`} We hebben twee ontwikkelaars en geen ML-ervaring.`;
          const req = parseRequirements(message);
          expect(req.volume?.inputTokensPerMonth, message).toBe(count * days * tokensIn);
          expect(req.volume?.outputTokensPerMonth, message).toBe(count * days * tokensOut);
          expect(req.euDataResidency, message).toBe(true);
          expect(req.noTrainingOnData, message).toBe(true);
          expect(req.mlOpsExperience, message).toBe("none");
          expect(req.exclude?.countries, message).toEqual([code]);
          expect(req.languages ?? [], message).not.toContain("zh");
          expect(req.writtenIn, message).toBe("nl");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("follow-ups in Chinese, Dutch and Korean", () => {
  // Each follow-up is a real turn after an English first message (the evaluator's replay): the
  // what-if's change is worked out against the thread's shortlist.
  const replay = createReplayer(catalog);
  const first = (noun: string) => `support chatbot, about 4,000 ${noun} a month, 5,000 tokens each. which model?`;
  const after = (text: string, noun = "conversations") =>
    replay({ id: "follow-up", split: "dev", line: 0, text, previous: [first(noun)], intent: "what-if", slots: {} });
  const monthOf = (text: string, noun?: string) => {
    const outcome = after(text, noun);
    return outcome.gotIntent === "what-if" ? outcome.got.tokensPerMonth : undefined;
  };

  it("over counts: a Korean 'what if it grows to N a month?' is N at the thread's size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 90 }).map((k) => k * 1_000),
        fc.constantFrom(["에피소드가", "episodes"], ["메시지가", "messages"], ["대화가", "conversations"]),
        fc.constantFrom("늘어나면요?", "늘어나면?", "되면요?"),
        (count, [thing, noun], ending) => {
          const text = `${thing} 월 ${count.toLocaleString("en-US")}개로 ${ending}`;
          expect(monthOf(text, noun), text).toBe(count * 5_000);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("a what-if that doubles or triples the volume, in Dutch and Chinese", () => {
    for (const [text, factor] of [
      ["wat als het aantal gesprekken in de winter verdubbelt?", 2],
      ["wat als het aantal meldingen verdrievoudigt?", 3],
      ["如果消息量翻倍呢？", 2],
      ["如果双十一期间消息量翻三倍呢？", 3],
    ] as const)
      expect(monthOf(text), text).toBe(factor * 4_000 * 5_000);
  });

  it("a why-not names the model, in Dutch and Chinese", () => {
    for (const text of ["waarom niet gpt-4.1 mini?", "为什么不用 gpt-4.1 mini？"]) {
      const outcome = after(text);
      expect(outcome.gotIntent, text).toBe("what-if");
      expect(outcome.got.models, text).toEqual(["gpt-4.1-mini"]);
    }
  });
});
