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
