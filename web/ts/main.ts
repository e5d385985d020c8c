import { attr, dom, must, storage } from "./config";
import { h } from "./dom";
import { curl, fetchCall } from "./exporters";
import { browserLang, isLang, lang, pickLang, setLang, t, translateStatic, type Key, type Lang } from "./i18n";
import { Playground } from "./playground";
import { groupTitles, presetByID, presets, type Group } from "./presets";
import { fromFragment, restore, save, toFragment, type Shared } from "./share";
import { loadPlayground } from "./wasm";
import { defineEmbed } from "./embed";
import { registerOffline } from "./offline";

// boot wires the main page: one Playground, and around it the page's own
// tools (examples, share link, export, language, presentation mode).
function boot(): void {
  // The module first: everything else here is quick, and it is not.
  const api = loadPlayground(document.body.getAttribute(attr.wasm) ?? "");
  const status = must<HTMLElement>(dom.status);
  const root = must<HTMLElement>(dom.playground);
  const fallback = root.querySelector<HTMLTextAreaElement>(dom.fallback);
  // The server-rendered textarea holds the example with LF line breaks (HTML
  // normalises CRLF in textareas); the wire form uses CRLF.
  const example = (fallback?.value ?? "").replace(/\r?\n/g, "\r\n");

  // A share link wins over saved work, which wins over the example.
  const linked = fromFragment(location.hash);
  const saved = linked ? undefined : restore(storage.work);
  const start: Partial<Shared> = linked ?? saved ?? {};
  // The language: a share link's, else the one asked for in ?lang=, else
  // the learner's last choice, else the browser's.
  const asked = pickLang(new URLSearchParams(location.search).get("lang"));
  const chosen = linked?.lang ?? asked ?? storedLang() ?? browserLang();
  // An iframe embed (a share link with e=1) shows the playground alone and
  // leaves the visitor's saved work alone.
  const embedded = new URLSearchParams(location.hash.slice(1)).get("e") === "1";
  document.documentElement.classList.toggle("embedded", embedded);
  setLang(chosen);
  applyLang(chosen);

  // The status line says one thing at a time; it is kept as a key so a
  // language switch can say it again.
  let said: [Key, string[]] = ["status.loading", []];
  const say = (key: Key, ...args: string[]) => {
    said = [key, args];
    status.textContent = t(key, ...args);
  };

  let preset = start.preset;
  let saveTimer = 0;
  const persist = () => {
    if (embedded) return;
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => save(storage.work, { ...pg.get(), preset }), 150);
  };
  const pg = new Playground(root, { ...start, text: start.text ?? example, onChange: persist }, api);
  if (!embedded) {
    window.addEventListener("pagehide", () => save(storage.work, { ...pg.get(), preset }));
    // What is on screen is the work: a share link just opened replaces the
    // saved work, as typing would.
    save(storage.work, { ...pg.get(), preset });
  }

  const canonicalBtn = must<HTMLButtonElement>(dom.canonical);
  api.then(
    (a) => {
      // The serializer's button shows only when the module has one.
      canonicalBtn.hidden = typeof a.canonical !== "function";
      status.dataset.ready = "true";
      say(linked ? "status.restoredLink" : saved ? "status.restoredWork" : "status.ready");
      // Only the playground's own page installs the service worker (a
      // documentation page embedding <http-playground> is someone else's
      // site), and only once the page is up: its install downloads the page
      // and every asset again into its store, which on a first visit would
      // compete with the module's download.
      afterLoad(registerOffline);
    },
    (err: unknown) => {
      say("status.failed", err instanceof Error ? err.message : String(err));
    },
  );

  // Examples.
  const select = must<HTMLSelectElement>(dom.presets);
  const why = must<HTMLElement>(dom.presetWhy);
  const fillPresets = () => {
    const first = h("option", { value: "" }, t("tb.choose"));
    const groups = new Map<Group, HTMLOptGroupElement>();
    for (const p of presets) {
      let g = groups.get(p.group);
      if (!g) {
        g = h("optgroup", { label: groupTitles[p.group][lang()] });
        groups.set(p.group, g);
      }
      g.append(h("option", { value: p.id }, p.title[lang()]));
    }
    select.replaceChildren(first, ...groups.values());
    select.value = presetByID(preset) ? preset! : "";
    why.textContent = presetByID(preset)?.why[lang()] ?? "";
  };
  fillPresets();
  select.addEventListener("change", () => {
    const p = presetByID(select.value);
    if (!p) return;
    preset = p.id;
    why.textContent = p.why[lang()];
    pg.set({ text: p.text, kind: p.kind, method: p.method ?? "GET" });
  });

  // Share link: the whole state in the fragment, nothing sent anywhere.
  const shareOut = must<HTMLInputElement>(dom.shareOut);
  must<HTMLButtonElement>(dom.share).addEventListener("click", async () => {
    const frag = toFragment({ ...pg.get(), lang: lang(), preset });
    history.replaceState(null, "", frag);
    shareOut.value = location.href;
    shareOut.hidden = false;
    try {
      await navigator.clipboard.writeText(location.href);
      say("tb.shared");
    } catch {
      shareOut.select();
      say("tb.sharedNoCopy");
    }
  });
  window.addEventListener("hashchange", () => {
    const s = fromFragment(location.hash);
    if (!s) return;
    preset = s.preset;
    if (s.lang && s.lang !== lang()) switchLang(s.lang);
    pg.set(s);
    fillPresets();
    say("status.restoredLink");
  });

  // Export.
  const out = must<HTMLElement>(dom.exportOut);
  const show = (text: string | undefined, fallbackKey: "tb.exportNone" | "tb.canonicalNone") => {
    out.textContent = text ?? t(fallbackKey);
    out.hidden = false;
  };
  const firstRequest = () => {
    const m = pg.parsed()?.messages[0];
    return m && m.kind === "request" ? m : undefined;
  };
  must<HTMLButtonElement>(dom.exportCurl).addEventListener("click", () => {
    const m = firstRequest();
    show(m && curl(m), "tb.exportNone");
  });
  must<HTMLButtonElement>(dom.exportFetch).addEventListener("click", () => {
    const m = firstRequest();
    show(m && fetchCall(m), "tb.exportNone");
  });
  canonicalBtn.addEventListener("click", async () => {
    const a = await api;
    const s = pg.get();
    if (typeof a.canonical !== "function") return show(undefined, "tb.canonicalNone");
    const r = a.canonical(s.text, { kind: s.kind, mode: s.lenient ? "lenient" : "strict", lang: lang() });
    show(r.text ?? r.error?.message, "tb.canonicalNone");
  });

  // Language.
  const langSelect = must<HTMLSelectElement>(dom.lang);
  langSelect.value = chosen;
  const switchLang = (l: Lang) => {
    setLang(l);
    applyLang(l);
    langSelect.value = l;
    pg.setLang(l);
    fillPresets();
    say(said[0], ...said[1]);
    try {
      localStorage.setItem(storage.lang, l);
    } catch {
      /* storage disabled */
    }
    // The address keeps the choice, so a reload (or a bookmark) asks the
    // server for the page, reference tables included, in that language.
    const url = new URL(location.href);
    url.searchParams.set("lang", l);
    history.replaceState(null, "", url);
  };
  langSelect.addEventListener("change", () => {
    if (isLang(langSelect.value)) switchLang(langSelect.value);
  });

  // Presentation mode: large type, high contrast, panes stacked.
  const pres = must<HTMLButtonElement>(dom.presentation);
  const setPresentation = (on: boolean) => {
    document.documentElement.classList.toggle("presentation", on);
    pres.setAttribute("aria-pressed", String(on));
    try {
      localStorage.setItem(storage.presentation, on ? "1" : "");
    } catch {
      /* storage disabled */
    }
  };
  pres.addEventListener("click", () => setPresentation(pres.getAttribute("aria-pressed") !== "true"));
  setPresentation(readStorage(storage.presentation) === "1");
}

function afterLoad(f: () => void): void {
  if (document.readyState === "complete") f();
  else window.addEventListener("load", f, { once: true });
}

function applyLang(l: Lang): void {
  document.documentElement.lang = l;
  translateStatic();
  document.title = t("page.title");
}

function storedLang(): Lang | undefined {
  const l = readStorage(storage.lang);
  return isLang(l) ? l : undefined;
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// The bundle serves the main page and pages that embed playgrounds: the
// main page has the playground root; any page may hold <http-playground>.
function start(): void {
  defineEmbed();
  if (document.querySelector(dom.playground)) {
    boot();
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
