export { type OfficeSelection, officeUid, scopeOf } from "./affected-offices";
export { type ChangeContext, createChangeMiddleware } from "./change-middleware";
export { createRebuildNotifier, type RebuildNotifier } from "./notifier";
export { NotifierConfigError, notifierSettingsFromEnv } from "./settings";
export { type RebuildNotifyOptions, rebuildNotifyMiddleware } from "./strapi-middleware";
