import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import {
  ApprovalsPage,
  CommunitySettingsPage,
  MembersPage,
  newMember,
  SignInPage,
  SignUpPage,
  useBrowser,
} from './support/pages';

describe('staff pages', () => {
  const { open } = useBrowser();

  it('the admin chooses whether staff appear on leaderboards; off by default, and it is kept', async () => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const settings = new CommunitySettingsPage(admin);
    await settings.open();
    const toggle = settings.staffOnLeaderboards();
    expect(await toggle.isChecked()).toBe(false);
    try {
      await toggle.focus();
      await admin.page.keyboard.press('Space');
      expect(await toggle.isChecked()).toBe(true);
      await settings.save();
      await admin.reload();
      await shown(admin.heading(admin.t('community:settings.title')));
      expect(await settings.staffOnLeaderboards().isChecked()).toBe(true);
    } finally {
      await settings.open();
      if (await settings.staffOnLeaderboards().isChecked()) {
        await settings.staffOnLeaderboards().click({ force: true });
        await settings.save();
      }
    }
  });

  it('the admin switches registration to approval; it is saved and applies to sign-ups', async () => {
    const admin = await open();
    await new SignInPage(admin).signInAndWait(demoEmail('admin'), DEMO_PASSWORD);
    const settings = new CommunitySettingsPage(admin);
    await settings.open();
    expect(await settings.modeRadio('OPEN').isChecked()).toBe(true);

    try {
      await settings.chooseMode('APPROVAL');
      await settings.save();
      await admin.reload();
      await shown(admin.heading(admin.t('community:settings.title')));
      expect(await settings.modeRadio('APPROVAL').isChecked()).toBe(true);
      expect(await settings.modeRadio('OPEN').isChecked()).toBe(false);

      // A visitor now asks to join and is told to wait.
      const visitor = await open();
      const member = newMember(uniqueId());
      const signUp = new SignUpPage(visitor);
      await signUp.open();
      await shown(signUp.approvalNote());
      await signUp.submit(member);
      await signUp.waitsForApproval();

      // The admin finds them in the approval queue and approves them.
      const approvals = new ApprovalsPage(admin);
      await approvals.open();
      await shown(approvals.request(member.displayName));
      await approvals.approve(member.displayName);
      expect(await approvals.request(member.displayName).count()).toBe(0);
    } finally {
      await settings.open();
      await settings.chooseMode('OPEN');
      await settings.save();
    }
  });

  it('the moderator sees the member list; a plain member gets no permission', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const members = new MembersPage(moderator);
    await members.open();
    await shown(moderator.heading(moderator.t('members:list.title')));
    await shown(members.rows());
    expect(await members.rows().count()).toBeGreaterThanOrEqual(10);

    await members.search('haruka_s');
    await members.waitForRows(1);
    expect(await members.rows().first().textContent()).toContain('@haruka_s');

    const member = await open();
    await new SignInPage(member).signInAndWait(demoEmail('haruka_s'), DEMO_PASSWORD);
    const forbidden = new MembersPage(member);
    await forbidden.open();
    await member.noPermission();
    expect(await forbidden.rows().count()).toBe(0);
  });
});
