// The publishing outbox: one row per change that sites must be rebuilt for, written in the same
// database transaction as the change itself and deleted by nobody but the retention sweep, so a
// published change is never lost between the CMS and the rebuild service (src/notify/outbox.ts).
// Super admins see it in the content manager ("Zlecenia przebudowy"); office editors cannot.
// It has no REST routes and is not localized, drafted or notified itself.
export default {
  kind: "collectionType",
  collectionName: "rebuild_requests",
  info: {
    singularName: "rebuild-request",
    pluralName: "rebuild-requests",
    displayName: "Zlecenie przebudowy",
    description:
      "Zmiany, po których trzeba przebudować strony ośrodków, i to, czy usługa przebudowy już je przyjęła.",
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    i18n: { localized: false },
    "content-type-builder": { visible: false },
  },
  attributes: {
    offices: { type: "json", required: true },
    change: { type: "json", required: true },
    attempts: { type: "integer", default: 0, required: true },
    nextAttemptAt: { type: "datetime", required: true },
    deliveredAt: { type: "datetime" },
    lastError: { type: "text" },
  },
  indexes: [{ name: "rebuild_requests_due_idx", columns: ["delivered_at", "next_attempt_at"] }],
  config: {
    metadatas: {
      offices: {
        edit: { label: "Ośrodki", description: "Identyfikatory ośrodków albo * (wszystkie)." },
        list: { label: "Ośrodki" },
      },
      change: {
        edit: { label: "Zmiana", description: "Typ treści, działanie i wpis." },
        list: { label: "Zmiana" },
      },
      attempts: {
        edit: {
          label: "Próby wysłania",
          description: "Ile razy usługa przebudowy nie przyjęła zlecenia.",
        },
        list: { label: "Próby" },
      },
      nextAttemptAt: {
        edit: { label: "Następna próba", description: "Kiedy CMS spróbuje wysłać zlecenie." },
        list: { label: "Następna próba" },
      },
      deliveredAt: {
        edit: {
          label: "Przyjęte",
          description: "Kiedy usługa przebudowy zapisała zlecenie; puste: jeszcze nie.",
        },
        list: { label: "Przyjęte" },
      },
      lastError: {
        edit: { label: "Ostatni błąd", description: "Dlaczego ostatnia próba się nie udała." },
        list: { label: "Ostatni błąd" },
      },
    },
  },
};
