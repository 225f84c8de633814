// A self-hosted recommendation thread moved to managed APIs by the words teams use (sixth tryout
// round: the crypto exchange's "what if we went API instead" was "I couldn't tell which
// requirement to change"). Each phrasing is a what-if to any managed API: self-hosting is no
// longer required, it is said back, and the shortlist it shows is priced on APIs.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CRYPTO } from "../scenarios/sixth-round-teams.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const THREADS = [
  CRYPTO,
  "recommend a model for coding, on our own servers, 30M tokens a month",
  "we self-host a support bot on rented GPUs, 5,000 chats a day, 800 tokens in and 200 out. which model?",
];
const SAID = [
  "what if we went API instead",
  "ok and if we do the api route instead?",
  "what if we just used APIs instead",
  "what if we go the API route",
  "what if we tried a hosted api instead",
];

beforeAll(() => void chat(catalog).say(THREADS[0]!), 120_000);

describe("'went API instead' and its kin move a self-hosted thread to managed APIs", () => {
  for (const first of THREADS)
    it.each(SAID.map((s) => [s]))(`'%s' (${first.slice(0, 40)}…)`, (said) => {
      const c = chat(catalog);
      c.say(first);
      const reply = c.say(said);
      expect(reply.data?.intent).toBe("what-if");
      const r = c.session.requirements;
      expect(r.deployment).toBe("any-api");
      expect(r.selfHosted).toBeUndefined();
      expect(textOf(reply)).toContain("What if:** any managed API");
      const top = rankingOf(reply).slice(0, 3);
      expect(top.length).toBeGreaterThan(0);
      for (const row of top) expect(row.costBasis).not.toBe("self-host");
    });
});
