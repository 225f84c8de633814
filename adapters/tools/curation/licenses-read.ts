// Licences the licence knowledge base does not cover, settled by the lab's own repository: we read
// the LICENSE file and README at a pinned commit and quote them briefly (readClauses). Summaries,
// terms and notes are our own reading of those texts.
import {
  APACHE_NOTICE,
  MIT_NOTICE,
  pageClause,
  permissiveTerms,
  reportedClause,
  unknownTerms,
} from "./license-types.js";
import type { LicenseCuration, ReadClause } from "./license-types.js";

const READ_ON = "2026-12-04";
const HOW = "read in a snapshot of the lab's repository at the pinned commit";

const KIMI = "https://github.com/MoonshotAI/Kimi-K2/blob/c6157be8531e1c52f5dfd3bb91a1275b089eac50";
const MINIMAX = "https://github.com/MiniMax-AI/MiniMax-M2/blob/2e575efec12773cdc5d811341089512452bfb468";
const GLM = "https://github.com/zai-org/GLM-4.5/blob/170f20b2c10659008fdbc909d478bc2a75bc3627";
const MINIMAX_M21 = "https://github.com/MiniMax-AI/MiniMax-M2.1/blob/a87862490b68dcc077e520166cc0451a419dfba4";
const MINIMAX_M25 = "https://github.com/MiniMax-AI/MiniMax-M2.5/blob/0fe00c843c16e7081a9631daeafc11288f5f871c";
const QWEN35 = "https://github.com/QwenLM/Qwen3.5/blob/7e103aebdbff11c98cc1cd6a2a568988cfd38168";
const MINIMAX_M27 = "https://github.com/MiniMax-AI/MiniMax-M2.7/blob/1e267c3e155b30bd4156beaaf7042dd0b585d8e3";
const KIMI_K25 = "https://github.com/MoonshotAI/Kimi-K2.5/blob/3e60763b943e93c443287c383e0468ffe05b188f";
const MISTRAL_CARDS =
  "https://github.com/mistralai/platform-docs-public/blob/222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/src/schema/models/models";
// The GLM-5 repository's first commit (10 February 2026) holds Z.ai's GLM-5 model card with its
// Hugging Face front matter; later commits replaced it with a repository README.
const GLM5_CARD = "https://github.com/zai-org/GLM-5/blob/ee0c55a723c31c973cf886c87a29da26c5e4f88c/README.md";
const MINIMAX_M3_LICENSE = "https://huggingface.co/MiniMaxAI/MiniMax-M3/raw/main/LICENSE";
const DEEPSEEK_V32_EXP =
  "https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/3b99a5350d260b7c2a357e82362305509e2d0724";

const read = (topic: ReadClause["topic"], quote: string, source: string): ReadClause => ({
  topic,
  quote,
  source,
  checkedAt: READ_ON,
  checkedHow: HOW,
});

export const READ_LICENSES: LicenseCuration[] = [
  {
    id: "mistral-large-3",
    // The licence data's family for Large 3 rests on secondary reports only; Mistral's card settles it.
    family: "mistral-large-3",
    name: "Apache License 2.0 (Mistral Large 3)",
    developer: "Mistral AI",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Mistral's own model card data for Large 3 names Apache 2.0 as the licence of its published weights (read in mistralai/platform-docs-public at a pinned commit).",
    summary:
      "Mistral Large 3's weights are Apache-2.0, unlike Large 2 and 2.1 (Mistral Research Licence): commercial use, fine-tuning and self-hosting are allowed with the usual notice duties.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [read("commercial-use", "license: 'Apache 2.0'", `${MISTRAL_CARDS}/mistral-large-3-25-12.ts`)],
  },
  {
    id: "mistral-small-4-reported",
    family: null,
    name: "Apache License 2.0 (Mistral Small 4)",
    developer: "Mistral AI",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Mistral's own model card data for Small 4 names Apache 2.0 as the licence of its published weights (read in mistralai/platform-docs-public at a pinned commit); earlier only news reports said so.",
    summary:
      "Mistral Small 4's weights are Apache-2.0: commercial use, fine-tuning and self-hosting are allowed with the usual notice duties.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [read("commercial-use", "license: 'Apache 2.0'", `${MISTRAL_CARDS}/mistral-small-4-0-26-03.ts`)],
  },
  {
    id: "moonshot-kimi-license",
    family: null,
    name: "Kimi K2 Modified MIT License",
    developer: "Moonshot AI",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in the Kimi-K2 repository (LICENSE and README, which say it covers code and weights). Later K2 checkpoints (0905, Thinking) are published as K2 releases; check the card of the exact checkpoint.",
    summary:
      "MIT terms with one addition: a commercial product or service using Kimi K2 (or a derivative) with over 100 million monthly active users or over US$20 million monthly revenue must show “Kimi K2” prominently in its user interface.",
    terms: permissiveTerms(
      `${MIT_NOTICE} Products with over 100M monthly active users or over US$20M monthly revenue must display "Kimi K2" prominently in their user interface.`,
      {
        commercialUse: "conditional",
        notes: {
          commercialUse:
            'Allowed; a product above 100M monthly active users or US$20M monthly revenue must display "Kimi K2" in its user interface.',
        },
      },
    ),
    clauses: {},
    readClauses: [
      read(
        "general",
        "Both the code and the model weights are released under the [Modified MIT License](LICENSE).",
        `${KIMI}/README.md`,
      ),
      read(
        "attribution",
        "more than 100 million monthly active users, or more than 20 million US dollars (or equivalent in other currencies) in monthly revenue",
        `${KIMI}/LICENSE`,
      ),
      read(
        "attribution",
        'you shall prominently display "Kimi K2" on the user interface of such product or service.',
        `${KIMI}/LICENSE`,
      ),
    ],
    history: null,
  },
  {
    id: "minimax-license",
    family: null,
    name: "MiniMax-M2 MIT License (with a display clause)",
    developer: "MiniMax",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in the MiniMax-M2 repository: its LICENSE is MIT plus one modification; the README links that licence and says the weights are open source on Hugging Face.",
    summary:
      "MIT terms with one addition: a commercial product or service using MiniMax-M2 (or a derivative) with over 100 million monthly active users or over US$30 million annual recurring revenue must show “MiniMax M2” prominently in its user interface.",
    terms: permissiveTerms(
      `${MIT_NOTICE} Products with over 100M monthly active users or over US$30M annual recurring revenue must display "MiniMax M2" prominently in their user interface.`,
      {
        commercialUse: "conditional",
        notes: {
          commercialUse:
            'Allowed; a product above 100M monthly active users or US$30M annual recurring revenue must display "MiniMax M2" in its user interface.',
        },
      },
    ),
    clauses: {},
    readClauses: [
      read("general", "MIT License", `${MINIMAX}/LICENSE`),
      read(
        "attribution",
        "more than 100 million monthly active users, or more than 30 million US dollars (or equivalent in other currencies) in annual recurring revenue",
        `${MINIMAX}/LICENSE`,
      ),
      read(
        "attribution",
        "you shall prominently display “MiniMax M2” on the user interface of such product or service.",
        `${MINIMAX}/LICENSE`,
      ),
    ],
    history: null,
  },
  // M2.1's LICENSE differs from M2's: the display duty applies to every commercial product or
  // service, with no user or revenue threshold.
  {
    id: "minimax-m2.1-license",
    family: null,
    name: "MiniMax-M2.1 Modified MIT License (display in every commercial product)",
    developer: "MiniMax",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in the MiniMax-M2.1 repository at a pinned commit: its LICENSE is MIT plus one modification, and the README names it Modified-MIT.",
    summary:
      "MIT terms with one addition: any commercial product or service that uses MiniMax-M2.1 (or a derivative) must show “MiniMax M2.1” prominently in its user interface, whatever its size. Unlike M2's licence, there is no user or revenue threshold.",
    terms: permissiveTerms(
      `${MIT_NOTICE} Every commercial product or service using the model must display "MiniMax M2.1" prominently in its user interface.`,
      {
        commercialUse: "conditional",
        notes: {
          commercialUse:
            'Allowed; every commercial product or service built on it must display "MiniMax M2.1" in its user interface.',
        },
      },
    ),
    clauses: {},
    readClauses: [
      read("general", "MIT License", `${MINIMAX_M21}/LICENSE`),
      read(
        "attribution",
        "if the Software (or any derivative works thereof) is used for any of your commercial products or services, you shall prominently display “MiniMax M2.1” on the user interface of such product or service.",
        `${MINIMAX_M21}/LICENSE`,
      ),
    ],
    history:
      "MiniMax-M2 (October 2025) came under MIT with the same display duty only above 100M monthly users or US$30M annual recurring revenue.",
  },
  {
    id: "glm-4.5-mit",
    family: null,
    name: "MIT License (GLM-4.5 weights)",
    developer: "Zhipu AI (Z.ai)",
    kind: "osi-open-source",
    spdx: "MIT",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in Z.ai's GLM-4.5 repository README, which states the MIT licence for the GLM-4.5 and GLM-4.5-Air weights. The repository's own LICENSE file (Apache-2.0) covers its code.",
    summary:
      "GLM-4.5 and GLM-4.5-Air weights are MIT: commercial use, fine-tuning and redistribution are allowed; keep the MIT notice.",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {},
    readClauses: [
      read(
        "commercial-use",
        "They are released under the MIT open-source license and can be used commercially and for secondary development.",
        `${GLM}/README.md`,
      ),
    ],
    history: null,
  },
  {
    id: "glm-5-mit",
    family: null,
    name: "MIT License (GLM-5 weights)",
    developer: "Zhipu AI (Z.ai)",
    kind: "osi-open-source",
    spdx: "MIT",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in Z.ai's GLM-5 model card as committed to its GitHub repository at launch (the card's front matter tags it MIT); a third-party proxy's copy of the published card on Hugging Face (hf.031202.xyz) carries the same tag. The repository's LICENSE file (Apache-2.0) covers its code.",
    summary:
      "GLM-5's weights are MIT, like GLM-4.5's: commercial use, fine-tuning and redistribution are allowed; keep the MIT notice.",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {},
    readClauses: [{ ...read("general", "license: mit", GLM5_CARD), checkpoint: "GLM-5" }],
    history:
      "GLM-4.5 and GLM-4.5-Air came under MIT too; the licences of GLM-4.6, 4.7, 5.1 and 5.2 were not read in Z.ai's own text.",
  },
  {
    id: "deepseek-later-license",
    family: null,
    name: "MIT License (later DeepSeek checkpoints, per checkpoint)",
    developer: "DeepSeek",
    kind: "osi-open-source",
    spdx: "MIT",
    osiApproved: true,
    weightsAvailable: true,
    // Read for V3.2-Exp, the experimental predecessor; the V3.2 and V4 cards themselves were not read.
    verified: false,
    verificationNote:
      "DeepSeek's V3.2-Exp repository puts code and weights under MIT, and the licence data saw a later V3.x card tagged MIT; the cards of V3.2 and V4 themselves were not read.",
    summary:
      "DeepSeek moved from its own model licence (V3) to MIT for later checkpoints: the V3.2-Exp repository licenses code and weights under MIT. Check the exact checkpoint's card.",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: { "deepseek-v3#Later checkpoint tagged MIT": "relicensing" },
    // Both quotes are V3.2-Exp's own (the experimental predecessor): kept for the record, never
    // quoted as the words of V3.2 or V4, whose cards were not read.
    clauseCheckpoints: { "deepseek-v3#Later checkpoint tagged MIT": "DeepSeek-V3.2-Exp" },
    readClauses: [
      {
        ...read(
          "general",
          "This repository and the model weights are licensed under the [MIT License](LICENSE).",
          `${DEEPSEEK_V32_EXP}/README.md`,
        ),
        checkpoint: "DeepSeek-V3.2-Exp",
      },
    ],
    history:
      "DeepSeek-V3's original checkpoints use the DeepSeek Model License; R1 and later V3.x checkpoints are MIT.",
  },
  {
    id: "minimax-model-license",
    family: null,
    name: "MiniMax Model License (MiniMax-M2.5)",
    developer: "MiniMax",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in the MiniMax-M2.5 repository's LICENSE-MODEL (version release date 2026-02-13). MiniMax-M2 itself is under MIT; see its own record.",
    summary:
      "A royalty-free licence to use, modify and redistribute MiniMax-M2.5, including commercially, provided you pass the licence on, mark changed files, ship a notice, and follow MiniMax's prohibited-uses policy (no military use, among others). Singapore law governs it.",
    terms: {
      ...permissiveTerms(
        'Give recipients a copy of the licence, mark modified files, and ship a "Notice" file with MiniMax\'s attribution line.',
      ),
      redistribution: "conditional",
      serveAsApi: "conditional",
      acceptableUsePolicy: "MiniMax Prohibited Uses Policy (part of the licence).",
      passThrough:
        "Anyone you give the model, a derivative or a product using it (including another AI model) receives a copy of the licence.",
      fieldOfUseRestrictions: [
        "military purposes",
        "fully automated decisions that adversely affect a person's legal rights",
      ],
      decisionsAboutPeople: {
        kind: "automated",
        fields: ["employment", "finance", "housing", "legal"],
        policy: "the MiniMax Model License's prohibited uses",
      },
      notes: {
        redistribution: "Allowed with a copy of the licence, marked changes and the Notice file.",
        serveAsApi: "Allowed; the licence copy and the prohibited-uses policy apply to products using the model.",
      },
    },
    clauses: {},
    readClauses: [
      read(
        "commercial-use",
        "You are granted a non-exclusive, worldwide and royalty-free limited license",
        `${MINIMAX_M25}/LICENSE-MODEL`,
      ),
      read(
        "redistribution",
        "you shall provide a copy of this Agreement with any such the Model Materials or derivative works",
        `${MINIMAX_M25}/LICENSE-MODEL`,
      ),
      read(
        "field-of-use",
        "Assist with, engage in or otherwise support any military purpose.",
        `${MINIMAX_M25}/LICENSE-MODEL`,
      ),
      {
        ...read(
          "decisions-about-people",
          "Conduct fully automated decision-making that adversely affects an individual's legal rights or creates or modifies a binding, enforceable obligation.",
          `${MINIMAX_M25}/LICENSE-MODEL`,
        ),
        checkedAt: "2026-12-06",
      },
    ],
    history:
      "MiniMax-M2 (October 2025) was MIT with a display clause; from M2.5 on MiniMax uses its own model licence.",
  },
  {
    // Unlike M2 (MIT) and M2.5 (commercial use allowed), M2.7's weights are non-commercial by default.
    id: "minimax-m2.7-license",
    family: null,
    name: "MiniMax-M2.7 Non-Commercial License",
    developer: "MiniMax",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote: "Read in the MiniMax-M2.7 repository's LICENSE (April 2026).",
    summary:
      "MIT-style terms for non-commercial use only: personal use (including self-hosting), non-profit, academic and research use are free; any commercial use, including offering it through an API or deploying a fine-tuned copy commercially, needs MiniMax's prior written authorization, and authorized commercial use must show “Built with MiniMax M2.7”. A prohibited-uses appendix (no military use, among others) applies.",
    terms: {
      ...unknownTerms(),
      commercialUse: "no",
      selfHosting: "conditional",
      fineTuning: "conditional",
      redistribution: "conditional",
      serveAsApi: "no",
      attribution:
        'Keep the copyright and permission notice; authorized commercial use must display "Built with MiniMax M2.7".',
      acceptableUsePolicy: "Prohibited-uses appendix of the licence.",
      fieldOfUseRestrictions: ["military purposes"],
      notes: {
        commercialUse:
          "Prohibited without MiniMax's prior written authorization (contact MiniMax for an M2.7 licence).",
        selfHosting:
          "Free for personal, non-profit, academic and research use; commercial deployment needs authorization.",
        fineTuning:
          "Allowed for the permitted non-commercial uses; deploying a fine-tuned copy commercially needs authorization.",
        redistribution: "Allowed for non-commercial purposes with the notice kept.",
        serveAsApi: "Commercial use of APIs built on the model is commercial use: it needs authorization.",
        outputsToTrainOtherModels: "The licence does not address it.",
      },
    },
    clauses: {},
    readClauses: [
      read(
        "commercial-use",
        "Any Commercial Use of the Software or any derivative work thereof is prohibited without obtaining a separate, prior written authorization from MiniMax.",
        `${MINIMAX_M27}/LICENSE`,
      ),
      read(
        "self-hosting",
        "personal use, including self-hosted deployment for coding, development of applications, agents, tools, integrations, research, experimentation, or other personal purposes",
        `${MINIMAX_M27}/LICENSE`,
      ),
      read(
        "attribution",
        'you shall prominently display "Built with MiniMax M2.7" on a related website, user interface, blogpost, about page or product documentation.',
        `${MINIMAX_M27}/LICENSE`,
      ),
      read(
        "field-of-use",
        "Assist with, engage in or otherwise support any military purpose.",
        `${MINIMAX_M27}/LICENSE`,
      ),
    ],
    history:
      "MiniMax-M2 (October 2025) was MIT with a display clause; M2.5 (February 2026) came under MiniMax's model licence, which allows commercial use; M2.7 (March 2026) is non-commercial unless MiniMax authorizes it.",
  },
  {
    // Qwen3.5's own repository, at a commit after every Qwen3.5 size was out (2026-02-16 to 2026-03-02).
    id: "qwen3.5-apache",
    family: null,
    name: "Apache License 2.0 (Qwen3.5)",
    developer: "Alibaba Cloud (Qwen team)",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in Qwen's Qwen3.5 repository README (2 March 2026, after the 397B, 122B, 35B and 27B releases); the licence files sit in each Hugging Face repository.",
    summary: "Qwen3.5's open weights are under Apache-2.0: commercial use, changes and redistribution allowed.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [read("general", "All our open-weight models are licensed under Apache 2.0.", `${QWEN35}/README.md`)],
    history: null,
  },
  {
    id: "qwen-later-apache",
    family: null,
    name: "Apache License 2.0 (Qwen3.6, reported)",
    developer: "Alibaba Cloud (Qwen team)",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    // Qwen's latest statement we read predates Qwen3.6; its own cards were not read.
    verified: false,
    verificationNote:
      "Qwen's Qwen3.5 README (March 2026) says all its open-weight models are Apache-2.0, but it predates Qwen3.6, whose own cards were not read.",
    summary:
      "Qwen has released its open-weight models under Apache-2.0; for Qwen3.6 that is reported, not read in its own cards.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [read("general", "All our open-weight models are licensed under Apache 2.0.", `${QWEN35}/README.md`)],
    history: null,
  },
  {
    id: "moonshot-kimi-k2.5-license",
    family: null,
    name: "Kimi K2.5 Modified MIT License",
    developer: "Moonshot AI",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in Moonshot's Kimi-K2.5 repository (LICENSE and README, which say it covers code and weights).",
    summary:
      "MIT terms with one addition: a commercial product or service using Kimi K2.5 (or a derivative) with over 100 million monthly active users or over US$20 million monthly revenue must show “Kimi K2.5” prominently in its user interface.",
    terms: permissiveTerms(
      `${MIT_NOTICE} Products with over 100M monthly active users or over US$20M monthly revenue must display "Kimi K2.5" prominently in their user interface.`,
      {
        commercialUse: "conditional",
        notes: {
          commercialUse:
            'Allowed; a product above 100M monthly active users or US$20M monthly revenue must display "Kimi K2.5" in its user interface.',
        },
      },
    ),
    clauses: {},
    readClauses: [
      read(
        "general",
        "Both the code repository and the model weights are released under the [Modified MIT License](LICENSE).",
        `${KIMI_K25}/README.md`,
      ),
      read(
        "attribution",
        "more than 100 million monthly active users, or more than 20 million US dollars (or equivalent in other currencies) in monthly revenue",
        `${KIMI_K25}/LICENSE`,
      ),
      read(
        "attribution",
        'you shall prominently display "Kimi K2.5" on the user interface of such product or service.',
        `${KIMI_K25}/LICENSE`,
      ),
    ],
    history: "Kimi K2 (July 2025) came under the same Modified MIT terms, with “Kimi K2” as the name to display.",
  },
  {
    id: "moonshot-kimi-later-license",
    family: null,
    name: "Kimi K2.6 Modified MIT License (reported, not read)",
    developer: "Moonshot AI",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: null,
    weightsAvailable: true,
    verified: false,
    verificationNote:
      "No Moonshot text for K2.6 was read (its card and LICENSE are on Hugging Face only; no copy at Moonshot's own address is stored). Third-party pages report a Modified MIT licence like K2's and K2.5's; every term stays unknown until Moonshot's text is read.",
    summary:
      "Moonshot publishes the weights of Kimi K2.6. Third parties report the same kind of Modified MIT licence as Kimi K2 and K2.5 (MIT plus a duty to show the model's name in very large products); we have not read Moonshot's text, so treat every term as unconfirmed.",
    terms: unknownTerms(),
    clauses: {},
    readClauses: [
      reportedClause(
        "general",
        "模型权重以修改版 MIT 许可证发布",
        "https://shilu.ai/articles/moonshot-hf/moonshotai-kimi-k2.6",
        "a third party's Chinese summary of Moonshot's Hugging Face card",
      ),
    ],
    history: "Kimi K2 (July 2025) and K2.5 came under Modified MIT licences, each naming its own model to display.",
  },
  {
    id: "moonshot-kimi-k2.7-code-license",
    family: null,
    name: "Kimi K2.7 Code licence (reported Modified MIT, not read)",
    developer: "Moonshot AI",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: null,
    weightsAvailable: true,
    verified: false,
    verificationNote:
      "No Moonshot text for K2.7 Code was read; SGLang's deployment guide reports a Modified MIT licence for the native checkpoint. Every term stays unknown until Moonshot's own text is read.",
    summary:
      "Moonshot publishes the weights of Kimi K2.7 Code; a third party reports a Modified MIT licence like earlier Kimi releases. We have not read Moonshot's text, so treat every term as unconfirmed.",
    terms: unknownTerms(),
    clauses: {},
    readClauses: [
      reportedClause(
        "general",
        "License: Modified MIT for the native checkpoint.",
        "https://docs.sglang.io/cookbook/autoregressive/Moonshotai/Kimi-K2.7-Code",
        "SGLang's deployment guide",
      ),
    ],
    history: null,
  },
  {
    // MiniMax's own LICENSE file in its MiniMax-M3 model repository on Hugging Face (a page on the
    // main branch, no commit to pin), read in a stored copy. Its GitHub repository only collected
    // feedback before the release and names no M3 licence.
    id: "minimax-community-license",
    family: null,
    name: "MiniMax Community License (MiniMax-M3)",
    developer: "MiniMax",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Read in the LICENSE file of MiniMax's own MiniMax-M3 repository on Hugging Face (stored copy of the main branch, read 2026-12-04). The part we hold covers the grant, the notice, the commercial-use conditions and the start of the definition of commercial use; terms we did not read there stay unknown.",
    summary:
      "MIT-style terms for non-commercial use, plus a path to commercial use: a product or service using MiniMax-M3 commercially must show “Built with MiniMax M3”, and either send MiniMax a one-time notice or, above US$20 million yearly revenue from those products, get MiniMax's prior written authorization.",
    terms: {
      ...unknownTerms(),
      commercialUse: "conditional",
      selfHosting: "conditional",
      fineTuning: "conditional",
      redistribution: "conditional",
      serveAsApi: "conditional",
      attribution:
        'Keep the copyright and permission notice; commercial use must display "Built with MiniMax M3" on a related website, user interface, blog post, about page or product documentation.',
      notes: {
        commercialUse:
          'Allowed with "Built with MiniMax M3" shown and a one-time notice to MiniMax; products above US$20M yearly revenue need MiniMax\'s prior written authorization.',
        selfHosting:
          "Free for non-commercial purposes; running it for a commercial product brings the commercial-use conditions.",
        fineTuning: "Changes are allowed; a derivative used commercially carries the same commercial-use conditions.",
        redistribution: "Copies may be passed on with the copyright and permission notice.",
        serveAsApi:
          "Offering it to others for payment is commercial use: the display, notice and (above US$20M yearly revenue) authorization conditions apply.",
        outputsToTrainOtherModels: "Not settled by the part of the licence we read.",
      },
    },
    clauses: {},
    readClauses: [
      pageClause(
        "commercial-use",
        "to deal in the Software for non-commercial purposes",
        MINIMAX_M3_LICENSE,
        "main branch",
      ),
      pageClause(
        "attribution",
        "you shall prominently display “Built with MiniMax M3” on a related website, user interface, blogpost, about page or product documentation.",
        MINIMAX_M3_LICENSE,
        "main branch",
      ),
      pageClause(
        "commercial-use",
        "if such products and services generate more than 20 million US dollars (or equivalent in other currencies) in yearly revenue; otherwise, you only need to send a one-time notice",
        MINIMAX_M3_LICENSE,
        "main branch",
      ),
    ],
    history:
      "MiniMax-M2 came under MIT with a display clause, M2.5 under MiniMax's model licence (commercial use allowed), M2.7 under a non-commercial licence; M3's community licence reopens commercial use with a display duty, a notice and an authorization above US$20M yearly revenue.",
  },
  {
    id: "devstral-2-modified-mit",
    family: null,
    name: "Devstral 2 Modified MIT License",
    developer: "Mistral AI",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: false,
    verificationNote:
      "Mistral's own model card data names the licence of the Devstral 2 (123B) weights 'Modified MIT' (read at a pinned commit). The licence text itself was not read; what the modification says comes from third-party reports only.",
    summary:
      "Devstral 2's 123B weights are under a Modified MIT licence, not plain MIT, per Mistral's card. Reports say the modification withholds the licence from companies whose monthly revenue exceeds US$20 million; we have not read the licence text, so check it before relying on it. Devstral Small 2 (24B) is Apache-2.0 instead.",
    terms: unknownTerms({
      commercialUse: "conditional",
      notes: {
        commercialUse:
          "Reported, not read in the licence: a company (or employer) with global monthly revenue above US$20 million may not use the weights under this licence and needs a separate agreement with Mistral.",
      },
    }),
    clauses: {},
    readClauses: [
      read("general", "license: 'Modified MIT'", `${MISTRAL_CARDS}/devstral-2-25-12.ts`),
      reportedClause(
        "commercial-use",
        "if the global consolidated monthly revenue of your company (or that of your employer) exceeds $20 million",
        "https://groundy.com/articles/devstral-2-from-mistral-a-fully-open-source-coding-agent-model-you-can-run-on-a/",
        "an article quoting the licence",
      ),
    ],
    history: null,
  },
  {
    id: "mistral-medium-3.5-modified-mit",
    family: null,
    name: "Mistral Medium 3.5 Modified MIT License",
    developer: "Mistral AI",
    kind: "open-weights-custom",
    spdx: null,
    osiApproved: false,
    weightsAvailable: true,
    verified: false,
    verificationNote:
      "Mistral's own model card data names the licence of the Mistral Medium 3.5 (128B) weights 'Modified MIT' and links a LICENSE file on Hugging Face (read at a pinned commit). That file was not in our sources, so what the modification says is unknown to us.",
    summary:
      "Mistral Medium 3.5's 128B weights are under a Modified MIT licence, per Mistral's card: MIT with changes we have not read. Mistral's other Modified MIT release (Devstral 2) is reported to exclude large companies by revenue, so read the licence before you rely on it for commercial use.",
    terms: unknownTerms({
      commercialUse: "conditional",
      notes: {
        commercialUse:
          "Not read: the licence is MIT with modifications Mistral's card does not describe; a revenue limit like Devstral 2's is possible. Check the LICENSE file on Hugging Face.",
      },
    }),
    clauses: {},
    readClauses: [read("general", "license: 'Modified MIT'", `${MISTRAL_CARDS}/mistral-medium-3-5-26-04.ts`)],
    history: null,
  },
  {
    id: "devstral-small-2-apache",
    family: null,
    name: "Apache License 2.0 (Devstral Small 2)",
    developer: "Mistral AI",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Mistral's own model card data for Devstral Small 2 names Apache 2.0 as the licence of its weights (read in mistralai/platform-docs-public at a pinned commit).",
    summary:
      "Devstral Small 2's 24B weights are Apache-2.0, unlike the 123B Devstral 2 (Modified MIT): commercial use, fine-tuning and self-hosting are allowed with the usual notice duties.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [read("commercial-use", "license: 'Apache 2.0'", `${MISTRAL_CARDS}/devstral-small-2-25-12.ts`)],
    history: null,
  },
  {
    id: "ministral-3-apache",
    family: null,
    name: "Apache License 2.0 (Ministral 3)",
    developer: "Mistral AI",
    kind: "osi-open-source",
    spdx: "Apache-2.0",
    osiApproved: true,
    weightsAvailable: true,
    verified: true,
    verificationNote:
      "Mistral's own model card data for Ministral 3 3B, 8B and 14B names Apache 2.0 as the licence of every set of weights (instruct, reasoning, base), read in mistralai/platform-docs-public at a pinned commit.",
    summary:
      "The Ministral 3 models (3B, 8B, 14B) are Apache-2.0: commercial use, fine-tuning, shipping the weights inside a product and self-hosting are allowed, with the licence and notices passed on.",
    terms: permissiveTerms(APACHE_NOTICE),
    clauses: {},
    readClauses: [read("commercial-use", "license: 'Apache 2.0'", `${MISTRAL_CARDS}/ministral-3-8b-25-12.ts`)],
    history: null,
  },
];
