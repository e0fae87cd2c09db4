import { describe, expect, it } from "vitest";
import { officePagePaths } from "./office-sites.ts";

describe("officePagePaths", () => {
  const pages = ["kutno/", "kutno/kontakt/", "kutno-wies/", "/orzesze/", "kutno/rss.xml"];
  it.each([
    { slug: "kutno", paths: ["/", "/kontakt/", "/rss.xml"] },
    { slug: "kutno-wies", paths: ["/"] },
    { slug: "orzesze", paths: ["/"] },
    { slug: "kalisz", paths: [] },
  ])("$slug: $paths", ({ slug, paths }) => {
    expect(officePagePaths(slug, pages)).toEqual(paths);
  });
});
