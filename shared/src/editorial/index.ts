// Help for editors: the accessibility check of their Markdown and slugs made from titles.
export {
  A11Y_MESSAGES,
  type A11yWarning,
  type A11yWarningCode,
} from "./a11y-messages.ts";
export {
  type BuildStatusText,
  buildStatusText,
  CONTENT_TYPE_LABELS,
  failureReason,
  formatBuildDuration,
  formatBuildTime,
  PREVIOUS_VERSION_STAYS,
} from "./build-status-text.ts";
export {
  type MarkdownA11yOptions,
  markdownA11yWarnings,
  VAGUE_LINK_TEXTS,
} from "./content-a11y.ts";
export {
  type EntryA11yWarning,
  entryA11yWarnings,
  MARKDOWN_FIELDS,
  type MarkdownContentType,
} from "./entry-a11y.ts";
export { foldLatin, POLISH_LETTERS } from "./latin-fold.ts";
export { type A11yAttachment, PDF_SUMMARY_MIN_WORDS } from "./pdf-summary.ts";
export {
  NotASlugError,
  SLUG_MAX_LENGTH,
  slugFromTitle,
  uniqueSlug,
} from "./slug-from-title.ts";
export { transliterateUkrainian } from "./ukrainian-transliteration.ts";
