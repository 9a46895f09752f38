import { label, shown, uniqueId } from './support/env';
import { newMember, SignInPage, SignUpPage, useBrowser } from './support/pages';

describe('signing up, out and in', () => {
  const { open } = useBrowser();

  it('a new member signs up, signs out and signs in again', async () => {
    const app = await open();
    const member = newMember(uniqueId());
    const welcome = app.t('common:home.welcome', { name: member.displayName });

    const signUp = new SignUpPage(app);
    await signUp.open();
    await signUp.submit(member);
    await shown(app.page.getByText(welcome));
    expect(await app.page.getByTestId('account-menu').textContent()).toContain(member.displayName);

    await app.signOut();
    expect(await app.page.getByText(welcome).count()).toBe(0);

    const signIn = new SignInPage(app);
    await signIn.open();
    await signIn.signIn(member.email, 'not-the-right-password');
    const alert = await shown(
      app.page.getByRole('alert').filter({ hasText: app.t('errors:codes.INVALID_CREDENTIALS') }),
    );
    expect(await alert.isVisible()).toBe(true);

    await signIn.signIn(member.email, member.password);
    await shown(app.page.getByText(welcome));
    expect(new URL(app.page.url()).pathname).toBe('/');
  });

  it('shows field errors from the server on the right inputs', async () => {
    const app = await open();
    const signUp = new SignUpPage(app);
    await signUp.open();
    // The demo admin's handle is taken: the server answers CONFLICT on `handle`.
    await signUp.submit({ ...newMember(uniqueId()), handle: 'admin' });
    const handleInput = app.page.getByLabel(label(app.t('auth:fields.handle')));
    await shown(app.page.getByText(app.t('errors:fieldIssues.handle.TAKEN')));
    expect(await handleInput.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends visitors of member pages to sign in and back', async () => {
    const app = await open();
    await app.goto('/settings/profile');
    await shown(app.heading(app.t('auth:signIn.title')));
    expect(new URL(app.page.url()).searchParams.get('next')).toBe('/settings/profile');
  });
});
