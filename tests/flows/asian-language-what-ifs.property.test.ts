// A what-if on the volume asked in Japanese or Vietnamese (fifteenth tryout round: Osaka's
// '月に5万件に増えたらどうなりますか？' answered 'I'm not sure what you're asking'). Over generated
// counts and phrasings: the thread's volume becomes the new count at the size each request had.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { OSAKA_PARTS_MAKER } from "../scenarios/fifteenth-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const JAPANESE_FIRSTS = [
  { text: OSAKA_PARTS_MAKER, each: 3_400 },
  {
    text: "社内ヘルプデスク用のチャットボットを作りたいです。月に約1.5万件の問い合わせ、1件あたり入力は約800トークン、出力は約200トークンです。どのモデルがおすすめですか？",
    each: 1_000,
  },
];
const JAPANESE_ASKED = [
  (n: string) => `月に${n}件に増えたらどうなりますか？`,
  (n: string) => `月に${n}件になったら？`,
  (n: string) => `毎月${n}件に増えたらどうなる？`,
];
/** A count as written: 万 for tens of thousands ("5万") or digits ("50,000"). */
const countSaid = fc.oneof(
  fc.integer({ min: 2, max: 90 }).map((k) => ({ n: k * 1e4, said: `${k}万` })),
  fc.integer({ min: 2, max: 900 }).map((k) => ({ n: k * 1e3, said: (k * 1e3).toLocaleString("en-US") })),
);

beforeAll(() => void chat(catalog).say(JAPANESE_FIRSTS[0]!.text), 120_000);

describe("a what-if on the volume in Japanese", () => {
  it("sets the thread's count, at the tokens each request had", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JAPANESE_FIRSTS),
        fc.constantFrom(...JAPANESE_ASKED),
        countSaid,
        (first, asked, count) => {
          const c = chat(catalog);
          c.say(first.text);
          const said = asked(count.said);
          const reply = textOf(c.say(said));
          expect(reply, said).not.toMatch(/not sure what you're asking|couldn't tell/);
          expect(totalTokens(c.session.requirements.volume), said).toBeCloseTo(count.n * first.each, -3);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe("a what-if on the volume in Vietnamese", () => {
  it("sets the thread's count, at the tokens each message had", () => {
    const first =
      "Chúng tôi cần một chatbot chăm sóc khách hàng, khoảng 2 triệu tin nhắn mỗi tháng, mỗi tin nhắn khoảng 500 token đầu vào và 100 token đầu ra. Nên dùng mô hình nào?";
    fc.assert(
      fc.property(
        fc.constantFrom(1.5, 3, 5, 12),
        fc.constantFrom(
          (m: string) => `nếu khoảng ${m} triệu tin nhắn mỗi tháng thì sao?`,
          (m: string) => `còn nếu ${m} triệu tin nhắn một tháng?`,
        ),
        (millions, asked) => {
          const c = chat(catalog);
          c.say(first);
          const said = asked(String(millions).replace(".", ","));
          c.say(said);
          expect(totalTokens(c.session.requirements.volume), said).toBeCloseTo(millions * 1e6 * 600, -3);
        },
      ),
      { numRuns: 8 },
    );
  });
});
