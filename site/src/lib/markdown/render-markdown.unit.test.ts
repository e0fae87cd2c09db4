import { describe, expect, it } from "vitest";
import { findExecutableMarkup } from "../html/executable-markup.ts";
import { isExternalUrl, isSafeHref, renderMarkdown } from "./render-markdown.ts";
import { XSS_CORPUS, XSS_MARKDOWN } from "./xss-corpus.ts";

const site = { siteOrigin: "https://mops.kutno.pl" };

describe("renderMarkdown: XSS corpus", () => {
  it.each(XSS_CORPUS)("$name leaves no executable markup", ({ markdown }) => {
    const html = renderMarkdown(markdown, site);
    expect(findExecutableMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|iframe|object|embed|style|svg|math|img)\b/i);
    expect(html).not.toMatch(/="\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/\starget=/i);
  });

  it("keeps the harmless text around the payloads", () => {
    const html = renderMarkdown(XSS_MARKDOWN, site);
    expect(findExecutableMarkup(html)).toEqual([]);
    expect(html).toContain("kliknij");
  });
});

describe("renderMarkdown: headings", () => {
  it.each([
    { markdown: "# A\n\n## B", base: 2 as const, expected: ["h2", "h3"] },
    { markdown: "## A\n\n### B", base: 2 as const, expected: ["h2", "h3"] },
    { markdown: "### A\n\n#### B", base: 3 as const, expected: ["h3", "h4"] },
    { markdown: "# A\n\n###### B", base: 2 as const, expected: ["h2", "h6"] },
    { markdown: "<h1>A</h1>", base: 2 as const, expected: ["h2"] },
  ])("$markdown under base $base gives $expected", ({ markdown, base, expected }) => {
    const html = renderMarkdown(markdown, { ...site, headingBase: base });
    expect([...html.matchAll(/<(h[1-6])>/g)].map((match) => match[1])).toEqual(expected);
    expect(html).not.toContain("<h1");
  });
});

describe("renderMarkdown: links", () => {
  it.each([
    { href: "https://www.gov.pl/web/rodzina", external: true },
    { href: "http://example.org/", external: true },
    { href: "https://mops.kutno.pl/kontakt/", external: false },
    { href: "/kontakt/", external: false },
    { href: "mailto:sekretariat@mops.kutno.pl", external: false },
    { href: "tel:+48242537847", external: false },
  ])("$href is external: $external", ({ href, external }) => {
    expect(isExternalUrl(href, site.siteOrigin)).toBe(external);
    const html = renderMarkdown(`[tekst](${href})`, site);
    expect(html).toContain(`href="${href}"`);
    expect(html.includes('rel="external noopener noreferrer"')).toBe(external);
    expect(html.includes("(link zewnętrzny)")).toBe(external);
  });

  it("turns an image into a link that names it", () => {
    const html = renderMarkdown("![Plakat akcji](https://cms.example/uploads/p.jpg)", site);
    expect(html).toBe(
      '<p><a href="https://cms.example/uploads/p.jpg" rel="external noopener noreferrer" class="external">Obraz: Plakat akcji</a></p>',
    );
  });

  it("keeps a valid lang attribute and drops an invalid one", () => {
    expect(renderMarkdown('<p lang="uk">Привіт</p>', site)).toBe('<p lang="uk">Привіт</p>');
    expect(renderMarkdown('<p lang="x y">a</p>', site)).toBe("<p>a</p>");
  });

  it("keeps tables, lists and emphasis", () => {
    const html = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n- **x**\n- _y_", site);
    expect(html).toContain("<table>");
    expect(html).toContain("<th>a</th>");
    expect(html).toContain("<li><strong>x</strong></li>");
    expect(html).toContain("<li><em>y</em></li>");
  });
});

describe("renderMarkdown: what hostile markup leaves behind", () => {
  it.each([
    { markdown: "[kliknij](javascript:alert(1))", html: "<p><span>kliknij</span></p>" },
    { markdown: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", html: "" },
    { markdown: "<script>alert(1)</script>", html: "" },
    { markdown: '<p onclick="alert(1)">kliknij</p>', html: "<p>kliknij</p>" },
  ])("$markdown → $html", ({ markdown, html }) => {
    expect(renderMarkdown(markdown, site)).toBe(html);
  });

  it.each([
    { href: "/kontakt/", safe: true },
    { href: "https://www.gov.pl/", safe: true },
    { href: "mailto:a@b.pl", safe: true },
    { href: "tel:+48242537847", safe: true },
    { href: "#tresc", safe: true },
    { href: "javascript:alert(1)", safe: false },
    { href: "java\tscript:alert(1)", safe: false },
    { href: "data:text/html,x", safe: false },
    { href: "//evil.example/x", safe: false },
    { href: "", safe: false },
  ])("isSafeHref($href) is $safe", ({ href, safe }) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe("phones and e-mails in Markdown", () => {
  const render = (markdown: string) =>
    renderMarkdown(markdown, { siteOrigin: "https://mops.example.pl" });
  it.each([
    {
      name: "a phone in a paragraph",
      markdown: "Umów się: **(44) 254 47 00**.",
      html: '<p>Umów się: <strong><a href="tel:+48442544700">(44) 254 47 00</a></strong>.</p>',
    },
    {
      name: "an e-mail and a phone with an extension in a list",
      markdown: "- sekretariat@mops.example.pl\n- 22 758-78-98 wew. 12",
      html: '<ul>\n<li><a href="mailto:sekretariat@mops.example.pl">sekretariat@mops.example.pl</a></li>\n<li><a href="tel:+48227587898;ext=12">22 758-78-98 wew. 12</a></li>\n</ul>',
    },
    {
      name: "a number inside an existing link",
      markdown: "[Zadzwoń 22 505 11 11](tel:+48225051111)",
      html: '<p><a href="tel:+48225051111">Zadzwoń 22 505 11 11</a></p>',
    },
    {
      name: "code",
      markdown: "`22 505 11 11` and\n\n    mops@example.pl",
      html: "<p><code>22 505 11 11</code> and</p>\n<pre><code>mops@example.pl\n</code></pre>",
    },
  ])("$name", ({ markdown, html }) => {
    expect(render(markdown)).toBe(html);
  });
});
