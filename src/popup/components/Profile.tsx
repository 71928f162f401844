// The article's sourcing profile: how many statements rest on people and organizations, news outlets,
// documents and unnamed or vague sources, how many are second-hand, and a key that says what each
// figure counts (so that a teacher can explain "Police" or "Studies have found" where they fall).
import { PROFILE_CATEGORIES, type ProfileCategory, type SourcingProfile } from '../../core/profile';
import { t, type MessageKey } from '../../shared/i18n';

const CATEGORY_LABEL: Record<ProfileCategory, MessageKey> = {
  'people-organizations': 'profilePeopleOrganizations',
  outlets: 'profileOutletStatements',
  documents: 'profileDocuments',
  unnamed: 'profileAnonymous',
};
const CATEGORY_KEY: Record<ProfileCategory, MessageKey> = {
  'people-organizations': 'profileKeyPeople',
  outlets: 'profileKeyOutlets',
  documents: 'profileKeyDocuments',
  unnamed: 'profileKeyAnonymous',
};
/** The figure's name for tests and styles ("anonymous" as before for the unnamed or vague). */
const FIGURE: Record<ProfileCategory, string> = {
  'people-organizations': 'people-organizations', outlets: 'outlet-statements', documents: 'documents', unnamed: 'anonymous',
};

interface Props {
  profile: SourcingProfile;
  /** Attributions whose sentence links to a page. */
  linked: number;
  unlinkedOnly: boolean;
  onUnlinkedOnly: (on: boolean) => void;
}

export function Profile({ profile, linked, unlinkedOnly, onUnlinkedOnly }: Props) {
  const share = (n: number): number => (profile.total ? (100 * n) / profile.total : 0);
  const c = profile.byCategory;
  return (
    <section class="profile" aria-labelledby="profile-title">
      <h2 id="profile-title" class="visually-hidden">{t('profileHeading')}</h2>
      <dl class="profile-figures">
        <div><dt>{t('profileTotal')}</dt><dd data-figure="total">{profile.total}</dd></div>
        {PROFILE_CATEGORIES.map((category) => (
          <div key={category} class={`profile-figure-${category}`}>
            <dt>{t(CATEGORY_LABEL[category])}</dt><dd data-figure={FIGURE[category]}>{c[category]}</dd>
          </div>
        ))}
        <div><dt>{t('profileSecondHand')}</dt><dd data-figure="second-hand">{profile.secondHand}</dd></div>
        <div><dt>{t('profileLinked')}</dt><dd data-figure="linked">{linked}</dd></div>
        <div><dt>{t('profileUnlinked')}</dt><dd data-figure="unlinked">{profile.total - linked}</dd></div>
      </dl>
      {linked > 0 && linked < profile.total && (
        <label class="switch">
          <input type="checkbox" data-filter="unlinked" checked={unlinkedOnly} onChange={(e) => onUnlinkedOnly(e.currentTarget.checked)} />
          <span>{t('onlyUnlinked')}</span>
        </label>
      )}
      {profile.total > 0 && (
        <div class="profile-bar" role="img"
          aria-label={t('profileBarLabel', c['people-organizations'], c.outlets, c.documents, c.unnamed)}>
          {PROFILE_CATEGORIES.map((category) => c[category] > 0 && (
            <span key={category} class={`profile-bar-${category}`} style={{ width: `${share(c[category])}%` }} />
          ))}
        </div>
      )}
      <details class="profile-key">
        <summary>{t('profileKeySummary')}</summary>
        <dl>
          {PROFILE_CATEGORIES.map((category) => (
            <div key={category}><dt>{t(CATEGORY_LABEL[category])}</dt><dd>{t(CATEGORY_KEY[category])}</dd></div>
          ))}
          <div><dt>{t('profileSecondHand')}</dt><dd>{t('profileSecondHandHint')}</dd></div>
        </dl>
      </details>
      {profile.outlets.length > 0 && (
        <p class="profile-outlets">
          <span class="label">{t('profileOutlets')}</span>{' '}
          <span data-figure="outlets">{profile.outlets.join(', ')}</span>
        </p>
      )}
    </section>
  );
}
