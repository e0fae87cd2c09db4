import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { pageTypeOf, weighOffices } from "./page-weights.ts";

describe("page types", () => {
  it.each([
    ["/", "home"],
    ["/dzialy/swiadczenia/", "department"],
    ["/dzialy/", "other"],
    ["/programy/klub-seniora/", "programme"],
    ["/programy/", "other"],
    ["/aktualnosci/", "news list"],
    ["/aktualnosci/strona/7/", "news list"],
    ["/aktualnosci/dzien-pracownika-socjalnego-12/", "news post"],
    ["/kontakt/", "contact"],
    ["/deklaracja-dostepnosci/", "accessibility statement"],
    ["/o-nas/", "other"],
    ["/404.html", "other"],
  ])("%s is a %s page", (path, type) => {
    expect(pageTypeOf(path)).toBe(type);
  });
});

describe("weighOffices", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-weights-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const site = join(dir, "lipno");
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(site, path, ".."), { recursive: true });
    writeFileSync(join(site, path), content);
  };
  const script = `document.body.dataset.ok = "${"x".repeat(500)}";`;
  const logo = Buffer.alloc(3_000, 7);
  const home = `<!doctype html><html lang="pl"><head><style>body{margin:0}</style><link rel="icon" href="/favicon.svg"></head><body><div data-island="open-now"></div><img src="/logo.png" width="10" height="10" srcset="/logo.png 1x, /logo@2x.png 2x"><script type="module" src="/_astro/island.js"></script></body></html>`;
  const contact = `<!doctype html><html lang="pl"><head><style>p{color:red}</style></head><body><p>Kontakt</p><a href="https://example.org/">zewnętrzny</a></body></html>`;
  write("index.html", home);
  write("kontakt/index.html", contact);
  write("_astro/island.js", script);
  write("favicon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
  write("logo.png", logo);
  write("logo@2x.png", Buffer.alloc(9_000, 7));

  it("counts each resource once, gzip for text and raw bytes for binary files", async () => {
    const { pageTypes } = await weighOffices([
      { slug: "lipno", dir: site, siteUrl: "https://lipno.mops.example" },
    ]);
    const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
    const homeType = pageTypes.find((t) => t.type === "home")!;
    expect(homeType.pages).toBe(1);
    expect(homeType.requests.max).toBe(4);
    expect(homeType.scriptGzip.max).toBe(gz(script));
    expect(homeType.transferBytes.max).toBe(
      gz(home) + gz(script) + gz("<svg xmlns='http://www.w3.org/2000/svg'/>") + logo.length,
    );
    expect(homeType.htmlCssGzip.max).toBe(gz(home));
    expect(homeType.withinBudget).toBe(true);
    const contactType = pageTypes.find((t) => t.type === "contact")!;
    expect(contactType.requests.max).toBe(1);
    expect(contactType.transferBytes.max).toBe(gz(contact));
  });

  it("reports the site's own budget violations with the office", async () => {
    write(
      "o-nas/index.html",
      `<html><body><script>${"var a=1;".repeat(10)}</script></body></html>`,
    );
    const { violations } = await weighOffices([
      { slug: "lipno", dir: site, siteUrl: "https://lipno.mops.example" },
    ]);
    expect(violations).toContainEqual({
      office: "lipno",
      rule: "script-without-island",
      page: "o-nas/index.html",
      detail: "",
    });
  });
});
