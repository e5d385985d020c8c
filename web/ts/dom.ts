// h builds an element from trusted structure and untrusted text: text is
// only ever set with textContent, so nothing a learner types becomes markup.
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (k.startsWith("on")) throw new Error("h: event handlers are attached with addEventListener");
    el.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return el;
}

// visible shows control characters the way the page explains them.
export function visible(s: string): string {
  return s.replace(/\r/g, "␍").replace(/\n/g, "␊").replace(/\t/g, "␉");
}
