// The dashboard widget: the build status of each office the editor works for.
import { BuildStatusList } from "./BuildStatusList";
import { useBuildStatus } from "./use-build-status";

export function BuildStatusWidget() {
  return <BuildStatusList load={useBuildStatus()} />;
}

export default BuildStatusWidget;
