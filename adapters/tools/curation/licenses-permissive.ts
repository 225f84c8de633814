// Licences with OSI-approved terms (Apache-2.0, MIT): few duties beyond keeping notices. One record
// per source family, because each family rests on its own evidence (repo, card, docs).
import { APACHE_NOTICE, MIT_NOTICE, pageClause, permissiveTerms } from "./license-types.js";
import type { LicenseCuration, ReadClause } from "./license-types.js";

const MISTRAL_SMALL_3_NEWS = "https://mistral.ai/en/news/mistral-small-3";
/** Qwen's Qwen2.5 launch post, in Qwen's own blog repository at a pinned commit. */
const QWEN25_LAUNCH =
  "https://github.com/QwenLM/qwenlm.github.io/blob/1f89f8c81adb85e3808f9cc15180ab1fdacbb900/content/blog/qwen2.5-llm/index.md";
/** A row of the launch post's model table (size, parameters, layers, context, licence), verbatim. */
const qwen25Row = (row: string): ReadClause => ({
  topic: "commercial-use",
  quote: row,
  source: QWEN25_LAUNCH,
  checkedAt: "2026-12-04",
  checkedHow: "read in a snapshot of the lab's repository at the pinned commit",
});
/** A short quote from Mistral's Small 3 announcement. */
/** The weights' licence line of one Mistral model card (mistralai/platform-docs-public, pinned). */
const mistralCardClause = (slug: string, checkpoint: string): ReadClause => ({
  topic: "commercial-use",
  quote: "license: 'Apache 2.0'",
  source: `https://github.com/mistralai/platform-docs-public/blob/222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/src/schema/models/models/${slug}.ts`,
  checkedAt: "2026-12-04",
  checkedHow: "read in a snapshot of the lab's repository at the pinned commit",
  checkpoint,
});
const mistralPage = (topic: ReadClause["topic"], quote: string): ReadClause =>
  pageClause(topic, quote, MISTRAL_SMALL_3_NEWS, "the announcement");
/** Google's LiteRT-LM page for Gemma 4 on its developer site: Google's own statement of the licence. */
const GEMMA_4_PAGE = "https://ai.google.dev/edge/litert-lm/models/gemma-4";
/** Microsoft's Hugging Face repositories; a page header shows the repository's licence tag. */
const PHI_4_REPO = "https://huggingface.co/microsoft/phi-4/tree/381727a5ee103da6c1b14ecd3d39cd09832cbcf8";

/**
 * Microsoft's own model catalogue (Azure/azureml-assets, the Foundry Local entries for its ONNX
 * builds) states each Phi-4 variant's licence and names the variant's LICENSE file on Hugging Face
 * as the terms. We hold no copy of those hub pages themselves, so the catalogue entry is the lab's
 * word we quote (it was once "License: mit" from a tokenizer file on a pull-request ref).
 */
function phiCatalogueClauses(entry: string, variant: string, licenseUrl: string): ReadClause[] {
  const source = `https://github.com/Azure/azureml-assets/blob/4b41f8ccbc01cf492767adc586ce1661c54c340a/assets/models/foundrylocal/${entry}/spec.yaml`;
  const checkedHow = `read in Microsoft's model catalogue repository (Azure/azureml-assets) at the pinned commit: the entry for the ONNX build of ${variant}`;
  return ["license: MIT", `This model is provided under the License Terms available at <${licenseUrl}>.`].map(
    (quote) => ({ topic: "commercial-use", quote, source, checkedAt: "2026-12-06", checkedHow, checkpoint: variant }),
  );
}

/**
 * One Phi-4 variant's MIT licence, read on that variant's own Hugging Face repository: the
 * variants have separate cards (and Phi-4 an earlier Azure preview card), so each record quotes
 * its own. The licence data's quotes (a proxy mirror of the GGUF card, a third party's copy of the
 * Azure card) give way to Microsoft's repositories.
 */
function phiMit(
  id: string,
  variant: string,
  readClauses: ReadClause[],
  verificationNote: string,
  history: string | null = null,
): LicenseCuration {
  return {
    id,
    family: "phi-4",
    name: `MIT License (${variant})`,
    kind: "osi-open-source",
    verified: true,
    verificationNote,
    summary: `Microsoft publishes the ${variant} weights on Hugging Face under MIT: commercial use, fine-tuning and redistribution are allowed; keep the MIT notice.`,
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {},
    readClauses,
    history,
  };
}

export const PERMISSIVE_LICENSES: LicenseCuration[] = [
  {
    id: "hf-transformers",
    family: "hf-transformers",
    kind: "library",
    weightsAvailable: null,
    summary:
      "The Transformers Python library is Apache-2.0 software, not a model. Its licence says nothing about the weights you download with it: each model on the Hub has its own licence.",
    terms: permissiveTerms(APACHE_NOTICE, {
      fineTuning: "not-applicable",
      outputsToTrainOtherModels: "not-applicable",
      notes: { fineTuning: "A library has no weights to fine-tune; check the licence of the model you load with it." },
    }),
    clauses: {
      "Source files carry the Apache-2.0 header": "general",
      "Package classifier declares Apache": "general",
      "Distribution package metadata lists Apache-2.0": "general",
    },
  },
  {
    id: "bert",
    family: "bert",
    kind: "osi-open-source",
    summary:
      "Google released BERT's code and pre-trained weights under Apache-2.0: free for commercial use, fine-tuning and redistribution.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Code and model weights are Apache-2.0": "commercial-use",
      "Repository license is Apache 2.0": "code-licence",
    },
  },
  {
    id: "roberta",
    family: "roberta",
    kind: "osi-open-source",
    summary:
      "RoBERTa ships in Meta's fairseq, whose MIT licence explicitly covers the pre-trained models as well as the code.",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {
      "fairseq is MIT and the license covers pre-trained models": "commercial-use",
      "LICENSE text is MIT": "general",
      "fairseq was relicensed to MIT in July 2019": "relicensing",
    },
  },
  {
    id: "t5",
    family: "t5",
    kind: "osi-open-source",
    summary: "T5's code is Apache-2.0 and its published checkpoints carry the same licence on Hugging Face.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Code license is Apache 2.0": "code-licence",
      "Checkpoints are published": "self-hosting",
      "HF model card for t5-base is tagged apache-2.0": "commercial-use",
    },
  },
  {
    id: "distilbert",
    family: "distilbert",
    kind: "osi-open-source",
    summary:
      "DistilBERT's weights are Apache-2.0: Hugging Face, which trained and published it, tags the distilbert-base-uncased card with that licence.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Third-party model listing gives Apache 2.0 for distilbert-base-uncased": "general",
      "A Hugging Face-staff mirror repo of distilbert-base-uncased is tagged apache-2.0": "general",
    },
    // Hugging Face's own card, at the commit that moved it from the transformers repository.
    readClauses: [
      {
        topic: "general",
        quote: "license: apache-2.0",
        source: "https://huggingface.co/distilbert-base-uncased/commit/eceec7ff00b0e94b28c6a3b4cb04f95e7f16e750",
        checkedAt: "2026-12-04",
        checkedHow: "read in the lab's model card at the pinned commit",
      },
    ],
  },
  {
    id: "xlnet",
    family: "xlnet",
    kind: "osi-open-source",
    summary:
      "The authors' XLNet repository is Apache-2.0; the Hugging Face copy is tagged MIT instead. Both are permissive, and we follow the authors' repository.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Original repo license is Apache 2.0": "code-licence",
      "The Hugging Face copy is tagged MIT (card written by HF staff, not the authors)": "general",
    },
  },
  {
    id: "albert",
    family: "albert",
    kind: "osi-open-source",
    summary:
      "ALBERT's repository is Apache-2.0 and links downloadable weights; the Hugging Face card carries the same licence.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Repo license Apache 2.0": "code-licence",
      "Weights are downloadable": "self-hosting",
      "HF card tagged apache-2.0": "commercial-use",
    },
  },
  {
    id: "gpt-neo",
    family: "gpt-neo",
    kind: "osi-open-source",
    summary: "EleutherAI published GPT-Neo's code and freely downloadable weights under MIT.",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {
      "Repo license MIT": "code-licence",
      "Weights freely downloadable": "self-hosting",
      "HF card (EleutherAI org) tagged MIT": "commercial-use",
    },
  },
  {
    id: "gpt-j",
    family: "gpt-j",
    kind: "osi-open-source",
    summary:
      "GPT-J-6B was trained by Ben Wang and Aran Komatsuzaki in the EleutherAI community (not by OpenAI); its weights are Apache-2.0.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Weights licensed Apache-2.0": "commercial-use",
      "Authors of the weights": "general",
      "Code license Apache-2.0 (c) Ben Wang": "code-licence",
    },
    seedCorrection:
      "The 2024 comparison credited GPT-J to OpenAI. OpenAI had no part in it: Ben Wang and Aran Komatsuzaki (EleutherAI) trained it and released it under Apache-2.0.",
  },
  {
    id: "falcon-7b-40b",
    family: "falcon-7b-40b",
    kind: "osi-open-source",
    summary:
      "Falcon 7B and 40B first shipped under a TII licence with royalties on commercial use; within weeks TII relicensed them to Apache-2.0 and waived the royalties.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "TII commit switching the card to Apache 2.0": "relicensing",
      "TII waived royalties": "commercial-use",
      "The removed original license required royalties": "relicensing",
    },
  },
  {
    id: "mistral-7b",
    family: "mistral-7b",
    kind: "osi-open-source",
    summary:
      "Mistral 7B is open weights under Apache-2.0, per Mistral's own documentation; it was never a proprietary model.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Apache list": "commercial-use", "Direct weight download": "self-hosting" },
    seedCorrection:
      "The 2024 comparison listed Mistral 7B as proprietary. It is open weights under Apache-2.0, per Mistral's documentation.",
  },
  {
    id: "mistral-nemo-apache",
    family: "mistral-7b",
    name: "Apache License 2.0 (Mistral Nemo)",
    kind: "osi-open-source",
    summary:
      "Mistral's documentation lists Mistral Nemo among its Apache-2.0 open-weight models, together with Mistral 7B and Mixtral.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Apache list": "commercial-use" },
    seedCorrection: null,
  },
  {
    id: "mixtral",
    family: "mixtral",
    kind: "osi-open-source",
    summary: "Mixtral 8x7B and 8x22B are open weights under Apache-2.0.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Apache list": "commercial-use", "8x22B download": "self-hosting" },
  },
  {
    // Mistral's own announcement, read in a stored copy of the page (no commit to pin).
    id: "mistral-small-3",
    family: null,
    name: "Apache License 2.0 (Mistral Small 3)",
    developer: "Mistral AI",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote: "Read in Mistral's announcement of Mistral Small 3 (mistral.ai/news).",
    summary:
      "Mistral Small 3 (2501) is open weights under Apache-2.0, unlike Small 24.09, which was under the research-only MRL.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [
      mistralPage(
        "commercial-use",
        "Today we’re introducing Mistral Small 3, a latency-optimized 24B-parameter model released under the Apache 2.0 license.",
      ),
      mistralPage(
        "self-hosting",
        "We’re releasing both a pretrained and instruction-tuned checkpoint under Apache 2.0.",
      ),
    ],
    history: "Mistral Small 24.09 was under the research-only MRL; from Small 3 (January 2025) Small is Apache-2.0.",
  },
  {
    id: "mistral-small-later",
    family: null,
    name: "Apache License 2.0 (Mistral Small 3.1 and 3.2)",
    developer: "Mistral AI",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Mistral's own model card data for Small 3.1 and for Small 3.2 each name Apache 2.0 as the licence of the weights (mistralai/platform-docs-public, pinned commit).",
    summary:
      "Mistral Small 3.1 (2503) and 3.2 (2506) are Apache-2.0 like Small 3: commercial use, fine-tuning and self-hosting are allowed with the usual notice duties.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    // Each quote is its own release's card; Small 3's announcement stays with Small 3's record.
    readClauses: [
      mistralCardClause("mistral-small-3-1-25-03", "Mistral Small 3.1"),
      mistralCardClause("mistral-small-3-2-25-06", "Mistral Small 3.2"),
    ],
    history: "Mistral Small 24.09 was under the research-only MRL; from Small 3 (January 2025) Small is Apache-2.0.",
  },
  {
    id: "codestral-mamba",
    family: "codestral",
    name: "Apache License 2.0 (Codestral Mamba)",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    summary: "Codestral Mamba 7B is Apache-2.0, unlike Codestral 22B, which is under the non-production MNPL.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Codestral Mamba is Apache": "commercial-use" },
    history: null,
  },
  {
    id: "gemma-4",
    family: "gemma-4",
    name: "Apache License 2.0 (Gemma 4)",
    kind: "osi-open-source",
    verified: true,
    verificationNote:
      "Google's own LiteRT-LM page for Gemma 4 on ai.google.dev states the Apache-2.0 licence for the family (E2B, E4B, 26B A4B, 31B); read in a stored copy of the page.",
    summary:
      "Gemma 4 is under Apache-2.0, not the Gemma Terms of Use of earlier Gemma generations, as Google's own developer documentation states: commercial use, fine-tuning and redistribution are allowed with the Apache notice duties.",
    terms: permissiveTerms(APACHE_NOTICE),
    // The licence data's two quotes (a third party's copy of Google's terms, a blog) give way to Google's page.
    clauses: {},
    readClauses: [
      pageClause(
        "commercial-use",
        "Gemma 4 is licensed under the Apache-2.0 license.",
        GEMMA_4_PAGE,
        "Google's LiteRT-LM model page for Gemma 4",
      ),
    ],
    history: "Gemma 1, 2 and 3 are under the Gemma Terms of Use (their own record); Gemma 4 is under Apache-2.0.",
  },
  {
    id: "qwen2.5-apache",
    family: "qwen2.5",
    name: "Apache License 2.0 (Qwen2.5 0.5B/1.5B/7B/14B/32B)",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    summary:
      "Every Qwen2.5 size except 3B and 72B is Apache-2.0 (the Coder line follows the same split). Check the exact size: 3B is research-only and 72B has a user threshold.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {
      "Per-size licensing": "general",
      "Repo README in the Qwen2.5 era (commit 486bf75)": "commercial-use",
      "Coder: 3B is research-licensed": "general",
    },
    // The launch post's model table gives each size's licence in its own row, quoted per size.
    readClauses: [
      qwen25Row("| Qwen2.5-0.5B |  0.49B |  0.36B | 24 | 14 / 2 | Yes |  32K | 8K | Apache 2.0 |"),
      qwen25Row("| Qwen2.5-1.5B | 1.54B |  1.31B | 28 | 12 / 2 | Yes |  32K | 8K | Apache 2.0 |"),
      qwen25Row("| Qwen2.5-7B | 7.61B |  6.53B | 28 | 28 / 4 | No |  128K | 8K | Apache 2.0 |"),
      qwen25Row("| Qwen2.5-14B | 14.7B |  13.1B | 48 | 40 / 8 | No |  128K  | 8K | Apache 2.0 |"),
      qwen25Row("| Qwen2.5-32B  |  32.5B |  31.0B | 64 | 40 / 8 | No |  128K | 8K | Apache 2.0 |"),
    ],
  },
  {
    id: "qwen3",
    family: "qwen3",
    kind: "osi-open-source",
    summary:
      "All open-weight Qwen3 models are Apache-2.0, per the Qwen repository; later Qwen releases may differ, so check the card.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "All open-weight models Apache-2.0": "commercial-use", "Launch blog": "general" },
  },
  {
    id: "deepseek-r1",
    family: "deepseek-r1",
    kind: "osi-open-source",
    summary:
      "DeepSeek-R1's code and weights are MIT and DeepSeek explicitly allows distillation into other models. The R1-Distill models also inherit their base model's licence (Qwen2.5 or Llama).",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {
      "Weights MIT": "commercial-use",
      "Distillation allowed": "outputs-training",
      "Llama-based distill inherits Llama 3.3 license": "general",
    },
    // The Llama line speaks for the 70B distill (a Llama 3.3 derivative), not for DeepSeek-R1.
    clauseCheckpoints: { "Llama-based distill inherits Llama 3.3 license": "DeepSeek-R1-Distill-Llama-70B" },
  },
  {
    id: "phi-3",
    family: "phi-3",
    kind: "osi-open-source",
    summary:
      "Microsoft publishes Phi-3 and Phi-3.5 under MIT. Earlier Phi models started under a research licence; Phi-2 moved to MIT.",
    terms: permissiveTerms(MIT_NOTICE),
    // Phi-2's own move to MIT is its card's word, not Phi-3's: the history says it in our words.
    clauses: { "Official card tag": "commercial-use" },
  },
  phiMit(
    "phi-4",
    "Phi-4",
    [
      pageClause(
        "commercial-use",
        "License: mit",
        PHI_4_REPO,
        "microsoft/phi-4 at commit 381727a, the repository's licence tag",
      ),
    ],
    "Microsoft's own Hugging Face repository microsoft/phi-4 carries the MIT licence tag at commit 381727a (a stored copy of the page). The Microsoft Research License (MSRLA) seen for Phi-4 belongs to its December 2024 preview card on Azure AI Foundry, known to us only through a third party's copy.",
    "Phi-4 was first shown in December 2024 as a preview on Azure AI Foundry, whose card named the Microsoft Research License (per a third party's copy of that card); the Hugging Face release is MIT.",
  ),
  phiMit(
    "phi-4-mini",
    "Phi-4-mini",
    phiCatalogueClauses(
      "phi-4-mini-instruct-generic-gpu",
      "Phi-4-mini-instruct",
      "https://huggingface.co/microsoft/Phi-4-mini-instruct/blob/main/LICENSE",
    ),
    "Microsoft's own model catalogue (Azure/azureml-assets) lists Phi-4-mini-instruct under MIT, with the LICENSE file of microsoft/Phi-4-mini-instruct as its terms.",
  ),
  phiMit(
    "phi-4-reasoning",
    "Phi-4-reasoning",
    phiCatalogueClauses(
      "Phi-4-reasoning-generic-gpu",
      "Phi-4-reasoning",
      "https://huggingface.co/microsoft/Phi-4-reasoning/blob/main/LICENSE",
    ),
    "Microsoft's own model catalogue (Azure/azureml-assets) lists Phi-4-reasoning under MIT, with the LICENSE file of microsoft/Phi-4-reasoning as its terms.",
  ),
  {
    id: "olmo-2",
    family: "olmo-2",
    kind: "osi-open-source",
    summary:
      "Ai2 releases OLMo 2 fully open (weights, code and data) under Apache-2.0. Some post-trained variants used data generated by other models: check the card.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Card license": "commercial-use", "Code Apache-2.0": "code-licence", "Weights on HF": "self-hosting" },
  },
  {
    id: "gpt-oss",
    family: "gpt-oss",
    kind: "osi-open-source",
    summary:
      "OpenAI's gpt-oss-20b and gpt-oss-120b are Apache-2.0 open weights; the attached usage policy only asks you to obey applicable law.",
    terms: permissiveTerms(APACHE_NOTICE, { acceptableUsePolicy: "gpt-oss usage policy: comply with applicable law." }),
    clauses: { "Apache-2.0": "general", "Usage policy": "acceptable-use", README: "commercial-use" },
  },
  {
    id: "grok-1",
    family: "grok-1",
    kind: "osi-open-source",
    summary: "xAI released the Grok-1 base model's code and weights under Apache-2.0.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Code and weights Apache-2.0": "commercial-use", "License file": "general" },
  },
  {
    id: "yi",
    family: "yi",
    kind: "osi-open-source",
    summary:
      "01.AI's Yi models are Apache-2.0 since May 2024; before that their community licence required registering for commercial use. 01.AI asks derivatives to credit the Yi model they build on.",
    terms: permissiveTerms(
      'Keep Apache-2.0 notices; 01.AI asks derivatives to state: "This work is a derivative of [the Yi model] by 01.AI, used under the Apache 2.0 License."',
    ),
    clauses: {
      "Current statement": "commercial-use",
      "Old v2.1 commercial registration": "relicensing",
      "Attribution request": "attribution",
    },
  },
  {
    id: "snowflake-arctic",
    family: "snowflake-arctic",
    kind: "osi-open-source",
    summary: "Snowflake Arctic's weights and code are Apache-2.0 and downloadable without a gate.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "Ungated Apache-2.0 weights": "commercial-use", License: "general" },
  },
  {
    id: "granite",
    family: "granite",
    kind: "osi-open-source",
    summary: "IBM releases its Granite 3.x and 4.0 language models under Apache-2.0 for research and commercial use.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: { "3.1 Apache": "commercial-use", "4.0 Apache": "commercial-use" },
  },
];
