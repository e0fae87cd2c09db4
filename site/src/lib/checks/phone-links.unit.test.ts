import { describe, expect, it } from "vitest";
import { unlinkedPhones } from "./phone-links.ts";

describe("unlinkedPhones", () => {
  const pages = [
    { html: '<p><a href="tel:+48242534309">24/2534309</a></p>' },
    { html: '<p><a class="x" href="tel:+48227587898;ext=12">22 758-78-98 wew. 12</a></p>' },
    { html: "<p>32 22 15 520</p>" },
  ];
  it.each([
    { name: "a number linked on one page", numbers: ["24 253 43 09"], unlinked: [] },
    { name: "a number linked with an extension", numbers: ["22 758-78-98"], unlinked: [] },
    { name: "a number only as text", numbers: ["32 22 15 520"], unlinked: ["32 22 15 520"] },
    {
      name: "some of each, repeated",
      numbers: ["(22) 758 78 98", "600 100 200", "600 100 200"],
      unlinked: ["600 100 200"],
    },
  ])("$name", ({ numbers, unlinked }) => {
    expect(unlinkedPhones(numbers, pages)).toEqual(unlinked);
  });
});
