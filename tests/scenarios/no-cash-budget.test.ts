// A team with no money to spend (issue 11): "we have literally no budget ($0)", "no budget for API
// fees, only electricity". Never a $0 cap (every self-hosted figure carries ops staff, so a cap
// would rule out everything); said back as no cash budget; with GPUs of its own, the picks those
// run with nothing rented or bought lead, APIs and rented GPUs after, and the answer says why and
// what it assumes of the team's own people; with none, it says nothing is free and asks.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import { MONTREAL_LAW_CLINIC } from "./tenth-round-teams.js";
import { GHENT_HOSPITAL_LETTERS } from "./twentysixth-round-teams.js";

const catalog = readCatalog();
const SAID_BACK = "no cash budget: only what runs on hardware you own";

describe("no cash budget: what the team's own GPUs run leads", () => {
  it("Montreal law clinic ($0, one RTX 4090, privileged data in Canada): the top 3 run on its own RTX 4090 with nothing rented, no API among them, and the answer says why and what it assumes", () => {
    const { req, top, text } = firstShortlist(catalog, MONTREAL_LAW_CLINIC);
    expect(req.noCashBudget).toBe(true);
    expect(req.monthlyBudgetUsd).toBeUndefined();
    expect(text).toContain(SAID_BACK);
    expect(top).toHaveLength(3);
    for (const m of top) {
      expect(m.costBasis, m.id).toBe("self-host");
      expect(text, m.id).toMatch(
        new RegExp(`- \\*\\*${m.name}\\*\\* self-hosted[^\\n]*?: 1× NVIDIA GeForce RTX 4090 [^\\n]*?, all yours at`),
      );
    }
    expect(text).toContain("No cash budget:");
    expect(text).toContain("what you would actually pay is the electricity");
    expect(text).toContain("OUR assumption: your own people run it");
    // The contracted on-call note would contradict it: the clinic's own people are the ops.
    expect(text).not.toContain("No ops staff:");
  });

  it("Ghent hospital ('no budget for API fees, only electricity', 4 owned A100 80GB): said back, and its picks run on its own cards", () => {
    const { req, top, text } = firstShortlist(catalog, GHENT_HOSPITAL_LETTERS);
    expect(req.noCashBudget).toBe(true);
    expect(text).toContain(SAID_BACK);
    for (const m of top)
      expect(text, m.id).toMatch(new RegExp(`- \\*\\*${m.name}\\*\\* self-hosted[^\\n]*?, all yours at`));
    expect(text).toMatch(
      /No cash budget:\*\* only what runs on hardware you own\. .* run on your 4× A100 80GB with no GPU rented or bought/,
    );
  });

  it("no owned hardware stated: a shortlist still comes (no $0 cap), and the answer says nothing is free and asks what hardware the team has", () => {
    const c = chat(catalog);
    const reply = c.say(
      "we have literally no budget ($0). which model should we use to summarise case notes? about 300 cases a month, 6k tokens in and 800 out each",
    );
    const text = textOf(reply);
    expect(c.session.requirements.noCashBudget).toBe(true);
    expect(text).toContain("Shortlist: summarisation");
    // Said back, and no longer among the things assumed unsaid.
    expect(text).not.toMatch(/Assumed:\*\* nothing about [^\n]*monthly budget/);
    expect(text).toContain("nothing here is free to run");
    expect(text).toContain("What hardware do you already own");
  });

  it("'no budget cap' is no limit on spend: no cash note, and the owned card does not decide the order", () => {
    const c = chat(catalog);
    const text = textOf(
      c.say(
        "no budget cap. we own one rtx 4090. which model should we use to summarise case notes? about 300 cases a month, 6k tokens in and 800 out each",
      ),
    );
    expect(c.session.requirements.noCashBudget).toBeUndefined();
    expect(text).not.toContain("no cash budget");
    expect(text).not.toContain("No cash budget:");
  });
});
