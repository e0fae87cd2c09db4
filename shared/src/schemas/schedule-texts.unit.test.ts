import { describe, expect, it } from "vitest";
import { scheduleSchema } from "./schedule.ts";
import {
  hoursTextsOf,
  hoursTranslationsBetween,
  hoursTranslationsSchema,
  translateHours,
} from "./schedule-texts.ts";

const byPhone = "po uprzednim kontakcie telefonicznym";
const queue = "w kolejności zgłoszeń";

/** Hours in the content manager's shape: the texts are what matters here. */
const polish = {
  rules: [{ note: byPhone }, { note: null }, { note: queue }, { note: byPhone }],
  seasons: [{ label: "lipiec – sierpień", rules: [{ note: queue }] }],
  exceptions: [{ reason: "Wigilia" }, { reason: "  " }],
};

describe("hoursTextsOf", () => {
  it("lists each Polish text once, in the order the editor shows them, without blanks", () => {
    expect(hoursTextsOf(polish)).toEqual([byPhone, queue, "lipiec – sierpień", "Wigilia"]);
  });

  it("reads missing lists as empty", () => {
    expect(hoursTextsOf({})).toEqual([]);
  });
});

describe("translateHours", () => {
  const uk = { [byPhone]: "після попереднього дзвінка", Wigilia: "Святвечір", [queue]: " " };

  it("replaces translated texts and keeps Polish where a translation is missing or blank", () => {
    const translated = translateHours(polish, uk);
    expect(translated.rules.map((rule) => rule.note)).toEqual([
      "після попереднього дзвінка",
      null,
      queue,
      "після попереднього дзвінка",
    ]);
    expect(translated.seasons[0]).toEqual({ label: "lipiec – sierpień", rules: [{ note: queue }] });
    expect(translated.exceptions.map((exception) => exception.reason)).toEqual(["Святвечір", "  "]);
  });

  it("finds the translation of a text stored with spaces around it", () => {
    const hours = { rules: [{ note: ` ${byPhone} ` }] };
    expect(translateHours(hours, uk).rules[0]?.note).toBe("після попереднього дзвінка");
  });

  it("does not read keys of the object prototype as translations", () => {
    const hours = { rules: [{ note: "constructor" }] };
    expect(translateHours(hours, {}).rules[0]?.note).toBe("constructor");
  });

  it("leaves the input as it was", () => {
    const copy = structuredClone(polish);
    translateHours(polish, uk);
    expect(polish).toEqual(copy);
  });
});

describe("hoursTranslationsBetween", () => {
  it("pairs texts by position and keeps those that differ", () => {
    const translated = {
      rules: [{ note: "A" }, { note: null }, { note: queue }, { note: "B" }],
      seasons: [{ label: "липень – серпень", rules: [{ note: "C" }] }],
      exceptions: [{ reason: "Святвечір" }, { reason: "x" }],
    };
    expect(hoursTranslationsBetween(polish, translated)).toEqual({
      [byPhone]: "A",
      "lipiec – sierpień": "липень – серпень",
      [queue]: "C",
      Wigilia: "Святвечір",
    });
  });

  it("pairs nothing in lists of different lengths", () => {
    expect(hoursTranslationsBetween(polish, { rules: [{ note: "A" }] })).toEqual({});
  });
});

describe("hoursTranslationsSchema", () => {
  it.each([
    [null, {}],
    [undefined, {}],
    [{ a: "b" }, { a: "b" }],
  ])("reads %j as %j", (input, output) => {
    expect(hoursTranslationsSchema.parse(input)).toEqual(output);
  });

  it("refuses a translation that is not text", () => {
    expect(hoursTranslationsSchema.safeParse({ a: 1 }).success).toBe(false);
  });
});

describe("scheduleSchema in a translation", () => {
  const rest = {
    documentId: "doc1",
    locale: "uk",
    label: "Прийом відвідувачів",
    rules: [
      {
        monday: true,
        opens: "09:00:00.000",
        closes: "13:00:00.000",
        mode: "in_person",
        note: byPhone,
      },
    ],
    seasons: [],
    exceptions: [{ from: "2026-12-24", closed: true, reason: "Wigilia" }],
    hoursTranslations: { [byPhone]: "після попереднього дзвінка" },
  };

  it("shows the translated notes, the Polish ones where untranslated, and drops the map", () => {
    const parsed = scheduleSchema.parse(rest);
    expect(parsed.rules[0]?.note).toBe("після попереднього дзвінка");
    expect(parsed.exceptions[0]?.reason).toBe("Wigilia");
    expect(parsed).not.toHaveProperty("hoursTranslations");
  });

  it("reads a schedule without the map (Polish, or stored before it existed)", () => {
    const { hoursTranslations: _map, ...withoutMap } = rest;
    expect(scheduleSchema.parse(withoutMap).rules[0]?.note).toBe(byPhone);
  });
});
