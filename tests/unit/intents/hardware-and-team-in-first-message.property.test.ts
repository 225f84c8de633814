// The hardware and the people a team lists in a long first message (tenth to twelfth try-out
// rounds): Montreal's 'we have literally no budget ($0), one volunteer developer, and a donated
// gaming PC with an RTX 4090 (24GB)' (no card, no ops reading), Ingolstadt's 'We don't have GPUs for
// this yet, hardware budget is about €2M' (no purchase, no capex), Lisbon's 'an RTX 3060 with 12 GB
// VRAM, and the game itself needs about 5 GB of that' (5 GB, not the 7 left), Atacama's 'rugged
// tablets / edge boxes with an NVIDIA Jetson AGX Orin 64GB' (said back as a phone app), Riyadh's
// 'we have two data scientists, no GPU operations experience' (2 users, no ops reading) and Buenos
// Aires' 'small startup in Buenos Aires, 6 people' (6 users).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const CARDS = [
  { said: "an RTX 4090", type: "rtx 4090", count: 1 },
  { said: "2x RTX 4090", type: "rtx 4090", count: 2 },
  { said: "4x NVIDIA A10", type: "a10", count: 4 },
  { said: "one L40S", type: "l40s", count: 1 },
  { said: "2 H100s", type: "h100", count: 2 },
];

describe("owned GPUs as one item of what the team lists", () => {
  const FIRST_ITEMS = [
    "literally no budget ($0)",
    "two interns",
    "one volunteer developer",
    "a small budget, a shared drive",
  ];
  const HOLDERS = ["a donated gaming PC with", "an old workstation with", "a server with", "a spare box with", ""];

  it("'we have X, Y, and <a machine with> N cards' owns the cards", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRST_ITEMS),
        fc.constantFrom(", and ", " and "),
        fc.constantFrom(...HOLDERS),
        fc.constantFrom(...CARDS),
        (first, joint, holder, card) => {
          const text = `we have ${first}${joint}${holder ? `${holder} ` : ""}${card.said}. which model for summarising case notes?`;
          expect(parseRequirements(text).ownedGpus, text).toEqual({ type: card.type, count: card.count });
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a card in another sentence, or rented, is not owned", () => {
    expect(parseRequirements("we have two interns. Rent an RTX 4090 maybe?").ownedGpus).toBeUndefined();
    expect(parseRequirements("we have two interns and 2 H100s rented at $2.10/hour").ownedGpus).toBeUndefined();
  });
});

describe("hardware still to buy, with what stands between the kit and 'yet'", () => {
  const SAID = [
    "We don't have GPUs for this yet",
    "we do not have any hardware for the project yet",
    "no GPUs for now so far",
    "We haven't got servers for it yet",
  ];
  const CAPEX = [
    { said: "hardware budget is about €2M", currency: "EUR", amount: 2_000_000 },
    { said: "the hardware budget is $250k", currency: "USD", amount: 250_000 },
  ];

  it("is hardware to buy, and a hardware budget beside it is its capex", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAID), fc.constantFrom(...CAPEX), (said, capex) => {
        const text = `${said}, ${capex.said}. Self-hosted coding assistant, which model?`;
        expect(parseRequirements(text).hardwareToBuy, text).toEqual({
          capex: { currency: capex.currency, amount: capex.amount },
        });
      }),
      { numRuns: 8 },
    );
  });
});

describe("device memory something else takes is not the model's", () => {
  const TAKERS = [
    "the game itself needs about",
    "the OS and our app use about",
    "our renderer takes",
    "the game engine reserves",
  ];
  const OF = ["of that", "of it", "of those"];

  it("what is left of the amount before is the device memory, and the size cap follows it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(8, 12, 16, 24),
        fc.constantFrom(2, 3, 5),
        fc.constantFrom(...TAKERS),
        fc.constantFrom(...OF),
        (total, taken, taker, of) => {
          const text = `it runs locally on the player's PC: min spec is ${total} GB VRAM, and ${taker} ${taken} GB ${of}. which model?`;
          const req = parseRequirements(text);
          expect(req.deviceMemoryGb, text).toBe(total - taken);
          expect(req.maxParamsB, text).toBe(Math.floor(((total - taken) * 0.75) / (5 / 8)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("two amounts with nothing taken keep the smaller (the minimum spec)", () => {
    expect(parseRequirements("runs on the user's laptop, 8 GB or 16 GB of RAM").deviceMemoryGb).toBe(8);
  });
});

describe("a tablet beside a board with more memory than a phone has is no phone app", () => {
  const BOARDS = ["an NVIDIA Jetson AGX Orin 64GB", "a Jetson AGX Orin with 32GB", "an edge computer with 64 GB"];
  it("not said back as a phone app; the board's memory sets the cap", () => {
    for (const board of BOARDS) {
      const text = `an assistant that runs on rugged tablets / edge boxes with ${board}, offline. which model?`;
      const req = parseRequirements(text);
      expect(req.onDevice, text).toBe(true);
      expect(req.device, text).toBeUndefined();
      expect(req.deviceMemoryGb, text).toBeGreaterThan(24);
    }
  });
  it("a tablet with a tablet's memory stays a phone-class device", () => {
    expect(parseRequirements("an app that runs offline on our tablets (8GB RAM)").device).toBe("phone");
  });
});

describe("who builds it is not who uses it, and one spare-time developer runs no GPUs", () => {
  const PLACES = ["Buenos Aires", "Lyon", "São Paulo", "the Bay Area"];
  const ORGS = ["small startup", "tiny agency", "studio"];
  it("'<organisation> in <place>, N people' is the team's size, never monthly users", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORGS), fc.constantFrom(...PLACES), fc.constantFrom(3, 6, 12), (org, place, n) => {
        const text = `hola! ${org} in ${place}, ${n} people. we draft ~2,000 contracts a month for our customers. which model?`;
        const req = parseRequirements(text);
        expect(req.teamSize, text).toBe(n);
        expect(req.monthlyActiveUsers, text).toBeUndefined();
      }),
      { numRuns: 36 },
    );
  });

  const BUILDERS = ["data scientists", "ML engineers", "backend developers"];
  it("'we have N data scientists' are the team, and no GPU operations experience is none", () => {
    for (const builders of BUILDERS)
      for (const n of ["two", "3"]) {
        const text = `we have ${n} ${builders}, no GPU operations experience. which model for a customer chat assistant?`;
        const req = parseRequirements(text);
        expect(req.monthlyActiveUsers, text).toBeUndefined();
        expect(req.mlOpsExperience, text).toBe("none");
      }
  });

  const LONE = [
    "one volunteer developer",
    "only a single part-time developer",
    "just one developer",
    "a part-time dev",
  ];
  it("a lone volunteer or part-time developer is no ML-ops experience", () => {
    for (const lone of LONE) {
      const text = `we're a tenants' legal clinic with ${lone}. which model for summarising intake memos?`;
      expect(parseRequirements(text).mlOpsExperience, text).toBe("none");
    }
  });
});
