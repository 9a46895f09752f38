import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createSpace, TINY_PNG } from './support/content';
import {
  HomePage,
  newMember,
  PostPage,
  SignInPage,
  signUpThroughApi,
  SpacePage,
  useBrowser,
} from './support/pages';

describe('questions and answers', () => {
  const { open } = useBrowser();

  it('a member asks with an image, another answers, the best answer solves it, search finds it', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(moderator.page, 'Q&A');

    // Member A asks a question with an image, from the space page.
    const asker = await open();
    const a = newMember(uniqueId());
    await signUpThroughApi(asker, a);
    const spacePage = new SpacePage(asker);
    await spacePage.open(space.slug);
    const composer = await spacePage.startPost();
    await composer.chooseKind('QUESTION');
    const title = `美味しい珈琲の淹れ方を教えてください ${uniqueId()}`;
    await composer.fillTitle(title);
    await composer.fillBody('家で美味しい珈琲を淹れるコツはありますか？\n\n');
    await composer.attachImage({ name: 'beans.png', mimeType: 'image/png', buffer: TINY_PNG });
    const question = await composer.publish();
    await asker.sees(title);
    const postUrl = asker.path();
    const postId = postUrl.split('/').pop()!;
    const image = await shown(question.body().locator('img'));
    expect(await image.getAttribute('src')).toMatch(/^\/media\//);
    await shown(question.unansweredBadge());

    // The unanswered tab lists it, with its picture, small.
    const home = new HomePage(asker);
    await home.open('unanswered');
    const listed = await shown(home.postCard(title));
    const thumb = await shown(listed.getByTestId('post-card-thumbnail'));
    expect(await thumb.getAttribute('src')).toMatch(/^\/media\/[0-9a-f-]{36}\/thumb\.webp$/);
    await asker.page.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await thumb.elementHandle(),
    );

    // Member B answers.
    const answerer = await open();
    await signUpThroughApi(answerer, newMember(uniqueId()));
    const answering = new PostPage(answerer);
    await answering.open(postId);
    await answering.sendComment('中細挽きで 92℃ のお湯を使うのがおすすめです。', 'answer');
    await shown(answering.comment('92℃'));

    // A marks it the best answer.
    await question.open(postId);
    await question.markBestAnswer();
    await shown(question.bestAnswerBadge());
    await shown(question.solvedBadge());

    // The home feed shows it solved; it has left the unanswered tab.
    await home.open();
    await shown(home.postCard(title).getByTestId('badge-solved'));
    await home.open('unanswered');
    await shown(
      asker.page
        .getByRole('tabpanel')
        .or(asker.page.getByText(asker.t('posts:feed.empty.unanswered.title'))),
    );
    await asker.page.waitForLoadState('networkidle');
    expect(await home.postCard(title).count()).toBe(0);

    // Search from the header finds it by a two-character Japanese word.
    const search = await asker.searchFromHeader('珈琲');
    const hit = await shown(search.hit(title));
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
  });
});
