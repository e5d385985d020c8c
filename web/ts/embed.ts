import { attr } from "./config";
import { h } from "./dom";
import { isLang, lang, pickLang, setLang } from "./i18n";
import { Playground, type Pane } from "./playground";
import { loadPlayground } from "./wasm";

// <http-playground> puts a playground in a documentation page:
//
//	<http-playground mode="request" lang="zh-Hans" panes="parsed response" readonly>
//	GET / HTTP/1.1
//	Host: example.com
//	</http-playground>
//
// The message is the element's text (line breaks become CRLF, the common
// indentation is removed). Attributes: mode ("request" or "response"),
// method (the request a response answers), lang, readonly, lenient,
// panes (any of "parsed", "response", "session"; all when absent),
// controls ("false" hides the mode and parser controls) and wasm (the
// browser module's URL, else the page's data-wasm). Every element on a
// page shares one WebAssembly instance, started when the first one
// scrolls into view.
export class HttpPlaygroundElement extends HTMLElement {
  private pg?: Playground;

  connectedCallback(): void {
    if (this.pg || this.dataset.mounted) return;
    this.dataset.mounted = "waiting";
    const start = () => this.mount();
    if (!("IntersectionObserver" in window)) return start();
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        start();
      }
    }, { rootMargin: "200px" });
    io.observe(this);
  }

  private mount(): void {
    const text = dedent(this.textContent ?? "");
    const l = this.getAttribute("lang");
    if (l) setLang(isLang(l) ? l : (pickLang(l) ?? "en"));
    const panes = (this.getAttribute("panes") ?? "parsed response session")
      .split(/[\s,]+/)
      .filter((p): p is Pane => p === "parsed" || p === "response" || p === "session");
    const url = this.getAttribute("wasm") || document.body.getAttribute(attr.wasm) || "";
    const root = h("div", { class: "embed-root", lang: lang() });
    this.replaceChildren(root);
    this.pg = new Playground(
      root,
      {
        text,
        kind: this.getAttribute("mode") === "response" ? "response" : "request",
        method: this.getAttribute("method") ?? "GET",
        lenient: this.hasAttribute("lenient"),
        readOnly: this.hasAttribute("readonly"),
        controls: this.getAttribute("controls") !== "false",
        panes,
      },
      loadPlayground(url),
    );
    this.dataset.mounted = "true";
  }
}

// dedent removes the indentation every non-empty line shares and the
// blank lines around the message, and makes line breaks CRLF. A message
// without a body gets the empty line that ends its header section, which
// HTML authors tend to leave out.
export function dedent(s: string): string {
  const lines = s.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const indents = lines.filter((x) => x.trim() !== "").map((x) => /^[ \t]*/.exec(x)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  const text = lines.map((x) => x.slice(cut)).join("\r\n");
  if (!text) return "";
  return lines.some((x) => x.trim() === "") ? text : text + "\r\n\r\n";
}

export function defineEmbed(): void {
  if (!customElements.get("http-playground")) customElements.define("http-playground", HttpPlaygroundElement);
}
