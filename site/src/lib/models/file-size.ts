// Type and size of a download, as link text gives them: "PDF, 5,5 kB", "DOCX, 1,2 MB".

/** Strapi stores sizes in kilobytes (decimal). */
export function fileSizeText(kilobytes: number): string {
  if (kilobytes < 1000) {
    const rounded =
      kilobytes < 10 ? Math.max(0.1, Math.round(kilobytes * 10) / 10) : Math.round(kilobytes);
    return `${String(rounded).replace(".", ",")}\u00a0kB`;
  }
  const megabytes = Math.round(kilobytes / 100) / 10;
  return `${String(megabytes).replace(".", ",")}\u00a0MB`;
}

export function fileTypeText(ext: string, mime: string): string {
  const fromExt = ext.replace(/^\./, "").toUpperCase();
  return fromExt || mime.split("/").pop()?.toUpperCase() || "plik";
}
