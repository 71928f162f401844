// The engine for Node (the CLI, the benchmark): the pure engine with the bundled named-entity
// lexicons and every bundled language pack installed. The extension installs the same data from
// lexicon.json and lang/CODE.json instead.
import { BUNDLED_LANGUAGES } from './lang/bundled';
import { installLanguage } from './lang/registry';
import { BUNDLED_ENTITIES } from './lexicon/bundled-entities';
import { installEntities } from './lexicon/entities';

installEntities(BUNDLED_ENTITIES);
for (const data of BUNDLED_LANGUAGES) installLanguage(data);

export * from './index';
export { installEntities, installLanguage };
