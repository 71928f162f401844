// Every test runs the engine as the CLI does: with the bundled named-entity lexicons, every bundled
// language pack and the language detector's profiles installed.
import { BUNDLED_LANGUAGES } from '../../src/core/lang/bundled';
import { installProfiles } from '../../src/core/lang/detect';
import profiles from '../../src/core/lang/profiles.json';
import { installLanguage } from '../../src/core/lang/registry';
import { BUNDLED_ENTITIES } from '../../src/core/lexicon/bundled-entities';
import { installEntities } from '../../src/core/lexicon/entities';

installEntities(BUNDLED_ENTITIES);
for (const data of BUNDLED_LANGUAGES) installLanguage(data);
installProfiles(profiles);
