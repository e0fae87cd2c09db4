import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { linkExamples } from "./examples.ts";
import LinkText from "./LinkText.astro";

const container = await AstroContainer.create();
const render = (index: number) =>
  container.renderToString(LinkText, { props: { link: linkExamples[index]! } });

describe("LinkText", () => {
  it.each([
    { index: 0, html: '<a href="/deklaracja-dostepnosci/">Deklaracja dostępności</a>' },
    {
      index: 1,
      html: '<a href="/rss.xml">Kanał RSS aktualności<span class="meta"> (XML, 2\u00a0kB)</span></a>',
    },
    {
      index: 2,
      html: '<a href="https://bip.example.pl/" rel="external noopener noreferrer">Biuletyn Informacji Publicznej<span class="meta"> (link zewnętrzny)</span></a>',
    },
    { index: 3, html: '<a href="/kontakt/" lang="en">Information in English</a>' },
  ])("puts the hint inside the link text ($index)", async ({ index, html }) => {
    expect((await render(index)).trim()).toBe(html);
  });
});
