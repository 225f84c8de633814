// Requirements from free text: the shared requirements parser, plus whether the use is
// commercial (a team fact that decides licence verdicts: non-commercial licences are blocked
// for commercial use, and the recommendation assumes commercial use unless told otherwise).
import type { Catalog } from "../../catalog/catalog.js";
import { parseRequirements } from "../../intents/requirements-text.js";
import { parseTeamFacts } from "../../intents/team-facts.js";
import type { Requirements } from "../../scoring/requirements.js";

export function requirementsFromText(text: string, catalog: Catalog): Partial<Requirements> {
  const req = parseRequirements(text, catalog);
  const commercial = parseTeamFacts(text).commercial;
  if (commercial !== undefined) req.commercial = commercial;
  return req;
}
