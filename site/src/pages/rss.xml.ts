import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadOfficeContent } from "../lib/content/load-office-content";
import { newsFeed } from "../lib/models/feeds";

export const GET: APIRoute = async () => rss(newsFeed(await loadOfficeContent()));
