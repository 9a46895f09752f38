import { redactUrl } from './logger.options.js';

describe('request urls in the log', () => {
  it('hide the secrets links carry, and nothing else', () => {
    expect(redactUrl('/surveys/4f1c?t=abc.123.mac')).toBe('/surveys/4f1c?t=[redacted]');
    expect(redactUrl('/reset-password?lang=ja&token=s3cret&x=1')).toBe(
      '/reset-password?lang=ja&token=[redacted]&x=1',
    );
    expect(redactUrl('/a?T=1&token=2')).toBe('/a?T=[redacted]&token=[redacted]');
    expect(redactUrl('/search?q=t=1&at=2')).toBe('/search?q=t=1&at=2');
    expect(redactUrl(undefined)).toBeUndefined();
  });
});
