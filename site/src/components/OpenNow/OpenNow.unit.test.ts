import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { openNowExample } from "./examples.ts";
import OpenNow from "./OpenNow.astro";

const container = await AstroContainer.create();

describe("OpenNow", () => {
  it("marks itself as an island, leaves each status to the script and links each table", async () => {
    const html = await container.renderToString(OpenNow, { props: { view: openNowExample } });
    expect(html).toContain('data-island="open-now"');
    expect(html.match(/<span data-open-now="\d"><\/span>/g)).toHaveLength(
      openNowExample.entries.length,
    );
    for (const entry of openNowExample.entries)
      expect(html).toContain(`<a data-open-now-fallback href="${entry.tableHref}">`);
    const json = /<script type="application\/json" id="open-now-data">([^<]*)<\/script>/.exec(
      html,
    )?.[1];
    expect(JSON.parse(json ?? "null")).toEqual(openNowExample.data);
  });
});
