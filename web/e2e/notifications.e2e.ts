import { NotificationKind, notificationSentence } from '@kizuna/shared';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import {
  App,
  newMember,
  SignInPage,
  signUpThroughApi,
  type NewMember,
  useBrowser,
} from './support/pages';
import { until } from './support/live';

/**
 * Watches a page's socket.io frames, so a test starts acting only once the live connection (and
 * a room) is really there rather than sleeping.
 */
function watchSocket(page: Page) {
  const received: string[] = [];
  const sent: string[] = [];
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/socket.io/')) return;
    ws.on('framereceived', (f) => received.push(String(f.payload)));
    ws.on('framesent', (f) => sent.push(String(f.payload)));
  });
  return {
    /** socket.io's CONNECT answer ("40{"sid":…}") arrived: the server accepted the session. */
    connected: () => until(() => received.some((p) => p.startsWith('40{')), 'the live connection'),
    /** The server acknowledged `subscribe` for this room with `{ok:true}`. */
    subscribed: (room: string) =>
      until(() => {
        const ids = sent
          .filter((p) => p.includes('"subscribe"') && p.includes(`"${room}"`))
          .map((p) => /^42(\d+)\[/.exec(p)?.[1])
          .filter(Boolean);
        return received.some((p) => ids.some((id) => p.startsWith(`43${id}[{"ok":true}`)));
      }, `the subscription to ${room}`),
  };
}

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
  const bell = (app: App) => app.page.getByTestId('notification-bell');

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
    await b.goto(`/posts/${postId}`);
    await shown(b.heading(title));
    await bLive.subscribed(`post:${postId}`);
    expect(await bell(b).getAttribute('aria-label')).toBe(b.t('notifications:bell.label'));
    await b.page.getByTestId('comment-body').fill('書きかけのコメント');
    await b.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // A replies from the post page.
    const { app: a, who: aWho } = await member();
    await a.goto(`/posts/${postId}`);
    const reply = `いいですね、私も試します ${uniqueId()}`;
    await a.page.getByTestId('comment-body').fill(reply);
    await a.page.getByRole('button', { name: a.t('posts:comments.submit'), exact: true }).click();
    await a.notification(a.t('posts:comments.posted'));

    // B sees the comment appear, the bell count rise and a toast, without a reload.
    await shown(b.page.getByTestId('comment').filter({ hasText: reply }));
    await shown(b.page.getByRole('link', { name: b.t('notifications:bell.unread', { count: 1 }) }));
    const line = notificationSentence(b.lang, NotificationKind.REPLY_TO_POST, {
      actor: aWho.displayName,
      title,
    });
    await b.notification(line);
    expect(await b.page.getByTestId('comment-body').inputValue()).toBe('書きかけのコメント');
    expect(
      await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);

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
    await reacted(b.page.locator('article'));
    await reacted(b.page.getByTestId('comment').filter({ hasText: reply }));
    await shown(b.page.getByRole('link', { name: b.t('notifications:bell.unread', { count: 2 }) }));

    // The notifications page lists it, linked to the comment; "mark all read" clears the bell.
    await bell(b).click();
    await shown(b.heading(b.t('notifications:page.title')));
    const item = await shown(b.page.getByTestId('notification-item').filter({ hasText: line }));
    expect(await item.getAttribute('href')).toMatch(new RegExp(`^/posts/${postId}#comment-`));
    expect(await item.getAttribute('data-unread')).toBe('true');
    await b.page.getByRole('button', { name: b.t('notifications:page.markAllRead') }).click();
    await b.notification(b.t('notifications:page.markedAllRead'));
    await shown(b.page.getByRole('link', { name: b.t('notifications:bell.label'), exact: true }));
    expect(await item.getAttribute('data-unread')).toBeNull();
    await b.reload();
    expect(await bell(b).getAttribute('aria-label')).toBe(b.t('notifications:bell.label'));

    // Opening the notification leads to the comment on the post page.
    await b.page.getByTestId('notification-item').filter({ hasText: line }).click();
    await b.page.waitForURL(new RegExp(`/posts/${postId}#comment-`));
    await shown(b.page.getByTestId('comment').filter({ hasText: reply }));
  });

  it('staff send a member a message from the profile; it arrives as a notification', async () => {
    const { app, who } = await member();
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    await moderator.goto(`/members/${who.handle}`);
    await moderator.page.getByRole('button', { name: moderator.t('profile:message.open') }).click();
    const dialog = await shown(moderator.page.getByRole('dialog'));
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
    await shown(
      app.page.getByRole('link', { name: app.t('notifications:bell.unread', { count: 1 }) }),
    );
    await bell(app).click();
    const line = notificationSentence(app.lang, NotificationKind.MODERATOR_MESSAGE, {
      message: text,
    });
    const item = await shown(app.page.getByTestId('notification-item').filter({ hasText: line }));
    expect(await item.evaluate((el) => el.tagName)).toBe('DIV');
    await item.getByRole('button', { name: app.t('notifications:page.markRead') }).click();
    await shown(
      app.page.getByRole('link', { name: app.t('notifications:bell.label'), exact: true }),
    );
    expect(await item.getAttribute('data-unread')).toBeNull();
  });

  it('notification settings are saved and kept after a reload', async () => {
    const { app } = await member();
    await app.goto('/settings/notifications');
    await shown(app.heading(app.t('notifications:settings.title')));
    const option = (kind: string, channel: string) =>
      app.page.getByRole('radio', {
        name: app.t('notifications:settings.optionLabel', {
          kind: app.t(`notifications:kinds.${kind}`),
          channel: app.t(`notifications:settings.channels.${channel}`),
        }),
      });
    // Moderator messages cannot be turned off.
    expect(await option('MODERATOR_MESSAGE', 'OFF').isDisabled()).toBe(true);
    expect(await option('REACTIONS', 'IN_APP').isChecked()).toBe(true);

    await option('REACTIONS', 'OFF').check();
    await option('MENTION', 'IN_APP').check();
    const immediate = app.page.getByRole('radio', {
      name: app.t('notifications:settings.frequency.IMMEDIATE'),
    });
    await immediate.check();
    await app.page.getByRole('button', { name: app.t('common:actions.save') }).click();
    await app.notification(app.t('notifications:settings.saved'));

    await app.reload();
    await shown(app.heading(app.t('notifications:settings.title')));
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
    await shown(app.page.getByTestId('post-card'));
    expect(await app.page.getByTestId('new-posts-banner').count()).toBe(0);

    const title = `ライブで届く新しい投稿 ${uniqueId()}`;
    await createPost(moderator.page, { spaceId: space.id, title, body: '新しい話題です' });
    const banner = await shown(app.page.getByTestId('new-posts-banner'));
    expect((await banner.textContent())?.trim()).toBe(
      app.t('posts:feed.newPosts_other', { count: 1 }),
    );
    expect(await app.page.getByTestId('post-card').filter({ hasText: title }).count()).toBe(0);

    await banner.click();
    await shown(app.page.getByTestId('post-card').filter({ hasText: title }));
    expect(await app.page.getByTestId('new-posts-banner').count()).toBe(0);
  });
});
