import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { profileKey } from "../../../adapters/shared/profile-store.js";
import { parseProfileCommand, profileCommandIntent } from "../../../src/intents/profile-command.js";
import { understand } from "../../../src/intents/understand.js";
import { factLabels } from "../../../src/profile/describe.js";
import { forgetFacts, readProfile, rememberFacts, type TeamProfile } from "../../../src/profile/profile.js";
import { withoutProfile, sessionWithProfile } from "../../../src/conversation/team-profile.js";
import { newSession } from "../../../src/conversation/session.js";

const catalog = readCatalog();
const now = new Date("2026-12-04T09:00:00Z");
const cmd = (t: string) => parseProfileCommand(t, catalog);

describe("profile commands in words", () => {
  it.each([
    "profile",
    "show profile",
    "show our team profile",
    "my profile",
    "what have you saved about my team",
    "what team facts are stored",
    "which settings are you using for us?",
  ])("%s shows it", (t) => expect(cmd(t)).toEqual({ op: "show" }));

  it.each(["clear our profile", "reset our team profile", "forget everything about us"])("%s clears it", (t) =>
    expect(cmd(t)).toEqual({ op: "clear" }),
  );

  it("owned GPUs are said as a count of the chip, whatever its name ends with ('8× A100 80GB', never '80GBs')", () => {
    for (const [type, label] of [
      ["A100 80GB", "owns 8× A100 80GB"],
      ["h100", "owns 8× H100"],
      ["RTX 4090", "owns 8× RTX 4090"],
    ]) {
      expect(factLabels({ ownedGpus: { type: type!, count: 8 } }).map((l) => l.label)).toEqual([label]);
    }
  });

  it("remember: the issue's sentence becomes four standing facts", () => {
    const c = cmd("remember: we're an EU company, we handle patient data, ~2M monthly users, no ops staff");
    expect(c?.op).toBe("remember");
    if (c?.op !== "remember") return;
    expect(c.facts).toMatchObject({
      inEu: true,
      dataSensitivity: "regulated",
      monthlyActiveUsers: 2_000_000,
      mlOpsExperience: "none",
      fieldOfUse: "medical",
    });
    expect(factLabels(c.facts).map((l) => l.label)).toEqual([
      "EU",
      "regulated data (medical)",
      "~2M monthly users",
      "no ops staff",
    ]);
  });

  it.each([
    ["remember we're based in the EU", { inEu: true }],
    ["add to profile: data must stay in the EU", { euDataResidency: true }],
    ["team rule: no chinese labs. please remember", { exclude: { countries: ["CN"] } }],
    [
      "keep in mind we're an azure shop and data stays in our tenant",
      { cloudProvider: "azure", deployment: "own-cloud" },
    ],
    [
      "remember: we pay $2.10/h for H100s and we own 8 H100s",
      { gpuHourlyUsd: 2.1, ownedGpus: { type: "H100", count: 8 } },
    ],
    ["remember: we need zero data retention", { noRetention: true }],
    ["remember: no provider may keep our prompts or train on our data", { noRetention: true, noTrainingOnData: true }],
    ["remember: no vendor may train on our data", { noTrainingOnData: true }],
  ])("%s", (t, facts) => {
    const c = cmd(t);
    expect(c?.op).toBe("remember");
    expect(c?.op === "remember" && c.facts).toMatchObject(facts);
  });

  it("residency alone says where the data lives, not where the team is", () => {
    expect(cmd("add to profile: data must stay in the EU")).toMatchObject({ facts: { euDataResidency: true } });
    expect(cmd("add to profile: data must stay in the EU")).not.toMatchObject({ facts: { inEu: true } });
    expect(cmd("remember: we're a Berlin team and data must stay in the EU")).toMatchObject({
      facts: { euDataResidency: true, inEu: true },
    });
  });

  it("forget names facts by their words", () => {
    expect(cmd("forget the EU part")).toMatchObject({ op: "forget", keys: ["inEu", "euDataResidency"] });
    expect(cmd("drop the BAA requirement from our profile")).toMatchObject({ op: "forget", keys: ["needsBaa"] });
    expect(cmd("forget the patient data")).toMatchObject({ op: "forget", keys: ["dataSensitivity", "fieldOfUse"] });
    expect(cmd("forget the zero retention rule")).toMatchObject({ op: "forget", keys: ["noRetention"] });
    // Training on the team's data is its own rule; training on model outputs is another fact.
    expect(cmd("forget that nobody may train on our data")).toMatchObject({ op: "forget", keys: ["noTrainingOnData"] });
    expect(cmd("forget the training on outputs part")).toMatchObject({ op: "forget", keys: ["trainOnOutputs"] });
  });

  it("leaves other questions alone", () => {
    for (const t of [
      "can we use Llama 3.1 in the EU?",
      "save the decision record",
      "forget it",
      "what does it cost to self-host llama 3.3 70b?",
      "remove GPT-4o",
    ])
      expect(cmd(t)).toBeNull();
  });
});

describe("one home for profile wording", () => {
  const session = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
  const understood = (t: string) => understand(t, { catalog, session });

  it.each([
    "show our team profile",
    "please print our profile",
    "forget that we need a BAA",
    "note for the team profile: we won't fine-tune anything",
    "add to profile: data must stay in the EU",
    "clear our profile",
  ])("the registry reads the whole command %j exactly as the router does", (t) => {
    const routed = profileCommandIntent(t, catalog);
    expect(routed).not.toBeNull();
    expect(understood(t)).toEqual(routed);
  });

  it.each([
    ["set our default deployment to on-prem", "edit"],
    ["what defaults are you assuming for our team?", "show"],
    ["from now on assume we're in the EU", "edit"],
  ])("looser wording %j is the registry's alone, settled by the answer", (t, action) => {
    expect(profileCommandIntent(t, catalog)).toBeNull();
    expect(understood(t)).toMatchObject({ kind: "profile", action });
  });

  it("a decision record's own words stay a decision record", () => {
    expect(understood("save this as our decision record").kind).toBe("decision-record");
  });
});

describe("profile data", () => {
  const base = rememberFacts(null, { inEu: true, exclude: { labs: ["openai"] } }, now);

  it("remembering adds facts and unions exclusions; forgetting removes, null once empty", () => {
    const more = rememberFacts(base, { monthlyActiveUsers: 2e6, exclude: { labs: ["deepseek"] } }, now);
    expect(more.facts).toEqual({ inEu: true, monthlyActiveUsers: 2e6, exclude: { labs: ["openai", "deepseek"] } });
    const less = forgetFacts(more, ["inEu"], now)!;
    expect(less.facts.inEu).toBeUndefined();
    expect(forgetFacts(less, ["monthlyActiveUsers", "exclude"], now)).toBeNull();
  });

  it("reads back only a profile of this version and shape", () => {
    expect(readProfile(JSON.parse(JSON.stringify(base)))).toEqual(base);
    expect(readProfile({ ...base, version: 2 })).toBeNull();
    expect(readProfile({ ...base, facts: { inEu: "yes" } })).toBeNull();
    expect(readProfile(undefined)).toBeNull();
  });

  it("is keyed per workspace / guild / terminal profile, never per thread", () => {
    expect(profileKey({ platform: "slack", workspace: "T1", channel: "C1", thread: "1.2" })).toBe("profile:slack:T1");
    expect(profileKey({ platform: "slack", workspace: "T1", channel: "C9" })).toBe("profile:slack:T1");
    expect(profileKey({ platform: "discord", workspace: "G1", channel: "C1", thread: "9" })).toBe("profile:discord:G1");
    expect(profileKey({ platform: "discord", workspace: "dm", channel: "D7" })).toBe("profile:discord:dm:D7");
    expect(profileKey({ platform: "console", channel: "acme" })).toBe("profile:console:default");
    expect(profileKey({ platform: "console", workspace: "team-b", channel: "x" })).toBe("profile:console:team-b");
  });

  it("applies under the thread's requirements and is not saved into the thread", () => {
    const p: TeamProfile = rememberFacts(null, { inEu: true, dataSensitivity: "regulated" }, now);
    const thread = {
      ...newSession(now),
      requirements: { dataSensitivity: "public" as const, useCase: "chat" as const },
    };
    const seen = sessionWithProfile(thread, p);
    expect(seen.requirements).toEqual({ inEu: true, dataSensitivity: "public", useCase: "chat" });
    const saved = withoutProfile({ ...seen, requirements: { ...seen.requirements, monthlyBudgetUsd: 500 } }, thread, p);
    expect(saved.requirements).toEqual({ dataSensitivity: "public", useCase: "chat", monthlyBudgetUsd: 500 });
  });
});
