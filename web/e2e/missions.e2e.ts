import { baseUrl, DEMO_PASSWORD, demoEmail, label, shown, uniqueId } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import { App, newMember, SignInPage, signUpThroughApi, useBrowser } from './support/pages';
import { until, watchConnection } from './support/live';

/** "1,234 pt" → 1234. */
const pointsOf = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

describe('missions and badges', () => {
  const { open } = useBrowser();

  it('a new member completes the onboarding mission and sees it, and the points, live', async () => {
    // Someone else's post to react to and comment on.
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(moderator.page, 'Mission');
    const theirPost = await createPost(moderator.page, {
      spaceId: space.id,
      title: `ようこそ ${uniqueId()}`,
      body: '自己紹介をどうぞ。',
    });

    const app = await open();
    const connected = watchConnection(app.page);
    const who = newMember(uniqueId());
    await signUpThroughApi(app, who);
    await app.goto('/');
    await connected();

    const panel = await shown(app.page.getByTestId('missions-panel'));
    const mission = panel.locator('[data-testid="mission"][data-kind="ONBOARDING"]');
    await shown(mission);
    const steps = mission.getByTestId('mission-step');
    expect(await steps.count()).toBe(4);
    expect(await mission.locator('[data-testid="mission-step"][data-done]').count()).toBe(0);
    await shown(mission.getByText(app.t('missions:actions.PROFILE_COMPLETED')));
    expect(await steps.first().getByTestId('step-counter').textContent()).toBe('0 / 1');
    await shown(
      mission.getByTestId('mission-reward').filter({
        hasText: app.t('missions:panel.rewardPoints', { points: '50' }),
      }),
    );
    const pointsBefore = pointsOf(await app.page.getByTestId('home-points').textContent());
    await app.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const stepDone = (action: string) =>
      shown(mission.locator(`[data-testid="mission-step"][data-action="${action}"][data-done]`));

    // The profile: name, a few words and a picture (through the api).
    await gql(app.page, 'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { bio: 'コーヒーが好きです。', avatarUrl: `${baseUrl()}/favicon.svg` },
    });
    await stepDone('PROFILE_COMPLETED');
    await shown(
      mission
        .getByTestId('mission-progress')
        .filter({ hasText: app.t('missions:panel.progress', { done: 1, steps: 4 }) }),
    );

    // A first post and a first reaction (through the api).
    await createPost(app.page, { spaceId: space.id, title: 'はじめまして', body: 'よろしく！' });
    await stepDone('POST');
    await gql(
      app.page,
      'mutation($i: SetReactionInput!) { setReaction(input: $i) { reactions { kind count } } }',
      { i: { targetType: 'POST', targetId: theirPost, kind: 'like', active: true } },
    );
    await stepDone('REACTION');

    // A first comment, through the post page in another tab: the home page follows live.
    const tab = new App(await app.page.context().newPage());
    await tab.goto(`/posts/${theirPost}`);
    await tab.page.getByTestId('comment-body').fill('はじめまして、よろしくお願いします。');
    await tab.page
      .getByRole('button', { name: tab.t('posts:comments.submit'), exact: true })
      .click();
    await shown(tab.page.getByTestId('comment').filter({ hasText: 'よろしくお願いします' }));
    await tab.page.close();

    // Complete: congratulated (card and toast), and the reward is in the points.
    const done = await shown(app.page.getByTestId('mission-completed'));
    await shown(done.getByText(app.t('missions:panel.completed')));
    await app.notification(app.t('missions:panel.toast', { title: 'はじめの一歩' }));
    // Only the onboarding card gave way (other missions, such as the demo's, stay).
    expect(await app.page.getByTestId('mission').filter({ hasText: 'はじめの一歩' }).count()).toBe(
      0,
    );
    await until(
      async () =>
        pointsOf(await app.page.getByTestId('home-points').textContent()) >= pointsBefore + 50,
      'the points to rise live',
    );
    expect(
      await app.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);

    // The first post earned a badge: on the profile, linking to the badge page.
    await app.goto(`/members/${who.handle}`);
    const badge = await shown(
      app.page.locator('[data-testid="profile-badge"][data-key="first-post"]'),
    );
    await badge.getByRole('link').click();
    await shown(app.page.getByTestId('badge-name').filter({ hasText: '初投稿' }));
    await shown(app.page.getByTestId('badge-holder').filter({ hasText: who.displayName }));
  });

  it('a moderator awards and revokes a manual badge with a reason', async () => {
    const member = await open();
    const who = newMember(uniqueId());
    await signUpThroughApi(member, who);

    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    await moderator.goto(`/members/${who.handle}`);
    const badges = await shown(moderator.page.getByTestId('profile-badges'));
    await badges.getByRole('button', { name: moderator.t('badges:profile.award') }).click();
    const dialog = await shown(moderator.page.getByRole('dialog'));
    await moderator.page.getByTestId('grant-badge').click();
    await moderator.page.getByRole('option', { name: /コミュニティヒーロー/ }).click();
    await dialog.getByRole('button', { name: moderator.t('badges:grant.award') }).click();
    await shown(dialog.getByText(moderator.t('badges:grant.errors.reason')));
    await moderator.page.getByTestId('grant-reason').fill('オフ会の運営に協力してくれました');
    await dialog.getByRole('button', { name: moderator.t('badges:grant.award') }).click();
    await moderator.notification(moderator.t('badges:grant.awarded'));
    const held = await shown(
      moderator.page.locator('[data-testid="profile-badge"][data-key="community-hero"]'),
    );
    await shown(held.getByText('オフ会の運営に協力してくれました', { exact: false }));

    // The member sees it with the reason; the badges page counts the holder.
    await member.goto(`/members/${who.handle}`);
    await shown(
      member.page
        .locator('[data-testid="profile-badge"][data-key="community-hero"]')
        .getByTestId('profile-badge-reason'),
    );
    await member.goto('/leaderboard');
    await member.page.getByRole('link', { name: member.t('badges:list.link') }).click();
    await shown(member.heading(member.t('badges:list.title')));
    await shown(member.page.locator('[data-testid="badge-card"][data-key="community-hero"]'));

    // Revoked, with a reason: gone from the profile.
    await held
      .getByRole('button', {
        name: moderator.t('badges:profile.revokeLabel', { name: 'コミュニティヒーロー' }),
      })
      .click();
    const revoke = await shown(moderator.page.getByRole('dialog'));
    await moderator.page.getByTestId('grant-reason').fill('テストのため取り消し');
    await revoke.getByRole('button', { name: moderator.t('badges:grant.revoke') }).click();
    await moderator.notification(moderator.t('badges:grant.revoked'));
    await moderator.page
      .locator('[data-testid="profile-badge"][data-key="community-hero"]')
      .waitFor({ state: 'detached' });
  });

  it('a moderator creates a timeboxed mission, which members see with the time left', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    await moderator.goto('/manage/missions');
    await shown(moderator.heading(moderator.t('missions:admin.title')));
    await moderator.page.getByRole('button', { name: moderator.t('missions:admin.new') }).click();
    const form = await shown(moderator.page.getByTestId('mission-form'));
    expect(
      await form.getByLabel(label(moderator.t('missions:admin.startsAt'))).textContent(),
    ).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
    await form.getByRole('button', { name: moderator.t('common:actions.save') }).click();
    await shown(form.getByText(moderator.t('missions:admin.fix')));
    await shown(form.getByText(moderator.t('missions:admin.errors.required')));
    const title = `春のキャンペーン ${uniqueId()}`;
    await form.getByLabel(label(moderator.t('missions:admin.titleJa'))).fill(title);
    await form.getByLabel(label(moderator.t('missions:admin.titleEn'))).fill('Spring campaign');
    await form.getByRole('button', { name: moderator.t('common:actions.save') }).click();
    await moderator.notification(moderator.t('missions:admin.created'));
    const row = await shown(moderator.page.getByTestId('mission-row').filter({ hasText: title }));
    await shown(row.getByText(moderator.t('missions:admin.state.open')));

    const member = await open();
    await signUpThroughApi(member, newMember(uniqueId()));
    await member.goto('/');
    const card = await shown(member.page.getByTestId('mission').filter({ hasText: title }));
    await shown(
      card.getByTestId('mission-time-left').filter({
        hasText: /残り (6|7) 日/,
      }),
    );

    // Ended: no longer shown to members.
    await row.getByRole('button', { name: moderator.t('missions:admin.archive') }).click();
    const dialog = await shown(moderator.page.getByRole('dialog'));
    await dialog.getByRole('button', { name: moderator.t('missions:admin.archive') }).click();
    await moderator.notification(moderator.t('missions:admin.archived'));
    await member.reload();
    await shown(member.page.getByTestId('missions-panel'));
    expect(await member.page.getByTestId('mission').filter({ hasText: title }).count()).toBe(0);
  });
});
