import type { APIRoute } from "astro";
import { BUILD_NOW, BUILD_TODAY } from "../lib/build/build-context";
import { loadOfficeContent } from "../lib/content/load-office-content";
import { hoursCalendar } from "../lib/models/hours-calendar";

export const GET: APIRoute = async () =>
  new Response(hoursCalendar(await loadOfficeContent(), BUILD_TODAY, BUILD_NOW), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
