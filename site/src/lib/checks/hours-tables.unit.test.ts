import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { hoursTableExamples } from "../../components/HoursTable/examples.ts";
import HoursTable from "../../components/HoursTable/HoursTable.astro";
import { hoursTableProblems } from "./hours-tables.ts";

const container = await AstroContainer.create();
const rendered = await Promise.all(
  hoursTableExamples.map(({ table }) => container.renderToString(HoursTable, { props: { table } })),
);

describe("hoursTableProblems", () => {
  it.each(
    hoursTableExamples.map((example, index) => ({ name: example.name, html: rendered[index]! })),
  )("finds none in the rendered example $name", ({ html }) => {
    expect(hoursTableProblems("x.html", html)).toEqual([]);
  });

  const html = rendered[0]!;
  describe.each([
    {
      name: "a closed Sunday left out",
      change: (page: string) => page.replace(/<tr data-hours-day="0">[\s\S]*?<\/tr>/, ""),
      problems: ["hours section 1 has days 1,2,3,4,5,6"],
    },
    {
      name: "a row marked as today",
      change: (page: string) =>
        page.replace('<tr data-hours-day="2">', '<tr data-hours-day="2" aria-current="date">'),
      problems: ["hours section 1 marks a row as today in the HTML"],
    },
    {
      name: "a section without a table",
      change: (page: string) => page.replace(/<table[\s\S]*<\/table>/, ""),
      problems: ["hours section 1 has no table"],
    },
  ])("$name", ({ change, problems }) => {
    it("is reported", () => {
      expect(hoursTableProblems("x.html", change(html)).map((p) => p.problem)).toEqual(problems);
    });
  });
});
