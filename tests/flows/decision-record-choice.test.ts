// A decision record asked for a named model ("ADR for going with Llama 3.3 70B on-prem") is the
// record of that choice: the model is named with where it stands, and the facts the request
// states are part of the record, even when no shortlist came before.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

describe("a decision record for a named choice", () => {
  it("names the chosen model with its rank, and keeps the request's facts", () => {
    const c = chat(catalog);
    c.say("ADR for going with llama 3.3 70b on-prem");
    const all = c.replies.map(textOf).join("\n");
    expect(all).toMatch(/## Decision\n- Chosen: \*\*Llama 3\.3 70B\*\*, ranked #\d+ of \d+/);
    expect(all).toMatch(/## Requirements\n- on-prem/);
  });

  it("a chosen model the requirements rule out says why", () => {
    const c = chat(catalog);
    c.say("open weights only, coding assistant");
    c.say("write a decision record for choosing claude sonnet 4.5");
    const all = c.replies.map(textOf).join("\n");
    expect(all).toMatch(/Chosen: \*\*Claude Sonnet 4\.5\*\*, although these requirements rule it out: /);
  });

  it("'write it up' after a shortlist names no choice of its own", () => {
    const c = chat(catalog);
    c.say("open weights only, coding assistant");
    c.say("write it up as an ADR");
    const all = c.replies.map(textOf).join("\n");
    expect(all).toContain("# Decision record");
    expect(all).not.toContain("## Decision\n");
  });
});
