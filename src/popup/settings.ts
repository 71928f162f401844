// The popup's remembered choices, validated like everything read from storage.
export type Order = 'source' | 'reading';

export interface Settings {
  version: 1;
  order: Order;
  highlights: boolean;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { version: 1, order: 'source', highlights: true };

export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return { ...DEFAULT_SETTINGS };
  const { order, highlights } = raw as Record<string, unknown>;
  return {
    version: 1,
    order: order === 'reading' || order === 'source' ? order : DEFAULT_SETTINGS.order,
    highlights: typeof highlights === 'boolean' ? highlights : DEFAULT_SETTINGS.highlights,
  };
}
