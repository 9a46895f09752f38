import { NotificationKind, notificationSentence } from '@kizuna/shared';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import {
  App,
  HomePage,
  newMember,
  NotificationSettingsPage,
  PostPage,
  ProfilePage,
  SignInPage,
  signUpThroughApi,
  type NewMember,
  useBrowser,
} from './support/pages';
import { until, watchSocket } from './support/live';

describe('real-time and notifications', () => {
  const { open } = useBrowser();
  /** A new member, signed up through the api, on the home page with the live connection up. */
  const member = async (): Promise<{
    app: App;
    who: NewMember;
    live: ReturnType<typeof watchSocket>;
  }> => {
    const app = await open();
    const live = watchSocket(app.page);
    const who = newMember(uniqueId());
    await signUpThroughApi(app, who);
    await app.goto('/');
    await live.connected();
    return { app, who, live };
  };
  const bell = (app: App) => app.bell();

  it('a reply reaches the author live: the bell, a toast and the comment on the open page', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(moderator.page, 'Live');

    // B writes a post and keeps it open, with a comment half written.
    const { app: b, live: bLive } = await member();
    // B's first post earns a badge; B turned badge notifications off, so the bell counts replies.
    await gql(
      b.page,
      'mutation { updateNotificationPreferences(input: { channels: [{ kind: BADGE, channel: OFF }] }) { emailFrequency } }',
    );
    const title = `淹れたての話題 ${uniqueId()}`;
    const postId = await createPost(b.page, { spaceId: space.id, title, body: '本文です' });
    const bPost = new PostPage(b);
    await bPost.open(postId);
    await b.sees(title);
    await bLive.subscribed(`post:${postId}`);
    expect(await bell(b).getAttribute('aria-label')).toBe(b.t('notifications:bell.label'));
    await bPost.writeComment('書きかけのコメント');
    await b.markNotReloaded();

    // A replies from the post page.
    const { app: a, who: aWho } = await member();
    const aPost = new PostPage(a);
    await aPost.open(postId);
    const reply = `いいですね、私も試します ${uniqueId()}`;
    await aPost.sendComment(reply);
    await a.notification(a.t('posts:comments.posted'));

    // B sees the comment appear, the bell count rise and a toast, without a reload.
    await shown(bPost.comment(reply));
    await shown(b.bellWithUnread(1));
    const line = notificationSentence(b.lang, NotificationKind.REPLY_TO_POST, {
      actor: aWho.displayName,
      title,
    });
    await b.notification(line);
    expect(await bPost.commentBox().inputValue()).toBe('書きかけのコメント');
    expect(await b.wasNotReloaded()).toBe(true);

    // A reacts to the post and to the comment: B's open page shows both counts.
    const { post } = await gql<{ post: { comments: { nodes: { id: string; body: string }[] } } }>(
      a.page,
      'query($id: ID!) { post(id: $id) { comments(first: 10) { nodes { id body } } } }',
      { id: postId },
    );
    const commentId = post.comments.nodes.find((c) => c.body === reply)!.id;
    const { reactionKinds } = await gql<{ reactionKinds: { key: string; enabled: boolean }[] }>(
      a.page,
      '{ reactionKinds { key enabled } }',
    );
    const kind = reactionKinds.find((k) => k.enabled)!.key;
    const REACT =
      'mutation($i: SetReactionInput!) { setReaction(input: $i) { reactions { kind count } } }';
    await gql(a.page, REACT, {
      i: { targetType: 'POST', targetId: postId, kind, active: true },
    });
    await gql(a.page, REACT, {
      i: { targetType: 'COMMENT', targetId: commentId, kind, active: true },
    });
    const reacted = (scope: ReturnType<Page['locator']>) =>
      until(
        async () =>
          (await scope.getByTestId(`reaction-${kind}`).textContent())?.includes('1') ?? false,
        'a live reaction count',
      );
    await reacted(bPost.article());
    await reacted(bPost.comment(reply));
    await shown(b.bellWithUnread(2));

    // The notifications page lists it, linked to the comment; "mark all read" clears the bell.
    const inbox = await b.openNotifications();
    const item = await shown(inbox.item(line));
    expect(await item.getAttribute('href')).toMatch(new RegExp(`^/posts/${postId}#comment-`));
    expect(await item.getAttribute('data-unread')).toBe('true');
    await inbox.markAllRead();
    await shown(b.bellWithUnread(0));
    expect(await item.getAttribute('data-unread')).toBeNull();
    await b.reload();
    expect(await bell(b).getAttribute('aria-label')).toBe(b.t('notifications:bell.label'));

    // Opening the notification leads to the comment on the post page.
    await inbox.item(line).click();
    await b.page.waitForURL(new RegExp(`/posts/${postId}#comment-`));
    await shown(bPost.comment(reply));
  });

  it('staff send a member a message from the profile; it arrives as a notification', async () => {
    const { app, who } = await member();
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const profile = new ProfilePage(moderator);
    await profile.open(who.handle);
    const dialog = await profile.openMessage();
    await dialog.getByRole('button', { name: moderator.t('profile:message.send') }).click();
    await shown(dialog.getByText(moderator.t('errors:fieldIssues.message.REQUIRED')));
    const text = `ようこそ！自己紹介をお待ちしています ${uniqueId()}`;
    await moderator.page.getByTestId('member-message').fill(text);
    await shown(
      dialog.getByText(
        moderator.t('profile:message.count', { count: [...text].length, max: 2000 }),
      ),
    );
    await dialog.getByRole('button', { name: moderator.t('profile:message.send') }).click();
    await moderator.notification(moderator.t('profile:message.sent', { name: who.displayName }));

    // The member, on the home page, sees it arrive; a message has no link and is read in place.
    await shown(app.bellWithUnread(1));
    const inbox = await app.openNotifications();
    const line = notificationSentence(app.lang, NotificationKind.MODERATOR_MESSAGE, {
      message: text,
    });
    const item = await shown(inbox.item(line));
    expect(await item.evaluate((el) => el.tagName)).toBe('DIV');
    await inbox.markRead(line);
    await shown(app.bellWithUnread(0));
    expect(await item.getAttribute('data-unread')).toBeNull();
  });

  it('notification settings are saved and kept after a reload', async () => {
    const { app } = await member();
    const settings = new NotificationSettingsPage(app);
    await settings.open();
    const option = (kind: string, channel: string) => settings.option(kind, channel);
    // Moderator messages cannot be turned off.
    expect(await option('MODERATOR_MESSAGE', 'OFF').isDisabled()).toBe(true);
    expect(await option('REACTIONS', 'IN_APP').isChecked()).toBe(true);

    await option('REACTIONS', 'OFF').check();
    await option('MENTION', 'IN_APP').check();
    const immediate = settings.frequency('IMMEDIATE');
    await immediate.check();
    await settings.save();

    await app.reload();
    await app.sees(app.t('notificationSettings:title'));
    await until(() => option('REACTIONS', 'OFF').isChecked(), 'the saved reaction setting');
    expect(await option('MENTION', 'IN_APP').isChecked()).toBe(true);
    expect(await option('REACTIONS', 'IN_APP').isChecked()).toBe(false);
    expect(await immediate.isChecked()).toBe(true);
  });

  it('the home feed announces posts published since it was opened', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const { space } = await gql<{ space: { id: string } }>(
      moderator.page,
      'query { space(slug: "talk") { id } }',
    );

    const { app } = await member();
    const home = new HomePage(app);
    await shown(home.postCards());
    expect(await home.newPostsBanner().count()).toBe(0);

    const title = `ライブで届く新しい投稿 ${uniqueId()}`;
    await createPost(moderator.page, { spaceId: space.id, title, body: '新しい話題です' });
    const banner = await shown(home.newPostsBanner());
    expect((await banner.textContent())?.trim()).toBe(
      app.t('posts:feed.newPosts_other', { count: 1 }),
    );
    expect(await home.postCard(title).count()).toBe(0);

    await banner.click();
    await shown(home.postCard(title));
    expect(await home.newPostsBanner().count()).toBe(0);
  });
});
