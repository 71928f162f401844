// The popup's remembered choices, validated like everything read from storage.
export type Order = 'source' | 'reading';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  order: Order;
  highlights: boolean;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, order: 'source', highlights: true };

export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== SETTINGS_VERSION) return { ...DEFAULT_SETTINGS };
  const { order, highlights } = raw as Record<string, unknown>;
  return {
    version: SETTINGS_VERSION,
    order: order === 'reading' || order === 'source' ? order : DEFAULT_SETTINGS.order,
    highlights: typeof highlights === 'boolean' ? highlights : DEFAULT_SETTINGS.highlights,
  };
}
