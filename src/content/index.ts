// The content script, injected on demand (scripting.executeScript) when the popup opens or, on sites
// the reader allowed, after each page load. It answers the typed requests of src/shared/messages.ts.
import { isContentRequest } from '../shared/messages';
import { ContentController } from './controller';
import { entityInstaller } from './entities';
import { claimPage } from './guard';
import { createHighlighter } from './highlighter';
import { answerMessages, askBackground, extensionAlive } from './runtime';

function start(signal: AbortSignal): void {
  const controller = new ContentController(document, createHighlighter(document), entityInstaller(askBackground));
  answerMessages((message) => (isContentRequest(message) ? controller.handle(message) : undefined), signal);
  signal.addEventListener('abort', () => controller.dispose(), { once: true });
}

const signal = claimPage(globalThis as unknown as Record<string, unknown>, extensionAlive);
if (signal) start(signal);
