import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createSpace, TINY_PNG } from './support/content';
import { newMember, SignInPage, signUpThroughApi, useBrowser } from './support/pages';

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
    await asker.goto(`/s/${space.slug}`);
    await asker.page
      .getByRole('link', { name: asker.t('posts:feed.newPost') })
      .first()
      .click();
    await shown(asker.heading(asker.t('posts:composer.newTitle')));
    await asker.page.getByText(asker.t('posts:kinds.QUESTION'), { exact: true }).click();
    const title = `美味しい珈琲の淹れ方を教えてください ${uniqueId()}`;
    await asker.page.getByLabel(asker.t('posts:composer.title')).fill(title);
    const body = asker.page.getByTestId('composer-body');
    await body.fill('家で美味しい珈琲を淹れるコツはありますか？\n\n');
    await asker.page
      .getByTestId('composer-body-file')
      .setInputFiles({ name: 'beans.png', mimeType: 'image/png', buffer: TINY_PNG });
    await asker.page.waitForFunction(
      () =>
        (
          document.querySelector('[data-testid="composer-body"]') as HTMLTextAreaElement | null
        )?.value.includes('![](/media/') === true,
    );
    await asker.page.getByRole('button', { name: asker.t('posts:composer.publish') }).click();
    await asker.page.waitForURL(/\/posts\/[^/]+$/);
    await shown(asker.heading(title));
    const postUrl = new URL(asker.page.url()).pathname;
    const image = await shown(asker.page.getByTestId('post-body').locator('img'));
    expect(await image.getAttribute('src')).toMatch(/^\/media\//);
    await shown(asker.page.getByTestId('badge-unanswered'));

    // The unanswered tab lists it, with its picture, small.
    await asker.goto('/?tab=unanswered');
    const listed = await shown(asker.page.getByTestId('post-card').filter({ hasText: title }));
    const thumb = await shown(listed.getByTestId('post-card-thumbnail'));
    expect(await thumb.getAttribute('src')).toMatch(/^\/media\/[0-9a-f-]{36}\/thumb\.webp$/);
    await asker.page.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await thumb.elementHandle(),
    );

    // Member B answers.
    const answerer = await open();
    await signUpThroughApi(answerer, newMember(uniqueId()));
    await answerer.goto(postUrl);
    await answerer.page
      .getByTestId('comment-body')
      .fill('中細挽きで 92℃ のお湯を使うのがおすすめです。');
    await answerer.page
      .getByRole('button', { name: answerer.t('posts:comments.answerSubmit'), exact: true })
      .click();
    await shown(answerer.page.getByTestId('comment').filter({ hasText: '92℃' }));

    // A marks it the best answer.
    await asker.goto(postUrl);
    await asker.page
      .getByRole('button', { name: asker.t('posts:bestAnswer.mark'), exact: true })
      .click();
    await asker.notification(asker.t('posts:bestAnswer.marked'));
    await shown(asker.page.getByTestId('best-answer-badge'));
    await shown(asker.page.getByTestId('badge-solved'));

    // The home feed shows it solved; it has left the unanswered tab.
    await asker.goto('/');
    const card = asker.page.getByTestId('post-card').filter({ hasText: title });
    await shown(card.getByTestId('badge-solved'));
    await asker.goto('/?tab=unanswered');
    await shown(
      asker.page
        .getByRole('tabpanel')
        .or(asker.page.getByText(asker.t('posts:feed.empty.unanswered.title'))),
    );
    await asker.page.waitForLoadState('networkidle');
    expect(await asker.page.getByTestId('post-card').filter({ hasText: title }).count()).toBe(0);

    // Search from the header finds it by a two-character Japanese word.
    await asker.page.getByTestId('header-search').fill('珈琲');
    await asker.page.getByTestId('header-search').press('Enter');
    await asker.page.waitForURL(/\/search\?q=/);
    const hit = await shown(asker.page.getByTestId('search-hit').filter({ hasText: title }));
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
  });
});
