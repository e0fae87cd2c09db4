import { environment } from "../src/environment";
import { previewUrlHandler } from "../src/preview/preview-url";
import { previewSettingsFromEnv } from "../src/preview/settings";

export default () => {
  const env = environment();
  const preview = previewSettingsFromEnv(process.env);
  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    // Strapi's Preview: the edit view frames the preview service's page of the entry's draft
    // (src/preview). Off unless PREVIEW_URL and PREVIEW_SECRET are set.
    preview: preview
      ? {
          enabled: true,
          config: {
            allowedOrigins: [preview.origin],
            handler: previewUrlHandler(preview, () => Math.floor(Date.now() / 1000)),
          },
        }
      : { enabled: false },
  };
};
