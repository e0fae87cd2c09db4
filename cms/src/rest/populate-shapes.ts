// The exact populate the site needs per content type, fixed on the server: every component, the
// relations the site renders (a few fields each) and media with the fields an <img> or a download
// link needs. The REST routes apply it (src/middlewares/fixed-populate.ts); clients never send
// populate. Documented in docs/content-model.md, "REST shapes".

const media = {
  fields: ["url", "alternativeText", "name", "ext", "mime", "size", "width", "height"],
};
const officeRef = { fields: ["slug", "name", "shortName"] };
const departmentRef = { fields: ["slug", "name"] };
const programmeRef = { fields: ["slug", "title"] };
const phones = true;
const location = { populate: { phones } };

export const populateShapes = {
  "api::office.office": {
    favicon: media,
    locations: location,
    phones,
    emails: true,
    director: true,
    statutoryTasks: true,
    areas: true,
    alerts: true,
    accessibility: true,
    gdpr: true,
  },
  "api::department.department": {
    office: officeRef,
    location,
    phones,
    emails: true,
    services: true,
  },
  "api::schedule.schedule": {
    office: officeRef,
    department: departmentRef,
    programme: programmeRef,
    rules: true,
    seasons: { populate: { rules: true } },
    exceptions: true,
  },
  "api::programme.programme": {
    office: officeRef,
    department: departmentRef,
    incomeThresholds: true,
    phones,
    emails: true,
    funding: true,
    links: true,
  },
  "api::news-post.news-post": {
    office: officeRef,
    cover: media,
    attachments: { populate: { file: media } },
    programmes: programmeRef,
  },
} as const;

export type PopulatedUid = keyof typeof populateShapes;
