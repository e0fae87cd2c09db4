// Attachments uploaded to the CMS, copied into the office's site at build time: those of the
// posts the build renders (a preview leaves out older posts, and so their files: only a post's
// own page links them).
import type { APIRoute, GetStaticPaths } from "astro";
import { buildContext } from "../../../lib/build/build-context";
import { perOffice } from "../../../lib/content/office-paths";
import { newsPostsInBuild } from "../../../lib/content/preview-scope";
import { type SiteFile, siteFiles } from "../../../lib/models/media-files";
import { StrapiFetchError } from "../../../lib/strapi/errors";

export const getStaticPaths = (() =>
  perOffice((content) =>
    siteFiles(
      newsPostsInBuild(content.newsPosts, buildContext().PREVIEW_PATH),
      buildContext().STRAPI_URL,
    ).map((file) => ({
      params: { file: file.path.replace(/^\/pliki\//, "") },
      props: { file },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SiteFile }> = async ({ props }) => {
  const response = await fetch(props.file.sourceUrl);
  if (!response.ok) {
    throw new StrapiFetchError(
      "upload",
      `GET ${props.file.sourceUrl} answered HTTP ${response.status}`,
    );
  }
  return new Response(await response.arrayBuffer(), {
    headers: { "Content-Type": props.file.mime },
  });
};
