import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, launchBrowser, newContext, shown } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import { App, SignInPage } from './support/pages';

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
    await app.goto('/admin/reactions');
    await shown(app.heading('リアクションの種類'));
    const rows = app.page.getByTestId('reaction-kind-row');
    const before = await rows.count();
    await app.page.getByRole('button', { name: '種類を追加' }).click();
    const row = rows.nth(before);
    await row.getByLabel('キー').fill('cheers');
    await row.getByLabel('絵文字').fill('🥂');
    await row.getByLabel('名前（日本語）').fill('乾杯');
    await row.getByLabel('名前（英語）').fill('Cheers');
    await app.page.getByRole('button', { name: '保存' }).click();
    await shown(app.page.getByText('リアクションの種類を保存しました'));

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
  });
});
