import { DEMO_PASSWORD, demoEmail } from './support/env';
import {
  AnalyticsSettingsPage,
  type App,
  ChangelogAdminPage,
  ChangelogPage,
  EngagementPage,
  FeedbackBoardsAdminPage,
  FeedbackBoardsPage,
  FeedbackTriagePage,
  ForgotPasswordPage,
  ModerationSettingsPage,
  ResetPasswordPage,
  RfmPage,
  SignInPage,
  SurveysAdminPage,
  TagPage,
  TouchpointsPage,
  useBrowser,
  WatchedWordsPage,
} from './support/pages';

/** Pages reached by their own address (a link in a mail, a bookmark), each with its heading. */
describe('pages opened by address', () => {
  const { open } = useBrowser();

  it('a visitor opens the password pages', async () => {
    const visitor = await open();
    await new ForgotPasswordPage(visitor).open();
    await new ResetPasswordPage(visitor).open('a-token-from-the-mail');
  });

  const staffPages = (app: App) => [
    () => new TagPage(app).open('コーヒー'),
    () => new FeedbackBoardsPage(app).open(),
    () => new ChangelogPage(app).open(),
    () => new FeedbackTriagePage(app).open(),
    () => new FeedbackBoardsAdminPage(app).open(),
    () => new ChangelogAdminPage(app).open(),
    () => new SurveysAdminPage(app).open(),
    () => new TouchpointsPage(app).open(),
    () => new RfmPage(app).open(),
    () => new EngagementPage(app).open(),
    () => new AnalyticsSettingsPage(app).open(),
    () => new WatchedWordsPage(app).open(),
    () => new ModerationSettingsPage(app).open(),
  ];

  const signedInAdmin = async (): Promise<App> => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    return admin;
  };

  it('an admin opens the member and console pages in Japanese', async () => {
    const admin = await signedInAdmin();
    for (const page of staffPages(admin)) await page();
  });

  it('an admin opens them in English', async () => {
    const admin = await signedInAdmin();
    await admin.switchLanguage('en');
    try {
      for (const page of staffPages(admin)) await page();
    } finally {
      await admin.switchLanguage('ja');
    }
  });
});
