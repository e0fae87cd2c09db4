// The notifier's two settings, read once from the environment: where the rebuild service listens
// (REBUILD_URL) and the secret both sides sign with (REBUILD_SECRET). Neither set: notifications
// are off (a CMS without a rebuild service, e.g. in the CMS's own tests). One without the other,
// or a malformed value, is a configuration error that stops the start-up.

export class NotifierConfigError extends Error {
  override name = "NotifierConfigError";
}

export interface NotifierSettings {
  url: string;
  secret: string;
}

export const minimumSecretLength = 16;

export function notifierSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): NotifierSettings | undefined {
  const url = env.REBUILD_URL?.trim() ?? "";
  const secret = env.REBUILD_SECRET ?? "";
  if (url === "" && secret === "") return undefined;
  if (url === "") throw new NotifierConfigError("REBUILD_SECRET is set but REBUILD_URL is not");
  if (secret === "") throw new NotifierConfigError("REBUILD_URL is set but REBUILD_SECRET is not");
  if (!/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) {
    throw new NotifierConfigError(`REBUILD_URL must be an http(s) URL, got "${url}"`);
  }
  if (secret.length < minimumSecretLength) {
    throw new NotifierConfigError(
      `REBUILD_SECRET must be at least ${minimumSecretLength} characters, got ${secret.length}`,
    );
  }
  return { url, secret };
}
