import { TINY_PNG } from './support/content';
import { shown, uniqueId } from './support/env';
import {
  EditProfilePage,
  newMember,
  ProfilePage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';

describe('profile', () => {
  const { open } = useBrowser();

  it('a member edits display name and bio and sees them on the profile page', async () => {
    const app = await open();
    const member = newMember(uniqueId());
    await signUpThroughApi(app, member);

    const edit = new EditProfilePage(app);
    await edit.open();
    const displayName = `珈琲好き ${member.handle.slice(-4)}`;
    const bio = '浅煎りのエチオピアが好きです。\n週末はハンドドリップで淹れています。';
    await edit.save({ displayName, bio });

    await app.page.waitForURL((url) => url.pathname === `/members/${member.handle}`);
    await app.notification(app.t('profile:edit.saved'));
    const profile = new ProfilePage(app);
    expect(await profile.name()).toBe(displayName);
    expect(await profile.bio()).toBe(bio);

    await app.reload();
    expect(await profile.name()).toBe(displayName);
    expect(await profile.bio()).toBe(bio);
    expect(await app.accountMenu().textContent()).toContain(displayName);
  });

  it('a member uploads a photo as their avatar, sees it on the profile, and removes it', async () => {
    const app = await open();
    const member = newMember(uniqueId());
    await signUpThroughApi(app, member);
    const edit = new EditProfilePage(app);
    await edit.open();

    await edit.uploadAvatar({ name: 'me.png', mimeType: 'image/png', buffer: TINY_PNG });
    await edit.save({});
    await app.page.waitForURL((url) => url.pathname === `/members/${member.handle}`);
    const profile = new ProfilePage(app);
    const avatar = await shown(profile.uploadedAvatar());
    expect(await avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await edit.open();
    await edit.removeAvatar();
    await edit.save({});
    await app.page.waitForURL((url) => url.pathname === `/members/${member.handle}`);
    await profile.name();
    expect(await profile.uploadedImages().count()).toBe(0);
  });

  it('client-side checks match the server limits', async () => {
    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    const edit = new EditProfilePage(app);
    await edit.open();
    await edit.save({ displayName: '' });
    await shown(app.page.getByText(app.t('errors:issues.REQUIRED')));
    expect(app.path()).toBe('/settings/profile');
  });
});
