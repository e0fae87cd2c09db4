import type { APIRoute } from "astro";
import { officesWhere } from "../../lib/content/office-paths";
import { hasOwnIcon } from "../../lib/icons/own-icon";
import { favicon } from "../../lib/models/favicon";

/** Only offices with the default icon: a browser would prefer the SVG to an office's own. */
export const getStaticPaths = () => officesWhere((content) => !hasOwnIcon(content.office));

export const GET: APIRoute = () =>
  new Response(favicon.svg, { headers: { "Content-Type": "image/svg+xml" } });
