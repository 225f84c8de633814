// Volumes whose count is said apart from the rate (thirteenth try-out round, twelfth's Lyon):
// - Aarhus job centre: 'Our job-centre caseworkers (about 400 of them) … Each caseworker would use
//   it about 12 times a working day' read 12 uses × 8K (2.06M, 430× low): the people counted after
//   their noun were not found; 'Our 400 job-centre caseworkers' read as 400 jobs;
// - Minnesota health system / indie meal app: '~18 visits per clinician per day', 'about 4 photos
//   per user a week' were no count (the person sat between the things and the rate);
// - Mumbai insurer: '150,000 claims a month, averaging 5 pages each; 2,500 tokens per page in and
//   500 tokens out per claim' dropped the pages (450M, not 1.95B);
// - Aarhus: '~8,000 tokens into a one-page overview of ~600 tokens' assumed a 3:1 split;
// - Curitiba (Portuguese): 'cada um com uns 500 tokens de entrada e 300 de saída' assumed 3:1, and
//   the second job 'as avaliações …, umas 8 milhões por mês, com 150 tokens cada' was dropped;
// - Lyon (French): '1 200 dépêches par jour, 600 mots en moyenne, et la sortie fait à peu près 150
//   mots' gave no volume.
// Over generated counts × rates × units × phrasings × languages, the volume is the product said.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

const volumeOf = (text: string) => {
  const v = parseVolume(text);
  expect(v, text).not.toBeNull();
  return v!;
};
const total = (text: string) => {
  const v = volumeOf(text);
  return v.inputTokensPerMonth + v.outputTokensPerMonth;
};
const said = (n: number) => n.toLocaleString("en-US");
const WORKING_DAYS = 150 / 7;
const PERIODS = [
  { words: "a day", perMonth: 30 },
  { words: "per day", perMonth: 30 },
  { words: "a working day", perMonth: WORKING_DAYS },
  { words: "a week", perMonth: 30 / 7 },
];
const PEOPLE = [
  { plural: "caseworkers", one: "caseworker" },
  { plural: "nurses", one: "nurse" },
  { plural: "advisers", one: "adviser" },
  { plural: "analysts", one: "analyst" },
  { plural: "clinicians", one: "clinician" },
];
const SIZES = [
  (i: number, o: number) => `~${said(i)} tokens in and ~${o} out`,
  (i: number, o: number) => `about ${said(i)} tokens in, ${o} tokens out`,
  (i: number, o: number) => `${said(i)} input tokens and ${o} output tokens`,
];

describe("people counted after their noun, their rate said in another sentence", () => {
  const COUNTED_AFTER = [
    (n: number, p: string) => `Our ${p} (about ${said(n)} of them) read long files.`,
    (n: number, p: string) => `Our ${p}, roughly ${said(n)} of them, read long files.`,
    (n: number, p: string) => `The ${p} (~${said(n)} of them) spend hours on paperwork.`,
  ];
  const RATES = [
    (k: number, one: string, period: string) => `Each ${one} would use it about ${k} times ${period}`,
    (k: number, one: string, period: string) => `Every ${one} uses it ~${k} times ${period}`,
  ];

  it("people × uses × period × (in + out), and the people are the users", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 5_000 }),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...COUNTED_AFTER),
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom(...RATES),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(1_500, 8_000),
        fc.constantFrom(300, 600),
        fc.constantFrom(...SIZES),
        (n, people, countedAfter, k, rate, period, input, output, size) => {
          const text = `${countedAfter(n, people.plural)} ${rate(k, people.one, period.words)}, ${size(input, output)}. which model?`;
          expect(total(text), text).toBeCloseTo(n * k * period.perMonth * (input + output), -3);
          expect(parseMonthlyUsers(text), text).toBe(n);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a noun joined on by a hyphen describes the people: '400 job-centre caseworkers' are no jobs", () => {
    const DESCRIBED = ["job-centre", "claims-handling", "call-centre", "case-file"];
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 2_000 }),
        fc.constantFrom(...DESCRIBED),
        fc.constantFrom(...PEOPLE),
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom(...PERIODS),
        (n, described, people, k, period) => {
          const text = `Our ${said(n)} ${described} ${people.plural} each use it about ${k} times ${period.words}, ~4,000 tokens in and ~500 out.`;
          expect(total(text), text).toBeCloseTo(n * k * period.perMonth * 4_500, -3);
          // With no rate said, the people are no count of things a month ('400 jobs a month').
          const unrated = `Our ${said(n)} ${described} ${people.plural} summarise case files of ~8,000 tokens into ~600 tokens.`;
          expect(parseVolume(unrated), unrated).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("things per person per period, the people counted before", () => {
  const THINGS = ["visits", "photos", "scans", "handovers", "consultations"];
  const PEOPLE_SAID = [
    (n: number, p: string) => `About ${said(n)} ${p}`,
    (n: number, p: string) => `We have ~${said(n)} ${p}`,
    (n: number) => `~${said(n)} monthly active users`,
  ];

  it("people × things per person × period × (in + out)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 50_000 }),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...PEOPLE_SAID),
        fc.integer({ min: 2, max: 30 }),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...SIZES),
        (n, people, peopleSaid, k, things, period, size) => {
          const one = peopleSaid(1, people.plural).includes("users") ? "user" : people.one;
          const text = `${peopleSaid(n, people.plural)}, about ${k} ${things} per ${one} ${period.words}, ${size(1_000, 600)}.`;
          expect(total(text), text).toBeCloseTo(n * k * period.perMonth * 1_600, -3);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("pages per item: the input said per page, the output per item", () => {
  const ITEMS = [
    { plural: "claims", one: "claim" },
    { plural: "contracts", one: "contract" },
    { plural: "reports", one: "report" },
    { plural: "invoices", one: "invoice" },
  ];
  const PAGES = [
    (p: number) => `averaging ${p} pages each`,
    (p: number) => `${p} pages each on average`,
    (p: number) => `about ${p} pages each`,
  ];

  it("items × (pages × tokens a page in + tokens an item out)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 500_000 }),
        fc.constantFrom(...ITEMS),
        fc.constantFrom(PERIODS[0]!, PERIODS[3]!, { words: "a month", perMonth: 1 }),
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom(...PAGES),
        fc.constantFrom(500, 2_500),
        fc.constantFrom(200, 500),
        (n, item, period, pages, pagesSaid, perPage, out) => {
          const text = `About ${said(n)} ${item.plural} ${period.words}, ${pagesSaid(pages)}; call it ${said(perPage)} tokens per page in and ${out} tokens out per ${item.one}.`;
          const v = volumeOf(text);
          const monthly = n * period.perMonth;
          expect(v.inputTokensPerMonth, text).toBeCloseTo(monthly * pages * perPage, -3);
          expect(v.outputTokensPerMonth, text).toBeCloseTo(monthly * out, -3);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("tokens said per page on both sides multiply both", () => {
    const v = volumeOf("About 2,000 reports a month, averaging 10 pages each, 800 tokens in and 100 out per page.");
    expect(v.inputTokensPerMonth).toBe(2_000 * 10 * 800);
    expect(v.outputTokensPerMonth).toBe(2_000 * 10 * 100);
  });
});

describe("what the input is turned into is the output, not a 3:1 split", () => {
  const INTO = [
    (o: number) => `into a one-page overview of ~${o} tokens`,
    (o: number) => `into a short brief of about ${o} tokens`,
    (o: number) => `into ~${o} tokens`,
    (o: number) => `into a summary card of ${o} tokens`,
  ];

  it("the count × (the amount it reads + the amount it is turned into)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 20_000 }),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(2_000, 8_000),
        fc.constantFrom(...INTO),
        fc.constantFrom(150, 600),
        (n, period, input, into, output) => {
          const text = `We summarise each case file (~${said(input)} tokens) ${into(output)}, about ${said(n)} files ${period.words}.`;
          const v = volumeOf(text);
          expect(v.splitAssumed, text).toBe(false);
          expect(v.inputTokensPerMonth, text).toBeCloseTo(n * period.perMonth * input, -3);
          expect(v.outputTokensPerMonth, text).toBeCloseTo(n * period.perMonth * output, -3);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("a second job whose count is said after its noun is added", () => {
  const SECOND = [
    (m: number, t: number) =>
      `We also want to moderate customer reviews, about ${m} million a month, ${t} tokens each.`,
    (m: number, t: number) => `Also we classify support tickets, roughly ${m} million a month, with ${t} tokens each.`,
    (m: number, t: number) =>
      `We also want to screen comments from our users, ~${m} million a month, ${t} tokens each.`,
  ];

  it("first job + second job, each at its own size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 900 }),
        fc.constantFrom(300, 500),
        fc.constantFrom(100, 300),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(...SECOND),
        fc.constantFrom(100, 150, 400),
        (k, input, output, m, second, each) => {
          const text = `About ${k}k new listings a month, each with ~${input} tokens in and ~${output} out. ${second(m, each)}`;
          expect(total(text), text).toBeCloseTo(k * 1_000 * (input + output) + m * 1e6 * each, -3);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("Portuguese and French: each item's size and the split said", () => {
  const THINGS_PT = [
    { pt: "anúncios novos", en: "listings" },
    { pt: "pedidos", en: "orders" },
    { pt: "chamados", en: "tickets" },
  ];

  it("'São cerca de N mil <coisas> por mês, cada um com uns I tokens de entrada e O de saída'", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 900 }),
        fc.constantFrom(...THINGS_PT),
        fc.constantFrom("por mês", "por dia"),
        fc.constantFrom(300, 500, 1500),
        fc.constantFrom(100, 300),
        (n, thing, period, input, output) => {
          const text = `Somos uma loja online com clientes no Brasil. São cerca de ${n} mil ${thing.pt} ${period}, cada um com uns ${input} tokens de entrada e ${output} de saída. Qual modelo?`;
          const v = volumeOf(text);
          const monthly = n * 1_000 * (period === "por dia" ? 30 : 1);
          expect(v.splitAssumed, text).toBe(false);
          expect(v.inputTokensPerMonth, text).toBeCloseTo(monthly * input, -3);
          expect(v.outputTokensPerMonth, text).toBeCloseTo(monthly * output, -3);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the second job, 'umas M milhões por mês, com T tokens cada', is added", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(100, 150),
        fc.constantFrom("avaliações dos clientes", "comentários dos clientes"),
        (n, m, each, what) => {
          const text = `Olá! Somos um marketplace com clientes no Brasil. São cerca de ${n} milhões de anúncios novos por mês, cada um com uns 500 tokens de entrada e 300 de saída. Também queremos moderar as ${what}, umas ${m} milhões por mês, com ${each} tokens cada. Qual modelo?`;
          expect(total(text), text).toBeCloseTo(n * 1e6 * 800 + m * 1e6 * each, -3);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("'Environ N <choses> par jour, W mots en moyenne, et la sortie fait à peu près V mots'", () => {
    const tokens = (words: number) => Math.round((words * 4) / 3);
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9_000 }),
        fc.constantFrom("dépêches", "articles", "communiqués"),
        fc.constantFrom(300, 600, 900),
        fc.constantFrom(90, 150, 300),
        (n, things, words, outWords) => {
          const count = n >= 1_000 ? `${Math.floor(n / 1_000)} ${String(n % 1_000).padStart(3, "0")}` : `${n}`;
          const text = `Bonjour ! Nous sommes un groupe de presse. Environ ${count} ${things} par jour, ${words} mots en moyenne, et la sortie fait à peu près ${outWords} mots. Quel modèle ?`;
          const v = volumeOf(text);
          expect(v.inputTokensPerMonth, text).toBeCloseTo(n * 30 * tokens(words), -3);
          expect(v.outputTokensPerMonth, text).toBeCloseTo(n * 30 * tokens(outWords), -3);
        },
      ),
      { numRuns: 60 },
    );
  });
});
