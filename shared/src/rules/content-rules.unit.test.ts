import { describe, expect, it } from "vitest";
import { ContentRuleError } from "../schemas/errors.ts";
import { checkAmount } from "./amount.ts";
import {
  departmentRuleErrors,
  newsPostRuleErrors,
  officeRuleErrors,
  programmeRuleErrors,
  RULES_BY_CONTENT_TYPE,
} from "./content-rules.ts";
import { checkCoverAlt } from "./cover-alt.ts";
import { checkDateRange } from "./date-range.ts";
import { checkLinkUrl, WEB_SCHEMES } from "./link-url.ts";
import { checkMarkdownSize, MARKDOWN_MAX_LENGTH } from "./markdown.ts";
import { checkOfficeSlug, checkSlug } from "./slug.ts";

describe("checkSlug", () => {
  it.each(["kutno", "wspieraj-seniora", "dzial-2", "a1"])("accepts %s", (slug) => {
    expect(checkSlug(slug)).toBeUndefined();
  });

  it.each(["Kutno", "kraśnik", "wspieraj--seniora", "-kutno", "kutno-", "dział pomocy", "", 12])(
    "rejects %j",
    (slug) => {
      const error = checkSlug(slug, "slug");
      expect(error).toBeInstanceOf(ContentRuleError);
      expect(error?.path).toBe("slug");
      expect(error?.message).toMatch(/^Adres \(slug\)/);
    },
  );
});

describe("checkOfficeSlug", () => {
  it.each(["kutno", "regiony", "region-lodzki", "www2"])("accepts %s", (slug) => {
    expect(checkOfficeSlug(slug)).toBeUndefined();
  });

  it.each(["region", "www", "api", "admin"])("refuses %s, reserved, in Polish", (slug) => {
    const error = checkOfficeSlug(slug);
    expect(error?.path).toBe("slug");
    expect(error?.message).toBe(
      `Adres (slug) „${slug}” jest zarezerwowany dla portalu regionu: wybierz inny, np. nazwę miejscowości`,
    );
  });

  it("says what a slug may hold before anything about reservation", () => {
    expect(checkOfficeSlug("Region")?.message).toMatch(/może zawierać tylko małe litery/);
  });

  it("is the office's rule, and only the office's", () => {
    expect(officeRuleErrors({ slug: "region" }).map((error) => error.path)).toEqual(["slug"]);
    expect(departmentRuleErrors({ slug: "region" })).toEqual([]);
  });
});

describe("checkLinkUrl", () => {
  it.each([
    "https://www.krasnik.eu/aktualnosci/miasto-wspiera-seniorow-w-czasie-pandemii",
    "http://mops.kutno.pl",
    "mailto:sekretariat@mops.kutno.pl",
    "tel:+48818251581",
  ])("accepts %s", (url) => {
    expect(checkLinkUrl(url)).toBeUndefined();
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "ftp://example.org",
    "www.mops.kutno.pl",
    "https://",
    "mailto:",
    "https://a b.pl",
  ])("rejects %s", (url) => {
    expect(checkLinkUrl(url, "links[0].url")).toMatchObject({
      path: "links[0].url",
      name: "ContentRuleError",
    });
  });

  it("limits web addresses to http(s)", () => {
    expect(checkLinkUrl("mailto:a@b.pl", "siteUrl", WEB_SCHEMES)?.message).toBe(
      "Adres „mailto:a@b.pl” musi być pełnym adresem zaczynającym się od: http, https",
    );
  });
});

describe("checkAmount", () => {
  it.each([0, 1542.2, 1161.6, "674011.25", 0.1 + 0.2])("accepts %j", (amount) => {
    expect(checkAmount(amount)).toBeUndefined();
  });

  it.each([
    [-1, "Kwota nie może być ujemna"],
    [12.345, "Kwota może mieć najwyżej dwa miejsca po przecinku (grosze)"],
    ["12,50", "Kwota musi być liczbą, np. 1542,20"],
    [Number.NaN, "Kwota musi być liczbą, np. 1542,20"],
  ])("rejects %j: %s", (amount, message) => {
    expect(checkAmount(amount, "incomeThresholds[0].amount")).toMatchObject({
      path: "incomeThresholds[0].amount",
      message,
    });
  });
});

describe("checkMarkdownSize", () => {
  it("accepts text up to the limit and a missing value", () => {
    expect(checkMarkdownSize("a".repeat(MARKDOWN_MAX_LENGTH))).toBeUndefined();
    expect(checkMarkdownSize(undefined)).toBeUndefined();
  });

  it("rejects text over the limit, with the counts in Polish", () => {
    expect(checkMarkdownSize("a".repeat(MARKDOWN_MAX_LENGTH + 1), "body")?.message).toBe(
      "Tekst jest za długi: 50\u00a0001 znaków, dozwolone najwyżej 50\u00a0000",
    );
  });
});

describe("checkCoverAlt", () => {
  it.each([
    [undefined, undefined, false],
    [null, "", false],
    [{ id: 3 }, "Seniorzy na festiwalu w Orzeszu", false],
    [{ id: 3 }, "  ", true],
    [7, undefined, true],
  ])("cover %j with alt %j fails: %s", (cover, alt, fails) => {
    expect(checkCoverAlt(cover, alt) !== undefined).toBe(fails);
  });
});

describe("checkDateRange", () => {
  it.each([
    ["2019-10-01", "2020-10-31", false],
    ["2020-10-31", "2020-10-31", false],
    ["2021-06-08T08:00:00.000Z", "2021-06-07T08:00:00.000Z", true],
    ["2020-12-31", "2020-01-01", true],
    [undefined, "2020-01-01", false],
  ])("from %s to %s fails: %s", (from, to, fails) => {
    expect(checkDateRange(from, to) !== undefined).toBe(fails);
  });

  it("gives the Polish message with both dates", () => {
    expect(checkDateRange("2020-12-31", "2020-01-01", "endsOn", "startsOn")).toMatchObject({
      path: "endsOn",
      message:
        "Data końcowa (01.01.2020) nie może być wcześniejsza niż data początkowa (31.12.2020)",
      detail: "endsOn (2020-01-01) is before startsOn (2020-12-31)",
    });
  });
});

describe("rules per content type", () => {
  it("lists every broken rule of a programme with its path", () => {
    const errors = programmeRuleErrors({
      title: "Pomoc żywnościowa",
      slug: "Pomoc-Żywnościowa",
      incomeThresholds: [
        { basis: "single_person", amount: 1542.2 },
        { basis: "per_person_in_family", amount: -1161.6 },
      ],
      funding: [{ source: "power", euContribution: 674011.255 }],
      startsOn: "2020-10-31",
      endsOn: "2019-10-01",
      links: [{ label: "Wniosek", url: "javascript:void(0)" }],
    });
    expect(errors.map((error) => error.path)).toEqual([
      "slug",
      "incomeThresholds[1].amount",
      "funding[0].euContribution",
      "endsOn",
      "links[0].url",
    ]);
  });

  it("checks an office's web addresses, alerts and accessibility texts", () => {
    const errors = officeRuleErrors({
      slug: "kutno",
      siteUrl: "mops.kutno.pl",
      alerts: [
        {
          title: "Komunikat",
          body: "Treść",
          validFrom: "2021-06-08T00:00:00Z",
          validTo: "2021-06-01T00:00:00Z",
        },
      ],
      accessibility: {
        pjmVideoUrl: "https://example.org/pjm",
        easyToRead: "x".repeat(MARKDOWN_MAX_LENGTH + 1),
      },
    });
    expect(errors.map((error) => error.path)).toEqual([
      "siteUrl",
      "accessibility.easyToRead",
      "alerts[0].validTo",
    ]);
  });

  it("requires alt text for a news post's cover and an http(s) source", () => {
    expect(
      newsPostRuleErrors({
        slug: "dzien-pracownika-socjalnego",
        cover: 12,
        coverAlt: null,
        sourceUrl: "ftp://x.pl",
      }).map((e) => e.path),
    ).toEqual(["coverAlt", "sourceUrl"]);
  });

  it("does not check what a partial update leaves out", () => {
    expect(departmentRuleErrors({ name: "Dział Dodatków Mieszkaniowych" })).toEqual([]);
    expect(newsPostRuleErrors({ title: "Bez okładki" })).toEqual([]);
  });

  it("runs the schedule checks for schedules", () => {
    expect(
      RULES_BY_CONTENT_TYPE.schedule({
        rules: [{ monday: true, opens: "10:00", closes: "09:00" }],
      }).map((e) => e.path),
    ).toEqual(["rules[0].closes"]);
  });
});
