import { describe, expect, it } from "vitest";
import {
  emailsInText,
  missingLocations,
  phonesInText,
  textsOf,
  unlinkedEmails,
} from "./contact-coverage.ts";

describe("phonesInText", () => {
  it.each([
    { text: "Na wizytę: 22 728 44 97.", phones: ["22 728 44 97"] },
    { text: "infolinia 22 505 11 11", phones: ["22 505 11 11"] },
    { text: "Tel. (81) 825 43 29, kom. 601 955 112.", phones: ["(81) 825 43 29", "601 955 112"] },
    { text: "24/2537847 lub +48 600 100 200", phones: ["24/2537847", "+48 600 100 200"] },
    { text: "Obowiązuje od 2026-11-23, kod 05-804", phones: [] },
    { text: "NIP 123-456-78-90", phones: [] },
    { text: "konto 12 3456 7890 1234 5678 9012 3456", phones: [] },
    { text: "w godz. 9:00–13:00", phones: [] },
  ])("$text", ({ text, phones }) => {
    expect(phonesInText(text)).toEqual(phones);
  });
});

describe("emailsInText", () => {
  it.each([
    { text: "Napisz: mops@orzesze.pl.", emails: ["mops@orzesze.pl"] },
    { text: "a.b+c@sub.example.com i x@y.pl", emails: ["a.b+c@sub.example.com", "x@y.pl"] },
    { text: "brak @ adresu", emails: [] },
  ])("$text", ({ text, emails }) => {
    expect(emailsInText(text)).toEqual(emails);
  });
});

describe("textsOf", () => {
  it("collects nested strings and nothing else", () => {
    expect(textsOf({ a: "x", b: [1, { c: "y" }], d: null, e: true })).toEqual(["x", "y"]);
  });
});

describe("unlinkedEmails", () => {
  const pages = [
    { html: '<a href="mailto:Sekretariat@mops.kutno.pl">x</a>' },
    { html: "<p>a@b.pl</p>" },
  ];
  it.each([
    { addresses: ["sekretariat@mops.kutno.pl"], unlinked: [] },
    { addresses: ["a@b.pl", "a@b.pl"], unlinked: ["a@b.pl"] },
  ])("$addresses → $unlinked", ({ addresses, unlinked }) => {
    expect(unlinkedEmails(addresses, pages)).toEqual(unlinked);
  });
});

describe("missingLocations", () => {
  const ld = (street: string) =>
    `<script type="application/ld+json">${JSON.stringify({ address: { "@type": "PostalAddress", streetAddress: street } })}</script>`;
  it.each([
    {
      name: "in both",
      html: `${ld("ul. Jasna 3")}<main><address>ul. Jasna 3</address></main>`,
      missing: [],
    },
    {
      name: "only in the page",
      html: `${ld("ul. Inna 1")}<main>ul.&nbsp;Jasna 3</main>`,
      missing: [{ street: "ul. Jasna 3", missingFrom: "json-ld" }],
    },
    {
      name: "only in JSON-LD",
      html: `${ld("ul. Jasna 3")}<main>Kontakt</main><footer>ul. Jasna 3</footer>`,
      missing: [{ street: "ul. Jasna 3", missingFrom: "main" }],
    },
  ])("$name", ({ html, missing }) => {
    expect(missingLocations(["ul. Jasna 3"], html)).toEqual(missing);
  });
});
