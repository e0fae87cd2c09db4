// Titles, descriptions and canonical addresses of the regional portal's pages.
import { absoluteUrl } from "../routes.ts";

export const PORTAL_NAME = "Ośrodki pomocy społecznej w regionie";

export interface PortalMeta {
  title: string;
  heading: string;
  description: string;
  canonical: string;
}

export function portalMeta(
  portalUrl: string,
  path: string,
  heading: string,
  description: string,
): PortalMeta {
  const title = path === "/" ? PORTAL_NAME : `${heading} – ${PORTAL_NAME}`;
  return { title, heading, description, canonical: absoluteUrl(path, portalUrl) };
}
