// Facts an experienced ML lead assumes when a team leaves them unsaid, because assuming the
// opposite would be the costly mistake. Each is said in the answer with how to undo it.
import type { Requirements } from "./requirements.js";

export interface JudgedDefaults {
  req: Requirements;
  /** What was assumed, in words, for the answer. */
  assumed: string[];
}

export function judgedDefaults(req: Requirements): JudgedDefaults {
  // Medical work (a hospital's notes, a clinic's assistant) handles patient data unless the team
  // says otherwise: ranking it as unregulated would send patient data to any host.
  if (req.fieldOfUse === "medical" && req.dataSensitivity === undefined)
    return {
      req: { ...req, dataSensitivity: "regulated" },
      assumed: [
        'regulated (patient) data, since this is medical work (say "internal data only" if no patient data is involved)',
      ],
    };
  return { req, assumed: [] };
}
