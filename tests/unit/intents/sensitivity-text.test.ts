import { describe, expect, it } from "vitest";
import { readSensitivity, replacesSensitivity, sensitivityIn } from "../../../src/intents/sensitivity-text.js";

const read = (t: string) => sensitivityIn(t, t);

describe("sensitivityIn: data sensitivity from the words for the data or the team", () => {
  it.each([
    ["it's all public marketing copy", "public"],
    ["public wikipedia text", "public"],
    ["rag over 10k internal pdfs", "internal"],
    ["summaries of board minutes", "internal"],
    ["our data is internal stuff", "internal"],
    ["we're a bank, extraction from loan docs", "regulated"],
    ["credit union here", "regulated"],
    ["we handle card payments data", "regulated"],
    ["internal only, but it's patient notes", "regulated"],
    ["we handle PHI".toLowerCase(), "regulated"],
    ["hipaa-covered clinic", "regulated"],
    ["what if the data were only internal?", "internal"],
  ] as const)("%s -> %s", (text, level) => {
    expect(read(text)).toBe(level);
  });

  it.each([
    "agents that call our internal apis",
    "an internal tool for drafting release notes",
    "can we offer phi 4 through our public api",
    "we work in the public sector",
    "fintech assistant that moves money",
  ])("names no level: %s", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it("'nothing sensitive' (blanked as a negation) is public", () => {
    expect(sensitivityIn("                  in it", "nothing sensitive in it")).toBe("public");
  });

  it("a negated level is not read ('nothing regulated')", () => {
    expect(sensitivityIn("                 , support chatbot", "nothing regulated, support chatbot")).toBeUndefined();
  });

  it("a kind of data is a floor in a thread; a level said outright replaces the one before", () => {
    const kind = readSensitivity("our source code never leaves", "our source code never leaves")!;
    expect(kind).toEqual({ level: "internal", named: false });
    expect(replacesSensitivity(kind, "regulated")).toBe(false);
    expect(replacesSensitivity(kind, "public")).toBe(true);
    expect(replacesSensitivity(kind, undefined)).toBe(true);
    const said = readSensitivity("the data is only internal", "the data is only internal")!;
    expect(said).toEqual({ level: "internal", named: true });
    expect(replacesSensitivity(said, "regulated")).toBe(true);
  });

  it.each([
    "very sensitive data (asylum cases)",
    "we help immigration lawyers with their case files",
    "probation officers' case notes",
    "criminal records checks for employers",
    "biometric data from our door scanners",
    "a helpline for asylum seekers",
  ])("special-category personal data is regulated: %s", (text) => {
    expect(read(text)).toBe("regulated");
  });
});
