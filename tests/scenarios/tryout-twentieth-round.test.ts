// The twentieth tryout round's findings that hold now, asserted as properties an ML lead checks. The
// round's messages were not kept in a teams file; KRAKOW_GAMES_STUDIO is the Kraków studio's first
// message rewritten from the facts the round recorded (tryout-twentieth-round-open.test.ts header).
// Still open: tryout-twentieth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

const KRAKOW_GAMES_STUDIO =
  "We're a 45-person games studio in Krakow. We want NPC dialogue generated offline on the player's PC or Steam Deck, in English and Polish. The model must be under 4 GB and reply within a second. We ship the weights in the game, about 2 million players.";

describe("twentieth tryout round: the teams' follow-ups", () => {
  it("Kraków games studio: 'does qwen3 4b licence let us fine-tune and ship it?' answers on Qwen3 4B's own licence, fine-tuning and shipping each judged", () => {
    const c = chat(catalog);
    c.say(KRAKOW_GAMES_STUDIO);
    const reply = c.say("does qwen3 4b licence let us fine-tune and ship it?");
    const text = textOf(reply);
    expect(text).not.toMatch(/don't know a model/);
    expect(text).toMatch(/Qwen3 4B/);
    expect(text).toMatch(/Fine-tuning Qwen3 4B is (allowed|not allowed|allowed with conditions)/);
    expect(text).toMatch(/Distributing Qwen3 4B or its derivatives is (allowed|not allowed|allowed with conditions)/);
    // The team's own facts are carried into the verdict: it ships weights to 2M players.
    expect(text).toMatch(/distributing weights or derivatives/);
  });
});
