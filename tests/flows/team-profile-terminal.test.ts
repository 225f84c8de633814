// The team profile through the real terminal adapter and turn runner: standing facts said once in
// one terminal conversation (`--session a`) are kept under the terminal profile, not the
// conversation, so another conversation (`--session b`) on the same store applies them to its
// licence answers, recommendations and self-hosting estimates, names them, and forgets them when
// told to.
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../adapters/console/index.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import { profileKey } from "../../adapters/shared/profile-store.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { createAdvisor } from "../../src/advisor.js";
import type { AnswerData } from "../../src/ports.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = AnswerData & Record<string, any>;

const store = createMemorySessionStore();
const advisor = createAdvisor({ catalog: readCatalog(), now: () => new Date("2026-12-04T09:00:00Z") });
const runner = createTurnRunner({ advisor, store, logger: silentLogger });

/** One terminal conversation: lines piped in, printed text and each turn's answer data out. */
async function terminal(session: string, lines: string[]): Promise<{ printed: string; data: Loose[] }> {
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
  const data: Loose[] = [];
  const adapter = createConsoleAdapter({
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    channel: session,
    runTurn: async (inbound) => {
      const outcome = await runner(inbound);
      data.push((outcome.replies.find((r) => r.data)?.data ?? { intent: "none" }) as Loose);
      return outcome;
    },
  });
  await adapter.run();
  return { printed, data };
}

describe("team profile in the terminal", () => {
  it("said once in one conversation, applied and named in another", async () => {
    const a = await terminal("a", [
      "remember: we're an EU company, we handle patient data, ~2M monthly users, no ops staff",
    ]);
    expect(a.data[0]).toMatchObject({ intent: "profile", changed: true });
    expect(a.printed).toContain(
      "Saved to your team profile: EU, regulated data (medical), ~2M monthly users, no ops staff",
    );
    expect(await store.get(profileKey({ platform: "console", channel: "a" }))).toBeDefined();

    const b = await terminal("b", [
      "can we use Llama 3.2 11B Vision?",
      "recommend a model for a support chatbot",
      "what would it cost to self-host Llama 3.3 70B at 1B tokens a month?",
      "profile",
    ]);
    const [licence, shortlist, selfHost, shown] = b.data;
    // Licence: the EU fact blocks the multimodal Llama 3.2 model, and the answer says where it came from.
    expect(licence).toMatchObject({ intent: "license", profileUsed: expect.arrayContaining(["EU"]) });
    expect(licence!.verdicts[0]).toMatchObject({ modelId: "llama-3.2-11b-vision", verdict: "blocked" });
    expect(b.printed).toMatch(/Using your team profile: EU, regulated data \(medical\), ~2M monthly users/);
    // Recommendation: ranked with the profile's requirements, without asking for them again.
    expect(shortlist).toMatchObject({
      intent: "recommend",
      profileUsed: ["EU", "regulated data (medical)", "~2M monthly users", "no ops staff"],
    });
    expect(shortlist!.requirements).toMatchObject({
      inEu: true,
      dataSensitivity: "regulated",
      mlOpsExperience: "none",
    });
    // Self-hosting: no ops staff means the contracted on-call penalty and the managed route.
    expect(selfHost).toMatchObject({ intent: "cost", profileUsed: ["no ops staff"] });
    // Twice an experienced team's time on what is run: (0.05 + 0.025 per GPU of the node) × 2.
    const { gpus, opsFte } = selfHost!.selfHost as { gpus: number; opsFte: number };
    expect(selfHost!.selfHost).toMatchObject({ opsCapacity: "none" });
    expect(opsFte).toBeCloseTo((0.05 + 0.025 * Math.min(8, gpus)) * 2, 9);
    expect(b.printed).toMatch(/No ops staff:\*?\*? the managed route is Llama 3\.3 70B as a hosted endpoint/);
    expect(shown).toMatchObject({
      intent: "profile",
      labels: ["EU", "regulated data (medical)", "~2M monthly users", "no ops staff"],
    });
  });

  it("'forget the EU part' reaches the other conversation; 'clear our profile' empties it", async () => {
    await terminal("a", ["forget the EU part"]);
    const b = await terminal("b", ["can we use Llama 3.2 11B Vision?"]);
    expect(b.data[0]!.verdicts[0].verdict).not.toBe("blocked");
    expect(b.data[0]!.profileUsed).not.toContain("EU");

    const cleared = await terminal("a", ["clear our profile"]);
    expect(cleared.printed).toMatch(/Cleared your team profile/);
    expect(await store.get(profileKey({ platform: "console", channel: "a" }))).toBeUndefined();
    const after = await terminal("b", ["can we use Llama 3.2 11B Vision?"]);
    expect(after.data[0]!.profileUsed).toBeUndefined();
    expect(after.printed).not.toMatch(/team profile/);
  });
});
