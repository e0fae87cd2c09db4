import { describe, expect, it } from "vitest";
import { entryPageUrl } from "./entry-page";

describe("entryPageUrl", () => {
  it.each([
    [
      "api::news-post.news-post",
      "nabor-wnioskow",
      "https://mops.kutno.pl/aktualnosci/nabor-wnioskow/",
    ],
    ["api::programme.programme", "500-plus", "https://mops.kutno.pl/programy/500-plus/"],
    ["api::department.department", "dps", "https://mops.kutno.pl/dzialy/dps/"],
    ["api::schedule.schedule", "x", "https://mops.kutno.pl/kontakt/"],
    ["api::schedule.schedule", undefined, "https://mops.kutno.pl/kontakt/"],
    ["api::department.department", undefined, "https://mops.kutno.pl/"],
    ["api::office.office", "kutno", "https://mops.kutno.pl/"],
    ["api::news-post.news-post", undefined, "https://mops.kutno.pl/"],
    [undefined, undefined, "https://mops.kutno.pl/"],
  ])("%s %s → %s", (uid, slug, expected) => {
    expect(entryPageUrl("https://mops.kutno.pl", uid, slug)).toBe(expected);
  });

  it("gives nothing for an office without a valid address", () => {
    expect(entryPageUrl("", "api::office.office", "kutno")).toBeUndefined();
  });
});
