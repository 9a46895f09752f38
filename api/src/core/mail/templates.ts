import type { Locale } from '@kizuna/shared';

type Vars = Record<string, string>;
interface Template {
  subject: (v: Vars) => string;
  body: (v: Vars) => string;
}

const templates = {
  passwordReset: {
    ja: {
      subject: (v) => `【${v.community}】パスワードの再設定`,
      body: (v) =>
        `${v.name} さん\n\nパスワード再設定のご依頼を受け付けました。次のリンクから 1 時間以内に新しいパスワードを設定してください。\n\n${v.link}\n\nお心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。\n\n${v.community}`,
    },
    en: {
      subject: (v) => `[${v.community}] Reset your password`,
      body: (v) =>
        `Hi ${v.name},\n\nWe received a request to reset your password. Set a new one within an hour at:\n\n${v.link}\n\nIf you did not ask for this, ignore this mail; your password stays as it is.\n\n${v.community}`,
    },
  },
  memberApproved: {
    ja: {
      subject: (v) => `【${v.community}】参加が承認されました`,
      body: (v) =>
        `${v.name} さん\n\n${v.community} への参加が承認されました。こちらからサインインできます。\n\n${v.link}\n\n${v.community}`,
    },
    en: {
      subject: (v) => `[${v.community}] You're in`,
      body: (v) =>
        `Hi ${v.name},\n\nYour request to join ${v.community} was approved. Sign in at:\n\n${v.link}\n\n${v.community}`,
    },
  },
  notification: {
    ja: {
      subject: (v) => `【${v.community}】${v.summary}`,
      body: (v) =>
        `${v.name} さん\n\n${v.summary}\n\n${v.link}\n\n通知の受け取り方はこちらで変更できます: ${v.settings}\n\n${v.community}`,
    },
    en: {
      subject: (v) => `[${v.community}] ${v.summary}`,
      body: (v) =>
        `Hi ${v.name},\n\n${v.summary}\n\n${v.link}\n\nChoose which notifications you get by mail: ${v.settings}\n\n${v.community}`,
    },
  },
  digest: {
    ja: {
      subject: (v) => `【${v.community}】新しいお知らせが ${v.count} 件あります`,
      body: (v) =>
        `${v.name} さん\n\n前回のお知らせ以降の新着です。\n\n${v.lines}\n\nすべての通知: ${v.link}\n通知の受け取り方はこちらで変更できます: ${v.settings}\n\n${v.community}`,
    },
    en: {
      subject: (v) => `[${v.community}] ${v.count} new notifications`,
      body: (v) =>
        `Hi ${v.name},\n\nHere is what happened since our last mail.\n\n${v.lines}\n\nAll notifications: ${v.link}\nChoose which notifications you get by mail: ${v.settings}\n\n${v.community}`,
    },
  },
} satisfies Record<string, Record<Locale, Template>>;

export type TemplateName = keyof typeof templates;

export function renderMail(
  name: TemplateName,
  locale: Locale,
  vars: Vars,
): { subject: string; text: string } {
  const t: Template = templates[name][locale];
  return { subject: t.subject(vars), text: t.body(vars) };
}
