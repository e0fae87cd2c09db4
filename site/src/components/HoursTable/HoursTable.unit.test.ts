import { WEEKDAY_NAMES, WEEKDAYS } from "@mops/shared";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../lib/checks/built-site.ts";
import { hoursTableExamples } from "./examples.ts";
import HoursTable from "./HoursTable.astro";

const container = await AstroContainer.create();
const render = (table: (typeof hoursTableExamples)[number]["table"]) =>
  container.renderToString(HoursTable, { props: { table } });
const ROW =
  /<tr data-hours-day="(\w+)"( aria-current="date")?><th scope="row">([^<]*?)( <strong class="today">dziś<\/strong>)?<\/th><td>([^<]*)<\/td><\/tr>/g;
const rowsOf = (html: string) =>
  [...html.matchAll(ROW)].map(([, weekday, current, day, mark, hours]) => ({
    weekday,
    day,
    hours,
    current: current !== undefined,
    mark: mark !== undefined,
  }));

describe.each(hoursTableExamples)("HoursTable: $name", ({ table }) => {
  const html = render(table);

  it("is a section labelled by its heading", async () => {
    expect(parsePage("x.html", await html).ids.has(table.id)).toBe(true);
    expect(await html).toContain(`aria-labelledby="${table.id}"`);
  });

  it("renders one table per variant, each with every day Monday to Sunday", async () => {
    const rows = rowsOf(await html);
    expect((await html).match(/<table[ >]/g)).toHaveLength(table.variants.length);
    expect(rows.map((row) => row.day)).toEqual(
      table.variants.flatMap(() => WEEKDAYS.map((day) => WEEKDAY_NAMES[day])),
    );
    expect(rows.map((row) => row.hours)).toEqual(
      table.variants.flatMap((variant) => variant.rows.map((row) => row.hours)),
    );
  });

  it("marks no row as today and holds the word hidden for the island", async () => {
    const rows = rowsOf(await html);
    expect(rows.filter((row) => row.current || row.mark)).toEqual([]);
    expect((await html).match(/<strong class="today"[^>]*>[^<]*<\/strong>/g)).toEqual([
      '<strong class="today" hidden>dziś</strong>',
    ]);
  });

  it("captions the variants with their labels", async () => {
    const captions = [...(await html).matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toEqual(table.variants.flatMap((variant) => variant.label ?? []));
  });
});

describe("HoursTable examples", () => {
  const rowsOfExample = async (index: number) =>
    rowsOf(await render(hoursTableExamples[index]!.table)).map((row) => `${row.day}: ${row.hours}`);

  it("writes split hours in one cell and closed days out", async () => {
    const split =
      "9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym)";
    expect(await rowsOfExample(0)).toEqual([
      `poniedziałek: ${split}`,
      `wtorek: ${split}`,
      "środa: nieczynne",
      `czwartek: ${split}`,
      `piątek: ${split}`,
      "sobota: nieczynne",
      "niedziela: nieczynne",
    ]);
  });

  it("names the mode of each range when they differ", async () => {
    expect((await rowsOfExample(1))[0]).toBe(
      "poniedziałek: 7:30–9:00 (tylko telefonicznie) i 9:00–15:30",
    );
  });

  it("heads the season with its dates and gives the island each table's span", async () => {
    const html = await render(hoursTableExamples[2]!.table);
    expect([...html.matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1])).toEqual([
      "w pozostałym okresie",
      "1 lipca – 31 sierpnia (lipiec – sierpień)",
    ]);
    expect(html).toContain('<table data-from="07-01" data-to="08-31">');
  });
});

describe("HoursTable notes", () => {
  it("links the phone and the e-mail of the schedule's note", async () => {
    const html = await render(hoursTableExamples[0]!.table);
    expect(html).toContain(
      '<p class="note">Środa dniem bez przyjęć interesantów. Zapisy: <a href="tel:+48242534309">24/2534309</a> lub <a href="mailto:sekretariat@mops.example.pl">sekretariat@mops.example.pl</a>.</p>',
    );
  });
});
