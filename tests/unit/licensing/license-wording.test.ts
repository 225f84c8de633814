// Wording of licence answers on the real catalogue: sibling notes name the group they come from,
// and an unverified licence says why without an empty quote section.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenseHandler } from "../../../src/answers/license.js";
import { clauseTopicSchema } from "../../../src/catalog/schema.js";
import { pickClauses } from "../../../src/licensing/verdict.js";
import type { LicenseTopic } from "../../../src/licensing/topic.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { renderPlainText } from "../../../src/render/plain-text.js";
import { ctxFor } from "../answers/helpers.js";

const catalog = readCatalog();
const now = new Date("2026-12-04T10:00:00Z");

function answer(modelIds: string[], facts: TeamFacts, topic: LicenseTopic | null): string {
  const ctx = ctxFor(catalog, now);
  const reply = licenseHandler({ kind: "license", modelIds, facts, topic, openOnly: false }, ctx).replies[0]!;
  return renderPlainText(reply).chunks.join("\n");
}

describe("licence answer wording", () => {
  it("does not list a newer family under 'Other <older family> models'", () => {
    const text = answer(["gemma-3-27b"], { commercial: true }, null);
    expect(text).toMatch(/Other Gemma models use different licences: Gemma 4/);
    expect(text).not.toMatch(/Other Gemma 3 models/);
    // Same name stem: the narrower label is right (Qwen2.5 sizes under other licences).
    expect(answer(["qwen2.5-7b"], { commercial: true }, null)).toMatch(/Other Qwen2\.5 models use different licences/);
  });

  it("says a licence known only from third parties' reports is unverified, and marks their quotes secondary", () => {
    // Kimi K2.6's licence: no Moonshot text read, a third party's summary of the card quoted.
    const text = answer(["kimi-k2.6"], {}, "which-license");
    expect(text).toMatch(/unverified: only secondary sources were found/);
    expect(text).toMatch(/The licence says\n- "[^"]+" \(shilu\.ai[^)]*secondary source\)/);
    expect(text).not.toMatch(/we hold no text of this licence/);
    // GLM-4.6's: nothing read at all, and the answer says so instead of quoting GLM-5's card.
    const glm = answer(["glm-4.6"], {}, "which-license");
    expect(glm).toMatch(/unverified: we hold no text of this licence to quote/);
    expect(glm).not.toMatch(/The licence says/);
    // The closing line points at quotes it follows, never at ones it precedes.
    const kimi = answer(["kimi-k2"], { commercial: true }, null);
    expect(kimi).toMatch(/licence texts quoted above/);
    expect(kimi.indexOf("The licence says")).toBeLessThan(kimi.indexOf("quoted above"));
  });

  it("quotes the lab's own licence text for licences it settles", () => {
    const kimi = answer(["kimi-k2"], {}, "which-license");
    expect(kimi).toMatch(/Modified MIT/);
    expect(kimi).toMatch(/MoonshotAI\/Kimi-K2/);
    expect(kimi).not.toMatch(/unverified/);
    const glm = catalog.licenseById.get(catalog.modelById.get("glm-4.5")!.licenseId)!;
    expect([glm.spdx, glm.verified]).toEqual(["MIT", true]);
  });

  it("quotes the asked size's own line first when one licence record covers several sizes", () => {
    // Qwen2.5's Apache record quotes a row of Qwen's model table per size.
    const first = (text: string) => text.split("The licence says\n")[1]?.split("\n")[0] ?? "";
    expect(first(answer(["qwen2.5-7b"], { commercial: true }, null))).toMatch(/\| Qwen2\.5-7B \|.*Apache 2\.0/);
    // "Which licence?" leads with the general lines, then the size's own row among its topic's quotes.
    const quotes = answer(["qwen2.5-14b"], {}, "which-license").split("The licence says\n")[1] ?? "";
    expect(quotes).toMatch(/\| Qwen2\.5-14B \|.*Apache 2\.0/);
    expect(quotes).not.toMatch(/\| Qwen2\.5-0\.5B \|/);
    // Over the catalogue and every topic: a quote naming the model leads its topic's quotes.
    const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, "");
    for (const m of models) {
      const license = catalog.licenseById.get(m.licenseId)!;
      for (const topic of clauseTopicSchema.options) {
        const picked = pickClauses(license, [topic], m);
        const naming = picked.filter((c) => squash(c.quote).includes(squash(m.name)));
        if (naming.length > 0) expect(picked.slice(0, naming.length), `${m.id} ${topic}`).toEqual(naming);
      }
    }
  });

  it("says a quote that names the lab's page but was checked only in copies of it was not read there", () => {
    // Gemma's terms: quoted with Google's address, checked in repositories that ship the text.
    const gemma = answer(["gemma-3-27b"], { commercial: true, fineTune: true, distributeWeights: true }, null);
    expect(gemma).toMatch(
      /\(ai\.google\.dev\/gemma\/terms, checked [\d-]+, secondary: checked in copies, not at this address\)/,
    );
    // A page that is itself the third party's (a deployment guide) is simply a secondary source.
    expect(answer(["kimi-k2.7-code"], {}, "which-license")).toMatch(
      /docs\.sglang\.io\/[^,]+, checked [\d-]+, secondary source\)/,
    );
  });

  // The two wording bugs as classes, over every model of the catalogue rather than one example each.
  const models = catalog.models.filter((m) => m.kind === "model");

  it("names every sibling under a group its name belongs to, for every model", () => {
    for (const m of models) {
      const text = answer([m.id], { commercial: true }, null);
      for (const [, group, list] of text.matchAll(/Other (.+?) models use different licences:\*{0,2} (.*)\./g)) {
        const names = list!.split("; ").flatMap((part) => part.split(": ")[0]!.split(", "));
        for (const name of names)
          expect(name.toLowerCase(), `${m.id}: "${name}" under "Other ${group} models"`).toContain(
            group!.toLowerCase(),
          );
      }
    }
  });

  it("never shows an empty quote section or claims secondary sources that are not there, for every model", () => {
    for (const m of models) {
      const license = catalog.licenseById.get(m.licenseId)!;
      const text = answer([m.id], {}, "which-license");
      const quotes = text.split("The licence says")[1];
      if (quotes !== undefined) expect(quotes, m.id).toMatch(/^\**\s*\n\s*[-•*]/);
      if (license.clauses.length === 0) {
        expect(text, m.id).not.toMatch(/only secondary sources/);
        expect(text, m.id).not.toMatch(/The licence says/);
      }
    }
  });
});
