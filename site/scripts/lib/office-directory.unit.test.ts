import { describe, expect, it } from "vitest";
import { OfficeSelectionError, selectOffices } from "./office-directory.ts";

const known = [
  { slug: "kutno", siteUrl: "https://mops.kutno.pl" },
  { slug: "krasnik", siteUrl: "https://krasnik.mops.example" },
];

describe("selectOffices", () => {
  it.each([
    { requested: [], slugs: ["kutno", "krasnik"] },
    { requested: ["krasnik"], slugs: ["krasnik"] },
    { requested: ["krasnik", "kutno", "krasnik"], slugs: ["krasnik", "kutno"] },
  ])("$requested → $slugs", ({ requested, slugs }) => {
    expect(selectOffices(known, requested).map((office) => office.slug)).toEqual(slugs);
  });

  it("names unknown offices and the known ones", () => {
    expect(() => selectOffices(known, ["kutno", "lodz"])).toThrow(OfficeSelectionError);
    expect(() => selectOffices(known, ["lodz"])).toThrow(
      'no office "lodz" in the CMS; known: kutno, krasnik',
    );
  });
});
