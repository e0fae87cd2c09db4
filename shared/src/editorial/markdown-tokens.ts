// Reading the tokens of marked's lexer: the plain text a reader (or a screen reader) gets from
// inline tokens, and a walk over every token of a document, nested lists and tables included.
import { Lexer, type Token, type Tokens } from "marked";

/** The tokens of an editor's Markdown, as the site's renderer sees it (GitHub-flavoured). */
export function lexMarkdown(markdown: string): Token[] {
  return new Lexer({ gfm: true, breaks: false, async: false }).lex(markdown);
}

/** Tokens inside `token`: inline children, list items, table cells. */
export function childTokens(token: Token): Token[] {
  switch (token.type) {
    case "list":
      return (token as Tokens.List).items;
    case "table": {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].flat().flatMap((cell) => cell.tokens);
    }
    default:
      return "tokens" in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [];
  }
}

/** Every token of `tokens` and below, in document order. */
export function* allTokens(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    yield* allTokens(childTokens(token));
  }
}

/** Block tokens that carry no text of their own. */
const SILENT_TYPES = new Set(["space", "hr", "def", "html", "br"]);

/**
 * The text of `tokens` as read aloud: link texts, image alt texts, no Markdown or HTML.
 * Tokens `skip` accepts contribute nothing.
 */
export function plainText(
  tokens: readonly Token[],
  skip: (token: Token) => boolean = () => false,
): string {
  let text = "";
  for (const token of tokens) {
    if (skip(token) || SILENT_TYPES.has(token.type)) {
      text += token.type === "br" ? " " : "";
      continue;
    }
    if (token.type === "image") text += (token as Tokens.Image).text;
    else if (token.type === "list" || token.type === "table")
      text += ` ${plainText(childTokens(token), skip)} `;
    else if ("tokens" in token && Array.isArray(token.tokens))
      text += plainText(token.tokens as Token[], skip);
    else if ("text" in token && typeof token.text === "string") text += token.text;
    if (token.type === "paragraph" || token.type === "heading" || token.type === "list_item")
      text += " ";
  }
  return text;
}

/** Number of words with at least one letter. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}
