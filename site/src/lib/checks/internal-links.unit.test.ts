import { describe, expect, it } from "vitest";
import { page, writeTestSite } from "../../../test/support/test-site.ts";
import { checkInternalLinks } from "./internal-links.ts";

const origin = "https://mops.kutno.pl";

describe("checkInternalLinks", () => {
  it.each([
    { name: "a directory page", href: "/kontakt/", broken: [] },
    { name: "a relative path", href: "../kontakt/", broken: [] },
    { name: "an absolute URL on the office's domain", href: `${origin}/kontakt/`, broken: [] },
    { name: "a file", href: "/godziny.ics", broken: [] },
    { name: "an existing fragment", href: "/kontakt/#adres", broken: [] },
    { name: "a same-page fragment", href: "#tresc", broken: [] },
    { name: "another domain", href: "https://www.gov.pl/brak/", broken: [] },
    { name: "mailto", href: "mailto:a@b.pl", broken: [] },
    { name: "a missing page", href: "/brak/", broken: ["missing file"] },
    { name: "a missing file", href: "/brak.pdf", broken: ["missing file"] },
    { name: "a missing fragment", href: "/kontakt/#brak", broken: ["missing fragment"] },
    { name: "a missing same-page fragment", href: "#brak", broken: ["missing fragment"] },
  ])("$name", async ({ href, broken }) => {
    const dir = await writeTestSite({
      "index.html": page(`<main id="tresc"><a href="${href}">x</a></main>`),
      "kontakt/index.html": page('<h1 id="adres">Kontakt</h1>'),
      "godziny.ics": "BEGIN:VCALENDAR",
    });
    const found = await checkInternalLinks(dir, origin);
    expect(found.map((link) => link.reason)).toEqual(broken);
    for (const link of found) expect(link).toMatchObject({ page: "index.html", reference: href });
  });

  it("checks stylesheets, scripts and images as well", async () => {
    const dir = await writeTestSite({
      "index.html": page(
        '<img src="/_astro/a.webp" width="1" height="1" alt=""><script type="module" src="/_astro/x.js"></script>',
        '<link rel="stylesheet" href="/_astro/site.css">',
      ),
      "_astro/a.webp": "x",
    });
    const found = await checkInternalLinks(dir, origin);
    expect(found.map((link) => link.reference).sort()).toEqual([
      "/_astro/site.css",
      "/_astro/x.js",
    ]);
  });
});
