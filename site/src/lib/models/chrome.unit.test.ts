import { describe, expect, it } from "vitest";
import { buildNav, type ChromeSections, footerLinks } from "./chrome.ts";

const all: ChromeSections = {
  hasDepartments: true,
  hasProgrammes: true,
  hasNews: true,
  hasAbout: true,
  hasEasyToRead: true,
  hasSearch: true,
};

describe("buildNav", () => {
  it.each([
    { path: "/", current: "/" },
    { path: "/aktualnosci/", current: "/aktualnosci/" },
    { path: "/aktualnosci/strona/2/", current: "/aktualnosci/" },
    { path: "/dzialy/dzial-pomocy-srodowiskowej/", current: "/dzialy/" },
    { path: "/deklaracja-dostepnosci/", current: undefined },
  ])("marks $current as current on $path", ({ path, current }) => {
    expect(
      buildNav(all, path)
        .filter((item) => item.current)
        .map((item) => item.href),
    ).toEqual(current ? [current] : []);
  });

  it("leaves out sections the office has no content for", () => {
    const labels = buildNav({ ...all, hasNews: false, hasProgrammes: false }, "/").map(
      (item) => item.href,
    );
    expect(labels).toEqual(["/", "/dzialy/", "/kontakt/", "/o-nas/", "/szukaj/"]);
    const withoutAbout = buildNav({ ...all, hasAbout: false, hasDepartments: false }, "/");
    expect(withoutAbout.map((item) => item.href)).toEqual([
      "/",
      "/programy/",
      "/aktualnosci/",
      "/kontakt/",
      "/szukaj/",
    ]);
  });
});

describe("footerLinks", () => {
  it.each([
    { sections: { ...all, hasEasyToRead: false, hasNews: false }, extra: [] },
    { sections: all, extra: ["/tekst-latwy-do-czytania/", "/rss.xml"] },
    {
      sections: {
        ...all,
        hasNews: false,
        hasEasyToRead: false,
        bipUrl: "https://bip.example.pl/",
        pjmVideoUrl: "https://youtu.be/x",
      },
      extra: ["https://youtu.be/x", "https://bip.example.pl/"],
    },
  ])(
    "always links the accessibility statement and the GDPR clause, plus $extra",
    ({ sections, extra }) => {
      const hrefs = footerLinks(sections).map((link) => link.href);
      expect(hrefs.slice(0, 2)).toEqual(["/deklaracja-dostepnosci/", "/ochrona-danych/"]);
      expect(hrefs.slice(2, -3)).toEqual(extra);
      expect(hrefs.slice(-3)).toEqual(["/godziny.ics", "/dni-wolne.ics", "/sitemap-index.xml"]);
    },
  );
});
