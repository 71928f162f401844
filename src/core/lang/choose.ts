// Which pack reads an article: the language its text is in (checked against what the page declares),
// if Attribution Lens reads that language. Pure, so the CLI and the extension decide alike.
import type { Block } from '../types';
import { DETECT_SAMPLE_CHARS, detectLanguage } from './detect';
import { isSupportedLanguage, type SupportedLanguage } from './supported';

export type LanguageChoice =
  | { lang: SupportedLanguage; supported: true }
  /** The article's language ("cs"), or "und" when the text does not tell; no pack reads it. */
  | { lang: string; supported: false };

/** The start of an article's text, as much as detection reads. */
export function sampleText(blocks: readonly Block[]): string {
  let text = '';
  for (const block of blocks) {
    if (text.length >= DETECT_SAMPLE_CHARS) break;
    text += `${block.text}\n`;
  }
  return text.slice(0, DETECT_SAMPLE_CHARS);
}

export function chooseLanguage(blocks: readonly Block[], declared?: string | null): LanguageChoice {
  const { lang } = detectLanguage(sampleText(blocks), declared);
  return isSupportedLanguage(lang) ? { lang, supported: true } : { lang, supported: false };
}
