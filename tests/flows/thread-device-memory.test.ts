// A new memory said in a thread about a device is a new size cap (sixth round: the games studio's
// "what if the model gets 6GB of vram" was read as "why not Llama 3.2 3B?"). However the memory is
// put, the cap is the largest model whose 4-bit weights fit in it, and the shortlist says it back.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { paramsForMemoryGb } from "../../src/intents/device-memory.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const GAME =
  "we're a games studio: NPC dialogue generated on the player's PC, the model has to run on-device within 4GB of VRAM, English only, commercial game on Steam. which model?";

const PHRASINGS = [
  (gb: number) => `what if the model gets ${gb}GB of vram`,
  (gb: number) => `what if min spec is ${gb}gb vram`,
  (gb: number) => `what if players have ${gb} GB of VRAM`,
  (gb: number) => `what if we target ${gb}GB GPUs instead`,
];

describe("a new device memory in an on-device thread", () => {
  for (const gb of [6, 8, 12])
    it.each(PHRASINGS.map((p) => [p(gb)]))("'%s' sets the size cap for that memory", (said) => {
      const c = chat(catalog);
      c.say(GAME);
      const reply = c.say(said);
      expect(reply.data?.intent).toBe("what-if");
      expect(c.session.requirements.deviceMemoryGb).toBe(gb);
      expect(c.session.requirements.maxParamsB).toBe(paramsForMemoryGb(gb));
      expect(textOf(reply)).toContain(`${gb} GB of device memory`);
      // Every pick shown fits the new cap.
      const ranking = (reply.data as { ranking?: { id: string }[] }).ranking ?? [];
      for (const m of ranking.slice(0, 3)) {
        const params = catalog.modelById.get(m.id)?.parameters?.totalB;
        if (params !== undefined) expect(params).toBeLessThanOrEqual(paramsForMemoryGb(gb));
      }
    });
});
