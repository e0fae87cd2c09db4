import type { ContentRuleError } from "../schemas/errors.ts";
import { checkAmount } from "./amount.ts";
import { checkCoverAlt } from "./cover-alt.ts";
import { checkDateRange } from "./date-range.ts";
import { checkLinkUrl, WEB_SCHEMES } from "./link-url.ts";
import { checkMarkdownSize } from "./markdown.ts";
import { scheduleErrors } from "./schedule.ts";
import { serviceStatusErrors } from "./service-status.ts";
import { checkOfficeSlug, checkSlug } from "./slug.ts";

/**
 * The server-side rules of each content type, as one call the CMS makes before every write.
 * Pass the entry as it will be stored (for a partial update, merge the existing values first):
 * a key that is missing is not checked. Each returns every broken rule; empty means valid.
 */

type Entry = Readonly<Record<string, unknown>>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const entries = (value: unknown): Entry[] => (Array.isArray(value) ? value.filter(isEntry) : []);

const has = (entry: Entry, key: string): boolean =>
  entry[key] !== undefined && entry[key] !== null && entry[key] !== "";

type Check = ContentRuleError | undefined;

function compact(checks: Check[]): ContentRuleError[] {
  return checks.filter((check): check is ContentRuleError => check !== undefined);
}

function slugIfPresent(entry: Entry): Check {
  return "slug" in entry ? checkSlug(entry.slug) : undefined;
}

function webUrlIfPresent(entry: Entry, key: string, path = key): Check {
  return has(entry, key) ? checkLinkUrl(entry[key], path, WEB_SCHEMES) : undefined;
}

function markdownFields(entry: Entry, keys: readonly string[], prefix = ""): Check[] {
  return keys.map((key) => checkMarkdownSize(entry[key], `${prefix}${key}`));
}

/** Office: slug, not a reserved one (see `checkOfficeSlug`); site, BIP and PJM video are http(s); alert periods in order; Markdown sizes. */
export function officeRuleErrors(office: Entry): ContentRuleError[] {
  const accessibility = isEntry(office.accessibility) ? office.accessibility : {};
  return compact([
    "slug" in office ? checkOfficeSlug(office.slug) : undefined,
    webUrlIfPresent(office, "siteUrl"),
    webUrlIfPresent(office, "bipUrl"),
    webUrlIfPresent(accessibility, "pjmVideoUrl", "accessibility.pjmVideoUrl"),
    ...markdownFields(office, ["about", "history"]),
    ...markdownFields(
      accessibility,
      ["nonAccessibleContent", "architecturalAccessibility", "easyToRead"],
      "accessibility.",
    ),
    ...entries(office.alerts).flatMap((alert, index) => [
      checkDateRange(
        alert.validFrom,
        alert.validTo,
        `alerts[${index}].validTo`,
        `alerts[${index}].validFrom`,
      ),
      checkMarkdownSize(alert.body, `alerts[${index}].body`),
    ]),
  ]);
}

/** Department: slug; Markdown size of the description; service status (see `serviceStatusErrors`). */
export function departmentRuleErrors(department: Entry): ContentRuleError[] {
  return compact([
    slugIfPresent(department),
    ...markdownFields(department, ["description"]),
    ...serviceStatusErrors(department),
  ]);
}

/** Programme: slug; link schemes; amounts; start/end in order; Markdown sizes. */
export function programmeRuleErrors(programme: Entry): ContentRuleError[] {
  const amountKeys = ["totalValue", "euContribution", "stateBudget", "ownContribution"];
  return compact([
    slugIfPresent(programme),
    ...markdownFields(programme, ["body", "eligibility", "howToApply"]),
    ...entries(programme.incomeThresholds).map((threshold, index) =>
      checkAmount(threshold.amount, `incomeThresholds[${index}].amount`),
    ),
    ...entries(programme.funding).flatMap((funding, index) =>
      amountKeys
        .filter((key) => has(funding, key))
        .map((key) => checkAmount(funding[key], `funding[${index}].${key}`)),
    ),
    checkDateRange(programme.startsOn, programme.endsOn, "endsOn", "startsOn"),
    ...entries(programme.links).map((link, index) => checkLinkUrl(link.url, `links[${index}].url`)),
  ]);
}

/** News post: slug; cover needs alt text; source is http(s); Markdown size of the body. */
export function newsPostRuleErrors(post: Entry): ContentRuleError[] {
  return compact([
    slugIfPresent(post),
    ...markdownFields(post, ["body"]),
    "cover" in post ? checkCoverAlt(post.cover, post.coverAlt) : undefined,
    webUrlIfPresent(post, "sourceUrl"),
  ]);
}

/** Schedule: see `validateSchedule`. */
export function scheduleRuleErrors(schedule: Entry): ContentRuleError[] {
  return scheduleErrors(schedule);
}

/** Rule checks by Strapi API id, for one lifecycle hook that serves every content type. */
export const RULES_BY_CONTENT_TYPE = {
  office: officeRuleErrors,
  department: departmentRuleErrors,
  programme: programmeRuleErrors,
  "news-post": newsPostRuleErrors,
  schedule: scheduleRuleErrors,
} as const satisfies Record<string, (entry: Entry) => ContentRuleError[]>;
