// The version of the code that renders an office: a digest of the site's sources, the shared core
// and the locked dependencies. Kept in each release's date state, so that the first night after a
// deploy rebuilds every office (`site code changed`) even when no content or state changed.
import { resolve } from "node:path";
import { codeFingerprint } from "../../../scripts/lib/code-fingerprint.ts";

const repoDir = resolve(import.meta.dirname, "../../../..");

/** What a build's output depends on besides the content and the day. */
export const RENDERING_CODE = [
  "site/src",
  "site/scripts",
  "site/astro.config.ts",
  "site/package.json",
  "shared/src",
  "pnpm-lock.yaml",
] as const;

export function siteCodeVersion(root: string = repoDir): Promise<string> {
  return codeFingerprint(root, RENDERING_CODE);
}
