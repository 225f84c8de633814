// A team that rules every API out (on premises, air-gapped, "we host the weights ourselves") runs
// its pick on its own infrastructure, whether or not it has said a volume yet: no API host's terms
// may score its data control or appear as where its data goes (scoring/data-control.ts). Round 27:
// a Finnish plant's #1 and #2 swapped on third-party hosts' retention terms while no volume was known,
// and its shortlist listed the hosts that stopped selling a pick it would run itself.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";
import { SELF_HOSTED, SELF_HOSTED_CONDITIONAL } from "../../src/scoring/data-control.js";

const catalog = readCatalog();

const NO_VOLUME_WEIGHTS_ONLY = [
  "We're a regional hospital group. Patient notes cannot leave our data centre, so everything runs on our own servers (we have 2 H100s). We want to summarise discharge notes.",
  "Air-gapped network, no external APIs at all, we host the weights ourselves: we need a coding assistant for our developers.",
  "Our law firm wants contract review; client documents must stay on-prem in our own server room.",
  "help me pick a model for an internal search assistant. no external APIs allowed, we run it on our own GPUs. regulated data.",
  "Our utility's control-room engineers need a Q&A assistant over internal procedures. The plant network is air-gapped, so open weights only and no cloud at all; our security office bans models from Chinese labs. We own one server with 4x NVIDIA L40S 48GB.",
];

describe("with no volume yet, a team that rules every API out", () => {
  it.each(NO_VOLUME_WEIGHTS_ONLY)("%s", (first) => {
    const c = chat(catalog);
    const reply = c.say(first);
    const top = rankingOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(catalog.modelById.get(row.id)?.openWeights, row.name).toBe(true);
      expect([SELF_HOSTED, SELF_HOSTED_CONDITIONAL], row.name).toContain(row.breakdown.dataControl);
    }
    expect(textOf(reply)).not.toMatch(/Where your data goes|no host chosen yet|No longer sold at these hosts/);
  });
});
