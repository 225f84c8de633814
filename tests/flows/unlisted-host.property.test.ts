// A host the catalogue does not hold, asked about a pick (twelfth tryout round, Lyon press: 'is the
// top pick hosted on OVHcloud?' answered with the model card), and a cloud's region id in a country
// of the wider table (judge15: 'is the top pick available in ca-central-1?' the same). Over
// generated threads (first messages × how the pick is pointed at × phrasings × hosts the catalogue
// does not hold): the answer is where the pick runs, says the host is not among the catalogue's
// hosts and names the hosts on record; the team's own machines are never read as a host. Over the
// clouds' Canadian region ids × phrasings: the answer is where the model runs in Canada.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { understand } from "../../src/intents/understand.js";
import { LYON_PRESS } from "../scenarios/twelfth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";
import { rowsOf } from "./recommend-scenarios-checks.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };

const FIRSTS = [
  LYON_PRESS,
  "support bot for our shop, 20M tokens a month, which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
];
const POINTED = [
  { said: "the top pick", place: 0 },
  { said: "#2", place: 1 },
  { said: "the second one", place: 1 },
] as const;
const ASKED = [
  "is {p} hosted on {h}?",
  "is {p} available on {h}?",
  "can we get {p} served via {h}?",
  "is {p} offered through {h}?",
];
// Hosts a European team names that sell no model in the catalogue's price lists.
const UNLISTED = ["OVHcloud", "IONOS", "Hetzner", "STACKIT", "Exoscale"];

beforeAll(() => void chat(catalog).say(FIRSTS[1]!), 120_000);

describe("a host the catalogue does not hold", () => {
  it("gets where the pick runs: not among the catalogue's hosts, and the hosts on record", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...POINTED),
        fc.constantFrom(...ASKED),
        fc.constantFrom(...UNLISTED),
        (first, pointed, asked, host) => {
          const c = chat(catalog);
          const pick = rowsOf(c.say(first))[pointed.place]!;
          const name = catalog.modelById.get(pick.id)!.name;
          const said = asked.replace("{p}", pointed.said).replace("{h}", host);
          const reply = c.say(said);
          expect(reply.data?.intent, said).toBe("hosting");
          const text = textOf(reply);
          expect(text, said).toContain(`Where ${name} runs`);
          expect(text, said).toContain(`${host} is not among the hosts in the catalogue`);
          expect(text, said).toMatch(/the hosts on record for it are \w/);
          expect(text, said).not.toMatch(/^Lab\s*:/m);
        },
      ),
      { numRuns: 25, seed: 1413 },
    );
  });

  it("the team's own machines or a kind of place are no host", () => {
    for (const said of [
      "is llama 3.3 70b hosted on our servers?",
      "is gpt-4.1 available on request?",
      "is llama 3.3 70b available on premises?",
    ]) {
      const intent = understand(said, { catalog, session: fresh });
      expect(intent.kind === "hosting" && intent.unlistedHost, said).toBeFalsy();
    }
  });

  it("a cloud's region id in Canada is a question about Canada", () => {
    const ids = ["ca-central-1", "ca-west-1", "canadacentral", "canadaeast", "northamerica-northeast1"];
    for (const id of ids)
      for (const asked of [
        "is llama 3.3 70b available in {r}?",
        "can we get gpt-4.1 hosted in {r}?",
        "is claude sonnet 4.5 offered in {r}",
      ]) {
        const said = asked.replace("{r}", id);
        const intent = understand(said, { catalog, session: fresh });
        expect(intent.kind, said).toBe("hosting");
        if (intent.kind === "hosting") expect(intent.place?.id, said).toBe("ca");
      }
  });
});
