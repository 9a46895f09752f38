import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { gql } from './support/content';
import { until } from './support/live';
import {
  AnalyticsDashboardPage,
  ChurnRiskPage,
  LoyaltyCriteriaPage,
  NotificationsPage,
  SignInPage,
  useBrowser,
  type App,
} from './support/pages';

interface Criterion {
  metric: string;
  op: string;
  value: string;
}

/** The calendar day it is in a time zone, `YYYY-MM-DD`. */
function dayIn(timeZone: string, shift = 0): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const day = new Date(`${part('year')}-${part('month')}-${part('day')}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + shift);
  return day.toISOString().slice(0, 10);
}

/** Every chart the dashboard draws, one per figure of the api's dashboard. */
const CHARTS = [
  'active-members',
  'stickiness',
  'posts-comments',
  'questions',
  'events',
  'nps-trend',
  'tier-distribution',
  'tier-flow',
  'cohorts',
  'top-contributors',
  'matrix',
  'rfm-segments',
];

describe('loyalty analytics', () => {
  const { open } = useBrowser();

  const signedIn = async (email: string): Promise<App> => {
    const app = await open();
    await new SignInPage(app).signInAndWait(email, DEMO_PASSWORD);
    return app;
  };

  const preview = async (app: App, criteria: Criterion[]) =>
    (
      await gql<{ loyaltyPreview: { loyal: number; candidates: number } }>(
        app.page,
        'query Preview($c: [CriterionInput!]!) { loyaltyPreview(criteria: $c) { loyal candidates } }',
        { c: criteria },
      )
    ).loyaltyPreview;

  it('a moderator reads the dashboard, builds loyal-customer criteria with live counts, saves them, and writes to a member at risk of churning', async () => {
    const id = uniqueId();
    const moderator = await signedIn(demoEmail('moderator'));
    const t = moderator.t.bind(moderator);

    // The dashboard opens on the last 30 days of the community's calendar.
    const dashboard = new AnalyticsDashboardPage(moderator);
    await dashboard.open();
    const { community } = await gql<{ community: { timezone: string } }>(
      moderator.page,
      'query { community { timezone } }',
    );
    const range = { from: dayIn(community.timezone, -29), to: dayIn(community.timezone) };

    // A fresh computation, followed on its progress bar until it is done (or the one already
    // running, which the page follows instead).
    await dashboard.recomputeButton().click();
    await moderator.notification(t('analytics:recompute.done'));
    expect(await (await shown(dashboard.recomputeButton())).isEnabled()).toBe(true);
    expect(await dashboard.progress().count()).toBe(0);
    expect(await moderator.page.getByTestId('not-computed').count()).toBe(0);

    const { analyticsDashboard: figures } = await gql<{
      analyticsDashboard: { membersTotal: number; membersNew: number };
    }>(
      moderator.page,
      'query D($from: String!, $to: String!) { analyticsDashboard(from: $from, to: $to) { membersTotal membersNew } }',
      range,
    );
    await until(
      async () =>
        (await dashboard.figure('members-total')) === figures.membersTotal.toLocaleString('ja-JP'),
      'the members figure to match the api',
    );
    expect(await dashboard.figure('members-new')).toBe(figures.membersNew.toLocaleString('ja-JP'));
    for (const chart of CHARTS) await shown(dashboard.chart(chart));

    // A shorter range goes into the address, so it can be shared.
    await dashboard.preset(7);
    await moderator.page.waitForURL(
      new RegExp(`from=${dayIn(community.timezone, -6)}&to=${range.to}`),
    );

    // Criteria: engagement score ≥ 1, counted live as it is typed.
    await dashboard.link('criteria').click();
    const criteria = new LoyaltyCriteriaPage(moderator);
    await moderator.sees(t('analytics:criteria.title'));
    const name = `ファン ${id}`;
    await criteria.nameField().fill(name);
    await criteria.field(1, 'valueOf').fill('1');
    const one: Criterion[] = [{ metric: 'ENGAGEMENT_SCORE', op: 'GTE', value: '1' }];
    const countsForOne = await preview(moderator, one);
    await until(
      async () =>
        !(await criteria.updating()) &&
        JSON.stringify(await criteria.counts()) === JSON.stringify(countsForOne),
      'the live counts for one criterion',
    );

    // …and promoters only: meeting both can only be as many or fewer.
    await criteria.addCriterion();
    await criteria.choose(2, 'metricOf', t('analytics:metrics.NPS_CLASS'));
    const two: Criterion[] = [...one, { metric: 'NPS_CLASS', op: 'GTE', value: 'promoter' }];
    const countsForTwo = await preview(moderator, two);
    expect(countsForTwo.loyal).toBeLessThanOrEqual(countsForOne.loyal);
    await until(
      async () =>
        !(await criteria.updating()) &&
        JSON.stringify(await criteria.counts()) === JSON.stringify(countsForTwo),
      'the live counts for two criteria',
    );

    // Saved, they are a set of their own with the same counts, and a segment to download.
    await criteria.save();
    await moderator.notification(t('analytics:criteria.form.saved'));
    await shown(criteria.savedSet(name));
    await moderator.page.waitForURL(/[?&]set=/);
    const { loyaltyCriteriaSets } = await gql<{
      loyaltyCriteriaSets: {
        id: string;
        name: string;
        criteria: Criterion[];
        loyalCount: number;
        candidateCount: number;
      }[];
    }>(
      moderator.page,
      'query { loyaltyCriteriaSets { id name criteria { metric op value } loyalCount candidateCount } }',
    );
    const saved = loyaltyCriteriaSets.find((s) => s.name === name);
    expect(saved?.criteria).toEqual(two);
    expect({ loyal: saved?.loyalCount, candidates: saved?.candidateCount }).toEqual(countsForTwo);
    expect(await criteria.csvLink().getAttribute('href')).toBe(
      `/exports/segments/${saved!.id}.csv?standing=loyal`,
    );
    if (countsForTwo.candidates > 0) {
      // Each candidate says what they still lack.
      await criteria.showCandidates();
      const first = await shown(criteria.candidateRows());
      expect(await first.getByTestId('lacking').count()).toBeGreaterThan(0);
      expect(await criteria.csvLink().getAttribute('href')).toBe(
        `/exports/segments/${saved!.id}.csv?standing=candidate`,
      );
    }

    // The churn-risk list: one member picked and written to.
    const churn = new ChurnRiskPage(moderator);
    await churn.open();
    await shown(churn.rows());
    const handles: string[] = [];
    for (let i = 0; i < (await churn.rows().count()); i++) handles.push(await churn.handleAt(i));
    const handle = handles.find((h) => h !== 'moderator');
    expect(handle).toBeTruthy();
    await churn.select(handle!);
    expect(await churn.selectedCount().innerText()).toBe(
      t('analytics:churn.selected', { n: '1', max: 200 }),
    );
    await churn.message(`お久しぶりです ${id}`, `新しいイベントのお知らせです（${id}）`, 1);
    await moderator.notification(t('analytics:churn.sent', { count: 1 }));

    // The member finds it among their notifications.
    const member = await signedIn(`${handle}@komorebi.example`);
    // Some demo members read the community in English: the page follows their saved language.
    const { me } = await gql<{ me: { locale: string } }>(member.page, 'query { me { locale } }');
    member.lang = me.locale === 'en' ? 'en' : 'ja';
    const inbox = new NotificationsPage(member);
    await inbox.open();
    await shown(inbox.item(id));
  });
});
