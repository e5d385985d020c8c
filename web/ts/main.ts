import { dom, must, wasmAttribute } from "./config";
import { MessageEditor } from "./editor";
import { marksFor, problemsFor, renderDiagnostics, renderParsed } from "./render";
import { loadPlayground } from "./wasm";
import type { HttpPlayground } from "./api";

async function boot(): Promise<void> {
  const status = must<HTMLElement>(dom.status);
  const fallback = must<HTMLTextAreaElement>(dom.editorFallback);
  const host = must<HTMLElement>(dom.editorHost);
  const parsed = must<HTMLElement>(dom.parsedBody);
  const diagList = must<HTMLElement>(dom.diagnostics);

  // The server-rendered textarea holds the example with LF line breaks (HTML
  // normalises CRLF in textareas); the wire form uses CRLF.
  const initial = fallback.value.replace(/\r?\n/g, "\r\n");
  fallback.remove();

  let api: HttpPlayground | undefined;
  const update = (wire: string) => {
    if (!api) return;
    const res = api.parse(wire, { kind: "request", mode: "strict", lang: document.documentElement.lang });
    if (res.error) {
      status.textContent = `The parser could not answer: ${res.error.message}`;
      return;
    }
    renderParsed(parsed, res);
    renderDiagnostics(diagList, res.diagnostics, (s) => editor.select(wire, s.start, s.end));
    editor.show(wire, marksFor(res), problemsFor(res));
  };
  const editor = new MessageEditor(host, initial, update);

  try {
    api = await loadPlayground(document.body.getAttribute(wasmAttribute) ?? "");
    status.textContent = "Ready: edit the message and watch it parse.";
    status.dataset.ready = "true";
    update(editor.text());
  } catch (err) {
    status.textContent = `The parser failed to load: ${err instanceof Error ? err.message : String(err)}`;
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void boot());
else void boot();
