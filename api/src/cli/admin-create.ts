import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { validationPipe } from '../core/validation/validation.pipe.js';
import { SignUpInput } from '../modules/auth/dto/auth.inputs.js';
import { RegistrationService } from '../modules/auth/registration.service.js';
import { runWithApp } from './run.js';

const usage = `Usage: npm run admin:create -- --email EMAIL --handle HANDLE [--name "DISPLAY NAME"]
The password is read from KIZUNA_ADMIN_PASSWORD or asked for.`;

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    handle: { type: 'string' },
    name: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help || !values.email || !values.handle) {
  console.log(usage);
  process.exit(values.help ? 0 : 64);
}

async function askPassword(): Promise<string> {
  if (process.env.KIZUNA_ADMIN_PASSWORD) return process.env.KIZUNA_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answer = await rl.question('Password for the new admin: ');
  rl.close();
  return answer;
}

const password = await askPassword();
await runWithApp(async (app) => {
  const input = (await validationPipe.transform(
    {
      email: values.email,
      handle: values.handle,
      displayName: values.name ?? values.handle,
      password,
    },
    { type: 'body', metatype: SignUpInput },
  )) as SignUpInput;
  const member = await app.get(RegistrationService).createAdmin(input);
  console.log(`Admin @${member.handle} <${member.email}> created.`);
});
