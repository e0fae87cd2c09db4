// Tekst łatwy do czytania (ETR) and the link to the Polish sign language (PJM) video.
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";

export interface EasyToReadView {
  html: string;
  pjmVideoUrl?: string;
}

/** The ETR page, or undefined when the office provides no ETR text. */
export function easyToReadPage(content: OfficeContent): EasyToReadView | undefined {
  const { office } = content;
  const text = office.accessibility.easyToRead;
  if (!text) return undefined;
  return {
    html: renderMarkdown(text, { siteOrigin: office.siteUrl }),
    ...(office.accessibility.pjmVideoUrl ? { pjmVideoUrl: office.accessibility.pjmVideoUrl } : {}),
  };
}
