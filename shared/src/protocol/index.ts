// What the packages agree on when they talk to each other: the slug that names an office, the
// rebuild notification the CMS sends, how a Strapi REST collection is read page by page, and
// which precompressed siblings a site build writes for the static server. The notification's
// signature (node:crypto) is in `./signature.ts`, imported on its own.
export {
  NOTIFICATION_MAX_EVENTS,
  NOTIFICATION_MAX_OFFICES,
  type Notification,
  NotificationError,
  type NotificationEvent,
  notificationEventSchema,
  notificationSchema,
  parseNotification,
} from "./notification.ts";
export {
  isPrecompressible,
  PRECOMPRESSED_ENCODINGS,
  PRECOMPRESSED_EXTENSIONS,
  type PrecompressedEncoding,
} from "./precompressed.ts";
export {
  isReservedOfficeSlug,
  isSlug,
  officeSlugSchema,
  PORTAL_HOST,
  RESERVED_OFFICE_SLUGS,
  SLUG_PATTERN,
} from "./slug.ts";
export {
  readAllPages,
  readStrapiPage,
  STRAPI_MAX_PAGE_SIZE,
  type StrapiEntry,
  StrapiPageError,
  type StrapiPageQuery,
  strapiPagePath,
} from "./strapi-pager.ts";
