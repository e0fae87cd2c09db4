import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../lib/checks/built-site.ts";
import { hoursTableExamples } from "./examples.ts";
import HoursTable from "./HoursTable.astro";

const container = await AstroContainer.create();
const render = (table: (typeof hoursTableExamples)[number]["table"]) =>
  container.renderToString(HoursTable, { props: { table } });
const cells = (html: string) =>
  [
    ...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g),
  ].map((match) => match.slice(1));

describe("HoursTable", () => {
  it.each(hoursTableExamples)("$name: one row per weekday in each variant", async ({ table }) => {
    const html = await render(table);
    expect(cells(html)).toHaveLength(7 * table.variants.length);
    expect(parsePage("x.html", html).ids.has(table.id)).toBe(true);
    expect(html).toContain(`aria-labelledby="${table.id}"`);
  });

  it("shows split hours in one cell and the closed Wednesday", async () => {
    const html = await render(hoursTableExamples[0]!.table);
    const rows = cells(html);
    expect(rows[0]).toEqual([
      "poniedziałek",
      "9:00–11:00 i 13:00–14:00",
      "po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym",
    ]);
    expect(rows[2]).toEqual(["środa", "nieczynne", ""]);
  });

  it("names the mode of each range when they differ", async () => {
    const rows = cells(await render(hoursTableExamples[1]!.table));
    expect(rows[0]).toEqual([
      "poniedziałek",
      "7:30–9:00 i 9:00–15:30",
      "7:30–9:00: tylko telefonicznie",
    ]);
  });

  it("captions the seasonal variant and the rest of the year", async () => {
    const html = await render(hoursTableExamples[2]!.table);
    expect([...html.matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1])).toEqual([
      "lipiec – sierpień",
      "w pozostałym okresie",
    ]);
    expect(cells(html)[1]).toEqual(["wtorek", "15:00–17:00", "tylko telefonicznie"]);
  });
});
