// What other packages use of the publisher (`@mops/publisher`): the whole pipeline in one call,
// the preview service, and the parts the benchmarks time on their own (the warm builder, the structured log,
// the nightly decision).

export { type PipelineOptions, type Publishing, startPublishing } from "./pipeline.ts";
export { type PreviewService, sessionCookie } from "./preview/preview-service.ts";
export { type PreviewOptions, startPreview } from "./preview/start-preview.ts";
export { createLogger, type Logger } from "./rebuild/log.ts";
export { cmsDateStates, decideNightly, type NightlyDecision } from "./rebuild/nightly.ts";
export { createWarmBuilder } from "./rebuild/warm-builder.ts";
export { type ReservedPort, reservePort } from "./reserve-port.ts";
