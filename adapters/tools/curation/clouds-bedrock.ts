// Where Amazon Bedrock keeps a model's processing, as AWS's own "Regional availability" page states
// it (primary), replacing what LiteLLM's region-scoped price keys suggested (catalog-import/clouds.ts,
// secondary). The page has one table per model: a row per source Region, with three cells:
// In-Region (processing stays in that Region), Geo (cross-Region inference that stays inside a
// geography) and Global (any commercial Region, which keeps nothing in one place and is not counted).
// Keyed by model id, like clouds-docs.ts.
import { BEDROCK_REGIONAL_AVAILABILITY } from "../../../src/catalog/clouds.js";
import { countriesOfRegions } from "../../../src/catalog/region-countries.js";
import type { CloudAvailability } from "../../../src/catalog/signals-schema.js";

/** When we read the page: a stored copy that lists Claude Opus 4.7 (16 April 2026) but not Claude
 *  Opus 4.8 (28 May 2026), so it was taken between those dates; the page itself carries no date. */
const READ = "2026-12-07";
const COPY_AGE = "stored copy from between April and late May 2026";

/**
 * The geographies a Geo cell can reach, each named so an answer can say where ("Australia", "the US").
 * AWS names them US, EU, Japan, Australia and APAC. The geography of a Geo cell is the source
 * Region's: a US Region's is the US, an EU Region's the EU, a GovCloud Region's the GovCloud
 * geography (in the US). Tokyo's and Sydney's could be Japan or Australia, or APAC, which spans
 * many countries; we take Japan (Australia) only where no other Asia Pacific source (Seoul, Mumbai,
 * Singapore, Jakarta, ...) has a Geo cell, which rules APAC out. A Canadian source's Geo cell is
 * not counted: AWS names no Canadian geography, so it keeps nothing in Canada.
 */
const GEOGRAPHY = {
  US: { label: "US geographic cross-Region inference", country: "US" },
  GovCloud: { label: "US GovCloud geographic cross-Region inference", country: "US" },
  EU: { label: "EU geographic cross-Region inference", country: "EU" },
  JP: { label: "Japan geographic cross-Region inference", country: "JP" },
  AU: { label: "Australia geographic cross-Region inference", country: "AU" },
} as const;
type Geography = keyof typeof GEOGRAPHY;

/** A model's table on the page: the source Regions whose In-Region cell is Yes, and the
 *  geographies its Geo cells reach. A cell marked "Legacy (EOL: date)" whose date had passed when we
 *  read the page (Claude 3 Haiku's, 10 September 2026) is left out: nothing runs there any more. */
interface BedrockTable {
  cloudModelId: string;
  inRegion?: readonly string[];
  geo?: readonly Geography[];
  /** What else the table says that an answer should carry (ended cells, ...). */
  note?: string;
}

const source = (note: string) => ({
  sourceUrl: BEDROCK_REGIONAL_AVAILABILITY,
  sourceKind: "primary" as const,
  asOf: READ,
  note: `AWS's Regional availability page (${COPY_AGE}): ${note}`,
});

/** The records of one model's table: its In-Region Regions, then one record per geography. */
function bedrock(table: BedrockTable): CloudAvailability[] {
  const base = { cloud: "aws-bedrock" as const, cloudModelId: table.cloudModelId };
  const extra = table.note ? `; ${table.note}` : "";
  const regional: CloudAvailability[] =
    table.inRegion && table.inRegion.length > 0
      ? [
          {
            ...base,
            service: "Amazon Bedrock (In-Region)",
            regions: [...table.inRegion],
            euProcessing: countriesOfRegions(table.inRegion).includes("EU"),
            countries: countriesOfRegions(table.inRegion),
            ...source(`an In-Region request is processed only in the Region it is sent to${extra}`),
          },
        ]
      : [];
  const geographic = (table.geo ?? []).map((g): CloudAvailability => {
    const { label, country } = GEOGRAPHY[g];
    return {
      ...base,
      service: "Amazon Bedrock (geographic cross-Region inference)",
      regions: [label],
      euProcessing: country === "EU",
      countries: [country],
      ...source(`a geographic inference profile routes requests only to Regions inside its geography${extra}`),
    };
  });
  return [...regional, ...geographic];
}

/**
 * Anthropic's own Bedrock guide (platform.claude.com, "Claude on Amazon Bedrock") lists, for each
 * Claude model, which of Bedrock's inference profiles serve it: global, us, eu, jp, apac. The lab's
 * page (primary) fills in geographies AWS's page copy above predates or leaves out, e.g. Claude Sonnet
 * 4.5's and 4.6's Japan profile, which only LiteLLM's price keys gave before. Only the us, eu and jp
 * columns keep processing in one place (apac spans many countries; global keeps nothing in one place).
 * The stored copy (Japanese edition, figures in English) lists Claude Opus 4.6 as the newest model, so
 * it dates from between February and April 2026; the page carries no date.
 */
const ANTHROPIC_BEDROCK_GUIDE = "https://platform.claude.com/docs/ja/build-with-claude/claude-on-amazon-bedrock";

function anthropicProfiles(cloudModelId: string, geo: readonly Geography[]): CloudAvailability[] {
  return geo.map((g): CloudAvailability => {
    const { label, country } = GEOGRAPHY[g];
    return {
      cloud: "aws-bedrock",
      cloudModelId,
      service: "Amazon Bedrock (geographic cross-Region inference)",
      regions: [label],
      euProcessing: country === "EU",
      countries: [country],
      sourceUrl: ANTHROPIC_BEDROCK_GUIDE,
      sourceKind: "primary",
      asOf: READ,
      note: `Anthropic's Claude on Amazon Bedrock guide (stored copy from between February and April 2026): its table marks the ${g.toLowerCase()} inference profile Yes for this model`,
    };
  });
}

/**
 * A model's whole row in Anthropic's guide, read cell by cell: one record for the profiles marked
 * Yes, whose `tableRegions` are every place-keeping column (us, eu, jp), so the columns marked No are
 * on record as known not offered by a geographic profile. A price list's key for a profile the row
 * marks No is then contradicted by the lab's own page and dropped (catalog-import/clouds.ts).
 */
function anthropicProfileRow(cloudModelId: string, yes: readonly Geography[], no: readonly Geography[]) {
  const [record] = anthropicProfiles(cloudModelId, yes.slice(0, 1));
  const places = yes.map((g) => GEOGRAPHY[g]);
  const marked = (gs: readonly Geography[]) => gs.map((g) => g.toLowerCase()).join(", ");
  return [
    {
      ...record!,
      regions: places.map((p) => p.label),
      countries: places.map((p) => p.country),
      euProcessing: places.some((p) => p.country === "EU"),
      tableRegions: [...yes, ...no].map((g) => GEOGRAPHY[g].label),
      note: `Anthropic's Claude on Amazon Bedrock guide (stored copy from between February and April 2026): its table marks the ${marked(yes)} inference profile Yes for this model and the ${marked(no)} profiles No`,
    },
  ];
}

/** The place a Bedrock geography label keeps processing in ("EU geographic cross-Region inference": EU). */
export function placeOfBedrockGeography(label: string): (typeof GEOGRAPHY)[Geography]["country"] | undefined {
  return Object.values(GEOGRAPHY).find((g) => g.label === label)?.country;
}

const US_EU: readonly Geography[] = ["US", "EU"];
// Llama 3 8B and 70B share one table; so do Mistral 7B and Mixtral 8x7B. Gemma 3 4B and 12B and
// MiniMax M2 are offered In-Region in the same ten Regions.
const LLAMA_3 = ["us-east-1", "us-west-2", "us-gov-west-1", "ca-central-1", "eu-west-2", "ap-south-1"];
const MISTRAL_CLASSIC = [
  "us-east-1",
  "us-west-2",
  "ca-central-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "ap-south-1",
  "ap-southeast-2",
  "sa-east-1",
];
const TEN_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-2",
  "eu-south-1",
  "eu-west-1",
  "eu-west-2",
  "ap-northeast-1",
  "ap-south-1",
  "ap-southeast-2",
  "sa-east-1",
];

export const BEDROCK_DOCS: Readonly<Record<string, readonly CloudAvailability[]>> = {
  "nova-micro": bedrock({
    cloudModelId: "amazon.nova-micro-v1:0",
    inRegion: ["us-east-1", "us-gov-west-1", "eu-west-2", "ap-southeast-2"],
    geo: US_EU,
  }),
  "nova-lite": bedrock({
    cloudModelId: "amazon.nova-lite-v1:0",
    inRegion: [
      "us-east-1",
      "us-gov-west-1",
      "eu-north-1",
      "eu-west-2",
      "ap-northeast-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "me-central-1",
    ],
    geo: US_EU,
  }),
  "nova-pro": bedrock({
    cloudModelId: "amazon.nova-pro-v1:0",
    inRegion: ["us-east-1", "us-gov-west-1", "eu-west-2", "ap-southeast-2", "ap-southeast-3", "me-central-1"],
    geo: US_EU,
  }),
  "claude-3-haiku": bedrock({
    cloudModelId: "anthropic.claude-3-haiku-20240307-v1:0",
    inRegion: [
      "us-gov-west-1",
      "ca-central-1",
      "eu-central-2",
      "eu-west-2",
      "ap-northeast-2",
      "ap-south-1",
      "ap-southeast-1",
      "sa-east-1",
    ],
    geo: ["US", "GovCloud", "EU"],
    note: "its In-Region cells in us-east-1, us-west-2, eu-central-1, eu-west-1, eu-west-3, Tokyo and Sydney were legacy with an end of life on 2026-09-10, passed when we read the page, and are left out",
  }),
  // The upgraded Claude 3.5 Sonnet (the v2 id of 22 October 2024), not the June one.
  "claude-3.5-sonnet": bedrock({
    cloudModelId: "anthropic.claude-3-5-sonnet-20241022-v2:0",
    inRegion: ["us-west-2", "ap-southeast-2"],
    geo: ["US"],
  }),
  "claude-sonnet-4.5": [
    ...bedrock({ cloudModelId: "anthropic.claude-sonnet-4-5-20250929-v1:0", geo: ["US", "GovCloud", "EU", "AU"] }),
    ...anthropicProfiles("anthropic.claude-sonnet-4-5-20250929-v1:0", ["JP"]),
  ],
  "claude-haiku-4.5": bedrock({
    cloudModelId: "anthropic.claude-haiku-4-5-20251001-v1:0",
    inRegion: ["us-east-1", "eu-north-1", "eu-west-1", "ap-northeast-1", "ap-southeast-4"],
    geo: ["US", "EU", "AU"],
  }),
  "claude-opus-4.5": bedrock({ cloudModelId: "anthropic.claude-opus-4-5-20251101-v1:0", geo: US_EU }),
  "claude-sonnet-4.6": [
    ...bedrock({ cloudModelId: "anthropic.claude-sonnet-4-6", inRegion: ["eu-west-2"], geo: ["US", "EU", "AU"] }),
    ...anthropicProfiles("anthropic.claude-sonnet-4-6", ["JP"]),
  ],
  // Anthropic's guide: the us profile only (eu, jp, apac and global No). LiteLLM's "eu." key for it is
  // contradicted by the row and drops out.
  "claude-opus-4.1": anthropicProfileRow("anthropic.claude-opus-4-1-20250805-v1:0", ["US"], ["EU", "JP"]),
  "claude-opus-4.6": bedrock({ cloudModelId: "anthropic.claude-opus-4-6-v1", geo: ["US", "EU", "AU"] }),
  "claude-opus-4.7": bedrock({
    cloudModelId: "anthropic.claude-opus-4-7",
    inRegion: ["us-east-1", "us-east-2", "eu-north-1", "eu-west-1", "ap-northeast-1"],
    geo: ["US", "EU", "JP", "AU"],
  }),
  "deepseek-r1": bedrock({ cloudModelId: "deepseek.r1-v1:0", geo: ["US"] }),
  "deepseek-v3.2": bedrock({
    cloudModelId: "deepseek.v3.2",
    inRegion: [
      "us-east-1",
      "us-east-2",
      "us-west-2",
      "eu-north-1",
      "eu-west-2",
      "ap-northeast-1",
      "ap-south-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "sa-east-1",
    ],
  }),
  "llama-3-8b": bedrock({ cloudModelId: "meta.llama3-8b-instruct-v1:0", inRegion: LLAMA_3 }),
  "llama-3-70b": bedrock({ cloudModelId: "meta.llama3-70b-instruct-v1:0", inRegion: LLAMA_3 }),
  "llama-3.1-8b": bedrock({ cloudModelId: "meta.llama3-1-8b-instruct-v1:0", inRegion: ["us-west-2"], geo: ["US"] }),
  "llama-3.1-70b": bedrock({
    cloudModelId: "meta.llama3-1-70b-instruct-v1:0",
    inRegion: ["us-west-2"],
    geo: ["US"],
  }),
  "llama-3.3-70b": bedrock({
    cloudModelId: "meta.llama3-3-70b-instruct-v1:0",
    inRegion: ["us-east-2"],
    geo: ["US"],
  }),
  "llama-4-scout": bedrock({ cloudModelId: "meta.llama4-scout-17b-instruct-v1:0", geo: ["US"] }),
  "llama-4-maverick": bedrock({ cloudModelId: "meta.llama4-maverick-17b-instruct-v1:0", geo: ["US"] }),
  "mistral-7b": bedrock({ cloudModelId: "mistral.mistral-7b-instruct-v0:2", inRegion: MISTRAL_CLASSIC }),
  "mixtral-8x7b": bedrock({ cloudModelId: "mistral.mixtral-8x7b-instruct-v0:1", inRegion: MISTRAL_CLASSIC }),
  "mistral-large-2": bedrock({ cloudModelId: "mistral.mistral-large-2407-v1:0", inRegion: ["us-west-2"] }),
  "minimax-m2": bedrock({ cloudModelId: "minimax.minimax-m2", inRegion: TEN_REGIONS }),
  "minimax-m2.1": bedrock({
    cloudModelId: "minimax.minimax-m2.1",
    inRegion: [
      "us-east-1",
      "us-east-2",
      "us-west-2",
      "eu-central-1",
      "eu-north-1",
      "eu-south-1",
      "eu-west-1",
      "eu-west-2",
      "ap-northeast-1",
      "ap-south-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "sa-east-1",
    ],
  }),
  "gemma-3-4b": bedrock({ cloudModelId: "google.gemma-3-4b-it", inRegion: TEN_REGIONS }),
  "gemma-3-12b": bedrock({ cloudModelId: "google.gemma-3-12b-it", inRegion: TEN_REGIONS }),
};
