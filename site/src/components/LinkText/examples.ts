// Examples of links with hints, for the unit tests and the examples page.
import type { LinkView } from "../../lib/models/chrome.ts";

export const linkExamples: LinkView[] = [
  { label: "Deklaracja dostępności", href: "/deklaracja-dostepnosci/" },
  { label: "Kanał RSS aktualności", href: "/rss.xml", hint: "XML, 2\u00a0kB" },
  {
    label: "Biuletyn Informacji Publicznej",
    href: "https://bip.example.pl/",
    hint: "link zewnętrzny",
  },
  { label: "Information in English", href: "/kontakt/", lang: "en" },
];
