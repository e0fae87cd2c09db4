// Editor Markdown through the real pipeline (headings shifted, external links marked, hostile
// markup removed), for the unit tests and the examples page.
import { renderMarkdown } from "../../lib/markdown/render-markdown.ts";
import { XSS_MARKDOWN } from "../../lib/markdown/xss-corpus.ts";

const site = { siteOrigin: "https://mops.example.pl" };

export const proseExamples: Array<{ name: string; markdown: string; html: string }> = [
  {
    name: "headings, lists, a table and links",
    markdown: [
      "# Pomoc żywnościowa",
      "Wsparcie otrzymują osoby spełniające **kryterium dochodowe**.",
      "## Dokumenty",
      "- wniosek,\n- zaświadczenie o dochodach.",
      "| Dla kogo | Kwota |\n| --- | --- |\n| osoba samotna | 1\u00a0542,20\u00a0zł |",
      "Więcej na [gov.pl](https://www.gov.pl/web/rodzina) i w [kontakcie](/kontakt/).",
      '<p lang="uk">Інформація українською мовою.</p>',
    ].join("\n\n"),
    html: "",
  },
  {
    name: "phones and e-mails in the text",
    markdown: [
      "Zapisy telefonicznie: (44) 254 47 00 lub 22 758-78-98 wew. 12, kom. +48 600 100 200.",
      "Pisz na sekretariat@mops.example.pl albo [przez formularz](/kontakt/).",
      "Numer w kodzie zostaje tekstem: `22 505 11 11`.",
    ].join("\n\n"),
    html: "",
  },
  { name: "the XSS corpus", markdown: XSS_MARKDOWN, html: "" },
].map((example) => ({ ...example, html: renderMarkdown(example.markdown, site) }));
