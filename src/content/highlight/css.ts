// Highlights through the CSS Custom Highlight API: ranges registered by name, styled by
// highlight.css with ::highlight(name). The page's DOM is never touched.
import { SOURCE_KINDS } from '../../core/types';
import { FLASH_MS, FLASH_NAME, highlightName, type Highlighter, type PaintItem } from './types';

export class CssHighlighter implements Highlighter {
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly make: (ranges: Range[]) => Highlight,
  ) {}

  paint(items: () => readonly PaintItem[]): void {
    this.clearKinds();
    const all = items();
    for (const kind of SOURCE_KINDS) {
      const ranges = all.filter((item) => item.kind === kind).map((item) => item.range);
      if (ranges.length) this.registry.set(highlightName(kind), this.make(ranges));
    }
  }

  clear(): void {
    this.clearKinds();
    clearTimeout(this.flashTimer);
    this.registry.delete(FLASH_NAME);
  }

  flash(range: () => Range | null): void {
    const target = range();
    if (!target) return;
    const highlight = this.make([target]);
    highlight.priority = 1; // above the kind highlights
    this.registry.set(FLASH_NAME, highlight);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (this.registry.get(FLASH_NAME) === highlight) this.registry.delete(FLASH_NAME);
    }, FLASH_MS);
  }

  private clearKinds(): void {
    for (const kind of SOURCE_KINDS) this.registry.delete(highlightName(kind));
  }
}
