import common from './en/common.json' with { type: 'json' };
import errors from './en/errors.json' with { type: 'json' };
import auth from './en/auth.json' with { type: 'json' };
import profile from './en/profile.json' with { type: 'json' };
import members from './en/members.json' with { type: 'json' };
import community from './en/community.json' with { type: 'json' };
import posts from './en/posts.json' with { type: 'json' };
import spaces from './en/spaces.json' with { type: 'json' };
import search from './en/search.json' with { type: 'json' };
import notifications from './en/notifications.json' with { type: 'json' };
import points from './en/points.json' with { type: 'json' };
import badges from './en/badges.json' with { type: 'json' };
import missions from './en/missions.json' with { type: 'json' };
import events from './en/events.json' with { type: 'json' };
import eventsStaff from './en/eventsStaff.json' with { type: 'json' };
import feedback from './en/feedback.json' with { type: 'json' };
import feedbackStaff from './en/feedbackStaff.json' with { type: 'json' };
import reactionKinds from './en/reactionKinds.json' with { type: 'json' };
import spacesAdmin from './en/spacesAdmin.json' with { type: 'json' };
import notificationSettings from './en/notificationSettings.json' with { type: 'json' };
import surveys from './en/surveys.json' with { type: 'json' };
import surveysStaff from './en/surveysStaff.json' with { type: 'json' };
import surveyResults from './en/surveyResults.json' with { type: 'json' };
import analyticsNav from './en/analyticsNav.json' with { type: 'json' };
import analyticsCustomers from './en/analyticsCustomers.json' with { type: 'json' };
import analytics from './en/analytics.json' with { type: 'json' };
import moderation from './en/moderation.json' with { type: 'json' };
import flags from './en/flags.json' with { type: 'json' };
import restrictions from './en/restrictions.json' with { type: 'json' };

export const en = {
  common,
  errors,
  auth,
  profile,
  members,
  community,
  posts,
  spaces,
  search,
  notifications,
  points,
  badges,
  missions,
  events,
  eventsStaff,
  feedback,
  feedbackStaff,
  reactionKinds,
  surveys,
  surveysStaff,
  spacesAdmin,
  notificationSettings,
  surveyResults,
  analyticsNav,
  analyticsCustomers,
  analytics,
  moderation,
  flags,
  restrictions,
} as const;
