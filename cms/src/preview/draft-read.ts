// Drafts over REST, for preview builds only: a request that carries a draft-read grant
// (`x-mops-draft-grant`, signed by the preview service with PREVIEW_SECRET) reads the drafts of
// the grant's office and nothing else: its query is narrowed to that office on the server,
// whatever filters it sent. A grant that does not verify (tampered, expired, or the preview off)
// refuses the request; no grant means published entries only.
import { draftGrantHeader, verifyDraftGrant } from "@mops/shared/protocol/preview-signature";
import { officeUid } from "../documents/content-types";

/** The filter confining a query to one office's entries, by the office's slug. */
export const officeSlugFilter = (uid: string, office: string) =>
  uid === officeUid ? { slug: { $eq: office } } : { office: { slug: { $eq: office } } };

/**
 * The filter a draft read is confined to; `undefined` for a published read (no grant);
 * "refused" for a grant that does not verify.
 */
export function draftReadQuery(
  uid: string,
  header: (name: string) => string,
  secret: string | undefined,
  nowSeconds: number,
): ReturnType<typeof officeSlugFilter> | "refused" | undefined {
  const grant = header(draftGrantHeader);
  if (!grant) return undefined;
  if (!secret) return "refused";
  const { verdict, office } = verifyDraftGrant(secret, grant, nowSeconds);
  return verdict === "valid" && office ? officeSlugFilter(uid, office) : "refused";
}
