// Less typing: an editor of one office saves a new entry without picking the office and it lands
// in their office (with a slug made from its title); a super admin's entry without an office is
// still refused by the rules.
import { describe, expect, it } from "vitest";
import { contentApi, contentManager } from "../test-support/cms-client.ts";
import { cmsInstances } from "./cms-instances.ts";

const newsPost = "api::news-post.news-post";
const editorPassword = "MopsRedaktor2026";

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: editorPassword }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

describe.each(cmsInstances())("a new entry without an office on $database", (cms) => {
  it("gets the office of an editor of one office", async () => {
    const editor = contentManager(cms.url, await login(cms.url, "redaktor.kutno@example.org"));
    const created = await editor.createAndPublish(newsPost, {
      title: "Zbiórka żywności – grudzień",
      body: "Zapraszamy do punktu przy ul. Wojska Polskiego.",
      date: "2026-12-03T10:00:00.000Z",
    });
    expect(created.status).toBe(200);
    const documentId = created.body.data.documentId;
    try {
      const [post] = await contentApi(cms.url, cms.readToken).all(
        "news-posts",
        `filters[documentId][$eq]=${documentId}&populate[office][fields][0]=slug`,
      );
      expect(post).toMatchObject({
        slug: "zbiorka-zywnosci-grudzien",
        office: { slug: "kutno" },
      });
    } finally {
      await contentManager(cms.url, cms.adminToken).delete(newsPost, documentId);
    }
  });

  it("is refused for a super admin, who has every office to choose from", async () => {
    const created = await contentManager(cms.url, cms.adminToken).create(newsPost, {
      title: "Bez ośrodka",
      body: "Treść.",
      date: "2026-12-03T10:00:00.000Z",
    });
    expect(created.status).toBe(400);
  });
});
