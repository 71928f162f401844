// The article's sourcing profile: how much rests on named, unnamed and second-hand sources.
import type { SourcingProfile } from '../../core/profile';
import { t } from '../../shared/i18n';

export function Profile({ profile }: { profile: SourcingProfile }) {
  const namedShare = profile.total ? Math.round((100 * profile.named) / profile.total) : 0;
  return (
    <section class="profile" aria-labelledby="profile-title">
      <h2 id="profile-title" class="visually-hidden">{t('profileHeading')}</h2>
      <dl class="profile-figures">
        <div><dt>{t('profileTotal')}</dt><dd data-figure="total">{profile.total}</dd></div>
        <div><dt>{t('profileNamed')}</dt><dd data-figure="named">{profile.named}</dd></div>
        <div><dt>{t('profileAnonymous')}</dt><dd data-figure="anonymous">{profile.anonymous}</dd></div>
        <div title={t('profileSecondHandHint')}><dt>{t('profileSecondHand')}</dt><dd data-figure="second-hand">{profile.secondHand}</dd></div>
      </dl>
      {profile.total > 0 && (
        <div class="profile-bar" role="img" aria-label={t('profileBarLabel', profile.named, profile.anonymous)}>
          <span class="profile-bar-named" style={{ width: `${namedShare}%` }} />
        </div>
      )}
      {profile.outlets.length > 0 && (
        <p class="profile-outlets">
          <span class="label">{t('profileOutlets')}</span>{' '}
          <span data-figure="outlets">{profile.outlets.join(', ')}</span>
        </p>
      )}
    </section>
  );
}
