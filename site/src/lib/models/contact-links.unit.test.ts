import { describe, expect, it } from "vitest";
import { emailLink, locationView, phoneLink, telHref } from "./contact-links.ts";

describe("telHref", () => {
  it.each([
    { number: "24/2537847", href: "tel:+48242537847" },
    { number: "81 825 15 81", href: "tel:+48818251581" },
    { number: "(81) 825 43 29", href: "tel:+48818254329" },
    { number: "601 979 977", href: "tel:+48601979977" },
    { number: "+48 22 728 44 97", href: "tel:+48227284497" },
    { number: "0 24 253 78 47", href: "tel:+48242537847" },
    { number: "112", href: "tel:112" },
  ])("$number → $href", ({ number, href }) => {
    expect(telHref(number)).toBe(href);
  });
});

describe("contact views", () => {
  it("keeps the number as written and its label", () => {
    expect(phoneLink({ number: "601 979 977", label: "kom." })).toEqual({
      text: "601 979 977",
      href: "tel:+48601979977",
      label: "kom.",
    });
  });

  it("shows the e-mail address itself as the link text", () => {
    expect(emailLink({ address: "sekretariat@mops.kutno.pl" })).toEqual({
      text: "sekretariat@mops.kutno.pl",
      href: "mailto:sekretariat@mops.kutno.pl",
    });
  });

  it.each([
    { postalCode: "05-804", lines: ["ul. Helenowska 3a", "05-804 Pruszków"] },
    { postalCode: undefined, lines: ["ul. Helenowska 3a", "Pruszków"] },
  ])("writes the address in two lines (postal code $postalCode)", ({ postalCode, lines }) => {
    expect(
      locationView({ street: "ul. Helenowska 3a", postalCode, city: "Pruszków", phones: [] }).lines,
    ).toEqual(lines);
  });
});
