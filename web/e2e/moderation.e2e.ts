import { NotificationKind, notificationSentence } from '@kizuna/shared';
import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createSpace } from './support/content';
import {
  type App,
  AuditLogPage,
  FlagDialog,
  newMember,
  NotificationsPage,
  PostPage,
  ProfilePage,
  ReviewQueuePage,
  SignInPage,
  signUpThroughApi,
  SpacePage,
  useBrowser,
} from './support/pages';

describe('moderation', () => {
  const { open } = useBrowser();

  /** A member who joined just now, signed in on a page of their own. */
  const member = async () => {
    const app = await open();
    const who = newMember(uniqueId());
    await signUpThroughApi(app, who);
    return { app, who };
  };

  it('members flag a spam post until it is hidden; a moderator agrees and suspends the author; the admin reads it in the audit log', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(moderator.page, 'Moderation');

    // A fresh member writes an advert. A blocked word is refused, and the message names it.
    const { app: author, who: spammer } = await member();
    const spacePage = new SpacePage(author);
    await spacePage.open(space.slug);
    const composer = await spacePage.startPost();
    const title = `お得なお知らせ ${uniqueId()}`;
    await composer.fillTitle(title);
    await composer.fillBody('激安の豆を大量に仕入れました。今すぐご連絡ください。');
    await composer.tryPublish();
    await shown(
      composer.message(author.t('restrictions:rules.INVALID_VALUE.word', { word: '激安' })),
    );
    await composer.fillBody('特価の豆を大量に仕入れました。今すぐご連絡ください。');
    const authorPost = await composer.publish();
    await author.sees(title);
    const postId = author.path().split('/').pop()!;
    expect(await authorPost.flagState()).toBeNull();

    // A visitor is asked to sign in to flag it.
    const visitor = await open();
    const visitorPost = new PostPage(visitor);
    await visitorPost.open(postId);
    await visitor.sees(title);
    await (
      await visitorPost.openMenu()
    )
      .getByRole('menuitem', { name: visitor.t('flags:action'), exact: true })
      .click();
    await shown(visitorPost.signInPrompt());

    // Three members flag it as spam (one with the keyboard alone); the menu then says it is
    // flagged (for the first also after a reload, while the post can still be read).
    const flaggers: App[] = [];
    for (let i = 0; i < 3; i++) {
      const { app } = await member();
      const post = new PostPage(app);
      await post.open(postId);
      await app.sees(title);
      expect(await post.flagState()).toBe('flag');
      if (i === 1) await post.flagPostByKeyboard('SPAM');
      else await post.flagPost('SPAM');
      expect(await post.flagState()).toBe('flagged');
      if (i === 0) {
        await app.reload();
        await app.sees(title);
        expect(await post.flagState()).toBe('flagged');
      }
      flaggers.push(app);
    }
    const last = flaggers[2];

    // The last also flags the author's profile: "something else" needs a note.
    const profile = new ProfilePage(last);
    await profile.open(spammer.handle);
    const dialog = await FlagDialog.from(last, await profile.openMenu());
    await dialog.fill('OTHER');
    await dialog.send();
    await shown(dialog.form().getByText(last.t('flags:errors.noteRequired')));
    await dialog.flag('OTHER', '同じ宣伝を何度も投稿しています');
    await profile.openMenu();
    expect(await FlagDialog.stateIn(last, last.page.getByRole('menu'))).toBe('flagged');

    // The third flag reached the threshold: others can no longer open the post…
    const hiddenPost = new PostPage(last);
    await hiddenPost.open(postId);
    await shown(hiddenPost.notFound());

    // …while its author still can, told that it is hidden from everyone else, and why.
    await author.reload();
    await author.sees(title);
    await shown(authorPost.ownHiddenBanner());
    const inbox = new NotificationsPage(author);
    await inbox.open();
    const notice = await shown(
      inbox.item(notificationSentence(author.lang, NotificationKind.CONTENT_FLAGGED, { title })),
    );
    expect(await notice.getAttribute('href')).toBe(`/posts/${postId}`);

    // A moderator opens the review queue, agrees, and suspends the author for a week.
    const queue = new ReviewQueuePage(moderator);
    await queue.open();
    expect(await queue.flagCount(title)).toBe(3);
    const reason = '宣伝目的の投稿の繰り返し';
    await queue.suspendAuthor(title, 7, reason);
    const until = Date.now() + 7 * 86_400_000;

    // The author cannot sign in again; they are told until when (in their zone) and why.
    const returning = await open();
    const signIn = new SignInPage(returning);
    await signIn.open();
    await signIn.signIn(spammer.email, spammer.password);
    const [before, after] = returning.t('restrictions:suspendedUntil').split('{{until, datetime}}');
    const refusal = await shown(
      returning.page.getByRole('alert').filter({ hasText: before.trim() }),
    );
    const said = await refusal.innerText();
    expect(said).toContain(after.trim());
    expect(said).toContain(reason);
    const day = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' });
    expect(said).toContain(day.format(until));

    // An admin reads both in the audit log: the review's decision and the suspension.
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const audit = new AuditLogPage(admin);
    await audit.open();
    await shown(audit.row('review.resolve', title));
    await shown(audit.row('member.suspend', `@${spammer.handle}`));
  });
});
