import { describe, expect, it } from "vitest";
import { type OfficeList, selectOffices, sortOfficeEntries } from "./office-directory.ts";

const list: OfficeList = {
  offices: [
    { slug: "kutno", siteUrl: "https://mops.kutno.pl" },
    { slug: "krasnik", siteUrl: "https://krasnik.mops.example" },
  ],
  unbuildable: [{ slug: "orzesze", error: 'OfficeDataError: office d1 field "siteUrl": bad' }],
};

describe("selectOffices", () => {
  it.each([
    { requested: [], slugs: ["kutno", "krasnik"], failed: ["orzesze"] },
    { requested: ["krasnik"], slugs: ["krasnik"], failed: [] },
    { requested: ["krasnik", "kutno", "krasnik"], slugs: ["krasnik", "kutno"], failed: [] },
    { requested: ["kutno", "orzesze"], slugs: ["kutno"], failed: ["orzesze"] },
    { requested: ["lodz", "kutno"], slugs: ["kutno"], failed: ["lodz"] },
  ])("$requested → builds $slugs, fails $failed", ({ requested, slugs, failed }) => {
    const selection = selectOffices(list, requested);
    expect(selection.targets.map((office) => office.slug)).toEqual(slugs);
    expect(selection.failures.map((office) => office.slug)).toEqual(failed);
  });

  it("names an unknown office and the known ones", () => {
    expect(selectOffices(list, ["lodz"]).failures[0]?.error).toBe(
      'OfficeSelectionError: no office "lodz" in the CMS; known: kutno, krasnik',
    );
  });

  it("keeps the cause of an unbuildable office", () => {
    expect(selectOffices(list, ["orzesze"]).failures[0]?.error).toContain('field "siteUrl"');
  });
});

describe("sortOfficeEntries", () => {
  it.each([
    { entry: { documentId: "a", slug: "kutno", siteUrl: "https://mops.kutno.pl" }, ok: true },
    { entry: { documentId: "b", slug: "Orzesze Test", siteUrl: "https://x.pl" }, ok: false },
    { entry: { documentId: "c", slug: "kalisz", siteUrl: "javascript:alert(1)" }, ok: false },
    { entry: { documentId: "d", slug: "kalisz", siteUrl: "not a url" }, ok: false },
    { entry: { documentId: "e", siteUrl: "https://x.pl" }, ok: false },
  ])("$entry.documentId: buildable $ok", ({ entry, ok }) => {
    const sorted = sortOfficeEntries([entry]);
    expect(sorted.offices.length).toBe(ok ? 1 : 0);
    expect(sorted.unbuildable.length).toBe(ok ? 0 : 1);
  });

  it("names the office and the field of a bad record, and keeps the others", () => {
    const sorted = sortOfficeEntries([
      { documentId: "k", slug: "kutno", siteUrl: "https://mops.kutno.pl" },
      { documentId: "doc9", slug: "orzesze", siteUrl: "ftp://x" },
    ]);
    expect(sorted.offices.map((office) => office.slug)).toEqual(["kutno"]);
    expect(sorted.unbuildable).toEqual([
      { slug: "orzesze", error: expect.stringMatching(/office doc9 field "siteUrl"/) },
    ]);
  });
});
