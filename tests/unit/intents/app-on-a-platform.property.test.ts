// An app ON a platform is not a model ON the device (thirteenth round): the indie meal app's 'a
// meal-planning app on iOS and Android … we want to pay per use, no servers to run' and 'It's for
// our Android app; we'd use a hosted API.' were read as on-device (a 4B cap, $0 a month), and the
// Mumbai insurer's 'photos taken on a phone' as a phone app. The model runs on the device only when
// the words say so: offline, on-device, "runs on the phone", the model shipped inside the app.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const PLATFORMS = [
  "iOS and Android",
  "Android",
  "iOS",
  "iPhone",
  "mobile",
  "iOS, Android and the web",
  "Android tablets",
];
const APPS = ["a meal-planning app", "our app", "a free app", "an app", "our budgeting application"];
const API_WORDS = [
  "we want to pay per use, no servers to run",
  "we'd use a hosted API",
  "pay-as-you-go pricing is what we want",
  "any hosted API is fine",
  "it calls a managed API",
];

describe("an app on a platform calls the model", () => {
  it("'<app> on <platform>' with an API said is an API, never on-device", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...APPS),
        fc.constantFrom(...PLATFORMS),
        fc.constantFrom(...API_WORDS),
        (app, platform, api) => {
          const text = `we're a two-person team with ${app} on ${platform}. ${api}. which model?`;
          const req = parseRequirements(text);
          expect(req.onDevice, text).toBeUndefined();
          expect(req.deployment, text).toBe("any-api");
        },
      ),
      { numRuns: 80 },
    );
  });

  it("'it's for our <platform> app' and '<app> runs on <platform>' name where the app is", () => {
    for (const platform of ["Android", "iOS", "iPhone"])
      for (const text of [
        `It's for our ${platform} app; we'd use a hosted API.`,
        `our ${platform} app, any API is fine`,
      ]) {
        const req = parseRequirements(text);
        expect(req.onDevice, text).toBeUndefined();
        expect(req.deployment, text).toBe("any-api");
      }
    for (const text of ["our app runs on Android and iOS", "the app is available on iOS"])
      expect(parseRequirements(text).onDevice, text).toBeUndefined();
  });
});

describe("the model runs on the device when the words say so", () => {
  it("offline, on-device, 'runs on the phone', the model inside the app: on the device", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Android", "iOS", "iPhone", "mobile"),
        fc.constantFrom(
          "our {p} app must work offline",
          "an {p} app that works fully offline",
          "the model runs on the phone inside our {p} app",
          "we ship the model inside our {p} app",
          "on-device model for our {p} app",
          "the weights are bundled in the {p} app",
        ),
        (platform, form) => {
          const text = form.replace("{p}", platform);
          expect(parseRequirements(text).onDevice, text).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

// The fourteenth round's Bogotá team, in English: 'a voice agent that answers billing questions on
// the phone' was 'runs on-device · runs on phones' (Gemma 3 4B at $0 for 10.8B tokens a month).
describe("talk done on the phone is a call to the team's servers, not a model on a phone", () => {
  it("'<answers|talks|handles …> … on the phone' is no device; 'runs on the phone' still is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "answers billing questions",
          "talks to customers",
          "handles calls from members",
          "replies to callers",
          "takes questions",
        ),
        fc.constantFrom("a voice agent that", "our assistant", "the bot"),
        (talk, who) => {
          const text = `${who} ${talk} on the phone. which model?`;
          expect(parseRequirements(text).onDevice, text).toBeUndefined();
        },
      ),
      { numRuns: 30 },
    );
    for (const text of [
      "the assistant helps farmers and runs on the phone",
      "the assistant has to run on the phone itself, offline, no server",
    ])
      expect(parseRequirements(text).onDevice, text).toBe(true);
  });
});

describe("input made on a device is what the model reads, not where it runs", () => {
  it("'photos taken on a phone', 'receipts scanned with their phones': image input, not on-device", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "photos taken on a phone",
          "pictures snapped on their phones",
          "photos captured with a mobile",
          "images shot on their own smartphones",
        ),
        fc.constantFrom("hospital bills", "delivery notes", "receipts", "meter readings"),
        (photos, things) => {
          const text = `we read ${things} (scanned PDFs, often ${photos}) and extract the key fields. which model?`;
          const req = parseRequirements(text);
          expect(req.onDevice, text).toBeUndefined();
          expect(req.imageInput, text).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
    expect(parseRequirements("notes typed on a laptop by our field staff, we summarise them").onDevice).toBeUndefined();
  });
});
