import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import type { OfficeVersions } from "../nightly/date-state.ts";
import { type NewsPageBuild, newsPageDigest, newsPagesBase } from "./news-page-digest.ts";

const BUILD: NewsPageBuild = {
  code: "0123456789abcdef",
  strapiUrl: "https://cms.example",
  siteUrl: "https://krasnik.mops.example",
  now: new Date("2026-11-23T10:00:00+01:00"),
  newsMaxAgeDays: undefined,
};

const versions = (): OfficeVersions => ({
  pl: fixtureContent("krasnik"),
  uk: fixtureContent("krasnik"),
});

/** The digest of the page of the office's first post in Polish, after `change`. */
function digestAfter(change: (office: OfficeVersions) => void, build = BUILD): string {
  const office = versions();
  const slug = office.pl.newsPosts[0]!.slug;
  change(office);
  return newsPageDigest(newsPagesBase(office, build), office, "pl", slug);
}

const unchanged = digestAfter(() => undefined);

describe("newsPageDigest", () => {
  it("is the same for the same inputs", () => {
    expect(digestAfter(() => undefined)).toBe(unchanged);
  });

  it.each<[string, (office: OfficeVersions) => void]>([
    [
      "the post's title",
      (office) => {
        office.pl.newsPosts[0]!.title = "Inny tytuł";
      },
    ],
    [
      "the post's body",
      (office) => {
        office.pl.newsPosts[0]!.body += "\n\nDopisek.";
      },
    ],
    [
      "the post's translation",
      (office) => {
        office.uk!.newsPosts[0]!.title = "Інший";
      },
    ],
    ["the post's translation removed", (office) => void office.uk!.newsPosts.shift()],
    [
      "the office's name",
      (office) => {
        office.pl.office.name = "Inna nazwa";
      },
    ],
    [
      "a programme's title",
      (office) => {
        office.pl.programmes[0]!.title = "Inny program";
      },
    ],
    [
      "the translated office",
      (office) => {
        office.uk!.office.shortName = "Інша назва";
      },
    ],
    ["a translation removed", (office) => void delete office.uk],
  ])("changes with %s", (_name, change) => {
    expect(digestAfter(change)).not.toBe(unchanged);
  });

  it.each<[string, (office: OfficeVersions) => void]>([
    [
      "another post's title",
      (office) => {
        office.pl.newsPosts[1]!.title = "Inny tytuł";
      },
    ],
    ["another post removed", (office) => void office.pl.newsPosts.splice(1, 1)],
    [
      "a new post",
      (office) => void office.pl.newsPosts.push({ ...office.pl.newsPosts[1]!, slug: "nowy-wpis" }),
    ],
  ])("stays with %s (a post's page shows no other post)", (_name, change) => {
    expect(digestAfter(change)).toBe(unchanged);
  });

  it("changes when a language's news goes from some to none (its menu links the news)", () => {
    const otherPostsOnly = digestAfter((office) => void office.uk!.newsPosts.shift());
    const none = digestAfter((office) => {
      office.uk!.newsPosts = [];
    });
    expect(none).not.toBe(otherPostsOnly);
  });

  it.each<[string, Partial<NewsPageBuild>]>([
    ["the rendering code", { code: "fedcba9876543210" }],
    ["the CMS origin", { strapiUrl: "https://cms2.example" }],
    ["the office's origin", { siteUrl: "https://inny.example" }],
    ["the home page's news age", { newsMaxAgeDays: 30 }],
    ["a day on which the office's state flips", { now: new Date("2021-01-01T10:00:00+01:00") }],
  ])("changes with %s", (_name, build) => {
    expect(digestAfter(() => undefined, { ...BUILD, ...build })).not.toBe(unchanged);
  });

  it("differs between a post's pages in two languages and between two posts", () => {
    const office = versions();
    const base = newsPagesBase(office, BUILD);
    const [first, second] = office.pl.newsPosts;
    const digests = [
      newsPageDigest(base, office, "pl", first!.slug),
      newsPageDigest(base, office, "uk", first!.slug),
      newsPageDigest(base, office, "pl", second!.slug),
    ];
    expect(new Set(digests).size).toBe(3);
  });
});
