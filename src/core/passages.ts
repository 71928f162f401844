// Quoted passages: a paragraph ending "according to the Free Beacon:" or "X wrote in a blog post:"
// introduces the blockquote (or list) right after it. A passage from a publication makes everything
// in it second-hand (`via`); a passage introduced by a speaker continues that speaker's words.
import type { Attribution, Block } from './types';
import { PATTERNS } from './patterns';

export interface Passage {
  group: number;
  /** The publication the passage was taken from, for outlets and documents. */
  via: string | null;
  /** The speaker whose words the passage continues, for people and organizations. */
  speaker: Attribution | null;
}

export function passageState() {
  let pending: Attribution | null = null;
  let current: Passage | null = null;
  return {
    /** The passage a block belongs to, if any. */
    enter(block: Block): Passage | null {
      const grouped = block.group !== undefined && (block.kind === 'quote' || block.kind === 'item');
      if (!grouped) {
        current = null;
        return null;
      }
      if (current && current.group === block.group) return current;
      current = null;
      if (pending) {
        const intro = pending;
        const second = intro.sourceKind === 'outlet' || intro.sourceKind === 'document';
        current = { group: block.group!, via: second ? intro.source : null, speaker: second ? null : intro };
      }
      pending = null;
      return current;
    },
    /** After a block: does its last sentence introduce a passage ("...:")? */
    leave(block: Block, lastSentence: string, attributions: readonly Attribution[]): void {
      if (block.kind === 'quote' && current) return;
      pending = PATTERNS.endsWithColon.test(lastSentence) && attributions.length ? attributions[attributions.length - 1]! : null;
    },
  };
}
