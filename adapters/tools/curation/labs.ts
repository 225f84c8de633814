// Labs behind the catalogue's models and where each is headquartered (ISO 3166-1 alpha-2), for
// filters like "no models from Chinese labs". `name` must match `lab` in the model curation; the
// importer fails on a model whose lab is missing here. A country no source settles stays null.
import type { Lab } from "../../../src/catalog/signals-schema.js";

const READ = "2026-12-04";
const US_FRONTIER = "https://ea-crux-project.vercel.app/knowledge-base/research-reports/ai-ownership-countries";

export const LAB_CURATION: readonly Lab[] = [
  {
    id: "openai",
    name: "OpenAI",
    country: "US",
    sourceUrl: US_FRONTIER,
    sourceKind: "secondary",
    asOf: READ,
    note: "A research report lists OpenAI among the frontier labs hosted in the United States.",
  },
  {
    id: "anthropic",
    name: "Anthropic",
    country: "US",
    sourceUrl: US_FRONTIER,
    sourceKind: "secondary",
    asOf: READ,
    note: "Same report: Anthropic is one of the US frontier labs.",
  },
  {
    // Alphabet's own quarterly report to the SEC (Form 10-Q, filed 2024-04-26), its EDGAR header:
    // state of incorporation DE, business address Mountain View, CA. Google is Alphabet's subsidiary.
    id: "google",
    name: "Google",
    country: "US",
    sourceUrl: "https://www.sec.gov/Archives/edgar/data/1652044/000165204424000053/0001652044-24-000053.txt",
    sourceKind: "primary",
    asOf: "2024-04-26",
    note: "Alphabet Inc.'s SEC filing (Form 10-Q): incorporated in Delaware, principal offices at 1600 Amphitheatre Parkway, Mountain View, California.",
  },
  {
    // Meta's own current report to the SEC (Form 8-K of 2024-09-05), its cover page.
    id: "meta",
    name: "Meta",
    country: "US",
    sourceUrl: "https://sec.gov/Archives/edgar/data/1326801/000132680124000072/meta-20240905.htm",
    sourceKind: "primary",
    asOf: "2024-09-05",
    note: "Meta Platforms, Inc.'s SEC filing (Form 8-K): incorporated in Delaware, principal executive offices at 1 Meta Way, Menlo Park, California.",
  },
  {
    // Microsoft's own current report to the SEC (Form 8-K, filed 2023-10-30), its EDGAR header and cover.
    id: "microsoft",
    name: "Microsoft",
    country: "US",
    sourceUrl: "https://www.sec.gov/Archives/edgar/data/789019/000119312523265616/0001193125-23-265616.txt",
    sourceKind: "primary",
    asOf: "2023-10-30",
    note: "Microsoft Corporation's SEC filing (Form 8-K): incorporated in Washington, principal executive offices at One Microsoft Way, Redmond, Washington.",
  },
  {
    // Amazon's own filing with the SEC (a prospectus supplement, 1999: the newest filing by Amazon
    // itself among the stored pages), its EDGAR filer header. Its head office has moved within
    // Seattle since (its later 10-Ks, read only in copies, give 410 Terry Avenue North).
    id: "amazon",
    name: "Amazon",
    country: "US",
    sourceUrl: "https://www.sec.gov/Archives/edgar/data/1018724/000089102099000950/0000891020-99-000950.txt",
    sourceKind: "primary",
    asOf: "1999-06-02",
    note: "Amazon.com, Inc.'s SEC filing (Form 424B3): state of incorporation Delaware, business address in Seattle, Washington.",
  },
  {
    // IBM's own current report to the SEC (Form 8-K, filed 2019-11-22), its EDGAR header.
    id: "ibm",
    name: "IBM",
    country: "US",
    sourceUrl: "https://sec.gov/Archives/edgar/data/51143/000110465919066657/0001104659-19-066657.txt",
    sourceKind: "primary",
    asOf: "2019-11-22",
    note: "International Business Machines Corp.'s SEC filing (Form 8-K): incorporated in New York, business address 1 New Orchard Road, Armonk, New York.",
  },
  {
    id: "xai",
    name: "xAI",
    country: "US",
    sourceUrl: "https://en.wikipedia.org/wiki/XAI_(company)",
    sourceKind: "secondary",
    asOf: READ,
    note: "An American company (X.AI Corp.), headquartered in Palo Alto, California.",
  },
  {
    id: "cohere",
    name: "Cohere",
    country: "CA",
    sourceUrl: "https://cohere.com/saas-agreement",
    sourceKind: "primary",
    asOf: "2024-02-29",
    note: "Cohere's own SaaS Agreement (last updated 29 February 2024) is entered into with Cohere Inc., principal place of business 171 John Street, Suite 200, Toronto, Ontario.",
  },
  {
    id: "ai21-labs",
    name: "AI21 Labs",
    country: "IL",
    sourceUrl: "https://www.zdnet.com/article/watch-out-gpt-3-here-comes-ai21s-jurassic-language-model/",
    sourceKind: "secondary",
    asOf: READ,
    note: "A Tel Aviv-based AI company.",
  },
  {
    id: "mistral-ai",
    name: "Mistral AI",
    country: "FR",
    sourceUrl: "https://mistral.ai/terms",
    sourceKind: "primary",
    asOf: "2025-05-07",
    note: "Mistral AI's own Terms of Service (effective 7 May 2025): the products are provided by Mistral AI, a French limited joint-stock corporation incorporated in Paris under number 952 418 325, registered offices at 15 rue des Halles, 75001 Paris.",
  },
  {
    id: "alibaba-qwen",
    name: "Alibaba (Qwen)",
    country: "CN",
    sourceUrl: "https://systems-analysis.ru/eng/Qwen_(Alibaba)",
    sourceKind: "secondary",
    asOf: READ,
    note: "Qwen is developed by Alibaba Cloud, the cloud division of the Chinese group Alibaba.",
  },
  {
    id: "deepseek",
    name: "DeepSeek",
    country: "CN",
    sourceUrl: "https://www.scribd.com/document/821970038/DeepSeek-Privacy-Policy",
    sourceKind: "secondary",
    asOf: READ,
    note: "A copy of DeepSeek's privacy policy names its Beijing and Hangzhou operating companies.",
  },
  {
    id: "01-ai",
    name: "01.AI",
    country: "CN",
    sourceUrl: "https://businessthreesixfive.com/china-ai-start-up-hits-unicorn-status-in-less-than-8-months/",
    sourceKind: "secondary",
    asOf: "2023-11",
    note: "A Beijing start-up founded by Kai-Fu Lee.",
  },
  {
    id: "zhipu-ai",
    name: "Zhipu AI",
    country: "CN",
    sourceUrl: "https://www.thewirechina.com/2025/02/16/what-is-zhipu-ai/",
    sourceKind: "secondary",
    asOf: "2025-02-16",
    note: "Beijing-based, founded in 2019 by Tsinghua University professors.",
  },
  {
    id: "moonshot-ai",
    name: "Moonshot AI",
    country: "CN",
    sourceUrl: "http://www.vns490.com/english/20250806/7db555e5f903492a88677356ffa36d69/c.html",
    sourceKind: "secondary",
    asOf: "2025-08-06",
    note: "A Xinhua report (as republished) on the Beijing-based start-up.",
  },
  {
    id: "minimax",
    name: "MiniMax",
    country: "CN",
    sourceUrl: "https://zsjunai.github.io/history-of-ai/en/houses/minimax",
    sourceKind: "secondary",
    asOf: READ,
    note: "Founded in Shanghai in 2021; the listed holding company is incorporated in the Cayman Islands.",
  },
  {
    id: "tii",
    name: "TII",
    country: "AE",
    sourceUrl:
      "https://www.mediaoffice.abudhabi/en/technology/technology-innovation-institute-continues-efforts-to-build-sustainable-framework-for-generative-ai-projects/",
    sourceKind: "secondary",
    asOf: READ,
    note: "The Technology Innovation Institute is the applied research arm of Abu Dhabi's Advanced Technology Research Council.",
  },
  {
    id: "ai2",
    name: "Ai2",
    country: "US",
    sourceUrl: "https://agentwiki.org/_export/xhtml/ai2",
    sourceKind: "secondary",
    asOf: READ,
    note: "The Allen Institute for AI, a non-profit headquartered in Seattle.",
  },
  {
    // NVIDIA's own current report to the SEC (Form 8-K, filed 2023-10-17), its EDGAR header and cover.
    id: "nvidia",
    name: "NVIDIA",
    country: "US",
    sourceUrl: "https://sec.gov/Archives/edgar/data/1045810/000104581023000217/0001045810-23-000217.txt",
    sourceKind: "primary",
    asOf: "2023-10-17",
    note: "NVIDIA Corporation's SEC filing (Form 8-K): incorporated in Delaware, principal executive offices at 2788 San Tomas Expressway, Santa Clara, California.",
  },
  {
    // The footer of Databricks' own pages gives the company's address; read only in a dated copy of one
    // page (it records its source URL and scrape date), the live site not being stored. A copy is not
    // the lab's own text as we hold it, so the source is secondary (as for every fact read in copies).
    // Databricks' own terms pages in the search index name "Databricks, Inc." but, in what we could
    // read of them, no address or country.
    id: "databricks",
    name: "Databricks",
    country: "US",
    sourceUrl:
      "https://www.databricks.com/resources/architectures/healthcare-patient-personalization-reference-architecture",
    sourceKind: "secondary",
    asOf: "2026-08-23",
    note: "The footer of Databricks' own site: Databricks Inc., 160 Spear Street, San Francisco, CA 94105.",
  },
  {
    // Snowflake's own filing with the SEC (a current report on Form 8-K), its cover page.
    id: "snowflake",
    name: "Snowflake",
    country: "US",
    sourceUrl: "https://www.sec.gov/Archives/edgar/data/1640147/000164014724000242/0001640147-24-000242.txt",
    sourceKind: "primary",
    asOf: "2024-11-20",
    note: "Snowflake Inc.'s own SEC filing: incorporated in Delaware, principal executive offices in Bozeman, Montana.",
  },
  {
    // Xiaomi's own circular to shareholders (an HKEX filing, 2020), read in a copy of the filing, so
    // secondary: incorporated in the Cayman Islands, meeting at its Beijing campus. The MiMo models
    // come from Xiaomi's own LLM team (Xiaomi's API documentation names Xiaomi as their maker).
    id: "xiaomi",
    name: "Xiaomi",
    country: "CN",
    sourceUrl: "https://fdocuments.us/document/xiaomi-corporation-ceoe-apr-26-2020-a-notice-convening-the-annual.html",
    sourceKind: "secondary",
    asOf: "2020-04-26",
    note: "Xiaomi Corporation's 2020 circular (a copy of its HKEX filing): incorporated in the Cayman Islands, its annual meeting held at Xiaomi Campus, Haidian District, Beijing, the People's Republic of China.",
  },
  {
    id: "hugging-face",
    name: "Hugging Face",
    country: "US",
    sourceUrl: "https://huggingface.co/terms-of-service",
    sourceKind: "primary",
    asOf: "2022-09-15",
    note: "Hugging Face's own Terms of Service (effective 15 September 2022): a binding agreement with Hugging Face, Inc., a Delaware corporation.",
  },
  {
    // EleutherAI's own FAQ: it began in a Discord server and calls itself an open community whose
    // contributors work in their free time. No headquarters, so no country; null is the honest value.
    id: "eleutherai",
    name: "EleutherAI",
    country: null,
    sourceUrl: "https://www.eleuther.ai/faq/",
    sourceKind: "primary",
    asOf: "2026-12-07",
    note: "EleutherAI's own FAQ describes an open research community run on a Discord server, not a company with a headquarters",
  },
  {
    // LMSYS's own About page (pinned): Vicuna (March 2023) came from "a multi-university
    // collaboration involving UC Berkeley, Stanford, UCSD, CMU, and MBZUAI"; the non-profit LMSYS
    // Corp. was only established in September 2024. The Vicuna post names the same institutions.
    id: "lmsys",
    name: "LMSYS",
    country: null,
    sourceUrl:
      "https://github.com/lm-sys/lm-sys.github.io/blob/00c08393b2986e4d6d9cf0d4d6a1406a87dd211a/content/about.md",
    sourceKind: "primary",
    asOf: "2026-12-07",
    note: "LMSYS's own About page: Vicuna came from a multi-university collaboration (UC Berkeley, Stanford, UCSD, CMU and MBZUAI); the non-profit LMSYS Corp. was established only in September 2024",
  },
  // No source read for this one yet: kept null so a country filter says "not known".
  {
    id: "cmu-google-brain",
    name: "CMU / Google Brain",
    country: null,
    sourceUrl: null,
    sourceKind: null,
    asOf: null,
    note: "A joint work of a university and a company lab; no single country is recorded.",
  },
  {
    // The BLOOM card (version 1.3) says where the work came from, and it is no single country: it
    // cites the model as "International", names the French government and Hugging Face as funders
    // and the French government's Jean Zay supercomputer as its compute. Null is the honest value.
    id: "bigscience",
    name: "BigScience",
    country: null,
    sourceUrl: "https://huggingface.co/bigscience/bloom",
    sourceKind: "primary",
    asOf: "2022-07-06",
    note: "BLOOM's model card calls the workshop international; it was funded by the French government and Hugging Face and trained on a French public supercomputer",
  },
];
