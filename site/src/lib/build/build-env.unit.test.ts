import { describe, expect, it } from "vitest";
import {
  BuildEnvError,
  buildNow,
  officesEnv,
  parseBuildEnv,
  requireOfficeBuild,
} from "./build-env.ts";

const offices = [
  { slug: "kutno", siteUrl: "https://mops.kutno.pl" },
  { slug: "orzesze", siteUrl: "https://ops.orzesze.pl/" },
];
const complete = {
  OFFICES: officesEnv(offices),
  STRAPI_URL: "http://127.0.0.1:1337",
  STRAPI_TOKEN: "t",
};

describe("build environment", () => {
  it("reads what a build needs and ignores the rest", () => {
    expect(requireOfficeBuild(parseBuildEnv({ ...complete, PATH: "/usr/bin" }))).toEqual({
      offices,
      strapiUrl: "http://127.0.0.1:1337",
      strapiToken: "t",
    });
  });

  it.each([
    { env: { ...complete, OFFICES: "kutno" }, message: "OFFICES is invalid: not JSON" },
    { env: { ...complete, OFFICES: "[]" }, message: "OFFICES is invalid: lists no office" },
    {
      env: { ...complete, OFFICES: officesEnv([offices[0]!, offices[0]!]) },
      message: "OFFICES is invalid: lists an office twice",
    },
    {
      env: { ...complete, OFFICES: officesEnv([{ slug: "Kutno!", siteUrl: "https://k.pl" }]) },
      message: "OFFICES is invalid",
    },
    {
      env: { ...complete, OFFICES: officesEnv([{ slug: "kutno", siteUrl: "ftp://x" }]) },
      message: "OFFICES is invalid",
    },
    { env: { ...complete, BUILD_NOW: "2026-11-23" }, message: "BUILD_NOW is invalid" },
    { env: { ...complete, HOME_NEWS_MAX_AGE_DAYS: "0" }, message: "HOME_NEWS_MAX_AGE_DAYS" },
    { env: { ...complete, HOME_NEWS_MAX_AGE_DAYS: "rok" }, message: "HOME_NEWS_MAX_AGE_DAYS" },
  ])("rejects $message", ({ env, message }) => {
    expect(() => parseBuildEnv(env)).toThrow(BuildEnvError);
    expect(() => parseBuildEnv(env)).toThrow(message);
  });

  it.each([
    { value: "30", days: 30 },
    { value: "365", days: 365 },
    { value: undefined, days: undefined },
  ])("reads HOME_NEWS_MAX_AGE_DAYS=$value as $days", ({ value, days }) => {
    expect(
      parseBuildEnv({ ...complete, HOME_NEWS_MAX_AGE_DAYS: value }).HOME_NEWS_MAX_AGE_DAYS,
    ).toBe(days);
  });

  it.each(["OFFICES", "STRAPI_URL", "STRAPI_TOKEN"] as const)("names a missing %s", (key) => {
    const env = { ...complete, [key]: undefined };
    expect(() => requireOfficeBuild(parseBuildEnv(env))).toThrow(`${key} is not set`);
  });

  it("takes the build instant from BUILD_NOW, else the start it is given", () => {
    const started = new Date("2026-11-23T09:00:00Z");
    expect(buildNow(parseBuildEnv({}), started)).toBe(started);
    expect(
      buildNow(parseBuildEnv({ BUILD_NOW: "2027-01-04T08:00:00+01:00" }), started).toISOString(),
    ).toBe("2027-01-04T07:00:00.000Z");
  });
});
