// The few extension APIs the content script needs, without webextension-polyfill (about 3 KiB
// gzipped, which the content script's size budget cannot spare). Firefox has `browser`, Chrome
// `chrome`; both deliver a reply through sendResponse when the listener returns true.
import type { MessageKey } from '../shared/i18n';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined;

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
}

interface I18nLike {
  getMessage(key: string): string;
}

const api = (globalThis as { browser?: { runtime: RuntimeLike; i18n?: I18nLike }; chrome?: { runtime: RuntimeLike; i18n?: I18nLike } });

function runtime(): RuntimeLike | undefined {
  return (api.browser ?? api.chrome)?.runtime;
}

/** Sends a message to the extension's background worker (both browsers return a promise). */
export function askBackground(message: unknown): Promise<unknown> {
  const rt = runtime();
  return rt ? rt.sendMessage(message) : Promise.reject(new Error('no extension runtime'));
}

/** False once the extension was reloaded or updated under this copy ("Extension context invalidated"). */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

/**
 * Answers messages with `handle` (undefined: not ours, no reply) until `signal` aborts.
 * Rejections reply undefined rather than leaving the sender waiting.
 */
export function answerMessages(handle: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void {
  const onMessage = runtime()?.onMessage;
  if (!onMessage) return;
  const listener: Listener = (message, _sender, sendResponse) => {
    const reply = handle(message);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => {
      console.warn('Attribution Lens:', error);
      sendResponse(undefined);
    });
    return true;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}

/** A message of the extension's catalogue in the browser's language ('' when unavailable). */
export function localized(key: MessageKey): string {
  try {
    return (api.browser ?? api.chrome)?.i18n?.getMessage(key) ?? '';
  } catch {
    return ''; // the extension was reloaded under this copy
  }
}
