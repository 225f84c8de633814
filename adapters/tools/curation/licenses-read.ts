// Licences the licence knowledge base does not cover, settled by the lab's own repository: we read
// the LICENSE file and README at a pinned commit and quote them briefly (readClauses). Summaries,
// terms and notes are our own reading of those texts.
import { MIT_NOTICE, permissiveTerms } from "./license-types.js";
import type { LicenseCuration, ReadClause } from "./license-types.js";

const READ_ON = "2026-12-04";
const HOW = "read in a snapshot of the lab's repository at the pinned commit";

const KIMI = "https://github.com/MoonshotAI/Kimi-K2/blob/c6157be8531e1c52f5dfd3bb91a1275b089eac50";
const MINIMAX = "https://github.com/MiniMax-AI/MiniMax-M2/blob/2e575efec12773cdc5d811341089512452bfb468";
const GLM = "https://github.com/zai-org/GLM-4.5/blob/170f20b2c10659008fdbc909d478bc2a75bc3627";
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
    readClauses: [
      read(
        "general",
        "This repository and the model weights are licensed under the [MIT License](LICENSE).",
        `${DEEPSEEK_V32_EXP}/README.md`,
      ),
    ],
    history:
      "DeepSeek-V3's original checkpoints use the DeepSeek Model License; R1 and later V3.x checkpoints are MIT.",
  },
];
