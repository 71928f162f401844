// The content script, injected on demand (scripting.executeScript) when the popup opens or, on sites
// the reader allowed, after each page load. It answers the typed requests of src/shared/messages.ts.
import { isContentRequest, isEngineAnswer, type BackgroundRequest } from '../shared/messages';
import { ContentController } from './controller';
import type { Engine } from './page-analysis';
import { claimPage } from './guard';
import { createHighlighter } from './highlight/index';
import { Legend } from './highlight/legend';
import { answerMessages, askBackground, extensionAlive, localized } from './runtime';

function start(signal: AbortSignal): void {
  const engine: Engine = async (blocks, declaredLang, published) => {
    const request: BackgroundRequest = { type: 'analyze-blocks', blocks, declaredLang, published };
    const answer = await askBackground(request);
    if (!isEngineAnswer(answer)) throw new Error('the background worker did not answer (was the extension reloaded?)');
    return answer;
  };
  const legend = new Legend(document, localized, signal);
  const controller = new ContentController(document, createHighlighter(document), engine, { legend, signal });
  answerMessages((message) => (isContentRequest(message) ? controller.handle(message) : undefined), signal);
  signal.addEventListener('abort', () => controller.dispose(), { once: true });
}

const signal = claimPage(globalThis as unknown as Record<string, unknown>, extensionAlive);
if (signal) start(signal);
