// A second tryout round, eight teams none of the other tryout files has: an insurer's claims team
// in Munich, a two-person real-estate writing startup with $300 a month, a university lab that
// publishes fine-tuned weights, a contact centre in Spanish and Portuguese that owns A100s, an
// air-gapped defence contractor with 4 L40S, an on-device keyboard app, a South-East Asian
// marketplace on Vertex, and a pharmacovigilance team with PHI on Azure. What an ML lead checks
// is turned into properties: a word for the data is not a model, a size the catalogue lacks is
// never answered with another size, every self-hosted figure recomputes from the line shown
// (owned GPUs included), and a what-if written the way people type it is understood. Findings
// in other areas that are still open are the todos at the end (also in /work/COORD.md).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { findModelMentions } from "../../src/catalog/mentions.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, shortlistThrough } from "../flows/recommend-scenarios-checks.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { volume } from "../unit/scoring/scoring-fixture.js";
import { expectCostsWorkedOut } from "./cost-working-checks.js";

const catalog = readCatalog();
const models = [...catalog.modelById.values()];

describe("a word for the data is not a model", () => {
  it("pharmacovigilance team: 'PHI is involved so HIPAA applies' is regulated data, not Microsoft's Phi", () => {
    const c = chat(catalog);
    const reply = c.say(
      "pharma co (US), pharmacovigilance team. we extract adverse events from case reports + doctor notes, PHI is involved so HIPAA applies, need a BAA. about 8k reports/day. we are on azure. accuracy >> cost",
    );
    const text = textOf(reply);
    expect(text).not.toMatch(/Which model\?|matches several models/);
    expect(c.session.requirements).toMatchObject({ dataSensitivity: "regulated", needsBaa: true });
  });

  it("'can we use gpt-4o via azure openai with PHI?' is about GPT-4o alone", () => {
    const text = textOf(chat(catalog).say("can we use gpt-4o via azure openai with PHI?"));
    expect(text).toContain("GPT-4o");
    expect(text).not.toMatch(/Phi-\d/);
  });

  it("a Phi model named with its version, or the family asked about alone, is still the model", () => {
    expect(findModelMentions("is phi 4 ok for commercial use?", catalog).map((m) => m.resolution)).toEqual([
      { status: "found", id: "phi-4" },
    ]);
    expect(textOf(chat(catalog).say("is phi ok for commercial use?"))).toMatch(/Phi-\d/);
  });
});

/** Models whose name ends in a size ("Gemma 3 27B"): the stem before it and the size in billions. */
const SIZED = models.flatMap((m) => {
  const hit = /^(.*\S)\s+(\d+(?:\.\d+)?)B$/i.exec(m.name);
  return hit ? [{ stem: hit[1]!, size: Number(hit[2]) }] : [];
});
const TRIED_SIZES = [0.5, 1, 2, 3, 4, 7, 9, 13, 20, 40, 100, 300];
/** Every (stem, size) where no model whose name starts with the stem is within 1.5× of the size. */
const ABSENT = [...new Set(SIZED.map((s) => s.stem))].flatMap((stem) => {
  const family = models.filter((m) => m.name.toLowerCase().startsWith(stem.toLowerCase()));
  const totals = family.flatMap((m) => (m.parameters ? [m.parameters.totalB] : []));
  return TRIED_SIZES.filter((size) => totals.every((t) => Math.max(t, size) / Math.min(t, size) > 1.5)).map((size) => ({
    stem,
    size,
  }));
});

describe("a size the catalogue lacks is never answered with another size", () => {
  it("covers many families and sizes", () => expect(ABSENT.length).toBeGreaterThan(100));

  it("no '<family> <size>b' the catalogue lacks resolves to, or asks between, models of another size", () => {
    const wrong: string[] = [];
    for (const { stem, size } of ABSENT) {
      const query = `is ${stem.toLowerCase()} ${size}b licence ok for us?`;
      for (const m of findModelMentions(query, catalog)) {
        const r = m.resolution;
        const ids = r.status === "found" ? [r.id] : r.status === "ambiguous" ? r.candidates : [];
        const other = ids.filter((id) => {
          const total = catalog.modelById.get(id)?.parameters?.totalB;
          return total === undefined || Math.max(total, size) / Math.min(total, size) > 1.5;
        });
        if (other.length > 0) wrong.push(`${query} -> ${other.join(", ")}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Gemma 3 1B is on file since round 17 (Google's card); a Gemma 3 size Google never made is not.
  it("keyboard app: 'is gemma 3 1b licence ok?' is Gemma 3 1B's verdict; 'gemma 3 2b' is unknown and offers the sizes on file", () => {
    const held = textOf(chat(catalog).say("is gemma 3 1b licence ok for shipping inside an app to 40M users?"));
    expect(held).toMatch(/Allowed with conditions:\*?\*? Gemma 3 1B/);
    const reply = chat(catalog).say("is gemma 3 2b licence ok for shipping inside an app to 40M users?");
    const text = textOf(reply);
    // Says which size of which line it lacks, not another size's verdict.
    expect(text).toMatch(/no 2B Gemma 3 model/);
    expect(text).not.toMatch(/Allowed|Blocked/);
    // The near names offered (as choices) are the Gemma 3 sizes the catalogue has.
    expect(JSON.stringify(reply.blocks)).toContain("Gemma 3 4B");
  });
});

/** Teams that own GPUs: every self-hosted cost line shows the rate each GPU is charged at. */
const OWNERS: { team: string; req: Requirements }[] = [
  {
    team: "air-gapped defence contractor: RAG over manuals on its 4 L40S, no Chinese labs",
    req: {
      useCase: "rag",
      dataSensitivity: "regulated",
      deployment: "on-prem",
      volume: volume(15_000_000),
      monthlyActiveUsers: 300,
      ownedGpus: { type: "L40S", count: 4 },
      exclude: { countries: ["CN"] },
      fieldOfUse: "military",
      commercial: true,
    },
  },
  {
    team: "contact centre: call summaries on 8 owned A100s, 30B tokens a month (more GPUs than it owns)",
    req: {
      useCase: "summarization",
      deployment: "on-prem",
      volume: volume(30_000_000_000),
      ownedGpus: { type: "A100 80GB", count: 8 },
      languages: ["es", "pt"],
      mlOpsExperience: "strong",
      commercial: true,
    },
  },
];

describe("owned GPUs: every self-hosted figure recomputes from the line shown", () => {
  it.each(OWNERS)("$team", ({ req }) => {
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    const text = textOf(reply);
    expectCostsWorkedOut(rows.slice(0, 3), text);
    for (const r of rows.slice(0, 3).filter((row) => row.costBasis === "self-host")) {
      const line = text.split("\n").find((l) => l.startsWith(`- **${r.name}** self-hosted`));
      // The rental price is never shown as the rate of GPUs the team already owns.
      expect(line, r.id).toMatch(/yours at \$[\d.]+\/GPU-hour/);
    }
  });

  it("a fleet bigger than the GPUs owned splits into the owned ones and the rest, bought on premises (never rented)", () => {
    const text = textOf(shortlistThrough(catalog, OWNERS[1]!.req));
    expect(text).toMatch(
      /, 8 yours at \$[\d.]+\/GPU-hour \([^)]*\), \d+ more bought at the same rate \(on premises nothing is rented\)/,
    );
    expect(text).not.toMatch(/rented at \$/);
  });
});

describe("what-ifs as people type them", () => {
  it("'what if we self host instead' (two words) moves the thread to self-hosting", () => {
    const c = chat(catalog);
    c.say("recommend a chat model, 50M tokens a month");
    expect(c.session.requirements.deployment).toBeUndefined();
    const text = textOf(c.say("what if we self host instead"));
    expect(text).not.toContain("couldn't tell which requirement");
    expect(c.session.requirements.deployment).toBe("own-cloud");
  });
});

describe("answers read the way a lead reads them", () => {
  it("university lab: a licence list past its line limit still names every group's models, blocked ones included", () => {
    const reply = chat(catalog).say(
      "we're a uni NLP lab (TU Delft), want to fine-tune a ~7B model on Dutch clinical-ish text and publish the fine-tuned weights on huggingface under a permissive licence. which base models let us do that?",
    );
    const groups = reply.blocks.flatMap((b) =>
      b.kind === "text"
        ? [...b.markdown.matchAll(/^\*\*(Allowed|Allowed with conditions|Blocked) \((\d+)\)\*\*\n(.*)/gms)]
        : [],
    );
    expect(groups.length).toBeGreaterThanOrEqual(2);
    // No heading stands alone: each counted group is followed by its lines or its names.
    for (const [, level, , body] of groups) expect(body?.trim(), level).not.toBe("");
  });

  it("e-commerce team: two models at the same price per token are said to cost the same, not '1× as much'", () => {
    const text = textOf(chat(catalog).say("gpt-4.1 nano vs gemini 2.5 flash-lite"));
    expect(text).not.toMatch(/\b1× as much/);
    expect(text).toMatch(/cost the same per token|costs [\d.]+× as much/);
  });

  it("pharma team on Azure: the cloud account is said as its users write it", () => {
    const text = textOf(chat(catalog).say("recommend a model for extraction, we are on azure"));
    expect(text).toContain("through your Azure account");
  });
});

describe("found in this round and fixed by their areas", () => {
  it("insurer in Munich: quality notes name the stated languages, never their codes", () => {
    const text = textOf(
      chat(catalog).say(
        "claims team at an insurer in Munich: summaries of claim letters, German and sometimes Turkish, 90k claims a month of 3k tokens, health info, data stays in the EU",
      ),
    );
    expect(text).toContain("Turkish");
    expect(text).not.toMatch(/\b(German|Turkish), (de|tr)\b|\bor tr\b/);
  });

  it("pharma team on Azure with PHI: GPT-4.1 on Azure is not ruled out for want of a BAA", () => {
    const c = chat(catalog);
    c.say(
      "pharma, adverse-event extraction from case reports, PHI so HIPAA applies and we need a BAA, we are on azure",
    );
    expect(textOf(c.say("why not gpt-4.1?"))).not.toMatch(/GPT-4\.1: not known to be covered by a HIPAA BAA/);
  });
});

describe("counts of things × tokens each, as teams write them", () => {
  const tokens = (c: ReturnType<typeof chat>) => {
    const v = c.session.requirements.volume;
    return { input: v?.inputTokensPerMonth, output: v?.outputTokensPerMonth };
  };

  it("real-estate startup: 5,000 users × 20 listings × (400 in + 600 out) is 100M a month, said back with its working", () => {
    const c = chat(catalog);
    const text = textOf(
      c.say(
        "two of us, real-estate listing writer. 5000 users at launch, each generates ~20 listings/mo, a listing is like 400 tokens in 600 out. budget $300/month",
      ),
    );
    expect(tokens(c)).toEqual({ input: 40_000_000, output: 60_000_000 });
    expect(text).toContain("100M tokens/month = 5,000 users × 20 listings a month");
  });

  it("contact centre: '~20M calls/month … 1,500 tokens transcript, 200 token summary' is 34B split 1500:200", () => {
    const c = chat(catalog);
    c.say(
      "contact centre, spanish and portuguese, which model writes call notes? ~20M calls/month, avg 1,500 tokens transcript, 200 token summary",
    );
    expect(tokens(c)).toEqual({ input: 30_000_000_000, output: 4_000_000_000 });
  });

  it("pharmacovigilance: '8k reports/day, ~2k tokens each, json output ~300 tokens' is 8,000 × 30 days × 2,300 tokens", () => {
    const c = chat(catalog);
    const text = textOf(
      c.say(
        "which model for adverse-event extraction? 8k reports/day, ~2k tokens each, json output ~300 tokens, we are on azure",
      ),
    );
    expect(tokens(c)).toEqual({ input: 8000 * 30 * 2000, output: 8000 * 30 * 300 });
    expect(text).toContain("8,000 reports a day × 30 days");
  });

  it("'what if we only do 5M calls' rescales the thread's volume at its tokens per call", () => {
    const c = chat(catalog);
    c.say("which model writes call notes? ~20M calls/month, avg 1,500 tokens transcript, 200 token summary");
    const text = textOf(c.say("what if we only do 5M calls"));
    expect(text).not.toMatch(/couldn't tell/);
    expect(tokens(c)).toEqual({ input: 7_500_000_000, output: 1_000_000_000 });
  });
});

describe("second tryout round: constraints said in passing are kept", () => {
  it("'we have our own k8s with 16 A100 80GB already' is 16 owned A100 80GB, and the self-hosted figures use them", () => {
    const text = textOf(
      chat(catalog).say(
        "we have our own k8s with 16 A100 80GB already, we want to self-host a chat assistant, about 200M tokens a month",
      ),
    );
    expect(text).toMatch(/you own 16 a100 80gb/i);
    expect(text).toMatch(/A100 80GB[^\n]*all yours/);
  });

  it("'no gpus, no infra ppl' is no ML-ops experience, and it weighs operations load up", () => {
    const text = textOf(
      chat(catalog).say("need a chat model for our support widget, 20M tokens a month, no gpus, no infra ppl"),
    );
    expect(text).toMatch(/ML-ops experience: none/);
    expect(text).toMatch(/operations load ×2 \(no ML-ops experience\)/);
  });
});

// Found in the second tryout round and fixed since, with their tests elsewhere: a recommendation
// asked again keeps the thread's facts (tests/flows/recommend-asked-again.test.ts); "and on
// Vertex?" prices the model in focus on that host (tests/unit/intents/host-questions.test.ts and
// the three-surface transcripts in tests/helpers/conversation-transcripts.ts).
describe("second tryout round: what a first message says about the weights", () => {
  it("an on-device app 'shipping inside an app' gets each licence's distribution duties, without a must-redistribute need", () => {
    const c = chat(catalog);
    const reply = c.say(
      "keyboard app, on-device next-word suggestions for phones, 40M users, which model? chat, open weights",
    );
    expect(c.session.requirements).toMatchObject({ onDevice: true });
    expect(c.session.requirements.redistributeWeights).toBeUndefined();
    expect(textOf(reply)).not.toContain("you ship the weights");
    // Each of the top 3 open models is handed to every phone that installs the app: its licence
    // verdict names a duty of whoever distributes it (a permissive licence's included).
    const top = (reply.data?.ranking as { name: string }[]).slice(0, 3);
    expect(top.length).toBe(3);
    const lines = reply.fallbackText.split("\n");
    for (const { name } of top) {
      const verdict = lines.find((l) => l.startsWith(`- ${name} (`));
      expect(verdict, name).toMatch(/Duty: [^\n]*(recipients|distribut)/i);
    }

    const licence = textOf(chat(catalog).say("is gemma 3 4b licence ok for shipping inside an app to 40M users?"));
    expect(licence).toMatch(/What you told me:[^\n]*distributing weights/);
    expect(licence).toMatch(/Pass the terms on to recipients/);
  });

  it("'we want to fine-tune a model and publish the weights… which base models?' starts a recommendation, not a what-if", () => {
    const c = chat(catalog);
    const reply = c.say("we want to fine-tune a model and publish the weights, which base models?");
    expect(reply.data?.intent).toBe("recommend");
    expect(textOf(reply)).not.toMatch(/What if/);
    expect(c.session.requirements).toMatchObject({ fineTuning: true, redistributeWeights: true });
  });
});
