import { describe, expect, it } from "vitest";
import { jsonLdText, pageMeta } from "./page-meta.ts";

const site = {
  name: "Miejski Ośrodek Pomocy Społecznej w Kutnie",
  shortName: "MOPS Kutno",
  siteUrl: "https://mops.kutno.pl",
};

describe("pageMeta", () => {
  it("titles the home page with the office's name and gives it no breadcrumbs", () => {
    const meta = pageMeta(site, { heading: site.name, description: "d", path: "/" });
    expect(meta).toMatchObject({
      title: site.name,
      canonical: "https://mops.kutno.pl/",
      breadcrumbs: [],
      jsonLd: [],
    });
  });

  it("titles other pages with the short name and adds a BreadcrumbList", () => {
    const meta = pageMeta(site, {
      heading: "Komunikat",
      description: "d",
      path: "/aktualnosci/komunikat/",
      parents: [{ label: "Aktualności", href: "/aktualnosci/" }],
    });
    expect(meta.title).toBe("Komunikat – MOPS Kutno");
    expect(meta.breadcrumbs.map((crumb) => crumb.href)).toEqual([
      "/",
      "/aktualnosci/",
      "/aktualnosci/komunikat/",
    ]);
    expect(meta.jsonLd).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        itemListElement: [
          {
            "@type": "ListItem",
            position: 1,
            name: "Strona główna",
            item: "https://mops.kutno.pl/",
          },
          {
            "@type": "ListItem",
            position: 2,
            name: "Aktualności",
            item: "https://mops.kutno.pl/aktualnosci/",
          },
          {
            "@type": "ListItem",
            position: 3,
            name: "Komunikat",
            item: "https://mops.kutno.pl/aktualnosci/komunikat/",
          },
        ],
      },
    ]);
  });

  it("keeps JSON-LD from closing its script element", () => {
    expect(jsonLdText({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(jsonLdText({ name: "</script>" }))).toEqual({ name: "</script>" });
  });
});
