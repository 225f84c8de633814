// Prints every labelled corpus message's answer (tests/corpus/*.jsonl, one fresh session each):
// the replies as the terminal renders them, then the replies and the next session as JSON. A
// change meant to keep every reply (a speed-up) is checked by dumping before and after and
// comparing with cmp:
//   npx tsx tests/bench/corpus-replies.ts > /tmp/before.txt   (on main)
//   npx tsx tests/bench/corpus-replies.ts > /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt
// The clock is fixed, so the dump is the same from run to run.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../src/advisor.js";
import { newSession } from "../../src/conversation/session.js";
import { renderPlainText } from "../../src/render/plain-text.js";

const at = new Date("2026-12-01T10:00:00Z");
const advisor = createAdvisor({ catalog: readCatalog(), now: () => at });
const dir = join(PACKAGE_ROOT, "tests/corpus");
const out: string[] = [];
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
for (const file of files) {
  const lines = readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean);
  lines.forEach((line, i) => {
    const { text } = JSON.parse(line) as { text: string };
    const result = advisor.handleTurn(newSession(at), {
      ref: { platform: "slack", workspace: "T1", channel: "C1" },
      user: { id: "U1" },
      text,
      messageId: `m${i}`,
      receivedAt: at,
    });
    out.push(`### ${file}:${i + 1} ${JSON.stringify(text)}`);
    for (const reply of result.replies) out.push(renderPlainText(reply).chunks.join("\n\n"));
    out.push(JSON.stringify(result.replies), JSON.stringify(result.session));
  });
  process.stdout.write(out.join("\n") + "\n");
  out.length = 0;
}
