import type { APIRoute } from "astro";
import { buildContext } from "../../../../lib/build/build-context";
import { loadOfficeContent } from "../../../../lib/content/load-office-content";
import { everyOffice } from "../../../../lib/content/office-paths";
import { hsdsOrganization } from "../../../../lib/models/hsds-export";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) =>
  new Response(
    `${JSON.stringify(hsdsOrganization(await loadOfficeContent(params.office), buildContext().BUILD_TODAY), null, 1)}\n`,
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
