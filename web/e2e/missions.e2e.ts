import { baseUrl, DEMO_PASSWORD, demoEmail, label, shown, uniqueId } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import {
  App,
  BadgePage,
  BadgesAdminPage,
  HomePage,
  LeaderboardPage,
  MissionsAdminPage,
  newMember,
  PostPage,
  ProfilePage,
  SignInPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';
import { until, watchConnection } from './support/live';

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
    const home = new HomePage(app);
    await home.open();
    await connected();

    const missions = home.missions();
    await shown(missions.root());
    const mission = missions.byKind('ONBOARDING');
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
    const pointsBefore = await home.points();
    await app.markNotReloaded();
    const stepDone = (action: string) => shown(missions.step(mission, action, true));

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
    const post = new PostPage(tab);
    await post.open(theirPost);
    await post.sendComment('はじめまして、よろしくお願いします。');
    await shown(post.comment('よろしくお願いします'));
    await tab.page.close();

    // Complete: congratulated (card and toast), and the reward is in the points.
    const done = await shown(missions.completed());
    await shown(done.getByText(app.t('missions:panel.completed')));
    await app.notification(app.t('missions:panel.toast', { title: 'はじめの一歩' }));
    // Only the onboarding card gave way (other missions, such as the demo's, stay).
    expect(await missions.mission('はじめの一歩').count()).toBe(0);
    await until(async () => (await home.points()) >= pointsBefore + 50, 'the points to rise live');
    expect(await app.wasNotReloaded()).toBe(true);

    // The first post earned a badge: on the profile, linking to the badge page.
    const profile = new ProfilePage(app);
    await profile.open(who.handle);
    const badge = await shown(profile.badge('first-post'));
    await badge.getByRole('link').click();
    const badgePage = new BadgePage(app);
    await shown(badgePage.name('初投稿'));
    await shown(badgePage.holder(who.displayName));
  });

  it('a moderator awards and revokes a manual badge with a reason', async () => {
    const member = await open();
    const who = newMember(uniqueId());
    await signUpThroughApi(member, who);

    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const profile = new ProfilePage(moderator);
    await profile.open(who.handle);
    const dialog = await profile.openAwardBadge();
    await moderator.page.getByTestId('grant-badge').click();
    await moderator.page.getByRole('option', { name: /コミュニティヒーロー/ }).click();
    await dialog.getByRole('button', { name: moderator.t('badges:grant.award') }).click();
    await shown(dialog.getByText(moderator.t('badges:grant.errors.reason')));
    await moderator.page.getByTestId('grant-reason').fill('オフ会の運営に協力してくれました');
    await dialog.getByRole('button', { name: moderator.t('badges:grant.award') }).click();
    await moderator.notification(moderator.t('badges:grant.awarded'));
    const held = await shown(profile.badge('community-hero'));
    await shown(held.getByText('オフ会の運営に協力してくれました', { exact: false }));

    // The member sees it with the reason; the badges page counts the holder.
    const theirs = new ProfilePage(member);
    await theirs.open(who.handle);
    await shown(theirs.badge('community-hero').getByTestId('profile-badge-reason'));
    const board = new LeaderboardPage(member);
    await board.open();
    const badgesPage = await board.openBadges();
    await shown(badgesPage.card('community-hero'));

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
    await profile.badge('community-hero').waitFor({ state: 'detached' });
  });

  it('an admin makes an attendance badge; members checked in at events hold the first event badge and see their count', async () => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const page = new BadgesAdminPage(admin);
    await page.open();
    await shown(
      page.row('events-5').getByText(admin.t('badges:how.EVENTS_ATTENDED', { count: 5 })),
    );
    const form = await page.startNew();
    const key = `events_${uniqueId()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`.slice(0, 40);
    await form.getByLabel(admin.t('badges:admin.key')).fill(key);
    await form.getByLabel(admin.t('badges:admin.nameJa')).fill('イベント皆勤賞');
    await form.getByLabel(admin.t('badges:admin.nameEn')).fill('Never missed one');
    await form.getByLabel(admin.t('badges:admin.criterion')).click();
    await admin.page
      .getByRole('option', { name: admin.t('badges:criteria.EVENTS_ATTENDED') })
      .click();
    const threshold = form.getByLabel(admin.t('badges:admin.thresholdCount'));
    await threshold.fill('3');
    await form.getByRole('button', { name: admin.t('common:actions.save') }).click();
    await admin.notification(admin.t('badges:admin.created'));
    await shown(page.row(key).getByText(admin.t('badges:how.EVENTS_ATTENDED', { count: 3 })));

    // A demo member checked in at a past event holds the first event badge; their profile
    // counts the events.
    const { badge } = await gql<{
      badge: { holders: { nodes: Array<{ member: { handle: string } }> } };
    }>(
      admin.page,
      'query { badge(key: "first-event") { holders(first: 1) { nodes { member { handle } } } } }',
    );
    const handle = badge.holders.nodes[0].member.handle;
    const { member } = await gql<{ member: { standing: { eventsAttended: number } } }>(
      admin.page,
      'query($h: String!) { member(handle: $h) { standing { eventsAttended } } }',
      { h: handle },
    );
    expect(member.standing.eventsAttended).toBeGreaterThanOrEqual(1);
    const viewer = await open();
    await new SignInPage(viewer).signInAndWait(demoEmail('haruka_s'), DEMO_PASSWORD);
    const profile = new ProfilePage(viewer);
    await profile.open(handle);
    await shown(profile.badge('first-event'));
    const count = await shown(profile.standing().getByTestId('standing-events-attended'));
    expect(await count.textContent()).toBe(String(member.standing.eventsAttended));
  });

  it('a moderator creates a timeboxed mission, which members see with the time left', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const admin = new MissionsAdminPage(moderator);
    await admin.open();
    const form = await admin.startNew();
    expect(
      await form.getByLabel(label(moderator.t('missions:admin.startsAt'))).textContent(),
    ).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/); // Japanese writes 9:05, not 09:05
    await form.getByRole('button', { name: moderator.t('common:actions.save') }).click();
    await shown(form.getByText(moderator.t('missions:admin.fix')));
    await shown(form.getByText(moderator.t('missions:admin.errors.required')));
    const title = `春のキャンペーン ${uniqueId()}`;
    await form.getByLabel(label(moderator.t('missions:admin.titleJa'))).fill(title);
    await form.getByLabel(label(moderator.t('missions:admin.titleEn'))).fill('Spring campaign');
    await form.getByRole('button', { name: moderator.t('common:actions.save') }).click();
    await moderator.notification(moderator.t('missions:admin.created'));
    const row = await shown(admin.row(title));
    await shown(row.getByText(moderator.t('missions:admin.state.open')));

    const member = await open();
    await signUpThroughApi(member, newMember(uniqueId()));
    const home = new HomePage(member);
    await home.open();
    const card = await shown(home.missions().mission(title));
    await shown(
      card.getByTestId('mission-time-left').filter({
        hasText: /残り (6|7) 日/,
      }),
    );

    // Ended: no longer shown to members.
    await admin.archive(title);
    await member.reload();
    await shown(home.missions().root());
    expect(await home.missions().mission(title).count()).toBe(0);
  });
});
