import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { gql } from './support/content';
import { until } from './support/live';
import {
  App,
  FeedbackBoardPage,
  IdeaManagePage,
  IdeaPage,
  newMember,
  RoadmapPage,
  SignInPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';

describe('feedback', () => {
  const { open } = useBrowser();

  const signedIn = async (who: 'admin' | 'product'): Promise<App> => {
    const app = await open();
    await new SignInPage(app).signInAndWait(demoEmail(who), DEMO_PASSWORD);
    return app;
  };

  const member = async (): Promise<App> => {
    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    return app;
  };

  it('a member is shown a similar idea while typing; others vote; the product team answers and plans it; a voter is told and finds it on the roadmap', async () => {
    const id = uniqueId();
    const admin = await signedIn('admin');
    const { createFeedbackBoard: board } = await gql<{
      createFeedbackBoard: { id: string; slug: string; nameJa: string };
    }>(
      admin.page,
      'mutation($input: FeedbackBoardInput!) { createFeedbackBoard(input: $input) { id slug nameJa } }',
      {
        input: {
          slug: `e2e-${id}`.slice(0, 40),
          nameJa: `機能要望 ${id}`,
          nameEn: `Requests ${id}`,
        },
      },
    );

    // Someone asked for nearly the same thing before.
    const earlier = await member();
    const earlierTitle = `夜間のダークモード表示 ${id}`;
    await gql(
      earlier.page,
      'mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }',
      {
        input: { boardId: board.id, title: earlierTitle, body: '暗い場所でも目が疲れないように。' },
      },
    );

    const author = await member();
    const boardPage = new FeedbackBoardPage(author);
    await boardPage.open(board.slug, board.nameJa);
    await shown(boardPage.card(earlierTitle));
    const form = await boardPage.newIdea();
    const title = `ダークモード表示に対応してほしい ${id}`;
    await form.typeTitle(title);
    await shown(form.suggestion(earlierTitle));
    await form.fillBody('夜にアプリを開くと画面がまぶしいので、ダークモードがほしいです。');
    const ideaId = await form.submit();
    const authorsView = new IdeaPage(author);
    await author.sees(title);
    expect(await authorsView.status().innerText()).toBe(author.t('feedback:status.OPEN'));

    // Two other members vote: one on the page (counted at once, and kept), one through the api.
    const voter = await member();
    const voterView = new IdeaPage(voter);
    await voterView.open(ideaId, title);
    expect(await voterView.voteCount()).toBe(0);
    await voterView.vote();
    expect(await voterView.voteButton().getAttribute('aria-pressed')).toBe('true');
    expect(await voterView.voteCount()).toBe(1);
    await gql(
      earlier.page,
      'mutation($input: VoteIdeaInput!) { voteIdea(input: $input) { id voteCount } }',
      { input: { ideaId, voted: true } },
    );
    await voterView.open(ideaId, title);
    expect(await voterView.voteCount()).toBe(2);
    expect(await voterView.voteButton().getAttribute('aria-pressed')).toBe('true');

    // The product team answers and plans it.
    const product = await signedIn('product');
    const manage = new IdeaManagePage(product);
    await manage.open(ideaId, title);
    await manage.answer('ご要望ありがとうございます。次のリリースで対応する予定です。', 'PLANNED');
    const productView = new IdeaPage(product);
    await productView.open(ideaId, title);
    const answer = await shown(productView.officialAnswer());
    expect(await answer.innerText()).toContain(product.t('feedback:idea.officialAnswer'));
    expect(await answer.innerText()).toContain('次のリリースで対応する予定です');
    expect(await productView.status().innerText()).toBe(product.t('feedback:status.PLANNED'));

    // The voter is told, and the notice leads to the idea; the roadmap shows it as planned.
    const notifications = await voter.openNotifications();
    await until(async () => {
      if (await notifications.item(title).isVisible()) return true;
      await voter.reload();
      return notifications.item(title).isVisible();
    }, 'the status notice to reach the voter');
    expect(await notifications.item(title).innerText()).toContain(
      voter.t('feedback:status.PLANNED'),
    );
    await notifications.item(title).click();
    await voter.page.waitForURL(new RegExp(`/ideas/${ideaId}$`));
    await shown(voterView.officialAnswer());

    const roadmap = new RoadmapPage(voter);
    await roadmap.open();
    const card = await shown(roadmap.card('planned', title));
    expect(await card.getByTestId('vote-count').innerText()).toBe('2');
  });
});
