// A volume counted per thing, as the understanding reads "N conversations a month, X in, Y out":
// the tests that price hidden reasoning build their teams' volumes with it.
import type { Volume } from "../../src/costs/volume.js";

/** count conversations a month × (input + output) tokens each, both sides stated. */
export function counted(count: number, input: number, output: number): Volume {
  return {
    inputTokensPerMonth: count * input,
    outputTokensPerMonth: count * output,
    cachedInputTokensPerMonth: 0,
    splitAssumed: false,
    description: `${count} conversations a month × (${input} in + ${output} out)`,
    perItem: {
      noun: "conversations",
      inputTokens: input,
      outputTokens: output,
      splitAssumed: false,
      countWords: `${count} conversations a month`,
      periodLabel: "a month",
    },
  };
}
