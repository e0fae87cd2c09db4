// The regional portal as built from the seeded CMS (site/scripts/build-portal.ts): every office
// listed with its address, a phone and its status; the no-JavaScript ways to find an office;
// the budgets and internal links; the all-offices HSDS export valid against the standard.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officeSlugs } from "@mops/shared/fixtures";
import { hsdsErrors } from "@mops/shared/test-support/hsds-validator";
import { describe, expect, inject, it } from "vitest";
import { checkBudgets } from "../src/lib/checks/budgets.ts";
import { parsePage, readBuiltPages } from "../src/lib/checks/built-site.ts";
import { checkInternalLinks } from "../src/lib/checks/internal-links.ts";
import { fixtureContent } from "./fixture-content.ts";

const build = inject("testBuild");
const { dir, siteUrl } = build.portal;
const origin = new URL(siteUrl).origin;
const read = (file: string) => readFileSync(join(dir, file), "utf8");
const fixtures = officeSlugs.map(fixtureContent);

describe("the portal's home page", () => {
  const page = parsePage("index.html", read("index.html"));
  const card = (slug: string) => {
    const start = page.html.indexOf(`id="urzad-${slug}"`);
    return page.html.slice(
      start,
      page.html.indexOf("</li>", page.html.indexOf("<h2", start)) + 1e3,
    );
  };

  it.each(fixtures.map((f) => [f.office.slug, f]))("lists %s with its site", (slug, fixture) => {
    expect(page.html).toContain(`id="urzad-${slug}"`);
    expect(page.links).toContain(fixture.office.siteUrl);
  });

  it.each(fixtures.map((f) => [f.office.slug, f]))(
    "shows %s's first address and a phone link, or says it publishes no hours",
    (slug, fixture) => {
      const html = card(slug);
      const location = fixture.office.locations[0];
      if (location) expect(html).toContain(location.street);
      const phone = [...fixture.office.phones, ...(location?.phones ?? [])][0];
      if (phone) expect(html).toContain(`href="tel:`);
      expect(html).toMatch(/data-open-now="\d+"|Ośrodek nie podał godzin przyjęć/);
    },
  );

  it("states each status in words the office sites use", () => {
    const words = [...page.html.matchAll(/data-open-now="\d+"[^>]*><strong>([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(words.length).toBeGreaterThan(0);
    for (const word of words)
      expect([
        "Otwarte",
        "Nieczynne",
        "Tylko telefonicznie",
        "Otwarte po wcześniejszym umówieniu",
      ]).toContain(word);
  });
});

describe("the portal without JavaScript", () => {
  it("has a page for Kraśnik's postal code 23-204 that lists Kraśnik", () => {
    expect(read("kody/23-204/index.html")).toContain("urzad-krasnik");
  });

  it("lists Orzesze under Zawiść on the Z page of the A–Z of municipalities", () => {
    expect(read("gminy/index.html")).toContain('href="/gminy/z/"');
    const html = read("gminy/z/index.html");
    expect(html).toMatch(/id="zawisc">Zawiść: <a href="\/osrodki\/o\/#urzad-orzesze">/);
  });

  it("reaches Kraśnik's postal codes through the 23-… page", () => {
    expect(read("kody/index.html")).toContain('href="/kody/23/"');
    expect(read("kody/23/index.html")).toContain('href="/kody/23-204/"');
  });

  it("holds every office's card on its page of the offices A–Z", () => {
    for (const fixture of fixtures) {
      const letter = (fixture.office.areas[0]?.municipality ?? fixture.office.name).charAt(0);
      const key = { Ł: "l-kreska", Ś: "s-kreska", Ż: "z-kropka" }[letter] ?? letter.toLowerCase();
      expect(read(`osrodki/${key}/index.html`)).toContain(`id="urzad-${fixture.office.slug}"`);
    }
  });

  it("has a page of offices giving food aid", () => {
    const html = read("uslugi/pomoc-zywnosciowa/index.html");
    expect(html).toContain("urzad-krasnik");
    expect(html).not.toContain("urzad-kalisz");
  });
});

describe("the portal's site", () => {
  it("keeps every budget", async () => {
    const report = await checkBudgets(dir, origin);
    expect(report.violations).toEqual([]);
    expect(report.weights.length).toBeGreaterThan(5);
  });

  it("has no broken internal link", async () => {
    expect(await checkInternalLinks(dir, origin)).toEqual([]);
  });

  it("has a Pagefind index and precompressed pages", () => {
    expect(read("pagefind/pagefind.js").length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "index.html.br")).length).toBeGreaterThan(0);
  });

  it("builds one page per postal code of the offices' areas", async () => {
    const codes = fixtures.flatMap((f) => f.office.areas.flatMap((area) => area.postalCodes));
    const pages = (await readBuiltPages(dir)).map((p) => p.urlPath);
    for (const code of codes) expect(pages).toContain(`/kody/${code}/`);
  });
});

describe("the portal's HSDS export of all offices", () => {
  const exported = JSON.parse(read("dane/hsds/organizations.json")) as {
    total_items: number;
    contents: Array<{ name: string; services: unknown[] }>;
  };

  it("holds every office", () => {
    expect(exported.total_items).toBe(fixtures.length);
    expect(exported.contents.map((o) => o.name).sort()).toEqual(
      fixtures.map((f) => f.office.name).sort(),
    );
  });

  it("is valid against the standard's schemas", () => {
    for (const { services, ...organization } of exported.contents) {
      expect(hsdsErrors("organization", organization)).toEqual([]);
      for (const service of services) expect(hsdsErrors("service", service)).toEqual([]);
    }
  });
});
