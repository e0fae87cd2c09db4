// The office editor of Kutno, as hostile as an editor can be, against Kraśnik and the platform:
// every admin route Strapi serves is tried. Routes closed to editors must refuse; routes open to
// them within their office must answer for Kraśnik's entries, files and folders exactly as for
// ones that do not exist, and each such refusal is paired with a positive control (the same
// request on Kutno's own data works), so that it means something. Kraśnik's data and the
// platform's settings, read by the super admin, are the same before and after. The suite ends
// with "N operations tried, 0 succeeded".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminRouteRules, type RouteRule } from "../src/access/admin-route-rules.ts";
import {
  adminApi,
  contentApi,
  contentManager,
  type Entry,
  fileForm,
  type Reply,
} from "../test-support/cms-client.ts";
import { tinyPng } from "../test-support/sample-files.ts";
import { cmsInstances } from "./cms-instances.ts";

const editorPassword = "MopsRedaktor2026";
const cm = "/content-manager/collection-types";
const missingDocument = "nieistniejacywpis00000000";
const missingRow = 2_000_000_000;

const types = {
  office: { uid: "api::office.office", plural: "offices", relation: undefined },
  department: { uid: "api::department.department", plural: "departments", relation: "office" },
  schedule: { uid: "api::schedule.schedule", plural: "schedules", relation: "department" },
  programme: { uid: "api::programme.programme", plural: "programmes", relation: "department" },
  newsPost: { uid: "api::news-post.news-post", plural: "news-posts", relation: "programmes" },
} as const;
type Kind = keyof typeof types;
const kinds = Object.keys(types) as Kind[];

interface Target {
  documentId: string;
  row: number;
}

/** What the tests know once set up: the two offices' entries, files and folders. */
interface World {
  kutno: Record<Kind, Target>;
  krasnik: Record<Kind, Target>;
  kutnoFile: number;
  krasnikFile: number;
  kutnoFolder: number;
  kutnoSubfolder: number;
  krasnikFolder: number;
  krasnikSubfolder: number;
  krasnikEditorId: number;
  editorRoleId: number;
}

type Api = ReturnType<typeof adminApi>;

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: editorPassword }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

const ok = (reply: Reply) => reply.status >= 200 && reply.status < 300;
const refused = (reply: Reply) => reply.status === 401 || reply.status === 403;
/** Not there, or not allowed at all (the role lacks the action, e.g. deleting an office). */
const missingOrRefused = (reply: Reply) => reply.status === 404 || refused(reply);

/** A probe: the attack on Kraśnik, what must answer the same (a missing entry), a control. */
interface Probe {
  route: string;
  name: string;
  attack: (w: World) => [method: string, path: string, body?: unknown];
  /** The same request for something that does not exist: the attack must answer exactly so. */
  missing?: (w: World) => [method: string, path: string, body?: unknown];
  /** Passes when the attack was refused; default: 404, or 401/403 when editors lack the action. */
  refusedWhen?: (reply: Reply, w: World) => boolean;
  /** The same request on Kutno's own data, which must work. */
  control?: (w: World) => [method: string, path: string, body?: unknown];
}

const documentPath = (kind: Kind, id: string, action = "") =>
  `${cm}/${types[kind].uid}/${id}${action}?locale=pl`;

function documentProbes(kind: Kind): Probe[] {
  const { uid, relation } = types[kind];
  const one = (
    route: string,
    name: string,
    method: string,
    action = "",
    body?: unknown,
  ): Probe => ({
    route,
    name: `${name} of a ${kind}`,
    attack: (w) => [method, documentPath(kind, w.krasnik[kind].documentId, action), body],
    missing: () => [method, documentPath(kind, missingDocument, action), body],
    control: (w) => [method, documentPath(kind, w.kutno[kind].documentId, action), body],
  });
  const bulk = (action: string): Probe => ({
    route: `POST ${cm}/:model/actions/${action}`,
    name: `${action} of a ${kind}`,
    attack: (w) => [
      "POST",
      `${cm}/${uid}/actions/${action}?locale=pl`,
      { documentIds: [w.krasnik[kind].documentId] },
    ],
    missing: () => [
      "POST",
      `${cm}/${uid}/actions/${action}?locale=pl`,
      { documentIds: [missingDocument] },
    ],
  });
  // Reads first: discarding a draft (a control below) gives Kutno's entry a new row id.
  const probes: Probe[] = [
    {
      route: "POST /i18n/content-manager/actions/get-non-localized-fields",
      name: `i18n's non-localized fields of a ${kind}`,
      attack: (w) => [
        "POST",
        "/i18n/content-manager/actions/get-non-localized-fields",
        { model: uid, id: w.krasnik[kind].row, locale: "uk" },
      ],
      missing: () => [
        "POST",
        "/i18n/content-manager/actions/get-non-localized-fields",
        { model: uid, id: missingRow, locale: "uk" },
      ],
      control: (w) => [
        "POST",
        "/i18n/content-manager/actions/get-non-localized-fields",
        { model: uid, id: w.kutno[kind].row, locale: "uk" },
      ],
    },
    {
      route: "GET /i18n/content-manager/get-fill-from-locale/:model",
      name: `i18n's fill from another locale of a ${kind}`,
      attack: (w) => [
        "GET",
        `/i18n/content-manager/get-fill-from-locale/${uid}?documentId=${w.krasnik[kind].documentId}&sourceLocale=pl&targetLocale=uk&collectionType=collection-types`,
      ],
      missing: () => [
        "GET",
        `/i18n/content-manager/get-fill-from-locale/${uid}?documentId=${missingDocument}&sourceLocale=pl&targetLocale=uk&collectionType=collection-types`,
      ],
      control: (w) => [
        "GET",
        `/i18n/content-manager/get-fill-from-locale/${uid}?documentId=${w.kutno[kind].documentId}&sourceLocale=pl&targetLocale=uk&collectionType=collection-types`,
      ],
    },
    one(`GET ${cm}/:model/:id`, "the page", "GET"),
    one(`PUT ${cm}/:model/:id`, "an update", "PUT", "", {}),
    one(
      `GET ${cm}/:model/:id/actions/countDraftRelations`,
      "draft relation counts",
      "GET",
      "/actions/countDraftRelations",
    ),
    one(
      `POST ${cm}/:model/:id/actions/discard`,
      "discarding the draft",
      "POST",
      "/actions/discard",
      {},
    ),
    one(`POST ${cm}/:model/:id/actions/publish`, "publishing", "POST", "/actions/publish", {}),
    {
      ...one(
        `POST ${cm}/:model/:id/actions/unpublish`,
        "unpublishing",
        "POST",
        "/actions/unpublish",
        {},
      ),
      control: undefined,
    },
    { ...one(`DELETE ${cm}/:model/:id`, "deleting", "DELETE"), control: undefined },
    {
      route: `POST ${cm}/:model/clone/:sourceId`,
      name: `cloning a ${kind}`,
      attack: (w) => ["POST", `${cm}/${uid}/clone/${w.krasnik[kind].documentId}?locale=pl`, {}],
      missing: () => ["POST", `${cm}/${uid}/clone/${missingDocument}?locale=pl`, {}],
    },
    {
      route: `POST ${cm}/:model/auto-clone/:sourceId`,
      name: `auto-cloning a ${kind}`,
      attack: (w) => [
        "POST",
        `${cm}/${uid}/auto-clone/${w.krasnik[kind].documentId}?locale=pl`,
        {},
      ],
      missing: () => ["POST", `${cm}/${uid}/auto-clone/${missingDocument}?locale=pl`, {}],
    },
    bulk("bulkDelete"),
    bulk("bulkPublish"),
    bulk("bulkUnpublish"),
    bulk("bulkFindForValidation"),
    {
      route: `GET ${cm}/:model/actions/countManyEntriesDraftRelations`,
      name: `draft relation counts of several ${kind} entries`,
      attack: (w) => [
        "GET",
        `${cm}/${uid}/actions/countManyEntriesDraftRelations?documentIds[]=${w.krasnik[kind].documentId}&locale=pl`,
      ],
      missing: () => [
        "GET",
        `${cm}/${uid}/actions/countManyEntriesDraftRelations?documentIds[]=${missingDocument}&locale=pl`,
      ],
      control: (w) => [
        "GET",
        `${cm}/${uid}/actions/countManyEntriesDraftRelations?documentIds[]=${w.kutno[kind].documentId}&locale=pl`,
      ],
    },
  ];
  if (relation) {
    probes.unshift(
      {
        route: "GET /content-manager/relations/:model/:id/:targetField",
        name: `the relations of a ${kind}`,
        attack: (w) => [
          "GET",
          `/content-manager/relations/${uid}/${w.krasnik[kind].documentId}/${relation}?locale=pl`,
        ],
        missing: () => [
          "GET",
          `/content-manager/relations/${uid}/${missingDocument}/${relation}?locale=pl`,
        ],
        control: (w) => [
          "GET",
          `/content-manager/relations/${uid}/${w.kutno[kind].documentId}/${relation}?locale=pl`,
        ],
      },
      {
        route: "GET /content-manager/relations/:model/:targetField",
        name: `the relation picker of a ${kind} opened on Kraśnik's entry`,
        attack: (w) => [
          "GET",
          `/content-manager/relations/${uid}/${relation}?id=${w.krasnik[kind].documentId}&locale=pl`,
        ],
        missing: () => [
          "GET",
          `/content-manager/relations/${uid}/${relation}?id=${missingDocument}&locale=pl`,
        ],
        control: (w) => [
          "GET",
          `/content-manager/relations/${uid}/${relation}?id=${w.kutno[kind].documentId}&locale=pl`,
        ],
      },
    );
  }
  return probes;
}

const mediaProbes: Probe[] = [
  {
    route: "GET /upload/files/:id",
    name: "reading a file",
    attack: (w) => ["GET", `/upload/files/${w.krasnikFile}`],
    missing: () => ["GET", `/upload/files/${missingRow}`],
    control: (w) => ["GET", `/upload/files/${w.kutnoFile}`],
  },
  {
    route: "PUT /upload/files/:id",
    name: "renaming a file",
    attack: (w) => [
      "PUT",
      `/upload/files/${w.krasnikFile}`,
      { fileInfo: { name: "przejete.png" } },
    ],
    missing: () => ["PUT", `/upload/files/${missingRow}`, { fileInfo: { name: "przejete.png" } }],
    control: (w) => ["PUT", `/upload/files/${w.kutnoFile}`, { fileInfo: { name: "kutno.png" } }],
  },
  {
    route: "DELETE /upload/files/:id",
    name: "deleting a file",
    attack: (w) => ["DELETE", `/upload/files/${w.krasnikFile}`],
    missing: () => ["DELETE", `/upload/files/${missingRow}`],
  },
  {
    route: "POST /upload/files/:id/replace",
    name: "replacing a file's contents",
    attack: (w) => ["POST", `/upload/files/${w.krasnikFile}/replace`, fileForm("x.png", tinyPng)],
    missing: () => ["POST", `/upload/files/${missingRow}/replace`, fileForm("x.png", tinyPng)],
    control: (w) => [
      "POST",
      `/upload/files/${w.kutnoFile}/replace`,
      fileForm("kutno.png", tinyPng),
    ],
  },
  {
    route: "POST /upload",
    name: "replacing a file through POST /upload?id=",
    attack: (w) => ["POST", `/upload?id=${w.krasnikFile}`, fileForm("x.png", tinyPng)],
    missing: () => ["POST", `/upload?id=${missingRow}`, fileForm("x.png", tinyPng)],
    control: (w) => ["POST", `/upload?id=${w.kutnoFile}`, fileForm("kutno.png", tinyPng)],
  },
  {
    route: "POST /upload",
    name: "editing a file through POST /upload?id=",
    attack: (w) => ["POST", `/upload?id=${w.krasnikFile}`, { fileInfo: { name: "przejete.png" } }],
    missing: () => ["POST", `/upload?id=${missingRow}`, { fileInfo: { name: "przejete.png" } }],
    control: (w) => ["POST", `/upload?id=${w.kutnoFile}`, { fileInfo: { name: "kutno.png" } }],
  },
  {
    route: "POST /upload",
    name: "uploading into Kraśnik's folder",
    attack: (w) => ["POST", "/upload", fileForm("wrzut.png", tinyPng, { folder: w.krasnikFolder })],
    refusedWhen: refused,
    control: (w) => [
      "POST",
      "/upload",
      fileForm("kutno2.png", tinyPng, { folder: w.kutnoSubfolder }),
    ],
  },
  {
    route: "POST /upload/files",
    name: "uploading one file into Kraśnik's subfolder",
    attack: (w) => [
      "POST",
      "/upload/files",
      fileForm("wrzut.png", tinyPng, { folder: w.krasnikSubfolder }),
    ],
    refusedWhen: refused,
    control: (w) => [
      "POST",
      "/upload/files",
      fileForm("kutno3.png", tinyPng, { folder: w.kutnoFolder }),
    ],
  },
  {
    route: "GET /upload/folders/:id",
    name: "reading Kraśnik's folder",
    attack: (w) => ["GET", `/upload/folders/${w.krasnikFolder}`],
    missing: () => ["GET", `/upload/folders/${missingRow}`],
    control: (w) => ["GET", `/upload/folders/${w.kutnoFolder}`],
  },
  {
    route: "PUT /upload/folders/:id",
    name: "renaming Kraśnik's subfolder",
    attack: (w) => ["PUT", `/upload/folders/${w.krasnikSubfolder}`, { name: "Przejęte" }],
    missing: () => ["PUT", `/upload/folders/${missingRow}`, { name: "Przejęte" }],
    control: (w) => ["PUT", `/upload/folders/${w.kutnoSubfolder}`, { name: "Dokumenty Kutno" }],
  },
  {
    route: "PUT /upload/folders/:id",
    name: "renaming one's own office folder",
    attack: (w) => ["PUT", `/upload/folders/${w.kutnoFolder}`, { name: "Przejęte" }],
    refusedWhen: refused,
  },
  {
    route: "PUT /upload/folders/:id",
    name: "moving one's subfolder into Kraśnik's folder",
    attack: (w) => [
      "PUT",
      `/upload/folders/${w.kutnoSubfolder}`,
      { name: "Dokumenty Kutno", parent: w.krasnikFolder },
    ],
    refusedWhen: (reply) => !ok(reply),
  },
  {
    route: "POST /upload/folders",
    name: "creating a folder in Kraśnik's folder",
    attack: (w) => ["POST", "/upload/folders", { name: "Obcy", parent: w.krasnikFolder }],
    refusedWhen: (reply) => !ok(reply),
    control: (w) => [
      "POST",
      "/upload/folders",
      { name: "Nowy folder Kutno", parent: w.kutnoFolder },
    ],
  },
  {
    route: "POST /upload/actions/bulk-delete",
    name: "bulk-deleting Kraśnik's file with one's own",
    attack: (w) => [
      "POST",
      "/upload/actions/bulk-delete",
      { fileIds: [w.kutnoFile, w.krasnikFile] },
    ],
  },
  {
    route: "POST /upload/actions/bulk-delete",
    name: "bulk-deleting Kraśnik's subfolder",
    attack: (w) => ["POST", "/upload/actions/bulk-delete", { folderIds: [w.krasnikSubfolder] }],
    missing: () => ["POST", "/upload/actions/bulk-delete", { folderIds: [missingRow] }],
  },
  {
    route: "POST /upload/actions/bulk-delete",
    name: "bulk-deleting one's own office folder",
    attack: (w) => ["POST", "/upload/actions/bulk-delete", { folderIds: [w.kutnoFolder] }],
    refusedWhen: refused,
  },
  {
    route: "POST /upload/actions/bulk-move",
    name: "moving Kraśnik's file into one's folder",
    attack: (w) => [
      "POST",
      "/upload/actions/bulk-move",
      { fileIds: [w.krasnikFile], destinationFolderId: w.kutnoFolder },
    ],
    missing: (w) => [
      "POST",
      "/upload/actions/bulk-move",
      { fileIds: [missingRow], destinationFolderId: w.kutnoFolder },
    ],
    control: (w) => [
      "POST",
      "/upload/actions/bulk-move",
      { fileIds: [w.kutnoFile], destinationFolderId: w.kutnoFolder },
    ],
  },
  {
    route: "POST /upload/actions/bulk-move",
    name: "moving one's file into Kraśnik's folder",
    attack: (w) => [
      "POST",
      "/upload/actions/bulk-move",
      { fileIds: [w.kutnoFile], destinationFolderId: w.krasnikFolder },
    ],
    refusedWhen: (reply) => !ok(reply),
  },
  {
    route: "POST /upload/actions/bulk-update",
    name: "bulk-renaming Kraśnik's file",
    attack: (w) => [
      "POST",
      "/upload/actions/bulk-update",
      {
        updates: [
          { id: w.kutnoFile, fileInfo: { name: "kutno.png" } },
          { id: w.krasnikFile, fileInfo: { name: "przejete.png" } },
        ],
      },
    ],
    control: (w) => [
      "POST",
      "/upload/actions/bulk-update",
      { updates: [{ id: w.kutnoFile, fileInfo: { name: "kutno.png" } }] },
    ],
  },
];

const contentProbes: Probe[] = [
  ...kinds.flatMap(documentProbes),
  {
    route: `POST ${cm}/:model`,
    name: "creating a department in Kraśnik",
    attack: (w) => [
      "POST",
      `${cm}/${types.department.uid}?locale=pl`,
      { office: w.krasnik.office.documentId, name: "Dział obcy", slug: "dzial-obcy" },
    ],
    refusedWhen: refused,
  },
  {
    route: `POST ${cm}/:model/actions/publish`,
    name: "creating and publishing a department in Kraśnik",
    attack: (w) => [
      "POST",
      `${cm}/${types.department.uid}/actions/publish?locale=pl`,
      { office: w.krasnik.office.documentId, name: "Dział obcy", slug: "dzial-obcy-2" },
    ],
    refusedWhen: refused,
  },
  {
    route: `PUT ${cm}/:model/:id`,
    name: "attaching Kraśnik's file to one's own news post",
    attack: (w) => [
      "PUT",
      documentPath("newsPost", w.kutno.newsPost.documentId),
      { cover: w.krasnikFile, coverAlt: "Obce zdjęcie" },
    ],
    refusedWhen: refused,
  },
  {
    route: `PUT ${cm}/:model/:id`,
    name: "moving one's own programme to Kraśnik",
    attack: (w) => [
      "PUT",
      documentPath("programme", w.kutno.programme.documentId),
      { office: w.krasnik.office.documentId },
    ],
    refusedWhen: refused,
  },
  {
    route: `POST ${cm}/:model/actions/bulkDelete`,
    name: "bulk-deleting Kraśnik's news post with one's own",
    attack: (w) => [
      "POST",
      `${cm}/${types.newsPost.uid}/actions/bulkDelete?locale=pl`,
      { documentIds: [w.kutno.newsPost.documentId, w.krasnik.newsPost.documentId] },
    ],
  },
  {
    route: `POST ${cm}/:model/actions/bulkUnpublish`,
    name: "bulk-unpublishing Kraśnik's news post with one's own",
    attack: (w) => [
      "POST",
      `${cm}/${types.newsPost.uid}/actions/bulkUnpublish?locale=pl`,
      { documentIds: [w.kutno.newsPost.documentId, w.krasnik.newsPost.documentId] },
    ],
  },
  {
    route: `POST ${cm}/:model/actions/bulkPublish`,
    name: "bulk-publishing Kraśnik's news post with one's own",
    attack: (w) => [
      "POST",
      `${cm}/${types.newsPost.uid}/actions/bulkPublish?locale=pl`,
      { documentIds: [w.kutno.newsPost.documentId, w.krasnik.newsPost.documentId] },
    ],
  },
  {
    route: `GET ${cm}/:model`,
    name: "listing the admin's users through the content manager",
    attack: () => ["GET", `${cm}/admin::user?page=1&pageSize=100`],
    refusedWhen: refused,
  },
  {
    route: `GET ${cm}/:model`,
    name: "listing every file through the content manager",
    attack: () => ["GET", `${cm}/plugin::upload.file?page=1&pageSize=100`],
    refusedWhen: refused,
  },
  {
    route: "PUT /admin/users/me",
    name: "taking another address as one's e-mail",
    attack: () => ["PUT", "/admin/users/me", { email: "redaktor.krasnik@example.org" }],
    refusedWhen: refused,
    control: () => ["PUT", "/admin/users/me", { firstname: "Redaktor" }],
  },
];

/** Values for a platform route's parameters, pointing at Kraśnik or the platform. */
const platformParams = (w: World): Record<string, string> => ({
  id: String(w.editorRoleId),
  uid: types.newsPost.uid,
  model: types.newsPost.uid,
  contentType: types.newsPost.uid,
  documentId: w.krasnik.newsPost.documentId,
  name: "schedule",
  sessionId: "sesja",
  role: String(w.editorRoleId),
});

const platformRoutes = Object.entries(adminRouteRules)
  .filter(([, rule]) => rule === "platform")
  .map(([key]) => key);

/** Lists an editor may read, which must hold nothing of Kraśnik. */
const lists: { name: string; path: (w: World) => string }[] = [
  ...kinds.map((kind) => ({
    name: `the ${kind} list`,
    path: () => `${cm}/${types[kind].uid}?page=1&pageSize=100&locale=pl`,
  })),
  {
    name: "recently updated entries",
    path: () => "/content-manager/homepage/recent-documents?action=update",
  },
  {
    name: "recently published entries",
    path: () => "/content-manager/homepage/recent-documents?action=publish",
  },
  { name: "the media library", path: () => "/upload/files?pageSize=100" },
  {
    name: "the media library filtered to Kraśnik's folder",
    path: (w) => `/upload/files?filters[$and][0][folder][id]=${w.krasnikFolder}`,
  },
  { name: "the folders", path: () => "/upload/folders" },
  { name: "the folder tree", path: () => "/upload/folder-structure" },
  {
    name: "the news picker of programmes",
    path: () =>
      `/content-manager/relations/${types.newsPost.uid}/programmes?pageSize=100&locale=pl`,
  },
];

describe.each(cmsInstances())("a hostile office editor on $database", (cms) => {
  const w = {} as World;
  let editor: Api;
  let admin: Api;
  const superAdmin = contentManager(cms.url, cms.adminToken);
  const reader = contentApi(cms.url, cms.readToken);
  const tally = { tried: 0, succeeded: [] as string[] };
  let before: unknown;

  const send = (api: Api, [method, path, body]: [string, string, unknown?]) =>
    api.request(method, path, body);

  /** Every id of Kraśnik that a reply must not mention. */
  const krasnikIds = (): string[] => [...kinds.map((kind) => w.krasnik[kind].documentId)];

  /** What the super admin sees of Kraśnik and of the platform's settings. */
  async function snapshot(): Promise<unknown> {
    const entries: Record<string, unknown> = {};
    for (const kind of kinds) {
      const filter =
        kind === "office"
          ? `filters[documentId][$eq]=${w.krasnik.office.documentId}`
          : `filters[office][documentId][$eq]=${w.krasnik.office.documentId}`;
      for (const locale of ["pl", "uk", "en"]) {
        const listed = await admin.get<{ results: Entry[] }>(
          `${cm}/${types[kind].uid}?page=1&pageSize=100&locale=${locale}&${filter}`,
        );
        for (const entry of listed.body.results) {
          for (const status of ["draft", "published"]) {
            const one = await admin.get(
              `${cm}/${types[kind].uid}/${entry.documentId}?locale=${locale}&status=${status}`,
            );
            entries[`${kind} ${entry.documentId} ${locale} ${status}`] = one.body;
          }
        }
      }
    }
    const folders = (
      await admin.get<{ data: { id: number; path: string }[] }>("/upload/folders?pageSize=1000")
    ).body.data;
    const krasnikPath = folders.find((f) => f.id === w.krasnikFolder)?.path ?? "?";
    const krasnikFolders = folders.filter(
      (f) => f.path === krasnikPath || f.path.startsWith(`${krasnikPath}/`),
    );
    const files = (
      await admin.get<{ results: { folder?: { id: number } | null }[] }>(
        "/upload/files?pageSize=100",
      )
    ).body.results.filter(
      (file) => file.folder && krasnikFolders.some((f) => f.id === file.folder?.id),
    );
    const configurations: Record<string, unknown> = {};
    for (const kind of kinds) {
      configurations[kind] = (
        await admin.get(`/content-manager/content-types/${types[kind].uid}/configuration`)
      ).body;
    }
    const components = (await admin.get<{ data: { uid: string }[] }>("/content-manager/components"))
      .body.data;
    for (const component of components) {
      configurations[component.uid] = (
        await admin.get(`/content-manager/components/${component.uid}/configuration`)
      ).body;
    }
    const users = (
      await admin.get<{ data: { results: Record<string, unknown>[] } }>("/admin/users?pageSize=100")
    ).body.data.results.filter((user) => user.email !== "redaktor.kutno@example.org");
    const tokens = (
      await admin.get<{ data: Record<string, unknown>[] }>("/admin/api-tokens")
    ).body.data.map(({ lastUsedAt: _used, ...token }) => token);
    return {
      entries,
      krasnikFolders,
      files,
      configurations,
      users,
      tokens,
      rolePermissions: (await admin.get(`/admin/roles/${w.editorRoleId}/permissions`)).body,
      locales: (await admin.get("/i18n/locales")).body,
      i18nSettings: (await admin.get("/i18n/settings")).body,
      uploadSettings: (await admin.get("/upload/settings")).body,
      uploadConfiguration: (await admin.get("/upload/configuration")).body,
      webhooks: (await admin.get("/admin/webhooks")).body,
      projectSettings: (await admin.get("/admin/project-settings")).body,
    };
  }

  async function target(kind: Kind, office: "kutno" | "krasnik"): Promise<Target> {
    const filter =
      kind === "office" ? `filters[slug][$eq]=${office}` : `filters[office][slug][$eq]=${office}`;
    const [entry] = await reader.all(types[kind].plural, filter);
    if (!entry) throw new Error(`${office} has no ${kind}`);
    const draft = await superAdmin.findOne<{ data: { id: number } }>(
      types[kind].uid,
      entry.documentId,
    );
    return { documentId: entry.documentId, row: draft.body.data.id };
  }

  beforeAll(async () => {
    admin = adminApi(cms.url, cms.adminToken);
    editor = adminApi(cms.url, await login(cms.url, "redaktor.kutno@example.org"));
    const victim = adminApi(cms.url, await login(cms.url, "redaktor.krasnik@example.org"));
    w.kutno = {} as Record<Kind, Target>;
    w.krasnik = {} as Record<Kind, Target>;
    for (const kind of kinds) {
      w.kutno[kind] = await target(kind, "kutno");
      w.krasnik[kind] = await target(kind, "krasnik");
    }
    const folderOf = async (api: Api) =>
      (await api.get<{ data: { id: number }[] }>("/upload/folders")).body.data[0]!.id;
    w.kutnoFolder = await folderOf(editor);
    w.krasnikFolder = await folderOf(victim);
    const upload = async (api: Api, name: string) =>
      (await api.post<{ id: number }[]>("/upload", fileForm(name, tinyPng))).body[0]!.id;
    w.kutnoFile = await upload(editor, "kutno.png");
    w.krasnikFile = await upload(victim, "krasnik.png");
    const subfolder = async (api: Api, name: string) =>
      (await api.post<{ data: { id: number } }>("/upload/folders", { name, parent: null })).body
        .data.id;
    w.kutnoSubfolder = await subfolder(editor, "Dokumenty Kutno");
    w.krasnikSubfolder = await subfolder(victim, "Zdjęcia Kraśnik");
    const users = await admin.get<{ data: { results: { id: number; email: string }[] } }>(
      "/admin/users?pageSize=100",
    );
    w.krasnikEditorId = users.body.data.results.find(
      (u) => u.email === "redaktor.krasnik@example.org",
    )!.id;
    const roles = await admin.get<{ data: { id: number; code: string }[] }>("/admin/roles");
    w.editorRoleId = roles.body.data.find((r) => r.code === "mops-office-editor")!.id;
    before = await snapshot();
  }, 300_000);

  afterAll(() => {
    console.log(
      `hostile editor on ${cms.database}: ${tally.tried} operations tried, ${tally.succeeded.length} succeeded${tally.succeeded.length ? `: ${tally.succeeded.join("; ")}` : ""}`,
    );
  });

  it.each([...contentProbes, ...mediaProbes].map((probe) => [probe.name, probe] as const))(
    "%s: refused, answered as for nothing, and allowed on one's own",
    async (_name, probe) => {
      tally.tried += 1;
      const reply = await send(editor, probe.attack(w));
      const isRefused = (probe.refusedWhen ?? missingOrRefused)(reply, w);
      if (!isRefused) tally.succeeded.push(`${probe.route}: ${probe.name} (${reply.status})`);
      expect(
        isRefused,
        `${probe.route} answered ${reply.status}: ${JSON.stringify(reply.body)}`,
      ).toBe(true);
      expect(JSON.stringify(reply.body)).not.toContain(w.krasnik.office.documentId);
      if (probe.missing) expect(reply).toEqual(await send(editor, probe.missing(w)));
      if (probe.control) {
        const control = await send(editor, probe.control(w));
        expect(
          ok(control),
          `control ${probe.route}: ${control.status} ${JSON.stringify(control.body)}`,
        ).toBe(true);
      }
    },
  );

  it.each(lists.map((list) => [list.name, list] as const))(
    "%s holds nothing of Kraśnik",
    async (_name, list) => {
      tally.tried += 1;
      const reply = await editor.get(list.path(w));
      const text = JSON.stringify(reply.body);
      const leaked = krasnikIds().filter((id) => text.includes(id));
      const leakedFile = text.includes("krasnik.png") || text.includes("Zdjęcia Kraśnik");
      if (!ok(reply) || leaked.length > 0 || leakedFile) tally.succeeded.push(`list ${list.name}`);
      expect(reply.status).toBe(200);
      expect(leaked).toEqual([]);
      expect(leakedFile).toBe(false);
    },
  );

  it("counts only the own office's entries on the dashboard", async () => {
    tally.tried += 1;
    const mine = await editor.get<{ data: Record<string, number> }>(
      "/content-manager/homepage/count-documents",
    );
    const all = await admin.get<{ data: Record<string, number> }>(
      "/content-manager/homepage/count-documents",
    );
    let expected = 0;
    for (const kind of kinds) {
      const filter =
        kind === "office" ? "filters[slug][$eq]=kutno" : "filters[office][slug][$eq]=kutno";
      const listed = await admin.get<{ pagination: { total: number } }>(
        `${cm}/${types[kind].uid}?page=1&pageSize=1&locale=pl&${filter.replace("slug", "slug")}`,
      );
      expected += listed.body.pagination.total;
    }
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    if (sum(mine.body.data) !== expected) tally.succeeded.push("dashboard counts");
    expect(sum(mine.body.data)).toBe(expected);
    expect(sum(all.body.data)).toBeGreaterThan(expected);
  });

  it.each(platformRoutes.map((key) => [key] as const))("%s is refused", async (key) => {
    const [method, pattern] = key.split(" ") as [string, string];
    const params = platformParams(w);
    const path = pattern.replace(/:(\w+)\*?/g, (_m, name: string) => params[name] ?? "1");
    tally.tried += 1;
    const reply = await editor.request(method, path, method === "GET" ? undefined : {});
    if (!refused(reply)) tally.succeeded.push(`${key} (${reply.status})`);
    expect(refused(reply), `${key} answered ${reply.status}: ${JSON.stringify(reply.body)}`).toBe(
      true,
    );
    if (method === "GET" && !path.includes("/transfer/")) {
      // The super admin's identical request reaches the route: the refusal is the gate's.
      const control = await admin.request(method, path);
      expect(refused(control), `super admin ${key}: ${control.status}`).toBe(false);
    }
  });

  it("leaves Kraśnik's entries, files, folders and the platform's settings as they were", async () => {
    expect(await snapshot()).toEqual(before);
    expect(tally.succeeded).toEqual([]);
  });
});

/** The rules table covers every route kind it declares (checked against the live routes elsewhere). */
export type { RouteRule };
