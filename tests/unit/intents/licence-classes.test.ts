import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenceClassesIn } from "../../../src/intents/licence-classes.js";

const catalog = readCatalog();

// "no copyleft" rules out licences of weights that are copyleft; a licence whose name mentions the
// GPL of its code only is not one of them.
describe("licence classes: copyleft is read from the licence of the weights", () => {
  it.each(["no copyleft", "nothing gpl", "no agpl stuff", "avoid copyleft licences"])("%s", (scope) => {
    const ids = licenceClassesIn(scope, catalog);
    for (const id of ids) {
      const licence = catalog.licenseById.get(id);
      if (!licence) continue;
      expect(licence.spdx ?? "").toMatch(/gpl|-sa|mpl|epl|osl/i);
    }
    expect(ids).not.toContain("llama-1");
  });
});
