// Two readings of the fifteenth tryout round's Québec ministry (written in French):
// - 'doivent rester au Québec, ou au moins au Canada' / 'must stay in Quebec, or at least in
//   Canada': the wider place the team accepts is the rule, as 'Data must stay in Canada' is read
//   (it was unread, or only 'regulated data');
// - 'Budget : 45 000 $ CA par mois': Canadian dollars written after the amount (it was $45,000 US);
// - 'Pas d'équipe ML': no ML-ops experience (it was not stated).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);

// [the narrower place, the wider place in English, in French, as said back]
const PLACES = [
  ["Quebec", "Canada", "au Québec", "au Canada", "Canada"],
  ["Ontario", "Canada", "en Ontario", "au Canada", "Canada"],
  ["Geneva", "Switzerland", "à Genève", "en Suisse", "Switzerland"],
  ["Scotland", "the UK", "en Écosse", "au Royaume-Uni", "the UK"],
] as const;

describe("data that must stay in one place, or at least in a wider one", () => {
  it("is kept to the wider place, said in English or French", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.constantFrom("en", "fr"),
        fc.constantFrom("or at least", "or failing that"),
        fc.constantFrom("Personal data", "Customer data", "All data"),
        ([narrow, wide, narrowFr, wideFr, said], lang, orAtLeast, what) => {
          const text =
            lang === "en"
              ? `We want a support chatbot for our customers. ${what} must stay in ${narrow}, ${orAtLeast} in ${wide}. Which model?`
              : `Bonjour, nous voulons un assistant conversationnel pour nos clients. Les renseignements personnels doivent rester ${narrowFr}, ou au moins ${wideFr}. Quel modèle ?`;
          expect(read(text).residencyElsewhere, text).toBe(said);
        },
      ),
    );
  });
});

describe("a budget in Canadian dollars written after the amount, in French", () => {
  it("is Canadian dollars, never US dollars", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }).map((k) => k * 1_000),
        fc.constantFrom("$ CA", "$CA", "$ CAN"),
        fc.constantFrom("par mois", "mensuellement"),
        (amount, sign, period) => {
          const written = amount.toLocaleString("en-US").replace(/,/g, " ");
          const text = `Bonjour, nous voulons un assistant pour nos clients. Budget : ${written} ${sign} ${period}. Quel modèle ?`;
          expect(read(text).statedBudget, text).toEqual({ currency: "CAD", perMonth: amount });
        },
      ),
    );
  });
});

describe("no ML team, said in French", () => {
  it("is no ML-ops experience", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Pas d'équipe ML", "Pas d’équipe IA", "Aucune équipe MLOps", "pas d'equipe ML"),
        fc.constantFrom(", et tout achat passe par un appel d'offres.", ".", " chez nous."),
        (none, rest) => {
          const text = `Bonjour, nous voulons un assistant conversationnel sur notre site. ${none}${rest} Quel modèle ?`;
          expect(read(text).mlOpsExperience, text).toBe("none");
        },
      ),
    );
  });
});
