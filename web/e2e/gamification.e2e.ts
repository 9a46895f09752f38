import { GAMIFICATION_LIMITS } from '@kizuna/shared';
import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { gql } from './support/content';
import {
  LeaderboardPage,
  newMember,
  ProfilePage,
  SignInPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';
import { until, watchConnection } from './support/live';

interface StandingData {
  member: {
    id: string;
    standing: {
      lifetime: number;
      rank: { position: number; nameJa: string };
      nextRank: { position: number; nameJa: string; threshold: number } | null;
    };
  };
}

const ADJUST_POINTS =
  'mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { balance lifetime rank { position } } }';

const STANDING =
  'query($h: String!) { member(handle: $h) { id standing { lifetime rank { position nameJa } nextRank { position nameJa threshold } } } }';

describe('points and ranks', () => {
  const { open } = useBrowser();

  it('a new member sees their rank and points; they rise live and a rank-up is celebrated', async () => {
    const app = await open();
    const connected = watchConnection(app.page);
    const who = newMember(uniqueId());
    await signUpThroughApi(app, who);
    const profile = new ProfilePage(app);
    await profile.open(who.handle);
    await connected();

    // The profile shows the first rank (chip and panel) and the points for joining.
    const panel = await shown(profile.standing());
    await shown(profile.rankChip('はじめまして'));
    expect(await panel.getByTestId('standing-rank').textContent()).toBe('はじめまして');
    const lifetimeText = () => profile.lifetimePoints();
    await shown(app.page.getByTestId('point-history'));

    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const before = (await gql<StandingData>(moderator.page, STANDING, { h: who.handle })).member;
    await until(
      async () =>
        (await lifetimeText()) ===
        app.t('points:standing.points', { points: String(before.standing.lifetime) }),
      'the lifetime points on the profile',
    );
    const next = before.standing.nextRank!;
    const toGo = next.threshold - before.standing.lifetime;
    await shown(
      app.page.getByTestId('rank-to-go').filter({
        hasText: app.t('points:standing.toGo', { points: toGo.toLocaleString('ja-JP') }),
      }),
    );
    await app.markNotReloaded();

    // A small adjustment: the points rise on the open profile, without a reload.
    await gql(moderator.page, ADJUST_POINTS, {
      i: { memberId: before.id, points: 5, reason: 'E2E のお礼' },
    });
    const after = before.standing.lifetime + 5;
    await until(
      async () =>
        (await lifetimeText()) ===
        app.t('points:standing.points', { points: after.toLocaleString('ja-JP') }),
      'the points to rise live',
    );
    await shown(
      profile.historyEntry(
        app.t('points:reasons.withReason', {
          label: app.t('points:reasons.adjustment'),
          reason: 'E2E のお礼',
        }),
      ),
    );

    // Over the next threshold: the celebration appears with the new rank.
    await gql(moderator.page, ADJUST_POINTS, {
      i: { memberId: before.id, points: next.threshold - after, reason: 'ランクアップのテスト' },
    });
    const celebration = await shown(app.page.getByTestId('rank-celebration'));
    await shown(celebration.getByText(app.t('points:celebration.body', { name: next.nameJa })));
    await shown(app.page.getByTestId('standing-rank').filter({ hasText: next.nameJa }));
    expect(await app.wasNotReloaded()).toBe(true);
    await app.page
      .getByRole('button', { name: app.t('points:celebration.close'), exact: true })
      .first()
      .click();
    await app.page.getByTestId('rank-celebration').waitFor({ state: 'hidden' });
    await shown(profile.rankChip(next.nameJa));
  });

  it('the leaderboard has a tab per period and shows the board or its empty state', async () => {
    const app = await open();
    await new SignInPage(app).signInAndWait(demoEmail('haruka_s'), DEMO_PASSWORD);
    const board = new LeaderboardPage(app);
    await board.open();
    for (const period of ['WEEK', 'MONTH', 'ALL'] as const) {
      await board.choosePeriod(period);
      await shown(board.rowsOrEmpty());
    }
  });

  it('long names on the leaderboard chart stay on one line, apart, with the full name kept', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const names = [
      '株式会社こもれび珈琲焙煎所 カスタマーサクセス担当 山田 太郎',
      'Alexandra Konstantinopoulou-Whitfield of Leeds',
      '長谷川ひとみ（東京都世田谷区在住のコーヒー愛好家）',
    ];
    for (const [i, displayName] of names.entries()) {
      const who = { ...newMember(uniqueId()), displayName };
      await signUpThroughApi(await open(), who);
      const { member } = await gql<{ member: { id: string } }>(
        moderator.page,
        'query($h: String!) { member(handle: $h) { id } }',
        { h: who.handle },
      );
      // Far apart, so that points earned otherwise (joining, missions) keep the order.
      await gql(moderator.page, ADJUST_POINTS, {
        i: {
          memberId: member.id,
          points: GAMIFICATION_LIMITS.adjustMax - i * 10_000,
          reason: '長い名前のテスト',
        },
      });
    }

    // Points for joining and missions arrive through the outbox: wait for the order to settle.
    await until(
      async () => {
        const { leaderboard } = await gql<{
          leaderboard: { entries: { nodes: { member: { displayName: string } }[] } };
        }>(
          moderator.page,
          'query { leaderboard(period: ALL) { entries(first: 3) { nodes { member { displayName } } } } }',
        );
        return leaderboard.entries.nodes.map((e) => e.member.displayName).join() === names.join();
      },
      'the all-time board to rank the new members',
      90_000,
    );
    await moderator.page.setViewportSize({ width: 390, height: 844 });
    const board = new LeaderboardPage(moderator);
    await board.open('all');
    const chart = await shown(board.chart());
    const ticks = chart.locator('.recharts-yAxis-tick-labels text');
    await until(async () => (await ticks.count()) >= names.length, 'the chart labels');
    const bounds = (await chart.boundingBox())!;
    const labels = await ticks.evaluateAll((nodes) =>
      nodes.map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return { x, y, width, height, title: node.querySelector('title')?.textContent ?? null };
      }),
    );
    for (const [i, a] of labels.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(bounds.x);
      for (const b of labels.slice(i + 1)) {
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    expect(labels.slice(0, names.length).map((l) => l.title)).toEqual(names);
  }, 180_000);

  it('a moderator adjusts points from the profile, with a reason and a confirmation', async () => {
    const app = await open();
    const who = newMember(uniqueId());
    await signUpThroughApi(app, who);
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const profile = new ProfilePage(moderator);
    await profile.open(who.handle);
    const dialog = await profile.openAdjustPoints();
    await moderator.page.getByTestId('adjust-points').fill('30');
    await dialog.getByRole('button', { name: moderator.t('points:adjust.next') }).click();
    await shown(dialog.getByText(moderator.t('points:adjust.errors.reason')));
    await moderator.page.getByTestId('adjust-reason').fill('イベントへの参加');
    await dialog.getByRole('button', { name: moderator.t('points:adjust.next') }).click();
    await shown(
      dialog.getByText(
        moderator.t('points:adjust.confirm', { name: who.displayName, points: '+30' }),
      ),
    );
    await dialog.getByRole('button', { name: moderator.t('points:adjust.submit') }).click();
    await shown(moderator.page.getByTestId('adjust-done'));
    const { member } = await gql<{ member: { standing: { balance: number } } }>(
      moderator.page,
      'query($h: String!) { member(handle: $h) { standing { balance } } }',
      { h: who.handle },
    );
    expect(await moderator.page.getByTestId('adjust-done').textContent()).toContain(
      member.standing.balance.toLocaleString('ja-JP'),
    );
  });
});
