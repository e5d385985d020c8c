import { dom } from "./config";
import strings from "./strings.json";

// The page's languages. The same dictionary (strings.json) feeds the
// server-rendered templ text (web/viewmodel.go embeds it) and the text the
// scripts write, so the two never disagree.
export const langs = ["en", "zh-Hans", "zh-Hant"] as const;
export type Lang = (typeof langs)[number];
export type Key = keyof (typeof strings)["en"];

const dict = strings as unknown as Record<Lang, Record<string, string>>;

let current: Lang = "en";

export function lang(): Lang {
  return current;
}

export function setLang(l: Lang): void {
  current = l;
}

// t returns the text for key in the current language, with {0}, {1}…
// replaced by args; English when a translation is missing.
export function t(key: Key, ...args: (string | number)[]): string {
  const text = dict[current]?.[key] ?? dict.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

// pickLang maps a BCP 47 tag (a browser language, a link's lang) to one of
// the page's languages, by the rule of knowledge.MatchLang on the server:
// English of any region is English; Chinese follows its script subtag
// (zh-Hans-TW is Simplified), else Taiwan, Hong Kong and Macau are
// Traditional and the rest Simplified; other languages have no match.
export function pickLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const [lang, ...rest] = tag.trim().toLowerCase().split("-");
  if (lang === "en") return "en";
  if (lang !== "zh") return undefined;
  let region = "";
  for (const s of rest) {
    if (s === "hans") return "zh-Hans";
    if (s === "hant") return "zh-Hant";
    if (s.length === 2 && region === "") region = s;
  }
  return ["tw", "hk", "mo"].includes(region) ? "zh-Hant" : "zh-Hans";
}

export function isLang(s: string | null | undefined): s is Lang {
  return (langs as readonly string[]).includes(s ?? "");
}

// browserLang is the first of the browser's languages the page speaks.
export function browserLang(): Lang {
  for (const l of navigator.languages ?? [navigator.language]) {
    const p = pickLang(l);
    if (p) return p;
  }
  return "en";
}

// translateStatic refills every element the templ page marked with
// data-i18n="key" (its text) or data-i18n-label="key" (its aria-label).
export function translateStatic(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>(dom.translatable)) {
    el.textContent = t(el.dataset.i18n as Key);
  }
  for (const el of root.querySelectorAll<HTMLElement>(dom.translatableLabel)) {
    el.setAttribute("aria-label", t(el.dataset.i18nLabel as Key));
  }
  for (const el of root.querySelectorAll<HTMLElement>(dom.translatableTitle)) {
    el.title = t(el.dataset.i18nTitle as Key);
  }
}
