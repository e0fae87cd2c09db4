// What every portal page starts from: every office of the build (OFFICES lists all of them in a
// portal build) as one portal view and the portal's pages, computed once per build.
import { buildContext } from "../build/build-context";
import { perBuild } from "../build/build-scope";
import { officesInBuild } from "../content/load-office-content";
import type { OfficeContent } from "../content/office-content";
import { type PortalView, portalView } from "./portal-page";
import { type PortalPage, type PortalRoute, portalPages } from "./portal-pages";

interface PortalContent {
  contents: OfficeContent[];
  view: PortalView;
  pages: PortalPage[];
}

export class PortalPageMissingError extends Error {
  override name = "PortalPageMissingError";
}

/** The portal's content, read once per build. */
export const portalContent = perBuild(
  (): Promise<PortalContent> =>
    officesInBuild().then((contents) => {
      const { BUILD_NOW, BUILD_TODAY, PORTAL_URL } = buildContext();
      const view = portalView(contents, BUILD_NOW, BUILD_TODAY);
      return { contents, view, pages: portalPages(view, PORTAL_URL) };
    }),
);

/** The pages of one route, as Astro's getStaticPaths wants them. */
export async function portalPaths(route: PortalRoute) {
  const { pages } = await portalContent();
  return pages
    .filter((page) => page.route === route)
    .map((page) => ({ params: page.params, props: { page } }));
}

/** The one page of a route without params. */
export async function portalPage(route: PortalRoute): Promise<PortalPage> {
  const { pages } = await portalContent();
  const found = pages.find((page) => page.route === route);
  if (!found) throw new PortalPageMissingError(`the portal has no ${route} page`);
  return found;
}
