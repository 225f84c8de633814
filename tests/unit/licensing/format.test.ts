import { describe, expect, it } from "vitest";
import { sourceTitle } from "../../../src/answers/license-quotes.js";
import { formatCount, shortLicenseName, theLicense } from "../../../src/licensing/format.js";

describe("licence wording helpers", () => {
  it("formats user counts compactly", () => {
    expect(formatCount(800_000_000)).toBe("800M");
    expect(formatCount(1_000_000_000)).toBe("1B");
    expect(formatCount(1_500_000)).toBe("1.5M");
    expect(formatCount(950)).toBe("950");
  });

  it("shortens catalogue licence names for sentences", () => {
    expect(shortLicenseName("Mistral AI Research License (MRL-0.1), Mistral Small 24.09")).toBe(
      "Mistral AI Research License",
    );
    expect(shortLicenseName("Llama 2 Community License Agreement (July 18, 2023)")).toBe(
      "Llama 2 Community License Agreement",
    );
    expect(shortLicenseName("Falcon-180B TII License Version 1.0 + Acceptable Use Policy")).toBe(
      "Falcon-180B TII License Version 1.0",
    );
    expect(shortLicenseName("Apache License 2.0 (reported; Google links a separate 'Gemma 4 license')")).toBe(
      "Apache License 2.0",
    );
    expect(shortLicenseName("None (never released)")).toBe("None (never released)");
    expect(theLicense("Apache License 2.0")).toBe("the Apache License 2.0");
  });

  it("names quote sources by repository and file", () => {
    expect(
      sourceTitle(
        "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama3_1/LICENSE",
      ),
    ).toBe("meta-llama/llama-models models/llama3_1/LICENSE");
    expect(sourceTitle("https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE")).toBe(
      "huggingface.co/Qwen/Qwen2.5-72B-Instruct LICENSE",
    );
    expect(sourceTitle("https://huggingface.co/spaces/tiiuae/falcon-180b-license")).toBe(
      "huggingface.co/spaces/tiiuae/falcon-180b-license",
    );
    expect(sourceTitle("https://docs.mistral.ai/getting-started/models/")).toBe(
      "docs.mistral.ai/getting-started/models",
    );
    expect(sourceTitle("not a url")).toBe("not a url");
  });
});
