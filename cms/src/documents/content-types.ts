// The CMS's own content types and what the document middlewares need to know about them.

export const officeUid = "api::office.office";

export const ownedUids = [
  "api::department.department",
  "api::schedule.schedule",
  "api::programme.programme",
  "api::news-post.news-post",
] as const;

export const contentUids = [officeUid, ...ownedUids] as const;

export type ContentUid = (typeof contentUids)[number];

export const isContentUid = (uid: string): uid is ContentUid =>
  (contentUids as readonly string[]).includes(uid);

export const isOwnedUid = (uid: string): boolean => (ownedUids as readonly string[]).includes(uid);

/** Relations to other entries of the same office, by content type: attribute → target uid. */
export const officeLocalRelations: Readonly<Record<ContentUid, Readonly<Record<string, string>>>> =
  {
    "api::office.office": {},
    "api::department.department": {},
    "api::schedule.schedule": {
      department: "api::department.department",
      programme: "api::programme.programme",
    },
    "api::programme.programme": { department: "api::department.department" },
    "api::news-post.news-post": { programmes: "api::programme.programme" },
  };

/** The API id the shared rules are keyed by, e.g. `news-post`. */
export const apiIdOf = (uid: ContentUid): string => uid.slice(uid.lastIndexOf(".") + 1);

/** A database filter for the entries of `uid` that belong to one of `offices` (document ids). */
export const officeScope = (uid: ContentUid, offices: readonly string[]) => {
  const ids = { $in: [...offices] };
  return uid === officeUid ? { documentId: ids } : { office: { documentId: ids } };
};
