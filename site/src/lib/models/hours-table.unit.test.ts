import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { dayRow, hoursTable, joinPolish } from "./hours-table.ts";

describe("joinPolish", () => {
  it.each([
    { items: [], text: "" },
    { items: ["a"], text: "a" },
    { items: ["a", "b"], text: "a i b" },
    { items: ["a", "b", "c"], text: "a, b i c" },
  ])("$items → $text", ({ items, text }) => {
    expect(joinPolish(items)).toBe(text);
  });
});

describe("dayRow", () => {
  it("sorts ranges and keeps a shared remark once", () => {
    expect(
      dayRow("wtorek", [
        { opens: "13:00", closes: "14:00", mode: "priority" },
        { opens: "08:00", closes: "10:00", mode: "priority" },
      ]),
    ).toEqual({
      day: "wtorek",
      hours: "8:00–10:00 i 13:00–14:00",
      remarks: ["pierwszeństwo dla umówionych"],
    });
  });
});

describe("hoursTable with the Kutno seed", () => {
  const kutno = fixtureContent("kutno");
  const bySlug = (slug: string) => kutno.schedules.find((s) => s.department?.slug === slug)!;

  it.each([
    {
      department: "dzial-pomocy-srodowiskowej",
      monday: "9:00–11:00 i 13:00–14:00",
      thursday: "9:00–11:00 i 13:00–14:00",
    },
    { department: "dzial-dodatkow-mieszkaniowych", monday: "10:00–14:00", thursday: "10:00–15:00" },
    {
      department: "dzial-swiadczen-rodzinnych-i-alimentacyjnych",
      monday: "10:00–14:00",
      thursday: "10:00–14:00",
    },
  ])("$department", ({ department, monday, thursday }) => {
    const [variant] = hoursTable(bySlug(department), "x").variants;
    expect(variant?.rows.map((row) => [row.day, row.hours])).toEqual([
      ["poniedziałek", monday],
      ["wtorek", monday],
      ["środa", "nieczynne"],
      ["czwartek", thursday],
      ["piątek", monday],
      ["sobota", "nieczynne"],
      ["niedziela", "nieczynne"],
    ]);
  });
});
