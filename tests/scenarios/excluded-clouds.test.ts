// "No AWS", "we're not on Azure", "nothing hosted on Google Cloud": a cloud ruled out as a HOST
// (exclude.providers), never its company as a model maker. The shortlist prices no model through
// that cloud, keeps the labs that also sell there (Claude through Anthropic's own API when
// Bedrock is out), rules out only closed models that cloud alone serves, and says the rule back.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { cloudOf } from "../../src/scoring/catalog-facts.js";
import type { CloudProvider } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, rowsOf } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();

describe("a cloud ruled out as a host", () => {
  it.each<[string, CloudProvider[], RegExp]>([
    ["customer support chat, 30M tokens a month, no AWS. which model?", ["aws"], /hosts on AWS/],
    ["customer support chat, 30M tokens a month; we're not on Azure. which model?", ["azure"], /hosts on Azure/],
    [
      "customer support chat, 30M tokens a month, nothing hosted on google cloud. which model?",
      ["gcp"],
      /hosts on GCP/,
    ],
    [
      "we don't want anything running on AWS or Azure, support chat at 30M tokens a month. which model?",
      ["aws", "azure"],
      /hosts on AWS or Azure/,
    ],
  ])("%s", (message, clouds, saidBack) => {
    const c = chat(catalog);
    const reply = c.say(message);
    const req = c.session.requirements;
    expect(req.exclude?.providers?.slice().sort()).toEqual([...clouds].sort());
    // The cloud's company is no excluded lab, and the cloud is not the team's own account.
    expect(req.exclude?.labs).toBeUndefined();
    expect(req.cloudProvider).toBeUndefined();
    const rows = rowsOf(reply);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows)
      if (r.costBasis === "api")
        expect(clouds, `${r.id} via ${r.apiProvider}`).not.toContain(cloudOf({ provider: r.apiProvider ?? "" }));
    expect(textOf(reply)).toMatch(saidBack);
    expectExpertShortlist(catalog, req, reply);
  });

  it("a closed model only that cloud serves is ruled out as such; one with another host stays", () => {
    const c = chat(catalog);
    const reply = c.say("chat assistant, 10M tokens a month, no aws. what do you recommend?");
    const excluded = (reply.data?.excluded ?? []) as { id: string; reason: string; constraint: string }[];
    const onlyAws = catalog.models.filter(
      (m) => !m.openWeights && m.offerings.length > 0 && m.offerings.every((o) => cloudOf(o) === "aws"),
    );
    const alsoElsewhere = catalog.models.filter(
      (m) =>
        !m.openWeights &&
        m.offerings.some((o) => cloudOf(o) === "aws") &&
        m.offerings.some((o) => cloudOf(o) !== "aws"),
    );
    expect(alsoElsewhere.length).toBeGreaterThan(0);
    for (const m of onlyAws) {
      const e = excluded.find((x) => x.id === m.id);
      expect(e, m.id).toBeDefined();
    }
    expect(onlyAws.length).toBeGreaterThan(0);
    for (const e of excluded.filter((x) => x.constraint === "excluded-host"))
      expect(e.reason).toMatch(/every host of it in the catalogue is a cloud you ruled out \(AWS Bedrock\)/);
    for (const m of alsoElsewhere)
      expect(excluded.find((x) => x.id === m.id)?.constraint, m.id).not.toBe("excluded-host");
  });

  it("lifted again by name", () => {
    const c = chat(catalog);
    c.say("support chat, 30M tokens a month, no AWS. which model?");
    expect(c.session.requirements.exclude?.providers).toEqual(["aws"]);
    c.say("what if we allow aws after all");
    expect(c.session.requirements.exclude?.providers).toBeUndefined();
  });
});
