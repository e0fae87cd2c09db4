import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { openNowExample } from "./examples.ts";
import OpenNow from "./OpenNow.astro";

const container = await AstroContainer.create();
const html = await container.renderToString(OpenNow, { props: { view: openNowExample } });
const entries = openNowExample.groups.flatMap((group) => group.entries);

describe("OpenNow", () => {
  it.each(entries.map((entry, index) => ({ ...entry, index })))(
    "shows $label with its week and an empty, hidden status for the island",
    (entry) => {
      expect(html).toContain(`<strong>${entry.label}</strong>`);
      expect(html).toContain(
        `<span data-open-now="${entry.index}" hidden><strong></strong><span></span><span class="today-line"></span></span>`,
      );
      for (const line of entry.week) expect(html).toContain(line.hours);
    },
  );

  it("says nothing about the build day", () => {
    const markup = html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, "");
    expect(markup).not.toMatch(/Dziś|dziś|Otwarte|Nieczynne|status-(open|closed)|23 listopada/);
  });

  it("names each place with its address, phones or the sentence saying there are none", () => {
    for (const { place } of openNowExample.groups) {
      expect(html).toContain(`<a href="${place?.href}">${place?.name}</a>`);
      expect(html).toContain(place?.addressLines.join(", "));
      for (const phone of place?.phones ?? []) expect(html).toContain(`href="${phone.href}"`);
      if (place?.noPhone) expect(html).toContain(place.noPhone);
    }
  });

  it("has no fallback links to the tables and carries the island's data", () => {
    expect(html).not.toContain("godziny przyjęć</a>");
    const json = /<script type="application\/json" id="open-now-data">([^<]*)<\/script>/.exec(
      html,
    )?.[1];
    expect(JSON.parse(json ?? "null")).toEqual(openNowExample.data);
  });
});
