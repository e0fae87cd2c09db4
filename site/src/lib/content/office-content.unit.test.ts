import { officeSlugs } from "@mops/shared/fixtures";
import { describe, expect, it } from "vitest";
import { fixtureCollections, fixtureContent } from "../../../test/fixture-content.ts";
import { type LoadedCollections, OfficeDataError, splitByOffice } from "./office-content.ts";

/** Every seed office's collections in one list each, as one multi-office sync stores them. */
function merged(slugs: ReadonlyArray<(typeof officeSlugs)[number]>): LoadedCollections {
  const parts = slugs.map(fixtureCollections);
  return {
    offices: parts.flatMap((part) => part.offices),
    departments: parts.flatMap((part) => part.departments),
    schedules: parts.flatMap((part) => part.schedules),
    programmes: parts.flatMap((part) => part.programmes),
    newsPosts: parts.flatMap((part) => part.newsPosts),
  };
}

describe("splitByOffice", () => {
  it.each(officeSlugs)("gives %s the same content as a build of that office alone", (slug) => {
    const split = splitByOffice(officeSlugs, merged(officeSlugs));
    expect(split.get(slug)).toEqual(fixtureContent(slug));
  });

  it("keeps the driver's order and leaves out offices it did not list", () => {
    const wanted = [officeSlugs[3]!, officeSlugs[0]!];
    const split = splitByOffice(wanted, merged(officeSlugs));
    expect([...split.keys()]).toEqual(wanted);
    const owners = [...split.values()].flatMap((content) =>
      content.newsPosts.map((post) => post.office?.slug),
    );
    expect(new Set(owners)).toEqual(new Set(wanted));
  });

  it("names an office the CMS did not return", () => {
    expect(() => splitByOffice(["gmina-widmo"], merged(officeSlugs))).toThrow(OfficeDataError);
    expect(() => splitByOffice(["gmina-widmo"], merged(officeSlugs))).toThrow(
      'office "gmina-widmo" is not published',
    );
  });
});
