import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { gql } from './support/content';
import { until } from './support/live';
import {
  App,
  HomePage,
  newMember,
  NewSurveyPage,
  SignInPage,
  signUpThroughApi,
  SurveyCard,
  SurveyImportPage,
  SurveyResultsPage,
  useBrowser,
} from './support/pages';

/** The template's name as the api ships it. */
const NPS_TEMPLATE = 'NPS とタッチポイント調査';
/** The points the ledger gives for answering a survey (the default rule). */
const SURVEY_POINTS = 10;

interface Touchpoint {
  id: string;
  key: string;
  labelJa: string;
}

interface SurveyShape {
  id: string;
  questions: { id: string; type: string; touchpoints: { id: string; key: string }[] }[];
}

describe('surveys', () => {
  const { open } = useBrowser();

  const signedIn = async (who: 'moderator' | 'admin'): Promise<App> => {
    const app = await open();
    await new SignInPage(app).signInAndWait(demoEmail(who), DEMO_PASSWORD);
    return app;
  };

  const member = async (): Promise<App> => {
    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    return app;
  };

  const mySurveyIds = async (app: App): Promise<string[]> =>
    (
      await gql<{ mySurveys: { id: string }[] }>(app.page, 'query { mySurveys { id } }')
    ).mySurveys.map((s) => s.id);

  it('a member answers the NPS survey from the home card; the moderator sees the score and the touchpoint chart change', async () => {
    const id = uniqueId();
    const titleJa = `お客さまアンケート ${id}`;
    const moderator = await signedIn('moderator');
    const { surveyTouchpoints } = await gql<{ surveyTouchpoints: Touchpoint[] }>(
      moderator.page,
      'query { surveyTouchpoints { id key labelJa } }',
    );
    const tp = (key: string) => surveyTouchpoints.find((t) => t.key === key)!;
    const asked = ['word_of_mouth', 'ordering', 'community'].map(tp);

    // Both members are in the community before the survey goes out.
    const first = await member();
    const second = await member();

    // The moderator starts from the template, narrows it down and publishes it.
    const creating = new NewSurveyPage(moderator);
    await creating.open();
    const builder = await creating.create(NPS_TEMPLATE, titleJa);
    const surveyId = builder.surveyId();
    await builder.field('titleEn').fill(`Customer survey ${id}`);
    for (const t of surveyTouchpoints.filter((t) => !asked.includes(t))) {
      await builder.touchpoint(2, t.labelJa).uncheck();
    }
    await until(
      async () => (await builder.preview().getByTestId('touchpoint-row').count()) === 3,
      'the preview to show the three touchpoints left',
    );
    expect(await builder.preview().getByTestId('touchpoint-row').allInnerTexts()).toEqual(
      asked.map((t) => expect.stringContaining(t.labelJa)),
    );
    await builder.askRoles(['MEMBER']);
    expect(await builder.status().getAttribute('data-status')).toBe('DRAFT');
    await builder.publish();

    // Publishing asks the audience.
    await until(
      async () => (await mySurveyIds(first)).includes(surveyId),
      'the first member to be asked',
    );
    expect(await mySurveyIds(second)).toContain(surveyId);

    // The first member scores from the home card, then answers the rest by keyboard only.
    await new HomePage(first).open();
    const card = new SurveyCard(first);
    await shown(card.root(titleJa));
    expect(await card.root(titleJa).innerText()).toContain(
      'このブランドを友人や知人に薦める可能性はどのくらいありますか？',
    );
    const answering = await card.answerScore(titleJa, 9);
    await shown(answering.question('NPS'));
    expect(await answering.npsScore()).toBe(9);

    await answering.npsPoint(9).focus();
    await first.page.keyboard.press('ArrowRight');
    expect(await answering.npsScore()).toBe(10);
    await first.page.keyboard.press('ArrowLeft');
    expect(await answering.npsScore()).toBe(9);
    await first.page.keyboard.press('Tab');
    await first.page.keyboard.type('コミュニティが楽しいから');

    // Each row of the grid: into it with Tab (on −3), then the arrows to the answer.
    const rows: [Touchpoint, number | 'n/a'][] = [
      [asked[0], 3],
      [asked[1], 1],
      [asked[2], 'n/a'],
    ];
    for (const [t, answer] of rows) {
      await first.page.keyboard.press('Tab');
      expect(await answering.hasFocus(answering.touchpointRow(t.labelJa))).toBe(true);
      await first.page.keyboard.press('Space');
      const steps = answer === 'n/a' ? 7 : answer + 3;
      for (let i = 0; i < steps; i++) await first.page.keyboard.press('ArrowRight');
      expect(await answering.influence(t.labelJa)).toBe(answer);
    }
    await first.page.keyboard.press('Tab');
    expect(await answering.hasFocus(answering.question('LONG_TEXT'))).toBe(true);
    await first.page.keyboard.press('Tab');
    expect(await answering.hasFocus(answering.submitButton())).toBe(true);
    await first.page.keyboard.press('Enter');

    await shown(answering.thanks());
    await first.sees(first.t('surveys:thanks.title'));
    expect(await (await shown(answering.points())).innerText()).toBe(
      first.t('surveys:thanks.points', { points: SURVEY_POINTS }),
    );
    await new HomePage(first).open();
    expect(await card.root(titleJa).count()).toBe(0);

    // The moderator reads one promoter.
    const results = new SurveyResultsPage(moderator);
    await results.open(surveyId, titleJa);
    expect(await results.responses().innerText()).toBe('1');
    expect(await results.score().innerText()).toBe('+100');
    expect(await results.classShare('promoter').innerText()).toContain(
      moderator.t('surveyResults:nps.countShare', { n: 1, share: '100%' }),
    );
    expect(await results.distribution()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    // No detractor yet, so no gap to order by.
    expect(await results.touchpoints()).toHaveLength(3);
    expect(await results.touchpoints()).toEqual(
      expect.arrayContaining([
        [asked[0].labelJa, '0%', '100%', '+3', '—', '1'],
        [asked[1].labelJa, '0%', '100%', '+1', '—', '1'],
        [asked[2].labelJa, '0%', '0%', '—', '—', '0'],
      ]),
    );

    // A second member answers as a detractor.
    const { survey } = await gql<{ survey: SurveyShape }>(
      second.page,
      'query($id: ID!) { survey(id: $id) { id questions { id type touchpoints { id key } } } }',
      { id: surveyId },
    );
    const question = (type: string) => survey.questions.find((q) => q.type === type)!;
    const influence: Record<string, number | null> = {
      word_of_mouth: -3,
      ordering: -2,
      community: 2,
    };
    await gql(
      second.page,
      'mutation($input: SaveSurveyResponseInput!) { saveSurveyResponse(input: $input) { id submitted } }',
      {
        input: {
          surveyId,
          submit: true,
          answers: [
            { questionId: question('NPS').id, score: 3 },
            {
              questionId: question('TOUCHPOINTS').id,
              touchpoints: question('TOUCHPOINTS').touchpoints.map((t) => ({
                touchpointId: t.id,
                influence: influence[t.key],
              })),
            },
          ],
        },
      },
    );

    // The score and the touchpoint chart follow: one promoter, one detractor.
    await moderator.reload();
    await shown(results.responses().filter({ hasText: '2' }));
    expect(await results.score().innerText()).toBe('0');
    expect(await results.classShare('detractor').innerText()).toContain(
      moderator.t('surveyResults:nps.countShare', { n: 1, share: '50%' }),
    );
    expect(await results.distribution()).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]);
    // Ordered by the gap between promoters' and detractors' means.
    expect(await results.touchpoints()).toEqual([
      [asked[0].labelJa, '50%', '50%', '0', '+6', '2'],
      [asked[1].labelJa, '50%', '50%', '-0.5', '+3', '2'],
      [asked[2].labelJa, '0%', '100%', '+2', '—', '1'],
    ]);
  }, 180_000);

  it('a moderator imports a CSV of NPS answers: the good row is imported, the bad one reported by its line', async () => {
    const id = uniqueId();
    const moderator = await signedIn('moderator');
    const titleJa = `メールNPS ${id}`;
    const titleEn = `Mail NPS ${id}`;
    const { createSurvey } = await gql<{ createSurvey: { id: string } }>(
      moderator.page,
      'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }',
      { input: { template: 'NPS_TOUCHPOINTS', titleJa, titleEn } },
    );
    // Its answers come from outside only: it is closed before it opens, so no one is asked.
    await gql(
      moderator.page,
      'mutation($id: ID!, $opensAt: DateTime) { publishSurvey(id: $id, opensAt: $opensAt) { id } }',
      { id: createSurvey.id, opensAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    );
    await gql(moderator.page, 'mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id: createSurvey.id,
    });

    const importing = new SurveyImportPage(moderator);
    await importing.open(createSurvey.id);
    await moderator.switchLanguage('en');
    try {
      await moderator.sees(moderator.t('surveyResults:import.title'));
      expect(await importing.surveyField().inputValue()).toContain(titleEn);
      await importing.upload(
        'mail-nps.csv',
        [
          'customer_id,email,score,answered_at,comment',
          `C-${id}-1,,8,2026-01-10T10:00:00+09:00,Quick delivery`,
          `C-${id}-2,,11,2026-01-11T10:00:00Z,`,
        ].join('\r\n') + '\r\n',
      );
      await shown(importing.result());
      const progress = importing.progress();
      expect(await progress.getAttribute('aria-valuenow')).toBe('100');
      expect(await progress.getAttribute('aria-valuetext')).toBe(
        `${moderator.t('surveyResults:import.phase.finished')} 100%`,
      );
      expect(await importing.count('imported')).toBe(1);
      expect(await importing.count('skipped')).toBe(0);
      expect(await importing.count('failed')).toBe(1);
      expect(await importing.result().getByRole('status').innerText()).toBe(
        moderator.t('surveyResults:import.result.summary', {
          imported: 1,
          skipped: 0,
          failed: 1,
        }),
      );
      const errors = await importing.errors();
      expect(errors).toHaveLength(1);
      expect(errors[0]![0]).toBe('3');
    } finally {
      await moderator.switchLanguage('ja');
    }
  });
});
