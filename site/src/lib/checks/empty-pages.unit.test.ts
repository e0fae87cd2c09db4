import { describe, expect, it } from "vitest";
import { emptyPages } from "./empty-pages.ts";

describe("emptyPages", () => {
  const page = (file: string, main: string) => ({
    file,
    html: `<html><body><nav><a href="/">Start</a></nav><main id="tresc"><h1>O nas</h1>${main}</main><footer>Stopka</footer></body></html>`,
  });
  it.each([
    { name: "only a heading", main: "", empty: true },
    {
      name: "empty sections and whitespace",
      main: "<section>\n <h2></h2>&nbsp;</section>",
      empty: true,
    },
    { name: "only a script", main: "<script>var x = 1;</script>", empty: true },
    { name: "a paragraph", main: "<p>Ośrodek działa od 1990 roku.</p>", empty: false },
    { name: "a table", main: "<table><tr><td>9:00</td></tr></table>", empty: false },
  ])("$name: $empty", ({ main, empty }) => {
    expect(emptyPages([page("o-nas/index.html", main)])).toEqual(empty ? ["o-nas/index.html"] : []);
  });

  it("treats a page without <main> as empty", () => {
    expect(emptyPages([{ file: "x.html", html: "<p>x</p>" }])).toEqual(["x.html"]);
  });
});
