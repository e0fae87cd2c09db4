// The pages in Ukrainian and English of the seed offices as built for the tests (issue 17): each
// says its language on <html>; every hreflang alternate leads to a built page that points back;
// no Polish passage stands outside lang="pl"; the switcher names each language in its own name;
// the Polish-only documents are linked from every language; the open-now island gets the page's
// language; amounts and dates follow the language's conventions.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HOURS_WORDS, LANGUAGE_NAMES, PHRASE_TABLES, type PhraseTable } from "@mops/shared";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { BUDGETS, checkBudgets } from "../src/lib/checks/budgets.ts";
import { listFiles, urlPathOf } from "../src/lib/checks/built-site.ts";
import {
  languageMarkup,
  unmarkedPolish,
  unmarkedPolishLinks,
} from "../src/lib/checks/page-languages.ts";

const build = inject("testBuild");
const NBSP = "\u00a0";

/** Every HTML page of an office with its URL path, its language markup and its text. */
async function pagesOf(dir: string) {
  const files = (await listFiles(dir)).filter((file) => file.endsWith(".html"));
  return files.map((file) => {
    const html = readFileSync(join(dir, file), "utf8");
    return { file, path: urlPathOf(file), html, markup: languageMarkup(html) };
  });
}

/** The built file a path of the office's own site is served from. */
function fileOf(dir: string, path: string): string {
  return join(dir, path.endsWith("/") ? `${path}index.html` : path);
}

const krasnik = build.offices.find((office) => office.slug === "krasnik")!;

describe.each(build.offices)("$slug", ({ dir, siteUrl }) => {
  it("says lang=uk, lang=en or lang=pl on <html> by the page's path", async () => {
    for (const page of await pagesOf(dir)) {
      const expected = /^\/uk\//.test(page.path) ? "uk" : /^\/en\//.test(page.path) ? "en" : "pl";
      expect(page.markup.lang, page.path).toBe(expected);
    }
  });

  it("gives every hreflang alternate a built page that points back, with x-default Polish", async () => {
    for (const page of await pagesOf(dir)) {
      const { alternates, lang } = page.markup;
      if (alternates.length === 0) continue;
      const self = new URL(page.path, siteUrl).href;
      expect(alternates, page.path).toContainEqual({ hreflang: lang, href: self });
      const polish = alternates.find((alternate) => alternate.hreflang === "pl");
      expect(alternates, page.path).toContainEqual({ hreflang: "x-default", href: polish?.href });
      for (const alternate of alternates.filter((a) => a.hreflang !== "x-default")) {
        const target = new URL(alternate.href);
        expect(target.origin, page.path).toBe(new URL(siteUrl).origin);
        const file = fileOf(dir, target.pathname);
        expect(existsSync(file), `${page.path} → ${target.pathname}`).toBe(true);
        const back = languageMarkup(readFileSync(file, "utf8"));
        expect(back.lang, target.pathname).toBe(alternate.hreflang);
        expect(back.alternates, `${target.pathname} → ${page.path}`).toContainEqual({
          hreflang: lang,
          href: self,
        });
      }
    }
  });

  it("marks every Polish passage of a page in another language lang=pl", async () => {
    const translated = (await pagesOf(dir)).filter((page) => page.markup.lang !== "pl");
    for (const page of translated) expect(unmarkedPolish(page.markup), page.path).toEqual([]);
  });

  it("says hreflang=pl on every link from a page in another language to a Polish page", async () => {
    const translated = (await pagesOf(dir)).filter((page) => page.markup.lang !== "pl");
    for (const page of translated) expect(unmarkedPolishLinks(page.markup), page.path).toEqual([]);
  });

  it("names each language of the switcher in its own name, with lang and hreflang", async () => {
    for (const page of await pagesOf(dir)) {
      const { alternates, links } = page.markup;
      const languages = alternates.filter((a) => a.hreflang !== "x-default");
      for (const { hreflang, href } of languages) {
        const path = new URL(href).pathname;
        expect(links, page.path).toContainEqual(
          expect.objectContaining({
            href: path,
            lang: hreflang,
            hreflang,
            text: LANGUAGE_NAMES[hreflang as "pl"],
          }),
        );
      }
    }
  });

  it("links the Polish-only documents from every page in another language, marked Polish", async () => {
    const translated = (await pagesOf(dir)).filter((page) => page.markup.lang !== "pl");
    for (const page of translated) {
      for (const href of ["/deklaracja-dostepnosci/", "/ochrona-danych/"]) {
        expect(page.markup.links, page.path).toContainEqual(
          expect.objectContaining({ href, lang: "pl", hreflang: "pl" }),
        );
      }
    }
  });
});

/** The sitemap's alternates of each URL, as `hreflang href` strings. */
function sitemapAlternates(dir: string): Map<string, string[]> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
  const urlset = parser.parse(readFileSync(join(dir, "sitemap-0.xml"), "utf8")).urlset;
  type Url = { loc: string; "xhtml:link"?: Array<{ hreflang: string; href: string }> };
  return new Map(
    ([urlset.url].flat() as Url[]).map((url) => [
      url.loc,
      [url["xhtml:link"] ?? []].flat().map((link) => `${link.hreflang} ${link.href}`),
    ]),
  );
}

describe.each(build.offices)("$slug's indexes", ({ dir, siteUrl }) => {
  it("lists in the sitemap the same alternates as each page's head", async () => {
    const sitemap = sitemapAlternates(dir);
    for (const page of await pagesOf(dir)) {
      const url = new URL(page.path, siteUrl).href;
      if (!sitemap.has(url)) continue;
      const own = page.markup.alternates.map((a) => `${a.hreflang} ${a.href}`);
      expect(sitemap.get(url)?.sort(), page.path).toEqual(own.sort());
    }
  });

  it("has a Pagefind index for each language its indexed pages are in", async () => {
    const entry = JSON.parse(readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8"));
    const indexed = (await pagesOf(dir)).filter((page) => page.html.includes("data-pagefind-body"));
    const languages = [...new Set(indexed.map((page) => page.markup.lang))].sort();
    expect(Object.keys(entry.languages).sort()).toEqual(languages);
    for (const language of languages) {
      expect(entry.languages[language].page_count, language).toBe(
        indexed.filter((page) => page.markup.lang === language).length,
      );
    }
  });
});

describe("Kraśnik in Ukrainian and English", () => {
  it("has the translated pages and only those", async () => {
    const paths = (await pagesOf(krasnik.dir)).map((page) => page.path);
    expect(paths.filter((path) => /^\/(uk|en)\//.test(path)).sort()).toEqual([
      "/en/",
      "/en/dzialy/",
      "/en/dzialy/dzial-swiadczen-rodzinnych-i-funduszu-alimentacyjnego/",
      "/en/dzialy/stypendia-szkolne/",
      "/en/kontakt/",
      "/en/szukaj/",
      "/uk/",
      "/uk/aktualnosci/",
      "/uk/aktualnosci/pomoc-zywnosciowa-bank-zywnosci-w-lublinie/",
      "/uk/dzialy/",
      "/uk/dzialy/dzial-swiadczen-rodzinnych-i-funduszu-alimentacyjnego/",
      "/uk/dzialy/stypendia-szkolne/",
      "/uk/kontakt/",
      "/uk/programy/",
      "/uk/programy/pomoc-zywnosciowa/",
      "/uk/szukaj/",
    ]);
  });

  it("has an RSS feed where the language has news and an hours calendar in each language", async () => {
    const files = await listFiles(krasnik.dir);
    expect(files.filter((file) => /^(uk|en)\/[^/]+\.(xml|ics)$/.test(file)).sort()).toEqual([
      "en/godziny.ics",
      "uk/godziny.ics",
      "uk/rss.xml",
    ]);
    expect(readFileSync(join(krasnik.dir, "uk/rss.xml"), "utf8")).toContain(
      "<language>uk</language>",
    );
    expect(readFileSync(join(krasnik.dir, "en/godziny.ics"), "utf8")).toContain(
      "X-WR-CALNAME:Opening hours – MOPS Kraśnik",
    );
  });

  it.each(["uk", "en"] as const)("gives the open-now island of /%s/ the page's phrases", (lang) => {
    const html = readFileSync(join(krasnik.dir, lang, "index.html"), "utf8");
    const json = /<script type="application\/json" id="open-now-data">([\s\S]*?)<\/script>/.exec(
      html,
    );
    const phrases = (JSON.parse(json?.[1] ?? "{}") as { phrases?: PhraseTable }).phrases;
    expect(phrases).toEqual(PHRASE_TABLES[lang]);
    expect(phrases).not.toEqual(PHRASE_TABLES.pl);
    // Without JavaScript each schedule shows its week in the language; the island fills the status.
    const weeks = [...html.matchAll(/<span class="week">([^<]+)<\/span>/g)].map(
      (match) => match[1],
    );
    expect(weeks.length).toBeGreaterThan(0);
    expect(html.match(/data-open-now="\d+" hidden><strong><\/strong>/g)).toHaveLength(weeks.length);
    const monday = HOURS_WORDS[lang].weekdays.mon;
    for (const week of weeks) expect(week).toContain(monday);
  });

  it("keeps the 14 KB page budget and the island budget on its pages in other languages", async () => {
    const report = await checkBudgets(krasnik.dir, new URL(krasnik.siteUrl).origin);
    const translated = report.weights.filter((weight) => /^(uk|en)\//.test(weight.page));
    expect(translated.map((weight) => weight.page)).toContain("uk/index.html");
    expect(translated.map((weight) => weight.page)).toContain("en/index.html");
    for (const weight of translated) {
      expect(weight.htmlGzip + weight.cssGzip, weight.page).toBeLessThanOrEqual(
        BUDGETS.pageWithCssGzip,
      );
      expect(weight.scriptGzip, weight.page).toBeLessThanOrEqual(BUDGETS.scriptGzip);
    }
    expect(report.violations).toEqual([]);
  });

  it("writes the food-aid thresholds as Ukrainian amounts, NBSP before PLN", () => {
    const html = readFileSync(
      join(krasnik.dir, "uk/programy/pomoc-zywnosciowa/index.html"),
      "utf8",
    );
    expect(html).toContain(`<td>1${NBSP}542,20${NBSP}PLN</td>`);
    expect(html).toContain(`<td>1${NBSP}161,60${NBSP}PLN</td>`);
  });

  it("dates the Ukrainian news post in Ukrainian", () => {
    const html = readFileSync(
      join(krasnik.dir, "uk/aktualnosci/pomoc-zywnosciowa-bank-zywnosci-w-lublinie/index.html"),
      "utf8",
    );
    expect(html).toMatch(/<time datetime="[^"]+">\d{1,2} [а-яіїєʼ]+ \d{4} р\.<\/time>/);
  });

  it.each(["uk/index.html", "uk/kontakt/index.html"])(
    "links the departments from %s to their Ukrainian pages",
    (file) => {
      const html = readFileSync(join(krasnik.dir, file), "utf8");
      for (const slug of [
        "dzial-swiadczen-rodzinnych-i-funduszu-alimentacyjnego",
        "stypendia-szkolne",
      ]) {
        expect(html).toContain(`href="/uk/dzialy/${slug}/"`);
        expect(html).not.toContain(`href="/dzialy/${slug}/"`);
      }
    },
  );

  it("writes a Ukrainian department page's hours with Ukrainian weekdays", () => {
    const html = readFileSync(join(krasnik.dir, "uk/dzialy/stypendia-szkolne/index.html"), "utf8");
    expect(html).toContain(`<th scope="row">${HOURS_WORDS.uk.weekdays.mon}</th>`);
    expect(html).toContain('<div lang="pl"><details class="map-data">');
  });

  it("writes the English hours with English weekdays and the 24-hour clock", () => {
    const html = readFileSync(join(krasnik.dir, "en/kontakt/index.html"), "utf8");
    expect(html).toMatch(/<th scope="row">Monday/);
    expect(html).toMatch(/\b0\d:\d\d–\d\d:\d\d\b/);
  });
});
