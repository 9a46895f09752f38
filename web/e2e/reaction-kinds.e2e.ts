import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, launchBrowser, newContext } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import { App, PostPage, ReactionKindsPage, SignInPage } from './support/pages';
import { until } from './support/live';

describe('reaction kinds', () => {
  let browser: Browser;
  let app: App;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = new App(await (await newContext(browser)).newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the admin adds a kind and members can use it', async () => {
    await new SignInPage(app).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const kinds = new ReactionKindsPage(app);
    await kinds.open();
    await kinds.add({ key: 'cheers', emoji: '🥂', nameJa: '乾杯', nameEn: 'Cheers' });

    const { reactionKinds } = await gql<{
      reactionKinds: Array<{ key: string; enabled: boolean }>;
    }>(app.page, '{ reactionKinds { key enabled } }');
    expect(reactionKinds).toContainEqual({ key: 'cheers', enabled: true });

    const space = await createSpace(app.page, 'Kinds');
    const postId = await createPost(app.page, {
      spaceId: space.id,
      title: '乾杯したい投稿',
      body: '本文',
    });
    const { setReaction } = await gql<{
      setReaction: { reactions: Array<{ kind: string; count: number }> };
    }>(
      app.page,
      'mutation($i: SetReactionInput!) { setReaction(input: $i) { reactions { kind count } } }',
      { i: { targetType: 'POST', targetId: postId, kind: 'cheers', active: true } },
    );
    expect(setReaction.reactions).toContainEqual({ kind: 'cheers', count: 1 });

    // On the post page the new kind shows as given, and a click takes it back.
    const post = new PostPage(app);
    await post.open(postId);
    await until(() => post.hasReacted('🥂'), 'the cheers reaction to show as given');
    await post.react('🥂');
    await until(async () => !(await post.hasReacted('🥂')), 'the cheers reaction to be taken back');
    const { post: after } = await gql<{
      post: { reactions: Array<{ kind: string; count: number }> };
    }>(app.page, 'query($id: ID!) { post(id: $id) { reactions { kind count } } }', { id: postId });
    expect(after.reactions.find((r) => r.kind === 'cheers')?.count ?? 0).toBe(0);
  });
});
