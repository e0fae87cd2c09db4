// Preview links and draft-read grants, both ends of them. The CMS signs a link for one entry of
// one office (only for an editor of that office); the preview service checks it, then builds that
// office from drafts with a grant it signs itself, which the CMS's REST API accepts for that
// office's drafts only and until it expires. Both are HMAC-SHA256 with PREVIEW_SECRET over the
// purpose and every field, so a link cannot serve as a grant nor a grant for another office.
// Time is a parameter (Unix seconds). Node only (node:crypto): import it as
// `@mops/shared/protocol/preview-signature`.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isSlug } from "./slug.ts";

/** The content types an editor can preview, by their API id. */
export const previewTypes = ["office", "department", "schedule", "programme", "news-post"] as const;
export type PreviewType = (typeof previewTypes)[number];

export const isPreviewType = (value: string): value is PreviewType =>
  (previewTypes as readonly string[]).includes(value);

/** What a preview link names: the office, the entry and the page of the site that shows it. */
export interface PreviewLink {
  office: string;
  type: PreviewType;
  documentId: string;
  /** The page's path on the office's site, in Polish, e.g. `/aktualnosci/zasilek/`. */
  path: string;
  /**
   * The language of the version being edited when it is a translation (a two-letter tag such as
   * `uk`): the preview then shows the page in that language where the draft build has it
   * (`/uk/…`), else the Polish page. Absent: the Polish version.
   */
  language?: string;
  /** Unix seconds after which the link is refused. */
  expires: number;
}

/** The header that carries a draft-read grant to the CMS's REST API. */
export const draftGrantHeader = "x-mops-draft-grant";

export type PreviewVerdict = "valid" | "malformed" | "mismatch" | "expired";

const hmac = (secret: string, parts: readonly string[]): string =>
  createHmac("sha256", secret).update(parts.join("\n")).digest("hex");

const same = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const linkParts = (link: PreviewLink): string[] => [
  "preview-link",
  link.office,
  link.type,
  link.documentId,
  link.path,
  link.language ?? "",
  String(link.expires),
];

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const PAGE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;
const HEX64 = /^[0-9a-f]{64}$/;
const LANGUAGE_TAG = /^[a-z]{2}$/;
const SECONDS = /^\d{1,12}$/;

/**
 * The query string of a signed link: `office`, `type`, `document`, `path`, `lang`, `expires`,
 * `sig`.
 */
export function signPreviewLink(secret: string, link: PreviewLink): URLSearchParams {
  return new URLSearchParams({
    office: link.office,
    type: link.type,
    document: link.documentId,
    path: link.path,
    ...(link.language ? { lang: link.language } : {}),
    expires: String(link.expires),
    sig: hmac(secret, linkParts(link)),
  });
}

/** Reads and checks a link's query at `nowSeconds`; the link only when the verdict is valid. */
export function verifyPreviewLink(
  secret: string,
  query: URLSearchParams,
  nowSeconds: number,
): { verdict: PreviewVerdict; link?: PreviewLink } {
  const office = query.get("office") ?? "";
  const type = query.get("type") ?? "";
  const documentId = query.get("document") ?? "";
  const path = query.get("path") ?? "";
  const language = query.get("lang");
  const expires = query.get("expires") ?? "";
  const sig = query.get("sig") ?? "";
  const wellFormed =
    isSlug(office) &&
    isPreviewType(type) &&
    DOCUMENT_ID.test(documentId) &&
    PAGE_PATH.test(path) &&
    (language === null || LANGUAGE_TAG.test(language)) &&
    SECONDS.test(expires) &&
    HEX64.test(sig);
  if (!wellFormed) return { verdict: "malformed" };
  const link: PreviewLink = {
    office,
    type,
    documentId,
    path,
    ...(language === null ? {} : { language }),
    expires: Number(expires),
  };
  if (!same(sig, hmac(secret, linkParts(link)))) return { verdict: "mismatch" };
  if (nowSeconds > link.expires) return { verdict: "expired" };
  return { verdict: "valid", link };
}

/** A grant to read one office's drafts until `expires`: `<office>.<expires>.<hex>`. */
export function signDraftGrant(secret: string, office: string, expires: number): string {
  return `${office}.${expires}.${hmac(secret, ["draft-read", office, String(expires)])}`;
}

/** Checks a grant at `nowSeconds`; the office it is for only when the verdict is valid. */
export function verifyDraftGrant(
  secret: string,
  grant: string,
  nowSeconds: number,
): { verdict: PreviewVerdict; office?: string } {
  const [office = "", expires = "", sig = "", ...rest] = grant.split(".");
  if (rest.length > 0 || !isSlug(office) || !SECONDS.test(expires) || !HEX64.test(sig)) {
    return { verdict: "malformed" };
  }
  if (!same(sig, hmac(secret, ["draft-read", office, expires]))) return { verdict: "mismatch" };
  if (nowSeconds > Number(expires)) return { verdict: "expired" };
  return { verdict: "valid", office };
}

/** The site's path of an entry's page, from what the CMS knows of the entry (its draft). */
export function previewPagePath(
  type: PreviewType,
  entry: { slug?: string | null; department?: string | null; programme?: string | null },
): string {
  const paths: Record<PreviewType, () => string> = {
    office: () => "/",
    department: () => (entry.slug ? `/dzialy/${entry.slug}/` : "/dzialy/"),
    programme: () => (entry.slug ? `/programy/${entry.slug}/` : "/programy/"),
    "news-post": () => (entry.slug ? `/aktualnosci/${entry.slug}/` : "/aktualnosci/"),
    schedule: () =>
      entry.department
        ? `/dzialy/${entry.department}/`
        : entry.programme
          ? `/programy/${entry.programme}/`
          : "/kontakt/",
  };
  return paths[type]();
}
