export { type OfficeSelection, officeUid, scopeOf } from "./affected-offices";
export { type ChangeContext, createChangeMiddleware } from "./change-middleware";
export { createRebuildNotifier, type RebuildNotifier } from "./notifier";
export { NotifierConfigError, notifierSettingsFromEnv } from "./settings";
export { signatureHeader, signPayload, timestampHeader } from "./signature";
export { type RebuildNotifyOptions, rebuildNotifyMiddleware } from "./strapi-middleware";
