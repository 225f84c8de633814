// Requirements from free text: the shared requirements parser, plus the team facts that decide
// licence verdicts: whether the use is commercial (non-commercial licences are blocked for
// commercial use, and the recommendation assumes commercial use unless told otherwise) and the
// field of use (use policies that forbid a field block the model).
import type { Catalog } from "../../catalog/catalog.js";
import { parseRequirements } from "../../intents/requirements-text.js";
import { parseTeamFacts } from "../../intents/team-facts.js";
import type { Requirements } from "../../scoring/requirements.js";

export function requirementsFromText(text: string, catalog: Catalog): Partial<Requirements> {
  const req = parseRequirements(text, catalog);
  const facts = parseTeamFacts(text);
  if (facts.commercial !== undefined) req.commercial = facts.commercial;
  // The field of use decides use-policy verdicts (Llama's policy forbids military use).
  if (facts.fieldOfUse) req.fieldOfUse = facts.fieldOfUse;
  // Users under 18 decide providers' age-term verdicts (and children's data is regulated).
  if (facts.minorUsers) req.minorUsers = true;
  // A nonprofit is who the team is; its use is read from the use (team-facts.ts NOT_COMMERCIAL).
  if (facts.nonprofit) req.nonprofit = true;
  return req;
}
