import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createPost, createSpace, gql } from './support/content';
import {
  CommunitySettingsPage,
  LeaderboardPage,
  PostPage,
  SignInPage,
  SpacePage,
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
    await shown(post.comment('九十度くらいでゆっくり注ぐのがおすすめです。'));
    await shown(post.signInToJoin());
    expect(await post.commentForm().count()).toBe(0);

    const results = await visitor.searchFromHeader(word);
    await shown(results.hit(title).getByRole('link', { name: title }));

    await post.open(postId);
    const profile = await post.openAuthor('moderator');
    expect(await profile.name()).toBe('小林 健太（モデレーター）');

    const board = new LeaderboardPage(visitor);
    await board.open();
    await shown(board.rowsOrEmpty());

    const spacePage = new SpacePage(visitor);
    await spacePage.open(space.slug);
    await spacePage.tryToPost();
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
    await shown(post.commentForm());
  });
});
