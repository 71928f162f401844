// The small legend the page shows while its highlights are on: each painted kind's name, written in
// that kind's colour and line style, and how a sentence with several kinds is painted. It lives in a
// closed shadow root, so the page's scripts cannot read it and the page's CSS cannot restyle it (the
// host's own declarations are !important inside the shadow tree, which wins over the page's).
// Text only, built with textContent. The reader hides it with its button or Escape; it stays hidden
// until the highlights are switched on again. Its listeners end with the content script's signal.
import type { SourceKind } from '../../core/types';
import type { MessageKey } from '../../shared/i18n';
import { KIND_KEYS } from '../../shared/kind-keys';
import { KIND_STYLES } from './styles';
import { HIGHLIGHT_PREFIX } from './types';

/** The host element's name: a custom element nobody defines, so the page has no rule of its own for it. */
export const LEGEND_TAG = `${HIGHLIGHT_PREFIX}-legend`;

const KIND_RULES = Object.entries(KIND_STYLES)
  .map(([kind, style]) => `.kind-${kind} { background-color: ${style.background}; text-decoration: ${style.line}; }`)
  .join('\n');

export const LEGEND_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  right: 12px !important; bottom: 12px !important; max-width: min(18rem, calc(100vw - 24px)) !important;
}
aside {
  color-scheme: light; background: #ffffff; color: #16202e; border: 1px solid #556274; border-radius: 8px;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2); padding: 8px 10px; font: 13px/1.4 system-ui, sans-serif;
}
.head { display: flex; align-items: baseline; justify-content: space-between; gap: 10px; }
.title { margin: 0; font-weight: 700; }
ul { list-style: none; margin: 6px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
li span { text-decoration-thickness: from-font; padding: 0 2px; }
.note { margin: 0; font-size: 12px; color: #3f4a5a; }
button {
  font: inherit; font-size: 12px; color: #1d4ed8; background: none; border: none; padding: 0; cursor: pointer;
  text-decoration: underline; white-space: nowrap;
}
button:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; border-radius: 3px; }
${KIND_RULES}
`;

export class Legend {
  private host: HTMLElement | null = null;
  private list: HTMLUListElement | null = null;
  private listeners: AbortController | null = null;
  private dismissed = false;

  /** `label` reads the extension's messages (src/content/runtime.ts's localized in the extension). */
  constructor(
    private readonly doc: Document,
    private readonly label: (key: MessageKey) => string,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  /** Shows the legend for the painted `kinds` (in the order given); none, or dismissed: no legend. */
  show(kinds: readonly SourceKind[]): void {
    if (this.dismissed || kinds.length === 0) {
      this.remove();
      return;
    }
    if (!this.host) this.create();
    this.list!.replaceChildren(...kinds.map((kind) => {
      const item = this.doc.createElement('li');
      const name = this.doc.createElement('span');
      name.className = `kind-${kind}`;
      name.dataset.kind = kind;
      name.textContent = this.label(KIND_KEYS[kind]);
      item.append(name);
      return item;
    }));
  }

  remove(): void {
    this.listeners?.abort();
    this.listeners = null;
    this.host?.remove();
    this.host = null;
    this.list = null;
  }

  /** The reader switched the highlights on again: the legend may show again. */
  reset(): void {
    this.dismissed = false;
  }

  private dismiss(): void {
    this.dismissed = true;
    this.remove();
  }

  private create(): void {
    const doc = this.doc;
    const host = doc.createElement(LEGEND_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(doc, root, LEGEND_CSS);
    const aside = doc.createElement('aside');
    aside.setAttribute('aria-labelledby', 'title');
    const head = doc.createElement('div');
    head.className = 'head';
    const title = doc.createElement('p');
    title.className = 'title';
    title.id = 'title';
    title.textContent = this.label('legendTitle');
    const hide = doc.createElement('button');
    hide.type = 'button';
    hide.textContent = this.label('legendHide');
    head.append(title, hide);
    const list = doc.createElement('ul');
    const note = doc.createElement('p');
    note.className = 'note';
    note.textContent = this.label('legendOverlap');
    aside.append(head, list, note);
    root.append(aside);

    const listeners = new AbortController();
    hide.addEventListener('click', () => this.dismiss(), { signal: listeners.signal });
    aside.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.dismiss();
    }, { signal: listeners.signal });
    doc.documentElement.append(host); // after the body, outside the article
    this.host = host;
    this.list = list;
    this.listeners = listeners;
  }
}

/**
 * Styles inside the shadow root: a constructed stylesheet where the browser lets a content script
 * adopt one (no page CSP applies to it), else a <style> element in the shadow tree.
 */
function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Firefox's content-script wrappers may refuse a sheet from the script's own compartment.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}
