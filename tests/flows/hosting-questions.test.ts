// Where a model runs, asked in one message or inside a recommendation thread: hosts, clouds and
// regions from the catalogue's offerings and availability records, never a licence verdict or a
// provider's data-terms page. Models are picked from the catalogue by property, so a new offering
// or region record changes what is checked, not whether the checks mean anything.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { cloudRecords } from "../../src/scoring/catalog-facts.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const models = [...catalog.modelById.values()];
const current = models.filter((m) => m.status === "current");

// A model on Bedrock whose records show EU processing but never name Frankfurt (eu-central-1).
const EU_PROFILE_ONLY = current.find((m) => {
  const records = cloudRecords(m, "aws");
  return records.some((r) => r.euProcessing) && !records.some((r) => r.regions.includes("eu-central-1"));
})!;
// A model whose Azure records name the Frankfurt region.
const AZURE_FRANKFURT = current.find((m) =>
  cloudRecords(m, "azure").some((r) => r.regions.includes("germanywestcentral")),
)!;
const CLAUDES = current.filter((m) => m.family === EU_PROFILE_ONLY.family || m.id.startsWith("claude-"));
const onAzure = (id: string) =>
  catalog.modelById.get(id)!.offerings.some((o) => o.provider === "azure") ||
  cloudRecords(catalog.modelById.get(id)!, "azure").length > 0;

const plain = (reply: Parameters<typeof textOf>[0]) => textOf(reply).replace(/\*\*/g, "");

const COUNCIL_UK =
  "We're a UK district council. Residents write to us about housing benefit, council tax and bin collections; we want a chatbot on our website plus reply drafts for caseworkers. English and Welsh. Around 40k resident conversations a month, ~2,000 tokens each. Budget £2,000/month. Azure is our cloud. Recommend something?";

describe("hosting questions", () => {
  it("'is X available in frankfurt through bedrock?' says what the Bedrock records show and which region id to check", () => {
    const reply = chat(catalog).say(`is ${EU_PROFILE_ONLY.name} available in frankfurt through bedrock?`);
    expect(reply.data?.intent).toBe("hosting");
    expect(reply.data?.cloud).toBe("aws");
    expect(reply.data?.place).toBe("de");
    const t = textOf(reply);
    expect(t).toContain("EU processing");
    expect(t).toContain("itself not named");
    expect(t).toContain("eu-central-1");
    expect(t).not.toMatch(/Allowed|Blocked/);
  });

  it("a region the records name is answered yes, with the region id and its source kind", () => {
    const reply = chat(catalog).say(`is ${AZURE_FRANKFURT.name} available in frankfurt on azure?`);
    expect(reply.data?.intent).toBe("hosting");
    expect(textOf(reply)).toMatch(/yes: germanywestcentral/);
  });

  it("'can X do eu residency?' answers host by host, not only for the lab's own API", () => {
    const reply = chat(catalog).say(`can ${EU_PROFILE_ONLY.name} do eu residency?`);
    expect(reply.data?.intent).toBe("hosting");
    const t = plain(reply);
    expect(t).toMatch(/in the EU: yes, on AWS Bedrock/);
    // Every host that sells it has its row (the clouds under their cloud names).
    const firstParty = EU_PROFILE_ONLY.offerings.find((o) => o.firstParty);
    if (firstParty) expect(t).toContain(firstParty.providerName);
  });

  it("'is claude on azure?' answers for each current Claude model from its Azure offerings and records", () => {
    const reply = chat(catalog).say("is claude on azure?");
    expect(reply.data?.intent).toBe("hosting");
    const hosts = reply.data?.hosts as Record<string, string[]>;
    const t = plain(reply);
    for (const m of CLAUDES) {
      expect(hosts[m.id]?.includes("azure")).toBe(onAzure(m.id));
      expect(t).toContain(onAzure(m.id) ? `${m.name} is offered on Azure` : `${m.name} is not offered on Azure`);
    }
  });

  it("in an Azure thread, 'can we use claude on azure?' is a hosting answer and leaves the thread's facts alone", () => {
    const c = chat(catalog);
    c.say(COUNCIL_UK);
    const before = c.session.requirements;
    const reply = c.say("can we use claude on azure?");
    expect(reply.data?.intent).toBe("hosting");
    expect(textOf(reply)).not.toMatch(/^== Allowed/m);
    expect(c.session.requirements).toEqual(before);
  });

  it("'does azure openai have a uk region?' says the records name none there, with the ids to look for", () => {
    const c = chat(catalog);
    c.say(COUNCIL_UK);
    const before = c.session.requirements;
    const reply = c.say("does azure openai have a uk region?");
    expect(reply.data?.intent).toBe("hosting");
    expect(reply.data?.place).toBe("uk");
    const named = models.some((m) => cloudRecords(m, "azure").some((r) => r.regions.includes("uksouth")));
    expect(textOf(reply)).toContain(named ? "Yes: uksouth" : "None of our Azure");
    expect(textOf(reply)).toContain("uksouth");
    expect(c.session.requirements).toEqual(before);
  });

  it("licence and data-terms questions that name a place or a cloud keep their own answers", () => {
    expect(chat(catalog).say("is llama 3.2 11b vision usable in the EU?").data?.intent).toBe("license");
    expect(chat(catalog).say(`is ${EU_PROFILE_ONLY.name} on bedrock covered by the BAA?`).data?.intent).toBe(
      "tradeoffs",
    );
    expect(chat(catalog).say(`price of ${AZURE_FRANKFURT.name} on azure`).data?.intent).toBe("price");
  });
});
