import { shown, text, uniqueId } from './support/env';
import { newMember, signUpThroughApi, useBrowser } from './support/pages';

describe('language', () => {
  const { open } = useBrowser();

  it('a member switches from Japanese to English and it is remembered', async () => {
    const app = await open();
    const member = newMember(uniqueId());
    await signUpThroughApi(app, member);
    await app.goto('/');

    await shown(
      app.page.getByText(text('ja', 'common:home.welcome', { name: member.displayName })),
    );
    expect(await app.htmlLang()).toBe('ja');

    await app.switchLanguage('en');
    await shown(
      app.page.getByText(text('en', 'common:home.welcome', { name: member.displayName })),
    );
    await shown(app.page.getByRole('link', { name: text('en', 'common:nav.home'), exact: true }));
    expect(await app.htmlLang()).toBe('en');

    // Saved on the member, not only on this device: forget the device's choice and reload.
    await app.page.evaluate(() => window.localStorage.clear());
    await app.reload();
    await shown(
      app.page.getByText(text('en', 'common:home.welcome', { name: member.displayName })),
    );
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
    await app.goto('/search?q=coffee&from=2026-03-04');
    const from = () => app.page.getByLabel(app.t('search:filters.from'), { exact: true });
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
    await app.page
      .getByRole('search')
      .getByRole('button', { name: app.t('search:submit'), exact: true })
      .click();
    await app.page.waitForURL(/[?&]from=2026-03-10(&|$)/);
  });

  it('a visitor switches language and it is remembered on the device', async () => {
    const app = await open();
    await app.goto('/sign-in');
    await shown(app.heading(text('ja', 'auth:signIn.title')));
    await app.switchLanguage('en');
    await shown(app.heading(text('en', 'auth:signIn.title')));
    await app.reload();
    await shown(app.heading(text('en', 'auth:signIn.title')));
    expect(await app.htmlLang()).toBe('en');
  });
});
