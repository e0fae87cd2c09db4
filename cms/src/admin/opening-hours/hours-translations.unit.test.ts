import { describe, expect, it } from "vitest";
import {
  editedLocale,
  type FormTranslatedHours,
  translationRows,
  withTranslation,
} from "./hours-translations";

const byPhone = "po uprzednim kontakcie telefonicznym";

/** A schedule's hours in a Ukrainian edit view: Polish texts, one translated. */
const values: FormTranslatedHours = {
  rules: [{ note: byPhone }, { note: null }],
  seasons: [{ label: "lipiec – sierpień", rules: [{ note: byPhone }] }],
  exceptions: [{ reason: "Wigilia" }],
  hoursTranslations: { [byPhone]: "після дзвінка", "stary tekst": "старий текст" },
};

describe("editedLocale", () => {
  it.each([
    [{ plugins: { i18n: { locale: "uk" } } }, "uk"],
    [{ plugins: { i18n: { locale: "" } } }, "pl"],
    [{}, "pl"],
    [null, "pl"],
  ])("reads %j as %s", (query, locale) => {
    expect(editedLocale(query)).toBe(locale);
  });
});

describe("translationRows", () => {
  it("lists each Polish text once with its translation, empty where none", () => {
    expect(translationRows(values)).toEqual([
      { text: byPhone, translation: "після дзвінка" },
      { text: "lipiec – sierpień", translation: "" },
      { text: "Wigilia", translation: "" },
    ]);
  });

  it("has no rows for hours without texts", () => {
    expect(translationRows({ rules: [{ note: null }], hoursTranslations: null })).toEqual([]);
  });
});

describe("withTranslation", () => {
  it("adds a translation and drops those of texts the hours no longer have", () => {
    expect(withTranslation(values, "Wigilia", "Святвечір")).toEqual({
      [byPhone]: "після дзвінка",
      Wigilia: "Святвечір",
    });
  });

  it("removes a translation cleared to blank, so the site shows Polish", () => {
    expect(withTranslation(values, byPhone, "  ")).toEqual({});
  });

  it("ignores a text that is not in the hours", () => {
    expect(withTranslation(values, "obcy tekst", "x")).toEqual({ [byPhone]: "після дзвінка" });
  });
});
