// Files uploaded to the CMS become part of the office's own site: each attachment is copied at
// build time to /pliki/<documentId>/<file name>, so the directory is self-contained.
import type { Media, NewsPost } from "@mops/shared";

export interface SiteFile {
  /** Path inside the site, e.g. "/pliki/abc123/porozumienie.pdf". */
  path: string;
  /** Where the build fetches it from. */
  sourceUrl: string;
  mime: string;
}

const safeName = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "plik";

export function mediaSourceUrl(media: Media, strapiUrl: string): string {
  return new URL(media.url, strapiUrl).href;
}

export function attachmentPath(
  post: Pick<NewsPost, "documentId">,
  index: number,
  media: Media,
): string {
  return `/pliki/${post.documentId}/${index + 1}-${safeName(media.name)}`;
}

export function siteFiles(posts: readonly NewsPost[], strapiUrl: string): SiteFile[] {
  return posts.flatMap((post) =>
    post.attachments.map((attachment, index) => ({
      path: attachmentPath(post, index, attachment.file),
      sourceUrl: mediaSourceUrl(attachment.file, strapiUrl),
      mime: attachment.file.mime,
    })),
  );
}
