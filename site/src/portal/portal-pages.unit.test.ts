// The portal at a region's scale: 500 synthetic offices through the real page models and the
// real components (Astro's container). Every page keeps the 14 KB budget (HTML with the whole
// stylesheet, unminified, gzip: more than the built page weighs), every office, municipality,
// place and postal code is reachable without JavaScript, and every internal link lands on a page.

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { syntheticRegion } from "../../test/synthetic-portal.ts";
import { BUDGETS } from "../lib/checks/budgets.ts";
import { portalView } from "../lib/portal/portal-page.ts";
import { type PortalPage, portalPages } from "../lib/portal/portal-pages.ts";
import { ENTRIES_PER_PAGE, OFFICES_PER_PAGE } from "../lib/portal/portal-paging.ts";
import { portalRoutes } from "../lib/portal/portal-routes";
import PortalPageBody from "./components/PortalPageBody.astro";
import PortalBase from "./PortalBase.astro";

const N = 500;
const NOW = new Date("2026-11-23T10:00:00+01:00");
const css = readFileSync(new URL("../styles/site.css", import.meta.url), "utf8");
const contents = syntheticRegion(N);
const view = portalView(contents, NOW, "2026-11-23");
const pages = portalPages(view, "http://region.localhost:4321/");
const container = await AstroContainer.create();

async function render(page: PortalPage): Promise<string> {
  const body = await container.renderToString(PortalPageBody, { props: { body: page.body } });
  return container.renderToString(PortalBase, {
    props: { meta: page.meta },
    slots: { default: body },
  });
}

const rendered = new Map<string, string>();
for (const page of pages) rendered.set(page.path, await render(page));
const weight = (html: string) => gzipSync(html + css, { level: 9 }).length;
const bodyOf = (path: string) => rendered.get(path) ?? "";

describe(`the portal of ${N} offices`, () => {
  it("has unique page paths", () => {
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
  });

  it("keeps every page within 14 KB gzip with its CSS", () => {
    const over = [...rendered]
      .map(([path, html]) => ({ path, bytes: weight(html) }))
      .filter((page) => page.bytes > BUDGETS.pageWithCssGzip);
    expect(over).toEqual([]);
  });

  it("shows no office card on the home page, but a link to every page of the A–Z", () => {
    const home = bodyOf("/");
    expect(home).not.toContain('id="urzad-');
    for (const page of pages.filter((p) => p.route === "offices")) {
      expect(home).toContain(`href="${page.path}"`);
    }
  });

  it("holds each office's card on exactly one page of the A–Z, the one its links name", () => {
    const lists = pages.filter((page) => page.route === "offices");
    for (const office of view.offices) {
      const holding = lists.filter((page) => bodyOf(page.path).includes(`id="${office.anchor}"`));
      expect(holding.map((page) => page.path)).toEqual([office.href.split("#")[0]]);
    }
    for (const page of lists)
      expect(page.body.kind === "cards" && page.body.view.offices.length).toBeLessThanOrEqual(
        OFFICES_PER_PAGE,
      );
  });

  it("finds every municipality and place on a page of its letter, linking to its office", () => {
    const lists = pages.filter((page) => page.route === "municipality-list");
    for (const office of view.offices.slice(0, 60)) {
      for (const name of [...office.municipalities, ...office.places]) {
        const page = lists.find((p) => bodyOf(p.path).includes(`>${name}: `));
        expect(page?.path, name).toMatch(/^\/gminy\/[a-z0-9-]+\/$/);
        expect(bodyOf(page?.path ?? "")).toContain(`href="${office.href}"`);
      }
    }
    for (const page of lists)
      expect(page.body.kind === "index" && page.body.entries.length).toBeLessThanOrEqual(
        ENTRIES_PER_PAGE,
      );
  });

  it("reaches every postal code through its prefix's page, and its page lists the office", () => {
    const codes = view.offices.flatMap((office) =>
      office.postalCodes.map((code) => [code, office.anchor] as const),
    );
    expect(codes.length).toBeGreaterThan(N);
    const prefixes = bodyOf("/kody/");
    for (const [code, anchor] of codes) {
      expect(prefixes).toContain(`href="/kody/${code.slice(0, 2)}/"`);
      expect(bodyOf(`/kody/${code.slice(0, 2)}/`)).toContain(`href="/kody/${code}/"`);
      expect(bodyOf(`/kody/${code}/`)).toContain(`id="${anchor}"`);
    }
  });

  it("lists each service's offices over numbered pages, every office once", () => {
    const services = pages.filter((page) => page.route === "service");
    const bySlug = Map.groupBy(services, (page) => page.params.slug);
    expect(bySlug.size).toBeGreaterThan(1);
    for (const [slug, parts] of bySlug) {
      const offered = view.offices.filter((o) => o.categories.some((c) => c.slug === slug));
      const listed = parts.flatMap((p) => (p.body.kind === "cards" ? p.body.view.offices : []));
      expect(listed.map((o) => o.slug)).toEqual(offered.map((o) => o.slug));
      expect(parts).toHaveLength(Math.ceil(offered.length / OFFICES_PER_PAGE));
    }
  });

  it("links only to pages it has (and to anchors on them)", () => {
    // Pages outside the page model (routed on their own in integrations/portal-pages.ts).
    const extra = new Set([portalRoutes.hsds(), "/favicon.svg", portalRoutes.search()]);
    const broken = new Set<string>();
    for (const [from, html] of rendered) {
      for (const [, href] of html.matchAll(/href="(\/[^"]*)"/g)) {
        const [path, anchor] = (href ?? "").split("#");
        if (extra.has(path ?? "")) continue;
        const target = rendered.get(path ?? "");
        if (!target || (anchor && !target.includes(`id="${anchor}"`)))
          broken.add(`${from} → ${href}`);
      }
    }
    expect([...broken].slice(0, 10)).toEqual([]);
  });
});
