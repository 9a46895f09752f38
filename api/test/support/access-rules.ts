import type { Role } from '@kizuna/shared';

export type Access = 'public' | 'reading' | 'signed-in' | Role[];
export const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Every query and mutation with who may call it. The schema is read at run time: an operation
 * missing from this table fails the test, so nothing new ships without a decided rule.
 */
export const RULES: Record<string, { doc: string; access: Access }> = {
  me: { access: 'public', doc: `{ me { id } }` },
  community: { access: 'public', doc: `{ community { name } }` },
  member: { access: 'reading', doc: `{ member(handle: "nobody_here") { id } }` },
  members: { access: ['moderator'], doc: `{ members(first: 1) { nodes { id } } }` },
  pendingApprovalCount: { access: ['moderator'], doc: `{ pendingApprovalCount }` },
  invites: { access: ['moderator'], doc: `{ invites(first: 1) { nodes { id } } }` },
  devMailbox: { access: ['admin'], doc: `{ devMailbox(first: 1) { nodes { id } } }` },
  signUp: {
    access: 'public',
    doc: `mutation { signUp(input: { email: "new@example.test", password: "x", displayName: "x", handle: "newbie" }) { pendingApproval } }`,
  },
  signIn: {
    access: 'public',
    doc: `mutation { signIn(input: { email: "nobody@example.test", password: "wrong-password" }) { id } }`,
  },
  signOut: { access: 'signed-in', doc: `mutation { signOut }` },
  signOutEverywhere: { access: 'signed-in', doc: `mutation { signOutEverywhere }` },
  changePassword: {
    access: 'signed-in',
    doc: `mutation { changePassword(input: { currentPassword: "not-the-password", newPassword: "another-long-passphrase" }) }`,
  },
  requestPasswordReset: {
    access: 'public',
    doc: `mutation { requestPasswordReset(input: { email: "nobody@example.test" }) }`,
  },
  resetPassword: {
    access: 'public',
    doc: `mutation { resetPassword(input: { token: "bogus", newPassword: "another-long-passphrase" }) }`,
  },
  updateProfile: {
    access: 'signed-in',
    doc: `mutation { updateProfile(input: { bio: "こんにちは" }) { id } }`,
  },
  approveMember: {
    access: ['moderator'],
    doc: `mutation { approveMember(memberId: "${NOBODY}") { id } }`,
  },
  rejectMember: { access: ['moderator'], doc: `mutation { rejectMember(memberId: "${NOBODY}") }` },
  setRole: {
    access: ['admin'],
    doc: `mutation { setRole(memberId: "${NOBODY}", role: MODERATOR) { id } }`,
  },
  suspendMember: {
    access: ['moderator'],
    doc: `mutation { suspendMember(input: { memberId: "${NOBODY}" }) { id } }`,
  },
  restoreMember: {
    access: ['moderator'],
    doc: `mutation { restoreMember(memberId: "${NOBODY}") { id } }`,
  },
  updateCommunity: {
    access: ['admin'],
    doc: `mutation { updateCommunity(input: { description: "説明" }) { name } }`,
  },
  createInvite: {
    access: ['moderator'],
    doc: `mutation { createInvite(input: { maxUses: 1 }) { code } }`,
  },
  revokeInvite: { access: ['moderator'], doc: `mutation { revokeInvite(id: "${NOBODY}") { id } }` },
  spaces: { access: 'reading', doc: `{ spaces(first: 5) { nodes { id } } }` },
  space: { access: 'reading', doc: `{ space(slug: "nowhere") { id } }` },
  createSpace: {
    access: ['moderator'],
    doc: `mutation { createSpace(input: { slug: "X", nameJa: "x", nameEn: "x" }) { id } }`,
  },
  updateSpace: {
    access: ['moderator'],
    doc: `mutation { updateSpace(input: { id: "${NOBODY}" }) { id } }`,
  },
  reorderSpaces: { access: ['moderator'], doc: `mutation { reorderSpaces(ids: []) { id } }` },
  followSpace: {
    access: 'signed-in',
    doc: `mutation { followSpace(spaceId: "${NOBODY}", follow: true) { id viewerFollows followerCount } }`,
  },
  posts: { access: 'reading', doc: `{ posts(first: 5) { nodes { id } } }` },
  post: { access: 'reading', doc: `{ post(id: "${NOBODY}") { id } }` },
  postRevisions: {
    access: ['moderator'],
    doc: `{ postRevisions(postId: "${NOBODY}") { nodes { id } } }`,
  },
  createPost: {
    access: 'signed-in',
    doc: `mutation { createPost(input: { spaceId: "${NOBODY}", title: "t", body: "b" }) { id } }`,
  },
  updatePost: {
    access: 'signed-in',
    doc: `mutation { updatePost(input: { id: "${NOBODY}", title: "t" }) { id } }`,
  },
  deletePost: { access: 'signed-in', doc: `mutation { deletePost(id: "${NOBODY}") }` },
  moderatePost: {
    access: ['moderator'],
    doc: `mutation { moderatePost(input: { id: "${NOBODY}", pinned: true }) { id } }`,
  },
  setBestAnswer: {
    access: 'signed-in',
    doc: `mutation { setBestAnswer(postId: "${NOBODY}", commentId: null) { id } }`,
  },
  memberComments: {
    access: 'reading',
    doc: `{ memberComments(handle: "nobody_here") { nodes { id } } }`,
  },
  commentReplies: {
    access: 'reading',
    doc: `{ commentReplies(commentId: "${NOBODY}") { nodes { id } } }`,
  },
  notifications: {
    access: 'signed-in',
    doc: `{ notifications(first: 5) { nodes { id actors { id } post { id } } } }`,
  },
  notification: { access: 'signed-in', doc: `{ notification(id: "${NOBODY}") { id } }` },
  notificationUnreadCount: { access: 'signed-in', doc: `{ notificationUnreadCount }` },
  notificationPreferences: {
    access: 'signed-in',
    doc: `{ notificationPreferences { emailFrequency channels { kind channel } } }`,
  },
  markNotificationsRead: {
    access: 'signed-in',
    doc: `mutation { markNotificationsRead(ids: ["${NOBODY}"]) }`,
  },
  markAllNotificationsRead: { access: 'signed-in', doc: `mutation { markAllNotificationsRead }` },
  updateNotificationPreferences: {
    access: 'signed-in',
    doc: `mutation { updateNotificationPreferences(input: { emailFrequency: DAILY }) { emailFrequency } }`,
  },
  sendMemberMessage: {
    access: ['moderator'],
    doc: `mutation { sendMemberMessage(input: { memberId: "${NOBODY}", message: "こんにちは" }) }`,
  },
  pointRules: { access: 'signed-in', doc: `{ pointRules { key points } }` },
  updatePointRules: {
    access: ['admin'],
    doc: `mutation { updatePointRules(rules: []) { key } }`,
  },
  ranks: { access: 'reading', doc: `{ ranks { id threshold } }` },
  updateRanks: {
    access: ['admin'],
    doc: `mutation { updateRanks(ranks: [{ nameJa: "x", nameEn: "x", color: "#ffffff", icon: "⭐", threshold: 1 }]) { id } }`,
  },
  jobProgress: { access: ['admin'], doc: `{ jobProgress(id: "nope") { id } }` },
  pointHistory: {
    access: 'signed-in',
    doc: `{ pointHistory(handle: "nobody_here") { nodes { id } } }`,
  },
  adjustPoints: {
    access: ['moderator'],
    doc: `mutation { adjustPoints(input: { memberId: "${NOBODY}", points: 1, reason: "x" }) { balance } }`,
  },
  createComment: {
    access: 'signed-in',
    doc: `mutation { createComment(input: { postId: "${NOBODY}", body: "b" }) { id } }`,
  },
  updateComment: {
    access: 'signed-in',
    doc: `mutation { updateComment(input: { id: "${NOBODY}", body: "b" }) { id } }`,
  },
  deleteComment: { access: 'signed-in', doc: `mutation { deleteComment(id: "${NOBODY}") { id } }` },
  hideComment: {
    access: ['moderator'],
    doc: `mutation { hideComment(input: { id: "${NOBODY}", hidden: true }) { id } }`,
  },
  reactionKinds: { access: 'reading', doc: `{ reactionKinds { key } }` },
  whoReacted: {
    access: 'signed-in',
    doc: `{ whoReacted(targetType: POST, targetId: "${NOBODY}", kind: "like") { nodes { id } } }`,
  },
  setReaction: {
    access: 'signed-in',
    doc: `mutation { setReaction(input: { targetType: POST, targetId: "${NOBODY}", kind: "like", active: true }) { targetId } }`,
  },
  updateReactionKinds: {
    access: ['admin'],
    doc: `mutation { updateReactionKinds(kinds: []) { key } }`,
  },
  previewMarkdown: { access: 'signed-in', doc: `{ previewMarkdown(body: "**太字**") }` },
  mentionCandidates: {
    access: 'signed-in',
    doc: `{ mentionCandidates(prefix: "ha") { nodes { handle } } }`,
  },
  search: { access: 'reading', doc: `{ search(query: "珈琲") { nodes { snippetHtml } } }` },
  leaderboard: {
    access: 'reading',
    doc: `{ leaderboard(period: WEEK) { refreshedAt viewer { rank } entries(first: 1) { nodes { rank } } } }`,
  },
  badges: { access: 'reading', doc: `{ badges { id holderCount } }` },
  badge: { access: 'reading', doc: `{ badge(key: "no-such-badge") { id } }` },
  createBadge: {
    access: ['admin'],
    doc: `mutation { createBadge(input: { key: "X", nameJa: "x", nameEn: "x", criterion: MANUAL }) { id } }`,
  },
  updateBadge: {
    access: ['admin'],
    doc: `mutation { updateBadge(input: { id: "${NOBODY}" }) { id } }`,
  },
  awardBadge: {
    access: ['moderator'],
    doc: `mutation { awardBadge(input: { memberId: "${NOBODY}", badgeId: "${NOBODY}", reason: "r" }) { grantedAt } }`,
  },
  revokeBadge: {
    access: ['moderator'],
    doc: `mutation { revokeBadge(input: { memberId: "${NOBODY}", badgeId: "${NOBODY}", reason: "r" }) { grantedAt } }`,
  },
  missions: { access: 'signed-in', doc: `{ missions { id completed steps { progress } } }` },
  missionsAdmin: { access: ['moderator'], doc: `{ missionsAdmin { id completedCount } }` },
  createMission: {
    access: ['moderator'],
    doc: `mutation { createMission(input: { titleJa: "x", titleEn: "x", steps: [], startsAt: "2026-01-01T00:00:00Z", endsAt: "2026-02-01T00:00:00Z", rewardPoints: 1 }) { id } }`,
  },
  updateMission: {
    access: ['moderator'],
    doc: `mutation { updateMission(input: { id: "${NOBODY}" }) { id } }`,
  },
  archiveMission: {
    access: ['moderator'],
    doc: `mutation { archiveMission(id: "${NOBODY}") { id } }`,
  },
  events: { access: 'reading', doc: `{ events(first: 5) { nodes { id viewerRsvp { status } } } }` },
  event: { access: 'reading', doc: `{ event(id: "${NOBODY}") { id } }` },
  createEvent: {
    access: ['moderator'],
    doc: `mutation { createEvent(input: { title: "x", kind: ONLINE, startsAt: "2030-01-01T10:00:00Z", endsAt: "2030-01-01T11:00:00Z", timeZone: "Asia/Tokyo" }) { id } }`,
  },
  updateEvent: {
    access: ['moderator'],
    doc: `mutation { updateEvent(input: { id: "${NOBODY}", title: "x" }) { id } }`,
  },
  duplicateEvent: {
    access: ['moderator'],
    doc: `mutation { duplicateEvent(id: "${NOBODY}") { id } }`,
  },
  publishEvent: { access: ['moderator'], doc: `mutation { publishEvent(id: "${NOBODY}") { id } }` },
  cancelEvent: { access: ['moderator'], doc: `mutation { cancelEvent(id: "${NOBODY}") { id } }` },
  eventAttendees: {
    access: ['moderator'],
    doc: `{ eventAttendees(eventId: "${NOBODY}") { nodes { status member { id } } } }`,
  },
  checkInAttendee: {
    access: ['moderator'],
    doc: `mutation { checkInAttendee(input: { eventId: "${NOBODY}", code: "ABCDE-FGHJK" }) { status } }`,
  },
  undoCheckIn: {
    access: ['moderator'],
    doc: `mutation { undoCheckIn(input: { eventId: "${NOBODY}", memberId: "${NOBODY}", reason: "x" }) { status } }`,
  },
  messageEventAttendees: {
    access: ['moderator'],
    doc: `mutation { messageEventAttendees(input: { eventId: "${NOBODY}", audience: GOING, message: "x" }) }`,
  },
  calendarFeedUrl: { access: 'signed-in', doc: `{ calendarFeedUrl }` },
  resetCalendarFeed: { access: 'signed-in', doc: `mutation { resetCalendarFeed }` },
  removeCalendarFeed: { access: 'signed-in', doc: `mutation { removeCalendarFeed }` },
  rsvpEvent: {
    access: 'signed-in',
    doc: `mutation { rsvpEvent(input: { eventId: "${NOBODY}", status: GOING }) { id } }`,
  },
  feedbackBoards: { access: 'reading', doc: `{ feedbackBoards { id } }` },
  feedbackBoard: { access: 'reading', doc: `{ feedbackBoard(slug: "nowhere") { id } }` },
  ideas: { access: 'reading', doc: `{ ideas(first: 5) { nodes { id } totalCount } }` },
  idea: { access: 'reading', doc: `{ idea(id: "${NOBODY}") { id } }` },
  similarIdeas: { access: 'signed-in', doc: `{ similarIdeas(title: "定期便") { id } }` },
  roadmap: { access: 'reading', doc: `{ roadmap { planned { id } } }` },
  createFeedbackBoard: {
    access: ['admin'],
    doc: `mutation { createFeedbackBoard(input: { slug: "X", nameJa: "x", nameEn: "x" }) { id } }`,
  },
  updateFeedbackBoard: {
    access: ['admin'],
    doc: `mutation { updateFeedbackBoard(input: { id: "${NOBODY}" }) { id } }`,
  },
  submitIdea: {
    access: 'signed-in',
    doc: `mutation { submitIdea(input: { boardId: "${NOBODY}", title: "t", body: "b" }) { id } }`,
  },
  updateIdea: {
    access: 'signed-in',
    doc: `mutation { updateIdea(input: { id: "${NOBODY}", title: "t" }) { id } }`,
  },
  reviewIdea: {
    access: ['product', 'moderator'],
    doc: `mutation { reviewIdea(input: { id: "${NOBODY}", approve: true }) { id } }`,
  },
  voteIdea: {
    access: 'signed-in',
    doc: `mutation { voteIdea(input: { ideaId: "${NOBODY}", voted: true }) { id } }`,
  },
  followIdea: {
    access: 'signed-in',
    doc: `mutation { followIdea(input: { ideaId: "${NOBODY}", follow: true }) { id } }`,
  },
  changeIdeaStatus: {
    access: ['product'],
    doc: `mutation { changeIdeaStatus(input: { ids: ["${NOBODY}"], status: PLANNED }) { id } }`,
  },
  answerIdea: {
    access: ['product'],
    doc: `mutation { answerIdea(input: { ideaId: "${NOBODY}", body: "b" }) { id } }`,
  },
  mergeIdea: {
    access: ['product'],
    doc: `mutation { mergeIdea(input: { ideaId: "${NOBODY}", intoId: "${NOBODY}" }) { id } }`,
  },
  unmergeIdea: { access: ['product'], doc: `mutation { unmergeIdea(ideaId: "${NOBODY}") { id } }` },
  setIdeaRoadmapVisibility: {
    access: ['product'],
    doc: `mutation { setIdeaRoadmapVisibility(input: { ideaId: "${NOBODY}", hidden: true }) { id } }`,
  },
  changelog: { access: 'reading', doc: `{ changelog(first: 5) { nodes { id ideas { id } } } }` },
  changelogEntry: { access: 'reading', doc: `{ changelogEntry(id: "${NOBODY}") { id } }` },
  createChangelogEntry: {
    access: ['product'],
    doc: `mutation { createChangelogEntry(input: { title: "", body: "", releasedOn: "2026-12-01" }) { id } }`,
  },
  updateChangelogEntry: {
    access: ['product'],
    doc: `mutation { updateChangelogEntry(input: { id: "${NOBODY}", title: "t" }) { id } }`,
  },
  publishChangelogEntry: {
    access: ['product'],
    doc: `mutation { publishChangelogEntry(id: "${NOBODY}") { id } }`,
  },
  deleteChangelogEntry: {
    access: ['product'],
    doc: `mutation { deleteChangelogEntry(id: "${NOBODY}") }`,
  },
  surveys: { access: ['product', 'moderator'], doc: `{ surveys(first: 1) { nodes { id } } }` },
  // Members asked, and anyone holding the mailed link (signed out too): NOT_FOUND otherwise.
  survey: { access: 'public', doc: `{ survey(id: "${NOBODY}") { id } }` },
  mySurveys: { access: 'signed-in', doc: `{ mySurveys { id } }` },
  surveyTemplates: { access: ['moderator'], doc: `{ surveyTemplates { key } }` },
  surveyTouchpoints: { access: ['product', 'moderator'], doc: `{ surveyTouchpoints { id } }` },
  surveySettings: { access: ['moderator'], doc: `{ surveySettings { fatigueDays } }` },
  surveySegments: { access: ['product', 'moderator'], doc: `{ surveySegments { key } }` },
  createSurvey: { access: ['moderator'], doc: `mutation { createSurvey(input: {}) { id } }` },
  updateSurvey: {
    access: ['moderator'],
    doc: `mutation { updateSurvey(input: { id: "${NOBODY}", titleEn: "x" }) { id } }`,
  },
  publishSurvey: {
    access: ['moderator'],
    doc: `mutation { publishSurvey(id: "${NOBODY}") { id } }`,
  },
  closeSurvey: { access: ['moderator'], doc: `mutation { closeSurvey(id: "${NOBODY}") { id } }` },
  reopenSurvey: {
    access: ['moderator'],
    doc: `mutation { reopenSurvey(id: "${NOBODY}") { id } }`,
  },
  deleteSurvey: { access: ['moderator'], doc: `mutation { deleteSurvey(id: "${NOBODY}") }` },
  duplicateSurvey: {
    access: ['moderator'],
    doc: `mutation { duplicateSurvey(id: "${NOBODY}") { id } }`,
  },
  saveSurveyTouchpoints: {
    access: ['moderator'],
    doc: `mutation { saveSurveyTouchpoints(input: [{ key: "ads", labelJa: "", labelEn: "Ads" }]) { id } }`,
  },
  updateSurveySettings: {
    access: ['moderator'],
    doc: `mutation { updateSurveySettings(fatigueDays: 30) { fatigueDays } }`,
  },
  saveSurveyResponse: {
    access: 'public',
    doc: `mutation { saveSurveyResponse(input: { surveyId: "${NOBODY}", submit: false, answers: [] }) { id } }`,
  },
  surveyResults: {
    access: ['moderator', 'product'],
    doc: `{ surveyResults(surveyId: "${NOBODY}") { responses nps { score } } }`,
  },
  surveyTextAnswers: {
    access: ['moderator', 'product'],
    doc: `{ surveyTextAnswers(surveyId: "${NOBODY}", questionId: "${NOBODY}") { totalCount } }`,
  },
  npsComparison: {
    access: ['moderator', 'product'],
    doc: `{ npsComparison(surveyId: "${NOBODY}", a: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }, b: { from: "2026-02-01T00:00:00Z", to: "2026-03-01T00:00:00Z" }) { significant } }`,
  },
  customerValueSettings: {
    access: ['moderator', 'product'],
    doc: `{ customerValueSettings { marginRate } }`,
  },
  orderImports: { access: ['moderator', 'product'], doc: `{ orderImports { id } }` },
  orderImport: {
    access: ['moderator', 'product'],
    doc: `{ orderImport(id: "${NOBODY}") { id } }`,
  },
  loyaltyMatrix: { access: ['moderator', 'product'], doc: `{ loyaltyMatrix { customers } }` },
  rfmSummary: { access: ['moderator', 'product'], doc: `{ rfmSummary { customers } }` },
  customers: {
    access: ['moderator', 'product'],
    doc: `{ customers { totalCount nodes { key } } }`,
  },
  updateCustomerValueSettings: {
    access: ['admin'],
    doc: `mutation { updateCustomerValueSettings(input: { marginRate: 0.6, expectedYears: 3, costPerCustomer: 0 }) { marginRate } }`,
  },
  eraseCustomer: {
    access: ['admin'],
    doc: `mutation { eraseCustomer(customerId: "nobody-here") { ordersDeleted } }`,
  },
  setMemberCustomerId: {
    access: ['admin'],
    doc: `mutation { setMemberCustomerId(memberId: "${NOBODY}", customerId: "C-1") }`,
  },
  analyticsSettings: {
    access: ['product', 'moderator'],
    doc: `{ analyticsSettings { windowDays } }`,
  },
  updateAnalyticsSettings: {
    access: ['admin'],
    doc: `mutation { updateAnalyticsSettings(input: { windowDays: 90, halfLifeDays: 30, weights: [] }) { windowDays } }`,
  },
  analyticsRun: { access: ['product', 'moderator'], doc: `{ analyticsRun { id } }` },
  recomputeAnalytics: { access: ['moderator'], doc: `mutation { recomputeAnalytics { id } }` },
  engagement: { access: ['product', 'moderator'], doc: `{ engagement(limit: 1) { totalCount } }` },
  analyticsDashboard: {
    access: ['product', 'moderator'],
    doc: `{ analyticsDashboard(from: "2026-01-01", to: "2026-01-31") { membersTotal } }`,
  },
  loyaltyCriteriaSets: {
    access: ['product', 'moderator'],
    doc: `{ loyaltyCriteriaSets { id loyalCount } }`,
  },
  loyaltyPreview: {
    access: ['product', 'moderator'],
    doc: `{ loyaltyPreview(criteria: [{ metric: POSTS, op: GTE, value: "3" }]) { loyal } }`,
  },
  loyaltyCandidates: {
    access: ['product', 'moderator'],
    doc: `{ loyaltyCandidates(criteria: [{ metric: POSTS, op: GTE, value: "3" }], standing: CANDIDATE) { totalCount } }`,
  },
  churnRisks: { access: ['product', 'moderator'], doc: `{ churnRisks { totalCount } }` },
  member360: {
    access: ['product', 'moderator'],
    doc: `{ member360(memberId: "${NOBODY}") { member { id } } }`,
  },
  saveLoyaltyCriteriaSet: {
    access: ['moderator'],
    doc: `mutation { saveLoyaltyCriteriaSet(input: { name: "x", criteria: [{ metric: POSTS, op: GTE, value: "3" }] }) { id } }`,
  },
  deleteLoyaltyCriteriaSet: {
    access: ['moderator'],
    doc: `mutation { deleteLoyaltyCriteriaSet(id: "${NOBODY}") }`,
  },
  auditLog: { access: ['admin'], doc: `{ auditLog(first: 1) { nodes { id } } }` },
  flag: {
    access: 'signed-in',
    doc: `mutation { flag(input: { targetType: POST, targetId: "${NOBODY}", reason: SPAM }) }`,
  },
  reviewQueue: { access: ['moderator'], doc: `{ reviewQueue(first: 1) { nodes { id } } }` },
  reviewItem: { access: ['moderator'], doc: `{ reviewItem(id: "${NOBODY}") { id } }` },
  reviewQueueCount: { access: ['moderator'], doc: `{ reviewQueueCount }` },
  resolveReviewItem: {
    access: ['moderator'],
    doc: `mutation { resolveReviewItem(input: { itemId: "${NOBODY}", action: IGNORE }) { id } }`,
  },
  memberRecord: {
    access: ['moderator'],
    doc: `{ memberRecord(memberId: "${NOBODY}") { sanctions { id } } }`,
  },
  warnMember: {
    access: ['moderator'],
    doc: `mutation { warnMember(input: { memberId: "${NOBODY}", reason: "r", message: "m" }) { id } }`,
  },
  silenceMember: {
    access: ['moderator'],
    doc: `mutation { silenceMember(input: { memberId: "${NOBODY}", days: 1, reason: "r" }) { id } }`,
  },
  unsilenceMember: {
    access: ['moderator'],
    doc: `mutation { unsilenceMember(memberId: "${NOBODY}") { id } }`,
  },
  moderationSettings: { access: ['moderator'], doc: `{ moderationSettings { hideThreshold } }` },
  updateModerationSettings: {
    access: ['admin'],
    doc: `mutation { updateModerationSettings(input: {}) { hideThreshold } }`,
  },
  watchedWords: { access: ['moderator'], doc: `{ watchedWords { id } }` },
  addWatchedWord: {
    access: ['moderator'],
    doc: `mutation { addWatchedWord(input: { word: "", action: FLAG }) { id } }`,
  },
  removeWatchedWord: {
    access: ['moderator'],
    doc: `mutation { removeWatchedWord(id: "${NOBODY}") { id } }`,
  },
  messageMembers: {
    access: ['moderator'],
    doc: `mutation { messageMembers(memberIds: ["${NOBODY}"], subject: "件名", body: "本文") }`,
  },
};

/** Mutations only some staff role may call: each must leave an entry in the audit log. */
export const STAFF_MUTATIONS = Object.keys(RULES)
  .filter((op) => Array.isArray(RULES[op].access) && RULES[op].doc.startsWith('mutation'))
  .sort();
