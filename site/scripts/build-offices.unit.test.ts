import { describe, expect, it } from "vitest";
import { failureCause } from "./build-offices.ts";

describe("failureCause", () => {
  it.each([
    {
      log: "\u001b[31m[ERROR]\u001b[39m [strapi:office] StrapiFetchError: office: GET http://127.0.0.1:1337/api/offices failed after 4 attempts: connect ECONNREFUSED\n  at x",
      cause:
        "StrapiFetchError: office: GET http://127.0.0.1:1337/api/offices failed after 4 attempts: connect ECONNREFUSED",
    },
    {
      log: 'noise\n[ERROR] [strapi:department] StrapiValidationError: department abc: field "phones.0.number": Invalid input\nmore',
      cause: 'StrapiValidationError: department abc: field "phones.0.number": Invalid input',
    },
    {
      log: "building\nsomething else\nError: boom\n  at y\nend",
      cause: "Error: boom",
    },
  ])("$cause", ({ log, cause }) => {
    expect(failureCause(log)).toBe(cause);
  });
});
