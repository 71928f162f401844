// The engine for Node (the CLI, the benchmark): the pure engine with the bundled named-entity
// lexicons, every bundled language pack and the language detector's profiles installed. The extension
// installs the same data from lexicon.json, lang/CODE.json and language-profiles.json instead.
import { BUNDLED_LANGUAGES } from './lang/bundled';
import { installProfiles } from './lang/detect';
import profiles from './lang/profiles.json';
import { installLanguage } from './lang/registry';
import { BUNDLED_ENTITIES } from './lexicon/bundled-entities';
import { installEntities } from './lexicon/entities';

installEntities(BUNDLED_ENTITIES);
for (const data of BUNDLED_LANGUAGES) installLanguage(data);
installProfiles(profiles);

export * from './index';
export { installEntities, installLanguage };
