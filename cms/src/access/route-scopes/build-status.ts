// The build status for an office editor: the editor's offices only; another office's slug
// answers 404, as a missing one does.
import { answerBuildStatus } from "../../build-status/build-status-routes";
import type { Editor, KoaContext, ScopeServices } from "./scope";

export function buildStatusScopes({ strapi }: ScopeServices) {
  return {
    "build-status": (ctx: KoaContext, _next: unknown, editor: Editor) =>
      answerBuildStatus(strapi, ctx, editor.offices),
  };
}
