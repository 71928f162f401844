// Installs the engine's named-entity lexicons in this page's copy of the engine, once, from the data
// the background worker sends (they are too big to ship inside the injected script). Without them
// the engine still runs, but recognizes no outlet or place by name; a failed attempt is retried at
// the next analysis.
import { entitiesInstalled, installEntities, type EntityData } from '../core/lexicon/entities';
import type { BackgroundRequest } from '../shared/messages';

const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** The background's answer is checked for shape before the engine trusts it. */
export function isEntityData(data: unknown): data is EntityData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return isList(d.outlets) && isList(d.organizations) && isList(d.places) && isList(d.givenNames)
    && [d.outlets, d.organizations, d.places].every((list) => list.every((e) => typeof (e as { name?: unknown })?.name === 'string'))
    && d.givenNames.every((n) => typeof n === 'string');
}

export function entityInstaller(ask: (request: BackgroundRequest) => Promise<unknown>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    if (entitiesInstalled()) return Promise.resolve();
    pending ??= ask({ type: 'get-entities' }).then((data) => {
      if (!isEntityData(data)) throw new Error('the lexicon from the background worker is malformed');
      installEntities(data);
    }).catch((error: unknown) => {
      console.warn('Attribution Lens: named-entity lexicons unavailable', error);
      pending = null;
    });
    return pending;
  };
}
