import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createSpace } from './support/content';
import { newMember, SignInPage, signUpThroughApi, SpacePage, useBrowser } from './support/pages';

describe('following a space', () => {
  const { open } = useBrowser();

  it('a member follows a space from the keyboard, and it stays followed after a reload', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(moderator.page, 'Follow');

    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    const page = new SpacePage(app);
    await page.open(space.slug);
    await shown(page.followButton().filter({ hasText: app.t('spaces:follow.follow') }));
    expect(await page.followButton().getAttribute('aria-pressed')).toBe('false');
    expect(await page.followers().textContent()).toBe(
      app.t('spaces:follow.followers', { formatted: 0 }),
    );

    await page.toggleFollow();
    await shown(page.followButton().filter({ hasText: app.t('spaces:follow.following') }));
    expect(await page.followButton().getAttribute('aria-pressed')).toBe('true');
    expect(await page.followers().textContent()).toBe(
      app.t('spaces:follow.followers', { formatted: 1 }),
    );

    // On a phone-width screen after a reload: still followed, as the api keeps it.
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.reload();
    await shown(page.followButton().filter({ hasText: app.t('spaces:follow.following') }));
    expect(await page.followers().textContent()).toBe(
      app.t('spaces:follow.followers', { formatted: 1 }),
    );

    await page.toggleFollow();
    await shown(page.followButton().filter({ hasText: app.t('spaces:follow.follow') }));
    await app.reload();
    await shown(page.followButton().filter({ hasText: app.t('spaces:follow.follow') }));
    expect(await page.followers().textContent()).toBe(
      app.t('spaces:follow.followers', { formatted: 0 }),
    );
  });
});
