// Built-output check: no page whose main content is only its heading.

/** The text of a page's <main> after its h1, tags removed and whitespace collapsed. */
export function mainContentText(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>");
  if (start < 0 || end < start) return "";
  return html
    .slice(start, end)
    .replace(/<h1\b[\s\S]*?<\/h1>/, " ")
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The files of the pages whose main content is empty. */
export function emptyPages(pages: ReadonlyArray<{ file: string; html: string }>): string[] {
  return pages.filter((page) => mainContentText(page.html) === "").map((page) => page.file);
}
