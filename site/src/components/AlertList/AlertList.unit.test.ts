import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import AlertList from "./AlertList.astro";
import { alertExamples } from "./examples.ts";

const container = await AstroContainer.create();

describe("AlertList", () => {
  it("names each alert's level in its heading and region label", async () => {
    const html = await container.renderToString(AlertList, { props: { alerts: alertExamples } });
    expect(
      [...html.matchAll(/<section class="alert alert-(\w+)" aria-label="([^"]+)">/g)].map((m) => [
        m[1],
        m[2],
      ]),
    ).toEqual([
      ["urgent", "Pilne: Ośrodek nieczynny 24 grudnia"],
      ["warning", "Uwaga: Zmiana godzin przyjęć"],
      ["info", "Komunikat: Komunikat w sprawie obsługi interesantów"],
    ]);
    expect(html).toContain(
      '<h2><span class="visually-hidden">Pilne: </span>Ośrodek nieczynny 24 grudnia</h2>',
    );
    expect(html).toContain("<strong>Wigilię</strong>");
  });

  it("renders nothing without alerts", async () => {
    expect((await container.renderToString(AlertList, { props: { alerts: [] } })).trim()).toBe("");
  });
});
