// The edit view's side panel: the build status of the entry's office and a link to its page.
// Shown for saved entries of the site's content types.
import type { ReactNode } from "react";
import { BuildStatusList } from "./BuildStatusList";
import { useBuildStatus } from "./use-build-status";

const siteModels = new Set([
  "api::office.office",
  "api::department.department",
  "api::schedule.schedule",
  "api::programme.programme",
  "api::news-post.news-post",
]);

function EntryBuildStatus(props: { model: string; documentId: string; changedAt?: string | null }) {
  const { model, documentId, changedAt } = props;
  return <BuildStatusList load={useBuildStatus({ model, documentId }, changedAt)} />;
}

/** The shape of a content-manager side panel (PanelComponent of its admin API). */
export type SidePanel = (props: {
  model: string;
  documentId?: string;
  /** The entry as the edit view holds it; its dates change when it is saved or published. */
  document?: { updatedAt?: string | null; publishedAt?: string | null } | null;
}) => { title: string; content: ReactNode } | null;

/** The later of the entry's last save and last publish. */
const lastChange = (document: Parameters<SidePanel>[0]["document"]): string | null => {
  const dates = [document?.updatedAt, document?.publishedAt].filter((d): d is string => !!d);
  return dates.sort().at(-1) ?? null;
};

export const BuildStatusPanel: SidePanel = ({ model, documentId, document }) => {
  if (!siteModels.has(model) || !documentId) return null;
  return {
    title: "Publikacja na stronie",
    content: (
      <EntryBuildStatus model={model} documentId={documentId} changedAt={lastChange(document)} />
    ),
  };
};
