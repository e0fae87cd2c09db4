import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.ts";

const minimal = {
  REBUILD_SECRET: "0123456789abcdef",
  REBUILD_OFFICES: "kutno, krasnik",
  REBUILD_BUILD_COMMAND: '["node","build.ts","{outRoot}","{offices...}"]',
};

describe("parseConfig", () => {
  it("fills in defaults around the three required settings", () => {
    expect(parseConfig(minimal)).toMatchObject({
      host: "127.0.0.1",
      port: 8787,
      dataDir: "var/rebuild",
      offices: ["kutno", "krasnik"],
      build: { mode: "local", command: ["node", "build.ts", "{outRoot}", "{offices...}"] },
      debounceMs: 300,
      maxWaitMs: 4_000,
      leadingEdge: true,
      concurrency: 1,
      keepReleases: 3,
      maxBodyBytes: 16_384,
      timestampToleranceS: 300,
      buildTimeoutMs: 900_000,
      buildOnStart: true,
      reconcileMs: 60_000,
      cmsProbeMs: 2_000,
      dailyAtMinutes: 5,
      nightly: "changed",
    });
    expect(parseConfig({ ...minimal, REBUILD_NIGHTLY: "all" }).nightly).toBe("all");
  });

  it.each([
    ["00:05", 5],
    ["23:59", 1_439],
    ["06:30", 390],
    ["off", undefined],
  ])("reads the daily rebuild time %s", (value, minutes) => {
    expect(parseConfig({ ...minimal, REBUILD_DAILY_AT: value }).dailyAtMinutes).toBe(minutes);
  });

  it.each([
    ["the command builder by default", {}, undefined],
    ["the warm site build server", { REBUILD_BUILDER: "warm-site" }, { recycleMib: 2_048 }],
    [
      "the warm server with its own memory limit, no command needed",
      { REBUILD_BUILDER: "warm-site", REBUILD_WARM_RECYCLE_MIB: "3072", REBUILD_BUILD_COMMAND: "" },
      { recycleMib: 3_072 },
    ],
  ])("builds with %s", (_name, settings, warm) => {
    expect(parseConfig({ ...minimal, ...settings }).build).toMatchObject({ mode: "local", warm });
  });

  it("reads relay mode and the office list from Strapi", () => {
    const config = parseConfig({
      REBUILD_SECRET: minimal.REBUILD_SECRET,
      REBUILD_MODE: "relay",
      REBUILD_OFFICES: "strapi",
      STRAPI_URL: "http://127.0.0.1:1337",
      GITHUB_REPOSITORY: "mops/sites",
      GITHUB_TOKEN: "ghp_x",
      REBUILD_BUILD_ON_START: "false",
    });
    expect(config).toMatchObject({
      offices: "strapi",
      strapi: { url: "http://127.0.0.1:1337" },
      build: {
        mode: "relay",
        relay: {
          apiUrl: "https://api.github.com",
          repository: "mops/sites",
          token: "ghp_x",
          eventType: "rebuild-office",
        },
      },
      buildOnStart: false,
    });
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ ...minimal, REBUILD_PORT: "" }).port).toBe(8787);
  });

  it.each([
    [
      "no secret",
      { ...minimal, REBUILD_SECRET: undefined },
      "REBUILD_SECRET is missing: the secret the CMS signs notifications with",
    ],
    [
      "a short secret",
      { ...minimal, REBUILD_SECRET: "short" },
      "REBUILD_SECRET must be at least 16 characters",
    ],
    [
      "a command that is not a JSON array",
      { ...minimal, REBUILD_BUILD_COMMAND: "node build.ts" },
      "REBUILD_BUILD_COMMAND must be a JSON array of strings",
    ],
    ["a bad port", { ...minimal, REBUILD_PORT: "80a" }, "REBUILD_PORT must be a whole number"],
    [
      "an unknown builder",
      { ...minimal, REBUILD_BUILDER: "fast" },
      'REBUILD_BUILDER must be "command" or "warm-site"',
    ],
    [
      "a warm server memory limit below 256 MiB",
      { ...minimal, REBUILD_BUILDER: "warm-site", REBUILD_WARM_RECYCLE_MIB: "64" },
      "REBUILD_WARM_RECYCLE_MIB must be at least 256",
    ],
    [
      "the command builder without a command",
      { ...minimal, REBUILD_BUILD_COMMAND: undefined },
      "REBUILD_BUILD_COMMAND is missing: needed in local mode with the command builder",
    ],

    [
      "a daily time that is not HH:MM",
      { ...minimal, REBUILD_DAILY_AT: "24:00" },
      'REBUILD_DAILY_AT must be a Warsaw time "HH:MM" or "off"',
    ],
    [
      "an unknown nightly choice",
      { ...minimal, REBUILD_NIGHTLY: "some" },
      'REBUILD_NIGHTLY must be "changed" or "all"',
    ],
    [
      "an unknown mode",
      { ...minimal, REBUILD_MODE: "remote" },
      'REBUILD_MODE must be "local" or "relay"',
    ],
    [
      "a slug with capitals",
      { ...minimal, REBUILD_OFFICES: "Kutno" },
      "REBUILD_OFFICES has a slug that is not lowercase-kebab",
    ],
    [
      "relay mode without a repository",
      { ...minimal, REBUILD_MODE: "relay", GITHUB_TOKEN: "t" },
      'GITHUB_REPOSITORY is missing: needed in relay mode ("owner/name")',
    ],
    [
      "offices from Strapi without its URL",
      { ...minimal, REBUILD_OFFICES: "strapi" },
      'STRAPI_URL is missing: needed when REBUILD_OFFICES is "strapi"',
    ],
  ])("names the fault: %s", (_name, env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it("lists every fault in one message", () => {
    expect(() => parseConfig({ REBUILD_PORT: "x" })).toThrow(
      /^rebuild service configuration: .*REBUILD_SECRET .*; .*REBUILD_PORT .*; .*REBUILD_OFFICES /,
    );
  });
});
