// "Can we trust X with this?" is answered with the facts a team can check (what the provider's terms
// say it does with API data and where it processes it), not with modelwise's own data sources;
// "can we trust your numbers?" still is about those sources.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { providerPolicy } from "../../src/catalog/provider-policies.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
// A provider whose terms say where requests are processed, and the lab word that names it.
const WITH_REGIONS = [...(catalog.providerPolicyById?.values() ?? [])].find(
  (p) => p.processingRegions && p.provider !== "amazon-bedrock",
)!;
const HELPLINE =
  "small nonprofit running a helpline for refugees in germany. we want a bot that answers questions about the asylum procedure in arabic, ukrainian, farsi and german. budget is tiny, like $110/month. ~3M tokens/month. we have no tech people at all.";

describe("trusting a provider", () => {
  it("'can we trust <lab> with this?' in a thread answers from the lab API's terms, with where it processes", () => {
    const c = chat(catalog);
    c.say(HELPLINE);
    const before = c.session.requirements;
    const reply = c.say(`can we trust ${WITH_REGIONS.provider} with this?`);
    expect(reply.data?.intent).toBe("tradeoffs");
    expect(reply.data?.evidence).toMatchObject({ provider: WITH_REGIONS.provider });
    const t = textOf(reply);
    expect(t).toContain(`Processes requests in:** ${WITH_REGIONS.processingRegions!.value.join(", ")}`);
    expect(t).toContain(providerPolicy(catalog, WITH_REGIONS.provider)!.name);
    expect(c.session.requirements).toEqual(before);
  });

  it.each(["can we trust your prices?", "can i trust these numbers?"])("'%s' is about modelwise's sources", (q) => {
    expect(chat(catalog).say(q).data?.intent).toBe("sources");
  });
});
