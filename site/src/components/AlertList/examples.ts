// Examples of alerts at every level, for the unit tests and the examples page.

import { renderMarkdown } from "../../lib/markdown/render-markdown.ts";
import type { AlertView } from "../../lib/models/home-page.ts";

const html = (markdown: string) =>
  renderMarkdown(markdown, { siteOrigin: "https://mops.example.pl", headingBase: 3 });

export const alertExamples: AlertView[] = [
  {
    level: "urgent",
    title: "Ośrodek nieczynny 24 grudnia",
    bodyHtml: html("W **Wigilię** ośrodek jest nieczynny."),
  },
  {
    level: "warning",
    title: "Zmiana godzin przyjęć",
    bodyHtml: html("Od 1 lipca przyjęcia do 14:00. [Szczegóły](/kontakt/)"),
  },
  {
    level: "info",
    title: "Komunikat w sprawie obsługi interesantów",
    bodyHtml: html("Prosimy o kontakt telefoniczny."),
  },
];
