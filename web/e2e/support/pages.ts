import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, label, launchBrowser, newContext, shown, text, type Lang } from './env';

/** The app as one person sees it: navigation, header and the language they read it in. */
export class App {
  constructor(
    readonly page: Page,
    public lang: Lang = 'ja',
  ) {}

  t(key: string, vars?: Record<string, string | number>): string {
    return text(this.lang, key, vars);
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.page.waitForLoadState('networkidle');
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForLoadState('networkidle');
  }

  heading(name: string) {
    return this.page.getByRole('heading', { name, exact: true });
  }

  async notification(message: string): Promise<void> {
    await shown(this.page.locator('.mantine-Notification-root').filter({ hasText: message }));
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  async switchLanguage(to: Lang): Promise<void> {
    const current = this.lang === 'ja' ? '日本語' : 'English';
    await this.page
      .getByRole('button', { name: this.t('common:language.label', { current }) })
      .click();
    const saved = this.page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') && r.request().postData()?.includes('UpdateProfile') === true,
      { timeout: 30_000 },
    );
    await this.page.getByRole('menuitem', { name: to === 'ja' ? '日本語' : 'English' }).click();
    this.lang = to;
    return saved.then(() => undefined).catch(() => undefined);
  }

  async openAccountMenu(): Promise<void> {
    await this.page.getByTestId('account-menu').click();
  }

  async signOut(): Promise<void> {
    await this.openAccountMenu();
    await this.page.getByRole('menuitem', { name: this.t('common:account.signOut') }).click();
    await shown(
      this.page.getByRole('link', { name: this.t('common:account.signIn'), exact: true }),
    );
  }
}

export interface NewMember {
  email: string;
  password: string;
  displayName: string;
  handle: string;
}

export class SignUpPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/sign-up');
    await shown(this.app.heading(this.app.t('auth:signUp.title')));
  }

  async submit(member: NewMember): Promise<void> {
    const { page } = this.app;
    await page.getByLabel(label(this.app.t('auth:fields.email'))).fill(member.email);
    await page.getByLabel(label(this.app.t('auth:fields.password'))).fill(member.password);
    await page.getByLabel(label(this.app.t('auth:fields.displayName'))).fill(member.displayName);
    await page.getByLabel(label(this.app.t('auth:fields.handle'))).fill(member.handle);
    await page.getByRole('button', { name: this.app.t('auth:signUp.submit') }).click();
  }
}

export class SignInPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/sign-in');
    await shown(this.app.heading(this.app.t('auth:signIn.title')));
  }

  async signIn(email: string, password: string): Promise<void> {
    const { page } = this.app;
    await page.getByLabel(label(this.app.t('auth:fields.email'))).fill(email);
    await page.getByLabel(label(this.app.t('auth:fields.password'))).fill(password);
    await page
      .locator('form')
      .getByRole('button', { name: this.app.t('auth:signIn.submit'), exact: true })
      .click();
  }

  async signInAndWait(email: string, password: string): Promise<void> {
    await this.open();
    await this.signIn(email, password);
    await shown(this.app.page.getByTestId('account-menu'));
    await this.app.page.waitForLoadState('networkidle');
  }
}

export class EditProfilePage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/settings/profile');
    await shown(this.app.heading(this.app.t('profile:edit.title')));
  }

  async save(values: { displayName?: string; bio?: string }): Promise<void> {
    const { page } = this.app;
    if (values.displayName !== undefined) {
      await page
        .getByLabel(label(this.app.t('profile:fields.displayName')))
        .fill(values.displayName);
    }
    if (values.bio !== undefined) {
      await page.getByLabel(label(this.app.t('profile:fields.bio'))).fill(values.bio);
    }
    await page.getByRole('button', { name: this.app.t('common:actions.save') }).click();
  }
}

export class CommunitySettingsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/admin/community');
    await shown(this.app.heading(this.app.t('community:settings.title')));
  }

  modeRadio(mode: 'OPEN' | 'APPROVAL' | 'INVITE') {
    return this.app.page.getByRole('radio', { name: this.app.t(`community:modes.${mode}.label`) });
  }

  async chooseMode(mode: 'OPEN' | 'APPROVAL' | 'INVITE'): Promise<void> {
    await this.modeRadio(mode).check();
  }

  visibleToVisitors() {
    return this.app.page.getByRole('switch', {
      name: this.app.t('community:fields.visibleToVisitors'),
    });
  }

  staffOnLeaderboards() {
    return this.app.page.getByRole('switch', {
      name: this.app.t('community:fields.leaderboardsIncludeStaff'),
    });
  }

  async save(): Promise<void> {
    await this.app.page.getByRole('button', { name: this.app.t('common:actions.save') }).click();
    await this.app.notification(this.app.t('community:settings.saved'));
  }
}

/** A post's page as a reader sees it: the post, its answers, reactions and the sign-in prompt. */
export class PostPage {
  constructor(readonly app: App) {}

  async open(id: string): Promise<void> {
    await this.app.goto(`/posts/${id}`);
  }

  title(text: string) {
    return this.app.page.getByRole('heading', { level: 1, name: text });
  }

  reaction(kind: string) {
    return this.app.page.getByRole('article').getByTestId(`reaction-${kind}`);
  }

  signInPrompt() {
    return this.app.page.getByRole('dialog', { name: this.app.t('common:visitor.promptTitle') });
  }

  async signInFromPrompt(): Promise<void> {
    await this.signInPrompt()
      .getByRole('link', { name: this.app.t('common:account.signIn') })
      .click();
    await shown(this.app.heading(this.app.t('auth:signIn.title')));
  }
}

export class SearchPage {
  constructor(readonly app: App) {}

  async search(words: string): Promise<void> {
    await this.app.page.getByTestId('header-search').fill(words);
    await this.app.page.getByTestId('header-search').press('Enter');
    await this.app.page.waitForURL(/\/search\?q=/);
  }
}

export class LeaderboardPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/leaderboard');
    await shown(this.app.heading(this.app.t('points:leaderboard.title')));
  }

  /** The board's rows, or its empty state before the first refresh. */
  boardOrEmpty() {
    return this.app.page
      .getByTestId('leaderboard-row')
      .or(this.app.page.getByText(this.app.t('points:leaderboard.empty')));
  }
}

export class MembersPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/members');
  }

  rows() {
    return this.app.page.getByTestId('member-row');
  }

  async search(term: string): Promise<void> {
    await this.app.page.getByLabel(label(this.app.t('members:list.search'))).fill(term);
  }
}

/**
 * Signs a brand-new member up through the api from inside the page (sharing its cookies), which
 * is quicker than the form when the form is not what a test is about.
 */
export async function signUpThroughApi(app: App, member: NewMember): Promise<void> {
  if (!app.page.url().startsWith(baseUrl())) await app.goto('/');
  const csrf = (await app.page.context().cookies()).find((c) => c.name === 'kizuna_csrf')?.value;
  const res = await app.page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
    data: {
      query:
        'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { pendingApproval member { id } } }',
      variables: { input: { ...member, locale: 'ja' } },
    },
  });
  const body = (await res.json()) as {
    errors?: unknown;
    data?: { signUp: { pendingApproval: boolean } };
  };
  if (body.errors || body.data?.signUp.pendingApproval) {
    throw new Error(`Sign-up through the api failed: ${JSON.stringify(body)}`);
  }
}

export function newMember(id: string): NewMember {
  return {
    email: `${id}@e2e.example`,
    password: 'Sakura-drip-2026-blend',
    displayName: `テスト ${id.slice(-5)}`,
    handle: id.slice(0, 30),
  };
}

/**
 * One Chromium for the test file (call inside its `describe`); `open()` gives a person of their
 * own (a fresh context: cookies, storage) on a new page, closed when the test ends.
 */
export function useBrowser(): { open: () => Promise<App> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  return {
    open: async () => {
      const context = await newContext(browser!);
      contexts.push(context);
      return new App(await context.newPage());
    },
  };
}
