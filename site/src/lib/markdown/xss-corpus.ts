// Hostile inputs an editor account (or a compromised one) could put into Markdown. Each must
// come out without anything a browser would execute. Also posted into a news post by the
// integration test, so the whole build path is checked with it.
export const XSS_CORPUS: ReadonlyArray<{ name: string; markdown: string }> = [
  { name: "script tag", markdown: "<script>alert(1)</script>" },
  { name: "script with src", markdown: '<script src="https://evil.example/x.js"></script>' },
  { name: "img onerror", markdown: '<img src=x onerror="alert(1)">' },
  { name: "svg onload", markdown: "<svg onload=alert(1)><circle r=1 /></svg>" },
  { name: "markdown javascript link", markdown: "[kliknij](javascript:alert(1))" },
  { name: "mixed-case scheme", markdown: "[kliknij](JaVaScRiPt:alert(1))" },
  { name: "entity-encoded scheme", markdown: '<a href="&#106;avascript:alert(1)">x</a>' },
  { name: "whitespace in scheme", markdown: '<a href="java\tscript:alert(1)">x</a>' },
  { name: "leading spaces in scheme", markdown: '<a href="   javascript:alert(1)">x</a>' },
  { name: "vbscript link", markdown: "[x](vbscript:msgbox(1))" },
  {
    name: "data URL link",
    markdown: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  },
  { name: "markdown image with javascript", markdown: "![x](javascript:alert(1))" },
  { name: "iframe", markdown: '<iframe src="https://evil.example"></iframe>' },
  { name: "srcdoc iframe", markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: "object", markdown: '<object data="https://evil.example/x.swf"></object>' },
  { name: "embed", markdown: '<embed src="https://evil.example/x.swf">' },
  { name: "form action", markdown: '<form action="javascript:alert(1)"><button>x</button></form>' },
  { name: "style tag", markdown: "<style>body{background:url(javascript:alert(1))}</style>" },
  { name: "style attribute", markdown: '<p style="background:url(javascript:alert(1))">x</p>' },
  {
    name: "meta refresh",
    markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  },
  { name: "base href", markdown: '<base href="https://evil.example/">' },
  { name: "link import", markdown: '<link rel="import" href="https://evil.example/x.html">' },
  {
    name: "details ontoggle",
    markdown: "<details open ontoggle=alert(1)><summary>x</summary></details>",
  },
  { name: "event handler on allowed tag", markdown: '<p onclick="alert(1)">kliknij</p>' },
  { name: "event handler on link", markdown: '<a href="/kontakt/" onmouseover="alert(1)">x</a>' },
  {
    name: "math mXSS",
    markdown: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  },
  {
    name: "noscript mXSS",
    markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  },
  {
    name: "unclosed attribute",
    markdown: '<a href="/x" title="a\nonfocus=alert(1) autofocus">x</a>',
  },
  { name: "html comment trick", markdown: "<!--<img src=x onerror=alert(1)>-->" },
  { name: "template", markdown: "<template><script>alert(1)</script></template>" },
  {
    name: "xlink href",
    markdown: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  },
  { name: "autolink javascript", markdown: "<javascript:alert(1)>" },
  { name: "reference link javascript", markdown: "[x][r]\n\n[r]: javascript:alert(1)" },
  { name: "formaction button", markdown: '<button formaction="javascript:alert(1)">x</button>' },
  { name: "target blank", markdown: '<a href="https://evil.example" target="_blank">x</a>' },
];

export const XSS_MARKDOWN = XSS_CORPUS.map((entry) => `${entry.markdown}\n`).join("\n");
