// One table pairs each cloud's ids (requirements key, availability-record id, marketplace provider
// id): the catalogue on file must agree with it, and exact and prefix matching differ only where
// they should (a cloud's sub-listings, never another host that merely starts with the company name).
import { describe, expect, it } from "vitest";
import { CLOUD_HOSTS, CLOUD_KEYS, cloudOfHost, cloudOfProviderId } from "../../../src/catalog/cloud-hosts.js";
import { cloudIdSchema } from "../../../src/catalog/signals-schema.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";

describe("the clouds' ids", () => {
  const catalog = readCatalog();

  it("name availability-record ids the schema knows and provider ids the catalogue prices and has terms for", () => {
    const providers = new Set(catalog.models.flatMap((m) => m.offerings.map((o) => o.provider)));
    for (const key of CLOUD_KEYS) {
      const host = CLOUD_HOSTS[key];
      expect(cloudIdSchema.options).toContain(host.cloudId);
      expect(providers.has(host.provider)).toBe(true);
      expect(catalog.providerPolicyById?.has(host.provider)).toBe(true);
    }
  });

  it("read every availability record's cloud back to a key", () => {
    const cloudIds = new Set(catalog.models.flatMap((m) => (m.clouds ?? []).map((c) => c.cloud)));
    for (const id of cloudIds) expect(CLOUD_KEYS.some((k) => CLOUD_HOSTS[k].cloudId === id)).toBe(true);
  });

  it("match a sub-listing by prefix only, and no other host by a shared company prefix", () => {
    expect(cloudOfProviderId("amazon-bedrock")).toBe("aws");
    expect(cloudOfHost("amazon-bedrock")).toBe("aws");
    expect(cloudOfProviderId("google-vertex-anthropic")).toBeNull();
    expect(cloudOfHost("google-vertex-anthropic")).toBe("gcp");
    for (const other of ["amazon-nova", "google", "azureish", "openai"]) {
      expect(cloudOfHost(other)).toBeNull();
      expect(cloudOfProviderId(other)).toBeNull();
    }
  });
});
