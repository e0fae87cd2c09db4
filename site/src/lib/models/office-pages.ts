// Which of an office's optional pages have main content. A page without any is neither generated
// (its getStaticPaths leaves the office out) nor linked (the menu and footer leave it out), so no
// resident lands on a page with only a heading.
import type { OfficeContent } from "../content/office-content.ts";
import { aboutPage, aboutPageHasContent } from "./about-page.ts";
import { easyToReadPage } from "./easy-to-read-page.ts";
import { hoursAndContactsHasContent } from "./hours-and-contacts.ts";

export type OptionalPage =
  | "about"
  | "departments"
  | "programmes"
  | "news"
  | "easyToRead"
  | "hoursAndContacts";

const HAS_CONTENT: Readonly<Record<OptionalPage, (content: OfficeContent) => boolean>> = {
  about: (content) => aboutPageHasContent(aboutPage(content)),
  departments: (content) => content.departments.length > 0,
  programmes: (content) => content.programmes.length > 0,
  news: (content) => content.newsPosts.length > 0,
  easyToRead: (content) => easyToReadPage(content) !== undefined,
  hoursAndContacts: (content) => hoursAndContactsHasContent(content),
};

/** True when the office's `page` has main content (and so is built and linked). */
export function hasPage(content: OfficeContent, page: OptionalPage): boolean {
  return HAS_CONTENT[page](content);
}
