import { gql } from './support/content';
import { DEMO_PASSWORD, demoEmail, shown, text, uniqueId } from './support/env';
import {
  type App,
  ChangelogEntryPage,
  EventsAdminPage,
  HomePage,
  newMember,
  SearchPage,
  SignInPage,
  signUpThroughApi,
  SurveyBuilderPage,
  useBrowser,
} from './support/pages';

const ZONE = 'Asia/Tokyo';
const NEXT_YEAR = new Date().getFullYear() + 1;

describe('language', () => {
  const { open } = useBrowser();

  it('a member switches from Japanese to English and it is remembered', async () => {
    const app = await open();
    const member = newMember(uniqueId());
    await signUpThroughApi(app, member);
    const home = new HomePage(app);
    await home.open();

    await shown(home.welcome(member.displayName));
    expect(await app.htmlLang()).toBe('ja');

    await app.switchLanguage('en');
    await shown(home.welcome(member.displayName));
    await shown((await app.nav.link('home')).filter({ hasText: text('en', 'common:nav.home') }));
    expect(await app.htmlLang()).toBe('en');

    // Saved on the member, not only on this device: forget the device's choice and reload.
    await app.page.evaluate(() => window.localStorage.clear());
    await app.reload();
    await shown(home.welcome(member.displayName));
    expect(await app.htmlLang()).toBe('en');
    expect(
      await app.page
        .getByText(text('ja', 'common:home.welcome', { name: member.displayName }))
        .count(),
    ).toBe(0);
  });

  it('date pickers write dates and label their calendar in the UI language', async () => {
    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    const search = new SearchPage(app);
    await search.open('coffee', { from: '2026-03-04' });
    const from = () => search.from();
    const calendar = app.page.getByRole('dialog');

    await shown(from().filter({ hasText: '2026/03/04' }));
    await from().click();
    await shown(calendar.getByText('2026年3月', { exact: true }));
    await shown(calendar.getByRole('button', { name: app.t('common:dates.previousMonth') }));
    await shown(calendar.getByRole('button', { name: '2026年3月4日水曜日' }));
    await app.page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });

    await app.switchLanguage('en');
    await shown(from().filter({ hasText: 'Mar 4, 2026' }));
    await from().click();
    await shown(calendar.getByText('March 2026', { exact: true }));
    await shown(calendar.getByRole('button', { name: app.t('common:dates.previousMonth') }));
    await calendar.getByRole('button', { name: 'Tuesday, March 10, 2026' }).click();
    await shown(from().filter({ hasText: 'Mar 10, 2026' }));
    await search.submit();
    await app.page.waitForURL(/[?&]from=2026-03-10(&|$)/);
  });

  describe('staff date pickers', () => {
    const signedIn = async (who: 'moderator' | 'product'): Promise<App> => {
      const app = await open();
      await new SignInPage(app).signInAndWait(demoEmail(who), DEMO_PASSWORD);
      return app;
    };
    /** Runs `steps` with the staff member reading English, then puts Japanese back. */
    const inEnglish = async (app: App, steps: () => Promise<void>): Promise<void> => {
      await app.switchLanguage('en');
      try {
        await steps();
      } finally {
        await app.switchLanguage('ja');
      }
    };
    const instant = (iso: string | null) => (iso ? new Date(iso).toISOString() : null);

    it('the event form writes times in the UI language and saves the times picked', async () => {
      const moderator = await signedIn('moderator');
      const admin = new EventsAdminPage(moderator);
      await admin.open();
      const form = await admin.startNew();
      const title = `日付の確認 ${uniqueId()}`;
      await form.fill({ title, venueName: '渋谷ロースタリー' });
      const starts = form.time('startsAt', ZONE);
      await starts.choose(`${NEXT_YEAR}-12-05T09:05`);
      await starts.shows(new RegExp(`^${NEXT_YEAR}/12/05 9:05$`));

      await inEnglish(moderator, async () => {
        await starts.shows(new RegExp(`^Dec 5, ${NEXT_YEAR}, 9:05\\sAM$`));
        const ends = form.time('endsAt', ZONE);
        await ends.choose(`${NEXT_YEAR}-12-05T21:30`);
        await ends.shows(new RegExp(`^Dec 5, ${NEXT_YEAR}, 9:30\\sPM$`));
        await form.saveDraft();
        await moderator.notification(moderator.t('eventsStaff:form.saved'));
      });

      const { events } = await gql<{
        events: { nodes: { title: string; startsAt: string; endsAt: string }[] };
      }>(
        moderator.page,
        '{ events(filter: DRAFTS, first: 100) { nodes { title startsAt endsAt } } }',
      );
      const saved = events.nodes.find((e) => e.title === title)!;
      expect(instant(saved.startsAt)).toBe(`${NEXT_YEAR}-12-05T00:05:00.000Z`);
      expect(instant(saved.endsAt)).toBe(`${NEXT_YEAR}-12-05T12:30:00.000Z`);
    });

    it('the survey builder writes its timing in the UI language and saves it', async () => {
      const moderator = await signedIn('moderator');
      const id = uniqueId();
      const { createSurvey } = await gql<{ createSurvey: { id: string } }>(
        moderator.page,
        'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }',
        { input: { template: 'NPS_TOUCHPOINTS', titleJa: `期間 ${id}`, titleEn: `Timing ${id}` } },
      );
      const builder = new SurveyBuilderPage(moderator);
      await builder.open(createSurvey.id);
      const opens = builder.time('opensAt', ZONE);
      await opens.choose(`${NEXT_YEAR}-11-01T10:00`);
      await opens.shows(new RegExp(`^${NEXT_YEAR}/11/01 10:00$`));

      await inEnglish(moderator, async () => {
        await opens.shows(new RegExp(`^Nov 1, ${NEXT_YEAR}, 10:00\\sAM$`));
        const closes = builder.time('closesAt', ZONE);
        await closes.choose(`${NEXT_YEAR}-11-30T18:45`);
        await closes.shows(new RegExp(`^Nov 30, ${NEXT_YEAR}, 6:45\\sPM$`));
        await builder.save();
      });

      const { survey } = await gql<{ survey: { opensAt: string | null; closesAt: string | null } }>(
        moderator.page,
        'query($id: ID!) { survey(id: $id) { opensAt closesAt } }',
        { id: createSurvey.id },
      );
      expect(instant(survey.opensAt)).toBe(`${NEXT_YEAR}-11-01T01:00:00.000Z`);
      expect(instant(survey.closesAt)).toBe(`${NEXT_YEAR}-11-30T09:45:00.000Z`);
    });

    it('the changelog writes its release date in the UI language and saves the day picked', async () => {
      const product = await signedIn('product');
      const entry = new ChangelogEntryPage(product);
      await entry.openNew();
      const title = `リリース ${uniqueId()}`;
      await entry.field('entryTitle').fill(title);
      await entry.field('body').fill('日付の確認');
      const releasedOn = entry.releasedOn();
      await releasedOn.choose(`${NEXT_YEAR}-03-10`);
      await releasedOn.shows(new RegExp(`^${NEXT_YEAR}/03/10$`));

      await inEnglish(product, async () => {
        await releasedOn.shows(new RegExp(`^Mar 10, ${NEXT_YEAR}$`));
        await releasedOn.choose(`${NEXT_YEAR}-03-17`);
        await releasedOn.shows(new RegExp(`^Mar 17, ${NEXT_YEAR}$`));
        await entry.saveDraft();
      });

      const { changelog } = await gql<{
        changelog: { nodes: { title: string; releasedOn: string }[] };
      }>(product.page, '{ changelog(drafts: true, first: 100) { nodes { title releasedOn } } }');
      expect(changelog.nodes.find((e) => e.title === title)?.releasedOn).toBe(`${NEXT_YEAR}-03-17`);
    });
  });

  it('a visitor switches language and it is remembered on the device', async () => {
    const app = await open();
    await new SignInPage(app).open();
    await app.switchLanguage('en');
    await shown(app.heading(text('en', 'auth:signIn.title')));
    await app.reload();
    await shown(app.heading(text('en', 'auth:signIn.title')));
    expect(await app.htmlLang()).toBe('en');
  });
});
