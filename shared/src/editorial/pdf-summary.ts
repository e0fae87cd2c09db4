// PDFs need their gist on the page: a link to a PDF needs a few sentences next to it, and a PDF
// attached to an entry needs to be described in the entry's text.
import type { Token, Tokens } from "marked";
import { type A11yWarning, a11yWarning } from "./a11y-messages.ts";
import { foldLatin } from "./latin-fold.ts";
import { allTokens, plainText, wordCount } from "./markdown-tokens.ts";

/** A file attached to an entry, as much as is known of it (Strapi media fields or a fixture). */
export interface A11yAttachment {
  /** The link text the site shows, e.g. `"Porozumienie wolontarystyczne"`. */
  title?: string;
  /** File name, e.g. `"porozumienie.pdf"`. */
  name?: string;
  /** Extension with its dot, e.g. `".pdf"`. */
  ext?: string;
  mime?: string;
  url?: string;
  /** A fixture's file path. */
  file?: string;
}

/** Words of description near a PDF link (its own block and the one before) that make a summary. */
export const PDF_SUMMARY_MIN_WORDS = 8;

/** Letters at the end of a title's word that a mention may change (Polish inflects endings)… */
const INFLECTED_ENDING = 3;
/** …keeping at least this many. */
const MIN_STEM_LENGTH = 4;
/** Title words shorter than this, or naming a format, are not looked for. */
const MIN_TITLE_WORD_LENGTH = 4;
const FORMAT_WORDS = new Set(["pdf", "docx", "odt", "plik", "pobierz"]);

/** Blocks that can describe a PDF linked in the block after them. */
const DESCRIBING_TYPES = new Set(["paragraph", "list", "blockquote"]);

function isPdfPath(path: string | undefined): boolean {
  return path !== undefined && /\.pdf$/i.test(path.trim().replace(/[?#].*$/, ""));
}

function isPdfLink(token: Token): token is Tokens.Link {
  return token.type === "link" && isPdfPath((token as Tokens.Link).href);
}

/** A link to a PDF needs `PDF_SUMMARY_MIN_WORDS` words besides PDF links in or just before its block. */
export function pdfLinkWarnings(tokens: readonly Token[]): A11yWarning[] {
  const blocks = tokens.filter((token) => token.type !== "space" && token.type !== "def");
  return blocks.flatMap((block, index) => {
    const links = [...allTokens([block])].filter(isPdfLink);
    if (links.length === 0) return [];
    const before = blocks[index - 1];
    const nearby = [block, ...(before && DESCRIBING_TYPES.has(before.type) ? [before] : [])];
    if (wordCount(plainText(nearby, isPdfLink)) >= PDF_SUMMARY_MIN_WORDS) return [];
    return links.map((link) => {
      const text = plainText(link.tokens).trim() || link.href;
      return a11yWarning("pdf-link-no-summary", { text }, text);
    });
  });
}

function isPdfAttachment(attachment: A11yAttachment): boolean {
  return (
    attachment.mime?.toLowerCase() === "application/pdf" ||
    attachment.ext?.toLowerCase() === ".pdf" ||
    [attachment.name, attachment.url, attachment.file].some(isPdfPath)
  );
}

function words(text: string): string[] {
  return foldLatin(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/**
 * Whether `text` mentions a document titled `title`: at least half of the title's longer words
 * occur in it, compared without their last three letters so that inflected forms count
 * ("porozumienia wolontarystycznego" mentions "Porozumienie wolontarystyczne").
 */
export function mentionsTitle(text: string, title: string): boolean {
  const textWords = new Set(words(text));
  const titleWords = words(title).filter(
    (word) => word.length >= MIN_TITLE_WORD_LENGTH && !FORMAT_WORDS.has(word),
  );
  if (titleWords.length === 0) return wordCount(text) >= PDF_SUMMARY_MIN_WORDS;
  const found = titleWords.filter((word) => {
    const stem = word.slice(0, Math.max(MIN_STEM_LENGTH, word.length - INFLECTED_ENDING));
    return [...textWords].some((textWord) => textWord.startsWith(stem));
  }).length;
  return found >= Math.ceil(titleWords.length / 2);
}

/** Each PDF attachment must be mentioned in the text (see `mentionsTitle`). */
export function pdfAttachmentWarnings(
  tokens: readonly Token[],
  attachments: readonly A11yAttachment[],
): A11yWarning[] {
  const text = plainText(tokens);
  return attachments.filter(isPdfAttachment).flatMap((attachment) => {
    const title = attachment.title?.trim() || attachment.name || attachment.file || "";
    if (mentionsTitle(text, attachment.title ?? "")) return [];
    return [a11yWarning("pdf-attachment-no-summary", { text: title }, title)];
  });
}
