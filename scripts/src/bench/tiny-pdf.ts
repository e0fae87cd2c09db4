// A valid one-page PDF with a few lines of text, for the attachments of synthetic news posts.
// Standard Helvetica has no Polish letters, so the text is folded to ASCII; the files only need
// to be real PDFs the CMS accepts and the site copies.
import { asciiFold } from "./slug.ts";

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function tinyPdf(lines: readonly string[]): Buffer {
  const content = [
    "BT /F1 12 Tf 56 780 Td 16 TL",
    ...lines.map((line) => `(${escapePdf(asciiFold(line))}) '`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
