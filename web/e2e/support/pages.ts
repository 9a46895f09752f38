import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  label,
  launchBrowser,
  menuFocused,
  newContext,
  shown,
  text,
  type Lang,
} from './env';

/** The navigation of the open layout: the sidebar on wide screens, the drawer on phones. */
export class Navigation {
  constructor(readonly app: App) {}

  /** The sidebar (hidden below the `sm` breakpoint). */
  sidebar(): Locator {
    return this.app.page.getByTestId('sidebar');
  }

  /** The menu button in the header that opens the drawer on phones. */
  menuButton(): Locator {
    return this.app.page.getByTestId('nav-burger');
  }

  /** The drawer, once opened. */
  drawer(): Locator {
    return this.app.page.getByRole('dialog');
  }

  /** The visible navigation landmark: the drawer's when it is open, else the sidebar's. */
  private async current(): Promise<Locator> {
    const drawer = this.drawer();
    return (await drawer.isVisible()) ? drawer.getByRole('navigation') : this.sidebar();
  }

  /** A link of the navigation by its id in nav.ts (`home`, `approvals`, …). */
  async link(id: string): Promise<Locator> {
    return (await this.current()).locator(`a[data-nav-id="${id}"]`);
  }

  /** The visible labels of the links, in order. */
  async labels(): Promise<string[]> {
    const links = (await this.current()).locator('a[data-nav-id]');
    return (await links.allInnerTexts()).map((t) => t.split('\n')[0].trim());
  }

  /** The headings of the console's groups, in order. */
  async groups(): Promise<string[]> {
    return (await this.current())
      .locator('[data-group]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-group') ?? ''));
  }

  /** The id of the link marked as the open page. */
  async currentItem(): Promise<string | null> {
    return (await this.current())
      .locator('a[aria-current="page"]')
      .first()
      .getAttribute('data-nav-id');
  }

  async go(id: string): Promise<void> {
    await (await this.link(id)).click();
  }

  async openDrawer(): Promise<void> {
    await this.menuButton().click();
    await shown(this.drawer().getByRole('navigation'));
  }

  /** The count shown next to an item (0 when none is shown). */
  async pendingCount(id: string): Promise<number> {
    const shownCounts = await (
      await this.link(id)
    )
      .getByTestId('pending-count')
      .locator('[aria-hidden="true"]')
      .allTextContents();
    return shownCounts.length === 0 ? 0 : Number(shownCounts[0].replace(/\D/g, ''));
  }
}

/** The app as one person sees it: navigation, header and the language they read it in. */
export class App {
  readonly nav: Navigation;

  constructor(
    readonly page: Page,
    public lang: Lang = 'ja',
  ) {
    this.nav = new Navigation(this);
  }

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

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  heading(name: string) {
    return this.page.getByRole('heading', { name, exact: true });
  }

  /** Waits for the page's main heading. */
  async sees(title: string): Promise<void> {
    await shown(this.heading(title));
  }

  header(): Locator {
    return this.page.getByTestId('app-header');
  }

  async notification(message: string): Promise<void> {
    await shown(this.page.locator('.mantine-Notification-root').filter({ hasText: message }));
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  async noPermission(): Promise<void> {
    await this.sees(this.t('common:noPermission.title'));
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

  accountMenu(): Locator {
    return this.page.getByTestId('account-menu');
  }

  async openAccountMenu(): Promise<void> {
    await this.accountMenu().click();
  }

  async signOut(): Promise<void> {
    await this.openAccountMenu();
    await this.page.getByRole('menuitem', { name: this.t('common:account.signOut') }).click();
    await shown(
      this.page.getByRole('link', { name: this.t('common:account.signIn'), exact: true }),
    );
  }

  /** Runs a search from the header's search box. */
  async searchFromHeader(query: string): Promise<SearchPage> {
    await this.page.getByTestId('header-search').fill(query);
    await this.page.getByTestId('header-search').press('Enter');
    await this.page.waitForURL(/\/search\?q=/);
    return new SearchPage(this);
  }

  bell(): Locator {
    return this.page.getByTestId('notification-bell');
  }

  /** The bell's link when it announces `count` unread notifications (0: none). */
  bellWithUnread(count: number): Locator {
    return this.page.getByRole('link', {
      name:
        count === 0
          ? this.t('notifications:bell.label')
          : this.t('notifications:bell.unread', { count }),
      exact: count === 0,
    });
  }

  async openNotifications(): Promise<NotificationsPage> {
    await this.bell().click();
    const page = new NotificationsPage(this);
    await this.sees(this.t('notifications:page.title'));
    return page;
  }

  /** Marks the page so a test can tell later that it was never reloaded. */
  async markNotReloaded(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
  }

  async wasNotReloaded(): Promise<boolean> {
    return this.page.evaluate(
      () => (window as unknown as { notReloaded?: boolean }).notReloaded === true,
    );
  }
}

/** A field of ui/DateFields: a date, or a date and time, picked on a calendar in the UI language. */
export class DatePicker {
  /** `field` finds the field by its label in the language the app reads in when called. */
  constructor(
    readonly app: App,
    readonly field: () => Locator,
  ) {}

  calendar(): Locator {
    return this.app.page.getByRole('dialog');
  }

  /** Waits until the field shows `written`, the whole of its text. */
  async shows(written: RegExp): Promise<void> {
    await shown(this.field().filter({ hasText: written }));
  }

  /**
   * Picks `YYYY-MM-DD` (a date field) or `YYYY-MM-DDTHH:mm` (a date and time field): turns the
   * calendar forward to the month, chooses the day by its full name in the UI language, then types
   * the time into the hour and minute fields (12-hour with AM/PM in English) and confirms.
   */
  async choose(value: string): Promise<void> {
    const [day, time] = value.split('T');
    const { app } = this;
    await this.field().click();
    const calendar = await shown(this.calendar());
    const name = new Intl.DateTimeFormat(app.lang === 'en' ? 'en-US' : 'ja-JP', {
      dateStyle: 'full',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`));
    const button = calendar.locator(`button[aria-label="${name}"]:not([data-outside])`);
    for (let i = 0; i < 24 && !(await button.isVisible()); i++)
      await calendar.getByRole('button', { name: app.t('common:dates.nextMonth') }).click();
    await button.click();
    if (time) {
      const [hours, minutes] = time.split(':').map(Number);
      const twelve = app.lang === 'en';
      const hour = twelve ? ((hours + 11) % 12) + 1 : hours;
      const pad = (n: number) => String(n).padStart(2, '0');
      await calendar
        .getByRole('spinbutton', { name: app.t('common:dates.hours'), exact: true })
        .fill(pad(hour));
      await calendar
        .getByRole('spinbutton', { name: app.t('common:dates.minutes'), exact: true })
        .fill(pad(minutes));
      if (twelve)
        await calendar
          .getByRole('combobox', { name: app.t('common:dates.amPm'), exact: true })
          .selectOption(hours < 12 ? 'AM' : 'PM');
      await calendar.getByRole('button', { name: app.t('common:dates.done'), exact: true }).click();
    }
    await calendar.waitFor({ state: 'hidden' });
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

  approvalNote(): Locator {
    return this.app.page.getByText(this.app.t('auth:signUp.approvalNote'));
  }

  field(name: 'email' | 'password' | 'displayName' | 'handle'): Locator {
    return this.app.page.getByLabel(label(this.app.t(`auth:fields.${name}`)));
  }

  async submit(member: NewMember): Promise<void> {
    const { page } = this.app;
    await this.field('email').fill(member.email);
    await this.field('password').fill(member.password);
    await this.field('displayName').fill(member.displayName);
    await this.field('handle').fill(member.handle);
    await page.getByRole('button', { name: this.app.t('auth:signUp.submit') }).click();
  }

  async waitsForApproval(): Promise<void> {
    await this.app.sees(this.app.t('auth:pending.title'));
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
    await shown(this.app.accountMenu());
    await this.app.page.waitForLoadState('networkidle');
  }

  /** The error shown for a failed sign-in with this code. */
  error(code: string): Locator {
    return this.app.page.getByRole('alert').filter({ hasText: this.app.t(`errors:codes.${code}`) });
  }
}

/** Asking for a link to set a new password (`/forgot-password`). */
export class ForgotPasswordPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/forgot-password');
    await this.app.sees(this.app.t('auth:forgot.title'));
  }
}

/** Setting a new password from the emailed link (`/reset-password?token=…`). */
export class ResetPasswordPage {
  constructor(readonly app: App) {}

  async open(token: string): Promise<void> {
    await this.app.goto(`/reset-password?token=${encodeURIComponent(token)}`);
    await this.app.sees(this.app.t('auth:reset.title'));
  }
}

/** The home page: the welcome, the feed with its tabs, the viewer's points and missions. */
export class HomePage {
  constructor(readonly app: App) {}

  async open(tab?: 'unanswered'): Promise<void> {
    await this.app.goto(tab ? `/?tab=${tab}` : '/');
  }

  welcome(name: string): Locator {
    return this.app.page.getByText(this.app.t('common:home.welcome', { name }));
  }

  postCard(title: string): Locator {
    return this.app.page.getByTestId('post-card').filter({ hasText: title });
  }

  postCards(): Locator {
    return this.app.page.getByTestId('post-card');
  }

  newPostsBanner(): Locator {
    return this.app.page.getByTestId('new-posts-banner');
  }

  async points(): Promise<number> {
    return Number(
      ((await this.app.page.getByTestId('home-points').textContent()) ?? '').replace(/[^\d]/g, ''),
    );
  }

  missions(): MissionsPanel {
    return new MissionsPanel(this.app);
  }
}

/** The missions panel on the home page. */
export class MissionsPanel {
  constructor(readonly app: App) {}

  root(): Locator {
    return this.app.page.getByTestId('missions-panel');
  }

  mission(title: string): Locator {
    return this.app.page.getByTestId('mission').filter({ hasText: title });
  }

  byKind(kind: string): Locator {
    return this.root().locator(`[data-testid="mission"][data-kind="${kind}"]`);
  }

  step(mission: Locator, action: string, done = false): Locator {
    return mission.locator(
      `[data-testid="mission-step"][data-action="${action}"]${done ? '[data-done]' : ''}`,
    );
  }

  completed(): Locator {
    return this.app.page.getByTestId('mission-completed');
  }
}

export class SpacesPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/spaces');
    await this.app.sees(this.app.t('spaces:list.title'));
  }

  cards(): Locator {
    return this.app.page.getByTestId('space-card');
  }
}

export class SpacePage {
  constructor(readonly app: App) {}

  async open(slug: string): Promise<void> {
    await this.app.goto(`/s/${slug}`);
  }

  followButton(): Locator {
    return this.app.page.getByTestId('follow-space');
  }

  followers(): Locator {
    return this.app.page.getByTestId('space-followers');
  }

  /** Toggles following from the keyboard, and waits for the api to have saved it. */
  async toggleFollow(): Promise<void> {
    const saved = this.app.page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') && r.request().postData()?.includes('FollowSpace') === true,
    );
    await this.followButton().focus();
    await this.app.page.keyboard.press('Enter');
    await saved;
  }

  async startPost(): Promise<ComposerPage> {
    await this.app.page
      .getByRole('link', { name: this.app.t('posts:feed.newPost') })
      .first()
      .click();
    const composer = new ComposerPage(this.app);
    await this.app.sees(this.app.t('posts:composer.newTitle'));
    return composer;
  }

  /** A visitor's "new post": a button that asks them to sign in rather than a link. */
  async tryToPost(): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('posts:feed.newPost') })
      .first()
      .click();
  }
}

/** The posts with a tag (`/tags/:tag`). */
export class TagPage {
  constructor(readonly app: App) {}

  async open(tag: string): Promise<void> {
    await this.app.goto(`/tags/${encodeURIComponent(tag)}`);
    await this.app.sees(`#${tag}`);
  }
}

/** Writing a new post (or editing one). */
export class ComposerPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/new');
    await this.app.sees(this.app.t('posts:composer.newTitle'));
  }

  async chooseKind(kind: 'TALK' | 'QUESTION' | 'IDEA'): Promise<void> {
    await this.app.page.getByText(this.app.t(`posts:kinds.${kind}`), { exact: true }).click();
  }

  async fillTitle(title: string): Promise<void> {
    await this.app.page.getByLabel(this.app.t('posts:composer.title')).fill(title);
  }

  async fillBody(body: string): Promise<void> {
    await this.app.page.getByTestId('composer-body').fill(body);
  }

  /** Attaches an image and waits until its Markdown is in the body. */
  async attachImage(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.app.page.getByTestId('composer-body-file').setInputFiles(file);
    await this.app.page.waitForFunction(
      () =>
        (
          document.querySelector('[data-testid="composer-body"]') as HTMLTextAreaElement | null
        )?.value.includes('![](/media/') === true,
    );
  }

  /** Asks to publish, and stays on the composer (when the api refuses the post). */
  async tryPublish(): Promise<void> {
    await this.app.page.getByRole('button', { name: this.app.t('posts:composer.publish') }).click();
  }

  /** A message the form shows (under an input or above the form). */
  message(text: string): Locator {
    return this.app.page.locator('form').getByText(text, { exact: true });
  }

  /** Publishes and lands on the new post. */
  async publish(): Promise<PostPage> {
    await this.app.page.getByRole('button', { name: this.app.t('posts:composer.publish') }).click();
    await this.app.page.waitForURL(/\/posts\/[^/]+$/);
    return new PostPage(this.app);
  }
}

/** A post with its reactions and comments, and the sign-in prompt a visitor gets. */
export class PostPage {
  constructor(readonly app: App) {}

  title(text: string): Locator {
    return this.app.page.getByRole('heading', { level: 1, name: text });
  }

  reaction(kind: string): Locator {
    return this.app.page.getByRole('article').getByTestId(`reaction-${kind}`);
  }

  signInPrompt(): Locator {
    return this.app.page.getByRole('dialog', { name: this.app.t('common:visitor.promptTitle') });
  }

  async signInFromPrompt(): Promise<void> {
    await this.signInPrompt()
      .getByRole('link', { name: this.app.t('common:account.signIn') })
      .click();
    await shown(this.app.heading(this.app.t('auth:signIn.title')));
  }

  async open(id: string): Promise<void> {
    await this.app.goto(`/posts/${id}`);
  }

  body(): Locator {
    return this.app.page.getByTestId('post-body');
  }

  article(): Locator {
    return this.app.page.locator('article');
  }

  unansweredBadge(): Locator {
    return this.app.page.getByTestId('badge-unanswered');
  }

  solvedBadge(): Locator {
    return this.app.page.getByTestId('badge-solved');
  }

  bestAnswerBadge(): Locator {
    return this.app.page.getByTestId('best-answer-badge');
  }

  comment(text: string): Locator {
    return this.app.page.getByTestId('comment').filter({ hasText: text });
  }

  commentBox(): Locator {
    return this.app.page.getByTestId('comment-body');
  }

  commentForm(): Locator {
    return this.app.page.getByTestId('comment-form');
  }

  /** What a visitor gets in place of the comment form: a way to sign in. */
  signInToJoin(): Locator {
    return this.app.page.getByTestId('sign-in-to-join');
  }

  /** Opens the profile of the author (`handle`) from the post. */
  async openAuthor(handle: string): Promise<ProfilePage> {
    await this.article().locator(`a[href="/members/${handle}"]`).first().click();
    await this.app.page.waitForURL(new RegExp(`/members/${handle}$`));
    return new ProfilePage(this.app);
  }

  async writeComment(text: string): Promise<void> {
    await this.commentBox().fill(text);
  }

  /** Writes and sends a comment (an answer, on a question). */
  async sendComment(text: string, as: 'comment' | 'answer' = 'comment'): Promise<void> {
    await this.writeComment(text);
    await this.app.page
      .getByRole('button', {
        name: this.app.t(as === 'answer' ? 'posts:comments.answerSubmit' : 'posts:comments.submit'),
        exact: true,
      })
      .click();
  }

  async markBestAnswer(): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('posts:bestAnswer.mark'), exact: true })
      .click();
    await this.app.notification(this.app.t('posts:bestAnswer.marked'));
  }

  /** The count on a reaction button, under the post or a comment (`scope`). */
  async reactionCount(kind: string, scope: Locator = this.article()): Promise<string> {
    return (await scope.getByTestId(`reaction-${kind}`).textContent()) ?? '';
  }

  private reactionChip(emojiOrKind: string): Locator {
    return this.article()
      .locator('button[data-testid^="reaction-"]')
      .filter({ hasText: emojiOrKind })
      .or(this.article().getByTestId(`reaction-${emojiOrKind}`))
      .first();
  }

  /** Toggles the viewer's reaction on the post, by its emoji (or its key). */
  async react(emojiOrKind: string): Promise<void> {
    await this.reactionChip(emojiOrKind).click();
  }

  /** Whether the viewer's reaction is on the post. */
  async hasReacted(emojiOrKind: string): Promise<boolean> {
    return (await this.reactionChip(emojiOrKind).getAttribute('aria-pressed')) === 'true';
  }

  async showMoreReplies(count: number): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('posts:comments.moreReplies', { count }) })
      .click();
  }

  /** The post's ⋯ menu, opened. */
  async openMenu(): Promise<Locator> {
    await this.app.page.getByTestId('post-menu').click();
    return shown(this.app.page.getByRole('menu'));
  }

  /** The ⋯ menu of the comment holding `text`, by `author`, opened. */
  async openCommentMenu(text: string, author: string): Promise<Locator> {
    await this.comment(text)
      .getByRole('button', { name: this.app.t('posts:comments.menuLabel', { name: author }) })
      .click();
    return shown(this.app.page.getByRole('menu'));
  }

  /** Flags the post from its ⋯ menu and waits for the thanks. */
  async flagPost(reason: FlagReasonName, note?: string): Promise<void> {
    await (await FlagDialog.from(this.app, await this.openMenu())).flag(reason, note);
  }

  /**
   * Flags the post with the keyboard alone: opens the ⋯ menu, moves to "Flag", checks the first
   * reason (the dialog starts on it), then moves to `reason` with the arrow keys and tabs to send.
   */
  async flagPostByKeyboard(reason: FlagReasonName): Promise<void> {
    const { page } = this.app;
    await page.getByTestId('post-menu').focus();
    await page.keyboard.press('Enter');
    const item = await shown(
      page.getByRole('menuitem', { name: this.app.t('flags:action'), exact: true }),
    );
    await menuFocused(page);
    for (let i = 0; i < 10 && !(await isFocused(item)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = new FlagDialog(this.app);
    await shown(dialog.form());
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'radio');
    await page.keyboard.press('Space');
    for (let i = 0; i < FLAG_REASONS.indexOf(reason); i++) await page.keyboard.press('ArrowDown');
    const send = dialog.form().getByRole('button', { name: this.app.t('flags:dialog.submit') });
    for (let tabs = 0; tabs < 6 && !(await isFocused(send)); tabs++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await this.app.notification(this.app.t('flags:dialog.done'));
    await dialog.form().waitFor({ state: 'detached' });
  }

  /** Flags the comment holding `text`, by `author`, from its ⋯ menu and waits for the thanks. */
  async flagComment(
    text: string,
    author: string,
    reason: FlagReasonName,
    note?: string,
  ): Promise<void> {
    const menu = await this.openCommentMenu(text, author);
    await (await FlagDialog.from(this.app, menu)).flag(reason, note);
  }

  /**
   * Whether the post's ⋯ menu says it is flagged (the entry disabled), or offers to flag it;
   * null when it offers neither (the viewer's own post). Closes the menu again.
   */
  async flagState(): Promise<'flagged' | 'flag' | null> {
    const menu = await this.openMenu();
    const state = await FlagDialog.stateIn(this.app, menu);
    await this.app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    return state;
  }

  /** The banner that tells the author their post is hidden from everyone else. */
  ownHiddenBanner(): Locator {
    return this.app.page.getByTestId('own-hidden-banner');
  }

  /** The note under the author's own hidden comment. */
  ownHiddenComment(text: string): Locator {
    return this.comment(text).getByTestId('own-hidden-comment');
  }

  notFound(): Locator {
    return this.app.heading(this.app.t('posts:post.notFoundTitle'));
  }
}

/** The reasons, in the order the flag dialog lists them. */
const FLAG_REASONS = ['SPAM', 'INAPPROPRIATE', 'HARASSMENT', 'OFF_TOPIC', 'OTHER'] as const;
export type FlagReasonName = (typeof FLAG_REASONS)[number];

const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((node) => node === document.activeElement);

/** The dialog the "Flag" entry of a post's, comment's, idea's or profile's ⋯ menu opens. */
export class FlagDialog {
  constructor(readonly app: App) {}

  /** Chooses "Flag" in an open ⋯ menu; the dialog it opens. */
  static async from(app: App, menu: Locator): Promise<FlagDialog> {
    await menu.getByRole('menuitem', { name: app.t('flags:action'), exact: true }).click();
    const dialog = new FlagDialog(app);
    await shown(dialog.form());
    return dialog;
  }

  /** What an open ⋯ menu offers: "Flagged" (disabled), "Flag", or neither. */
  static async stateIn(app: App, menu: Locator): Promise<'flagged' | 'flag' | null> {
    const flagged = menu.getByRole('menuitem', { name: app.t('flags:flagged'), exact: true });
    if ((await flagged.count()) > 0) {
      if (!(await flagged.isDisabled())) throw new Error('“Flagged” should be disabled');
      return 'flagged';
    }
    const flag = menu.getByRole('menuitem', { name: app.t('flags:action'), exact: true });
    return (await flag.count()) > 0 ? 'flag' : null;
  }

  root(): Locator {
    return this.app.page.getByRole('dialog').filter({ has: this.form() });
  }

  form(): Locator {
    return this.app.page.getByTestId('flag-form');
  }

  reason(reason: FlagReasonName): Locator {
    return this.form().getByRole('radio', {
      name: this.app.t(`flags:reasons.${reason}.label`),
      exact: true,
    });
  }

  note(): Locator {
    return this.form().getByLabel(label(this.app.t('flags:dialog.note')));
  }

  /** The message above the form (a refusal), or a field's. */
  error(): Locator {
    return this.form().getByRole('alert');
  }

  async send(): Promise<void> {
    await this.form()
      .getByRole('button', { name: this.app.t('flags:dialog.submit'), exact: true })
      .click();
  }

  /** Chooses the reason and writes the note (when given). */
  async fill(reason: FlagReasonName, note?: string): Promise<void> {
    await this.reason(reason).check();
    if (note !== undefined) await this.note().fill(note);
  }

  /** Sends a flag and waits for the thanks and the dialog to close. */
  async flag(reason: FlagReasonName, note?: string): Promise<void> {
    await this.fill(reason, note);
    await this.send();
    await this.app.notification(this.app.t('flags:dialog.done'));
    await this.form().waitFor({ state: 'detached' });
  }
}

export class SearchPage {
  constructor(readonly app: App) {}

  async open(query: string, filters: Record<string, string> = {}): Promise<void> {
    await this.app.goto(`/search?${new URLSearchParams({ q: query, ...filters }).toString()}`);
  }

  hit(text: string): Locator {
    return this.app.page.getByTestId('search-hit').filter({ hasText: text });
  }

  /** The "from" date field of the filters. */
  from(): Locator {
    return this.app.page.getByLabel(this.app.t('search:filters.from'), { exact: true });
  }

  async submit(): Promise<void> {
    await this.app.page
      .getByRole('search')
      .getByRole('button', { name: this.app.t('search:submit'), exact: true })
      .click();
  }
}

/** A member's profile, with the staff actions on it. */
export class ProfilePage {
  constructor(readonly app: App) {}

  async open(handle: string): Promise<void> {
    await this.app.goto(`/members/${handle}`);
  }

  async name(): Promise<string | null> {
    return (await shown(this.app.page.getByTestId('profile-name'))).textContent();
  }

  async bio(): Promise<string> {
    return this.app.page.getByTestId('profile-bio').innerText();
  }

  /** The pictures uploaded to the site (`/media/…`) that the profile shows. */
  uploadedImages(): Locator {
    return this.app.page.locator('main img[src^="/media/"]');
  }

  /** The avatar, when it is an uploaded photo (its small variant). */
  uploadedAvatar(): Locator {
    return this.app.page.locator('main img[src^="/media/"][src$="/thumb.webp"]').first();
  }

  badge(key: string): Locator {
    return this.app.page.locator(`[data-testid="profile-badge"][data-key="${key}"]`);
  }

  standing(): Locator {
    return this.app.page.getByTestId('standing-panel');
  }

  rankChip(name: string): Locator {
    return this.app.page.getByTestId('rank-chip').filter({ hasText: name });
  }

  async lifetimePoints(): Promise<string | null> {
    return this.app.page.getByTestId('standing-lifetime').textContent();
  }

  historyEntry(text: string): Locator {
    return this.app.page.getByTestId('point-entry').filter({ hasText: text });
  }

  /** The profile's ⋯ menu, opened. */
  async openMenu(): Promise<Locator> {
    await this.app.page.getByTestId('profile-menu').click();
    return shown(this.app.page.getByRole('menu'));
  }

  async openAdjustPoints(): Promise<Locator> {
    await this.app.page.getByRole('button', { name: this.app.t('points:adjust.open') }).click();
    return shown(this.app.page.getByRole('dialog'));
  }

  async openMessage(): Promise<Locator> {
    await this.app.page.getByRole('button', { name: this.app.t('profile:message.open') }).click();
    return shown(this.app.page.getByRole('dialog'));
  }

  async openAwardBadge(): Promise<Locator> {
    const badges = await shown(this.app.page.getByTestId('profile-badges'));
    await badges.getByRole('button', { name: this.app.t('badges:profile.award') }).click();
    return shown(this.app.page.getByRole('dialog'));
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

  /** Uploads a photo as the avatar and waits until the form says it is uploaded. */
  async uploadAvatar(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const { page } = this.app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: this.app.t('profile:fields.avatarUpload') }).click();
    await (await chooser).setFiles(file);
    await shown(page.getByText(this.app.t('profile:fields.avatarUploaded')));
  }

  /** Removes the avatar and waits for the field of an image address to come back. */
  async removeAvatar(): Promise<void> {
    const { page } = this.app;
    await page.getByRole('button', { name: this.app.t('profile:fields.avatarRemove') }).click();
    await shown(page.getByLabel(this.app.t('profile:fields.avatarUrl')));
  }
}

export class AccountSettingsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/settings/account');
    await this.app.sees(this.app.t('profile:account.title'));
  }
}

export class NotificationSettingsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/settings/notifications');
    await this.app.sees(this.app.t('notificationSettings:title'));
  }

  option(kind: string, channel: string): Locator {
    return this.app.page.getByRole('radio', {
      name: this.app.t('notificationSettings:optionLabel', {
        kind: this.app.t(`notificationSettings:kinds.${kind}`),
        channel: this.app.t(`notificationSettings:channels.${channel}`),
      }),
    });
  }

  frequency(value: 'IMMEDIATE' | 'DAILY' | 'WEEKLY' | 'OFF'): Locator {
    return this.app.page.getByRole('radio', {
      name: this.app.t(`notificationSettings:frequency.${value}`),
    });
  }

  async save(): Promise<void> {
    await this.app.page.getByRole('button', { name: this.app.t('common:actions.save') }).click();
    await this.app.notification(this.app.t('notificationSettings:saved'));
  }
}

export class NotificationsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/notifications');
    await this.app.sees(this.app.t('notifications:page.title'));
  }

  item(text: string): Locator {
    return this.app.page.getByTestId('notification-item').filter({ hasText: text });
  }

  async markAllRead(): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('notifications:page.markAllRead') })
      .click();
    await this.app.notification(this.app.t('notifications:page.markedAllRead'));
  }

  async markRead(text: string): Promise<void> {
    await this.item(text)
      .getByRole('button', { name: this.app.t('notifications:page.markRead') })
      .click();
  }
}

export class LeaderboardPage {
  constructor(readonly app: App) {}

  async open(period?: 'week' | 'month' | 'all'): Promise<void> {
    await this.app.goto(period ? `/leaderboard?period=${period}` : '/leaderboard');
    await this.app.sees(this.app.t('points:leaderboard.title'));
  }

  async choosePeriod(period: 'WEEK' | 'MONTH' | 'ALL'): Promise<void> {
    await this.app.page
      .getByRole('tab', { name: this.app.t(`points:leaderboard.periods.${period}`) })
      .click();
  }

  /** A row of the board, or the empty state when nobody is on it. */
  rowsOrEmpty(): Locator {
    return this.app.page
      .getByTestId('leaderboard-row')
      .or(this.app.page.getByText(this.app.t('points:leaderboard.empty')));
  }

  chart(): Locator {
    return this.app.page.getByRole('img', { name: this.app.t('points:leaderboard.chartTitle') });
  }

  async openBadges(): Promise<BadgesPage> {
    await this.app.page.getByRole('link', { name: this.app.t('badges:list.link') }).click();
    await this.app.sees(this.app.t('badges:list.title'));
    return new BadgesPage(this.app);
  }
}

export class BadgesPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/badges');
    await this.app.sees(this.app.t('badges:list.title'));
  }

  card(key: string): Locator {
    return this.app.page.locator(`[data-testid="badge-card"][data-key="${key}"]`);
  }
}

export class BadgePage {
  constructor(readonly app: App) {}

  async open(key: string): Promise<void> {
    await this.app.goto(`/badges/${key}`);
  }

  name(text: string): Locator {
    return this.app.page.getByTestId('badge-name').filter({ hasText: text });
  }

  holder(name: string): Locator {
    return this.app.page.getByTestId('badge-holder').filter({ hasText: name });
  }
}

/** The staff console's landing page: pending work and every staff page by job. */
export class ConsoleOverviewPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage');
    await this.app.sees(this.app.t('common:console.title'));
  }

  pendingWork(kind: string): Locator {
    return this.app.page.locator(`[data-testid="pending-work"][data-kind="${kind}"]`);
  }

  async pendingCount(kind: string): Promise<number> {
    const shownCounts = await this.pendingWork(kind)
      .getByTestId('pending-work-count')
      .allTextContents();
    return shownCounts.length === 0 ? 0 : Number(shownCounts[0].replace(/\D/g, ''));
  }

  async review(kind: string): Promise<void> {
    await this.pendingWork(kind).getByRole('link').click();
  }

  groups(): Locator {
    return this.app.page.getByTestId('console-group');
  }
}

export class CommunitySettingsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/community');
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

  /** Finds a member by handle and opens their moderation record from their row's menu. */
  async openRecord(handle: string): Promise<MemberRecordPage> {
    // The list is replaced when the search answers: open the menu only after that.
    const searched = this.app.page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        (r.request().postData() ?? '').includes(`"search":"${handle}"`),
      { timeout: 30_000 },
    );
    await this.search(handle);
    await searched;
    const row = await shown(this.rows().filter({ hasText: `@${handle}` }));
    await row.getByRole('button').click();
    await this.app.page
      .getByRole('menu')
      .getByRole('menuitem', { name: this.app.t('members:actions.record') })
      .click();
    await this.app.page.waitForURL(/\/manage\/members\/[^/]+\/record$/);
    return new MemberRecordPage(this.app);
  }

  /** Waits until the list shows exactly `count` rows. */
  async waitForRows(count: number): Promise<void> {
    await this.app.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="member-row"]').length === n,
      count,
      { timeout: 30_000 },
    );
  }
}

/** The sign-ups waiting to be let in. */
export class ApprovalsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/approvals');
    await this.app.sees(this.app.t('members:queue.title'));
  }

  request(name: string): Locator {
    return this.app.page.getByTestId('queue-item').filter({ hasText: name });
  }

  /** Approves the named sign-up, confirming in the dialog, and waits until it leaves the list. */
  async approve(name: string): Promise<void> {
    await this.decide(name, 'approve');
  }

  async reject(name: string): Promise<void> {
    await this.decide(name, 'reject');
  }

  private async decide(name: string, kind: 'approve' | 'reject'): Promise<void> {
    const request = await shown(this.request(name));
    await this.app.page
      .getByRole('button', {
        name: this.app.t(
          kind === 'approve' ? 'members:queue.approveNamed' : 'members:queue.rejectNamed',
          {
            name,
          },
        ),
      })
      .click();
    await this.app.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t(`members:queue.${kind}`), exact: true })
      .click();
    await this.app.notification(
      this.app.t(kind === 'approve' ? 'members:queue.approved' : 'members:queue.rejected', {
        name,
      }),
    );
    await request.waitFor({ state: 'detached', timeout: 30_000 });
  }
}

export class InvitesPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/invites');
    await this.app.sees(this.app.t('community:invites.title'));
  }
}

export class SpacesAdminPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/spaces');
    await this.app.sees(this.app.t('spacesAdmin:title'));
  }
}

export class ReactionKindsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/reactions');
    await this.app.sees(this.app.t('reactionKinds:title'));
  }

  rows(): Locator {
    return this.app.page.getByTestId('reaction-kind-row');
  }

  /** Adds a kind in a new row and saves the list. */
  async add(kind: { key: string; emoji: string; nameJa: string; nameEn: string }): Promise<void> {
    const before = await this.rows().count();
    await this.app.page.getByRole('button', { name: this.app.t('reactionKinds:add') }).click();
    const row = this.rows().nth(before);
    await row.getByLabel(this.app.t('reactionKinds:key')).fill(kind.key);
    await row.getByLabel(this.app.t('reactionKinds:emoji')).fill(kind.emoji);
    await row.getByLabel(this.app.t('reactionKinds:labelJa')).fill(kind.nameJa);
    await row.getByLabel(this.app.t('reactionKinds:labelEn')).fill(kind.nameEn);
    await this.app.page.getByRole('button', { name: this.app.t('common:actions.save') }).click();
    await shown(this.app.page.getByText(this.app.t('reactionKinds:saved')));
  }
}

export class MissionsAdminPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/missions');
    await this.app.sees(this.app.t('missions:admin.title'));
  }

  async startNew(): Promise<Locator> {
    await this.app.page.getByRole('button', { name: this.app.t('missions:admin.new') }).click();
    return shown(this.app.page.getByTestId('mission-form'));
  }

  row(title: string): Locator {
    return this.app.page.getByTestId('mission-row').filter({ hasText: title });
  }

  async archive(title: string): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: this.app.t('missions:admin.archive') })
      .click();
    const dialog = await shown(this.app.page.getByRole('dialog'));
    await dialog.getByRole('button', { name: this.app.t('missions:admin.archive') }).click();
    await this.app.notification(this.app.t('missions:admin.archived'));
  }
}

export class PointRulesPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/points');
    await this.app.sees(this.app.t('points:rules.title'));
  }
}

export class RanksPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/ranks');
    await this.app.sees(this.app.t('points:ranks.title'));
  }
}

export class BadgesAdminPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/badges');
    await this.app.sees(this.app.t('badges:admin.title'));
  }

  async startNew(): Promise<Locator> {
    await this.app.page.getByRole('button', { name: this.app.t('badges:admin.new') }).click();
    return shown(this.app.page.getByTestId('badge-form'));
  }

  row(key: string): Locator {
    return this.app.page.locator(`[data-testid="badge-admin-row"][data-key="${key}"]`);
  }
}

export class MailboxPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/mailbox');
    await this.app.sees(this.app.t('community:mailbox.title'));
  }
}

export class EventsPage {
  constructor(readonly app: App) {}

  async open(query = ''): Promise<void> {
    await this.app.goto(`/events${query}`);
    await this.app.sees(this.app.t('events:list.title'));
  }

  async chooseTab(tab: 'UPCOMING' | 'PAST' | 'MINE' | 'DRAFTS'): Promise<void> {
    await this.app.page.getByRole('tab', { name: this.app.t(`events:list.tabs.${tab}`) }).click();
  }

  async chooseView(view: 'list' | 'calendar'): Promise<void> {
    await this.app.page
      .locator('label')
      .filter({ hasText: this.app.t(`events:list.views.${view}`) })
      .click();

    if (view === 'calendar') await shown(this.calendar());
  }

  card(title: string): Locator {
    return this.app.page.getByTestId('event-card').filter({ hasText: title });
  }

  calendar(): Locator {
    return this.app.page.getByTestId('events-calendar');
  }

  /** The events listed under the chosen day of the calendar. */
  dayList(): Locator {
    return this.app.page.getByTestId('calendar-day');
  }

  /** A `YYYY-MM-DD` day as the calendar names it: the full date in the UI language. */
  dayName(day: string): string {
    return new Intl.DateTimeFormat(this.app.lang === 'en' ? 'en-US' : 'ja-JP', {
      dateStyle: 'full',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`));
  }

  /**
   * Chooses a day (`YYYY-MM-DD`) on the calendar, turning to its month first; the day buttons are
   * named by the full date in the UI language.
   */
  async chooseDay(day: string): Promise<void> {
    const name = this.dayName(day);
    const button = this.calendar().locator(`button[aria-label^="${name}"]`).first();
    for (let i = 0; i < 12 && !(await button.isVisible()); i++) {
      await this.calendar()
        .getByRole('button', { name: this.app.t('common:dates.nextMonth') })
        .click();
    }
    await button.click();
  }

  async openEvent(
    title: string,
    scope: Locator = this.app.page.locator('body'),
  ): Promise<EventPage> {
    await scope.getByRole('link', { name: title, exact: true }).first().click();
    await this.app.sees(title);
    return new EventPage(this.app);
  }
}

export class EventPage {
  constructor(readonly app: App) {}

  async open(id: string, title?: string): Promise<void> {
    await this.app.goto(`/events/${id}`);
    if (title) await this.app.sees(title);
    await shown(this.rsvpPanel());
  }

  rsvpPanel(): Locator {
    return this.app.page.getByTestId('rsvp-panel');
  }

  /** The viewer's answer as the panel shows it: going, waitlisted, interested, notGoing, none. */
  async rsvpState(): Promise<string | null> {
    return this.rsvpPanel().getAttribute('data-state');
  }

  /** Presses one of the answer buttons and waits for the answer to be saved. */
  async answer(choice: 'GOING' | 'INTERESTED' | 'NOT_GOING'): Promise<void> {
    await this.rsvpPanel().locator(`button[data-choice="${choice}"]`).click();
    await this.app.notification(this.app.t('events:rsvp.saved'));
  }

  going(): Locator {
    return this.app.page.getByTestId('rsvp-going');
  }

  waitlisted(position: number): Locator {
    return this.app.page
      .getByTestId('rsvp-waitlisted')
      .filter({ hasText: this.app.t('events:state.waitlisted', { position }) });
  }

  /** Why the event takes no answers (cancelled, closed, locked…), with its reason. */
  closedReason(): Locator {
    return this.app.page.getByTestId('rsvp-closed');
  }

  ticket(): Locator {
    return this.app.page.getByTestId('event-ticket');
  }

  ticketQr(): Locator {
    return this.app.page.getByTestId('ticket-qr');
  }

  async ticketCode(): Promise<string> {
    return (await shown(this.app.page.getByTestId('ticket-code'))).innerText();
  }

  seats(): Locator {
    return this.app.page.getByTestId('event-seats').first();
  }
}

export class EventsAdminPage {
  constructor(readonly app: App) {}

  async open(tab?: 'DRAFTS' | 'PAST'): Promise<void> {
    await this.app.goto(tab ? `/manage/events?tab=${tab}` : '/manage/events');
    await this.app.sees(this.app.t('eventsStaff:list.title'));
  }

  async startNew(): Promise<EventFormPage> {
    await this.app.page
      .getByRole('link', { name: this.app.t('eventsStaff:list.new') })
      .first()
      .click();
    await this.app.sees(this.app.t('eventsStaff:form.newTitle'));
    return new EventFormPage(this.app);
  }

  row(title: string): Locator {
    return this.app.page.getByTestId('staff-event-row').filter({ hasText: title });
  }

  async openCheckIn(title: string): Promise<CheckInPage> {
    await shown(this.row(title));
    await this.row(title)
      .getByRole('link', { name: this.app.t('eventsStaff:list.checkIn') })
      .click();
    await this.app.sees(this.app.t('eventsStaff:checkIn.title'));
    return new CheckInPage(this.app);
  }
}

/** The event form, new or edit. Times are typed as the clocks of the event's zone show them. */
export class EventFormPage {
  constructor(readonly app: App) {}

  form(): Locator {
    return this.app.page.getByTestId('event-form');
  }

  field(key: string, vars?: Record<string, string>): Locator {
    return this.form().getByLabel(label(this.app.t(`eventsStaff:form.${key}`, vars)));
  }

  /** The zone as the select shows it, with its offset: `Asia/Tokyo (UTC+09:00)`. */
  async timeZone(): Promise<string> {
    return this.field('timeZone').inputValue();
  }

  /** A time field of the form, labelled with the zone it is set to. */
  time(key: 'startsAt' | 'endsAt' | 'rsvpDeadline', zone: string): DatePicker {
    return new DatePicker(this.app, () => this.field(key, { zone }));
  }

  /** `wall` as `YYYY-MM-DDTHH:mm`, on the clocks of `zone` (the zone the form is set to). */
  async setTime(
    key: 'startsAt' | 'endsAt' | 'rsvpDeadline',
    wall: string,
    zone: string,
  ): Promise<void> {
    await this.time(key, zone).choose(wall);
  }

  async fill(values: { title: string; venueName?: string; capacity?: number }): Promise<void> {
    await this.field('title').fill(values.title);
    if (values.venueName !== undefined) await this.field('venueName').fill(values.venueName);
    if (values.capacity !== undefined) await this.field('capacity').fill(String(values.capacity));
  }

  async publish(): Promise<void> {
    await this.form()
      .getByRole('button', { name: this.app.t('eventsStaff:form.publish') })
      .click();
  }

  async saveDraft(): Promise<void> {
    await this.form()
      .getByRole('button', { name: this.app.t('eventsStaff:form.saveDraft') })
      .click();
  }
}

export class CheckInPage {
  constructor(readonly app: App) {}

  async open(eventId: string): Promise<void> {
    await this.app.goto(`/manage/events/${eventId}/check-in`);
    await this.app.sees(this.app.t('eventsStaff:checkIn.title'));
  }

  async enterCode(code: string): Promise<void> {
    await this.app.page.getByTestId('ticket-code').fill(code);
    await this.app.page
      .getByRole('button', { name: this.app.t('eventsStaff:checkIn.submit'), exact: true })
      .click();
  }

  result(): Locator {
    return this.app.page.getByTestId('check-in-result');
  }

  checkedInCount(): Locator {
    return this.app.page.getByTestId('count-checked-in');
  }

  /** Seats taken (of the capacity, when there is one). */
  goingCount(): Locator {
    return this.app.page.getByTestId('count-going');
  }

  attendee(name: string): Locator {
    return this.app.page.getByTestId('check-in-attendee').filter({ hasText: name });
  }

  async search(term: string): Promise<void> {
    await this.app.page.getByTestId('attendee-search').fill(term);
  }
}

export class EventAttendeesPage {
  constructor(readonly app: App) {}

  async open(eventId: string): Promise<void> {
    await this.app.goto(`/manage/events/${eventId}/attendees`);
    await this.app.sees(this.app.t('eventsStaff:attendees.title'));
  }

  row(name: string): Locator {
    return this.app.page.getByTestId('attendee-row').filter({ hasText: name });
  }
}

/** The feedback boards (`/feedback`). */
export class FeedbackBoardsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/feedback');
    await this.app.sees(this.app.t('feedback:boards.title'));
  }
}

/** A feedback board: its ideas, sort and filters, and the way to a new idea. */
export class FeedbackBoardPage {
  constructor(readonly app: App) {}

  async open(slug: string, name: string): Promise<void> {
    await this.app.goto(`/feedback/${slug}`);
    await this.app.sees(name);
  }

  card(title: string): Locator {
    return this.app.page.getByTestId('idea-card').filter({ hasText: title });
  }

  async newIdea(): Promise<IdeaFormPage> {
    await this.app.page.getByRole('link', { name: this.app.t('feedback:board.new') }).click();
    await this.app.sees(this.app.t('feedback:form.newTitle'));
    return new IdeaFormPage(this.app);
  }
}

/** The new-idea form, with the similar ideas it suggests while the title is typed. */
export class IdeaFormPage {
  constructor(readonly app: App) {}

  async typeTitle(title: string): Promise<void> {
    await this.app.page
      .getByLabel(label(this.app.t('feedback:form.title')))
      .pressSequentially(title, { delay: 10 });
  }

  /** A suggested similar idea, by its title. */
  suggestion(title: string): Locator {
    return this.app.page.getByTestId('similar-ideas').getByRole('link', { name: title });
  }

  async fillBody(body: string): Promise<void> {
    await this.app.page.getByTestId('idea-body-input').fill(body);
  }

  /** Submits and lands on the new idea; returns its id. */
  async submit(): Promise<string> {
    await this.app.page.getByRole('button', { name: this.app.t('feedback:form.submit') }).click();
    await this.app.page.waitForURL(/\/ideas\/[^/]+$/);
    return this.app.path().split('/').pop()!;
  }
}

/** An idea as members see it: votes, follow, status, official answer, history. */
export class IdeaPage {
  constructor(readonly app: App) {}

  async open(id: string, title: string): Promise<void> {
    await this.app.goto(`/ideas/${id}`);
    await this.app.sees(title);
  }

  voteButton(): Locator {
    return this.app.page.getByTestId('vote-button').first();
  }

  async voteCount(): Promise<number> {
    return Number(await this.voteButton().getByTestId('vote-count').innerText());
  }

  /** Votes and waits until the api has counted it. */
  async vote(): Promise<void> {
    const saved = this.app.page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('VoteIdea') === true,
    );
    await this.voteButton().click();
    await saved;
  }

  status(): Locator {
    return this.app.page.getByTestId('idea-status').first();
  }

  officialAnswer(): Locator {
    return this.app.page.getByTestId('official-answer');
  }
}

/** The product team's page of one idea in the console. */
export class IdeaManagePage {
  constructor(readonly app: App) {}

  async open(id: string, title: string): Promise<void> {
    await this.app.goto(`/manage/feedback/ideas/${id}`);
    await this.app.sees(title);
  }

  /** Publishes the official answer, moving the idea to `status`. */
  async answer(body: string, status: string): Promise<void> {
    const form = this.app.page.getByTestId('answer-form');
    await shown(form.getByTestId('answer-body'));
    await form.getByTestId('answer-body').fill(body);
    await form.getByLabel(this.app.t('feedbackStaff:answer.status')).click();
    await this.app.page
      .getByRole('option', { name: this.app.t(`feedback:status.${status}`) })
      .click();
    await form.getByRole('button', { name: this.app.t('feedbackStaff:answer.publish') }).click();
    await this.app.notification(this.app.t('feedbackStaff:answer.saved'));
  }
}

/** The public roadmap: planned, in progress and released columns. */
export class RoadmapPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/roadmap');
    await this.app.sees(this.app.t('feedback:roadmap.title'));
  }

  card(column: 'planned' | 'inProgress' | 'released', title: string): Locator {
    return this.app.page
      .getByTestId(`roadmap-${column}`)
      .getByTestId('roadmap-card')
      .filter({ hasText: title });
  }
}

/** What shipped, newest first (`/changelog`). */
export class ChangelogPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/changelog');
    await this.app.sees(this.app.t('feedback:changelog.title'));
  }
}

/** The product team's inbox of ideas to triage (`/manage/feedback`). */
export class FeedbackTriagePage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/feedback');
    await this.app.sees(this.app.t('feedbackStaff:triage.title'));
  }
}

/** The feedback boards for admins to add and edit (`/manage/feedback/boards`). */
export class FeedbackBoardsAdminPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/feedback/boards');
    await this.app.sees(this.app.t('feedbackStaff:boards.title'));
  }
}

/** The changelog's entries, published and drafts, for the product team (`/manage/changelog`). */
export class ChangelogAdminPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/changelog');
    await this.app.sees(this.app.t('feedbackStaff:changelog.title'));
  }
}

/** The surveys for the staff (`/manage/surveys`). */
export class SurveysAdminPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/surveys');
    await this.app.sees(this.app.t('surveysStaff:list.title'));
  }
}

/** The touchpoints surveys ask about (`/manage/surveys/touchpoints`). */
export class TouchpointsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/surveys/touchpoints');
    await this.app.sees(this.app.t('surveysStaff:touchpoints.title'));
  }
}

/** The survey card on the home page: a survey the member was asked, its NPS answered in place. */
export class SurveyCard {
  constructor(readonly app: App) {}

  root(title?: string): Locator {
    const cards = this.app.page.getByTestId('survey-card');
    return title ? cards.filter({ hasText: title }) : cards;
  }

  score(title: string, score: number): Locator {
    return this.root(title).getByRole('button', {
      name: this.app.t('surveys:card.score', { score }),
      exact: true,
    });
  }

  /** Gives the score from the keyboard and lands on the answer page with it kept. */
  async answerScore(title: string, score: number): Promise<SurveyAnswerPage> {
    await this.score(title, score).focus();
    await this.app.page.keyboard.press('Enter');
    await this.app.page.waitForURL(/\/surveys\/[^/?]+\?score=\d+/);
    return new SurveyAnswerPage(this.app);
  }
}

/** Choosing a template for a new survey (`/manage/surveys/new`). */
export class NewSurveyPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/surveys/new');
    await this.app.sees(this.app.t('surveysStaff:new.title'));
  }

  template(title: string): Locator {
    return this.app.page.getByTestId('survey-template').filter({ hasText: title });
  }

  /** Creates the draft from a template and lands in its builder. */
  async create(template: string, titleJa: string): Promise<SurveyBuilderPage> {
    await this.template(template).click();
    await this.app.page.getByLabel(label(this.app.t('surveysStaff:builder.titleJa'))).fill(titleJa);
    await this.app.page
      .getByRole('button', { name: this.app.t('surveysStaff:new.create') })
      .click();
    await this.app.page.waitForURL(/\/manage\/surveys\/[^/]+\/edit$/);
    await this.app.sees(titleJa);
    return new SurveyBuilderPage(this.app);
  }
}

/** A changelog entry's form, new (`/manage/changelog/new`) or edited. */
export class ChangelogEntryPage {
  constructor(readonly app: App) {}

  async openNew(): Promise<void> {
    await this.app.goto('/manage/changelog/new');
    await this.app.sees(this.app.t('feedbackStaff:changelog.newTitle'));
  }

  field(key: string): Locator {
    return this.app.page.getByLabel(label(this.app.t(`feedbackStaff:changelog.${key}`)));
  }

  releasedOn(): DatePicker {
    return new DatePicker(this.app, () => this.field('releasedOn'));
  }

  async saveDraft(): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('feedbackStaff:changelog.saveDraft'), exact: true })
      .click();
    await this.app.notification(this.app.t('feedbackStaff:changelog.saved'));
  }
}

/** The survey builder: wording, questions, audience and timing, beside a live preview. */
export class SurveyBuilderPage {
  constructor(readonly app: App) {}

  surveyId(): string {
    return this.app.path().split('/')[3]!;
  }

  field(key: string): Locator {
    return this.app.page.getByLabel(label(this.app.t(`surveysStaff:builder.${key}`)));
  }

  select(key: string): Locator {
    return this.app.page.getByRole('combobox', {
      name: label(this.app.t(`surveysStaff:builder.${key}`)),
    });
  }

  question(n: number): Locator {
    return this.app.page.getByRole('group', {
      name: this.app.t('surveysStaff:builder.questionN', { n }),
    });
  }

  /** A touchpoint's box in a touchpoint question's list. */
  touchpoint(question: number, name: string): Locator {
    return this.question(question).getByRole('checkbox', { name, exact: true });
  }

  preview(): Locator {
    return this.app.page.getByTestId('survey-preview');
  }

  async open(id: string): Promise<void> {
    await this.app.goto(`/manage/surveys/${id}/edit`);
    await shown(this.form());
  }

  form(): Locator {
    return this.app.page.locator('form#survey-builder');
  }

  /** When the survey opens or closes, on the clocks of the community's `zone`. */
  time(key: 'opensAt' | 'closesAt', zone: string): DatePicker {
    return new DatePicker(this.app, () =>
      this.app.page.getByLabel(label(this.app.t(`surveysStaff:builder.${key}`, { zone }))),
    );
  }

  async save(): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('common:actions.save'), exact: true })
      .click();
    await this.app.notification(this.app.t('surveysStaff:builder.saved'));
  }

  /** Asks the members with these roles (`MEMBER`, `MODERATOR`…) only. */
  async askRoles(roles: string[]): Promise<void> {
    const { page } = this.app;
    await this.select('audience.kind').click();
    await page
      .getByRole('option', { name: this.app.t('surveysStaff:builder.audience.kinds.ROLES') })
      .click();
    // The pills' box takes the click meant for the field inside it.
    await this.select('audience.roles').click({ force: true });
    for (const role of roles)
      await page
        .getByRole('option', { name: this.app.t(`common:roles.${role}`), exact: true })
        .click();
    await page.keyboard.press('Escape');
  }

  status(): Locator {
    return this.app.page.locator('[data-status]').first();
  }

  async publish(): Promise<void> {
    await this.app.page
      .getByRole('button', { name: this.app.t('surveysStaff:builder.publish') })
      .click();
    await this.app.notification(this.app.t('surveysStaff:list.published'));
    await shown(this.app.page.locator('[data-status="OPEN"]'));
  }
}

/** A survey as a member answers it (`/surveys/:id`), and the thanks once sent. */
export class SurveyAnswerPage {
  constructor(readonly app: App) {}

  async open(id: string): Promise<void> {
    await this.app.goto(`/surveys/${id}`);
  }

  question(type: string): Locator {
    return this.app.page.locator(`[data-testid="survey-question"][data-type="${type}"]`);
  }

  /** The radio of one point of the NPS scale (0–10). */
  npsPoint(score: number): Locator {
    return this.question('NPS').locator(`input[type="radio"][value="${score}"]`);
  }

  /** The score the NPS scale shows as chosen, or null. */
  async npsScore(): Promise<number | null> {
    const value = await this.question('NPS')
      .locator('input[type="radio"]:checked')
      .evaluateAll((nodes) => (nodes[0] as HTMLInputElement | undefined)?.value ?? null);
    return value === null ? null : Number(value);
  }

  touchpointRow(name: string): Locator {
    return this.app.page
      .getByTestId('touchpoint-row')
      .filter({ has: this.app.page.locator('legend', { hasText: name }) });
  }

  /**
   * A row's answer: −3…3, `'n/a'` for not applicable, null when unanswered. The row's radios run
   * from −3 to +3, then "not applicable".
   */
  async influence(name: string): Promise<number | 'n/a' | null> {
    const index = await this.touchpointRow(name)
      .locator('input[type="radio"]')
      .evaluateAll((nodes) => nodes.findIndex((n) => (n as HTMLInputElement).checked));
    return index < 0 ? null : index === 7 ? 'n/a' : index - 3;
  }

  /** Whether the keyboard is on an element inside `scope`. */
  async hasFocus(scope: Locator): Promise<boolean> {
    return scope.evaluate((el) => el.contains(document.activeElement));
  }

  submitButton(): Locator {
    return this.app.page.getByRole('button', { name: this.app.t('surveys:answer.submit') });
  }

  thanks(): Locator {
    return this.app.page.getByTestId('survey-thanks');
  }

  points(): Locator {
    return this.app.page.getByTestId('survey-points');
  }
}

/** A survey's results for the staff (`/manage/surveys/:id/results`). */
export class SurveyResultsPage {
  constructor(readonly app: App) {}

  async open(id: string, title: string): Promise<void> {
    await this.app.goto(`/manage/surveys/${id}/results`);
    await this.app.sees(title);
    await shown(this.responses());
  }

  responses(): Locator {
    return this.app.page.getByTestId('results-responses');
  }

  score(): Locator {
    return this.app.page.getByTestId('nps-card').getByTestId('nps-score');
  }

  classShare(cls: 'promoter' | 'passive' | 'detractor'): Locator {
    return this.app.page.getByTestId('nps-card').getByTestId(`nps-${cls}`);
  }

  /** Opens a chart's data table and reads its rows as the cells' text. */
  private async table(testId: string): Promise<string[][]> {
    const chart = this.app.page.getByTestId(testId);
    const toggle = chart.getByRole('button', {
      name: this.app.t('surveyResults:chart.showTable'),
    });
    if (await toggle.isVisible()) await toggle.click();
    const body = await shown(chart.locator('table tbody'));
    return body
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.innerText.trim())),
      );
  }

  /** Answers per score, 0 to 10, as the distribution's table shows them. */
  async distribution(): Promise<number[]> {
    return (await this.table('nps-distribution')).map((cells) => Number(cells[2]));
  }

  /**
   * The touchpoint chart's rows, in the chart's order: label, negative, positive, mean, lift,
   * responses, as shown.
   */
  async touchpoints(): Promise<string[][]> {
    return this.table('touchpoint-chart');
  }
}

/** Importing NPS answers from a CSV file (`/manage/surveys/import`). */
export class SurveyImportPage {
  constructor(readonly app: App) {}

  async open(surveyId: string): Promise<void> {
    await this.app.goto(`/manage/surveys/import?surveyId=${encodeURIComponent(surveyId)}`);
    await this.app.sees(this.app.t('surveyResults:import.title'));
  }

  surveyField(): Locator {
    return this.app.page.getByRole('combobox', {
      name: label(this.app.t('surveyResults:import.survey')),
    });
  }

  async upload(name: string, csv: string): Promise<void> {
    await this.app.page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await this.app.page
      .getByRole('button', { name: this.app.t('surveyResults:import.start'), exact: true })
      .click();
  }

  progress(): Locator {
    return this.app.page.getByRole('progressbar', {
      name: this.app.t('surveyResults:import.progressLabel'),
    });
  }

  result(): Locator {
    return this.app.page.getByTestId('import-result');
  }

  async count(kind: 'imported' | 'skipped' | 'failed'): Promise<number> {
    return Number(
      (await this.result().getByTestId(`import-${kind}`).innerText()).replace(/\D/g, ''),
    );
  }

  /** The rows of the error report: line and reason. */
  async errors(): Promise<string[][]> {
    return this.result()
      .getByTestId('import-errors')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.innerText.trim())),
      );
  }
}

/** Importing orders from a CSV file (`/manage/analytics/import`). */
export class OrderImportPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/import');
    await this.app.sees(this.app.t('analyticsCustomers:import.title'));
  }

  async upload(name: string, csv: string): Promise<void> {
    await this.app.page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await this.app.page
      .getByRole('button', { name: this.app.t('analyticsCustomers:import.start'), exact: true })
      .click();
  }

  progress(): Locator {
    return this.app.page.getByRole('progressbar', {
      name: this.app.t('analyticsCustomers:import.progressLabel'),
    });
  }

  result(): Locator {
    return this.app.page.getByTestId('import-result');
  }

  async count(kind: 'read' | 'imported' | 'updated' | 'unchanged' | 'failed'): Promise<number> {
    return Number(
      (await this.result().getByTestId(`import-${kind}`).innerText()).replace(/\D/g, ''),
    );
  }

  /** The rows of the error report: line, column and reason. */
  async errors(): Promise<string[][]> {
    return this.result()
      .getByTestId('import-errors')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.innerText.trim())),
      );
  }

  /** The file names in the recent imports, newest first. */
  async recentFiles(): Promise<string[]> {
    return this.app.page
      .getByTestId('recent-imports')
      .locator('tbody tr td:first-child')
      .allInnerTexts();
  }
}

/** The loyalty matrix (`/manage/analytics/matrix`): LTV × NPS. */
export class LoyaltyMatrixPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/matrix');
    await this.app.sees(this.app.t('analyticsCustomers:matrix.title'));
    await shown(this.app.page.getByTestId('matrix'));
  }

  /** A cell by its GraphQL name (`LOYAL`, `CHURN_RISK`, `NO_NPS` …). */
  cell(cell: string): Locator {
    return this.app.page.locator(`[data-testid="matrix-cell"][data-cell="${cell}"]`);
  }

  async count(cell: string): Promise<number> {
    const text = await this.cell(cell).getByTestId('matrix-cell-count').innerText();
    return Number(text.replace(/\D/g, ''));
  }

  async openCell(cell: string): Promise<AnalyticsCustomersPage> {
    await this.cell(cell).click();
    await this.app.page.waitForURL(/\/manage\/analytics\/customers\?/);
    return new AnalyticsCustomersPage(this.app);
  }
}

/** The customers of an analysis (`/manage/analytics/customers`). */
export class AnalyticsCustomersPage {
  constructor(readonly app: App) {}

  async search(text: string): Promise<void> {
    await this.app.page
      .getByRole('textbox', { name: this.app.t('analyticsCustomers:customers.search') })
      .fill(text);
    await this.app.page.waitForURL((url) => url.searchParams.get('q') === text);
  }

  rows(): Locator {
    return this.app.page.getByTestId('customer-row');
  }

  async openMember(displayName: string): Promise<Member360Page> {
    await this.rows().getByRole('link', { name: displayName, exact: true }).click();
    await this.app.page.waitForURL(/\/manage\/analytics\/members\//);
    return new Member360Page(this.app);
  }
}

/** Everything about one member for staff (`/manage/analytics/members/:id`). */
export class Member360Page {
  constructor(readonly app: App) {}

  async seesMember(displayName: string): Promise<void> {
    await this.app.sees(this.app.t('analyticsCustomers:m360.titleOf', { name: displayName }));
  }

  ltv(): Locator {
    return this.app.page.getByTestId('m360-ltv');
  }

  cell(): Locator {
    return this.app.page.getByTestId('m360-cell');
  }

  orders(): Locator {
    return this.app.page.getByTestId('m360-orders').locator('tbody tr');
  }

  nps(): Locator {
    return this.app.page.getByTestId('m360-nps');
  }
}

/** The analytics dashboard (`/manage/analytics`): range, figures, charts and the recompute. */
export class AnalyticsDashboardPage {
  constructor(readonly app: App) {}

  async open(query = ''): Promise<void> {
    await this.app.goto(`/manage/analytics${query}`);
    await this.app.sees(this.app.t('analytics:dashboard.title'));
    await shown(this.app.page.getByTestId('dashboard'));
  }

  /** A headline figure's shown value (`members-total`, `members-new`, …). */
  async figure(id: string): Promise<string> {
    return (
      await this.app.page.getByTestId(`figure-${id}`).getByTestId('figure-value').innerText()
    ).trim();
  }

  /** A chart's card by its test id (`active-members`, `cohorts`, `tier-flow`, …). */
  chart(id: string): Locator {
    return this.app.page.getByTestId(id);
  }

  async preset(days: number): Promise<void> {
    await this.app.page
      .getByTestId('range-presets')
      .getByText(this.app.t('analytics:filters.lastDays', { count: days }), { exact: true })
      .click();
  }

  recomputeButton(): Locator {
    return this.app.page.getByRole('button', { name: this.app.t('analytics:recompute.action') });
  }

  progress(): Locator {
    return this.app.page.getByRole('progressbar', {
      name: this.app.t('analytics:recompute.progressLabel'),
    });
  }

  link(key: 'engagement' | 'criteria' | 'churn'): Locator {
    return this.app.page.getByRole('link', { name: this.app.t(`analytics:nav.${key}`) });
  }
}

/** Loyal-customer criteria (`/manage/analytics/criteria`): saved sets, the builder, the lists. */
export class LoyaltyCriteriaPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/criteria');
    await this.app.sees(this.app.t('analytics:criteria.title'));
    await shown(this.builder());
  }

  builder(): Locator {
    return this.app.page.getByTestId('criteria-builder');
  }

  nameField(): Locator {
    return this.builder().getByLabel(label(this.app.t('analytics:criteria.form.name')));
  }

  /** An input of criterion n (from 1): `metricOf`, `opOf` or `valueOf`. */
  field(n: number, which: 'metricOf' | 'opOf' | 'valueOf'): Locator {
    return this.builder().getByLabel(this.app.t(`analytics:criteria.form.${which}`, { n }), {
      exact: true,
    });
  }

  /** Picks an option of one of criterion n's selects by its text. */
  async choose(n: number, which: 'metricOf' | 'opOf' | 'valueOf', option: string): Promise<void> {
    await this.field(n, which).click();
    await this.app.page.getByRole('option', { name: option, exact: true }).click();
  }

  async addCriterion(): Promise<void> {
    await this.builder().getByTestId('add-criterion').click();
  }

  /** The live counts as shown: loyal and candidates (null until shown). */
  async counts(): Promise<{ loyal: number; candidates: number } | null> {
    const live = this.builder().getByTestId('live-counts');
    if ((await live.getByTestId('count-loyal').count()) === 0) return null;
    const number = async (id: string) =>
      Number((await live.getByTestId(id).innerText()).replace(/\D/g, ''));
    return { loyal: await number('count-loyal'), candidates: await number('count-candidates') };
  }

  /** Whether the counts are being asked for again. */
  async updating(): Promise<boolean> {
    return this.builder()
      .getByTestId('live-counts')
      .getByText(this.app.t('analytics:criteria.counts.updating'))
      .isVisible();
  }

  async save(): Promise<void> {
    await this.builder().getByTestId('save-criteria').click();
  }

  savedSet(name: string): Locator {
    return this.app.page.getByTestId('saved-set').filter({ hasText: name });
  }

  async showCandidates(): Promise<void> {
    await this.app.page.getByTestId('tab-candidates').click();
  }

  candidateRows(): Locator {
    return this.app.page.getByTestId('candidate-list').getByTestId('standing-row');
  }

  csvLink(): Locator {
    return this.app.page.getByTestId('segment-csv');
  }
}

/** Members by engagement score (`/manage/analytics/engagement`). */
export class EngagementPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/engagement');
    await this.app.sees(this.app.t('analytics:engagement.title'));
  }
}

/** Customers by recency, frequency and money (`/manage/analytics/rfm`). */
export class RfmPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/rfm');
    await this.app.sees(this.app.t('analyticsCustomers:rfm.title'));
  }
}

/** How customer value and engagement are computed (`/manage/analytics/settings`). */
export class AnalyticsSettingsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/settings');
    await this.app.sees(this.app.t('analyticsCustomers:settings.title'));
  }
}

/** Members at risk of churning (`/manage/analytics/churn`), to select and message. */
export class ChurnRiskPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/analytics/churn');
    await this.app.sees(this.app.t('analytics:churn.title'));
  }

  rows(): Locator {
    return this.app.page.getByTestId('churn-row');
  }

  /** The handle of the member on a row (from 0). */
  async handleAt(i: number): Promise<string> {
    return (await this.rows().nth(i).getAttribute('data-member')) ?? '';
  }

  async select(handle: string): Promise<void> {
    await this.app.page
      .locator(`[data-testid="churn-row"][data-member="${handle}"]`)
      .getByTestId('select-member')
      .check();
  }

  selectedCount(): Locator {
    return this.app.page.getByTestId('selected-count');
  }

  /** Writes to the selected members and waits for the confirmation. */
  async message(subject: string, body: string, count: number): Promise<void> {
    const { page } = this.app;
    await page.getByTestId('message-selected').click();
    const form = await shown(page.getByTestId('message-form'));
    await form.getByLabel(label(this.app.t('analytics:churn.subject'))).fill(subject);
    await form.getByLabel(label(this.app.t('analytics:churn.body'))).fill(body);
    await form.getByRole('button', { name: this.app.t('analytics:churn.send', { count }) }).click();
  }
}

/** The review queue (`/manage/moderation`): flagged and held content, decided one by one. */
export class ReviewQueuePage {
  constructor(readonly app: App) {}

  /** Opens the queue, with filters as the address holds them (`?status=AGREED&type=POST`). */
  async open(query = ''): Promise<void> {
    await this.app.goto(`/manage/moderation${query}`);
    await this.app.sees(this.app.t('moderation:queue.title'));
  }

  items(): Locator {
    return this.app.page.getByTestId('review-item');
  }

  /** The item about the content with this label (a post's title, a comment's post title). */
  item(title: string): Locator {
    return this.items().filter({
      has: this.app.page.getByRole('heading', { name: title }),
    });
  }

  /** The item the shortcut keys act on. */
  selected(): Locator {
    return this.app.page.locator('[data-testid="review-item"][data-selected="true"]');
  }

  async flagCount(title: string): Promise<number> {
    const text = await (await shown(this.item(title))).getByTestId('flag-count').innerText();
    return Number(text.replace(/\D/g, ''));
  }

  /** A decision's button on the item, by its label in `moderation:queue.actions`. */
  decision(
    title: string,
    action:
      | 'AGREE_HIDE'
      | 'AGREE_DELETE'
      | 'AGREE_SUSPEND'
      | 'DISAGREE'
      | 'IGNORE'
      | 'approve'
      | 'reject'
      | 'agreeProfile',
  ): Locator {
    return this.item(title).getByRole('button', {
      name: this.app.t(`moderation:queue.actions.${action}`),
      exact: true,
    });
  }

  /**
   * Decides the item by one click (hide, keep, ignore, approve, reject) and waits until it has
   * left the waiting list.
   */
  async decide(
    title: string,
    action: 'AGREE_HIDE' | 'DISAGREE' | 'IGNORE' | 'approve' | 'reject' | 'agreeProfile',
  ): Promise<void> {
    const item = await shown(this.item(title));
    await this.decision(title, action).click();
    await this.app.notification(this.app.t(`moderation:queue.done.${action}`, { label: title }));
    await item.waitFor({ state: 'detached', timeout: 30_000 });
  }

  /** Agrees, deletes the content (confirming) and waits until the item has left. */
  async deleteContent(title: string): Promise<void> {
    const item = await shown(this.item(title));
    await this.decision(title, 'AGREE_DELETE').click();
    await this.app.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t('moderation:queue.delete.confirm') })
      .click();
    await this.app.notification(this.app.t('moderation:queue.done.AGREE_DELETE', { label: title }));
    await item.waitFor({ state: 'detached', timeout: 30_000 });
  }

  /**
   * Agrees, hides the content and suspends its author for `days` days (null: until restored)
   * with a reason the author is shown; waits until the item has left the waiting list.
   */
  async suspendAuthor(title: string, days: number | null, reason: string): Promise<void> {
    const item = await shown(this.item(title));
    await this.decision(title, 'AGREE_SUSPEND').click();
    const form = await shown(this.app.page.getByTestId('suspend-author-form'));
    if (days === null) {
      await form.getByRole('radio', { name: this.app.t('moderation:duration.indefinite') }).check();
    } else {
      await form.getByRole('radio', { name: this.app.t('moderation:duration.forDays') }).check();
      await form.getByLabel(label(this.app.t('moderation:duration.days'))).fill(String(days));
    }
    await form.getByLabel(label(this.app.t('moderation:queue.suspend.reason'))).fill(reason);
    await form
      .getByRole('button', { name: this.app.t('moderation:queue.suspend.confirm') })
      .click();
    await this.app.notification(
      this.app.t('moderation:queue.done.AGREE_SUSPEND', { label: title }),
    );
    await item.waitFor({ state: 'detached', timeout: 30_000 });
  }

  /** Presses a triage key (j, k, a, x, s, n, i, o, ?) with the focus outside any text field. */
  async press(key: string): Promise<void> {
    await this.app.page.keyboard.press(key);
  }

  /** The notice that another moderator decided first. */
  async seesConflict(): Promise<void> {
    await this.app.notification(this.app.t('moderation:queue.conflict'));
  }

  /** The author's moderation record, from the item. */
  async openAuthorRecord(title: string): Promise<MemberRecordPage> {
    await (
      await shown(this.item(title))
    )
      .getByRole('link', { name: this.app.t('moderation:queue.record') })
      .click();
    await this.app.page.waitForURL(/\/manage\/members\/[^/]+\/record$/);
    return new MemberRecordPage(this.app);
  }
}

/** Words that stop what members write or send it for review (`/manage/moderation/words`). */
export class WatchedWordsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/moderation/words');
    await this.app.sees(this.app.t('moderation:words.title'));
  }
}

/** How flags are taken, and the limits on new members (`/manage/moderation/settings`). */
export class ModerationSettingsPage {
  constructor(readonly app: App) {}

  async open(): Promise<void> {
    await this.app.goto('/manage/moderation/settings');
    await this.app.sees(this.app.t('moderation:settings.title'));
  }
}

/** The audit log (`/manage/audit`, admins): every staff action, newest first. */
export class AuditLogPage {
  constructor(readonly app: App) {}

  /** Opens the log, with filters as the address holds them (`?action=member.suspend&q=…`). */
  async open(query = ''): Promise<void> {
    await this.app.goto(`/manage/audit${query}`);
    await this.app.sees(this.app.t('moderation:audit.title'));
  }

  rows(): Locator {
    return this.app.page.getByTestId('audit-row');
  }

  /** The entries of an action (`review.resolve`, `member.suspend`), about `target` if given. */
  row(action: string, target?: string): Locator {
    const rows = this.app.page.locator(`[data-testid="audit-row"][data-action="${action}"]`);
    return target ? rows.filter({ hasText: target }) : rows;
  }

  /** Searches the targets' names and the reasons. */
  async search(words: string): Promise<void> {
    const box = this.app.page.getByLabel(label(this.app.t('moderation:audit.filter.search')));
    await box.fill(words);
    await box.press('Enter');
    await this.app.page.waitForURL(/[?&]q=/);
  }

  /** Opens an entry's changes and returns them (field, before, after per row). */
  async changes(row: Locator): Promise<string[][]> {
    const id = await row.first().getAttribute('data-entry-id');
    await row.first().locator('button[aria-controls]').click();
    const table = await shown(
      this.app.page.locator(`[data-testid="audit-changes"][data-entry-id="${id}"]`),
    );
    const lines = table.locator('tbody tr');
    return (await lines.allInnerTexts()).map((line) =>
      line
        .split('\t')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '→'),
    );
  }

  /** The CSV link, carrying the filters on screen. */
  csvLink(): Locator {
    return this.app.page.getByTestId('audit-csv');
  }
}

/** A member's moderation record (`/manage/members/:id/record`), with the actions on them. */
export class MemberRecordPage {
  constructor(readonly app: App) {}

  async open(memberId: string, displayName: string): Promise<void> {
    await this.app.goto(`/manage/members/${memberId}/record`);
    await this.seesMember(displayName);
  }

  async seesMember(displayName: string): Promise<void> {
    await this.app.sees(this.app.t('moderation:record.title', { name: displayName }));
  }

  status(): Locator {
    return this.app.page.getByTestId('record-status');
  }

  /** Their warnings, silences and suspensions, newest first (one kind if given). */
  sanctions(kind?: 'WARNING' | 'SILENCE' | 'SUSPENSION'): Locator {
    return this.app.page.locator(
      kind ? `[data-testid="sanction"][data-kind="${kind}"]` : '[data-testid="sanction"]',
    );
  }

  private button(key: string): Locator {
    return this.app.page.getByRole('button', { name: this.app.t(key), exact: true });
  }

  async warn(displayName: string, message: string, reason: string): Promise<void> {
    await this.button('moderation:record.warn.button').click();
    const form = await shown(this.app.page.getByTestId('warn-form'));
    await form.getByLabel(label(this.app.t('moderation:record.warn.message'))).fill(message);
    await form.getByLabel(label(this.app.t('moderation:record.warn.reason'))).fill(reason);
    await form.getByRole('button', { name: this.app.t('moderation:record.warn.confirm') }).click();
    await this.app.notification(this.app.t('moderation:record.warn.done', { name: displayName }));
  }

  async silence(displayName: string, days: number, reason: string): Promise<void> {
    await this.button('moderation:record.silence.button').click();
    const form = await shown(this.app.page.getByTestId('silence-form'));
    await form.getByLabel(label(this.app.t('moderation:duration.days'))).fill(String(days));
    await form.getByLabel(label(this.app.t('moderation:record.silence.reason'))).fill(reason);
    await form
      .getByRole('button', { name: this.app.t('moderation:record.silence.confirm') })
      .click();
    await this.app.notification(
      this.app.t('moderation:record.silence.done', { name: displayName }),
    );
  }

  async liftSilence(displayName: string): Promise<void> {
    await this.button('moderation:record.unsilence.button').click();
    await this.app.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t('moderation:record.unsilence.confirm') })
      .click();
    await this.app.notification(
      this.app.t('moderation:record.unsilence.done', { name: displayName }),
    );
  }

  /** Suspends for `days` days (null: until restored), with the reason the member is shown. */
  async suspend(displayName: string, days: number | null, reason: string): Promise<void> {
    await this.button('moderation:record.suspend').click();
    const dialog = await shown(this.app.page.getByRole('dialog'));
    if (days === null) {
      await dialog
        .getByRole('radio', { name: this.app.t('moderation:duration.indefinite') })
        .check();
    } else {
      await dialog.getByRole('radio', { name: this.app.t('moderation:duration.forDays') }).check();
      await dialog.getByLabel(label(this.app.t('moderation:duration.days'))).fill(String(days));
    }
    await dialog.getByLabel(label(this.app.t('members:actions.reason'))).fill(reason);
    await dialog.getByRole('button', { name: this.app.t('members:actions.suspend') }).click();
    await this.app.notification(this.app.t('members:actions.suspended', { name: displayName }));
  }

  async restore(displayName: string): Promise<void> {
    await this.button('moderation:record.restore').click();
    await this.app.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t('members:actions.restore') })
      .click();
    await this.app.notification(this.app.t('members:actions.restored', { name: displayName }));
  }
}

/** Each console page with the heading it shows, by its nav id. */
export const CONSOLE_PAGES: Record<string, { title: string }> = {
  members: { title: 'members:list.title' },
  approvals: { title: 'members:queue.title' },
  invites: { title: 'community:invites.title' },
  'manage-spaces': { title: 'spacesAdmin:title' },
  reactions: { title: 'reactionKinds:title' },
  missions: { title: 'missions:admin.title' },
  'point-rules': { title: 'points:rules.title' },
  ranks: { title: 'points:ranks.title' },
  'manage-badges': { title: 'badges:admin.title' },
  'manage-events': { title: 'eventsStaff:list.title' },
  'feedback-inbox': { title: 'feedbackStaff:triage.title' },
  'manage-changelog': { title: 'feedbackStaff:changelog.title' },
  community: { title: 'community:settings.title' },
  mailbox: { title: 'community:mailbox.title' },
  'review-queue': { title: 'moderation:queue.title' },
  'audit-log': { title: 'moderation:audit.title' },
};

/**
 * Signs a brand-new member up through the api from inside the page (sharing its cookies), which
 * is quicker than the form when the form is not what a test is about.
 */
export async function signUpThroughApi(app: App, member: NewMember): Promise<void> {
  if (!app.page.url().startsWith(baseUrl())) await app.goto('/');
  const csrf = (await app.page.context().cookies()).find((c) => c.name === 'kizuna_csrf')?.value;
  // Each from an address of their own: sign-ups are limited per address, and a run signs up
  // more members than one address may.
  const octet = () => 1 + Math.floor(Math.random() * 254);
  const res = await app.page.request.post('/graphql', {
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf ?? '',
      'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}`,
    },
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
