// Nothing uploaded can attack anyone: uploads are judged by their contents (a page, an SVG, a
// script is refused with a Polish message, whatever its name or claimed type), every file served
// from the uploads folder carries headers under which no browser runs it, and "upload from URL"
// reaches no local address, for super admins too.
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApi, fileForm } from "../test-support/cms-client.ts";
import { csv, hostileFiles, tinyPdf, tinyPng } from "../test-support/sample-files.ts";
import { cmsInstances } from "./cms-instances.ts";

interface StoredFile {
  id: number;
  name: string;
  ext: string;
  mime: string;
  url: string;
}

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "MopsRedaktor2026" }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

describe.each(cmsInstances())("uploads on $database", (cms) => {
  const admin = adminApi(cms.url, cms.adminToken);
  let editor: ReturnType<typeof adminApi>;
  const fileCount = async () =>
    (await admin.get<{ pagination: { total: number } }>("/upload/files?pageSize=1")).body.pagination
      .total;

  beforeAll(async () => {
    editor = adminApi(cms.url, await login(cms.url, "redaktor.orzesze@example.org"));
  });

  const uploaders = [
    ["a super admin", () => admin] as const,
    ["an office editor", () => editor] as const,
  ];

  describe.each(uploaders)("from %s", (_who, uploader) => {
    it.each(Object.entries(hostileFiles))(
      "refuses %s with a Polish message",
      async (name, contents) => {
        const before = await fileCount();
        const reply = await uploader().post<{ error: { message: string } }>(
          "/upload",
          fileForm(name, contents),
        );
        expect(reply.status).toBe(400);
        expect(reply.body.error.message).toMatch(
          new RegExp(`^Nie przyjęto pliku „${name.replace(".", "\\.")}”: .+\\. Można przesyłać`),
        );
        expect(await fileCount()).toBe(before);
      },
    );

    it.each([
      ["zdjecie.png", tinyPng, "image/png", ".png"],
      ["wniosek.png", tinyPdf, "application/pdf", ".pdf"],
      ["lista.csv", csv, "text/csv", ".csv"],
    ])("accepts %s as what it holds", async (name, contents, mime, ext) => {
      const reply = await uploader().post<StoredFile[]>("/upload", fileForm(name, contents));
      expect(reply.status).toBe(201);
      expect(reply.body[0]).toMatchObject({ mime, ext });
    });
  });

  it("refuses to replace a file with a file of another kind", async () => {
    const [stored] = (await editor.post<StoredFile[]>("/upload", fileForm("plakat.png", tinyPng)))
      .body;
    const reply = await editor.post<{ error: { message: string } }>(
      `/upload/files/${stored!.id}/replace`,
      fileForm("plakat.pdf", tinyPdf),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain("tego samego rodzaju");
    const same = await editor.post(
      `/upload/files/${stored!.id}/replace`,
      fileForm("plakat.png", tinyPng),
    );
    expect(same.status).toBe(200);
  });

  it.each([
    ["an image opens, sandboxed", "zdjecie.png", tinyPng, "image/png", null],
    ["a PDF opens, sandboxed", "wniosek.pdf", tinyPdf, "application/pdf", null],
    ["a CSV downloads", "lista.csv", csv, "text/csv", "attachment"],
  ])("serves what was uploaded safely: %s", async (_case, name, contents, mime, disposition) => {
    const [stored] = (await editor.post<StoredFile[]>("/upload", fileForm(name, contents))).body;
    const response = await fetch(`${cms.url}${stored!.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(mime);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/);
    expect(response.headers.get("content-disposition")).toBe(disposition);
  });

  it.each(Object.entries(hostileFiles))(
    "serves %s, if it ever reached the uploads folder, as a sandboxed download",
    async (name, contents) => {
      writeFileSync(path.join(cms.publicDir, "uploads", `wgrane-${name}`), contents);
      const response = await fetch(`${cms.url}/uploads/wgrane-${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("sandbox");
      if (!/\.(png|pdf)$/.test(name))
        expect(response.headers.get("content-disposition")).toBe("attachment");
    },
  );

  describe("upload from URL", () => {
    const hits: string[] = [];
    const internal = createServer((request, response) => {
      hits.push(request.url ?? "");
      response.end('{"status":"wewnętrzny"}');
    });
    let port = 0;

    beforeAll(async () => {
      await new Promise<void>((resolve) => internal.listen(0, "::", resolve));
      port = (internal.address() as AddressInfo).port;
    });
    afterAll(() => {
      internal.close();
    });

    it("is closed to office editors", async () => {
      const reply = await editor.post("/upload/actions/upload-from-urls", {
        urls: [`http://93.184.215.14:${port}/plik.pdf`],
      });
      expect(reply.status).toBe(403);
    });

    it("reaches no local address for a super admin, and stores nothing", async () => {
      const before = await fileCount();
      const urls = [
        `http://0.0.0.0:${port}/status`,
        `http://127.0.0.1:${port}/status`,
        `http://localhost:${port}/status`,
        `http://[::1]:${port}/status`,
        `http://[::ffff:127.0.0.1]:${port}/status`,
        `http://[::]:${port}/status`,
        `http://2130706433:${port}/status`,
      ];
      const reply = await admin.post<string>("/upload/actions/upload-from-urls", { urls });
      expect(reply.status).toBe(200);
      const errors = String(reply.body).match(/event: file:error/g) ?? [];
      expect(errors).toHaveLength(urls.length);
      expect(String(reply.body)).not.toContain("file:complete");
      expect(hits).toEqual([]);
      expect(await fileCount()).toBe(before);
    });
  });
});
