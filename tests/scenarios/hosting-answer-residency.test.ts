// "Is GPT-4o available in Japan?" answered from the same residency records the ranking checks a
// team's "data must stay in <country>" rule against (scoring/residency.ts). The hosting answer read
// only a host's EU terms and processing regions, so OpenAI's own data-residency page (Japan among
// its places) and Anthropic's (the US only) were "not on record" there while the ranking used them.
// Over every model × API host with a residency record × places: the answer says "yes" on that host
// exactly when the record (read directly) places processing in the country, and "known not to"
// exactly when the record rules it out, with its source's date.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { hostName } from "../../src/catalog/hosts.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { residencyOracle } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const PLACES = [
  { said: "Japan", country: "JP" },
  { said: "the US", country: "US" },
  { said: "Brazil", country: "BR" },
];
const recorded = [...(catalog.providerPolicyById?.values() ?? [])].filter((p) => p.residency);
const pairs = recorded.flatMap((p) =>
  catalog.models
    .filter((m) => m.offerings.some((o) => o.provider === p.provider))
    .slice(0, 2)
    .map((m) => ({ m, provider: p.provider })),
);

describe("the hosting answer reads the hosts' residency records", () => {
  it(`${pairs.length} model × host pairs × ${PLACES.length} places: yes, known not to, or not on record, as the record says`, () => {
    expect(pairs.length).toBeGreaterThan(6);
    const seen = new Set<string>();
    for (const { m, provider } of pairs)
      for (const place of PLACES) {
        const c = chat(catalog);
        const text = textOf(c.say(`is ${m.name} available in ${place.said}?`));
        const line = text.split("\n").find((l) => l.includes(`**${m.name}** in `)) ?? "";
        const host = hostName(provider, catalog);
        const state = residencyOracle(catalog, m, provider, place.country);
        const name = `${m.id} on ${provider} in ${place.said}: "${line}"`;
        expect(line, name).not.toBe("");
        const yes = line.split(/ Known not to: | Not on record: /)[0]!;
        const known = `; ${line.match(/ Known not to: (.*?)(?: Not on record: |$)/)?.[1] ?? ""}`;
        if (state === "yes") expect(yes, name).toContain(host);
        else expect(yes, name).not.toContain(`${host} (`);
        if (state === "no")
          expect(known, name).toMatch(
            new RegExp(`${host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(.*\\d{4}-\\d{2}-\\d{2}`),
          );
        else expect(known, name).not.toContain(`; ${host} (`);
        seen.add(state);
      }
    expect([...seen].sort()).toEqual(["no", "unknown", "yes"]);
  });
});
