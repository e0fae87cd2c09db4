export { type OfficeSelection, officeUid, scopeOf } from "./affected-offices";
export { type ChangeContext, createChangeMiddleware } from "./change-middleware";
export { sendRebuildRequest } from "./notifier";
export { createOutboxWorker, type OutboxWorker } from "./outbox";
export { NotifierConfigError, notifierSettingsFromEnv } from "./settings";
export {
  createRebuildNotify,
  type RebuildNotify,
  type RebuildNotifyOptions,
} from "./strapi-middleware";
