import { environment } from "../src/environment";

// i18n is part of Strapi 5; its locales (pl default, uk, en) are ensured at bootstrap.
// Uploads: the CMS judges every file by its contents itself (src/media/judge-upload.ts, in
// Polish); Strapi's own check trusts names and claimed types and answers in English, so it is
// given an empty deny list (which also silences its "no security configuration" warning).
export default () => ({
  i18n: { enabled: true },
  upload: {
    config: {
      sizeLimit: environment().UPLOAD_SIZE_LIMIT_MB * 1024 * 1024,
      security: { deniedTypes: [] },
    },
  },
});
