// Every DOM selector the front end uses lives here, and nowhere else: the
// templ components own the page's markup, this object is the one contract
// with it. Markup a Playground builds itself is reached through references,
// not selectors.
export const dom = {
  status: '[data-testid="status"]',
  playground: '[data-testid="playground"]',
  fallback: '[data-testid="playground"] .editor-fallback',
  toolbar: '[data-testid="toolbar"]',
  presets: '[data-testid="presets"]',
  presetWhy: '[data-testid="preset-why"]',
  share: '[data-testid="share"]',
  shareOut: '[data-testid="share-link"]',
  exportCurl: '[data-testid="export-curl"]',
  exportFetch: '[data-testid="export-fetch"]',
  canonical: '[data-testid="canonical"]',
  exportOut: '[data-testid="export-out"]',
  lang: '[data-testid="lang"]',
  presentation: '[data-testid="presentation"]',
  translatable: "[data-i18n]",
  translatableLabel: "[data-i18n-label]",
  translatableTitle: "[data-i18n-title]",
  // Inside a Playground: a parsed part tied to bytes of the editor.
  linked: ".linked",
} as const;

// Attributes the templ components and the scripts agree on.
export const attr = {
  wasm: "data-wasm", // on <body>: the browser module's URL
  i18n: "data-i18n", // a dictionary key whose text fills the element
} as const;

// Keys in localStorage.
export const storage = {
  work: "http-playground:work",
  lang: "http-playground:lang",
  presentation: "http-playground:presentation",
} as const;

export function must<T extends Element>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`the page has no element matching ${selector}`);
  return el;
}
