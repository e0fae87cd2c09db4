import { officeSlugs } from "@mops/shared/fixtures";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { telHref } from "../models/contact-links.ts";
import {
  linkContactsInEscapedText,
  linkContactsInHtml,
  linkContactsInText,
} from "./contact-autolink.ts";

/** The links of some HTML as "href text". */
const links = (html: string) =>
  [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, text]) => `${href} ${text}`);

describe("linkContactsInText", () => {
  it.each([
    ["Telefon: 32 22 15 520.", ["tel:+48322215520 32 22 15 520"]],
    ["Sekretariat (44) 254 47 00, w godzinach pracy", ["tel:+48442544700 (44) 254 47 00"]],
    ["kom. +48 600 100 200", ["tel:+48600100200 +48 600 100 200"]],
    ["0048 600 100 200", ["tel:+48600100200 0048 600 100 200"]],
    ["22 758-78-98 wew. 12", ["tel:+48227587898;ext=12 22 758-78-98 wew. 12"]],
    [
      "tel. 24/2534309 lub 22/770-60-18",
      ["tel:+48242534309 24/2534309", "tel:+48227706018 22/770-60-18"],
    ],
    ["(0-44) nie, ale (044) 254 47 00 tak", ["tel:+48442544700 (044) 254 47 00"]],
    ["600100200", ["tel:+48600100200 600100200"]],
    ["Pisz: mops@orzesze.pl.", ["mailto:mops@orzesze.pl mops@orzesze.pl"]],
    [
      "a.b-c+d@mops.kutno.pl, tel. 81 825 15 81",
      [
        "tel:+48818251581 81 825 15 81",
        "mailto:a.b-c+d@mops.kutno.pl a.b-c+d@mops.kutno.pl",
      ].reverse(),
    ],
  ])("%s", (text, expected) => {
    expect(links(linkContactsInText(text))).toEqual(expected);
  });

  it.each([
    "od 2020-10-01 do 2021-09-30",
    "05-800 Pruszków, ul. Jasna 3",
    "kwota 1 200 zł, 9:00–15:30",
    "REGON 123456789",
    "NIP 123-456-78-90",
    "nr konta 12 3456 7890 1234 5678 9012 3456",
    "22 505 11 11 601 979 977",
    "12345678",
    "1234567890",
    "wersja 1.600.100.200",
    "user@localhost",
  ])("leaves %s as text", (text) => {
    expect(links(linkContactsInText(text))).toEqual([]);
  });

  it("escapes the text around the links", () => {
    expect(linkContactsInText("<b>22 505 11 11</b> & co")).toBe(
      '&lt;b&gt;<a href="tel:+48225051111">22 505 11 11</a>&lt;/b&gt; &amp; co',
    );
  });
});

describe("linkContactsInHtml", () => {
  it.each([
    {
      name: "text in a paragraph",
      html: "<p>Tel. <strong>22 505 11 11</strong></p>",
      out: '<p>Tel. <strong><a href="tel:+48225051111">22 505 11 11</a></strong></p>',
    },
    {
      name: "an existing link",
      html: '<p><a href="tel:+48225051111">zadzwoń: <em>22 505 11 11</em></a></p>',
      out: '<p><a href="tel:+48225051111">zadzwoń: <em>22 505 11 11</em></a></p>',
    },
    {
      name: "code",
      html: "<p><code>22 505 11 11</code></p><pre><code>mops@orzesze.pl</code></pre>",
      out: "<p><code>22 505 11 11</code></p><pre><code>mops@orzesze.pl</code></pre>",
    },
    {
      name: "an attribute",
      html: '<p><abbr title="22 505 11 11">tel</abbr> a@b.pl</p>',
      out: '<p><abbr title="22 505 11 11">tel</abbr> <a href="mailto:a@b.pl">a@b.pl</a></p>',
    },
  ])("$name", ({ html, out }) => {
    expect(linkContactsInHtml(html)).toBe(out);
  });
});

/** Every phone number of the seed offices (Kalisz publishes none). */
const seedPhones = officeSlugs.flatMap((slug) => {
  const content = fixtureContent(slug);
  const numbers = [
    ...content.office.phones,
    ...content.office.locations.flatMap((location) => location.phones),
    ...content.departments.flatMap((department) => department.phones),
    ...content.programmes.flatMap((programme) => programme.phones),
  ].map((phone) => phone.number);
  return [...new Set(numbers)].map((number) => ({ slug, number }));
});

describe("the seed offices' phones", () => {
  it.each(seedPhones)(
    "$slug $number is found whole, with the contact list's href",
    ({ number }) => {
      // Oracle: telHref, the contact list's own normalisation of the number.
      expect(links(linkContactsInEscapedText(`Zadzwoń: ${number}, pon.–pt.`))).toEqual([
        `${telHref(number)} ${number}`,
      ]);
    },
  );
});
