// The HTML pages of a built office directory, as URL paths ("/", "/kontakt/", "/404.html").
import { listFiles, urlPathOf } from "@mops/site/checks";

export async function listHtmlPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((file) => file.endsWith(".html")).map(urlPathOf);
}

export async function countPages(dir: string): Promise<number> {
  return (await listHtmlPages(dir)).length;
}
