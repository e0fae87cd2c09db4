// Whether an office's site carries its own icon (from the CMS) rather than the platform's default.
import type { Office } from "@mops/shared";

/** True when the office has a favicon in the CMS; its site then has no default /favicon.svg. */
export const hasOwnIcon = (office: Pick<Office, "favicon">): boolean =>
  office.favicon !== undefined;
