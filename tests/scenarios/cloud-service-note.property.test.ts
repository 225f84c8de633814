// A team keeping the work in its own cloud account gets picks served by that cloud's model service;
// the answer says it read the rule that way and how to ask for weights on the team's own GPUs
// (cloud-service-note.ts). The New York hedge fund ("No data may leave our AWS VPC: no third-party
// API sees our prompts") had three picks "API via Amazon Bedrock" with no word on why an API passed.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { CLOUD_HOSTS, CLOUD_KEYS } from "../../src/catalog/cloud-hosts.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { NEW_YORK_HEDGE_FUND } from "./twentyfourth-round-teams.js";

const catalog = readCatalog();
const CLOUD_WORDS = { aws: "AWS account", azure: "Azure subscription", gcp: "Google Cloud project" } as const;
const RULES = [
  "No data may leave our {cloud}.",
  "Everything has to run inside our {cloud}; no third-party API sees our prompts.",
];
const JOBS = [
  "We want an assistant that answers analysts' questions over our internal research notes, about 2,000 questions a day, 4,000 tokens in and 500 out each.",
  "We summarise support tickets, 50,000 a month, 1,500 tokens in and 200 out each.",
];

describe("picks served by the team's own cloud's model service say how the rule was read", () => {
  it(
    "over clouds × rules × jobs: every pick from the cloud's service is named in the note, which offers weights on the team's own GPUs; self-hosting only drops the note",
    { timeout: 300_000 },
    () => {
      let noted = 0;
      for (const cloud of CLOUD_KEYS)
        for (const rule of RULES)
          for (const job of JOBS) {
            const said = `${job} ${rule.replace("{cloud}", CLOUD_WORDS[cloud])}`;
            const c = chat(catalog);
            const text = textOf(c.say(said));
            const top = rankOnly(catalog, c.session.requirements, c.session.assumptions).ranking.ranked.slice(0, 3);
            const served = top.filter((r) => r.costBasis === "api" && r.costLabel.includes(CLOUD_HOSTS[cloud].service));
            if (served.length === 0) {
              expect(text, said).not.toMatch(/Inside your cloud account/);
              continue;
            }
            noted++;
            expect(text, said).toMatch(
              new RegExp(
                `Inside your cloud account:\\*?\\*? .*on ${CLOUD_HOSTS[cloud].service.replace(/[/]/g, "\\/")}, read as inside your account.*what if we self-host only\\?`,
              ),
            );
            const after = textOf(c.say("what if we self-host only?"));
            expect(after, said).not.toMatch(/Inside your cloud account/);
          }
      expect(noted).toBeGreaterThanOrEqual(2);
    },
  );

  it("New York hedge fund: its three Bedrock picks come with the note", () => {
    const c = chat(catalog);
    expect(textOf(c.say(NEW_YORK_HEDGE_FUND))).toMatch(
      /Inside your cloud account:\*?\*? every pick runs on Amazon Bedrock/,
    );
  });
});
