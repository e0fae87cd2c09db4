// Finds anything in an HTML fragment or page that a browser could execute or that would load
// from elsewhere: script-capable elements, event handler attributes, script-bearing URLs.
import { Parser } from "htmlparser2";

export interface ExecutableFinding {
  tag: string;
  attribute?: string;
  value?: string;
}

const EXECUTABLE_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "applet",
  "form",
  "base",
  "meta",
  "link",
  "style",
  "svg",
  "math",
  "template",
  "button",
]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data"]);
const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/i;

function normaliseUrl(value: string): string {
  // Browsers ignore control characters and whitespace inside the scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it strips
  return value.replace(/[\u0000-\u0020]/g, "");
}

/**
 * Lists the executable markup in `html`. `allowedTags` lets a full page keep its own
 * elements (e.g. the layout's `<meta>` and `<link>`) while user content is held to none.
 */
export function findExecutableMarkup(
  html: string,
  allowedTags: ReadonlySet<string> = new Set(),
): ExecutableFinding[] {
  const findings: ExecutableFinding[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (EXECUTABLE_TAGS.has(name) && !allowedTags.has(name)) findings.push({ tag: name });
        for (const [attribute, value] of Object.entries(attribs)) {
          if (/^on/i.test(attribute) || attribute === "style" || attribute === "srcdoc") {
            findings.push({ tag: name, attribute, value });
          } else if (URL_ATTRIBUTES.has(attribute) && DANGEROUS_SCHEME.test(normaliseUrl(value))) {
            findings.push({ tag: name, attribute, value });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return findings;
}
