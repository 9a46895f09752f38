import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, launchBrowser, newContext, shown } from './support/env';
import { createPost, createSpace, gql } from './support/content';
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
});
