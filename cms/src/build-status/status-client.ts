// Reads one office's build status from the rebuild service (REBUILD_URL's origin), with the
// office's bearer token derived from REBUILD_SECRET. Any failure to get a valid answer is
// `undefined`: the admin then says the status is unknown; it never blocks editing.
import {
  type OfficeStatus,
  officeStatusPath,
  officeStatusSchema,
} from "@mops/shared/protocol/office-status";
import { officeStatusToken } from "@mops/shared/protocol/signature";
import type { NotifierSettings } from "../notify/settings";

const timeoutMs = 3_000;

export type FetchStatus = (slug: string) => Promise<OfficeStatus | undefined>;

export function createStatusClient(settings: NotifierSettings | undefined): FetchStatus {
  if (!settings) return () => Promise.resolve(undefined);
  return async (slug) => {
    try {
      const response = await fetch(new URL(officeStatusPath(slug), settings.url), {
        headers: { authorization: `Bearer ${officeStatusToken(settings.secret, slug)}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) return undefined;
      const parsed = officeStatusSchema.safeParse(await response.json());
      return parsed.success && parsed.data.office === slug ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
}
