import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { newsFeed } from "../../lib/models/feeds";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) =>
  rss(newsFeed(await loadOfficeContent(params.office)));
