// Examples of news lists, for the unit tests and the examples page: posts through the real model.
import { newsPostSchema } from "@mops/shared";
import { type NewsItemView, newsItem } from "../../lib/models/news-pages.ts";

// The examples page is part of every office's test build, where these posts do not exist: their
// links go to the page's own main content, so the internal-link check finds nothing broken.
const post = (slug: string, title: string, date: string, lead: string): NewsItemView => ({
  ...newsItem(
    newsPostSchema.parse({
      documentId: slug,
      slug,
      title,
      date,
      lead,
      body: lead,
      attachments: [],
      programmes: [],
    }),
  ),
  href: "#tresc",
});

export const newsListExamples: NewsItemView[] = [
  post(
    "dodatek-oslonowy",
    "Dodatek osłonowy – wnioski do 30 kwietnia",
    "2026-11-20T09:00:00+01:00",
    "Wnioski przyjmujemy w Dziale Świadczeń.",
  ),
  post(
    "zmiana-godzin",
    "Zmiana godzin pracy w okresie świątecznym",
    "2025-12-22T23:30:00+01:00",
    "W Wigilię ośrodek jest nieczynny.",
  ),
];
