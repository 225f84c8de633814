// Licence kinds a team rules out by what they say, not by name: "no MAU cap" rules out every
// licence whose grant ends above a number of monthly users, "no acceptable-use policy" every
// licence that binds a use policy. Checked against the licence records, so a new licence of
// either kind is covered without a word here.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const licenceOf = (id: string) => catalog.licenseById.get(catalog.modelById.get(id)!.licenseId)!;

describe("licence kinds ruled out", () => {
  it.each(["no MAU cap", "no user limits", "nothing with a monthly active user threshold"])(
    "%s: no pick's licence caps its users",
    (words) => {
      const c = chat(catalog);
      const reply = c.say(`open model for support chat, 20M tokens a month, ${words}. which model?`);
      const capped = catalog.licenses.filter((l) => l.terms.userThreshold !== null).map((l) => l.id);
      expect(capped.length).toBeGreaterThan(0);
      expect(c.session.requirements.exclude?.licenses?.slice().sort()).toEqual(capped.sort());
      const rows = rowsOf(reply);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(licenceOf(r.id).terms.userThreshold, r.id).toBeNull();
      expect(textOf(reply)).toMatch(/excluding licences with a monthly-user cap/);
    },
  );

  it("no acceptable-use policy: no pick's licence binds a use policy or forbidden fields", () => {
    const c = chat(catalog);
    const reply = c.say(
      "open model for coding, 20M tokens a month, licence with no acceptable-use policy. which model?",
    );
    const rows = rowsOf(reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const terms = licenceOf(r.id).terms;
      expect(terms.acceptableUsePolicy, r.id).toBeNull();
      expect(terms.fieldOfUseRestrictions, r.id).toEqual([]);
    }
  });
});
