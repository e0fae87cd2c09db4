import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { findExecutableMarkup } from "../../lib/html/executable-markup.ts";
import { proseExamples } from "./examples.ts";
import Prose from "./Prose.astro";

const container = await AstroContainer.create();

describe("Prose", () => {
  it.each(proseExamples)(
    "$name renders with one level below the page's h1 and nothing executable",
    async ({ html }) => {
      const rendered = await container.renderToString(Prose, { props: { html } });
      expect(rendered).not.toContain("<h1");
      expect(findExecutableMarkup(rendered)).toEqual([]);
    },
  );

  it("keeps the language of a passage in another language", async () => {
    const rendered = await container.renderToString(Prose, {
      props: { html: proseExamples[0]!.html },
    });
    expect(rendered).toContain('<p lang="uk">Інформація українською мовою.</p>');
    expect(rendered).toContain("<h2>Pomoc żywnościowa</h2>");
    expect(rendered).toContain("<h3>Dokumenty</h3>");
  });
});

describe("Prose with phones and e-mails", () => {
  it("links them outside code", async () => {
    const example = proseExamples.find((item) => item.name === "phones and e-mails in the text")!;
    const rendered = await container.renderToString(Prose, { props: { html: example.html } });
    const hrefs = [...rendered.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([
      "tel:+48442544700",
      "tel:+48227587898;ext=12",
      "tel:+48600100200",
      "mailto:sekretariat@mops.example.pl",
      "/kontakt/",
    ]);
    expect(rendered).toContain("<code>22 505 11 11</code>");
  });
});
