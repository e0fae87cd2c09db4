// The five Strapi content types the site reads, each with the shared schema that turns its REST
// shape into the domain object pages use.
import {
  departmentSchema,
  newsPostSchema,
  officeSchema,
  programmeSchema,
  scheduleSchema,
} from "@mops/shared";
import type { CollectionSpec } from "./strapi-loader.ts";

export const officeSpec = {
  contentType: "office",
  endpoint: "offices",
  officeFilter: "slug",
  schema: officeSchema,
} satisfies CollectionSpec<typeof officeSchema>;

export const departmentSpec = {
  contentType: "department",
  endpoint: "departments",
  officeFilter: "relation",
  schema: departmentSchema,
} satisfies CollectionSpec<typeof departmentSchema>;

export const scheduleSpec = {
  contentType: "schedule",
  endpoint: "schedules",
  officeFilter: "relation",
  schema: scheduleSchema,
} satisfies CollectionSpec<typeof scheduleSchema>;

export const programmeSpec = {
  contentType: "programme",
  endpoint: "programmes",
  officeFilter: "relation",
  schema: programmeSchema,
} satisfies CollectionSpec<typeof programmeSchema>;

export const newsPostSpec = {
  contentType: "news-post",
  endpoint: "news-posts",
  officeFilter: "relation",
  schema: newsPostSchema,
} satisfies CollectionSpec<typeof newsPostSchema>;
