// A team bound to a US government cloud (a federal contractor with CUI: "we run in AWS GovCloud (US)",
// "we're on Azure Government") had only "through your AWS account" read: the shortlist priced Claude
// through commercial Bedrock and, on Azure, through commercial Foundry, neither of which serves a
// government region. Over generated first messages (the cloud said several ways, beside a job, in
// either order) the thread is bound to that government cloud and its API picks are ones the cloud's
// own page lists there; said as not used ("we are not on GovCloud") nothing is bound; and "what if we
// move to <the other government cloud>?" moves the thread there, still through that cloud's APIs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { usGovernmentAvailability } from "../../src/catalog/clouds.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const SAID = [
  { words: "we run in AWS GovCloud (US)", cloud: "aws" },
  { words: "everything lives in our GovCloud account", cloud: "aws" },
  { words: "our workloads are in us-gov-west-1", cloud: "aws" },
  { words: "we're on Azure Government", cloud: "azure" },
  { words: "it has to stay in our Azure Gov tenant", cloud: "azure" },
  { words: "we deploy to usgovvirginia", cloud: "azure" },
] as const;
const JOBS = [
  "We need a model to summarise maintenance reports, about 300 reports a day of 3,000 tokens each",
  "we want a chat assistant for our analysts, 20M tokens a month",
  "RAG over our technical manuals, roughly 10M tokens a month",
] as const;
const HOST_OF = { aws: "aws-bedrock", azure: "azure" } as const;
const OTHER = { aws: "Azure Government", azure: "AWS GovCloud" } as const;

describe("a US government cloud said in a message", () => {
  it("binds the thread to that cloud, and its API picks are listed in the government regions", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAID), fc.constantFrom(...JOBS), fc.boolean(), (said, job, cloudFirst) => {
        const text = cloudFirst ? `${said.words}. ${job}.` : `${job}; ${said.words}.`;
        const c = chat(catalog);
        const out = c.say(text);
        const reply = textOf(out);
        const req = c.session.requirements;
        expect(req.usGovernmentCloud, text).toBe(true);
        expect(req.cloudProvider, text).toBe(said.cloud);
        expect(reply, text).toMatch(/in a US government cloud/);
        expect(rankingOf(out).length, text).toBeGreaterThan(0);
        for (const pick of rankingOf(out).slice(0, 3))
          if (pick.costBasis === "api")
            expect(
              usGovernmentAvailability(catalog.modelById.get(pick.id)!, HOST_OF[said.cloud]),
              `${text}: ${pick.id}`,
            ).not.toEqual([]);
      }),
      { numRuns: 12, seed: 4101 },
    );
  }, 240_000);

  it("said as not used, binds nothing", () => {
    for (const text of [
      "coding assistant inside our AWS account, regular us-east-1, we are not on GovCloud",
      "chat assistant on Azure, not Azure Government",
    ]) {
      const req = parseRequirements(text, catalog);
      expect(req.usGovernmentCloud, text).toBeUndefined();
    }
  });

  it("'what if we move to <the other government cloud>?' moves the thread there, still through that cloud", () => {
    for (const said of [SAID[0], SAID[3]]) {
      const c = chat(catalog);
      c.say(`${JOBS[1]}; ${said.words}.`);
      const to = said.cloud === "aws" ? "azure" : "aws";
      const reply = textOf(c.say(`what if we have to move to ${OTHER[said.cloud]} instead?`));
      expect(c.session.requirements.cloudProvider, reply).toBe(to);
      expect(c.session.requirements.usGovernmentCloud).toBe(true);
      expect(c.session.requirements.selfHosted, reply).not.toBe(true);
    }
  }, 120_000);

  it("a commercial AWS thread moved to GovCloud stays on AWS's APIs, not self-hosting", () => {
    const c = chat(catalog);
    c.say(
      "We need a model to summarise maintenance reports inside our AWS account, about 300 reports a day of 3,000 tokens each.",
    );
    const moved = c.say("what if we have to move to GovCloud?");
    const reply = textOf(moved);
    // Priced inside GovCloud, not from the commercial ranking's estimates just made in this thread.
    for (const pick of rankingOf(moved).slice(0, 3))
      if (pick.costBasis === "api")
        expect(usGovernmentAvailability(catalog.modelById.get(pick.id)!, "aws-bedrock"), pick.id).not.toEqual([]);
    expect(c.session.requirements).toMatchObject({ cloudProvider: "aws", usGovernmentCloud: true });
    expect(c.session.requirements.selfHosted, reply).not.toBe(true);
    expect(reply).not.toMatch(/you run the weights yourselves/);
  }, 60_000);
  it("controlled unclassified information is regulated data, however it is said", () => {
    for (const text of [
      "It's CUI, so it must stay in our account",
      "the documents are controlled unclassified information",
      "we need a FedRAMP High authorised environment for these files",
    ])
      expect(parseRequirements(text, catalog).dataSensitivity, text).toBe("regulated");
    // Italian "cui" (which, whom) is no CUI: "con cui", "in cui", "per cui".
    for (const text of [
      "Vogliamo un chatbot di assistenza con cui i clienti possono parlare, 10M token al mese",
      "un assistente per il codice, il modo in cui lavoriamo è semplice",
      "il motivo per cui cerchiamo un modello aperto",
    ]) {
      const c = chat(catalog);
      c.say(text);
      expect(c.session.requirements.dataSensitivity, text).not.toBe("regulated");
    }
  });
});
