export { checkAmount } from "./amount.ts";
export {
  departmentRuleErrors,
  newsPostRuleErrors,
  officeRuleErrors,
  programmeRuleErrors,
  RULES_BY_CONTENT_TYPE,
  scheduleRuleErrors,
} from "./content-rules.ts";
export { checkCoverAlt } from "./cover-alt.ts";
export { checkDateRange } from "./date-range.ts";
export { checkLinkUrl, LINK_SCHEMES, WEB_SCHEMES } from "./link-url.ts";
export { checkMarkdownSize, MARKDOWN_MAX_LENGTH } from "./markdown.ts";
export { scheduleErrors, type ValidSchedule, validateSchedule } from "./schedule.ts";
export { checkOfficeSlug, checkSlug } from "./slug.ts";
