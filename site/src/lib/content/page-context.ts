// What every page starts from: the office's content and the chrome for the page's path.
import type { SiteChrome } from "../models/chrome";
import { buildChrome } from "../models/site-chrome";
import { loadOfficeContent } from "./load-office-content";
import type { OfficeContent } from "./office-content";

export async function pageContext(
  path: string,
): Promise<{ content: OfficeContent; chrome: SiteChrome }> {
  const content = await loadOfficeContent();
  return { content, chrome: buildChrome(content, path) };
}
