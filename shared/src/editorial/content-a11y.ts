// The accessibility check of editors' Markdown (in the spirit of Sa11y and Editoria11y): it
// finds what makes a page hard to use with a screen reader or a phone and explains it in Polish.
// It only warns: nothing it finds stops a save.
import type { Token, Tokens } from "marked";
import { type A11yWarning, a11yWarning } from "./a11y-messages.ts";
import { foldLatin } from "./latin-fold.ts";
import { allTokens, childTokens, lexMarkdown, plainText } from "./markdown-tokens.ts";
import { type A11yAttachment, pdfAttachmentWarnings, pdfLinkWarnings } from "./pdf-summary.ts";

export interface MarkdownA11yOptions {
  /** Files attached to the entry next to this text (a news post's attachments). */
  attachments?: readonly A11yAttachment[];
}

/**
 * Link texts that say nothing about where a link goes, compared in lower case without Polish
 * letters or surrounding punctuation (so "Kliknij TUTAJ!" and "(więcej…)" match).
 */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  "kliknij tutaj",
  "kliknij tu",
  "kliknij",
  "tutaj",
  "tu",
  "wiecej",
  "czytaj wiecej",
  "zobacz wiecej",
  "link",
  "here",
  "click here",
  "more",
  "read more",
]);

/** A paragraph of at least this many cased letters… */
const CAPITALS_MIN_LETTERS = 20;
/** …of which at least this share is upper case is written in capitals. */
const CAPITALS_MIN_SHARE = 0.75;

const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** A link text as compared with `VAGUE_LINK_TEXTS`. */
export function normalizedLinkText(text: string): string {
  return foldLatin(text).toLowerCase().replace(EDGE_PUNCTUATION, "").replace(/\s+/g, " ");
}

function headingWarnings(tokens: readonly Token[]): A11yWarning[] {
  const warnings: A11yWarning[] = [];
  let previous: number | undefined;
  for (const token of allTokens(tokens)) {
    if (token.type !== "heading") continue;
    const { depth, text } = token as Tokens.Heading;
    if (depth === 1) warnings.push(a11yWarning("heading-level-1", {}, text));
    if (previous !== undefined && depth > previous + 1) {
      warnings.push(
        a11yWarning("heading-skipped", { level: depth, previousLevel: previous }, text),
      );
    }
    previous = depth;
  }
  return warnings;
}

function linkWarnings(link: Tokens.Link): A11yWarning[] {
  if (link.type !== "link") return [];
  const text = plainText(link.tokens).trim();
  const href = link.href.trim();
  if (text === "") return [a11yWarning("link-empty", {}, href)];
  if (href === "" || href === "#") return [a11yWarning("link-no-target", { text }, text)];
  if (VAGUE_LINK_TEXTS.has(normalizedLinkText(text))) {
    return [a11yWarning("link-vague", { text }, text)];
  }
  return [];
}

function imageWarnings(image: Tokens.Image): A11yWarning[] {
  return image.text.trim() === "" ? [a11yWarning("image-no-alt", {}, image.href)] : [];
}

function isInCapitals(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  const letters = upper + lower;
  return letters >= CAPITALS_MIN_LETTERS && upper / letters >= CAPITALS_MIN_SHARE;
}

/** Paragraphs and the text of tight list items (which marked gives as `text` with inline tokens). */
function isProse(token: Token): token is Tokens.Paragraph | Tokens.Text {
  return token.type === "paragraph" || (token.type === "text" && "tokens" in token);
}

function capitalsWarnings(tokens: readonly Token[]): A11yWarning[] {
  const warnings: A11yWarning[] = [];
  const visit = (blocks: readonly Token[]): void => {
    for (const block of blocks) {
      if (isProse(block)) {
        const text = plainText(block.tokens ?? []);
        if (isInCapitals(text)) warnings.push(a11yWarning("capitals", {}, text));
      } else if (["list", "list_item", "blockquote"].includes(block.type)) {
        visit(childTokens(block));
      }
    }
  };
  visit(tokens);
  return warnings;
}

function tableWarnings(table: Tokens.Table): A11yWarning[] {
  const empty = table.header.map((cell) => plainText(cell.tokens).trim() === "");
  const firstRow = table.rows[0]?.map((cell) => cell.text).join(" | ");
  if (empty.every(Boolean)) return [a11yWarning("table-no-header", {}, firstRow)];
  return empty.flatMap((isEmpty, index) =>
    isEmpty ? [a11yWarning("table-empty-header-cell", { column: index + 1 })] : [],
  );
}

type TokenCheck = (token: never) => A11yWarning[];

/** The checks of single tokens, by token type. */
const TOKEN_CHECKS: Readonly<Record<string, TokenCheck>> = {
  link: linkWarnings,
  image: imageWarnings,
  table: tableWarnings,
};

/**
 * Accessibility warnings for an editor's Markdown `markdown`, in document order by kind:
 * headings, links and images, tables, capitals, PDFs. Empty when nothing was found.
 */
export function markdownA11yWarnings(
  markdown: string,
  options: MarkdownA11yOptions = {},
): A11yWarning[] {
  const tokens = lexMarkdown(markdown);
  const tokenWarnings = [...allTokens(tokens)].flatMap(
    (token) => TOKEN_CHECKS[token.type]?.(token as never) ?? [],
  );
  return [
    ...headingWarnings(tokens),
    ...tokenWarnings,
    ...capitalsWarnings(tokens),
    ...pdfLinkWarnings(tokens),
    ...pdfAttachmentWarnings(tokens, options.attachments ?? []),
  ];
}
