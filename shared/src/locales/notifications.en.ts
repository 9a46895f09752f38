import type { NotificationTexts } from '../notification-text.js';

/** Notification sentences in English (see notificationSentence). */
export default {
  reply_to_post: '{{actor}} commented on ‘{{title}}’',
  reply_to_comment: '{{actor}} replied to your comment on ‘{{title}}’',
  mention: '{{actor}} mentioned you in ‘{{title}}’',
  reactions: '{{actor}} reacted to ‘{{title}}’',
  reactions_others_one: '{{actor}} and {{count}} other reacted to ‘{{title}}’',
  reactions_others_other: '{{actor}} and {{count}} others reacted to ‘{{title}}’',
  best_answer: 'Your comment was chosen as the best answer to ‘{{title}}’',
  moderator_message: 'A message from the moderators: {{message}}',
  anniversary_one: '{{years}} year since you joined the community. Thank you for being here!',
  anniversary_other: '{{years}} years since you joined the community. Thank you for being here!',
  anniversary: '{{years}} years since you joined the community. Thank you for being here!',
  points: 'You completed the mission “{{name}}” (+{{points}} points)',
  points_one: 'You completed the mission “{{name}}” (+{{points}} point)',
  points_zero: 'You completed the mission “{{name}}”',
  rank: 'Rank up! You are now “{{name}}”',
  rank_unnamed: 'Rank up! You reached rank {{position}}',
  badge: 'You earned the badge “{{name}}”',
  event_reminder: '‘{{title}}’ starts in {{hours}} hours',
  event_reminder_one: '‘{{title}}’ starts in an hour',
  event_reminder_other: '‘{{title}}’ starts in {{hours}} hours',
  waitlist_promotion: 'A place opened up at ‘{{title}}’: you are going',
  waitlist_promotion_one:
    'A place opened up at ‘{{title}}’: it is held for you for an hour, answer going to take it',
  waitlist_promotion_other:
    'A place opened up at ‘{{title}}’: it is held for you for {{hours}} hours, answer going to take it',
  event_updated: '‘{{title}}’ has changed: check its time and place',
  event_cancelled: '‘{{title}}’ was cancelled',
  event_message: 'From the organisers of ‘{{title}}’: {{message}}',
  event_new: 'New event: ‘{{title}}’',
  feedback_status: '‘{{title}}’ is now {{name}}: {{message}}',
  feedback_status_unexplained: '‘{{title}}’ is now {{name}}',
  feedback_status_merged:
    '‘{{title}}’ was merged into ‘{{into}}’: your vote now counts there. {{message}}',
  feedback_status_merged_unexplained:
    '‘{{title}}’ was merged into ‘{{into}}’: your vote now counts there',
  survey_invitation: 'You are invited to answer a survey',
  content_hidden: 'The moderators hid what you posted in ‘{{title}}’. Reason: {{message}}',
  content_hidden_unexplained: 'The moderators hid what you posted in ‘{{title}}’',
  content_restored: 'The moderators showed again what you posted in ‘{{title}}’',
  points_adjusted_one:
    'The moderators adjusted your points ({{signedPoints}} point). Reason: {{message}}',
  points_adjusted:
    'The moderators adjusted your points ({{signedPoints}} points). Reason: {{message}}',
  content_flagged:
    'What you posted in ‘{{title}}’ was hidden after members flagged it, until a moderator reviews it. You can still edit it.',
  flag_agreed: 'Thank you: the moderators agreed with your flag on ‘{{title}}’',
  flag_disagreed: 'The moderators reviewed your flag on ‘{{title}}’ and kept it as it was',
  moderator_warning: 'A warning from the moderators: {{message}}',
} satisfies NotificationTexts;
