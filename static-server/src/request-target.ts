// Where a request goes: the office named by the Host header's first label under the base domain
// (krasnik.localhost:4321 → krasnik), and the file path inside that office's release, refusing
// anything that could step outside it.
import { posix } from "node:path";
import { isSlug } from "@mops/shared/protocol/slug";

export type HostTarget = { kind: "office"; slug: string } | { kind: "index" } | { kind: "unknown" };

export function targetOfHost(hostHeader: string | undefined, baseDomain: string): HostTarget {
  const host = (hostHeader ?? "").toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  if (host === baseDomain || host === "127.0.0.1" || host === "[::1]" || host === "") {
    return { kind: "index" };
  }
  const suffix = `.${baseDomain}`;
  if (!host.endsWith(suffix)) return { kind: "unknown" };
  const slug = host.slice(0, -suffix.length);
  return isSlug(slug) ? { kind: "office", slug } : { kind: "unknown" };
}

export class PathError extends Error {
  override name = "PathError";
}

/** The decoded, normalised path below the site root, without a leading slash ("" for the root). */
export function sitePath(rawUrl: string | undefined): string {
  const pathname = (rawUrl ?? "/").split("?")[0]?.split("#")[0] ?? "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new PathError(`malformed percent-encoding in ${pathname}`);
  }
  if (decoded.includes("\0") || decoded.includes("\\")) {
    throw new PathError(`forbidden character in ${pathname}`);
  }
  if (decoded.split("/").includes("..")) throw new PathError(`".." in ${pathname}`);
  return posix.normalize(`/${decoded}`).replace(/^\/+/, "");
}
