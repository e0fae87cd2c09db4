// How far each office's content has come: the id of the latest rebuild request (outbox row) that
// named the office ("*": every office), written in the same transaction as the change. The
// rebuild service records the versions a build started from and rebuilds any office whose
// version moved on without a build (a notification lost for any reason heals by itself).
export default {
  kind: "collectionType",
  collectionName: "content_versions",
  info: {
    singularName: "content-version",
    pluralName: "content-versions",
    displayName: "Wersja treści ośrodka",
    description: "Numer ostatniej zmiany, po której trzeba przebudować stronę ośrodka.",
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    i18n: { localized: false },
    "content-type-builder": { visible: false },
    "content-manager": { visible: false },
  },
  attributes: {
    office: { type: "string", required: true, unique: true },
    version: { type: "integer", required: true },
  },
};
