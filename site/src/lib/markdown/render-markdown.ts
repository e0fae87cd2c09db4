// Markdown from the CMS to safe HTML: marked renders, sanitize-html keeps only an allow-list.
// Headings are shifted so the page's own h1 stays the only one; links leaving the office's
// domain are marked as external (rel and a visually hidden note for screen readers); phones and
// e-mails in the text (outside links and code) become tel: and mailto: links.
import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { linkContactsInHtml } from "./contact-autolink.ts";

export interface MarkdownOptions {
  /** The office's own origin, e.g. "https://mops.kutno.pl"; links elsewhere are external. */
  siteOrigin: string;
  /** The level the text's highest heading becomes (2 under a page h1, 3 inside a section). */
  headingBase?: 2 | 3 | 4;
}

const EXTERNAL_NOTE = "(link zewnętrzny)";
const ALLOWED_SCHEMES = ["http", "https", "mailto", "tel"];
const EMPTY_DROPPED = new Set([
  "p",
  "table",
  "thead",
  "tbody",
  "tr",
  "li",
  "span",
  "a",
  "blockquote",
]);
const LANG_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const ALLOWED_TAGS = [
  "p",
  "br",
  "hr",
  "strong",
  "em",
  "b",
  "i",
  "s",
  "del",
  "sub",
  "sup",
  "abbr",
  "span",
  "a",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "code",
  "pre",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
];

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * True for the links the site keeps: http(s), mailto: and tel: URLs and relative ones. Control
 * characters or whitespace anywhere in a scheme make a URL unsafe, as browsers ignore them.
 */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it rejects
  if (trimmed === "" || /[\u0000-\u001f]/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === undefined ? !trimmed.startsWith("//") : ALLOWED_SCHEMES.includes(scheme);
}

/** True for absolute http(s) URLs whose origin is not the office's own. */
export function isExternalUrl(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href.trim())) return false;
  try {
    return new URL(href.trim()).origin !== new URL(siteOrigin).origin;
  } catch {
    return false;
  }
}

function createMarked(siteOrigin: string): Marked {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      link(this: { parser: { parseInline(tokens: Tokens.Link["tokens"]): string } }, token) {
        const text = this.parser.parseInline(token.tokens);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        const note = isExternalUrl(token.href, siteOrigin)
          ? ` <span class="visually-hidden">${EXTERNAL_NOTE}</span>`
          : "";
        return `<a href="${escapeHtml(token.href)}"${title}>${text}${note}</a>`;
      },
      // Images in body text would bypass astro:assets and could be remote: they become a link
      // that names the picture, so nothing is requested unless the reader follows it.
      image(token) {
        const label = token.text ? `Obraz: ${token.text}` : "Obraz";
        return `<a href="${escapeHtml(token.href)}">${escapeHtml(label)}</a>`;
      },
    },
  });
  return marked;
}

function highestHeadingLevel(html: string): number | undefined {
  let highest: number | undefined;
  for (const match of html.matchAll(/<h([1-6])[\s>]/gi)) {
    const level = Number(match[1]);
    if (highest === undefined || level < highest) highest = level;
  }
  return highest;
}

function shiftedHeading(level: number, offset: number): string {
  return `h${Math.min(6, Math.max(2, level + offset))}`;
}

function sanitizeOptions(siteOrigin: string, headingOffset: number): sanitizeHtml.IOptions {
  const headingTransforms: Record<string, sanitizeHtml.Transformer> = {};
  for (const level of [1, 2, 3, 4, 5, 6]) {
    headingTransforms[`h${level}`] = (_tag, attribs) => ({
      tagName: shiftedHeading(level, headingOffset),
      attribs: attribs.lang ? { lang: attribs.lang } : ({} as Record<string, string>),
    });
  }
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ["href", "title", "rel", "class", "lang"],
      abbr: ["title"],
      span: ["class", "lang"],
      th: ["scope", "colspan", "rowspan"],
      td: ["colspan", "rowspan"],
      ol: ["start"],
      "*": ["lang"],
    },
    allowedClasses: { span: ["visually-hidden"], a: ["external"] },
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    // Text inside dropped containers such as <script> or <style> is dropped with them.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "iframe"],
    allowedIframeHostnames: [],
    // What removed markup leaves empty goes too (an empty table, paragraph or list item).
    exclusiveFilter: (frame) => EMPTY_DROPPED.has(frame.tag) && frame.text.trim() === "",
    transformTags: {
      // Runs after the per-tag transforms: a lang attribute must be a language code.
      "*": (tagName, attribs) => {
        if (attribs.lang === undefined || LANG_CODE.test(attribs.lang)) return { tagName, attribs };
        const { lang: _dropped, ...rest } = attribs;
        return { tagName, attribs: rest };
      },
      ...headingTransforms,
      a: (_tag, attribs) => {
        const href = attribs.href ?? "";
        // A link whose target is dropped stays as its text, not as an <a> that goes nowhere.
        if (!isSafeHref(href)) return { tagName: "span", attribs: {} };
        const external = isExternalUrl(href, siteOrigin);
        const result: Record<string, string> = {};
        if (href) result.href = href;
        if (attribs.title) result.title = attribs.title;
        if (attribs.lang) result.lang = attribs.lang;
        if (external) {
          result.rel = "external noopener noreferrer";
          result.class = "external";
        }
        return { tagName: "a", attribs: result };
      },
    },
  };
}

/** Renders editor Markdown to sanitised HTML for one office's site. */
export function renderMarkdown(markdown: string, options: MarkdownOptions): string {
  const base = options.headingBase ?? 2;
  const rendered = createMarked(options.siteOrigin).parse(markdown, { async: false });
  const highest = highestHeadingLevel(rendered) ?? base;
  const safe = sanitizeHtml(rendered, sanitizeOptions(options.siteOrigin, base - highest)).trim();
  return linkContactsInHtml(safe);
}
