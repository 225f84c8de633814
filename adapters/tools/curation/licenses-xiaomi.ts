// Xiaomi's MiMo-V2.5 weights. Xiaomi publishes the cards and licence files on Hugging Face only, and
// no copy at Xiaomi's own address is stored, so the licence is what third parties report: MIT in the
// card's front matter as a re-upload copies it, MIT for the Pro per a review of its card. SGLang's
// deployment guide says Apache 2.0 instead. Both allow commercial use; the record stays unverified
// until Xiaomi's own text is read.
import { MIT_NOTICE, permissiveTerms, reportedClause } from "./license-types.js";
import type { LicenseCuration } from "./license-types.js";

export const XIAOMI_LICENSES: LicenseCuration[] = [
  {
    id: "mimo-v2.5-reported",
    family: null,
    name: "MIT License (MiMo-V2.5 weights, reported)",
    developer: "Xiaomi",
    kind: "osi-open-source",
    spdx: "MIT",
    osiApproved: true,
    weightsAvailable: true,
    verified: false,
    verificationNote:
      "Not read in Xiaomi's own text: a re-upload's copy of the MiMo-V2.5 card carries 'license: mit' in its front matter and a review of the MiMo-V2.5-Pro card says MIT, while SGLang's deployment guide for both says Apache 2.0.",
    summary:
      "Xiaomi publishes the MiMo-V2.5 and MiMo-V2.5-Pro weights; copies of the cards give MIT (one deployment guide says Apache 2.0). Either way commercial use, fine-tuning and redistribution are reported allowed with the notice kept; check Xiaomi's own card before relying on it.",
    terms: permissiveTerms(MIT_NOTICE),
    clauses: {},
    readClauses: [
      {
        ...reportedClause(
          "general",
          "license: mit",
          "https://hugingapi.com/MuVeraAI/MiMo-V2.5/blame/main/README.md",
          "a re-upload's copy of Xiaomi's MiMo-V2.5 card (its front matter)",
        ),
        checkpoint: "MiMo-V2.5",
      },
      {
        ...reportedClause(
          "general",
          "released on Hugging Face under an MIT license",
          "https://akmaier.substack.com/p/xiaomi-at-the-trillion-parameter",
          "a review of Xiaomi's MiMo-V2.5-Pro card",
        ),
        checkpoint: "MiMo-V2.5-Pro",
      },
    ],
    history: "Xiaomi's earlier MiMo-V2-Flash card (December 2025) is tagged MIT as well, in copies of it.",
  },
];
