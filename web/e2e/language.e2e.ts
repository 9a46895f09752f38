import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext, shown, text, uniqueId } from './support/env';
import { App, newMember, signUpThroughApi } from './support/pages';

describe('language', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser);
  });
  afterEach(async () => {
    await context?.close();
  });

  it('a member switches from Japanese to English and it is remembered', async () => {
    const app = new App(await context.newPage());
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
    const app = new App(await context.newPage());
    await app.goto('/sign-in');
    await shown(app.heading(text('ja', 'auth:signIn.title')));
    await app.switchLanguage('en');
    await shown(app.heading(text('en', 'auth:signIn.title')));
    await app.reload();
    await shown(app.heading(text('en', 'auth:signIn.title')));
    expect(await app.htmlLang()).toBe('en');
  });
});
