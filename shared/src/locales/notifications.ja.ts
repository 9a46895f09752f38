import type { NotificationTexts } from '../notification-text.js';

/** Notification sentences in Japanese (see notificationSentence). */
export default {
  reply_to_post: '{{actor}}さんが『{{title}}』にコメントしました',
  reply_to_comment: '{{actor}}さんが『{{title}}』であなたのコメントに返信しました',
  mention: '{{actor}}さんが『{{title}}』であなたをメンションしました',
  reactions: '{{actor}}さんが『{{title}}』にリアクションしました',
  reactions_others_other: '{{actor}}さんほか {{count}} 人が『{{title}}』にリアクションしました',
  best_answer: '『{{title}}』であなたのコメントがベストアンサーに選ばれました',
  moderator_message: 'モデレーターからのメッセージ: {{message}}',
  anniversary: 'コミュニティに参加して {{years}} 周年です。いつもありがとうございます！',
  points: 'ミッション「{{name}}」を達成しました（+{{points}} ポイント）',
  points_zero: 'ミッション「{{name}}」を達成しました',
  rank: 'ランクアップ！「{{name}}」になりました',
  rank_unnamed: 'ランクアップ！ランク {{position}} になりました',
  badge: 'バッジ「{{name}}」を獲得しました',
  event_reminder: '『{{title}}』は {{hours}} 時間後に始まります',
  waitlist_promotion: '『{{title}}』のキャンセル待ちから参加が確定しました',
  waitlist_promotion_other:
    '『{{title}}』に空きが出ました。{{hours}} 時間お席を確保していますので、参加を確定してください',
  event_updated: '『{{title}}』の日時または会場が変更されました',
  event_cancelled: '『{{title}}』は中止になりました',
  event_message: '『{{title}}』の主催者からのお知らせ: {{message}}',
  event_new: '新しいイベント『{{title}}』が公開されました',
  feedback_status: '『{{title}}』のステータスが「{{name}}」になりました：{{message}}',
  feedback_status_unexplained: '『{{title}}』のステータスが「{{name}}」になりました',
  feedback_status_merged:
    '『{{title}}』は『{{into}}』に統合されました。あなたの投票は統合先に数えられます。{{message}}',
  feedback_status_merged_unexplained:
    '『{{title}}』は『{{into}}』に統合されました。あなたの投票は統合先に数えられます',
  survey_invitation: 'アンケートへのご協力のお願いが届いています',
  content_hidden:
    'モデレーターが『{{title}}』でのあなたの投稿を非表示にしました。理由: {{message}}',
  content_hidden_unexplained: 'モデレーターが『{{title}}』でのあなたの投稿を非表示にしました',
  content_restored: 'モデレーターが『{{title}}』でのあなたの投稿を再び表示しました',
  points_adjusted:
    'モデレーターがあなたのポイントを調整しました（{{signedPoints}} ポイント）。理由: {{message}}',
  content_flagged:
    '『{{title}}』でのあなたの投稿はメンバーからの通報により、モデレーターの確認まで非表示になりました。編集はできます。',
  flag_agreed: '通報ありがとうございます。『{{title}}』への通報をモデレーターが認めました',
  flag_disagreed: 'モデレーターが『{{title}}』への通報を確認し、そのまま残しました',
  moderator_warning: 'モデレーターからの警告: {{message}}',
} satisfies NotificationTexts;
