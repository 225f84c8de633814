// A negation whose object is the rest of a set keeps what it leaves out: "no data may leave AWS",
// "no API except Bedrock", "no cloud other than Azure", "nothing but Vertex AI" keep that cloud, and
// never rule it out (tryout round 26: an Iowa bank's "no data may leave AWS, so Bedrock is fine but no
// other API" was said back as "excluding hosts on AWS"). Generated over clouds × phrasings; an
// exception after a positive ("any lab except Meta", "anything but Google Cloud") still rules out.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const CLOUDS = [
  ["AWS", "Bedrock", "aws"],
  ["Azure", "Azure OpenAI", "azure"],
  ["GCP", "Vertex AI", "gcp"],
] as const;
const KEPT = [
  (cloud: string) => `No data may leave ${cloud}.`,
  (cloud: string) => `Data must never leave ${cloud}, so no other API.`,
  (cloud: string) => `nothing can leave ${cloud}`,
  (_: string, service: string) => `We can use no API except ${service}.`,
  (_: string, service: string) => `No provider other than ${service}.`,
  (cloud: string) => `no other cloud than ${cloud}`,
  (_: string, service: string) => `nothing but ${service}`,
  (_: string, service: string) => `no LLM provider apart from ${service}, please`,
  (cloud: string) => `No clouds, except ${cloud}.`,
];

describe("an exception to a negation keeps what it names", () => {
  for (const [cloud, service, id] of CLOUDS)
    it.each(KEPT.map((k) => [k(cloud, service)]))(`%s`, (rule) => {
      const req = parseRequirements(
        `Which model for summarising our support calls? ${rule} 30M tokens a month.`,
        catalog,
      );
      expect(req.exclude?.providers ?? []).not.toContain(id);
    });

  it("after a positive, or as 'anything but', an exception still rules out", () => {
    expect(parseRequirements("support chatbot, any lab except Meta is fine", catalog).exclude?.labs).toContain("meta");
    expect(parseRequirements("drafting emails, anything but Google Cloud", catalog).exclude?.providers).toContain(
      "gcp",
    );
    expect(parseRequirements("support chatbot, no AWS please", catalog).exclude?.providers).toContain("aws");
    expect(parseRequirements("no Chinese models except Qwen, coding help", catalog).exclude?.countries).toContain("CN");
  });
});
