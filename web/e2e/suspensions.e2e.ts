import { DEMO_PASSWORD, demoEmail, label, shown, uniqueId } from './support/env';
import { MembersPage, newMember, SignInPage, signUpThroughApi, useBrowser } from './support/pages';

describe('suspensions', () => {
  const { open } = useBrowser();

  it('a moderator suspends a member with a reason and restores them; staff rows have no menu', async () => {
    const newcomer = newMember(uniqueId());
    await signUpThroughApi(await open(), newcomer);

    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const members = new MembersPage(moderator);
    await members.open();
    await members.search(newcomer.handle);
    const row = members.rows().filter({ hasText: `@${newcomer.handle}` });
    const onlyRow = () =>
      moderator.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="member-row"]').length === 1,
        undefined,
        { timeout: 30_000 },
      );
    // The search has applied once the list holds the one match.
    await onlyRow();
    await shown(row);
    const menu = () =>
      row.getByRole('button', {
        name: moderator.t('members:actions.menu', { name: newcomer.displayName }),
      });

    await menu().click();
    const items = moderator.page.getByRole('menu');
    await shown(items.getByRole('menuitem', { name: moderator.t('members:actions.suspend') }));
    expect(
      await items
        .getByRole('menuitem', { name: moderator.t('members:actions.changeRole') })
        .count(),
    ).toBe(0);
    await items.getByRole('menuitem', { name: moderator.t('members:actions.suspend') }).click();
    const dialog = moderator.page.getByRole('dialog');
    await dialog.getByLabel(label(moderator.t('members:actions.reason'))).fill('宣伝の連投');
    await dialog.getByRole('button', { name: moderator.t('members:actions.suspend') }).click();
    await moderator.notification(
      moderator.t('members:actions.suspended', { name: newcomer.displayName }),
    );
    await shown(row.getByText(moderator.t('common:memberStatus.SUSPENDED')));
    await shown(row.getByText('宣伝の連投'));

    await menu().click();
    await items.getByRole('menuitem', { name: moderator.t('members:actions.restore') }).click();
    await moderator.page
      .getByRole('dialog')
      .getByRole('button', { name: moderator.t('members:actions.restore') })
      .click();
    await shown(row.getByText(moderator.t('common:memberStatus.ACTIVE')));

    // Staff answer to admins only: the admin's row offers nothing to a moderator.
    await members.search(demoEmail('admin'));
    const adminRow = members.rows().filter({ hasText: demoEmail('admin') });
    await onlyRow();
    await shown(adminRow);
    expect(await adminRow.getByRole('button').count()).toBe(0);
  });
});
