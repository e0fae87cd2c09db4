// What every page starts from: its office's content and the chrome for the page's path.
import type { SiteChrome } from "../models/chrome";
import { buildChrome } from "../models/site-chrome";
import { loadOfficeContent } from "./load-office-content";
import type { OfficeContent } from "./office-content";

/** `office` is the page's `office` route parameter. */
export async function pageContext(
  office: string | undefined,
  path: string,
): Promise<{ content: OfficeContent; chrome: SiteChrome }> {
  const content = await loadOfficeContent(office);
  return { content, chrome: buildChrome(content, path) };
}
