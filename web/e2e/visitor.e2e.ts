import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import {
  CommunitySettingsPage,
  LeaderboardPage,
  PostPage,
  SignInPage,
  useBrowser,
} from './support/pages';

describe('a visitor without an account', () => {
  const { open } = useBrowser();

  it('reads a question and its answer, searches, opens a profile and the leaderboard, and signs in to react', async () => {
    const staff = await open();
    await new SignInPage(staff).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const word = `焙煎${uniqueId().slice(-6)}`;
    const space = await createSpace(staff.page, 'Visitors');
    const title = `${word} の浅煎りはどう淹れる？`;
    const postId = await createPost(staff.page, {
      spaceId: space.id,
      kind: 'QUESTION',
      title,
      body: `${word} を買いました。おすすめの湯温は？`,
    });
    await gql(staff.page, 'mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }', {
      i: { postId, body: '九十度くらいでゆっくり注ぐのがおすすめです。' },
    });

    // The demo community is visible to visitors.
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const settings = new CommunitySettingsPage(admin);
    await settings.open();
    expect(await settings.visibleToVisitors().isChecked()).toBe(true);

    const visitor = await open();
    const post = new PostPage(visitor);
    await post.open(postId);
    await shown(post.title(title));
    await shown(visitor.page.getByText('九十度くらいでゆっくり注ぐのがおすすめです。'));
    await shown(visitor.page.getByTestId('sign-in-to-join'));
    expect(await visitor.page.getByTestId('comment-form').count()).toBe(0);

    await visitor.searchFromHeader(word);
    await shown(visitor.page.getByRole('link', { name: title }));

    await post.open(postId);
    await visitor.page.locator('article a[href="/members/moderator"]').first().click();
    await visitor.page.waitForURL(/\/members\/moderator$/);
    await shown(visitor.page.getByRole('heading', { level: 1, name: '小林 健太（モデレーター）' }));

    const board = new LeaderboardPage(visitor);
    await board.open();
    await shown(board.rowsOrEmpty());

    await visitor.goto(`/s/${space.slug}`);
    await visitor.page
      .getByRole('button', { name: visitor.t('posts:feed.newPost') })
      .first()
      .click();
    await shown(post.signInPrompt());
    await visitor.page.keyboard.press('Escape');
    await post.signInPrompt().waitFor({ state: 'hidden' });

    await post.open(postId);
    await post.reaction('like').click();
    await shown(post.signInPrompt());
    await post.signInFromPrompt();
    await new SignInPage(visitor).signIn(demoEmail('haruka_s'), DEMO_PASSWORD);
    await visitor.page.waitForURL((url) => url.pathname === `/posts/${postId}`);
    await shown(post.title(title));
    await shown(visitor.page.getByTestId('comment-form'));
  });
});
