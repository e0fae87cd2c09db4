import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../lib/checks/built-site.ts";
import { hoursTableExamples } from "./examples.ts";
import HoursTable from "./HoursTable.astro";

const container = await AstroContainer.create();
const render = (table: (typeof hoursTableExamples)[number]["table"]) =>
  container.renderToString(HoursTable, { props: { table } });
const rowTexts = (html: string) =>
  [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map(
    (match) => `${match[1]}: ${match[2]}`,
  );

describe("HoursTable", () => {
  it.each(hoursTableExamples)(
    "$name: a labelled section with one row per line",
    async ({ table }) => {
      const html = await render(table);
      const lines = table.variants.flatMap((variant) =>
        variant.rows.map((row) => `${row.day}: ${row.hours}`),
      );
      expect(rowTexts(html)).toEqual(lines);
      expect(parsePage("x.html", html).ids.has(table.id)).toBe(true);
      expect(html).toContain(`aria-labelledby="${table.id}"`);
      expect(html.match(/<table>/g)).toHaveLength(table.variants.length);
    },
  );

  it("shows split hours in one cell and the closed Wednesday as its own row", async () => {
    const rows = rowTexts(await render(hoursTableExamples[0]!.table));
    expect(rows).toEqual([
      "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym)",
      "środa: nieczynne",
    ]);
  });

  it("names the mode of each range when they differ", async () => {
    const rows = rowTexts(await render(hoursTableExamples[1]!.table));
    expect(rows).toEqual(["poniedziałek – piątek: 7:30–9:00 (tylko telefonicznie) i 9:00–15:30"]);
  });

  it("captions the seasonal variant and the rest of the year", async () => {
    const html = await render(hoursTableExamples[2]!.table);
    expect([...html.matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1])).toEqual([
      "w pozostałym okresie",
      "lipiec – sierpień",
    ]);
  });
});
