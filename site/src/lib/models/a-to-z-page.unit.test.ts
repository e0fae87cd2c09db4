import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { aToZGroups } from "./a-to-z-page.ts";

/** Kutno with its departments renamed, to see where Polish letters and digits go. */
function kutnoWithDepartments(names: string[]) {
  const kutno = fixtureContent("kutno");
  const [department] = kutno.departments;
  return {
    ...kutno,
    departments: names.map((name, index) => ({ ...department!, name, slug: `dzial-${index}` })),
  };
}

describe("aToZGroups", () => {
  it.each([
    { names: ["Świadczenia", "Sekcja"], letters: ["S", "Ś"] },
    { names: ["Łódź", "Lokale"], letters: ["L", "Ł"] },
    { names: ["500+ dla rodzin", "Zasiłki"], letters: ["0–9", "Z"] },
    { names: ["żłobek", "Zasiłki"], letters: ["Z", "Ż"] },
  ])("puts $names under $letters in Polish order", ({ names, letters }) => {
    const groups = aToZGroups(kutnoWithDepartments(names));
    const letterOf = (name: string) =>
      groups.find((group) => group.entries.some((entry) => entry.label === name))?.letter;
    expect(names.map(letterOf).sort()).toEqual([...letters].sort());
    const order = groups.map((group) => group.letter);
    expect(order.indexOf(letters[0]!)).toBeLessThan(order.indexOf(letters[1]!));
  });

  it("lists each of Kutno's pages once, with the department, programme and news pages", () => {
    const kutno = fixtureContent("kutno");
    const hrefs = aToZGroups(kutno).flatMap((group) => group.entries.map((entry) => entry.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toEqual(expect.arrayContaining(["/", "/kontakt/", "/deklaracja-dostepnosci/"]));
    for (const department of kutno.departments)
      expect(hrefs).toContain(`/dzialy/${department.slug}/`);
    for (const programme of kutno.programmes)
      expect(hrefs).toContain(`/programy/${programme.slug}/`);
    for (const post of kutno.newsPosts) expect(hrefs).toContain(`/aktualnosci/${post.slug}/`);
    expect(hrefs).not.toContain("/szukaj/");
  });
});
