import { checkPasswordStrength, hashPassword, needsRehash, verifyPassword } from './passwords.js';

const issue = (pw: string, personal: string[] = []) => {
  try {
    checkPasswordStrength('password', pw, personal);
    return null;
  } catch (e) {
    return (e as { extensions: { fields: Array<{ issue: string }> } }).extensions.fields[0].issue;
  }
};

describe('passwords', () => {
  it('refuses short, overlong, common and personal passwords', () => {
    expect(issue('short1')).toBe('TOO_SHORT');
    expect(issue('x'.repeat(201))).toBe('TOO_LONG');
    expect(issue('qwertyuiop')).toBe('TOO_COMMON');
    expect(issue('Password123')).toBe('TOO_COMMON');
    expect(issue('hanako-is-great', ['hanako'])).toBe('TOO_COMMON');
    expect(issue('珈琲と焼き菓子の午後三時')).toBeNull();
  });

  it('hashes with argon2id at the recommended parameters', async () => {
    const hash = await hashPassword('a-long-unusual-passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(hash, 'a-long-unusual-passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'A-long-unusual-passphrase')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
