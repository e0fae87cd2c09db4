// The upload plugin, extended through Strapi's plugin extension point: its `upload` and `file`
// services are wrapped by the CMS's upload guard (src/media/upload-guard.ts). The wrapped methods
// are checked at start-up, so an upgrade that renames them stops the CMS instead of silently
// dropping the guard (docs/decisions.md, "Upload guard").
import type { Core } from "@strapi/strapi";
import { type FileService, type UploadService, uploadGuard } from "../../media/upload-guard";

/** A plugin service: an object, or a factory Strapi calls with `{ strapi }`. */
type ServiceInput<T> = T | ((context: { strapi: Core.Strapi }) => T);

interface UploadPlugin {
  services: { upload: ServiceInput<UploadService>; file: ServiceInput<FileService> };
}

const instance = <T>(input: ServiceInput<T>, strapi: Core.Strapi): T =>
  typeof input === "function"
    ? (input as (context: { strapi: Core.Strapi }) => T)({ strapi })
    : input;

export const guardedMethods = {
  upload: ["upload", "replace", "updateFileInfo", "findPage", "findMany"],
  file: ["fetchUrlToInputFile"],
} as const;

export class UploadPluginChangedError extends Error {
  override name = "UploadPluginChangedError";
}

function checked<T extends object>(service: T, name: keyof typeof guardedMethods): T {
  for (const method of guardedMethods[name]) {
    if (typeof (service as Record<string, unknown>)[method] !== "function") {
      throw new UploadPluginChangedError(
        `the upload plugin's ${name} service has no ${method}(): the upload guard cannot wrap it`,
      );
    }
  }
  return service;
}

export default (plugin: UploadPlugin) => {
  const { upload, file } = plugin.services;
  plugin.services.upload = ({ strapi }) =>
    uploadGuard(strapi).upload(checked(instance(upload, strapi), "upload"));
  plugin.services.file = ({ strapi }) =>
    uploadGuard(strapi).file(checked(instance(file, strapi), "file"));
  return plugin;
};
