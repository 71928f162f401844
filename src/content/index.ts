// The content script, injected on demand (scripting.executeScript) when the popup opens or, on sites
// the reader allowed, after each page load. It answers the typed requests of src/shared/messages.ts.
import { isContentRequest } from '../shared/messages';
import { ContentController } from './controller';
import { DEFAULT_LANGUAGE } from '../core/analyze';
import { entityInstaller } from './entities';
import { languageInstaller } from './languages';
import { claimPage } from './guard';
import { createHighlighter } from './highlight/index';
import { answerMessages, askBackground, extensionAlive } from './runtime';

function start(signal: AbortSignal): void {
  const entities = entityInstaller(askBackground);
  const language = languageInstaller(askBackground);
  const prepare = () => Promise.all([entities(), language(DEFAULT_LANGUAGE)]).then(() => undefined);
  const controller = new ContentController(document, createHighlighter(document), prepare);
  answerMessages((message) => (isContentRequest(message) ? controller.handle(message) : undefined), signal);
  signal.addEventListener('abort', () => controller.dispose(), { once: true });
}

const signal = claimPage(globalThis as unknown as Record<string, unknown>, extensionAlive);
if (signal) start(signal);
