// What every portal page starts from: every office of the build (OFFICES lists all of them in a
// portal build) as one portal view, computed once per build.
import { BUILD_NOW, BUILD_TODAY } from "../build/build-context";
import { officesInBuild } from "../content/load-office-content";
import type { OfficeContent } from "../content/office-content";
import { type PortalView, portalView } from "./portal-page";

let cached: Promise<{ contents: OfficeContent[]; view: PortalView }> | undefined;

export function portalContent(): Promise<{ contents: OfficeContent[]; view: PortalView }> {
  cached ??= officesInBuild().then((contents) => ({
    contents,
    view: portalView(contents, BUILD_NOW, BUILD_TODAY),
  }));
  return cached;
}
