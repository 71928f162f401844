// The engine's named-entity lexicons (outlets, organizations, places, given names): too big for the
// script injected into pages, so the build writes them to lexicon.json and the background worker
// hands them to each content script as data.
import type { EntityData } from '../core/lexicon/entities';
import { readPackaged } from './packaged';

export const LEXICON_FILE = 'lexicon.json';

/** lexicon.json, read once per worker lifetime. */
export const loadEntities = (): Promise<EntityData> => readPackaged<EntityData>(LEXICON_FILE);
