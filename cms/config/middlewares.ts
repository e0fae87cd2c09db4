import { environment } from "../src/environment";

export default () => [
  "strapi::logger",
  "strapi::errors",
  "strapi::security",
  // Strapi's default reflects any origin, with credentials. The admin panel is served by the CMS
  // itself and site builds read from servers, so no other origin is allowed unless listed.
  { name: "strapi::cors", config: { origin: environment().CORS_ORIGINS } },
  "strapi::poweredBy",
  "strapi::query",
  {
    name: "strapi::body",
    config: { formidable: { maxFileSize: environment().UPLOAD_SIZE_LIMIT_MB * 1024 * 1024 } },
  },
  "strapi::session",
  "strapi::favicon",
  // Before Strapi serves the uploads folder: no upload runs as a page of the CMS's origin.
  "global::upload-headers",
  "strapi::public",
];
