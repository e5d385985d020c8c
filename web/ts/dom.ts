// h builds an element from trusted structure and untrusted text: text is
// only ever set with textContent, so nothing a learner types becomes markup.
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const svgNS = "http://www.w3.org/2000/svg";

// s builds an SVG element the same way.
export function s(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): SVGElement {
  const el = document.createElementNS(svgNS, tag) as SVGElement;
  const str: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(attrs)) str[k] = v === undefined ? undefined : String(v);
  setAttrs(el, str);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    const name = k.toLowerCase();
    if (name.startsWith("on")) throw new Error("h: event handlers are attached with addEventListener");
    if (name === "href" || name === "src" || name === "xlink:href") throw new Error("h: URLs go through link()");
    el.setAttribute(k, v);
  }
}

function append(el: Element, children: (Node | string | null | undefined | false)[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

// safeURL returns url if it is an absolute https URL (the only kind the
// knowledge base links to), else undefined: a javascript: or data: URL
// never reaches an href.
export function safeURL(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// link is an <a> to a spec section, or plain text when the URL is not safe.
export function link(text: string, url: string | undefined | null, cls = "spec"): HTMLElement {
  const href = safeURL(url);
  if (!href) return h("span", { class: cls }, text);
  const a = h("a", { class: cls, target: "_blank", rel: "noopener noreferrer" }, text);
  a.href = href;
  return a;
}

// visible shows control characters the way the page explains them.
export function visible(str: string): string {
  return str.replace(/\r/g, "␍").replace(/\n/g, "␊").replace(/\t/g, "␉");
}

// patch makes parent's children exactly children, in order, touching only
// what differs: a child already in its place is left alone, so typing that
// changes one part of a pane restyles and lays out that part only (moving
// an element, even to where it was, makes the browser rebuild it).
export function patch(parent: Element, children: Node[]): void {
  let cur = parent.firstChild;
  for (const c of children) {
    if (c === cur) {
      cur = cur.nextSibling;
      continue;
    }
    parent.insertBefore(c, cur);
  }
  while (cur) {
    const next: ChildNode | null = cur.nextSibling;
    cur.remove();
    cur = next;
  }
}
