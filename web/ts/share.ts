import { isLang, type Lang } from "./i18n";
import type { State } from "./playground";

// Shared is what a share link or the saved work holds: the playground's
// state, the page's language and the preset it came from.
export interface Shared extends State {
  lang?: Lang;
  preset?: string;
}

// The text travels as base64url of its UTF-8 bytes, so CR, LF, tabs and
// any non-ASCII character come back exactly, and nothing in the fragment
// can be mistaken for markup or a URL.
export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeText(b64: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(b64)) return undefined;
  try {
    const bin = atob(b64.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// toFragment writes the state as a URL fragment: #v=1&t=…&k=…
export function toFragment(s: Shared): string {
  const p = new URLSearchParams();
  p.set("v", "1");
  p.set("t", encodeText(s.text));
  p.set("k", s.kind);
  if (s.kind === "response") p.set("m", s.method);
  if (s.lenient) p.set("mode", "lenient");
  if (s.whitespace) p.set("ws", "1");
  if (s.lang) p.set("l", s.lang);
  if (s.preset) p.set("p", s.preset);
  if (s.scenario) p.set("sc", encodeText(s.scenario));
  return "#" + p.toString();
}

const methodRE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/;

// fromFragment reads a fragment written by toFragment; anything it does
// not recognise is ignored, and undefined means "not a share link".
export function fromFragment(hash: string): Partial<Shared> | undefined {
  if (!hash.startsWith("#")) return undefined;
  const p = new URLSearchParams(hash.slice(1));
  if (p.get("v") !== "1") return undefined;
  const text = decodeText(p.get("t") ?? "");
  if (text === undefined) return undefined;
  const out: Partial<Shared> = { text };
  out.kind = p.get("k") === "response" ? "response" : "request";
  const m = p.get("m");
  if (m && methodRE.test(m)) out.method = m;
  out.lenient = p.get("mode") === "lenient";
  out.whitespace = p.get("ws") === "1";
  const l = p.get("l");
  if (isLang(l)) out.lang = l;
  const preset = p.get("p");
  if (preset && /^[a-z0-9-]{1,64}$/.test(preset)) out.preset = preset;
  const sc = p.get("sc");
  if (sc) out.scenario = decodeText(sc);
  return out;
}

// save and restore keep the work in localStorage (which may be absent or
// full: losing a save must never break the page).
export function save(key: string, s: Shared): void {
  try {
    localStorage.setItem(key, JSON.stringify(s));
  } catch {
    /* storage full or disabled */
  }
}

export function restore(key: string): Partial<Shared> | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v.text !== "string") return undefined;
    const out: Partial<Shared> = { text: v.text };
    if (v.kind === "response" || v.kind === "request") out.kind = v.kind;
    if (typeof v.method === "string" && methodRE.test(v.method)) out.method = v.method;
    if (typeof v.lenient === "boolean") out.lenient = v.lenient;
    if (typeof v.whitespace === "boolean") out.whitespace = v.whitespace;
    if (typeof v.preset === "string") out.preset = v.preset;
    if (typeof v.scenario === "string") out.scenario = v.scenario;
    return out;
  } catch {
    return undefined;
  }
}
