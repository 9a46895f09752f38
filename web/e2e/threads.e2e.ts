import type { Browser, Locator } from 'playwright-core';
import {
  DEMO_PASSWORD,
  demoEmail,
  launchBrowser,
  menuFocused,
  newContext,
  shown,
} from './support/env';
import { createPost, createSpace, gql } from './support/content';
import { until } from './support/live';
import { App, PostPage, SignInPage } from './support/pages';

describe('a long thread', () => {
  let browser: Browser;
  let app: App;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = new App(await (await newContext(browser)).newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });

  const focused = (locator: Locator) => locator.evaluate((node) => node === document.activeElement);

  it('shows the first replies and opens the rest on request', async () => {
    await new SignInPage(app).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(app.page, 'Thread');
    const postId = await createPost(app.page, {
      spaceId: space.id,
      title: '返信の多いスレッド',
      body: '本文',
    });
    const COMMENT = 'mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }';
    const { createComment } = await gql<{ createComment: { id: string } }>(app.page, COMMENT, {
      i: { postId, body: '最初のコメント' },
    });
    for (let n = 1; n <= 5; n++) {
      await gql(app.page, COMMENT, {
        i: { postId, parentId: createComment.id, body: `返信 ${n} 番目` },
      });
    }

    const post = new PostPage(app);
    await post.open(postId);
    await shown(post.comment('返信 3 番目'));
    expect(await post.comment('返信 5 番目').count()).toBe(0);
    await post.showMoreReplies(2);
    await shown(post.comment('返信 5 番目'));
    await shown(post.comment('返信 4 番目'));
    expect(await app.page.getByRole('button', { name: /件の返信を表示/ }).count()).toBe(0);
  });

  it('opens the comment and post menus from the keyboard and gives focus back', async () => {
    const page = app.page;
    const comment = new PostPage(app).comment('最初のコメント');
    const commentMenu = comment.getByRole('button', { name: /コメントのメニュー/ });
    expect(await commentMenu.getAttribute('aria-haspopup')).toBe('menu');
    expect(await commentMenu.getAttribute('aria-expanded')).toBe('false');

    await commentMenu.focus();
    await page.keyboard.press('Enter');
    const edit = await shown(page.getByRole('menuitem', { name: app.t('posts:comments.edit') }));
    expect(await commentMenu.getAttribute('aria-expanded')).toBe('true');
    await menuFocused(page);
    await page.keyboard.press('ArrowDown');
    await until(() => focused(edit), 'focus on the first item');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });
    await until(() => focused(commentMenu), 'focus to return to the menu button');

    await page.keyboard.press('Enter');
    await shown(edit);
    await menuFocused(page);
    await page.keyboard.press('ArrowDown');
    await until(() => focused(edit), 'focus on the first item again');
    await page.keyboard.press('Enter');
    await shown(comment.getByLabel(app.t('posts:comments.editLabel')));

    const postMenu = page.getByTestId('post-menu');
    await postMenu.focus();
    await page.keyboard.press('Space');
    const editPost = await shown(page.getByRole('menuitem', { name: app.t('posts:post.edit') }));
    await shown(page.getByRole('menuitem', { name: app.t('posts:moderation.pin') }));
    await menuFocused(page);
    await page.keyboard.press('ArrowDown');
    await until(() => focused(editPost), 'focus on the post menu');
    await page.keyboard.press('Escape');
    await editPost.waitFor({ state: 'hidden' });
    await until(() => focused(postMenu), 'focus to return to the post menu button');
  });
});
