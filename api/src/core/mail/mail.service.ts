import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Locale } from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { DevMailRepository } from './dev-mail.repository.js';
import { renderMail, type TemplateName } from './templates.js';

/**
 * Sends mail through SMTP_URL. Without it, mail is written to the log (outside production) and to
 * the dev mailbox admins can read in the UI, so password resets work on a laptop.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly devMail: DevMailRepository,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  async send(
    to: string,
    template: TemplateName,
    locale: Locale,
    vars: Record<string, string>,
  ): Promise<void> {
    const { subject, text } = renderMail(template, locale, vars);
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject, text });
      this.logger.log({ template }, 'mail sent');
      return;
    }
    await this.devMail.insert({ to, subject, body: text });
    if (this.config.isProduction) {
      this.logger.warn({ template }, 'SMTP_URL is not set: mail kept in the dev mailbox only');
    } else {
      this.logger.log({ template, to, subject, body: text }, 'mail (no SMTP_URL: dev mailbox)');
    }
  }
}
