// The accessibility check over every Markdown field of an entry, by content type, so the CMS
// (on save) and the fixtures' tests check the same fields.
import type { A11yWarning } from "./a11y-messages.ts";
import { markdownA11yWarnings } from "./content-a11y.ts";
import type { A11yAttachment } from "./pdf-summary.ts";

type Entry = Readonly<Record<string, unknown>>;

/** A warning and the field it was found in, e.g. `"body"`, `"alerts[0].body"`. */
export interface EntryA11yWarning extends A11yWarning {
  field: string;
}

/** A Markdown field's path and text. */
interface MarkdownField {
  path: string;
  markdown: string;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const entries = (value: unknown): Entry[] => (Array.isArray(value) ? value.filter(isEntry) : []);

function fields(entry: Entry, keys: readonly string[], prefix = ""): MarkdownField[] {
  return keys.flatMap((key) => {
    const markdown = entry[key];
    return typeof markdown === "string" ? [{ path: `${prefix}${key}`, markdown }] : [];
  });
}

/** The Markdown fields of each content type (by Strapi API id) present in an entry. */
export const MARKDOWN_FIELDS = {
  office: (office: Entry) => [
    ...fields(office, ["about", "history"]),
    ...fields(
      isEntry(office.accessibility) ? office.accessibility : {},
      ["nonAccessibleContent", "architecturalAccessibility", "easyToRead"],
      "accessibility.",
    ),
    ...entries(office.alerts).flatMap((alert, index) =>
      fields(alert, ["body"], `alerts[${index}].`),
    ),
  ],
  department: (department: Entry) => fields(department, ["description"]),
  programme: (programme: Entry) => fields(programme, ["body", "eligibility", "howToApply"]),
  "news-post": (post: Entry) => fields(post, ["body"]),
  schedule: () => [],
} as const satisfies Record<string, (entry: Entry) => MarkdownField[]>;

export type MarkdownContentType = keyof typeof MARKDOWN_FIELDS;

/** The file of an attachment: a media object (Strapi) or a fixture's file path. */
function attachmentOf(attachment: Entry): A11yAttachment {
  const file = attachment.file;
  const title = typeof attachment.title === "string" ? attachment.title : undefined;
  if (typeof file === "string") return { title, file };
  const media = isEntry(file) ? file : {};
  const text = (key: string) =>
    typeof media[key] === "string" ? (media[key] as string) : undefined;
  return { title, name: text("name"), ext: text("ext"), mime: text("mime"), url: text("url") };
}

/**
 * Accessibility warnings of every Markdown field of `entry`, a `contentType` entry; a news
 * post's PDF attachments are checked against its body. Empty when nothing was found.
 */
export function entryA11yWarnings(
  contentType: MarkdownContentType,
  entry: Entry,
): EntryA11yWarning[] {
  const attachments = entries(entry.attachments).map(attachmentOf);
  return MARKDOWN_FIELDS[contentType](entry).flatMap(({ path, markdown }) =>
    markdownA11yWarnings(markdown, path === "body" ? { attachments } : {}).map((warning) => ({
      field: path,
      ...warning,
    })),
  );
}
