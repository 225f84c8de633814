// A phone or tablet's memory is shared with its OS and the apps beside the team's own (thirteenth
// round: Perth's 'rugged Android tablets … (Samsung Galaxy Tab Active5, 6 GB RAM)' gave a 7B cap
// and 'what if the tablets have 8 GB RAM?' a 9B one, while a phone with no memory said is capped at
// 4B). Over generated phone-class teams, memories and what-ifs: the cap is what fits once the OS
// has its share, never above the phone cap, and every pick shown fits it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { DEVICE_CAPS, PHONE_OS_RESERVE_GB } from "../../src/scoring/team-filters.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
/** 4-bit weights with their quantisation scales: 5 GB for 8B (the laptop cap's basis). */
const GB_PER_B = 5 / 8;

const DEVICES = [
  "the rugged Android tablets our customers issue to workers (Samsung Galaxy Tab Active5, {gb} GB RAM)",
  "our Android phones ({gb}GB of RAM)",
  "iPads with {gb} GB of memory",
  "our tablets ({gb}GB RAM)",
];
const JOBS = [
  "It answers questions about safety procedures, English only, offline, and we ship the model inside our app.",
  "It summarises inspection notes offline for field staff; the model ships in our app, commercially.",
];

function teamMessage(device: string, job: string, gb: number): string {
  return `We make field-service software. The assistant has to run on-device on ${device.replace("{gb}", String(gb))}. ${job}`;
}

/** Billions of parameters whose 4-bit weights fit a phone-class device of `gb` once the OS has its share. */
const fitsOn = (gb: number) => ((gb - PHONE_OS_RESERVE_GB) * 0.75) / GB_PER_B;

interface Row {
  id: string;
}

function expectPicksFit(rows: Row[], cap: number, said: string) {
  for (const r of rows.slice(0, 3)) {
    const totalB = catalog.modelById.get(r.id)?.parameters?.totalB ?? Infinity;
    expect(totalB, `${said}: ${r.id}`).toBeLessThanOrEqual(cap);
  }
}

describe("a phone or tablet's stated memory caps the model size with the OS's share taken out", () => {
  it("the cap fits the memory left after the OS, never passes the phone cap, and every top-3 pick fits it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEVICES),
        fc.constantFrom(...JOBS),
        fc.constantFrom(4, 6, 8, 12, 16),
        (device, job, gb) => {
          const said = teamMessage(device, job, gb);
          const c = chat(catalog);
          const reply = c.say(said);
          const req = c.session.requirements;
          expect(req.device, said).toBe("phone");
          expect(req.deviceMemoryGb, said).toBe(gb);
          const cap = req.maxParamsB!;
          expect(cap, said).toBeLessThanOrEqual(DEVICE_CAPS.phone.maxB);
          expect(cap, said).toBeLessThanOrEqual(Math.max(1, fitsOn(gb)));
          expectPicksFit((reply.data as { ranking?: Row[] }).ranking ?? [], cap, said);
          // The answer says what the OS keeps and that more memory does not lift the phone cap.
          expect(textOf(reply), said).toMatch(
            new RegExp(`the OS and the apps beside yours keep about ${PHONE_OS_RESERVE_GB} GB`),
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  it("'what if the tablets have N GB RAM?' never raises the cap above the phone cap", () => {
    fc.assert(
      fc.property(fc.constantFrom(4, 6), fc.constantFrom(8, 12, 16), (gb, more) => {
        const c = chat(catalog);
        c.say(teamMessage(DEVICES[0]!, JOBS[0]!, gb));
        const said = `what if the tablets have ${more} GB RAM?`;
        const reply = c.say(said);
        const req = c.session.requirements;
        expect(req.deviceMemoryGb, said).toBe(more);
        expect(req.maxParamsB!, said).toBeLessThanOrEqual(DEVICE_CAPS.phone.maxB);
        expectPicksFit((reply.data as { ranking?: Row[] }).ranking ?? [], DEVICE_CAPS.phone.maxB, said);
      }),
      { numRuns: 6 },
    );
  });

  it("a latency target on a phone-class device is said to depend on the device's own chip, with the cap in force", () => {
    const c = chat(catalog);
    const text = textOf(
      c.say(
        `${teamMessage(DEVICES[0]!, JOBS[0]!, 6)} ~2,000 tokens in, ~200 out, and it must answer within about 5 seconds.`,
      ),
    );
    expect(text).toMatch(/measure your longest prompt on the slowest device you support/);
    expect(text).toMatch(new RegExp(`picks are kept at ${c.session.requirements.maxParamsB}B parameters or less`));
    expect(text).not.toMatch(/at peak load on the host you choose/);
  });
});
