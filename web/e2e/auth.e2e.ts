import { shown, uniqueId } from './support/env';
import { HomePage, newMember, SignInPage, SignUpPage, useBrowser } from './support/pages';

describe('signing up, out and in', () => {
  const { open } = useBrowser();

  it('a new member signs up, signs out and signs in again', async () => {
    const app = await open();
    const member = newMember(uniqueId());
    const home = new HomePage(app);

    const signUp = new SignUpPage(app);
    await signUp.open();
    await signUp.submit(member);
    await shown(home.welcome(member.displayName));
    expect(await app.accountMenu().textContent()).toContain(member.displayName);

    await app.signOut();
    expect(await home.welcome(member.displayName).count()).toBe(0);

    const signIn = new SignInPage(app);
    await signIn.open();
    await signIn.signIn(member.email, 'not-the-right-password');
    const alert = await shown(signIn.error('INVALID_CREDENTIALS'));
    expect(await alert.isVisible()).toBe(true);

    await signIn.signIn(member.email, member.password);
    await shown(home.welcome(member.displayName));
    expect(app.path()).toBe('/');
  });

  it('shows field errors from the server on the right inputs', async () => {
    const app = await open();
    const signUp = new SignUpPage(app);
    await signUp.open();
    // The demo admin's handle is taken: the server answers CONFLICT on `handle`.
    await signUp.submit({ ...newMember(uniqueId()), handle: 'admin' });
    const handleInput = signUp.field('handle');
    await shown(app.page.getByText(app.t('errors:fieldIssues.handle.TAKEN')));
    expect(await handleInput.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends visitors of member pages to sign in and back', async () => {
    const app = await open();
    await app.goto('/settings/profile');
    await app.sees(app.t('auth:signIn.title'));
    expect(new URL(app.page.url()).searchParams.get('next')).toBe('/settings/profile');
  });
});
