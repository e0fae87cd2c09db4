// Fetches a file from a URL for the media library's "upload from URL", reaching public internet
// addresses only. Every connection's address is checked when the socket connects (so a name that
// resolves differently a second later gains nothing), IP literals before connecting, and every
// redirect is followed by hand and checked the same way. Loopback, private, link-local, unspecified
// (0.0.0.0, ::), IPv4-mapped IPv6 and every other special-purpose range are refused.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import ipaddr from "ipaddr.js";

export class UrlRefusedError extends Error {
  override name = "UrlRefusedError";
}

/** Whether the CMS may connect to `address`. */
export type AddressPolicy = (address: string) => boolean;

/** Public unicast addresses only (IPv4-mapped IPv6 is judged as the IPv4 address it maps). */
export const isPublicAddress: AddressPolicy = (address) => {
  try {
    return ipaddr.process(address).range() === "unicast";
  } catch {
    return false;
  }
};

export interface FetchedFile {
  filepath: string;
  originalFilename: string;
  mimetype: string;
  size: number;
  tmpWorkingDirectory: string;
}

export interface FetchOptions {
  /** Folder the file is written to. */
  directory: string;
  sizeLimit?: number;
  policy?: AddressPolicy;
  maxRedirects?: number;
  timeoutMs?: number;
  onProgress?: (progress: { bytesWritten: number; totalBytes: number | null }) => void;
}

const refused = (url: string, why: string) =>
  new UrlRefusedError(`Nie pobrano pliku z adresu ${url}: ${why}`);

function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, "", 4);
      const addresses = found as LookupAddress[];
      const blocked = addresses.find((entry) => !policy(entry.address));
      if (blocked || addresses.length === 0) {
        const reason = new UrlRefusedError(`${hostname} wskazuje adres niepubliczny`);
        return callback(reason as NodeJS.ErrnoException, "", 4);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}

function request(url: URL, policy: AddressPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(url, {
      agent: false,
      lookup: guardedLookup(policy),
      signal,
      headers: { "user-agent": "mops-cms media import" },
    });
    outgoing.once("response", resolve);
    outgoing.once("error", reject);
  });
}

function fileNameOf(url: URL, disposition: string | undefined): string {
  const fromHeader = disposition?.match(/filename\*?=(?:UTF-8'')?["']?([^;"'\r\n]+)/i)?.[1];
  const raw = fromHeader ?? url.pathname.split("/").pop() ?? "";
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {}
  name = path.basename(name.replaceAll("\\", "/")).trim();
  return name === "" || name === "." || name === ".." ? "plik" : name;
}

/** Downloads `address` into `options.directory`, following at most `maxRedirects` redirects. */
export async function fetchPublicUrl(address: string, options: FetchOptions): Promise<FetchedFile> {
  const policy = options.policy ?? isPublicAddress;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 60_000);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refused(address, "to nie jest poprawny adres");
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw refused(url.href, "obsługiwane są tylko adresy http i https");
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) && !policy(host)) throw refused(url.href, "to adres niepubliczny");
    let response: IncomingMessage;
    try {
      response = await request(url, policy, signal);
    } catch (error) {
      if (error instanceof UrlRefusedError) throw refused(url.href, error.message);
      throw refused(url.href, error instanceof Error ? error.message : String(error));
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop >= (options.maxRedirects ?? 5)) throw refused(address, "zbyt wiele przekierowań");
      url = new URL(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw refused(url.href, `serwer odpowiedział ${status}`);
    }
    return save(url, response, options);
  }
}

async function save(url: URL, response: IncomingMessage, options: FetchOptions) {
  const originalFilename = fileNameOf(url, response.headers["content-disposition"]);
  const filepath = path.join(options.directory, originalFilename);
  const length = Number.parseInt(response.headers["content-length"] ?? "", 10);
  const totalBytes = Number.isFinite(length) ? length : null;
  const tooLarge = () => refused(url.href, "plik jest za duży");
  if (options.sizeLimit && totalBytes !== null && totalBytes > options.sizeLimit) {
    response.resume();
    throw tooLarge();
  }
  let bytesWritten = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytesWritten += chunk.length;
      if (options.sizeLimit && bytesWritten > options.sizeLimit) return callback(tooLarge());
      options.onProgress?.({ bytesWritten, totalBytes });
      callback(null, chunk);
    },
  });
  try {
    await pipeline(response, counter, createWriteStream(filepath));
  } catch (error) {
    await rm(filepath, { force: true });
    throw error;
  }
  return {
    filepath,
    originalFilename,
    mimetype: response.headers["content-type"]?.split(";")[0] ?? "application/octet-stream",
    size: (await stat(filepath)).size,
    tmpWorkingDirectory: options.directory,
  };
}
