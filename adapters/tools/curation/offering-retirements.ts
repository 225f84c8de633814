// Hosts' own end-of-life dates for one model on one host, keyed by catalogue model id and then by
// offering provider id. A cloud retires a model on its own calendar: Amazon Bedrock's model cards
// and lifecycle pages say that only their dates apply on Bedrock, whatever the lab announced for its
// own API. Past the date the offering is not sold any more, so the catalogue loader takes it out of
// the ranking and answers say since when (src/catalog/offering-lifecycle.ts).
import type { OfferingRetirement } from "../../../src/catalog/schema.js";

/** When we read the stored copies of AWS's pages; the copies themselves carry no date. */
const READ = "2026-12-07";

/** AWS's Bedrock model card for one model: its "Model EOL date" and "Model lifecycle: Legacy". */
function bedrockCard(slug: string, name: string, retiresOn: string): OfferingRetirement {
  return {
    legacyOn: null,
    retiresOn,
    label: `AWS's Amazon Bedrock model card for ${name}`,
    sourceUrl: `https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-${slug}.html`,
    sourceKind: "primary",
    asOf: READ,
    note: `the card gives the model's lifecycle as Legacy and its end-of-life date on Bedrock as ${retiresOn} (read in AWS's stored translated copies of the card)`,
  };
}

/**
 * AWS's "Model lifecycle (Legacy)" table as a dated third-party copy gives it: we could not read the
 * table itself, so the date stays secondary and answers say it is unverified. The copy's rows for
 * Llama 3.2 90B agree with AWS's own model card (same legacy batch, same end of life).
 */
function bedrockTableCopy(name: string, legacyOn: string, retiresOn: string): OfferingRetirement {
  return {
    legacyOn,
    retiresOn,
    label: `a dated copy of AWS's Bedrock model lifecycle table (markedet/agent-field-guide) for ${name}`,
    sourceUrl: "https://huggingface.co/datasets/markedet/agent-field-guide",
    sourceKind: "secondary",
    asOf: "2026-10-29",
    note: "the dataset's row cites docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle-legacy.html, checked 2026-10-29; AWS's own page was not read",
  };
}

export const OFFERING_RETIREMENTS: Readonly<Record<string, Readonly<Record<string, OfferingRetirement>>>> = {
  "claude-3.5-haiku": {
    "amazon-bedrock": bedrockCard("anthropic-claude-3-5-haiku", "Claude 3.5 Haiku", "2026-06-19"),
  },
  "llama-3.2-90b-vision": {
    "amazon-bedrock": bedrockCard("meta-llama-3-2-90b-instruct", "Llama 3.2 90B Instruct", "2026-07-07"),
  },
  "llama-3.2-11b-vision": {
    "amazon-bedrock": bedrockTableCopy("Llama 3.2 11B Instruct", "2026-01-07", "2026-07-07"),
  },
  "llama-3.1-405b": {
    "amazon-bedrock": bedrockTableCopy("Llama 3.1 405B Instruct", "2026-01-07", "2026-07-07"),
  },
};
