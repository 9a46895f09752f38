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
