// Global middleware for files served from the uploads folder, which shares its origin with the
// admin panel: whatever a file holds, no browser runs it there. Every response gets `nosniff` and
// a sandboxing CSP (an opaque origin with no scripts, forms, plugins or network access), and
// anything but an image or a PDF downloads instead of opening. Uploads are also judged by their
// contents on the way in (src/media/judge-upload.ts); this covers files that reached the folder
// any other way. docs/architecture.md ("Media") says why media keep the CMS's origin.
import { inlineMimes } from "../media/accepted-files";

interface KoaContext {
  path: string;
  type: string;
  set(name: string, value: string): void;
}

export const uploadsPrefix = "/uploads/";

export const uploadHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy":
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  "Cross-Origin-Resource-Policy": "same-site",
  "Referrer-Policy": "no-referrer",
} as const;

export default () => async (ctx: KoaContext, next: () => Promise<unknown>) => {
  if (!ctx.path.startsWith(uploadsPrefix)) return next();
  await next();
  for (const [name, value] of Object.entries(uploadHeaders)) ctx.set(name, value);
  if (!inlineMimes.has(ctx.type)) ctx.set("Content-Disposition", "attachment");
};
