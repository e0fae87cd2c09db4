import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { aboutPage, aboutPageHasContent } from "./about-page.ts";
import { hasPage, type OptionalPage } from "./office-pages.ts";
import { buildChrome } from "./site-chrome.ts";

const PAGES: OptionalPage[] = ["about", "departments", "programmes", "news", "easyToRead"];

describe.each([
  // Kraśnik and Pruszków publish no "about" text, director, tasks or history; Orzesze has no
  // departments of its own and no news.
  { slug: "krasnik", without: ["about"] },
  { slug: "pruszkow", without: ["about"] },
  { slug: "orzesze", without: ["departments", "news"] },
  { slug: "kalisz", without: [] },
] as const)("$slug", ({ slug, without }) => {
  const content = fixtureContent(slug);
  const lacking = PAGES.filter((page) => !hasPage(content, page));

  it("has every optional page with main content", () => {
    expect(lacking.filter((page) => page !== "easyToRead")).toEqual(without);
  });

  it("links none of the pages it lacks from the menu or the footer", () => {
    const chrome = buildChrome(content, "/");
    const hrefs = [...chrome.nav, ...chrome.footer.links].map((link) => link.href);
    const routesOf: Record<OptionalPage, string> = {
      about: "/o-nas/",
      departments: "/dzialy/",
      programmes: "/programy/",
      news: "/aktualnosci/",
      easyToRead: "/tekst-latwy-do-czytania/",
      hoursAndContacts: "/godziny-i-kontakt/",
    };
    for (const page of PAGES) {
      expect(hrefs.includes(routesOf[page]), page).toBe(!lacking.includes(page));
    }
  });
});

describe("aboutPageHasContent", () => {
  const empty = { taskGroups: [] };
  it.each([
    { name: "nothing", view: empty, has: false },
    {
      name: "a director",
      view: { ...empty, director: { name: "Jan", title: "Dyrektor" } },
      has: true,
    },
    { name: "a founding year", view: { ...empty, foundedYear: "1990" }, has: true },
    { name: "about text", view: { ...empty, aboutHtml: "<p>x</p>" }, has: true },
    { name: "history", view: { ...empty, historyHtml: "<p>x</p>" }, has: true },
    { name: "tasks", view: { taskGroups: [{ basis: "ustawa", tasks: ["x"] }] }, has: true },
  ])("$name: $has", ({ view, has }) => {
    expect(aboutPageHasContent(view)).toBe(has);
  });

  it("agrees with the page built from an office without any of them", () => {
    expect(aboutPageHasContent(aboutPage(fixtureContent("krasnik")))).toBe(false);
  });
});
