// Content collections of a build of one or many offices, all loaded from Strapi. The offices, the
// CMS URL and the token come from the build driver's environment, read when a sync starts.
import { defineCollection } from "astro:content";
import type { z } from "astro/zod";
import { parseBuildEnv, requireOfficeBuild } from "./lib/build/build-env";
import {
  departmentSpec,
  newsPostSpec,
  officeSpec,
  programmeSpec,
  scheduleSpec,
} from "./lib/strapi/collections";
import { type CollectionSpec, type LoaderOptions, strapiLoader } from "./lib/strapi/strapi-loader";

function loaderOptions(): LoaderOptions | undefined {
  const env = parseBuildEnv(process.env);
  if (env.OFFICES === undefined) return undefined;
  const build = requireOfficeBuild(env);
  return {
    baseUrl: build.strapiUrl,
    token: build.strapiToken,
    offices: build.offices.map((office) => office.slug),
  };
}

const fromStrapi = <Schema extends z.ZodType>(spec: CollectionSpec<Schema>) =>
  defineCollection({ loader: strapiLoader(spec, loaderOptions), schema: spec.schema });

export const collections = {
  offices: fromStrapi(officeSpec),
  departments: fromStrapi(departmentSpec),
  schedules: fromStrapi(scheduleSpec),
  programmes: fromStrapi(programmeSpec),
  newsPosts: fromStrapi(newsPostSpec),
};
