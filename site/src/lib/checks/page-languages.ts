// Checks of a built page's language markup: the `lang` of <html>, its hreflang alternates, the
// language switcher's links, and Polish passages on a page in another language that are not
// marked `lang="pl"` (a screen reader would read them with the wrong voice).
import { Parser } from "htmlparser2";

export interface Alternate {
  hreflang: string;
  href: string;
}

export interface LanguageMarkup {
  /** The `lang` of <html>, "" when missing. */
  lang: string;
  alternates: Alternate[];
  /** Text nodes (whitespace collapsed) with the `lang` in force where they stand. */
  texts: Array<{ text: string; lang: string }>;
  /** Every <a> with its `lang`, `hreflang`, text and the `lang` in force on it. */
  links: Array<{ href: string; lang?: string; hreflang?: string; text: string; inLang: string }>;
}

/** Elements whose text is not read as prose: scripts, styles, templates. */
const NOT_PROSE = new Set(["script", "style", "template", "noscript"]);

/** Elements with no end tag: they never change the `lang` in force. */
const VOID = new Set(["meta", "link", "br", "img", "input", "hr", "source", "wbr", "area"]);

export function languageMarkup(html: string): LanguageMarkup {
  const result: LanguageMarkup = { lang: "", alternates: [], texts: [], links: [] };
  const stack: Array<{ name: string; lang: string }> = [];
  let link: LanguageMarkup["links"][number] | undefined;
  const current = () => stack.at(-1)?.lang ?? "";
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "html") result.lang = attributes.lang ?? "";
        if (name === "link" && attributes.rel === "alternate" && attributes.hreflang) {
          result.alternates.push({ hreflang: attributes.hreflang, href: attributes.href ?? "" });
        }
        if (name === "a") {
          link = {
            href: attributes.href ?? "",
            ...(attributes.lang !== undefined ? { lang: attributes.lang } : {}),
            ...(attributes.hreflang !== undefined ? { hreflang: attributes.hreflang } : {}),
            text: "",
            inLang: attributes.lang ?? current(),
          };
          result.links.push(link);
        }
        if (!VOID.has(name)) {
          const lang = NOT_PROSE.has(name) ? "#none" : (attributes.lang ?? current());
          stack.push({ name, lang: current() === "#none" ? "#none" : lang });
        }
      },
      ontext(text) {
        if (link) link.text += text;
        const lang = current();
        const collapsed = text.replace(/\s+/g, " ").trim();
        if (collapsed && lang !== "#none") result.texts.push({ text: collapsed, lang });
      },
      onclosetag(name) {
        if (name === "a" && link) {
          link.text = link.text.replace(/\s+/g, " ").trim();
          link = undefined;
        }
        if (VOID.has(name)) return;
        const index = stack.findLastIndex((entry) => entry.name === name);
        if (index >= 0) stack.length = index;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return result;
}

/** Letters Polish has and Ukrainian and English do not. */
const POLISH_ONLY = /[ąćęłńóśźż]/i;
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * Whether a text is a Polish passage rather than a name ("MOPS Kraśnik": every word with Polish
 * letters capitalised) or a sentence of the page's language naming a Polish place: a lower-case
 * word with Polish letters, and on a Ukrainian page no Cyrillic, on an English page Polish letters
 * in at least a third of its words ("Centre in Kraśnik" is English).
 */
export function isPolishPassage(text: string, pageLang: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const polish = words.filter((word) => POLISH_ONLY.test(word));
  if (!polish.some((word) => word[0] === word[0]!.toLowerCase())) return false;
  if (pageLang === "uk") return !CYRILLIC.test(text);
  return polish.length * 3 >= words.length;
}

/** Polish passages of a page in another language that no `lang="pl"` element holds. */
export function unmarkedPolish(markup: LanguageMarkup): string[] {
  return markup.texts
    .filter(({ text, lang }) => !lang.startsWith("pl") && isPolishPassage(text, markup.lang))
    .map(({ text }) => text);
}

/**
 * Links of a page in another language to a page of the site without a language prefix (Polish)
 * that say neither `hreflang="pl"` nor stand in Polish text: a reader would land on Polish
 * unwarned. Files (feeds, the sitemap, calendars) and fragments of the page are not pages.
 */
export function unmarkedPolishLinks(markup: LanguageMarkup): string[] {
  return markup.links
    .filter(({ href }) => href.startsWith("/") && /\/(#.*)?$/.test(href))
    .filter(({ href }) => !/^\/(uk|en)\//.test(href))
    .filter(({ hreflang, inLang }) => hreflang !== "pl" && !inLang.startsWith("pl"))
    .map(({ href }) => href);
}
