import auth from './ja/auth.json' with { type: 'json' };
import profile from './ja/profile.json' with { type: 'json' };
import members from './ja/members.json' with { type: 'json' };
import community from './ja/community.json' with { type: 'json' };
import badges from './ja/badges.json' with { type: 'json' };
import missions from './ja/missions.json' with { type: 'json' };
import events from './ja/events.json' with { type: 'json' };
import eventsStaff from './ja/eventsStaff.json' with { type: 'json' };
import feedback from './ja/feedback.json' with { type: 'json' };
import feedbackStaff from './ja/feedbackStaff.json' with { type: 'json' };
import reactionKinds from './ja/reactionKinds.json' with { type: 'json' };
import spacesAdmin from './ja/spacesAdmin.json' with { type: 'json' };
import notificationSettings from './ja/notificationSettings.json' with { type: 'json' };
import surveys from './ja/surveys.json' with { type: 'json' };
import surveysStaff from './ja/surveysStaff.json' with { type: 'json' };
import surveyResults from './ja/surveyResults.json' with { type: 'json' };
import analyticsNav from './ja/analyticsNav.json' with { type: 'json' };
import analyticsCustomers from './ja/analyticsCustomers.json' with { type: 'json' };
import analytics from './ja/analytics.json' with { type: 'json' };
import moderation from './ja/moderation.json' with { type: 'json' };
import flags from './ja/flags.json' with { type: 'json' };
import restrictions from './ja/restrictions.json' with { type: 'json' };
import postsMore from './ja/posts-more.json' with { type: 'json' };
import pointsMore from './ja/points-more.json' with { type: 'json' };
import errorsMore from './ja/errors-more.json' with { type: 'json' };

/**
 * The default language's texts of the other pages and of the home page's missions panel: fetched
 * with the first of them.
 */
export const jaLater = {
  auth,
  profile,
  members,
  community,
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

/**
 * The rest of namespaces whose texts for the home page are built in (ja-start): the post page's,
 * the points pages' and the forms' texts, added to those namespaces with the first other page.
 */
export const jaMore = {
  posts: postsMore,
  points: pointsMore,
  errors: errorsMore,
} as const;
