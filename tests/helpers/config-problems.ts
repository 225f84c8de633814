// What loadConfig refuses in an environment, as the list of problems it names (empty when valid).
import { ConfigError, loadConfig } from "../../adapters/shared/config.js";

export function configProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}
