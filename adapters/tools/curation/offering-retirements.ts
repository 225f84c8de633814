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

/**
 * Claude on Microsoft Foundry (models.dev's "azure" rows): Anthropic's deprecations page says its
 * dates "apply to Anthropic-operated platforms: the Claude API, Claude Platform on AWS, and Microsoft
 * Foundry" (Amazon Bedrock and Google Cloud keep their own). So Foundry ends a Claude model on the
 * day Anthropic retires it from its API; the date itself is the one the model's retirement gives.
 */
function foundryFollowsAnthropic(name: string, retiresOn: string): OfferingRetirement {
  return {
    legacyOn: null,
    retiresOn,
    label: `Anthropic's model deprecations page (its dates cover Microsoft Foundry) for ${name}`,
    sourceUrl: "https://platform.claude.com/docs/en/about-claude/model-deprecations.md",
    sourceKind: "primary",
    asOf: READ,
    note: `Anthropic retired ${name} from its API on ${retiresOn}; its deprecations page applies its dates to Microsoft Foundry too`,
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
  "claude-opus-4.1": { azure: foundryFollowsAnthropic("Claude Opus 4.1", "2026-08-05") },
  "claude-sonnet-4.5": { azure: foundryFollowsAnthropic("Claude Sonnet 4.5", "2026-11-30") },
  "llama-3.1-405b": {
    "amazon-bedrock": bedrockTableCopy("Llama 3.1 405B Instruct", "2026-01-07", "2026-07-07"),
  },
};
