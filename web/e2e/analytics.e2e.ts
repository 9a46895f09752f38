import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { gql } from './support/content';
import { until } from './support/live';
import {
  LoyaltyMatrixPage,
  newMember,
  OrderImportPage,
  SignInPage,
  signUpThroughApi,
  useBrowser,
  type App,
} from './support/pages';

/** An ISO instant `days` days before now (well inside the 365 days the analysis counts). */
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

/** Collects the socket.io frames the page receives. */
function socketFrames(page: Page): string[] {
  const received: string[] = [];
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/socket.io/')) return;
    ws.on('framereceived', (f) => received.push(String(f.payload)));
  });
  return received;
}

/** Sends a CSV of NPS answers to a survey through the api, as the page's moderator. */
async function importNps(page: Page, surveyId: string, csv: string): Promise<void> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kizuna_csrf')?.value;
  const res = await page.request.post(`/imports/nps?surveyId=${encodeURIComponent(surveyId)}`, {
    headers: { 'x-csrf-token': csrf ?? '', accept: 'application/json' },
    multipart: {
      file: { name: 'nps.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    },
  });
  const body = (await res.json()) as { imported?: number };
  if (!res.ok() || body.imported !== 1) {
    throw new Error(`The NPS import failed: ${res.status()} ${JSON.stringify(body)}`);
  }
}

describe('loyalty analytics', () => {
  const { open } = useBrowser();

  const signedIn = async (who: 'moderator'): Promise<App> => {
    const app = await open();
    await new SignInPage(app).signInAndWait(demoEmail(who), DEMO_PASSWORD);
    return app;
  };

  it('a moderator imports orders, watches the progress, opens the matrix, a cell, and a member’s 360', async () => {
    const id = uniqueId();
    // A new member who buys a lot and recommends the brand: a loyal customer.
    const member = newMember(id);
    const someone = await open();
    await signUpThroughApi(someone, member);

    const moderator = await signedIn('moderator');
    const frames = socketFrames(moderator.page);
    const { createSurvey } = await gql<{ createSurvey: { id: string } }>(
      moderator.page,
      'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }',
      {
        input: {
          template: 'NPS_TOUCHPOINTS',
          titleJa: `店頭NPS ${id}`,
          titleEn: `Store NPS ${id}`,
        },
      },
    );
    // Its answers come from outside only: closed before it opens, so no one is asked.
    await gql(
      moderator.page,
      'mutation($id: ID!, $opensAt: DateTime) { publishSurvey(id: $id, opensAt: $opensAt) { id } }',
      { id: createSurvey.id, opensAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    );
    await gql(moderator.page, 'mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id: createSurvey.id,
    });
    await importNps(
      moderator.page,
      createSurvey.id,
      ['customer_id,email,score,answered_at,comment', `,${member.email},10,${daysAgo(1)},`].join(
        '\r\n',
      ) + '\r\n',
    );

    const importing = new OrderImportPage(moderator);
    await importing.open();
    await until(() => frames.some((f) => f.startsWith('40{')), 'the live connection');
    // From here on, only this import's pushes (the NPS import above sent its own).
    frames.length = 0;
    // Twelve large orders over the last year (far above the demo's top 20%), then a bad row;
    // the columns in an order of their own, one extra, the email in capitals.
    const fileName = `orders-${id}.csv`;
    await importing.upload(
      fileName,
      [
        'order_id,amount,ordered_at,email,customer_id,channel',
        ...Array.from(
          { length: 12 },
          (_, i) =>
            `O-${id}-${i + 1},500000,${daysAgo(5 + i * 25)},${member.email.toUpperCase()},C-${id},web`,
        ),
        `O-${id}-bad,a lot,${daysAgo(3)},${member.email},C-${id},web`,
      ].join('\r\n') + '\r\n',
    );

    await shown(importing.result());
    const progress = importing.progress();
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    expect(await progress.getAttribute('aria-valuetext')).toContain(
      moderator.t('analyticsCustomers:import.phase.finished'),
    );
    // The server told the page how far it was over the live connection.
    await until(
      () => frames.some((f) => f.includes('"job:progress"') && f.includes('"finished":true')),
      'the last progress push',
    );
    expect(await importing.count('read')).toBe(13);
    expect(await importing.count('imported')).toBe(12);
    expect(await importing.count('failed')).toBe(1);
    const errors = await importing.errors();
    expect(errors).toEqual([
      ['14', 'amount', moderator.t('analyticsCustomers:import.issues.INVALID_AMOUNT')],
    ]);
    await until(
      async () => (await importing.recentFiles()).includes(fileName),
      'the import listed',
    );

    // The matrix, from the console's navigation.
    await moderator.nav.go('analytics-matrix');
    const matrix = new LoyaltyMatrixPage(moderator);
    await moderator.sees(moderator.t('analyticsCustomers:matrix.title'));
    await shown(matrix.cell('LOYAL'));
    expect(await matrix.count('LOYAL')).toBeGreaterThanOrEqual(1);

    const customers = await matrix.openCell('LOYAL');
    await moderator.sees(
      moderator.t('analyticsCustomers:customers.titleCell', { name: 'ロイヤルカスタマー' }),
    );
    await customers.search(member.email);
    // The list narrows to the one customer once the search's answer arrives.
    await moderator.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="customer-row"]').length === 1,
    );
    await shown(customers.rows().filter({ hasText: `C-${id}` }));

    const m360 = await customers.openMember(member.displayName);
    await m360.seesMember(member.displayName);
    expect(await m360.cell().innerText()).toBe('ロイヤルカスタマー');
    expect(await m360.orders().count()).toBe(12);
    await shown(
      m360.nps().getByText(`10（${moderator.t('analyticsCustomers:nps.one.PROMOTER')}）`),
    );
  });
});
