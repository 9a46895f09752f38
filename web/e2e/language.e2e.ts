import { shown, text, uniqueId } from './support/env';
import {
  HomePage,
  newMember,
  SearchPage,
  SignInPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';

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
