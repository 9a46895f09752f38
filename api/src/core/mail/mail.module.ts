import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { DevMailRepository } from './dev-mail.repository.js';

@Global()
@Module({
  providers: [MailService, DevMailRepository],
  exports: [MailService, DevMailRepository],
})
export class MailModule {}
