// Static paths of a build of many offices: every page lives under /<office>/ in the build's
// output, which the driver then splits into one site per office (site/scripts/build-offices.ts).
// A portal build (PORTAL_URL set) renders none of them: it loads every office for the portal.
import { parseBuildEnv } from "../build/build-env";
import { officesInBuild as allOffices } from "./load-office-content";
import type { OfficeContent } from "./office-content";

const officesInBuild = async (): Promise<OfficeContent[]> =>
  parseBuildEnv(process.env).PORTAL_URL ? [] : allOffices();

/** A page every office has once. */
export async function everyOffice(): Promise<Array<{ params: { office: string } }>> {
  return (await officesInBuild()).map((content) => ({ params: { office: content.office.slug } }));
}

/** A page an office has once, for the offices `has` accepts (e.g. those with content for it). */
export async function officesWhere(
  has: (content: OfficeContent) => boolean,
): Promise<Array<{ params: { office: string } }>> {
  return (await officesInBuild())
    .filter(has)
    .map((content) => ({ params: { office: content.office.slug } }));
}

/** A page an office has once per item; `items` lists one office's items. */
export async function perOffice<Params extends Record<string, string>, Props>(
  items: (content: OfficeContent) => Array<{ params: Params; props?: Props }>,
): Promise<Array<{ params: Params & { office: string }; props?: Props }>> {
  return (await officesInBuild()).flatMap((content) =>
    items(content).map((item) => ({
      ...item,
      params: { ...item.params, office: content.office.slug },
    })),
  );
}
