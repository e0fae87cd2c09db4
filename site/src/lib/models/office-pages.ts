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

/**
 * The answers given so far, per content object: every page's chrome asks (its menu and footer
 * link only pages that exist), and some answers render Markdown, so a build of thousands of pages
 * asks each office once. The build's content objects are read once and never changed.
 */
const answers = new WeakMap<OfficeContent, Map<OptionalPage, boolean>>();

/** True when the office's `page` has main content (and so is built and linked). */
export function hasPage(content: OfficeContent, page: OptionalPage): boolean {
  let known = answers.get(content);
  if (!known) {
    known = new Map();
    answers.set(content, known);
  }
  let answer = known.get(page);
  if (answer === undefined) {
    answer = HAS_CONTENT[page](content);
    known.set(page, answer);
  }
  return answer;
}
