import { describe, expect, it } from "vitest";
import { NotifierConfigError, notifierSettingsFromEnv } from "./settings";

const secret = "0123456789abcdef";

describe("notifierSettingsFromEnv", () => {
  it.each([
    ["both set", { REBUILD_URL: "http://127.0.0.1:8787/hooks/rebuild", REBUILD_SECRET: secret }],
    [
      "https and spaces around the URL",
      { REBUILD_URL: " https://rebuild.example/h ", REBUILD_SECRET: secret },
    ],
  ])("accepts %s", (_name, env) => {
    expect(notifierSettingsFromEnv(env)).toEqual({ url: env.REBUILD_URL.trim(), secret });
  });

  it("is off when neither is set", () => {
    expect(notifierSettingsFromEnv({})).toBeUndefined();
  });

  it.each([
    [
      "a URL without a secret",
      { REBUILD_URL: "http://x/h" },
      "REBUILD_URL is set but REBUILD_SECRET is not",
    ],
    [
      "a secret without a URL",
      { REBUILD_SECRET: secret },
      "REBUILD_SECRET is set but REBUILD_URL is not",
    ],
    [
      "a URL that is not http",
      { REBUILD_URL: "ftp://x/h", REBUILD_SECRET: secret },
      'REBUILD_URL must be an http(s) URL, got "ftp://x/h"',
    ],
    [
      "a short secret",
      { REBUILD_URL: "http://x/h", REBUILD_SECRET: "short" },
      "REBUILD_SECRET must be at least 16 characters, got 5",
    ],
  ])("rejects %s", (_name, env, message) => {
    expect(() => notifierSettingsFromEnv(env)).toThrow(new NotifierConfigError(message));
  });
});
