// The preview's two settings, read once from the environment: where the preview service answers
// (PREVIEW_URL, the address editors' browsers load in the edit view's frame) and the secret both
// sides sign with (PREVIEW_SECRET). Neither set: the preview is off and the edit view offers
// none. One without the other, or a malformed value, stops the start-up.

export class PreviewConfigError extends Error {
  override name = "PreviewConfigError";
}

export interface PreviewSettings {
  /** The preview service's base URL, without a trailing slash. */
  url: string;
  /** Its origin, the only one the admin panel may frame. */
  origin: string;
  secret: string;
}

export const minimumPreviewSecretLength = 16;

export function previewSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): PreviewSettings | undefined {
  const url = env.PREVIEW_URL?.trim() ?? "";
  const secret = env.PREVIEW_SECRET ?? "";
  if (url === "" && secret === "") return undefined;
  if (url === "") throw new PreviewConfigError("PREVIEW_SECRET is set but PREVIEW_URL is not");
  if (secret === "") throw new PreviewConfigError("PREVIEW_URL is set but PREVIEW_SECRET is not");
  if (!/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) {
    throw new PreviewConfigError(`PREVIEW_URL must be an http(s) URL, got "${url}"`);
  }
  if (secret.length < minimumPreviewSecretLength) {
    throw new PreviewConfigError(
      `PREVIEW_SECRET must be at least ${minimumPreviewSecretLength} characters, got ${secret.length}`,
    );
  }
  return { url: url.replace(/\/+$/, ""), origin: new URL(url).origin, secret };
}
