// The background worker's engine for tests that run the content script's side: the same code,
// reading the bundled lexicon and packs instead of the extension's packaged files.
import { createEngine } from '../../src/background/engine';
import { BUNDLED_LANGUAGES } from '../../src/core/lang/bundled';
import profiles from '../../src/core/lang/profiles.json';
import { BUNDLED_ENTITIES } from '../../src/core/lexicon/bundled-entities';
import type { Engine } from '../../src/content/page-analysis';

export const localEngine: Engine = createEngine({
  entities: async () => BUNDLED_ENTITIES,
  language: async (code) => BUNDLED_LANGUAGES.find((d) => d.code === code),
  profiles: async () => profiles,
});
