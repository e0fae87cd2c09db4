import { describe, expect, it } from "vitest";
import {
  isPolishPassage,
  languageMarkup,
  unmarkedPolish,
  unmarkedPolishLinks,
} from "./page-languages.ts";

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title>` +
  `<link rel="alternate" hreflang="pl" href="https://a.example/">` +
  `<link rel="alternate" type="application/rss+xml" href="/rss.xml">` +
  `</head><body>${body}</body></html>`;

describe("languageMarkup", () => {
  it("reads the page's lang, its hreflang alternates and its links' languages", () => {
    const markup = languageMarkup(
      page("uk", '<a href="/" lang="pl" hreflang="pl">Polski</a> <a href="/uk/">Головна</a>'),
    );
    expect(markup.lang).toBe("uk");
    expect(markup.alternates).toEqual([{ hreflang: "pl", href: "https://a.example/" }]);
    expect(markup.links).toEqual([
      { href: "/", lang: "pl", hreflang: "pl", text: "Polski", inLang: "pl" },
      { href: "/uk/", text: "Головна", inLang: "uk" },
    ]);
  });

  it("gives each text the lang in force, through void elements, not inside scripts", () => {
    const markup = languageMarkup(
      page(
        "en",
        '<p>One<br>two <span lang="pl">Łódź<img alt=""></span> three</p><script>"źle"</script>',
      ),
    );
    expect(markup.texts.filter((text) => text.text !== "T")).toEqual([
      { text: "One", lang: "en" },
      { text: "two", lang: "en" },
      { text: "Łódź", lang: "pl" },
      { text: "three", lang: "en" },
    ]);
  });
});

describe("isPolishPassage", () => {
  it.each([
    ["Kraśnik", "uk", false],
    ["MOPS Kraśnik", "en", false],
    ["Deklaracja dostępności", "en", true],
    ["ul. Żeromskiego 5", "uk", false],
    ["Wnioski składamy w pokoju 12.", "uk", true],
    ["Місто Краснік, Al. Niepodległości 44", "uk", false],
    ["Обслуговування", "uk", false],
    ["Municipal Social Welfare Centre in Kraśnik", "en", false],
    ["Ośrodek nie podał numeru telefonu.", "en", true],
    ["Godziny otwarcia", "en", false],
  ])("%s on a %s page: %s", (text, lang, polish) => {
    expect(isPolishPassage(text, lang)).toBe(polish);
  });
});

describe("unmarkedPolish", () => {
  it("finds Polish text outside lang=pl and lets marked text be", () => {
    const html = page(
      "uk",
      '<p>Графік</p><p>Deklaracja dostępności</p><p lang="pl">Ochrona danych osobowych</p>',
    );
    expect(unmarkedPolish(languageMarkup(html))).toEqual(["Deklaracja dostępności"]);
  });
});

describe("unmarkedPolishLinks", () => {
  it("finds links to Polish pages that say nothing of it, not files nor marked links", () => {
    const html = page(
      "uk",
      '<a href="/uk/kontakt/">Контакти</a><a href="/en/">English</a><a href="/dzialy/a/">Відділ</a>' +
        '<a href="/dzialy/b/" hreflang="pl">Відділ</a><p lang="pl"><a href="/kontakt/#x">tu</a></p>' +
        '<a href="/sitemap-index.xml">XML</a><a href="tel:+48">1</a>',
    );
    expect(unmarkedPolishLinks(languageMarkup(html))).toEqual(["/dzialy/a/"]);
  });
});
