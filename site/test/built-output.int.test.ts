// Checks over the five seed offices as built for the tests (test/test-build.ts): each office's
// directory stands alone at its domain's root, key facts show, nothing links nowhere, the
// budgets hold, every compressible file has its precompressed siblings and the XSS corpus
// leaves nothing executable.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";
import { checkBudgets } from "../src/lib/checks/budgets.ts";
import { parsePage, readBuiltPages } from "../src/lib/checks/built-site.ts";
import {
  emailsInText,
  missingLocations,
  phonesInText,
  textsOf,
  unlinkedEmails,
} from "../src/lib/checks/contact-coverage.ts";
import { emptyPages } from "../src/lib/checks/empty-pages.ts";
import { hoursTableProblems } from "../src/lib/checks/hours-tables.ts";
import { checkInternalLinks } from "../src/lib/checks/internal-links.ts";
import { unlinkedPhones } from "../src/lib/checks/phone-links.ts";
import { checkPrecompressed } from "../src/lib/checks/precompressed.ts";
import { findExecutableMarkup } from "../src/lib/html/executable-markup.ts";
import { iconSetFromUpload } from "../src/lib/icons/office-icons.ts";
import { STATEMENT_IDS } from "../src/lib/models/accessibility-statement.ts";
import { favicon } from "../src/lib/models/favicon.ts";
import { hasPage, type OptionalPage } from "../src/lib/models/office-pages.ts";
import { fixtureContent } from "./fixture-content.ts";
import { TEST_ALERT, TEST_FAVICON, TEST_SERVICE_STATUS, XSS_POST } from "./test-fixtures.ts";

const build = inject("testBuild");
const office = (slug: string) => build.offices.find((candidate) => candidate.slug === slug)!;
const read = (slug: string, file: string) => readFileSync(join(office(slug).dir, file), "utf8");

/** Text of the page's table rows as "header: cell", whitespace collapsed. */
function rowTexts(html: string): string[] {
  return [
    ...html.matchAll(/<tr\b[^>]*>\s*<th scope="row">([\s\S]*?)<\/th>\s*<td>([\s\S]*?)<\/td>/g),
  ].map((match) =>
    `${match[1]}: ${match[2]}`
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

/** Mean absolute difference of two images' RGB channels (0–255), both read at 180 px. */
async function meanPixelDifference(a: Buffer, b: Buffer): Promise<number> {
  const pixels = (image: Buffer) => sharp(image).resize(180, 180).removeAlpha().raw().toBuffer();
  const [left, right] = await Promise.all([pixels(a), pixels(b)]);
  let sum = 0;
  for (let index = 0; index < left.length; index++) sum += Math.abs(left[index]! - right[index]!);
  return sum / left.length;
}

function mainText(html: string): string {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ");
}

describe.each(build.offices.map((built) => built.slug))("%s", (slug) => {
  const { dir, siteUrl } = office(slug);
  const origin = new URL(siteUrl).origin;

  it.each([
    "index.html",
    "404.html",
    "robots.txt",
    "sitemap-index.xml",
    "rss.xml",
    "kontakt/index.html",
    "deklaracja-dostepnosci/index.html",
    "pagefind/pagefind.js",
    "favicon.ico",
    "apple-touch-icon.png",
  ])("has %s", (file) => {
    expect(existsSync(join(dir, file))).toBe(true);
  });

  it("keeps Pagefind's search and worker scripts and none of its unused interfaces", () => {
    const files = readdirSync(join(dir, "pagefind"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-worker.js"]));
    expect(files.filter((file) => /^pagefind-.*(?:ui|highlight)/.test(file))).toEqual([]);
  });

  const content = fixtureContent(slug as Parameters<typeof fixtureContent>[0]);

  it.each([
    { file: "aktualnosci/index.html", page: "news" },
    { file: "dzialy/index.html", page: "departments" },
    { file: "programy/index.html", page: "programmes" },
    { file: "o-nas/index.html", page: "about" },
  ] as Array<{ file: string; page: OptionalPage }>)(
    "has $file exactly when the office has content for it",
    ({ file, page }) => {
      expect(existsSync(join(dir, file))).toBe(hasPage(content, page));
    },
  );

  it.each([
    { file: "aktualnosci/index.html", searchable: false },
    { file: "dzialy/index.html", searchable: false },
    { file: "programy/index.html", searchable: false },
    { file: "kontakt/index.html", searchable: true },
    { file: "o-nas/index.html", searchable: true },
  ])("site search covers $file: $searchable (when the page exists)", ({ file, searchable }) => {
    const html = existsSync(join(dir, file)) ? read(slug, file) : undefined;
    expect(html === undefined || html.includes("data-pagefind-body") === searchable).toBe(true);
  });

  it("names every current schedule by its own label on the home page, with no fallback links", () => {
    const home = read(slug, "index.html");
    const text = mainText(home);
    const today = build.buildNow.slice(0, 10);
    const current = content.schedules.filter(
      (schedule) => !schedule.validTo || schedule.validTo >= today,
    );
    for (const schedule of current) expect(text, schedule.label).toContain(schedule.label);
    expect(home.match(/data-open-now="\d+"/g) ?? []).toHaveLength(current.length);
    expect(home).not.toMatch(/>\s*godziny przyjęć\s*<\/a>/);
  });

  it("has no page whose main content is only its heading", async () => {
    expect(emptyPages(await readBuiltPages(dir))).toEqual([]);
  });

  it("site search covers every news post and no page of the news list", async () => {
    const pages = await readBuiltPages(dir);
    const posts = pages.filter((page) => /^\/aktualnosci\/(?!strona\/)[^/]+\/$/.test(page.urlPath));
    const lists = pages.filter((page) => page.urlPath.startsWith("/aktualnosci/strona/"));
    for (const page of posts) expect(page.html, page.urlPath).toContain("data-pagefind-body");
    for (const page of lists) expect(page.html, page.urlPath).not.toContain("data-pagefind-body");
  });

  // Kutno has its own favicon in the test CMS; the others have the default, with its SVG.
  const ownIcon = slug === "kutno";

  it("links its icons from every page's head", async () => {
    const svgLink = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';
    expect(existsSync(join(dir, "favicon.svg"))).toBe(!ownIcon);
    for (const page of await readBuiltPages(dir)) {
      expect(page.html, page.urlPath).toContain(
        '<link rel="icon" href="/favicon.ico" sizes="32x32">',
      );
      expect(page.html, page.urlPath).toContain(
        '<link rel="apple-touch-icon" href="/apple-touch-icon.png">',
      );
      expect(page.html.includes(svgLink), page.urlPath).toBe(!ownIcon);
    }
  });

  it(`serves ${ownIcon ? "icons made from its own favicon" : "the default icons"}`, async () => {
    const ico = readFileSync(join(dir, "favicon.ico"));
    const touch = readFileSync(join(dir, "apple-touch-icon.png"));
    expect(ico.equals(favicon.ico)).toBe(!ownIcon);
    const { width, height, format } = await sharp(touch).metadata();
    expect([format, width, height]).toEqual(["png", 180, 180]);
    if (ownIcon) {
      // The CMS stores the upload re-encoded, so compare pictures, not bytes.
      const fromUpload = await iconSetFromUpload(TEST_FAVICON.png);
      expect(await meanPixelDifference(touch, fromUpload.appleTouch)).toBeLessThan(4);
    }
  });

  it("points robots.txt and canonical URLs at the office's own domain", () => {
    expect(read(slug, "robots.txt")).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(read(slug, "index.html")).toContain(`<link rel="canonical" href="${origin}/">`);
    expect(read(slug, "sitemap-index.xml")).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
    expect(read(slug, "rss.xml")).toContain(`<link>${origin}/</link>`);
  });

  it("has no broken internal link", async () => {
    expect(await checkInternalLinks(dir, origin)).toEqual([]);
  });

  it("keeps every budget", async () => {
    const report = await checkBudgets(dir, origin);
    expect(report.violations).toEqual([]);
    expect(report.weights.length).toBeGreaterThan(5);
  });

  it("has .br and .gz siblings of every compressible file, decompressing to its bytes", async () => {
    expect(await checkPrecompressed(dir)).toEqual([]);
    for (const file of ["index.html", "rss.xml", "sitemap-0.xml", "pagefind/pagefind.js"]) {
      expect(existsSync(join(dir, `${file}.br`)), file).toBe(true);
      expect(existsSync(join(dir, `${file}.gz`)), file).toBe(true);
    }
  });

  it("links the accessibility statement from every page's footer", async () => {
    for (const page of await readBuiltPages(dir)) {
      const footer = page.html.slice(page.html.indexOf("<footer"));
      expect(footer, page.file).toContain('href="/deklaracja-dostepnosci/"');
    }
  });

  it("gives the accessibility statement every element id the technical conditions require", () => {
    const ids = parsePage("x.html", read(slug, "deklaracja-dostepnosci/index.html")).ids;
    expect(STATEMENT_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("shows phones as tel: links and e-mails as visible mailto: links on the contact page", () => {
    const html = read(slug, "kontakt/index.html");
    for (const [, address, text] of html.matchAll(/<a href="mailto:([^"]+)">([^<]*)<\/a>/g)) {
      expect(text).toBe(address);
    }
    for (const [, number] of html.matchAll(/<a href="tel:([^"]+)">/g))
      expect(number).toMatch(/^\+48\d{9}$/);
    // Nothing is hidden behind JavaScript: the contact page runs none.
    expect(
      parsePage("kontakt.html", html).resources.filter((resource) => resource.kind === "script"),
    ).toEqual([]);
  });

  it("lists every weekday in every hours table and marks no row as today (the island does)", async () => {
    const pages = await readBuiltPages(dir);
    expect(pages.flatMap((page) => hoursTableProblems(page.file, page.html))).toEqual([]);
    // Each hours section holds the word "dziś" (in the page's language) hidden, for the island to
    // move into today's row.
    const officePages = pages.filter((page) => !page.file.startsWith("przyklady/"));
    for (const page of officePages) {
      const sections = page.html.match(/<section class="hours" data-hours/g)?.length ?? 0;
      const marks = page.html.match(/<strong class="today" hidden>[^<]+<\/strong>/g)?.length ?? 0;
      expect([page.file, marks]).toEqual([page.file, sections]);
    }
    expect(officePages.some((page) => page.html.includes("data-hours"))).toBe(
      content.schedules.length > 0,
    );
  });

  // The office's data: the office, its departments, programmes and schedules (every field,
  // free text included), as the CMS gives them.
  const officeData = [content.office, content.departments, content.programmes, content.schedules];
  const texts = textsOf(officeData);
  const listedPhones = [
    ...content.office.phones,
    ...content.office.locations.flatMap((location) => location.phones),
    ...content.departments.flatMap((department) => [
      ...department.phones,
      ...(department.location?.phones ?? []),
    ]),
    ...content.programmes.flatMap((programme) => programme.phones),
  ].map((phone) => phone.number);
  const locations = [
    ...content.office.locations,
    ...content.departments.flatMap((department) => department.location ?? []),
  ];

  it("links every phone of the office's data as tel: somewhere on its site", async () => {
    const numbers = [...listedPhones, ...texts.flatMap(phonesInText)];
    expect(unlinkedPhones(numbers, await readBuiltPages(dir))).toEqual([]);
  });

  it("links every e-mail of the office's data as mailto: somewhere on its site", async () => {
    const addresses = texts.flatMap(emailsInText);
    expect(unlinkedEmails(addresses, await readBuiltPages(dir))).toEqual([]);
  });

  it("lists every listed phone as tel: and every location on the contact page and in its JSON-LD", () => {
    const html = read(slug, "kontakt/index.html");
    const page = [{ html: html.slice(html.indexOf("<main"), html.indexOf("</main>")) }];
    expect(unlinkedPhones(listedPhones, page)).toEqual([]);
    const emails = textsOf([content.office.emails, content.departments, content.programmes]);
    expect(unlinkedEmails(emails.flatMap(emailsInText), page)).toEqual([]);
    expect(
      missingLocations(
        locations.map((location) => location.street),
        html,
      ),
    ).toEqual([]);
  });

  it("has the printable hours and contacts exactly when the contact page links it", () => {
    const linked = read(slug, "kontakt/index.html").includes('href="/godziny-i-kontakt/"');
    expect(existsSync(join(dir, "godziny-i-kontakt/index.html"))).toBe(linked);
    expect(linked).toBe(content.schedules.length > 0 || locations.length + listedPhones.length > 0);
  });

  it("runs script only where an island is", async () => {
    for (const page of await readBuiltPages(dir)) {
      const scripts = page.resources.filter((resource) => resource.kind === "script");
      const expected = page.html.includes("data-island=");
      expect(scripts.length > 0, page.file).toBe(expected);
    }
  });
});

describe.each([
  { slug: "kutno", phones: 4, emails: 1 },
  { slug: "krasnik", phones: 4, emails: 0 },
])("$slug contact page", ({ slug, phones, emails }) => {
  it("lists the office's phones and e-mails as links", () => {
    const html = read(slug, "kontakt/index.html");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(
      new Set([...main.matchAll(/href="tel:([^"]+)"/g)].map((m) => m[1])).size,
    ).toBeGreaterThanOrEqual(phones);
    expect(
      new Set([...main.matchAll(/href="mailto:([^"]+)"/g)].map((m) => m[1])).size,
    ).toBeGreaterThanOrEqual(emails);
  });
});

describe("Kutno", () => {
  it("shows the Dział Pomocy Środowiskowej hours with the split range and the closed Wednesday", () => {
    const html = read("kutno", "dzialy/dzial-pomocy-srodowiskowej/index.html");
    const rows = rowTexts(html).map((row) => row.replace(" dziś:", ":"));
    expect(rows).toContain("środa: nieczynne");
    expect(rows).toContain("niedziela: nieczynne");
    expect(rows.find((row) => row.startsWith("czwartek:"))).toContain("9:00–11:00 i 13:00–14:00");
    expect(html).toContain('data-island="open-now"');
  });

  it("shows the alert valid at the build instant, without its script", () => {
    const html = read("kutno", "index.html");
    expect(mainText(html)).toContain(TEST_ALERT.title);
    expect(html).not.toContain('alert("alert")');
    expect(mainText(html)).not.toContain("Komunikat w sprawie obsługi interesantów Od wtorku");
  });

  describe("a department's limited service status in force on the build day", () => {
    const { department, serviceStatusReason } = TEST_SERVICE_STATUS;
    const sentence = `Dział działa w ograniczonym zakresie do 30 listopada 2026. Powód: ${serviceStatusReason}`;
    const notices = (html: string) =>
      [...html.matchAll(/<p class="[^"]*service-status"([^>]*)>([\s\S]*?)<\/p>/g)].map((m) => ({
        endsAt: /data-ends-at="(\d+)"/.exec(m[1]!)?.[1],
        text: m[2]!
          .replace(/<[^>]+>/g, "")
          .replace(/\s+/g, " ")
          .trim(),
        time: /<time datetime="([^"]+)">/.exec(m[2]!)?.[1],
      }));
    /** The Warsaw wall-clock time of an epoch-ms string, by Intl (not the shared calendar). */
    const warsaw = (ms: string) =>
      new Intl.DateTimeFormat("sv-SE", {
        timeZone: "Europe/Warsaw",
        dateStyle: "short",
        timeStyle: "short",
      }).format(new Date(Number(ms)));

    it("shows it in words on the department page, ending at midnight after its last day", () => {
      const [notice, ...more] = notices(read("kutno", `dzialy/${department}/index.html`));
      expect(more).toEqual([]);
      expect(notice?.text).toBe(sentence);
      expect(notice?.time).toBe("2026-11-30");
      expect(warsaw(notice!.endsAt!)).toBe("2026-12-01 00:00");
    });

    it("shows it by that department's desk on the home page, and nowhere else", () => {
      const html = read("kutno", "index.html");
      expect(notices(html).map((notice) => notice.text)).toEqual([sentence]);
      const place = html.slice(html.indexOf(`href="/dzialy/${department}/"`));
      expect(place.indexOf("service-status")).toBeLessThan(place.indexOf('class="place'));
      for (const other of fixtureContent("kutno").departments.filter((d) => d.slug !== department))
        expect(notices(read("kutno", `dzialy/${other.slug}/index.html`))).toEqual([]);
    });

    it("exports it to HSDS as the department's service alert", () => {
      const { services } = JSON.parse(read("kutno", "dane/hsds/organization.json")) as {
        services: Array<{ url: string; status: string; alert?: string }>;
      };
      const limited = services.filter((service) => service.alert !== undefined);
      expect(limited).toEqual([expect.objectContaining({ status: "active", alert: sentence })]);
      expect(limited[0]?.url).toMatch(new RegExp(`/dzialy/${department}/$`));
    });
  });

  it("renders the XSS corpus post without executable markup", () => {
    const html = read("kutno", `aktualnosci/${XSS_POST.slug}/index.html`);
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>") + 7);
    expect(findExecutableMarkup(main)).toEqual([]);
    const page = findExecutableMarkup(html, new Set(["meta", "link", "style", "script"]));
    expect(page).toEqual([]);
    expect(
      parsePage("post.html", html).resources.filter((resource) => resource.kind === "script"),
    ).toEqual([]);
    expect(mainText(html)).toContain(
      "Test bezpieczeństwa &lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
  });

  it("gives the XSS corpus post an RSS description of sanitised HTML in a well-formed feed", () => {
    const xml = read("kutno", "rss.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = [new XMLParser().parse(xml).rss.channel.item].flat() as Array<{
      link: string;
      description: string;
    }>;
    const post = items.find((item) => item.link.endsWith(`/aktualnosci/${XSS_POST.slug}/`));
    expect(post?.description).toBe("<p>Wpis testowy:  nie może niczego uruchomić.</p>");
    for (const item of items) expect(findExecutableMarkup(item.description)).toEqual([]);
  });

  it("converts the post's cover to sized WebP with its alt text", () => {
    const html = read("kutno", `aktualnosci/${XSS_POST.slug}/index.html`);
    const img = /<img [^>]*>/.exec(html)?.[0] ?? "";
    expect(img).toContain(`alt="${XSS_POST.coverAlt}"`);
    expect(img).toMatch(/src="\/_astro\/[^"]+\.webp"/);
    expect(img).toMatch(/width="\d+" height="\d+"/);
  });
});

describe("Pruszków", () => {
  it("copies the volunteering form into the site and names its type and size in the link", () => {
    const html = read("pruszkow", "aktualnosci/zostan-wolontariuszem/index.html");
    const link = /<a href="(\/pliki\/[^"]+\.pdf)"[^>]*>([\s\S]*?)<\/a>/.exec(html);
    expect(link).not.toBeNull();
    expect(link![2]!.replace(/<[^>]+>/g, "")).toMatch(/\(PDF, [\d,]+\u00a0kB\)$/);
    expect(existsSync(join(office("pruszkow").dir, link![1]!))).toBe(true);
  });

  it("labels the psychologist's July–August variant", () => {
    const html = read("pruszkow", "dzialy/punkt-przeciwdzialania-przemocy/index.html");
    expect(html).toContain("<caption>1 lipca – 31 sierpnia (lipiec – sierpień)</caption>");
  });

  it("says the Punkt's appointment line once, not under each of its four duties", () => {
    const main = mainText(read("pruszkow", "dzialy/punkt-przeciwdzialania-przemocy/index.html"));
    expect(main.split("Na wizytę należy wcześniej umówić się telefonicznie").length - 1).toBe(1);
  });

  it("says on the contact page that no general phone was published and how else to reach it", () => {
    const html = read("pruszkow", "kontakt/index.html");
    expect(mainText(html)).toContain(
      "Ośrodek nie podał ogólnego numeru telefonu ani adresu e-mail.",
    );
    expect(html).toContain('href="/kontakt/#dzialy-i-programy"');
    expect(html).toContain('id="dzialy-i-programy"');
  });
});
