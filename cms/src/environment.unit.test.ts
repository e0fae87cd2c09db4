import { describe, expect, it } from "vitest";
import { ConfigError, parseEnvironment, secretNames } from "./environment";

const secrets = Object.fromEntries(
  secretNames.map((name) => [
    name,
    name === "APP_KEYS" ? `${"k".repeat(16)}, ${"l".repeat(16)}` : "s".repeat(24),
  ]),
);

describe("parseEnvironment", () => {
  it("defaults to SQLite on port 1337 with the demo accounts on", () => {
    const env = parseEnvironment(secrets);
    expect([env.DATABASE_CLIENT, env.PORT, env.DEMO_ACCOUNTS, env.SEED_ON_START]).toEqual([
      "sqlite",
      1337,
      true,
      true,
    ]);
    expect(env.APP_KEYS).toEqual(["k".repeat(16), "l".repeat(16)]);
  });

  it("treats empty values as unset", () => {
    expect(parseEnvironment({ ...secrets, PORT: "", DATABASE_CLIENT: " " }).PORT).toBe(1337);
  });

  it.each([
    [{ DATABASE_CLIENT: "mysql" }, 'DATABASE_CLIENT must be sqlite or postgres (got "mysql")'],
    [{ PORT: "http" }, 'PORT must be a port number (got "http")'],
    [{ PORT: "-1" }, 'PORT must be a port number (got "-1")'],
    [{ SEED_ON_START: "maybe" }, 'SEED_ON_START must be true or false (got "maybe")'],
    [{ DEMO_ADMIN_PASSWORD: "short" }, "DEMO_ADMIN_PASSWORD must be at least 8 characters"],
    [
      { DEMO_EDITOR_EMAIL_PATTERN: "editor@example.org" },
      "must be an e-mail address containing {office}",
    ],
    [{ STRAPI_READ_TOKEN: "abc" }, "STRAPI_READ_TOKEN must be at least 32 characters"],
  ])("rejects %o with a message naming the variable", (override, message) => {
    expect(() => parseEnvironment({ ...secrets, ...override })).toThrow(ConfigError);
    expect(() => parseEnvironment({ ...secrets, ...override })).toThrow(message);
  });

  it.each(secretNames)("names a missing %s without showing any secret", (name) => {
    const { [name]: _missing, ...rest } = secrets;
    expect(() => parseEnvironment(rest)).toThrow(`${name} is missing`);
    expect(() => parseEnvironment({ ...rest, [name]: "short" })).toThrow(
      `${name} must be at least 16 characters`,
    );
    expect(() => parseEnvironment({ ...rest, [name]: "short" })).not.toThrow('"short"');
  });
});
