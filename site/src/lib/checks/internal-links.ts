// Finds broken internal references in a built office directory: links, stylesheets, scripts and
// images that point to a missing file, and fragments that name no element on their target page.
import {
  type BuiltPage,
  fileForPath,
  listFiles,
  readBuiltPages,
  resolveInternal,
} from "./built-site.ts";

export interface BrokenLink {
  page: string;
  reference: string;
  reason: "missing file" | "missing fragment";
}

export function findBrokenLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  siteOrigin: string,
): BrokenLink[] {
  const pagesByFile = new Map(pages.map((page) => [page.file, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const references = [
      ...page.links,
      ...page.resources.flatMap((resource) => (resource.url ? [resource.url] : [])),
    ];
    for (const reference of references) {
      const target = resolveInternal(reference, page.urlPath, siteOrigin);
      if (!target) continue;
      const file = fileForPath(target.path, files);
      if (!file) {
        broken.push({ page: page.file, reference, reason: "missing file" });
        continue;
      }
      const targetPage = pagesByFile.get(file);
      if (target.fragment && targetPage && !targetPage.ids.has(target.fragment)) {
        broken.push({ page: page.file, reference, reason: "missing fragment" });
      }
    }
  }
  return broken;
}

export async function checkInternalLinks(dir: string, siteOrigin: string): Promise<BrokenLink[]> {
  const [pages, files] = await Promise.all([readBuiltPages(dir), listFiles(dir)]);
  return findBrokenLinks(pages, new Set(files), siteOrigin);
}
