// Every DOM selector the front end uses lives here, and nowhere else: the
// templ components own the markup, this object is the one contract with it.
export const dom = {
  status: '[data-testid="status"]',
  editorPane: '[data-testid="editor"]',
  editorHost: '[data-testid="editor"] .editor-host',
  editorFallback: '[data-testid="editor"] .editor-fallback',
  diagnostics: '[data-testid="diagnostics"]',
  parsedBody: '[data-testid="parsed"] .parsed-body',
  responseBody: '[data-testid="response"] .response-body',
} as const;

// The <body> attribute that carries the browser module's URL.
export const wasmAttribute = "data-wasm";

export function must<T extends Element>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`the page has no element matching ${selector}`);
  return el;
}
