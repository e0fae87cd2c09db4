import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { newsListExamples } from "./examples.ts";
import NewsList from "./NewsList.astro";

const container = await AstroContainer.create();
const html = await container.renderToString(NewsList, { props: { items: newsListExamples } });

describe.each(newsListExamples)("NewsList: $title", (item) => {
  it("shows the post's date as a <time> with its instant", () => {
    const entry = html.split("<li").find((part) => part.includes(item.title)) ?? "";
    expect(entry).toContain(`<time datetime="${item.dateIso}">${item.date}</time>`);
  });
});

it("dates the posts in Warsaw time", () => {
  expect(newsListExamples.map((item) => item.date)).toEqual([
    "20 listopada 2026",
    "22 grudnia 2025",
  ]);
});
