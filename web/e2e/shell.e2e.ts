import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { until } from './support/live';
import {
  ApprovalsPage,
  CommunitySettingsPage,
  CONSOLE_PAGES,
  ConsoleOverviewPage,
  newMember,
  SignInPage,
  SignUpPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';

describe('the shell', () => {
  const { open } = useBrowser();

  it('fits the sidebar and header of an admin on one line each at 1366×768', async () => {
    const admin = await open();
    await admin.page.setViewportSize({ width: 1366, height: 768 });
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);

    const oneLine = async () => {
      const header = admin.header();
      const box = (await header.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(65);
      const links = admin.nav.sidebar().locator('a[data-nav-id]');
      expect(await links.count()).toBeGreaterThan(3);
      const overflowing = await links.evaluateAll((nodes) =>
        nodes
          .map((node) => {
            const label = node.querySelector('span') ?? node;
            const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
            return {
              text: node.textContent,
              lines: Math.round(label.getBoundingClientRect().height / lineHeight),
              cut: label.scrollWidth > label.clientWidth,
            };
          })
          .filter(({ lines, cut }) => lines !== 1 || cut),
      );
      expect(overflowing).toEqual([]);
      // Everything in the header sits on one row, inside the window.
      const tops = await header.locator('a, button').evaluateAll((nodes) =>
        nodes
          .filter((node) => (node as HTMLElement).offsetParent !== null)
          .map((node) => {
            const r = node.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, right: r.right };
          }),
      );
      for (const r of tops) {
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.bottom).toBeLessThanOrEqual(box.height);
        expect(r.right).toBeLessThanOrEqual(1366);
      }
    };

    await admin.goto('/');
    await shown(admin.nav.sidebar());
    expect(await admin.nav.currentItem()).toBe('home');
    await oneLine();

    await admin.nav.go('console');
    await admin.sees(admin.t('common:console.title'));
    expect(admin.path()).toBe('/manage');
    expect(await admin.nav.groups()).toEqual([
      'community',
      'content',
      'gamification',
      'events',
      'feedback',
      'surveys',
      'analytics',
      'moderation',
      'settings',
    ]);
    await oneLine();

    await admin.switchLanguage('en');
    try {
      await admin.sees(admin.t('common:console.title'));
      await oneLine();
    } finally {
      await admin.switchLanguage('ja');
    }
  });

  it('the console shows each page of the staff in its group and marks the open one', async () => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    await new ConsoleOverviewPage(admin).open();
    expect(await admin.nav.currentItem()).toBe('overview');
    for (const [id, { title }] of Object.entries(CONSOLE_PAGES)) {
      await admin.nav.go(id);
      await admin.sees(admin.t(title));
      expect(admin.path()).toMatch(/^\/manage\/[a-z-]+$/);
      expect(await admin.nav.currentItem()).toBe(id);
    }
    await admin.nav.go('back');
    await shown(admin.nav.sidebar().locator('a[data-nav-id="home"][aria-current="page"]'));
    expect(admin.path()).toBe('/');

    // A moderator sees only the groups with pages they may open.
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    await new ConsoleOverviewPage(moderator).open();
    expect(await moderator.nav.groups()).toEqual([
      'community',
      'content',
      'gamification',
      'events',
      'feedback',
      'surveys',
      'analytics',
      'moderation',
    ]);
    expect(await moderator.nav.labels()).not.toContain(moderator.t('common:nav.community'));
    await moderator.goto('/manage/community');
    await moderator.noPermission();
  });

  it('old /admin addresses lead to the same pages in the console', async () => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    await admin.goto('/admin/community?from=bookmark');
    await admin.sees(admin.t('community:settings.title'));
    expect(new URL(admin.page.url()).pathname + new URL(admin.page.url()).search).toBe(
      '/manage/community?from=bookmark',
    );
    expect(await admin.nav.currentItem()).toBe('community');
    await admin.goto('/admin/reactions');
    await admin.sees(admin.t('reactionKinds:title'));
    expect(admin.path()).toBe('/manage/reactions');

    // The rules of each page still apply after the move: a visitor is asked to sign in.
    const visitor = await open();
    await visitor.goto('/admin/points');
    await visitor.sees(visitor.t('auth:signIn.title'));
    expect(new URL(visitor.page.url()).searchParams.get('next')).toBe('/manage/points');
  });

  it('counts the sign-ups waiting in the sidebar and the overview, and follows approvals', async () => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const settings = new CommunitySettingsPage(admin);
    const overview = new ConsoleOverviewPage(admin);
    await overview.open();
    // The demo's one flagged post waits for review; no sign-up waits yet.
    await shown(overview.pendingWork('reviews'));
    expect(await overview.pendingCount('approvals')).toBe(0);
    expect(await admin.nav.pendingCount('approvals')).toBe(0);
    try {
      await settings.open();
      await settings.chooseMode('APPROVAL');
      await settings.save();

      const names = [];
      for (let i = 0; i < 2; i++) {
        const visitor = await open();
        const member = newMember(uniqueId());
        const signUp = new SignUpPage(visitor);
        await signUp.open();
        await signUp.submit(member);
        await signUp.waitsForApproval();
        names.push(member.displayName);
      }

      await overview.open();
      await shown(overview.pendingWork('approvals'));
      expect(await overview.pendingCount('approvals')).toBe(2);
      expect(await admin.nav.pendingCount('approvals')).toBe(2);
      const link = await admin.nav.link('approvals');
      expect(await link.innerText()).toContain(admin.t('common:nav.approvals'));
      expect(await link.textContent()).toContain(admin.t('common:nav.pending', { count: 2 }));

      await overview.review('approvals');
      const approvals = new ApprovalsPage(admin);
      await admin.sees(admin.t('members:queue.title'));
      await approvals.approve(names[0]);
      await until(
        async () => (await admin.nav.pendingCount('approvals')) === 1,
        'the sidebar count to follow the approval',
      );
      await approvals.reject(names[1]);
      await until(
        async () => (await admin.nav.pendingCount('approvals')) === 0,
        'the sidebar count to clear',
      );
    } finally {
      await settings.open();
      await settings.chooseMode('OPEN');
      await settings.save();
    }
  });

  it('on a phone, the navigation is a drawer: keyboard reachable, focus kept inside and returned', async () => {
    const app = await open();
    await app.page.setViewportSize({ width: 390, height: 844 });
    await signUpThroughApi(app, newMember(uniqueId()));
    await app.goto('/');
    expect(await app.nav.sidebar().isVisible()).toBe(false);
    const burger = await shown(app.nav.menuButton());
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await burger.getAttribute('aria-label')).toBe(app.t('common:nav.openMenu'));

    // Opened from the keyboard; focus moves into the drawer and stays there.
    await burger.focus();
    await app.page.keyboard.press('Enter');
    const drawer = await shown(app.nav.drawer());
    await shown(drawer.getByRole('navigation', { name: app.t('common:nav.label') }));
    expect(await burger.getAttribute('aria-expanded')).toBe('true');
    await until(
      () => drawer.evaluate((node) => node.contains(document.activeElement)),
      'focus to move into the drawer',
    );
    for (let i = 0; i < 12; i++) {
      await app.page.keyboard.press('Tab');
      expect(await drawer.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    }
    expect(await app.nav.labels()).toEqual(
      [
        'home',
        'spaces',
        'events',
        'feedback',
        'roadmap',
        'changelog',
        'leaderboard',
        'badges',
        'search',
      ].map((id) => app.t(`common:nav.${id}`)),
    );
    expect(await app.nav.currentItem()).toBe('home');

    // Escape closes it and gives focus back to the menu button.
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await until(
      () => burger.evaluate((node) => node === document.activeElement),
      'focus to return to the menu button',
    );
    expect(await burger.getAttribute('aria-expanded')).toBe('false');

    // Following a link closes it and opens the page.
    await app.nav.openDrawer();
    await app.nav.go('leaderboard');
    await app.sees(app.t('points:leaderboard.title'));
    await app.nav.drawer().waitFor({ state: 'hidden' });
    expect(app.path()).toBe('/leaderboard');
    await app.nav.openDrawer();
    expect(await app.nav.currentItem()).toBe('leaderboard');
  });

  it('offers a skip link to the content as the first stop of the keyboard', async () => {
    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    await app.goto('/');
    await app.page.keyboard.press('Tab');
    const skip = app.page.getByRole('link', { name: app.t('common:nav.skipToContent') });
    expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await app.page.keyboard.press('Enter');
    await until(
      () => app.page.evaluate(() => document.activeElement?.id === 'main'),
      'focus to move to the content',
    );
    // Links in the sidebar show where the keyboard is.
    await (await app.nav.link('spaces')).focus();
    const outline = await (
      await app.nav.link('spaces')
    ).evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
