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

function EntryBuildStatus({ model, documentId }: { model: string; documentId: string }) {
  return <BuildStatusList load={useBuildStatus({ model, documentId })} />;
}

/** The shape of a content-manager side panel (PanelComponent of its admin API). */
export type SidePanel = (props: {
  model: string;
  documentId?: string;
}) => { title: string; content: ReactNode } | null;

export const BuildStatusPanel: SidePanel = ({ model, documentId }) => {
  if (!siteModels.has(model) || !documentId) return null;
  return {
    title: "Publikacja na stronie",
    content: <EntryBuildStatus model={model} documentId={documentId} />,
  };
};
