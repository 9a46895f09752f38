/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChurnRisks($reason: ChurnReason, $offset: Int!, $limit: Int!) {\n    churnRisks(reason: $reason, offset: $offset, limit: $limit) {\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n        churnReasons\n        ltv\n        highLtv\n        npsClass\n        npsScore\n      }\n    }\n  }\n": typeof types.ChurnRisksDocument,
    "\n  mutation MessageMembers($memberIds: [ID!]!, $subject: String!, $body: String!) {\n    messageMembers(memberIds: $memberIds, subject: $subject, body: $body)\n  }\n": typeof types.MessageMembersDocument,
    "\n  fragment LoyaltyCriteriaSetFields on LoyaltyCriteriaSet {\n    id\n    name\n    criteria {\n      metric\n      op\n      value\n    }\n    loyalCount\n    candidateCount\n    updatedAt\n  }\n": typeof types.LoyaltyCriteriaSetFieldsFragmentDoc,
    "\n  query LoyaltyCriteriaSets {\n    loyaltyCriteriaSets {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n": typeof types.LoyaltyCriteriaSetsDocument,
    "\n  query CriteriaRanks {\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n  }\n": typeof types.CriteriaRanksDocument,
    "\n  query LoyaltyPreview($criteria: [CriterionInput!]!) {\n    loyaltyPreview(criteria: $criteria) {\n      loyal\n      candidates\n      perCriterion\n    }\n  }\n": typeof types.LoyaltyPreviewDocument,
    "\n  query LoyaltyCandidates(\n    $setId: ID\n    $criteria: [CriterionInput!]\n    $standing: LoyaltyStanding!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    loyaltyCandidates(\n      setId: $setId\n      criteria: $criteria\n      standing: $standing\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        met\n        of\n        lacking {\n          criterion {\n            metric\n            op\n            value\n          }\n          actual\n        }\n        member {\n          ...AnalyticsMemberFields\n        }\n        loyalty {\n          memberId\n          engagementScore\n          engagementTier\n        }\n      }\n    }\n  }\n": typeof types.LoyaltyCandidatesDocument,
    "\n  mutation SaveLoyaltyCriteriaSet($input: LoyaltyCriteriaSetInput!) {\n    saveLoyaltyCriteriaSet(input: $input) {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n": typeof types.SaveLoyaltyCriteriaSetDocument,
    "\n  mutation DeleteLoyaltyCriteriaSet($id: ID!) {\n    deleteLoyaltyCriteriaSet(id: $id)\n  }\n": typeof types.DeleteLoyaltyCriteriaSetDocument,
    "\n  fragment OrderImportFields on DataImport {\n    id\n    fileName\n    status\n    rowsRead\n    rowsImported\n    rowsUpdated\n    rowsUnchanged\n    rowsFailed\n    failure\n    createdAt\n    finishedAt\n    actor {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.OrderImportFieldsFragmentDoc,
    "\n  query OrderImportList {\n    orderImports(first: 20) {\n      ...OrderImportFields\n    }\n  }\n": typeof types.OrderImportListDocument,
    "\n  query OrderImportDetail($id: ID!) {\n    orderImport(id: $id) {\n      ...OrderImportFields\n      errors {\n        line\n        issue\n        column\n      }\n    }\n  }\n": typeof types.OrderImportDetailDocument,
    "\n  query MatrixPage($asOf: String) {\n    loyaltyMatrix(asOf: $asOf) {\n      asOf\n      customers\n      highLtvCutoff\n      cells {\n        cell\n        count\n        share\n        revenueInYear\n      }\n      revenueAtRiskDetractors\n      revenueAtRiskPassives\n    }\n    customerValueSettings {\n      highLtvThreshold\n    }\n  }\n": typeof types.MatrixPageDocument,
    "\n  query RfmPage($asOf: String) {\n    rfmSummary(asOf: $asOf) {\n      asOf\n      customers\n      revenue\n      topFifthRevenueShare\n      segments {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n      grid {\n        r\n        f\n        count\n      }\n    }\n  }\n": typeof types.RfmPageDocument,
    "\n  fragment CustomerRowFields on Customer {\n    key\n    customerId\n    email\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    orders\n    totalAmount\n    aov\n    purchasesPerYear\n    ltv\n    highLtv\n    recencyDays\n    lastOrderOn\n    r\n    f\n    m\n    rfmSegment\n    npsScore\n    npsClass\n    cell\n    revenueInYear\n  }\n": typeof types.CustomerRowFieldsFragmentDoc,
    "\n  query CustomerList(\n    $asOf: String\n    $cell: MatrixCell\n    $segment: RfmSegment\n    $search: String\n    $offset: Int\n    $limit: Int\n  ) {\n    customers(\n      asOf: $asOf\n      cell: $cell\n      segment: $segment\n      search: $search\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  mutation EraseCustomer($customerId: String!, $reason: String) {\n    eraseCustomer(customerId: $customerId, reason: $reason) {\n      ordersDeleted\n      responsesDeleted\n    }\n  }\n": typeof types.EraseCustomerDocument,
    "\n  query AnalyticsZone {\n    community {\n      timezone\n    }\n  }\n": typeof types.AnalyticsZoneDocument,
    "\n  fragment AnalyticsRunFields on AnalyticsRun {\n    id\n    kind\n    status\n    progress\n    asOf\n    startedAt\n    finishedAt\n    error\n  }\n": typeof types.AnalyticsRunFieldsFragmentDoc,
    "\n  query AnalyticsDashboard($from: String!, $to: String!, $spaceId: ID) {\n    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {\n      from\n      to\n      timeZone\n      computedAt\n      membersTotal\n      membersNew\n      stickiness\n      activity {\n        day\n        dau\n        wau\n        mau\n        posts\n        comments\n      }\n      questions {\n        asked\n        answered\n        answeredShare\n        medianFirstAnswerMinutes\n      }\n      events {\n        seats\n        attended\n        noShows\n        attendanceRate\n        noShowRate\n      }\n      npsTrend {\n        period\n        nps\n        responses\n      }\n      tiers {\n        tier\n        count\n      }\n      tierFlow {\n        month\n        from\n        to\n        count\n      }\n      cohorts {\n        month\n        size\n        retained\n      }\n      topContributors {\n        ...AnalyticsLoyaltyRowFields\n      }\n      matrix {\n        asOf\n        customers\n        highLtvCutoff\n        cells {\n          cell\n          count\n          share\n          revenueInYear\n        }\n        revenueAtRiskDetractors\n        revenueAtRiskPassives\n      }\n      rfm {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n    }\n  }\n": typeof types.AnalyticsDashboardDocument,
    "\n  query AnalyticsSpaces {\n    spaces(first: 100) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n": typeof types.AnalyticsSpacesDocument,
    "\n  query AnalyticsRun {\n    analyticsRun {\n      ...AnalyticsRunFields\n    }\n  }\n": typeof types.AnalyticsRunDocument,
    "\n  mutation RecomputeAnalytics {\n    recomputeAnalytics {\n      ...AnalyticsRunFields\n    }\n  }\n": typeof types.RecomputeAnalyticsDocument,
    "\n  fragment AnalyticsMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n  }\n": typeof types.AnalyticsMemberFieldsFragmentDoc,
    "\n  fragment AnalyticsLoyaltyRowFields on MemberLoyalty {\n    memberId\n    asOf\n    engagementScore\n    engagementTier\n    previousScore\n    trend\n    why {\n      action\n      count\n      points\n    }\n    activeDays90\n    lastActiveOn\n    member {\n      ...AnalyticsMemberFields\n    }\n  }\n": typeof types.AnalyticsLoyaltyRowFieldsFragmentDoc,
    "\n  query EngagementPage($tier: EngagementTier, $offset: Int!, $limit: Int!) {\n    analyticsSettings {\n      windowDays\n      halfLifeDays\n    }\n    engagement(tier: $tier, offset: $offset, limit: $limit) {\n      distribution {\n        tier\n        count\n      }\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n      }\n    }\n  }\n": typeof types.EngagementPageDocument,
    "\n  query Member360Page($memberId: ID!) {\n    member360(memberId: $memberId) {\n      member {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        joinedAt\n        rank {\n          id\n          position\n          nameJa\n          nameEn\n          color\n          icon\n        }\n      }\n      loyalty {\n        asOf\n        engagementScore\n        engagementTier\n        previousScore\n        trend\n        why {\n          action\n          count\n          points\n        }\n        activeDays90\n        lastActiveOn\n        posts\n        bestAnswers\n        eventsAttended\n        membershipDays\n        matrixCell\n        churnReasons\n      }\n      customer {\n        ...CustomerRowFields\n      }\n      orders {\n        orderId\n        orderedAt\n        amount\n      }\n      npsHistory {\n        surveyId\n        surveyTitle\n        score\n        npsClass\n        answeredAt\n        imported\n      }\n      segments {\n        setId\n        name\n        standing\n      }\n      timeline {\n        at\n        action\n        subjectType\n        subjectId\n        title\n        points\n      }\n    }\n  }\n": typeof types.Member360PageDocument,
    "\n  mutation SetMemberCustomerId($memberId: ID!, $customerId: String) {\n    setMemberCustomerId(memberId: $memberId, customerId: $customerId)\n  }\n": typeof types.SetMemberCustomerIdDocument,
    "\n  fragment CustomerValueSettingsFields on CustomerValueSettings {\n    marginRate\n    expectedYears\n    costPerCustomer\n    highLtvThreshold\n    updatedAt\n  }\n": typeof types.CustomerValueSettingsFieldsFragmentDoc,
    "\n  query CustomerValueSettingsPage {\n    customerValueSettings {\n      ...CustomerValueSettingsFields\n    }\n  }\n": typeof types.CustomerValueSettingsPageDocument,
    "\n  mutation UpdateCustomerValueSettings($input: CustomerValueSettingsInput!) {\n    updateCustomerValueSettings(input: $input) {\n      ...CustomerValueSettingsFields\n    }\n  }\n": typeof types.UpdateCustomerValueSettingsDocument,
    "\n  fragment EngagementSettingsFields on AnalyticsSettings {\n    windowDays\n    halfLifeDays\n    weights {\n      action\n      weight\n      defaultWeight\n    }\n    updatedAt\n  }\n": typeof types.EngagementSettingsFieldsFragmentDoc,
    "\n  query EngagementSettingsPage {\n    analyticsSettings {\n      ...EngagementSettingsFields\n    }\n  }\n": typeof types.EngagementSettingsPageDocument,
    "\n  mutation UpdateEngagementSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...EngagementSettingsFields\n    }\n  }\n": typeof types.UpdateEngagementSettingsDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      email\n      role\n      status\n      locale\n      timezone\n      joinedAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      handle\n      displayName\n      locale\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      pendingApproval\n      member {\n        id\n        handle\n        displayName\n        locale\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment BadgeFields on Badge {\n    id\n    key\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    criterion\n    threshold\n    enabled\n    position\n  }\n": typeof types.BadgeFieldsFragmentDoc,
    "\n  query Badges($includeDisabled: Boolean!) {\n    badges(includeDisabled: $includeDisabled) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n": typeof types.BadgesDocument,
    "\n  query Badge($key: String!, $first: Int!, $after: String) {\n    badge(key: $key) {\n      ...BadgeFields\n      holderCount\n      holders(first: $first, after: $after) {\n        nodes {\n          grantedAt\n          reason\n          member {\n            id\n            handle\n            displayName\n            avatarUrl\n            rank {\n              ...RankChipFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.BadgeDocument,
    "\n  query MemberBadges($handle: String!) {\n    member(handle: $handle) {\n      id\n      badges {\n        grantedAt\n        reason\n        badge {\n          ...BadgeFields\n        }\n      }\n    }\n  }\n": typeof types.MemberBadgesDocument,
    "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n": typeof types.CreateBadgeDocument,
    "\n  mutation UpdateBadge($input: UpdateBadgeInput!) {\n    updateBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n": typeof types.UpdateBadgeDocument,
    "\n  mutation AwardBadge($input: BadgeGrantInput!) {\n    awardBadge(input: $input) {\n      grantedAt\n      reason\n      badge {\n        id\n      }\n    }\n  }\n": typeof types.AwardBadgeDocument,
    "\n  mutation RevokeBadge($input: BadgeGrantInput!) {\n    revokeBadge(input: $input) {\n      revokedAt\n      badge {\n        id\n      }\n    }\n  }\n": typeof types.RevokeBadgeDocument,
    "\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": typeof types.UpdateCommunityDocument,
    "\n  query Invites($first: Int!, $after: String) {\n    invites(first: $first, after: $after) {\n      nodes {\n        id\n        code\n        note\n        status\n        uses\n        maxUses\n        expiresAt\n        revokedAt\n        createdAt\n        createdBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      id\n      code\n      note\n      status\n      uses\n      maxUses\n      expiresAt\n      revokedAt\n      createdAt\n    }\n  }\n": typeof types.CreateInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.RevokeInviteDocument,
    "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    capacity\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    minRankPosition\n    viewerCanRegister\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n    }\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  query Events(\n    $filter: EventListFilter!\n    $first: Int!\n    $after: String\n    $spaceId: ID\n    $kind: EventKind\n  ) {\n    events(filter: $filter, first: $first, after: $after, spaceId: $spaceId, kind: $kind) {\n      nodes {\n        ...EventCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  fragment EventViewerFields on Event {\n    id\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    joinUrl\n    viewerCanRegister\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n      offeredUntil\n      respondedAt\n    }\n    viewerTicket {\n      code\n      checkedInAt\n    }\n  }\n": typeof types.EventViewerFieldsFragmentDoc,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      ...EventViewerFields\n      descriptionHtml\n      venueAddress\n      mapUrl\n      rsvpDeadline\n      guestsAllowed\n      calendarFileUrl\n      googleCalendarUrl\n      coverUrl\n      discussion {\n        id\n        commentCount\n        lockedAt\n      }\n      series {\n        id\n        startsAt\n        status\n      }\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventViewer($id: ID!) {\n    event(id: $id) {\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.EventViewerDocument,
    "\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) {\n      ...EventCardFields\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  fragment StaffEventFields on Event {\n    id\n    title\n    status\n    kind\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    seatsTaken\n    waitlistCount\n    attendance {\n      going\n      checkedIn\n      noShows\n      noShowRate\n    }\n    attendeesCsvUrl\n    venueName\n    space {\n      id\n      nameJa\n      nameEn\n      icon\n    }\n  }\n": typeof types.StaffEventFieldsFragmentDoc,
    "\n  query StaffEvents($filter: EventListFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...StaffEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffEventsDocument,
    "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      ...StaffEventFields\n      description\n      venueAddress\n      mapUrl\n      joinUrl\n      rsvpDeadline\n      guestsAllowed\n      minRankPosition\n      roles\n      claimHours\n      coverUrl\n    }\n  }\n": typeof types.StaffEventDocument,
    "\n  query EventFormOptions($first: Int!) {\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n    }\n    spaces(first: $first) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n": typeof types.EventFormOptionsDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation DuplicateEvent($id: ID!) {\n    duplicateEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": typeof types.DuplicateEventDocument,
    "\n  fragment AttendeeFields on EventAttendee {\n    status\n    guests\n    respondedAt\n    checkedInAt\n    waitlistPosition\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        id\n        position\n        nameJa\n        nameEn\n      }\n    }\n  }\n": typeof types.AttendeeFieldsFragmentDoc,
    "\n  query EventAttendees(\n    $eventId: ID!\n    $status: RsvpStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    eventAttendees(\n      eventId: $eventId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...AttendeeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventAttendeesDocument,
    "\n  mutation CheckInAttendee($input: CheckInInput!) {\n    checkInAttendee(input: $input) {\n      ...AttendeeFields\n    }\n  }\n": typeof types.CheckInAttendeeDocument,
    "\n  mutation UndoCheckIn($input: UndoCheckInInput!) {\n    undoCheckIn(input: $input) {\n      ...AttendeeFields\n    }\n  }\n": typeof types.UndoCheckInDocument,
    "\n  mutation MessageEventAttendees($input: MessageAttendeesInput!) {\n    messageEventAttendees(input: $input)\n  }\n": typeof types.MessageEventAttendeesDocument,
    "\n  fragment FeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    requiresApproval\n    voteBudget\n    ideaCount\n    viewerCanPost\n    viewerCanVote\n    viewerOpenVotes\n  }\n": typeof types.FeedbackBoardFieldsFragmentDoc,
    "\n  query FeedbackBoards {\n    feedbackBoards {\n      ...FeedbackBoardFields\n      position\n    }\n  }\n": typeof types.FeedbackBoardsDocument,
    "\n  query FeedbackBoard($slug: String!) {\n    feedbackBoard(slug: $slug) {\n      ...FeedbackBoardFields\n    }\n  }\n": typeof types.FeedbackBoardDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    status\n    statusChangedAt\n    approval\n    voteCount\n    followerCount\n    viewerVoted\n    viewerFollows\n    tags\n    createdAt\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    board {\n      id\n      slug\n      nameJa\n      nameEn\n      viewerCanVote\n    }\n    post {\n      id\n      commentCount\n    }\n  }\n": typeof types.IdeaCardFieldsFragmentDoc,
    "\n  query Ideas(\n    $boardId: ID\n    $status: [IdeaStatus!]\n    $tag: String\n    $sort: IdeaSort\n    $minVoterRankPosition: Int\n    $approval: IdeaApproval\n    $first: Int\n    $after: String\n  ) {\n    ideas(\n      boardId: $boardId\n      status: $status\n      tag: $tag\n      sort: $sort\n      minVoterRankPosition: $minVoterRankPosition\n      approval: $approval\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...IdeaCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n      viewerFlagged\n      hiddenFromRoadmap\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n      post {\n        id\n        commentCount\n        lockedAt\n        reactions {\n          ...ReactionFields\n        }\n      }\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  query SimilarIdeas($boardId: ID, $title: String!) {\n    similarIdeas(boardId: $boardId, title: $title) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  query Roadmap {\n    roadmap {\n      planned {\n        ...IdeaCardFields\n      }\n      inProgress {\n        ...IdeaCardFields\n      }\n      released {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  fragment ChangelogEntryFields on ChangelogEntry {\n    id\n    title\n    body\n    bodyHtml\n    releasedOn\n    publishedAt\n    ideas {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ChangelogEntryFieldsFragmentDoc,
    "\n  query Changelog($first: Int, $after: String, $drafts: Boolean) {\n    changelog(first: $first, after: $after, drafts: $drafts) {\n      nodes {\n        ...ChangelogEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChangelogDocument,
    "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.SubmitIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation VoteIdea($input: VoteIdeaInput!) {\n    voteIdea(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerVoted\n      viewerFollows\n    }\n  }\n": typeof types.VoteIdeaDocument,
    "\n  mutation FollowIdea($input: FollowIdeaInput!) {\n    followIdea(input: $input) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.FollowIdeaDocument,
    "\n  query PendingIdeaCount {\n    ideas(approval: PENDING, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PendingIdeaCountDocument,
    "\n  query IdeaDemand($id: ID!) {\n    idea(id: $id) {\n      id\n      voteCount\n      hiddenFromRoadmap\n      demand {\n        byRank {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        byEngagement {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        bySegment {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        ltvSum\n        topRankVotes\n        recentVotes\n        loyalDemand\n      }\n    }\n  }\n": typeof types.IdeaDemandDocument,
    "\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      id\n      approval\n      status\n    }\n  }\n": typeof types.ReviewIdeaDocument,
    "\n  mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ChangeIdeaStatusDocument,
    "\n  mutation AnswerIdea($input: AnswerIdeaInput!) {\n    answerIdea(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AnswerIdeaDocument,
    "\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      voteCount\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n    }\n  }\n": typeof types.MergeIdeaDocument,
    "\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n      voteCount\n      mergedInto {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.UnmergeIdeaDocument,
    "\n  mutation SetIdeaRoadmapVisibility($input: IdeaRoadmapInput!) {\n    setIdeaRoadmapVisibility(input: $input) {\n      id\n      hiddenFromRoadmap\n    }\n  }\n": typeof types.SetIdeaRoadmapVisibilityDocument,
    "\n  fragment StaffFeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    postRoles\n    voteRoles\n    minPostRankPosition\n    minVoteRankPosition\n    requiresApproval\n    voteBudget\n    position\n    ideaCount\n  }\n": typeof types.StaffFeedbackBoardFieldsFragmentDoc,
    "\n  query StaffFeedbackBoards {\n    feedbackBoards {\n      ...StaffFeedbackBoardFields\n    }\n  }\n": typeof types.StaffFeedbackBoardsDocument,
    "\n  mutation CreateFeedbackBoard($input: FeedbackBoardInput!) {\n    createFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n": typeof types.CreateFeedbackBoardDocument,
    "\n  mutation UpdateFeedbackBoard($input: UpdateFeedbackBoardInput!) {\n    updateFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n": typeof types.UpdateFeedbackBoardDocument,
    "\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n": typeof types.CreateChangelogEntryDocument,
    "\n  mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n": typeof types.UpdateChangelogEntryDocument,
    "\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n": typeof types.PublishChangelogEntryDocument,
    "\n  mutation DeleteChangelogEntry($id: ID!) {\n    deleteChangelogEntry(id: $id)\n  }\n": typeof types.DeleteChangelogEntryDocument,
    "\n  query ChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n": typeof types.ChangelogEntryDocument,
    "\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input)\n  }\n": typeof types.FlagDocument,
    "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n      viewerFlagged\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n        rank {\n          ...RankChipFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      locale\n      timezone\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetRole($memberId: ID!, $role: Role!) {\n    setRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation RestoreMember($memberId: ID!) {\n    restoreMember(memberId: $memberId) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": typeof types.RestoreMemberDocument,
    "\n  mutation ApproveMember($memberId: ID!) {\n    approveMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveMemberDocument,
    "\n  mutation RejectMember($memberId: ID!) {\n    rejectMember(memberId: $memberId)\n  }\n": typeof types.RejectMemberDocument,
    "\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n": typeof types.PendingApprovalCountDocument,
    "\n  fragment MissionFields on Mission {\n    id\n    kind\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    startsAt\n    endsAt\n    rewardPoints\n    rewardBadge {\n      id\n      key\n      nameJa\n      nameEn\n      icon\n    }\n    completed\n    completedAt\n    steps {\n      action\n      count\n      spaceId\n      progress\n      done\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n      }\n    }\n  }\n": typeof types.MissionFieldsFragmentDoc,
    "\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n": typeof types.MissionsDocument,
    "\n  query MissionsAdmin($includeArchived: Boolean!) {\n    missionsAdmin(includeArchived: $includeArchived) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n": typeof types.MissionsAdminDocument,
    "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n": typeof types.CreateMissionDocument,
    "\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n": typeof types.UpdateMissionDocument,
    "\n  mutation ArchiveMission($id: ID!) {\n    archiveMission(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveMissionDocument,
    "\n  fragment ReviewMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    status\n    joinedAt\n  }\n": typeof types.ReviewMemberFieldsFragmentDoc,
    "\n  fragment SanctionFields on Sanction {\n    id\n    kind\n    reason\n    message\n    endsAt\n    createdAt\n    createdBy {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.SanctionFieldsFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    id\n    targetType\n    targetId\n    status\n    source\n    detail\n    score\n    flagCount\n    hiddenByReview\n    createdAt\n    updatedAt\n    resolvedAt\n    resolution\n    resolvedBy {\n      id\n      handle\n      displayName\n    }\n    content {\n      label\n      excerpt\n      path\n      hidden\n      deleted\n      createdAt\n    }\n    author {\n      ...ReviewMemberFields\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      flaggerAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n": typeof types.ReviewItemFieldsFragmentDoc,
    "\n  query ReviewQueue(\n    $status: ReviewStatus!\n    $targetType: ReviewTargetType\n    $source: ReviewSource\n    $reason: FlagReason\n    $first: Int!\n    $after: String\n  ) {\n    reviewQueue(\n      status: $status\n      targetType: $targetType\n      source: $source\n      reason: $reason\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...ReviewItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewAuthorHistory($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      authorHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      authorSanctions {\n        ...SanctionFields\n      }\n    }\n  }\n": typeof types.ReviewAuthorHistoryDocument,
    "\n  query ReviewQueueCount {\n    reviewQueueCount\n  }\n": typeof types.ReviewQueueCountDocument,
    "\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n      hiddenByReview\n    }\n  }\n": typeof types.ResolveReviewItemDocument,
    "\n  query MemberRecord($memberId: ID!) {\n    memberRecord(memberId: $memberId) {\n      member {\n        ...ReviewMemberFields\n        email\n        suspendedAt\n        suspensionReason\n      }\n      suspendedUntil\n      silencedUntil\n      silenceReason\n      sanctions {\n        ...SanctionFields\n      }\n      reviewHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      flagAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n": typeof types.MemberRecordDocument,
    "\n  mutation WarnMember($input: WarnMemberInput!) {\n    warnMember(input: $input) {\n      ...SanctionFields\n    }\n  }\n": typeof types.WarnMemberDocument,
    "\n  mutation SilenceMember($input: SilenceMemberInput!) {\n    silenceMember(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SilenceMemberDocument,
    "\n  mutation UnsilenceMember($memberId: ID!) {\n    unsilenceMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.UnsilenceMemberDocument,
    "\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagMinRank\n    flagsPerHour\n    hideThreshold\n    newMemberDays\n    trustedRank\n    newMemberMaxLinks\n    newMemberMaxImages\n    newMemberMaxMentions\n    holdNewMemberLinks\n  }\n": typeof types.ModerationSettingsFieldsFragmentDoc,
    "\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n": typeof types.ModerationSettingsDocument,
    "\n  mutation UpdateModerationSettings($input: ModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n": typeof types.UpdateModerationSettingsDocument,
    "\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n": typeof types.WatchedWordsDocument,
    "\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n": typeof types.AddWatchedWordDocument,
    "\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) {\n      id\n      word\n    }\n  }\n": typeof types.RemoveWatchedWordDocument,
    "\n  query AuditLog(\n    $actorId: ID\n    $action: String\n    $targetType: String\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      actorId: $actorId\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        actorRole\n        ip\n        action\n        targetType\n        targetId\n        targetLabel\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActorSearch($search: String!) {\n    members(first: 10, search: $search) {\n      nodes {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AuditActorSearchDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    actorCount\n    actors {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    post {\n      id\n      title\n    }\n    commentId\n    subject {\n      type\n      id\n    }\n    params {\n      message\n      title\n      years\n      points\n      position\n      hours\n      nameJa\n      nameEn\n      icon\n      into\n      path\n    }\n    read\n    createdAt\n    updatedAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query NotificationUnreadCount {\n    notificationUnreadCount\n  }\n": typeof types.NotificationUnreadCountDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation SendMemberMessage($input: SendMemberMessageInput!) {\n    sendMemberMessage(input: $input)\n  }\n": typeof types.SendMemberMessageDocument,
    "\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationDocument,
    "\n  fragment RankChipFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n  }\n": typeof types.RankChipFieldsFragmentDoc,
    "\n  fragment RankFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n    threshold\n    minActiveDays\n    minBestAnswers\n    perksJa\n    perksEn\n  }\n": typeof types.RankFieldsFragmentDoc,
    "\n  fragment StandingFields on Standing {\n    balance\n    lifetime\n    posts\n    comments\n    bestAnswers\n    reactionsReceived\n    eventsAttended\n    activeDays\n    currentStreak\n    bestStreak\n    rank {\n      ...RankFields\n    }\n    nextRank {\n      ...RankFields\n    }\n  }\n": typeof types.StandingFieldsFragmentDoc,
    "\n  query MemberStanding($handle: String!) {\n    member(handle: $handle) {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n": typeof types.MemberStandingDocument,
    "\n  query MyStanding {\n    me {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n": typeof types.MyStandingDocument,
    "\n  query PointHistory($handle: String!, $first: Int!, $after: String) {\n    pointHistory(handle: $handle, first: $first, after: $after) {\n      nodes {\n        id\n        rule\n        points\n        reversal\n        reason\n        createdAt\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PointHistoryDocument,
    "\n  query Ranks {\n    ranks {\n      ...RankFields\n    }\n  }\n": typeof types.RanksDocument,
    "\n  mutation UpdateRanks($ranks: [RankInput!]!) {\n    updateRanks(ranks: $ranks) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n": typeof types.UpdateRanksDocument,
    "\n  query JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n": typeof types.JobProgressDocument,
    "\n  query PointRules {\n    pointRules {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n": typeof types.PointRulesDocument,
    "\n  mutation UpdatePointRules($rules: [PointRuleInput!]!) {\n    updatePointRules(rules: $rules) {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n": typeof types.UpdatePointRulesDocument,
    "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      ...StandingFields\n    }\n  }\n": typeof types.AdjustPointsDocument,
    "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n": typeof types.LeaderboardEntryFieldsFragmentDoc,
    "\n  query Leaderboard($period: LeaderboardPeriod!, $first: Int!, $after: String) {\n    leaderboard(period: $period) {\n      period\n      startsOn\n      refreshedAt\n      memberCount\n      viewer {\n        ...LeaderboardEntryFields\n      }\n      entries(first: $first, after: $after) {\n        nodes {\n          ...LeaderboardEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  fragment ReactionFields on ReactionCount {\n    kind\n    emoji\n    count\n    viewerReacted\n  }\n": typeof types.ReactionFieldsFragmentDoc,
    "\n  fragment AuthorFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    rank {\n      ...RankChipFields\n    }\n  }\n": typeof types.AuthorFieldsFragmentDoc,
    "\n  fragment PostCardFields on Post {\n    id\n    kind\n    title\n    excerpt\n    thumbnailUrl\n    tags\n    createdAt\n    lastActivityAt\n    editedAt\n    pinnedAt\n    lockedAt\n    hiddenAt\n    solved\n    commentCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n  }\n": typeof types.PostCardFieldsFragmentDoc,
    "\n  query Posts(\n    $first: Int!\n    $after: String\n    $sort: FeedSort!\n    $spaceSlug: String\n    $authorHandle: String\n    $tag: String\n    $kind: PostKind\n    $solved: Boolean\n    $pinned: Boolean\n  ) {\n    posts(\n      first: $first\n      after: $after\n      sort: $sort\n      spaceSlug: $spaceSlug\n      authorHandle: $authorHandle\n      tag: $tag\n      kind: $kind\n      solved: $solved\n      pinned: $pinned\n    ) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    viewerCanEdit\n    viewerFlagged\n    replyCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCardFields\n      body\n      bodyHtml\n      revision\n      viewCount\n      viewerCanEdit\n      viewerFlagged\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.PostDocument,
    "\n  query PostComments($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 3) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostCommentsDocument,
    "\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      hiddenAt\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revision\n      excerpt\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      pinnedAt\n      lockedAt\n      hiddenAt\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation SetBestAnswer($postId: ID!, $commentId: ID) {\n    setBestAnswer(postId: $postId, commentId: $commentId) {\n      id\n      solved\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.SetBestAnswerDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation SetReaction($input: SetReactionInput!) {\n    setReaction(input: $input) {\n      targetId\n      targetType\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n": typeof types.SetReactionDocument,
    "\n  query WhoReacted($targetType: ReactionTarget!, $targetId: ID!, $kind: String!, $first: Int!) {\n    whoReacted(targetType: $targetType, targetId: $targetId, kind: $kind, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WhoReactedDocument,
    "\n  query PostRevisions($postId: ID!, $first: Int!) {\n    postRevisions(postId: $postId, first: $first) {\n      nodes {\n        id\n        revision\n        title\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PostRevisionsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.PreviewMarkdownDocument,
    "\n  query MentionCandidates($prefix: String!, $first: Int!) {\n    mentionCandidates(prefix: $prefix, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query MemberComments($handle: String!, $first: Int!, $after: String) {\n    memberComments(handle: $handle, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MemberCommentsDocument,
    "\n  query EditPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      body\n      tags\n      viewerCanEdit\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n      }\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  query ReactionKinds {\n    reactionKinds {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n": typeof types.ReactionKindsDocument,
    "\n  mutation UpdateReactionKinds($kinds: [ReactionKindInput!]!) {\n    updateReactionKinds(kinds: $kinds) {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n": typeof types.UpdateReactionKindsDocument,
    "\n  fragment CommentReactionFields on Comment {\n    id\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n  }\n": typeof types.CommentReactionFieldsFragmentDoc,
    "\n  query PostCommentReactions($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentReactionFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostCommentReactionsDocument,
    "\n  query CommentRepliesReactions($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentReactionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommentRepliesReactionsDocument,
    "\n  fragment CommentParent on Comment {\n    id\n    parentId\n  }\n": typeof types.CommentParentFragmentDoc,
    "\n  query Search(\n    $query: String!\n    $first: Int!\n    $after: String\n    $spaceSlug: String\n    $kind: PostKind\n    $solved: Boolean\n    $authorHandle: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      spaceSlug: $spaceSlug\n      kind: $kind\n      solved: $solved\n      authorHandle: $authorHandle\n      from: $from\n      to: $to\n    ) {\n      nodes {\n        type\n        score\n        snippetHtml\n        comment {\n          id\n          createdAt\n          author {\n            ...AuthorFields\n          }\n        }\n        post {\n          id\n          title\n          kind\n          solved\n          createdAt\n          author {\n            ...AuthorFields\n          }\n          space {\n            id\n            slug\n            nameJa\n            nameEn\n            icon\n            color\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment SpaceFields on Space {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    color\n    position\n    archivedAt\n    viewerCanPost\n  }\n": typeof types.SpaceFieldsFragmentDoc,
    "\n  query Spaces($first: Int!, $after: String) {\n    spaces(first: $first, after: $after) {\n      nodes {\n        ...SpaceFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      ...SpaceFields\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.SpaceDocument,
    "\n  mutation FollowSpace($spaceId: ID!, $follow: Boolean!) {\n    followSpace(spaceId: $spaceId, follow: $follow) {\n      __typename\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.FollowSpaceDocument,
    "\n  query SpacesAdmin($first: Int!) {\n    spaces(first: $first) {\n      nodes {\n        ...SpaceFields\n        postRoles\n        viewRoles\n        minRankPosition\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpacesAdminDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  mutation ReorderSpaces($ids: [ID!]!) {\n    reorderSpaces(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderSpacesDocument,
    "\n  query MemberAttitude($handle: String!) {\n    member(handle: $handle) {\n      id\n      attitude {\n        npsClass\n        npsScore\n        measuredAt\n      }\n    }\n  }\n": typeof types.MemberAttitudeDocument,
    "\n  query MySurveys {\n    mySurveys {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      closesAt\n      questions {\n        id\n        type\n        promptJa\n        promptEn\n      }\n    }\n  }\n": typeof types.MySurveysDocument,
    "\n  mutation SaveSurveyScore($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      id\n      submitted\n    }\n  }\n": typeof types.SaveSurveyScoreDocument,
    "\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    position\n    type\n    required\n    promptJa\n    promptEn\n    withReason\n    choices {\n      key\n      labelJa\n      labelEn\n    }\n    touchpoints {\n      id\n      key\n      labelJa\n      labelEn\n      position\n    }\n  }\n": typeof types.SurveyQuestionFieldsFragmentDoc,
    "\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    submitted\n    answeredAt\n    updatedAt\n    answers {\n      questionId\n      score\n      choiceKeys\n      text\n      touchpoints {\n        touchpointId\n        influence\n      }\n    }\n  }\n": typeof types.SurveyResponseFieldsFragmentDoc,
    "\n  query AnswerSurvey($id: ID!, $token: String) {\n    survey(id: $id, token: $token) {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      status\n      opensAt\n      closesAt\n      anonymous\n      viewerAsked\n      questions {\n        ...SurveyQuestionFields\n      }\n      myResponse {\n        ...SurveyResponseFields\n      }\n    }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n": typeof types.SaveSurveyResponseDocument,
    "\n  query SurveyPoints {\n    pointRules {\n      key\n      points\n      enabled\n    }\n  }\n": typeof types.SurveyPointsDocument,
    "\n  query SurveyImportChoices {\n    surveys(first: 100) {\n      nodes {\n        id\n        titleJa\n        titleEn\n        status\n        questions {\n          id\n          type\n          touchpoints {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurveyImportChoicesDocument,
    "\n  fragment NpsSummaryFields on NpsSummary {\n    responses\n    promoters\n    passives\n    detractors\n    promoterShare\n    passiveShare\n    detractorShare\n    score\n    marginOfError\n    distribution\n    suppressed\n  }\n": typeof types.NpsSummaryFieldsFragmentDoc,
    "\n  fragment TouchpointStatsFields on TouchpointClassStats {\n    responses\n    mean\n    positiveShare\n    negativeShare\n    notApplicable\n  }\n": typeof types.TouchpointStatsFieldsFragmentDoc,
    "\n  query SurveyResultsPage(\n    $surveyId: ID!\n    $filter: SurveyResultsFilter\n    $period: SurveyTrendPeriod!\n  ) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      survey {\n        id\n        titleJa\n        titleEn\n        status\n        anonymous\n        opensAt\n        closesAt\n        responseCount\n      }\n      responses\n      partial\n      nps {\n        ...NpsSummaryFields\n      }\n      npsTrend(period: $period) {\n        periodStart\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsByRank {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsBySegment {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      questions {\n        answered\n        question {\n          id\n          position\n          type\n          promptJa\n          promptEn\n          withReason\n        }\n        nps {\n          ...NpsSummaryFields\n        }\n        scale {\n          responses\n          mean\n          distribution\n          satisfiedShare\n        }\n        choices {\n          key\n          labelJa\n          labelEn\n          count\n          share\n        }\n        touchpoints {\n          lift\n          touchpoint {\n            id\n            key\n            labelJa\n            labelEn\n          }\n          overall {\n            ...TouchpointStatsFields\n          }\n          promoters {\n            ...TouchpointStatsFields\n          }\n          passives {\n            ...TouchpointStatsFields\n          }\n          detractors {\n            ...TouchpointStatsFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurveyResultsPageDocument,
    "\n  query SurveySegmentChoices {\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n  }\n": typeof types.SurveySegmentChoicesDocument,
    "\n  query SurveyNpsComparison($surveyId: ID!, $a: DateRangeInput!, $b: DateRangeInput!) {\n    npsComparison(surveyId: $surveyId, a: $a, b: $b) {\n      a {\n        ...NpsSummaryFields\n      }\n      b {\n        ...NpsSummaryFields\n      }\n      delta\n      z\n      pValue\n      significant\n    }\n  }\n": typeof types.SurveyNpsComparisonDocument,
    "\n  query SurveyTextAnswerList(\n    $surveyId: ID!\n    $questionId: ID!\n    $search: String\n    $after: String\n    $first: Int\n    $filter: SurveyResultsFilter\n  ) {\n    surveyTextAnswers(\n      surveyId: $surveyId\n      questionId: $questionId\n      filter: $filter\n      search: $search\n      after: $after\n      first: $first\n    ) {\n      nodes {\n        responseId\n        text\n        answeredAt\n        npsScore\n        respondent {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SurveyTextAnswerListDocument,
    "\n  query SurveyResultsZone {\n    community {\n      timezone\n    }\n  }\n": typeof types.SurveyResultsZoneDocument,
    "\n  fragment StaffSurveyRow on Survey {\n    id\n    titleJa\n    titleEn\n    status\n    template\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    invitedCount\n    updatedAt\n    audience {\n      kind\n    }\n  }\n": typeof types.StaffSurveyRowFragmentDoc,
    "\n  query StaffSurveys($status: SurveyStatus, $first: Int!, $after: String) {\n    surveys(status: $status, first: $first, after: $after) {\n      nodes {\n        ...StaffSurveyRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.StaffSurveysDocument,
    "\n  query SurveyCounts {\n    all: surveys(first: 1) {\n      totalCount\n    }\n    draft: surveys(status: DRAFT, first: 1) {\n      totalCount\n    }\n    scheduled: surveys(status: SCHEDULED, first: 1) {\n      totalCount\n    }\n    open: surveys(status: OPEN, first: 1) {\n      totalCount\n    }\n    closed: surveys(status: CLOSED, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SurveyCountsDocument,
    "\n  mutation PublishSurvey($id: ID!, $opensAt: DateTime) {\n    publishSurvey(id: $id, opensAt: $opensAt) {\n      ...StaffSurveyRow\n    }\n  }\n": typeof types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  mutation ReopenSurvey($id: ID!, $closesAt: DateTime) {\n    reopenSurvey(id: $id, closesAt: $closesAt) {\n      ...StaffSurveyRow\n    }\n  }\n": typeof types.ReopenSurveyDocument,
    "\n  mutation DuplicateSurvey($id: ID!) {\n    duplicateSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n": typeof types.DuplicateSurveyDocument,
    "\n  mutation DeleteSurvey($id: ID!) {\n    deleteSurvey(id: $id)\n  }\n": typeof types.DeleteSurveyDocument,
    "\n  query SurveyTemplates {\n    surveyTemplates {\n      key\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n    }\n  }\n": typeof types.SurveyTemplatesDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  fragment SurveyTouchpointFields on SurveyTouchpoint {\n    id\n    key\n    labelJa\n    labelEn\n    position\n    archived\n  }\n": typeof types.SurveyTouchpointFieldsFragmentDoc,
    "\n  query SurveyTouchpoints($includeArchived: Boolean) {\n    surveyTouchpoints(includeArchived: $includeArchived) {\n      ...SurveyTouchpointFields\n    }\n  }\n": typeof types.SurveyTouchpointsDocument,
    "\n  mutation SaveSurveyTouchpoints($input: [SurveyTouchpointInput!]!) {\n    saveSurveyTouchpoints(input: $input) {\n      ...SurveyTouchpointFields\n    }\n  }\n": typeof types.SaveSurveyTouchpointsDocument,
    "\n  query SurveySettings {\n    surveySettings {\n      fatigueDays\n    }\n  }\n": typeof types.SurveySettingsDocument,
    "\n  mutation UpdateSurveySettings($fatigueDays: Int!) {\n    updateSurveySettings(fatigueDays: $fatigueDays) {\n      fatigueDays\n    }\n  }\n": typeof types.UpdateSurveySettingsDocument,
    "\n  fragment SurveyBuilderFields on Survey {\n    id\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    template\n    status\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    canEdit\n    updatedAt\n    audience {\n      kind\n      minRankPosition\n      roles\n      segment\n      hoursAfterEvent\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n  }\n": typeof types.SurveyBuilderFieldsFragmentDoc,
    "\n  query SurveyBuilder($id: ID!) {\n    survey(id: $id) {\n      ...SurveyBuilderFields\n    }\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n    surveyTouchpoints(includeArchived: true) {\n      ...SurveyTouchpointFields\n    }\n  }\n": typeof types.SurveyBuilderDocument,
    "\n  query SurveyEventOptions($first: Int!) {\n    past: events(filter: PAST, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    upcoming: events(filter: UPCOMING, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.SurveyEventOptionsDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyBuilderFields\n    }\n  }\n": typeof types.UpdateSurveyDocument,
};
const documents: Documents = {
    "\n  query ChurnRisks($reason: ChurnReason, $offset: Int!, $limit: Int!) {\n    churnRisks(reason: $reason, offset: $offset, limit: $limit) {\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n        churnReasons\n        ltv\n        highLtv\n        npsClass\n        npsScore\n      }\n    }\n  }\n": types.ChurnRisksDocument,
    "\n  mutation MessageMembers($memberIds: [ID!]!, $subject: String!, $body: String!) {\n    messageMembers(memberIds: $memberIds, subject: $subject, body: $body)\n  }\n": types.MessageMembersDocument,
    "\n  fragment LoyaltyCriteriaSetFields on LoyaltyCriteriaSet {\n    id\n    name\n    criteria {\n      metric\n      op\n      value\n    }\n    loyalCount\n    candidateCount\n    updatedAt\n  }\n": types.LoyaltyCriteriaSetFieldsFragmentDoc,
    "\n  query LoyaltyCriteriaSets {\n    loyaltyCriteriaSets {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n": types.LoyaltyCriteriaSetsDocument,
    "\n  query CriteriaRanks {\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n  }\n": types.CriteriaRanksDocument,
    "\n  query LoyaltyPreview($criteria: [CriterionInput!]!) {\n    loyaltyPreview(criteria: $criteria) {\n      loyal\n      candidates\n      perCriterion\n    }\n  }\n": types.LoyaltyPreviewDocument,
    "\n  query LoyaltyCandidates(\n    $setId: ID\n    $criteria: [CriterionInput!]\n    $standing: LoyaltyStanding!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    loyaltyCandidates(\n      setId: $setId\n      criteria: $criteria\n      standing: $standing\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        met\n        of\n        lacking {\n          criterion {\n            metric\n            op\n            value\n          }\n          actual\n        }\n        member {\n          ...AnalyticsMemberFields\n        }\n        loyalty {\n          memberId\n          engagementScore\n          engagementTier\n        }\n      }\n    }\n  }\n": types.LoyaltyCandidatesDocument,
    "\n  mutation SaveLoyaltyCriteriaSet($input: LoyaltyCriteriaSetInput!) {\n    saveLoyaltyCriteriaSet(input: $input) {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n": types.SaveLoyaltyCriteriaSetDocument,
    "\n  mutation DeleteLoyaltyCriteriaSet($id: ID!) {\n    deleteLoyaltyCriteriaSet(id: $id)\n  }\n": types.DeleteLoyaltyCriteriaSetDocument,
    "\n  fragment OrderImportFields on DataImport {\n    id\n    fileName\n    status\n    rowsRead\n    rowsImported\n    rowsUpdated\n    rowsUnchanged\n    rowsFailed\n    failure\n    createdAt\n    finishedAt\n    actor {\n      id\n      handle\n      displayName\n    }\n  }\n": types.OrderImportFieldsFragmentDoc,
    "\n  query OrderImportList {\n    orderImports(first: 20) {\n      ...OrderImportFields\n    }\n  }\n": types.OrderImportListDocument,
    "\n  query OrderImportDetail($id: ID!) {\n    orderImport(id: $id) {\n      ...OrderImportFields\n      errors {\n        line\n        issue\n        column\n      }\n    }\n  }\n": types.OrderImportDetailDocument,
    "\n  query MatrixPage($asOf: String) {\n    loyaltyMatrix(asOf: $asOf) {\n      asOf\n      customers\n      highLtvCutoff\n      cells {\n        cell\n        count\n        share\n        revenueInYear\n      }\n      revenueAtRiskDetractors\n      revenueAtRiskPassives\n    }\n    customerValueSettings {\n      highLtvThreshold\n    }\n  }\n": types.MatrixPageDocument,
    "\n  query RfmPage($asOf: String) {\n    rfmSummary(asOf: $asOf) {\n      asOf\n      customers\n      revenue\n      topFifthRevenueShare\n      segments {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n      grid {\n        r\n        f\n        count\n      }\n    }\n  }\n": types.RfmPageDocument,
    "\n  fragment CustomerRowFields on Customer {\n    key\n    customerId\n    email\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    orders\n    totalAmount\n    aov\n    purchasesPerYear\n    ltv\n    highLtv\n    recencyDays\n    lastOrderOn\n    r\n    f\n    m\n    rfmSegment\n    npsScore\n    npsClass\n    cell\n    revenueInYear\n  }\n": types.CustomerRowFieldsFragmentDoc,
    "\n  query CustomerList(\n    $asOf: String\n    $cell: MatrixCell\n    $segment: RfmSegment\n    $search: String\n    $offset: Int\n    $limit: Int\n  ) {\n    customers(\n      asOf: $asOf\n      cell: $cell\n      segment: $segment\n      search: $search\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  mutation EraseCustomer($customerId: String!, $reason: String) {\n    eraseCustomer(customerId: $customerId, reason: $reason) {\n      ordersDeleted\n      responsesDeleted\n    }\n  }\n": types.EraseCustomerDocument,
    "\n  query AnalyticsZone {\n    community {\n      timezone\n    }\n  }\n": types.AnalyticsZoneDocument,
    "\n  fragment AnalyticsRunFields on AnalyticsRun {\n    id\n    kind\n    status\n    progress\n    asOf\n    startedAt\n    finishedAt\n    error\n  }\n": types.AnalyticsRunFieldsFragmentDoc,
    "\n  query AnalyticsDashboard($from: String!, $to: String!, $spaceId: ID) {\n    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {\n      from\n      to\n      timeZone\n      computedAt\n      membersTotal\n      membersNew\n      stickiness\n      activity {\n        day\n        dau\n        wau\n        mau\n        posts\n        comments\n      }\n      questions {\n        asked\n        answered\n        answeredShare\n        medianFirstAnswerMinutes\n      }\n      events {\n        seats\n        attended\n        noShows\n        attendanceRate\n        noShowRate\n      }\n      npsTrend {\n        period\n        nps\n        responses\n      }\n      tiers {\n        tier\n        count\n      }\n      tierFlow {\n        month\n        from\n        to\n        count\n      }\n      cohorts {\n        month\n        size\n        retained\n      }\n      topContributors {\n        ...AnalyticsLoyaltyRowFields\n      }\n      matrix {\n        asOf\n        customers\n        highLtvCutoff\n        cells {\n          cell\n          count\n          share\n          revenueInYear\n        }\n        revenueAtRiskDetractors\n        revenueAtRiskPassives\n      }\n      rfm {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n    }\n  }\n": types.AnalyticsDashboardDocument,
    "\n  query AnalyticsSpaces {\n    spaces(first: 100) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n": types.AnalyticsSpacesDocument,
    "\n  query AnalyticsRun {\n    analyticsRun {\n      ...AnalyticsRunFields\n    }\n  }\n": types.AnalyticsRunDocument,
    "\n  mutation RecomputeAnalytics {\n    recomputeAnalytics {\n      ...AnalyticsRunFields\n    }\n  }\n": types.RecomputeAnalyticsDocument,
    "\n  fragment AnalyticsMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n  }\n": types.AnalyticsMemberFieldsFragmentDoc,
    "\n  fragment AnalyticsLoyaltyRowFields on MemberLoyalty {\n    memberId\n    asOf\n    engagementScore\n    engagementTier\n    previousScore\n    trend\n    why {\n      action\n      count\n      points\n    }\n    activeDays90\n    lastActiveOn\n    member {\n      ...AnalyticsMemberFields\n    }\n  }\n": types.AnalyticsLoyaltyRowFieldsFragmentDoc,
    "\n  query EngagementPage($tier: EngagementTier, $offset: Int!, $limit: Int!) {\n    analyticsSettings {\n      windowDays\n      halfLifeDays\n    }\n    engagement(tier: $tier, offset: $offset, limit: $limit) {\n      distribution {\n        tier\n        count\n      }\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n      }\n    }\n  }\n": types.EngagementPageDocument,
    "\n  query Member360Page($memberId: ID!) {\n    member360(memberId: $memberId) {\n      member {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        joinedAt\n        rank {\n          id\n          position\n          nameJa\n          nameEn\n          color\n          icon\n        }\n      }\n      loyalty {\n        asOf\n        engagementScore\n        engagementTier\n        previousScore\n        trend\n        why {\n          action\n          count\n          points\n        }\n        activeDays90\n        lastActiveOn\n        posts\n        bestAnswers\n        eventsAttended\n        membershipDays\n        matrixCell\n        churnReasons\n      }\n      customer {\n        ...CustomerRowFields\n      }\n      orders {\n        orderId\n        orderedAt\n        amount\n      }\n      npsHistory {\n        surveyId\n        surveyTitle\n        score\n        npsClass\n        answeredAt\n        imported\n      }\n      segments {\n        setId\n        name\n        standing\n      }\n      timeline {\n        at\n        action\n        subjectType\n        subjectId\n        title\n        points\n      }\n    }\n  }\n": types.Member360PageDocument,
    "\n  mutation SetMemberCustomerId($memberId: ID!, $customerId: String) {\n    setMemberCustomerId(memberId: $memberId, customerId: $customerId)\n  }\n": types.SetMemberCustomerIdDocument,
    "\n  fragment CustomerValueSettingsFields on CustomerValueSettings {\n    marginRate\n    expectedYears\n    costPerCustomer\n    highLtvThreshold\n    updatedAt\n  }\n": types.CustomerValueSettingsFieldsFragmentDoc,
    "\n  query CustomerValueSettingsPage {\n    customerValueSettings {\n      ...CustomerValueSettingsFields\n    }\n  }\n": types.CustomerValueSettingsPageDocument,
    "\n  mutation UpdateCustomerValueSettings($input: CustomerValueSettingsInput!) {\n    updateCustomerValueSettings(input: $input) {\n      ...CustomerValueSettingsFields\n    }\n  }\n": types.UpdateCustomerValueSettingsDocument,
    "\n  fragment EngagementSettingsFields on AnalyticsSettings {\n    windowDays\n    halfLifeDays\n    weights {\n      action\n      weight\n      defaultWeight\n    }\n    updatedAt\n  }\n": types.EngagementSettingsFieldsFragmentDoc,
    "\n  query EngagementSettingsPage {\n    analyticsSettings {\n      ...EngagementSettingsFields\n    }\n  }\n": types.EngagementSettingsPageDocument,
    "\n  mutation UpdateEngagementSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...EngagementSettingsFields\n    }\n  }\n": types.UpdateEngagementSettingsDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      email\n      role\n      status\n      locale\n      timezone\n      joinedAt\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      handle\n      displayName\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      pendingApproval\n      member {\n        id\n        handle\n        displayName\n        locale\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment BadgeFields on Badge {\n    id\n    key\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    criterion\n    threshold\n    enabled\n    position\n  }\n": types.BadgeFieldsFragmentDoc,
    "\n  query Badges($includeDisabled: Boolean!) {\n    badges(includeDisabled: $includeDisabled) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n": types.BadgesDocument,
    "\n  query Badge($key: String!, $first: Int!, $after: String) {\n    badge(key: $key) {\n      ...BadgeFields\n      holderCount\n      holders(first: $first, after: $after) {\n        nodes {\n          grantedAt\n          reason\n          member {\n            id\n            handle\n            displayName\n            avatarUrl\n            rank {\n              ...RankChipFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.BadgeDocument,
    "\n  query MemberBadges($handle: String!) {\n    member(handle: $handle) {\n      id\n      badges {\n        grantedAt\n        reason\n        badge {\n          ...BadgeFields\n        }\n      }\n    }\n  }\n": types.MemberBadgesDocument,
    "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n": types.CreateBadgeDocument,
    "\n  mutation UpdateBadge($input: UpdateBadgeInput!) {\n    updateBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n": types.UpdateBadgeDocument,
    "\n  mutation AwardBadge($input: BadgeGrantInput!) {\n    awardBadge(input: $input) {\n      grantedAt\n      reason\n      badge {\n        id\n      }\n    }\n  }\n": types.AwardBadgeDocument,
    "\n  mutation RevokeBadge($input: BadgeGrantInput!) {\n    revokeBadge(input: $input) {\n      revokedAt\n      badge {\n        id\n      }\n    }\n  }\n": types.RevokeBadgeDocument,
    "\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": types.CommunityDocument,
    "\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": types.UpdateCommunityDocument,
    "\n  query Invites($first: Int!, $after: String) {\n    invites(first: $first, after: $after) {\n      nodes {\n        id\n        code\n        note\n        status\n        uses\n        maxUses\n        expiresAt\n        revokedAt\n        createdAt\n        createdBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      id\n      code\n      note\n      status\n      uses\n      maxUses\n      expiresAt\n      revokedAt\n      createdAt\n    }\n  }\n": types.CreateInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.RevokeInviteDocument,
    "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DevMailboxDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    capacity\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    minRankPosition\n    viewerCanRegister\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n    }\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  query Events(\n    $filter: EventListFilter!\n    $first: Int!\n    $after: String\n    $spaceId: ID\n    $kind: EventKind\n  ) {\n    events(filter: $filter, first: $first, after: $after, spaceId: $spaceId, kind: $kind) {\n      nodes {\n        ...EventCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  fragment EventViewerFields on Event {\n    id\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    joinUrl\n    viewerCanRegister\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n      offeredUntil\n      respondedAt\n    }\n    viewerTicket {\n      code\n      checkedInAt\n    }\n  }\n": types.EventViewerFieldsFragmentDoc,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      ...EventViewerFields\n      descriptionHtml\n      venueAddress\n      mapUrl\n      rsvpDeadline\n      guestsAllowed\n      calendarFileUrl\n      googleCalendarUrl\n      coverUrl\n      discussion {\n        id\n        commentCount\n        lockedAt\n      }\n      series {\n        id\n        startsAt\n        status\n      }\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.EventDocument,
    "\n  query EventViewer($id: ID!) {\n    event(id: $id) {\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.EventViewerDocument,
    "\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) {\n      ...EventCardFields\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.RsvpEventDocument,
    "\n  fragment StaffEventFields on Event {\n    id\n    title\n    status\n    kind\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    seatsTaken\n    waitlistCount\n    attendance {\n      going\n      checkedIn\n      noShows\n      noShowRate\n    }\n    attendeesCsvUrl\n    venueName\n    space {\n      id\n      nameJa\n      nameEn\n      icon\n    }\n  }\n": types.StaffEventFieldsFragmentDoc,
    "\n  query StaffEvents($filter: EventListFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...StaffEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffEventsDocument,
    "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      ...StaffEventFields\n      description\n      venueAddress\n      mapUrl\n      joinUrl\n      rsvpDeadline\n      guestsAllowed\n      minRankPosition\n      roles\n      claimHours\n      coverUrl\n    }\n  }\n": types.StaffEventDocument,
    "\n  query EventFormOptions($first: Int!) {\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n    }\n    spaces(first: $first) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n": types.EventFormOptionsDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation DuplicateEvent($id: ID!) {\n    duplicateEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n": types.DuplicateEventDocument,
    "\n  fragment AttendeeFields on EventAttendee {\n    status\n    guests\n    respondedAt\n    checkedInAt\n    waitlistPosition\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        id\n        position\n        nameJa\n        nameEn\n      }\n    }\n  }\n": types.AttendeeFieldsFragmentDoc,
    "\n  query EventAttendees(\n    $eventId: ID!\n    $status: RsvpStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    eventAttendees(\n      eventId: $eventId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...AttendeeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventAttendeesDocument,
    "\n  mutation CheckInAttendee($input: CheckInInput!) {\n    checkInAttendee(input: $input) {\n      ...AttendeeFields\n    }\n  }\n": types.CheckInAttendeeDocument,
    "\n  mutation UndoCheckIn($input: UndoCheckInInput!) {\n    undoCheckIn(input: $input) {\n      ...AttendeeFields\n    }\n  }\n": types.UndoCheckInDocument,
    "\n  mutation MessageEventAttendees($input: MessageAttendeesInput!) {\n    messageEventAttendees(input: $input)\n  }\n": types.MessageEventAttendeesDocument,
    "\n  fragment FeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    requiresApproval\n    voteBudget\n    ideaCount\n    viewerCanPost\n    viewerCanVote\n    viewerOpenVotes\n  }\n": types.FeedbackBoardFieldsFragmentDoc,
    "\n  query FeedbackBoards {\n    feedbackBoards {\n      ...FeedbackBoardFields\n      position\n    }\n  }\n": types.FeedbackBoardsDocument,
    "\n  query FeedbackBoard($slug: String!) {\n    feedbackBoard(slug: $slug) {\n      ...FeedbackBoardFields\n    }\n  }\n": types.FeedbackBoardDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    status\n    statusChangedAt\n    approval\n    voteCount\n    followerCount\n    viewerVoted\n    viewerFollows\n    tags\n    createdAt\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    board {\n      id\n      slug\n      nameJa\n      nameEn\n      viewerCanVote\n    }\n    post {\n      id\n      commentCount\n    }\n  }\n": types.IdeaCardFieldsFragmentDoc,
    "\n  query Ideas(\n    $boardId: ID\n    $status: [IdeaStatus!]\n    $tag: String\n    $sort: IdeaSort\n    $minVoterRankPosition: Int\n    $approval: IdeaApproval\n    $first: Int\n    $after: String\n  ) {\n    ideas(\n      boardId: $boardId\n      status: $status\n      tag: $tag\n      sort: $sort\n      minVoterRankPosition: $minVoterRankPosition\n      approval: $approval\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...IdeaCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n      viewerFlagged\n      hiddenFromRoadmap\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n      post {\n        id\n        commentCount\n        lockedAt\n        reactions {\n          ...ReactionFields\n        }\n      }\n    }\n  }\n": types.IdeaDocument,
    "\n  query SimilarIdeas($boardId: ID, $title: String!) {\n    similarIdeas(boardId: $boardId, title: $title) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  query Roadmap {\n    roadmap {\n      planned {\n        ...IdeaCardFields\n      }\n      inProgress {\n        ...IdeaCardFields\n      }\n      released {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.RoadmapDocument,
    "\n  fragment ChangelogEntryFields on ChangelogEntry {\n    id\n    title\n    body\n    bodyHtml\n    releasedOn\n    publishedAt\n    ideas {\n      id\n      title\n      status\n    }\n  }\n": types.ChangelogEntryFieldsFragmentDoc,
    "\n  query Changelog($first: Int, $after: String, $drafts: Boolean) {\n    changelog(first: $first, after: $after, drafts: $drafts) {\n      nodes {\n        ...ChangelogEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChangelogDocument,
    "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n": types.SubmitIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation VoteIdea($input: VoteIdeaInput!) {\n    voteIdea(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerVoted\n      viewerFollows\n    }\n  }\n": types.VoteIdeaDocument,
    "\n  mutation FollowIdea($input: FollowIdeaInput!) {\n    followIdea(input: $input) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.FollowIdeaDocument,
    "\n  query PendingIdeaCount {\n    ideas(approval: PENDING, first: 1) {\n      totalCount\n    }\n  }\n": types.PendingIdeaCountDocument,
    "\n  query IdeaDemand($id: ID!) {\n    idea(id: $id) {\n      id\n      voteCount\n      hiddenFromRoadmap\n      demand {\n        byRank {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        byEngagement {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        bySegment {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        ltvSum\n        topRankVotes\n        recentVotes\n        loyalDemand\n      }\n    }\n  }\n": types.IdeaDemandDocument,
    "\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      id\n      approval\n      status\n    }\n  }\n": types.ReviewIdeaDocument,
    "\n  mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n": types.ChangeIdeaStatusDocument,
    "\n  mutation AnswerIdea($input: AnswerIdeaInput!) {\n    answerIdea(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n": types.AnswerIdeaDocument,
    "\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      voteCount\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n    }\n  }\n": types.MergeIdeaDocument,
    "\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n      voteCount\n      mergedInto {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.UnmergeIdeaDocument,
    "\n  mutation SetIdeaRoadmapVisibility($input: IdeaRoadmapInput!) {\n    setIdeaRoadmapVisibility(input: $input) {\n      id\n      hiddenFromRoadmap\n    }\n  }\n": types.SetIdeaRoadmapVisibilityDocument,
    "\n  fragment StaffFeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    postRoles\n    voteRoles\n    minPostRankPosition\n    minVoteRankPosition\n    requiresApproval\n    voteBudget\n    position\n    ideaCount\n  }\n": types.StaffFeedbackBoardFieldsFragmentDoc,
    "\n  query StaffFeedbackBoards {\n    feedbackBoards {\n      ...StaffFeedbackBoardFields\n    }\n  }\n": types.StaffFeedbackBoardsDocument,
    "\n  mutation CreateFeedbackBoard($input: FeedbackBoardInput!) {\n    createFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n": types.CreateFeedbackBoardDocument,
    "\n  mutation UpdateFeedbackBoard($input: UpdateFeedbackBoardInput!) {\n    updateFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n": types.UpdateFeedbackBoardDocument,
    "\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n": types.CreateChangelogEntryDocument,
    "\n  mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n": types.UpdateChangelogEntryDocument,
    "\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n": types.PublishChangelogEntryDocument,
    "\n  mutation DeleteChangelogEntry($id: ID!) {\n    deleteChangelogEntry(id: $id)\n  }\n": types.DeleteChangelogEntryDocument,
    "\n  query ChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n": types.ChangelogEntryDocument,
    "\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input)\n  }\n": types.FlagDocument,
    "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n      viewerFlagged\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n        rank {\n          ...RankChipFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      locale\n      timezone\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetRole($memberId: ID!, $role: Role!) {\n    setRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetRoleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation RestoreMember($memberId: ID!) {\n    restoreMember(memberId: $memberId) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": types.RestoreMemberDocument,
    "\n  mutation ApproveMember($memberId: ID!) {\n    approveMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.ApproveMemberDocument,
    "\n  mutation RejectMember($memberId: ID!) {\n    rejectMember(memberId: $memberId)\n  }\n": types.RejectMemberDocument,
    "\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n": types.PendingApprovalCountDocument,
    "\n  fragment MissionFields on Mission {\n    id\n    kind\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    startsAt\n    endsAt\n    rewardPoints\n    rewardBadge {\n      id\n      key\n      nameJa\n      nameEn\n      icon\n    }\n    completed\n    completedAt\n    steps {\n      action\n      count\n      spaceId\n      progress\n      done\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n      }\n    }\n  }\n": types.MissionFieldsFragmentDoc,
    "\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n": types.MissionsDocument,
    "\n  query MissionsAdmin($includeArchived: Boolean!) {\n    missionsAdmin(includeArchived: $includeArchived) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n": types.MissionsAdminDocument,
    "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n": types.CreateMissionDocument,
    "\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n": types.UpdateMissionDocument,
    "\n  mutation ArchiveMission($id: ID!) {\n    archiveMission(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveMissionDocument,
    "\n  fragment ReviewMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    status\n    joinedAt\n  }\n": types.ReviewMemberFieldsFragmentDoc,
    "\n  fragment SanctionFields on Sanction {\n    id\n    kind\n    reason\n    message\n    endsAt\n    createdAt\n    createdBy {\n      id\n      handle\n      displayName\n    }\n  }\n": types.SanctionFieldsFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    id\n    targetType\n    targetId\n    status\n    source\n    detail\n    score\n    flagCount\n    hiddenByReview\n    createdAt\n    updatedAt\n    resolvedAt\n    resolution\n    resolvedBy {\n      id\n      handle\n      displayName\n    }\n    content {\n      label\n      excerpt\n      path\n      hidden\n      deleted\n      createdAt\n    }\n    author {\n      ...ReviewMemberFields\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      flaggerAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n": types.ReviewItemFieldsFragmentDoc,
    "\n  query ReviewQueue(\n    $status: ReviewStatus!\n    $targetType: ReviewTargetType\n    $source: ReviewSource\n    $reason: FlagReason\n    $first: Int!\n    $after: String\n  ) {\n    reviewQueue(\n      status: $status\n      targetType: $targetType\n      source: $source\n      reason: $reason\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...ReviewItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewAuthorHistory($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      authorHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      authorSanctions {\n        ...SanctionFields\n      }\n    }\n  }\n": types.ReviewAuthorHistoryDocument,
    "\n  query ReviewQueueCount {\n    reviewQueueCount\n  }\n": types.ReviewQueueCountDocument,
    "\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n      hiddenByReview\n    }\n  }\n": types.ResolveReviewItemDocument,
    "\n  query MemberRecord($memberId: ID!) {\n    memberRecord(memberId: $memberId) {\n      member {\n        ...ReviewMemberFields\n        email\n        suspendedAt\n        suspensionReason\n      }\n      suspendedUntil\n      silencedUntil\n      silenceReason\n      sanctions {\n        ...SanctionFields\n      }\n      reviewHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      flagAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n": types.MemberRecordDocument,
    "\n  mutation WarnMember($input: WarnMemberInput!) {\n    warnMember(input: $input) {\n      ...SanctionFields\n    }\n  }\n": types.WarnMemberDocument,
    "\n  mutation SilenceMember($input: SilenceMemberInput!) {\n    silenceMember(input: $input) {\n      id\n      status\n    }\n  }\n": types.SilenceMemberDocument,
    "\n  mutation UnsilenceMember($memberId: ID!) {\n    unsilenceMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.UnsilenceMemberDocument,
    "\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagMinRank\n    flagsPerHour\n    hideThreshold\n    newMemberDays\n    trustedRank\n    newMemberMaxLinks\n    newMemberMaxImages\n    newMemberMaxMentions\n    holdNewMemberLinks\n  }\n": types.ModerationSettingsFieldsFragmentDoc,
    "\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n": types.ModerationSettingsDocument,
    "\n  mutation UpdateModerationSettings($input: ModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n": types.UpdateModerationSettingsDocument,
    "\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n": types.WatchedWordsDocument,
    "\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n": types.AddWatchedWordDocument,
    "\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) {\n      id\n      word\n    }\n  }\n": types.RemoveWatchedWordDocument,
    "\n  query AuditLog(\n    $actorId: ID\n    $action: String\n    $targetType: String\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      actorId: $actorId\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        actorRole\n        ip\n        action\n        targetType\n        targetId\n        targetLabel\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActorSearch($search: String!) {\n    members(first: 10, search: $search) {\n      nodes {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n": types.AuditActorSearchDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    actorCount\n    actors {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    post {\n      id\n      title\n    }\n    commentId\n    subject {\n      type\n      id\n    }\n    params {\n      message\n      title\n      years\n      points\n      position\n      hours\n      nameJa\n      nameEn\n      icon\n      into\n      path\n    }\n    read\n    createdAt\n    updatedAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query NotificationUnreadCount {\n    notificationUnreadCount\n  }\n": types.NotificationUnreadCountDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation SendMemberMessage($input: SendMemberMessageInput!) {\n    sendMemberMessage(input: $input)\n  }\n": types.SendMemberMessageDocument,
    "\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationDocument,
    "\n  fragment RankChipFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n  }\n": types.RankChipFieldsFragmentDoc,
    "\n  fragment RankFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n    threshold\n    minActiveDays\n    minBestAnswers\n    perksJa\n    perksEn\n  }\n": types.RankFieldsFragmentDoc,
    "\n  fragment StandingFields on Standing {\n    balance\n    lifetime\n    posts\n    comments\n    bestAnswers\n    reactionsReceived\n    eventsAttended\n    activeDays\n    currentStreak\n    bestStreak\n    rank {\n      ...RankFields\n    }\n    nextRank {\n      ...RankFields\n    }\n  }\n": types.StandingFieldsFragmentDoc,
    "\n  query MemberStanding($handle: String!) {\n    member(handle: $handle) {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n": types.MemberStandingDocument,
    "\n  query MyStanding {\n    me {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n": types.MyStandingDocument,
    "\n  query PointHistory($handle: String!, $first: Int!, $after: String) {\n    pointHistory(handle: $handle, first: $first, after: $after) {\n      nodes {\n        id\n        rule\n        points\n        reversal\n        reason\n        createdAt\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PointHistoryDocument,
    "\n  query Ranks {\n    ranks {\n      ...RankFields\n    }\n  }\n": types.RanksDocument,
    "\n  mutation UpdateRanks($ranks: [RankInput!]!) {\n    updateRanks(ranks: $ranks) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n": types.UpdateRanksDocument,
    "\n  query JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n": types.JobProgressDocument,
    "\n  query PointRules {\n    pointRules {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n": types.PointRulesDocument,
    "\n  mutation UpdatePointRules($rules: [PointRuleInput!]!) {\n    updatePointRules(rules: $rules) {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n": types.UpdatePointRulesDocument,
    "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      ...StandingFields\n    }\n  }\n": types.AdjustPointsDocument,
    "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n": types.LeaderboardEntryFieldsFragmentDoc,
    "\n  query Leaderboard($period: LeaderboardPeriod!, $first: Int!, $after: String) {\n    leaderboard(period: $period) {\n      period\n      startsOn\n      refreshedAt\n      memberCount\n      viewer {\n        ...LeaderboardEntryFields\n      }\n      entries(first: $first, after: $after) {\n        nodes {\n          ...LeaderboardEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  fragment ReactionFields on ReactionCount {\n    kind\n    emoji\n    count\n    viewerReacted\n  }\n": types.ReactionFieldsFragmentDoc,
    "\n  fragment AuthorFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    rank {\n      ...RankChipFields\n    }\n  }\n": types.AuthorFieldsFragmentDoc,
    "\n  fragment PostCardFields on Post {\n    id\n    kind\n    title\n    excerpt\n    thumbnailUrl\n    tags\n    createdAt\n    lastActivityAt\n    editedAt\n    pinnedAt\n    lockedAt\n    hiddenAt\n    solved\n    commentCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n  }\n": types.PostCardFieldsFragmentDoc,
    "\n  query Posts(\n    $first: Int!\n    $after: String\n    $sort: FeedSort!\n    $spaceSlug: String\n    $authorHandle: String\n    $tag: String\n    $kind: PostKind\n    $solved: Boolean\n    $pinned: Boolean\n  ) {\n    posts(\n      first: $first\n      after: $after\n      sort: $sort\n      spaceSlug: $spaceSlug\n      authorHandle: $authorHandle\n      tag: $tag\n      kind: $kind\n      solved: $solved\n      pinned: $pinned\n    ) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PostsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    viewerCanEdit\n    viewerFlagged\n    replyCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCardFields\n      body\n      bodyHtml\n      revision\n      viewCount\n      viewerCanEdit\n      viewerFlagged\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n": types.PostDocument,
    "\n  query PostComments($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 3) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostCommentsDocument,
    "\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      hiddenAt\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revision\n      excerpt\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      pinnedAt\n      lockedAt\n      hiddenAt\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation SetBestAnswer($postId: ID!, $commentId: ID) {\n    setBestAnswer(postId: $postId, commentId: $commentId) {\n      id\n      solved\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n": types.SetBestAnswerDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation SetReaction($input: SetReactionInput!) {\n    setReaction(input: $input) {\n      targetId\n      targetType\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n": types.SetReactionDocument,
    "\n  query WhoReacted($targetType: ReactionTarget!, $targetId: ID!, $kind: String!, $first: Int!) {\n    whoReacted(targetType: $targetType, targetId: $targetId, kind: $kind, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WhoReactedDocument,
    "\n  query PostRevisions($postId: ID!, $first: Int!) {\n    postRevisions(postId: $postId, first: $first) {\n      nodes {\n        id\n        revision\n        title\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PostRevisionsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.PreviewMarkdownDocument,
    "\n  query MentionCandidates($prefix: String!, $first: Int!) {\n    mentionCandidates(prefix: $prefix, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query MemberComments($handle: String!, $first: Int!, $after: String) {\n    memberComments(handle: $handle, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MemberCommentsDocument,
    "\n  query EditPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      body\n      tags\n      viewerCanEdit\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n      }\n    }\n  }\n": types.EditPostDocument,
    "\n  query ReactionKinds {\n    reactionKinds {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n": types.ReactionKindsDocument,
    "\n  mutation UpdateReactionKinds($kinds: [ReactionKindInput!]!) {\n    updateReactionKinds(kinds: $kinds) {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n": types.UpdateReactionKindsDocument,
    "\n  fragment CommentReactionFields on Comment {\n    id\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n  }\n": types.CommentReactionFieldsFragmentDoc,
    "\n  query PostCommentReactions($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentReactionFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostCommentReactionsDocument,
    "\n  query CommentRepliesReactions($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentReactionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommentRepliesReactionsDocument,
    "\n  fragment CommentParent on Comment {\n    id\n    parentId\n  }\n": types.CommentParentFragmentDoc,
    "\n  query Search(\n    $query: String!\n    $first: Int!\n    $after: String\n    $spaceSlug: String\n    $kind: PostKind\n    $solved: Boolean\n    $authorHandle: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      spaceSlug: $spaceSlug\n      kind: $kind\n      solved: $solved\n      authorHandle: $authorHandle\n      from: $from\n      to: $to\n    ) {\n      nodes {\n        type\n        score\n        snippetHtml\n        comment {\n          id\n          createdAt\n          author {\n            ...AuthorFields\n          }\n        }\n        post {\n          id\n          title\n          kind\n          solved\n          createdAt\n          author {\n            ...AuthorFields\n          }\n          space {\n            id\n            slug\n            nameJa\n            nameEn\n            icon\n            color\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment SpaceFields on Space {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    color\n    position\n    archivedAt\n    viewerCanPost\n  }\n": types.SpaceFieldsFragmentDoc,
    "\n  query Spaces($first: Int!, $after: String) {\n    spaces(first: $first, after: $after) {\n      nodes {\n        ...SpaceFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      ...SpaceFields\n      viewerFollows\n      followerCount\n    }\n  }\n": types.SpaceDocument,
    "\n  mutation FollowSpace($spaceId: ID!, $follow: Boolean!) {\n    followSpace(spaceId: $spaceId, follow: $follow) {\n      __typename\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.FollowSpaceDocument,
    "\n  query SpacesAdmin($first: Int!) {\n    spaces(first: $first) {\n      nodes {\n        ...SpaceFields\n        postRoles\n        viewRoles\n        minRankPosition\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpacesAdminDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  mutation ReorderSpaces($ids: [ID!]!) {\n    reorderSpaces(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderSpacesDocument,
    "\n  query MemberAttitude($handle: String!) {\n    member(handle: $handle) {\n      id\n      attitude {\n        npsClass\n        npsScore\n        measuredAt\n      }\n    }\n  }\n": types.MemberAttitudeDocument,
    "\n  query MySurveys {\n    mySurveys {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      closesAt\n      questions {\n        id\n        type\n        promptJa\n        promptEn\n      }\n    }\n  }\n": types.MySurveysDocument,
    "\n  mutation SaveSurveyScore($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      id\n      submitted\n    }\n  }\n": types.SaveSurveyScoreDocument,
    "\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    position\n    type\n    required\n    promptJa\n    promptEn\n    withReason\n    choices {\n      key\n      labelJa\n      labelEn\n    }\n    touchpoints {\n      id\n      key\n      labelJa\n      labelEn\n      position\n    }\n  }\n": types.SurveyQuestionFieldsFragmentDoc,
    "\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    submitted\n    answeredAt\n    updatedAt\n    answers {\n      questionId\n      score\n      choiceKeys\n      text\n      touchpoints {\n        touchpointId\n        influence\n      }\n    }\n  }\n": types.SurveyResponseFieldsFragmentDoc,
    "\n  query AnswerSurvey($id: ID!, $token: String) {\n    survey(id: $id, token: $token) {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      status\n      opensAt\n      closesAt\n      anonymous\n      viewerAsked\n      questions {\n        ...SurveyQuestionFields\n      }\n      myResponse {\n        ...SurveyResponseFields\n      }\n    }\n  }\n": types.AnswerSurveyDocument,
    "\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n": types.SaveSurveyResponseDocument,
    "\n  query SurveyPoints {\n    pointRules {\n      key\n      points\n      enabled\n    }\n  }\n": types.SurveyPointsDocument,
    "\n  query SurveyImportChoices {\n    surveys(first: 100) {\n      nodes {\n        id\n        titleJa\n        titleEn\n        status\n        questions {\n          id\n          type\n          touchpoints {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n": types.SurveyImportChoicesDocument,
    "\n  fragment NpsSummaryFields on NpsSummary {\n    responses\n    promoters\n    passives\n    detractors\n    promoterShare\n    passiveShare\n    detractorShare\n    score\n    marginOfError\n    distribution\n    suppressed\n  }\n": types.NpsSummaryFieldsFragmentDoc,
    "\n  fragment TouchpointStatsFields on TouchpointClassStats {\n    responses\n    mean\n    positiveShare\n    negativeShare\n    notApplicable\n  }\n": types.TouchpointStatsFieldsFragmentDoc,
    "\n  query SurveyResultsPage(\n    $surveyId: ID!\n    $filter: SurveyResultsFilter\n    $period: SurveyTrendPeriod!\n  ) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      survey {\n        id\n        titleJa\n        titleEn\n        status\n        anonymous\n        opensAt\n        closesAt\n        responseCount\n      }\n      responses\n      partial\n      nps {\n        ...NpsSummaryFields\n      }\n      npsTrend(period: $period) {\n        periodStart\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsByRank {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsBySegment {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      questions {\n        answered\n        question {\n          id\n          position\n          type\n          promptJa\n          promptEn\n          withReason\n        }\n        nps {\n          ...NpsSummaryFields\n        }\n        scale {\n          responses\n          mean\n          distribution\n          satisfiedShare\n        }\n        choices {\n          key\n          labelJa\n          labelEn\n          count\n          share\n        }\n        touchpoints {\n          lift\n          touchpoint {\n            id\n            key\n            labelJa\n            labelEn\n          }\n          overall {\n            ...TouchpointStatsFields\n          }\n          promoters {\n            ...TouchpointStatsFields\n          }\n          passives {\n            ...TouchpointStatsFields\n          }\n          detractors {\n            ...TouchpointStatsFields\n          }\n        }\n      }\n    }\n  }\n": types.SurveyResultsPageDocument,
    "\n  query SurveySegmentChoices {\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n  }\n": types.SurveySegmentChoicesDocument,
    "\n  query SurveyNpsComparison($surveyId: ID!, $a: DateRangeInput!, $b: DateRangeInput!) {\n    npsComparison(surveyId: $surveyId, a: $a, b: $b) {\n      a {\n        ...NpsSummaryFields\n      }\n      b {\n        ...NpsSummaryFields\n      }\n      delta\n      z\n      pValue\n      significant\n    }\n  }\n": types.SurveyNpsComparisonDocument,
    "\n  query SurveyTextAnswerList(\n    $surveyId: ID!\n    $questionId: ID!\n    $search: String\n    $after: String\n    $first: Int\n    $filter: SurveyResultsFilter\n  ) {\n    surveyTextAnswers(\n      surveyId: $surveyId\n      questionId: $questionId\n      filter: $filter\n      search: $search\n      after: $after\n      first: $first\n    ) {\n      nodes {\n        responseId\n        text\n        answeredAt\n        npsScore\n        respondent {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SurveyTextAnswerListDocument,
    "\n  query SurveyResultsZone {\n    community {\n      timezone\n    }\n  }\n": types.SurveyResultsZoneDocument,
    "\n  fragment StaffSurveyRow on Survey {\n    id\n    titleJa\n    titleEn\n    status\n    template\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    invitedCount\n    updatedAt\n    audience {\n      kind\n    }\n  }\n": types.StaffSurveyRowFragmentDoc,
    "\n  query StaffSurveys($status: SurveyStatus, $first: Int!, $after: String) {\n    surveys(status: $status, first: $first, after: $after) {\n      nodes {\n        ...StaffSurveyRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.StaffSurveysDocument,
    "\n  query SurveyCounts {\n    all: surveys(first: 1) {\n      totalCount\n    }\n    draft: surveys(status: DRAFT, first: 1) {\n      totalCount\n    }\n    scheduled: surveys(status: SCHEDULED, first: 1) {\n      totalCount\n    }\n    open: surveys(status: OPEN, first: 1) {\n      totalCount\n    }\n    closed: surveys(status: CLOSED, first: 1) {\n      totalCount\n    }\n  }\n": types.SurveyCountsDocument,
    "\n  mutation PublishSurvey($id: ID!, $opensAt: DateTime) {\n    publishSurvey(id: $id, opensAt: $opensAt) {\n      ...StaffSurveyRow\n    }\n  }\n": types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  mutation ReopenSurvey($id: ID!, $closesAt: DateTime) {\n    reopenSurvey(id: $id, closesAt: $closesAt) {\n      ...StaffSurveyRow\n    }\n  }\n": types.ReopenSurveyDocument,
    "\n  mutation DuplicateSurvey($id: ID!) {\n    duplicateSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n": types.DuplicateSurveyDocument,
    "\n  mutation DeleteSurvey($id: ID!) {\n    deleteSurvey(id: $id)\n  }\n": types.DeleteSurveyDocument,
    "\n  query SurveyTemplates {\n    surveyTemplates {\n      key\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n    }\n  }\n": types.SurveyTemplatesDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  fragment SurveyTouchpointFields on SurveyTouchpoint {\n    id\n    key\n    labelJa\n    labelEn\n    position\n    archived\n  }\n": types.SurveyTouchpointFieldsFragmentDoc,
    "\n  query SurveyTouchpoints($includeArchived: Boolean) {\n    surveyTouchpoints(includeArchived: $includeArchived) {\n      ...SurveyTouchpointFields\n    }\n  }\n": types.SurveyTouchpointsDocument,
    "\n  mutation SaveSurveyTouchpoints($input: [SurveyTouchpointInput!]!) {\n    saveSurveyTouchpoints(input: $input) {\n      ...SurveyTouchpointFields\n    }\n  }\n": types.SaveSurveyTouchpointsDocument,
    "\n  query SurveySettings {\n    surveySettings {\n      fatigueDays\n    }\n  }\n": types.SurveySettingsDocument,
    "\n  mutation UpdateSurveySettings($fatigueDays: Int!) {\n    updateSurveySettings(fatigueDays: $fatigueDays) {\n      fatigueDays\n    }\n  }\n": types.UpdateSurveySettingsDocument,
    "\n  fragment SurveyBuilderFields on Survey {\n    id\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    template\n    status\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    canEdit\n    updatedAt\n    audience {\n      kind\n      minRankPosition\n      roles\n      segment\n      hoursAfterEvent\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n  }\n": types.SurveyBuilderFieldsFragmentDoc,
    "\n  query SurveyBuilder($id: ID!) {\n    survey(id: $id) {\n      ...SurveyBuilderFields\n    }\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n    surveyTouchpoints(includeArchived: true) {\n      ...SurveyTouchpointFields\n    }\n  }\n": types.SurveyBuilderDocument,
    "\n  query SurveyEventOptions($first: Int!) {\n    past: events(filter: PAST, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    upcoming: events(filter: UPCOMING, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.SurveyEventOptionsDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyBuilderFields\n    }\n  }\n": types.UpdateSurveyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChurnRisks($reason: ChurnReason, $offset: Int!, $limit: Int!) {\n    churnRisks(reason: $reason, offset: $offset, limit: $limit) {\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n        churnReasons\n        ltv\n        highLtv\n        npsClass\n        npsScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChurnRisks($reason: ChurnReason, $offset: Int!, $limit: Int!) {\n    churnRisks(reason: $reason, offset: $offset, limit: $limit) {\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n        churnReasons\n        ltv\n        highLtv\n        npsClass\n        npsScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageMembers($memberIds: [ID!]!, $subject: String!, $body: String!) {\n    messageMembers(memberIds: $memberIds, subject: $subject, body: $body)\n  }\n"): (typeof documents)["\n  mutation MessageMembers($memberIds: [ID!]!, $subject: String!, $body: String!) {\n    messageMembers(memberIds: $memberIds, subject: $subject, body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoyaltyCriteriaSetFields on LoyaltyCriteriaSet {\n    id\n    name\n    criteria {\n      metric\n      op\n      value\n    }\n    loyalCount\n    candidateCount\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LoyaltyCriteriaSetFields on LoyaltyCriteriaSet {\n    id\n    name\n    criteria {\n      metric\n      op\n      value\n    }\n    loyalCount\n    candidateCount\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyCriteriaSets {\n    loyaltyCriteriaSets {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  query LoyaltyCriteriaSets {\n    loyaltyCriteriaSets {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaRanks {\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n  }\n"): (typeof documents)["\n  query CriteriaRanks {\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyPreview($criteria: [CriterionInput!]!) {\n    loyaltyPreview(criteria: $criteria) {\n      loyal\n      candidates\n      perCriterion\n    }\n  }\n"): (typeof documents)["\n  query LoyaltyPreview($criteria: [CriterionInput!]!) {\n    loyaltyPreview(criteria: $criteria) {\n      loyal\n      candidates\n      perCriterion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyCandidates(\n    $setId: ID\n    $criteria: [CriterionInput!]\n    $standing: LoyaltyStanding!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    loyaltyCandidates(\n      setId: $setId\n      criteria: $criteria\n      standing: $standing\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        met\n        of\n        lacking {\n          criterion {\n            metric\n            op\n            value\n          }\n          actual\n        }\n        member {\n          ...AnalyticsMemberFields\n        }\n        loyalty {\n          memberId\n          engagementScore\n          engagementTier\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoyaltyCandidates(\n    $setId: ID\n    $criteria: [CriterionInput!]\n    $standing: LoyaltyStanding!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    loyaltyCandidates(\n      setId: $setId\n      criteria: $criteria\n      standing: $standing\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        met\n        of\n        lacking {\n          criterion {\n            metric\n            op\n            value\n          }\n          actual\n        }\n        member {\n          ...AnalyticsMemberFields\n        }\n        loyalty {\n          memberId\n          engagementScore\n          engagementTier\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLoyaltyCriteriaSet($input: LoyaltyCriteriaSetInput!) {\n    saveLoyaltyCriteriaSet(input: $input) {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLoyaltyCriteriaSet($input: LoyaltyCriteriaSetInput!) {\n    saveLoyaltyCriteriaSet(input: $input) {\n      ...LoyaltyCriteriaSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLoyaltyCriteriaSet($id: ID!) {\n    deleteLoyaltyCriteriaSet(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLoyaltyCriteriaSet($id: ID!) {\n    deleteLoyaltyCriteriaSet(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderImportFields on DataImport {\n    id\n    fileName\n    status\n    rowsRead\n    rowsImported\n    rowsUpdated\n    rowsUnchanged\n    rowsFailed\n    failure\n    createdAt\n    finishedAt\n    actor {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment OrderImportFields on DataImport {\n    id\n    fileName\n    status\n    rowsRead\n    rowsImported\n    rowsUpdated\n    rowsUnchanged\n    rowsFailed\n    failure\n    createdAt\n    finishedAt\n    actor {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderImportList {\n    orderImports(first: 20) {\n      ...OrderImportFields\n    }\n  }\n"): (typeof documents)["\n  query OrderImportList {\n    orderImports(first: 20) {\n      ...OrderImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderImportDetail($id: ID!) {\n    orderImport(id: $id) {\n      ...OrderImportFields\n      errors {\n        line\n        issue\n        column\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderImportDetail($id: ID!) {\n    orderImport(id: $id) {\n      ...OrderImportFields\n      errors {\n        line\n        issue\n        column\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixPage($asOf: String) {\n    loyaltyMatrix(asOf: $asOf) {\n      asOf\n      customers\n      highLtvCutoff\n      cells {\n        cell\n        count\n        share\n        revenueInYear\n      }\n      revenueAtRiskDetractors\n      revenueAtRiskPassives\n    }\n    customerValueSettings {\n      highLtvThreshold\n    }\n  }\n"): (typeof documents)["\n  query MatrixPage($asOf: String) {\n    loyaltyMatrix(asOf: $asOf) {\n      asOf\n      customers\n      highLtvCutoff\n      cells {\n        cell\n        count\n        share\n        revenueInYear\n      }\n      revenueAtRiskDetractors\n      revenueAtRiskPassives\n    }\n    customerValueSettings {\n      highLtvThreshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RfmPage($asOf: String) {\n    rfmSummary(asOf: $asOf) {\n      asOf\n      customers\n      revenue\n      topFifthRevenueShare\n      segments {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n      grid {\n        r\n        f\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query RfmPage($asOf: String) {\n    rfmSummary(asOf: $asOf) {\n      asOf\n      customers\n      revenue\n      topFifthRevenueShare\n      segments {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n      grid {\n        r\n        f\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRowFields on Customer {\n    key\n    customerId\n    email\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    orders\n    totalAmount\n    aov\n    purchasesPerYear\n    ltv\n    highLtv\n    recencyDays\n    lastOrderOn\n    r\n    f\n    m\n    rfmSegment\n    npsScore\n    npsClass\n    cell\n    revenueInYear\n  }\n"): (typeof documents)["\n  fragment CustomerRowFields on Customer {\n    key\n    customerId\n    email\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    orders\n    totalAmount\n    aov\n    purchasesPerYear\n    ltv\n    highLtv\n    recencyDays\n    lastOrderOn\n    r\n    f\n    m\n    rfmSegment\n    npsScore\n    npsClass\n    cell\n    revenueInYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList(\n    $asOf: String\n    $cell: MatrixCell\n    $segment: RfmSegment\n    $search: String\n    $offset: Int\n    $limit: Int\n  ) {\n    customers(\n      asOf: $asOf\n      cell: $cell\n      segment: $segment\n      search: $search\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList(\n    $asOf: String\n    $cell: MatrixCell\n    $segment: RfmSegment\n    $search: String\n    $offset: Int\n    $limit: Int\n  ) {\n    customers(\n      asOf: $asOf\n      cell: $cell\n      segment: $segment\n      search: $search\n      offset: $offset\n      limit: $limit\n    ) {\n      totalCount\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($customerId: String!, $reason: String) {\n    eraseCustomer(customerId: $customerId, reason: $reason) {\n      ordersDeleted\n      responsesDeleted\n    }\n  }\n"): (typeof documents)["\n  mutation EraseCustomer($customerId: String!, $reason: String) {\n    eraseCustomer(customerId: $customerId, reason: $reason) {\n      ordersDeleted\n      responsesDeleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsZone {\n    community {\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsZone {\n    community {\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalyticsRunFields on AnalyticsRun {\n    id\n    kind\n    status\n    progress\n    asOf\n    startedAt\n    finishedAt\n    error\n  }\n"): (typeof documents)["\n  fragment AnalyticsRunFields on AnalyticsRun {\n    id\n    kind\n    status\n    progress\n    asOf\n    startedAt\n    finishedAt\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsDashboard($from: String!, $to: String!, $spaceId: ID) {\n    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {\n      from\n      to\n      timeZone\n      computedAt\n      membersTotal\n      membersNew\n      stickiness\n      activity {\n        day\n        dau\n        wau\n        mau\n        posts\n        comments\n      }\n      questions {\n        asked\n        answered\n        answeredShare\n        medianFirstAnswerMinutes\n      }\n      events {\n        seats\n        attended\n        noShows\n        attendanceRate\n        noShowRate\n      }\n      npsTrend {\n        period\n        nps\n        responses\n      }\n      tiers {\n        tier\n        count\n      }\n      tierFlow {\n        month\n        from\n        to\n        count\n      }\n      cohorts {\n        month\n        size\n        retained\n      }\n      topContributors {\n        ...AnalyticsLoyaltyRowFields\n      }\n      matrix {\n        asOf\n        customers\n        highLtvCutoff\n        cells {\n          cell\n          count\n          share\n          revenueInYear\n        }\n        revenueAtRiskDetractors\n        revenueAtRiskPassives\n      }\n      rfm {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsDashboard($from: String!, $to: String!, $spaceId: ID) {\n    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {\n      from\n      to\n      timeZone\n      computedAt\n      membersTotal\n      membersNew\n      stickiness\n      activity {\n        day\n        dau\n        wau\n        mau\n        posts\n        comments\n      }\n      questions {\n        asked\n        answered\n        answeredShare\n        medianFirstAnswerMinutes\n      }\n      events {\n        seats\n        attended\n        noShows\n        attendanceRate\n        noShowRate\n      }\n      npsTrend {\n        period\n        nps\n        responses\n      }\n      tiers {\n        tier\n        count\n      }\n      tierFlow {\n        month\n        from\n        to\n        count\n      }\n      cohorts {\n        month\n        size\n        retained\n      }\n      topContributors {\n        ...AnalyticsLoyaltyRowFields\n      }\n      matrix {\n        asOf\n        customers\n        highLtvCutoff\n        cells {\n          cell\n          count\n          share\n          revenueInYear\n        }\n        revenueAtRiskDetractors\n        revenueAtRiskPassives\n      }\n      rfm {\n        segment\n        count\n        share\n        revenue\n        revenueShare\n        averageMonetary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsSpaces {\n    spaces(first: 100) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsSpaces {\n    spaces(first: 100) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsRun {\n    analyticsRun {\n      ...AnalyticsRunFields\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsRun {\n    analyticsRun {\n      ...AnalyticsRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeAnalytics {\n    recomputeAnalytics {\n      ...AnalyticsRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeAnalytics {\n    recomputeAnalytics {\n      ...AnalyticsRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalyticsMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n  }\n"): (typeof documents)["\n  fragment AnalyticsMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalyticsLoyaltyRowFields on MemberLoyalty {\n    memberId\n    asOf\n    engagementScore\n    engagementTier\n    previousScore\n    trend\n    why {\n      action\n      count\n      points\n    }\n    activeDays90\n    lastActiveOn\n    member {\n      ...AnalyticsMemberFields\n    }\n  }\n"): (typeof documents)["\n  fragment AnalyticsLoyaltyRowFields on MemberLoyalty {\n    memberId\n    asOf\n    engagementScore\n    engagementTier\n    previousScore\n    trend\n    why {\n      action\n      count\n      points\n    }\n    activeDays90\n    lastActiveOn\n    member {\n      ...AnalyticsMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementPage($tier: EngagementTier, $offset: Int!, $limit: Int!) {\n    analyticsSettings {\n      windowDays\n      halfLifeDays\n    }\n    engagement(tier: $tier, offset: $offset, limit: $limit) {\n      distribution {\n        tier\n        count\n      }\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngagementPage($tier: EngagementTier, $offset: Int!, $limit: Int!) {\n    analyticsSettings {\n      windowDays\n      halfLifeDays\n    }\n    engagement(tier: $tier, offset: $offset, limit: $limit) {\n      distribution {\n        tier\n        count\n      }\n      totalCount\n      nodes {\n        ...AnalyticsLoyaltyRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member360Page($memberId: ID!) {\n    member360(memberId: $memberId) {\n      member {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        joinedAt\n        rank {\n          id\n          position\n          nameJa\n          nameEn\n          color\n          icon\n        }\n      }\n      loyalty {\n        asOf\n        engagementScore\n        engagementTier\n        previousScore\n        trend\n        why {\n          action\n          count\n          points\n        }\n        activeDays90\n        lastActiveOn\n        posts\n        bestAnswers\n        eventsAttended\n        membershipDays\n        matrixCell\n        churnReasons\n      }\n      customer {\n        ...CustomerRowFields\n      }\n      orders {\n        orderId\n        orderedAt\n        amount\n      }\n      npsHistory {\n        surveyId\n        surveyTitle\n        score\n        npsClass\n        answeredAt\n        imported\n      }\n      segments {\n        setId\n        name\n        standing\n      }\n      timeline {\n        at\n        action\n        subjectType\n        subjectId\n        title\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query Member360Page($memberId: ID!) {\n    member360(memberId: $memberId) {\n      member {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        joinedAt\n        rank {\n          id\n          position\n          nameJa\n          nameEn\n          color\n          icon\n        }\n      }\n      loyalty {\n        asOf\n        engagementScore\n        engagementTier\n        previousScore\n        trend\n        why {\n          action\n          count\n          points\n        }\n        activeDays90\n        lastActiveOn\n        posts\n        bestAnswers\n        eventsAttended\n        membershipDays\n        matrixCell\n        churnReasons\n      }\n      customer {\n        ...CustomerRowFields\n      }\n      orders {\n        orderId\n        orderedAt\n        amount\n      }\n      npsHistory {\n        surveyId\n        surveyTitle\n        score\n        npsClass\n        answeredAt\n        imported\n      }\n      segments {\n        setId\n        name\n        standing\n      }\n      timeline {\n        at\n        action\n        subjectType\n        subjectId\n        title\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberCustomerId($memberId: ID!, $customerId: String) {\n    setMemberCustomerId(memberId: $memberId, customerId: $customerId)\n  }\n"): (typeof documents)["\n  mutation SetMemberCustomerId($memberId: ID!, $customerId: String) {\n    setMemberCustomerId(memberId: $memberId, customerId: $customerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerValueSettingsFields on CustomerValueSettings {\n    marginRate\n    expectedYears\n    costPerCustomer\n    highLtvThreshold\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomerValueSettingsFields on CustomerValueSettings {\n    marginRate\n    expectedYears\n    costPerCustomer\n    highLtvThreshold\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerValueSettingsPage {\n    customerValueSettings {\n      ...CustomerValueSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerValueSettingsPage {\n    customerValueSettings {\n      ...CustomerValueSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerValueSettings($input: CustomerValueSettingsInput!) {\n    updateCustomerValueSettings(input: $input) {\n      ...CustomerValueSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerValueSettings($input: CustomerValueSettingsInput!) {\n    updateCustomerValueSettings(input: $input) {\n      ...CustomerValueSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngagementSettingsFields on AnalyticsSettings {\n    windowDays\n    halfLifeDays\n    weights {\n      action\n      weight\n      defaultWeight\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment EngagementSettingsFields on AnalyticsSettings {\n    windowDays\n    halfLifeDays\n    weights {\n      action\n      weight\n      defaultWeight\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementSettingsPage {\n    analyticsSettings {\n      ...EngagementSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query EngagementSettingsPage {\n    analyticsSettings {\n      ...EngagementSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEngagementSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...EngagementSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEngagementSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...EngagementSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      email\n      role\n      status\n      locale\n      timezone\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      email\n      role\n      status\n      locale\n      timezone\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      handle\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      handle\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      pendingApproval\n      member {\n        id\n        handle\n        displayName\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      pendingApproval\n      member {\n        id\n        handle\n        displayName\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BadgeFields on Badge {\n    id\n    key\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    criterion\n    threshold\n    enabled\n    position\n  }\n"): (typeof documents)["\n  fragment BadgeFields on Badge {\n    id\n    key\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    criterion\n    threshold\n    enabled\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Badges($includeDisabled: Boolean!) {\n    badges(includeDisabled: $includeDisabled) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n"): (typeof documents)["\n  query Badges($includeDisabled: Boolean!) {\n    badges(includeDisabled: $includeDisabled) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Badge($key: String!, $first: Int!, $after: String) {\n    badge(key: $key) {\n      ...BadgeFields\n      holderCount\n      holders(first: $first, after: $after) {\n        nodes {\n          grantedAt\n          reason\n          member {\n            id\n            handle\n            displayName\n            avatarUrl\n            rank {\n              ...RankChipFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Badge($key: String!, $first: Int!, $after: String) {\n    badge(key: $key) {\n      ...BadgeFields\n      holderCount\n      holders(first: $first, after: $after) {\n        nodes {\n          grantedAt\n          reason\n          member {\n            id\n            handle\n            displayName\n            avatarUrl\n            rank {\n              ...RankChipFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberBadges($handle: String!) {\n    member(handle: $handle) {\n      id\n      badges {\n        grantedAt\n        reason\n        badge {\n          ...BadgeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberBadges($handle: String!) {\n    member(handle: $handle) {\n      id\n      badges {\n        grantedAt\n        reason\n        badge {\n          ...BadgeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBadge($input: UpdateBadgeInput!) {\n    updateBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBadge($input: UpdateBadgeInput!) {\n    updateBadge(input: $input) {\n      ...BadgeFields\n      holderCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardBadge($input: BadgeGrantInput!) {\n    awardBadge(input: $input) {\n      grantedAt\n      reason\n      badge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AwardBadge($input: BadgeGrantInput!) {\n    awardBadge(input: $input) {\n      grantedAt\n      reason\n      badge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeBadge($input: BadgeGrantInput!) {\n    revokeBadge(input: $input) {\n      revokedAt\n      badge {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeBadge($input: BadgeGrantInput!) {\n    revokeBadge(input: $input) {\n      revokedAt\n      badge {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      leaderboardsIncludeStaff\n      moderatorsCanSuspend\n      visibleToVisitors\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invites($first: Int!, $after: String) {\n    invites(first: $first, after: $after) {\n      nodes {\n        id\n        code\n        note\n        status\n        uses\n        maxUses\n        expiresAt\n        revokedAt\n        createdAt\n        createdBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invites($first: Int!, $after: String) {\n    invites(first: $first, after: $after) {\n      nodes {\n        id\n        code\n        note\n        status\n        uses\n        maxUses\n        expiresAt\n        revokedAt\n        createdAt\n        createdBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      id\n      code\n      note\n      status\n      uses\n      maxUses\n      expiresAt\n      revokedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      id\n      code\n      note\n      status\n      uses\n      maxUses\n      expiresAt\n      revokedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCardFields on Event {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    capacity\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    minRankPosition\n    viewerCanRegister\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment EventCardFields on Event {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    capacity\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    minRankPosition\n    viewerCanRegister\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events(\n    $filter: EventListFilter!\n    $first: Int!\n    $after: String\n    $spaceId: ID\n    $kind: EventKind\n  ) {\n    events(filter: $filter, first: $first, after: $after, spaceId: $spaceId, kind: $kind) {\n      nodes {\n        ...EventCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events(\n    $filter: EventListFilter!\n    $first: Int!\n    $after: String\n    $spaceId: ID\n    $kind: EventKind\n  ) {\n    events(filter: $filter, first: $first, after: $after, spaceId: $spaceId, kind: $kind) {\n      nodes {\n        ...EventCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventViewerFields on Event {\n    id\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    joinUrl\n    viewerCanRegister\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n      offeredUntil\n      respondedAt\n    }\n    viewerTicket {\n      code\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  fragment EventViewerFields on Event {\n    id\n    seatsTaken\n    spotsLeft\n    waitlistCount\n    joinUrl\n    viewerCanRegister\n    viewerRsvp {\n      status\n      guests\n      waitlistPosition\n      offeredUntil\n      respondedAt\n    }\n    viewerTicket {\n      code\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      ...EventViewerFields\n      descriptionHtml\n      venueAddress\n      mapUrl\n      rsvpDeadline\n      guestsAllowed\n      calendarFileUrl\n      googleCalendarUrl\n      coverUrl\n      discussion {\n        id\n        commentCount\n        lockedAt\n      }\n      series {\n        id\n        startsAt\n        status\n      }\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      ...EventViewerFields\n      descriptionHtml\n      venueAddress\n      mapUrl\n      rsvpDeadline\n      guestsAllowed\n      calendarFileUrl\n      googleCalendarUrl\n      coverUrl\n      discussion {\n        id\n        commentCount\n        lockedAt\n      }\n      series {\n        id\n        startsAt\n        status\n      }\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventViewer($id: ID!) {\n    event(id: $id) {\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventViewer($id: ID!) {\n    event(id: $id) {\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) {\n      ...EventCardFields\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) {\n      ...EventCardFields\n      ...EventViewerFields\n      attendeesPreview {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffEventFields on Event {\n    id\n    title\n    status\n    kind\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    seatsTaken\n    waitlistCount\n    attendance {\n      going\n      checkedIn\n      noShows\n      noShowRate\n    }\n    attendeesCsvUrl\n    venueName\n    space {\n      id\n      nameJa\n      nameEn\n      icon\n    }\n  }\n"): (typeof documents)["\n  fragment StaffEventFields on Event {\n    id\n    title\n    status\n    kind\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    seatsTaken\n    waitlistCount\n    attendance {\n      going\n      checkedIn\n      noShows\n      noShowRate\n    }\n    attendeesCsvUrl\n    venueName\n    space {\n      id\n      nameJa\n      nameEn\n      icon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvents($filter: EventListFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...StaffEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffEvents($filter: EventListFilter!, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...StaffEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      ...StaffEventFields\n      description\n      venueAddress\n      mapUrl\n      joinUrl\n      rsvpDeadline\n      guestsAllowed\n      minRankPosition\n      roles\n      claimHours\n      coverUrl\n    }\n  }\n"): (typeof documents)["\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      ...StaffEventFields\n      description\n      venueAddress\n      mapUrl\n      joinUrl\n      rsvpDeadline\n      guestsAllowed\n      minRankPosition\n      roles\n      claimHours\n      coverUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFormOptions($first: Int!) {\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n    }\n    spaces(first: $first) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventFormOptions($first: Int!) {\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n    }\n    spaces(first: $first) {\n      nodes {\n        id\n        nameJa\n        nameEn\n        icon\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateEvent($id: ID!) {\n    duplicateEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateEvent($id: ID!) {\n    duplicateEvent(id: $id) {\n      ...StaffEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendeeFields on EventAttendee {\n    status\n    guests\n    respondedAt\n    checkedInAt\n    waitlistPosition\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        id\n        position\n        nameJa\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AttendeeFields on EventAttendee {\n    status\n    guests\n    respondedAt\n    checkedInAt\n    waitlistPosition\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        id\n        position\n        nameJa\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAttendees(\n    $eventId: ID!\n    $status: RsvpStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    eventAttendees(\n      eventId: $eventId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...AttendeeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAttendees(\n    $eventId: ID!\n    $status: RsvpStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    eventAttendees(\n      eventId: $eventId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...AttendeeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInAttendee($input: CheckInInput!) {\n    checkInAttendee(input: $input) {\n      ...AttendeeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInAttendee($input: CheckInInput!) {\n    checkInAttendee(input: $input) {\n      ...AttendeeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCheckIn($input: UndoCheckInInput!) {\n    undoCheckIn(input: $input) {\n      ...AttendeeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoCheckIn($input: UndoCheckInInput!) {\n    undoCheckIn(input: $input) {\n      ...AttendeeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageEventAttendees($input: MessageAttendeesInput!) {\n    messageEventAttendees(input: $input)\n  }\n"): (typeof documents)["\n  mutation MessageEventAttendees($input: MessageAttendeesInput!) {\n    messageEventAttendees(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    requiresApproval\n    voteBudget\n    ideaCount\n    viewerCanPost\n    viewerCanVote\n    viewerOpenVotes\n  }\n"): (typeof documents)["\n  fragment FeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    requiresApproval\n    voteBudget\n    ideaCount\n    viewerCanPost\n    viewerCanVote\n    viewerOpenVotes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackBoards {\n    feedbackBoards {\n      ...FeedbackBoardFields\n      position\n    }\n  }\n"): (typeof documents)["\n  query FeedbackBoards {\n    feedbackBoards {\n      ...FeedbackBoardFields\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackBoard($slug: String!) {\n    feedbackBoard(slug: $slug) {\n      ...FeedbackBoardFields\n    }\n  }\n"): (typeof documents)["\n  query FeedbackBoard($slug: String!) {\n    feedbackBoard(slug: $slug) {\n      ...FeedbackBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    status\n    statusChangedAt\n    approval\n    voteCount\n    followerCount\n    viewerVoted\n    viewerFollows\n    tags\n    createdAt\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    board {\n      id\n      slug\n      nameJa\n      nameEn\n      viewerCanVote\n    }\n    post {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    status\n    statusChangedAt\n    approval\n    voteCount\n    followerCount\n    viewerVoted\n    viewerFollows\n    tags\n    createdAt\n    author {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    board {\n      id\n      slug\n      nameJa\n      nameEn\n      viewerCanVote\n    }\n    post {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas(\n    $boardId: ID\n    $status: [IdeaStatus!]\n    $tag: String\n    $sort: IdeaSort\n    $minVoterRankPosition: Int\n    $approval: IdeaApproval\n    $first: Int\n    $after: String\n  ) {\n    ideas(\n      boardId: $boardId\n      status: $status\n      tag: $tag\n      sort: $sort\n      minVoterRankPosition: $minVoterRankPosition\n      approval: $approval\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...IdeaCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Ideas(\n    $boardId: ID\n    $status: [IdeaStatus!]\n    $tag: String\n    $sort: IdeaSort\n    $minVoterRankPosition: Int\n    $approval: IdeaApproval\n    $first: Int\n    $after: String\n  ) {\n    ideas(\n      boardId: $boardId\n      status: $status\n      tag: $tag\n      sort: $sort\n      minVoterRankPosition: $minVoterRankPosition\n      approval: $approval\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...IdeaCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n      viewerFlagged\n      hiddenFromRoadmap\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n      post {\n        id\n        commentCount\n        lockedAt\n        reactions {\n          ...ReactionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n      viewerFlagged\n      hiddenFromRoadmap\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      mergedInto {\n        id\n        title\n        status\n      }\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n      post {\n        id\n        commentCount\n        lockedAt\n        reactions {\n          ...ReactionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($boardId: ID, $title: String!) {\n    similarIdeas(boardId: $boardId, title: $title) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n"): (typeof documents)["\n  query SimilarIdeas($boardId: ID, $title: String!) {\n    similarIdeas(boardId: $boardId, title: $title) {\n      id\n      title\n      status\n      voteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap {\n    roadmap {\n      planned {\n        ...IdeaCardFields\n      }\n      inProgress {\n        ...IdeaCardFields\n      }\n      released {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roadmap {\n    roadmap {\n      planned {\n        ...IdeaCardFields\n      }\n      inProgress {\n        ...IdeaCardFields\n      }\n      released {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangelogEntryFields on ChangelogEntry {\n    id\n    title\n    body\n    bodyHtml\n    releasedOn\n    publishedAt\n    ideas {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ChangelogEntryFields on ChangelogEntry {\n    id\n    title\n    body\n    bodyHtml\n    releasedOn\n    publishedAt\n    ideas {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changelog($first: Int, $after: String, $drafts: Boolean) {\n    changelog(first: $first, after: $after, drafts: $drafts) {\n      nodes {\n        ...ChangelogEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Changelog($first: Int, $after: String, $drafts: Boolean) {\n    changelog(first: $first, after: $after, drafts: $drafts) {\n      nodes {\n        ...ChangelogEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaCardFields\n      body\n      bodyHtml\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteIdea($input: VoteIdeaInput!) {\n    voteIdea(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerVoted\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation VoteIdea($input: VoteIdeaInput!) {\n    voteIdea(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerVoted\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowIdea($input: FollowIdeaInput!) {\n    followIdea(input: $input) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowIdea($input: FollowIdeaInput!) {\n    followIdea(input: $input) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingIdeaCount {\n    ideas(approval: PENDING, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingIdeaCount {\n    ideas(approval: PENDING, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaDemand($id: ID!) {\n    idea(id: $id) {\n      id\n      voteCount\n      hiddenFromRoadmap\n      demand {\n        byRank {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        byEngagement {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        bySegment {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        ltvSum\n        topRankVotes\n        recentVotes\n        loyalDemand\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaDemand($id: ID!) {\n    idea(id: $id) {\n      id\n      voteCount\n      hiddenFromRoadmap\n      demand {\n        byRank {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        byEngagement {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        bySegment {\n          key\n          labelJa\n          labelEn\n          votes\n        }\n        ltvSum\n        topRankVotes\n        recentVotes\n        loyalDemand\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      id\n      approval\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      id\n      approval\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerIdea($input: AnswerIdeaInput!) {\n    answerIdea(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerIdea($input: AnswerIdeaInput!) {\n    answerIdea(input: $input) {\n      id\n      status\n      statusChangedAt\n      viewerCanEdit\n      officialAnswer {\n        body\n        bodyHtml\n        answeredAt\n        updatedAt\n        author {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      statusHistory {\n        id\n        from\n        to\n        note\n        at\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      voteCount\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n      voteCount\n      mergedIdeas {\n        id\n        title\n        status\n        voteCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n      voteCount\n      mergedInto {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n      voteCount\n      mergedInto {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaRoadmapVisibility($input: IdeaRoadmapInput!) {\n    setIdeaRoadmapVisibility(input: $input) {\n      id\n      hiddenFromRoadmap\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaRoadmapVisibility($input: IdeaRoadmapInput!) {\n    setIdeaRoadmapVisibility(input: $input) {\n      id\n      hiddenFromRoadmap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffFeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    postRoles\n    voteRoles\n    minPostRankPosition\n    minVoteRankPosition\n    requiresApproval\n    voteBudget\n    position\n    ideaCount\n  }\n"): (typeof documents)["\n  fragment StaffFeedbackBoardFields on FeedbackBoard {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    postRoles\n    voteRoles\n    minPostRankPosition\n    minVoteRankPosition\n    requiresApproval\n    voteBudget\n    position\n    ideaCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffFeedbackBoards {\n    feedbackBoards {\n      ...StaffFeedbackBoardFields\n    }\n  }\n"): (typeof documents)["\n  query StaffFeedbackBoards {\n    feedbackBoards {\n      ...StaffFeedbackBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeedbackBoard($input: FeedbackBoardInput!) {\n    createFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeedbackBoard($input: FeedbackBoardInput!) {\n    createFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeedbackBoard($input: UpdateFeedbackBoardInput!) {\n    updateFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeedbackBoard($input: UpdateFeedbackBoardInput!) {\n    updateFeedbackBoard(input: $input) {\n      ...StaffFeedbackBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {\n    createChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {\n    updateChangelogEntry(input: $input) {\n      ...ChangelogEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishChangelogEntry($id: ID!) {\n    publishChangelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChangelogEntry($id: ID!) {\n    deleteChangelogEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteChangelogEntry($id: ID!) {\n    deleteChangelogEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n"): (typeof documents)["\n  query ChangelogEntry($id: ID!) {\n    changelogEntry(id: $id) {\n      ...ChangelogEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input)\n  }\n"): (typeof documents)["\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n      viewerFlagged\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n      viewerFlagged\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n        rank {\n          ...RankChipFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n        rank {\n          ...RankChipFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      locale\n      timezone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      locale\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($memberId: ID!, $role: Role!) {\n    setRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetRole($memberId: ID!, $role: Role!) {\n    setRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreMember($memberId: ID!) {\n    restoreMember(memberId: $memberId) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreMember($memberId: ID!) {\n    restoreMember(memberId: $memberId) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMember($memberId: ID!) {\n    approveMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMember($memberId: ID!) {\n    approveMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMember($memberId: ID!) {\n    rejectMember(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation RejectMember($memberId: ID!) {\n    rejectMember(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n"): (typeof documents)["\n  query PendingApprovalCount {\n    pendingApprovalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionFields on Mission {\n    id\n    kind\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    startsAt\n    endsAt\n    rewardPoints\n    rewardBadge {\n      id\n      key\n      nameJa\n      nameEn\n      icon\n    }\n    completed\n    completedAt\n    steps {\n      action\n      count\n      spaceId\n      progress\n      done\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MissionFields on Mission {\n    id\n    kind\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    startsAt\n    endsAt\n    rewardPoints\n    rewardBadge {\n      id\n      key\n      nameJa\n      nameEn\n      icon\n    }\n    completed\n    completedAt\n    steps {\n      action\n      count\n      spaceId\n      progress\n      done\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n"): (typeof documents)["\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionsAdmin($includeArchived: Boolean!) {\n    missionsAdmin(includeArchived: $includeArchived) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n"): (typeof documents)["\n  query MissionsAdmin($includeArchived: Boolean!) {\n    missionsAdmin(includeArchived: $includeArchived) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      ...MissionFields\n      archivedAt\n      createdAt\n      completedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMission($id: ID!) {\n    archiveMission(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveMission($id: ID!) {\n    archiveMission(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    status\n    joinedAt\n  }\n"): (typeof documents)["\n  fragment ReviewMemberFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    status\n    joinedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SanctionFields on Sanction {\n    id\n    kind\n    reason\n    message\n    endsAt\n    createdAt\n    createdBy {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment SanctionFields on Sanction {\n    id\n    kind\n    reason\n    message\n    endsAt\n    createdAt\n    createdBy {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItemFields on ReviewItem {\n    id\n    targetType\n    targetId\n    status\n    source\n    detail\n    score\n    flagCount\n    hiddenByReview\n    createdAt\n    updatedAt\n    resolvedAt\n    resolution\n    resolvedBy {\n      id\n      handle\n      displayName\n    }\n    content {\n      label\n      excerpt\n      path\n      hidden\n      deleted\n      createdAt\n    }\n    author {\n      ...ReviewMemberFields\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      flaggerAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewItemFields on ReviewItem {\n    id\n    targetType\n    targetId\n    status\n    source\n    detail\n    score\n    flagCount\n    hiddenByReview\n    createdAt\n    updatedAt\n    resolvedAt\n    resolution\n    resolvedBy {\n      id\n      handle\n      displayName\n    }\n    content {\n      label\n      excerpt\n      path\n      hidden\n      deleted\n      createdAt\n    }\n    author {\n      ...ReviewMemberFields\n    }\n    flags {\n      id\n      reason\n      note\n      weight\n      createdAt\n      flagger {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      flaggerAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue(\n    $status: ReviewStatus!\n    $targetType: ReviewTargetType\n    $source: ReviewSource\n    $reason: FlagReason\n    $first: Int!\n    $after: String\n  ) {\n    reviewQueue(\n      status: $status\n      targetType: $targetType\n      source: $source\n      reason: $reason\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...ReviewItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue(\n    $status: ReviewStatus!\n    $targetType: ReviewTargetType\n    $source: ReviewSource\n    $reason: FlagReason\n    $first: Int!\n    $after: String\n  ) {\n    reviewQueue(\n      status: $status\n      targetType: $targetType\n      source: $source\n      reason: $reason\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        ...ReviewItemFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAuthorHistory($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      authorHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      authorSanctions {\n        ...SanctionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewAuthorHistory($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      authorHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      authorSanctions {\n        ...SanctionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueueCount {\n    reviewQueueCount\n  }\n"): (typeof documents)["\n  query ReviewQueueCount {\n    reviewQueueCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n      hiddenByReview\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      resolution\n      resolvedAt\n      hiddenByReview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRecord($memberId: ID!) {\n    memberRecord(memberId: $memberId) {\n      member {\n        ...ReviewMemberFields\n        email\n        suspendedAt\n        suspensionReason\n      }\n      suspendedUntil\n      silencedUntil\n      silenceReason\n      sanctions {\n        ...SanctionFields\n      }\n      reviewHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      flagAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberRecord($memberId: ID!) {\n    memberRecord(memberId: $memberId) {\n      member {\n        ...ReviewMemberFields\n        email\n        suspendedAt\n        suspensionReason\n      }\n      suspendedUntil\n      silencedUntil\n      silenceReason\n      sanctions {\n        ...SanctionFields\n      }\n      reviewHistory {\n        agreed\n        disagreed\n        ignored\n        pending\n      }\n      flagAccuracy {\n        agreed\n        disagreed\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarnMember($input: WarnMemberInput!) {\n    warnMember(input: $input) {\n      ...SanctionFields\n    }\n  }\n"): (typeof documents)["\n  mutation WarnMember($input: WarnMemberInput!) {\n    warnMember(input: $input) {\n      ...SanctionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SilenceMember($input: SilenceMemberInput!) {\n    silenceMember(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SilenceMember($input: SilenceMemberInput!) {\n    silenceMember(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsilenceMember($memberId: ID!) {\n    unsilenceMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnsilenceMember($memberId: ID!) {\n    unsilenceMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagMinRank\n    flagsPerHour\n    hideThreshold\n    newMemberDays\n    trustedRank\n    newMemberMaxLinks\n    newMemberMaxImages\n    newMemberMaxMentions\n    holdNewMemberLinks\n  }\n"): (typeof documents)["\n  fragment ModerationSettingsFields on ModerationSettings {\n    flagMinRank\n    flagsPerHour\n    hideThreshold\n    newMemberDays\n    trustedRank\n    newMemberMaxLinks\n    newMemberMaxImages\n    newMemberMaxMentions\n    holdNewMemberLinks\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query ModerationSettings {\n    moderationSettings {\n      ...ModerationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModerationSettings($input: ModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModerationSettings($input: ModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      ...ModerationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddWatchedWord($input: WatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) {\n      id\n      word\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveWatchedWord($id: ID!) {\n    removeWatchedWord(id: $id) {\n      id\n      word\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $actorId: ID\n    $action: String\n    $targetType: String\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      actorId: $actorId\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        actorRole\n        ip\n        action\n        targetType\n        targetId\n        targetLabel\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog(\n    $actorId: ID\n    $action: String\n    $targetType: String\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    auditLog(\n      actorId: $actorId\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n        actorRole\n        ip\n        action\n        targetType\n        targetId\n        targetLabel\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActorSearch($search: String!) {\n    members(first: 10, search: $search) {\n      nodes {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActorSearch($search: String!) {\n    members(first: 10, search: $search) {\n      nodes {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    actorCount\n    actors {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    post {\n      id\n      title\n    }\n    commentId\n    subject {\n      type\n      id\n    }\n    params {\n      message\n      title\n      years\n      points\n      position\n      hours\n      nameJa\n      nameEn\n      icon\n      into\n      path\n    }\n    read\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    actorCount\n    actors {\n      id\n      handle\n      displayName\n      avatarUrl\n    }\n    post {\n      id\n      title\n    }\n    commentId\n    subject {\n      type\n      id\n    }\n    params {\n      message\n      title\n      years\n      points\n      position\n      hours\n      nameJa\n      nameEn\n      icon\n      into\n      path\n    }\n    read\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationUnreadCount {\n    notificationUnreadCount\n  }\n"): (typeof documents)["\n  query NotificationUnreadCount {\n    notificationUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailFrequency\n      channels {\n        kind\n        channel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMemberMessage($input: SendMemberMessageInput!) {\n    sendMemberMessage(input: $input)\n  }\n"): (typeof documents)["\n  mutation SendMemberMessage($input: SendMemberMessageInput!) {\n    sendMemberMessage(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankChipFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n  }\n"): (typeof documents)["\n  fragment RankChipFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n    threshold\n    minActiveDays\n    minBestAnswers\n    perksJa\n    perksEn\n  }\n"): (typeof documents)["\n  fragment RankFields on Rank {\n    id\n    position\n    nameJa\n    nameEn\n    color\n    icon\n    threshold\n    minActiveDays\n    minBestAnswers\n    perksJa\n    perksEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandingFields on Standing {\n    balance\n    lifetime\n    posts\n    comments\n    bestAnswers\n    reactionsReceived\n    eventsAttended\n    activeDays\n    currentStreak\n    bestStreak\n    rank {\n      ...RankFields\n    }\n    nextRank {\n      ...RankFields\n    }\n  }\n"): (typeof documents)["\n  fragment StandingFields on Standing {\n    balance\n    lifetime\n    posts\n    comments\n    bestAnswers\n    reactionsReceived\n    eventsAttended\n    activeDays\n    currentStreak\n    bestStreak\n    rank {\n      ...RankFields\n    }\n    nextRank {\n      ...RankFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberStanding($handle: String!) {\n    member(handle: $handle) {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberStanding($handle: String!) {\n    member(handle: $handle) {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStanding {\n    me {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyStanding {\n    me {\n      id\n      rank {\n        ...RankChipFields\n      }\n      standing {\n        ...StandingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointHistory($handle: String!, $first: Int!, $after: String) {\n    pointHistory(handle: $handle, first: $first, after: $after) {\n      nodes {\n        id\n        rule\n        points\n        reversal\n        reason\n        createdAt\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointHistory($handle: String!, $first: Int!, $after: String) {\n    pointHistory(handle: $handle, first: $first, after: $after) {\n      nodes {\n        id\n        rule\n        points\n        reversal\n        reason\n        createdAt\n        actor {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranks {\n    ranks {\n      ...RankFields\n    }\n  }\n"): (typeof documents)["\n  query Ranks {\n    ranks {\n      ...RankFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRanks($ranks: [RankInput!]!) {\n    updateRanks(ranks: $ranks) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRanks($ranks: [RankInput!]!) {\n    updateRanks(ranks: $ranks) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n"): (typeof documents)["\n  query JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      done\n      total\n      finished\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointRules {\n    pointRules {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query PointRules {\n    pointRules {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePointRules($rules: [PointRuleInput!]!) {\n    updatePointRules(rules: $rules) {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePointRules($rules: [PointRuleInput!]!) {\n    updatePointRules(rules: $rules) {\n      key\n      points\n      dailyCap\n      once\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      ...StandingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      ...StandingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    member {\n      id\n      handle\n      displayName\n      avatarUrl\n      rank {\n        ...RankChipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($period: LeaderboardPeriod!, $first: Int!, $after: String) {\n    leaderboard(period: $period) {\n      period\n      startsOn\n      refreshedAt\n      memberCount\n      viewer {\n        ...LeaderboardEntryFields\n      }\n      entries(first: $first, after: $after) {\n        nodes {\n          ...LeaderboardEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($period: LeaderboardPeriod!, $first: Int!, $after: String) {\n    leaderboard(period: $period) {\n      period\n      startsOn\n      refreshedAt\n      memberCount\n      viewer {\n        ...LeaderboardEntryFields\n      }\n      entries(first: $first, after: $after) {\n        nodes {\n          ...LeaderboardEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionFields on ReactionCount {\n    kind\n    emoji\n    count\n    viewerReacted\n  }\n"): (typeof documents)["\n  fragment ReactionFields on ReactionCount {\n    kind\n    emoji\n    count\n    viewerReacted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    rank {\n      ...RankChipFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthorFields on Member {\n    id\n    handle\n    displayName\n    avatarUrl\n    role\n    rank {\n      ...RankChipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCardFields on Post {\n    id\n    kind\n    title\n    excerpt\n    thumbnailUrl\n    tags\n    createdAt\n    lastActivityAt\n    editedAt\n    pinnedAt\n    lockedAt\n    hiddenAt\n    solved\n    commentCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment PostCardFields on Post {\n    id\n    kind\n    title\n    excerpt\n    thumbnailUrl\n    tags\n    createdAt\n    lastActivityAt\n    editedAt\n    pinnedAt\n    lockedAt\n    hiddenAt\n    solved\n    commentCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n    space {\n      id\n      slug\n      nameJa\n      nameEn\n      icon\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts(\n    $first: Int!\n    $after: String\n    $sort: FeedSort!\n    $spaceSlug: String\n    $authorHandle: String\n    $tag: String\n    $kind: PostKind\n    $solved: Boolean\n    $pinned: Boolean\n  ) {\n    posts(\n      first: $first\n      after: $after\n      sort: $sort\n      spaceSlug: $spaceSlug\n      authorHandle: $authorHandle\n      tag: $tag\n      kind: $kind\n      solved: $solved\n      pinned: $pinned\n    ) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Posts(\n    $first: Int!\n    $after: String\n    $sort: FeedSort!\n    $spaceSlug: String\n    $authorHandle: String\n    $tag: String\n    $kind: PostKind\n    $solved: Boolean\n    $pinned: Boolean\n  ) {\n    posts(\n      first: $first\n      after: $after\n      sort: $sort\n      spaceSlug: $spaceSlug\n      authorHandle: $authorHandle\n      tag: $tag\n      kind: $kind\n      solved: $solved\n      pinned: $pinned\n    ) {\n      nodes {\n        ...PostCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    viewerCanEdit\n    viewerFlagged\n    replyCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deletedAt\n    hiddenAt\n    hiddenReason\n    viewerCanEdit\n    viewerFlagged\n    replyCount\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCardFields\n      body\n      bodyHtml\n      revision\n      viewCount\n      viewerCanEdit\n      viewerFlagged\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCardFields\n      body\n      bodyHtml\n      revision\n      viewCount\n      viewerCanEdit\n      viewerFlagged\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostComments($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 3) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostComments($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentFields\n          replies(first: 3) {\n            nodes {\n              ...CommentFields\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      hiddenAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      hiddenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revision\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revision\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      pinnedAt\n      lockedAt\n      hiddenAt\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      pinnedAt\n      lockedAt\n      hiddenAt\n      hiddenReason\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n        viewerCanPost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBestAnswer($postId: ID!, $commentId: ID) {\n    setBestAnswer(postId: $postId, commentId: $commentId) {\n      id\n      solved\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBestAnswer($postId: ID!, $commentId: ID) {\n    setBestAnswer(postId: $postId, commentId: $commentId) {\n      id\n      solved\n      bestAnswer {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReaction($input: SetReactionInput!) {\n    setReaction(input: $input) {\n      targetId\n      targetType\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetReaction($input: SetReactionInput!) {\n    setReaction(input: $input) {\n      targetId\n      targetType\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoReacted($targetType: ReactionTarget!, $targetId: ID!, $kind: String!, $first: Int!) {\n    whoReacted(targetType: $targetType, targetId: $targetId, kind: $kind, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoReacted($targetType: ReactionTarget!, $targetId: ID!, $kind: String!, $first: Int!) {\n    whoReacted(targetType: $targetType, targetId: $targetId, kind: $kind, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRevisions($postId: ID!, $first: Int!) {\n    postRevisions(postId: $postId, first: $first) {\n      nodes {\n        id\n        revision\n        title\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostRevisions($postId: ID!, $first: Int!) {\n    postRevisions(postId: $postId, first: $first) {\n      nodes {\n        id\n        revision\n        title\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($prefix: String!, $first: Int!) {\n    mentionCandidates(prefix: $prefix, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($prefix: String!, $first: Int!) {\n    mentionCandidates(prefix: $prefix, first: $first) {\n      nodes {\n        ...AuthorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberComments($handle: String!, $first: Int!, $after: String) {\n    memberComments(handle: $handle, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberComments($handle: String!, $first: Int!, $after: String) {\n    memberComments(handle: $handle, first: $first, after: $after) {\n      nodes {\n        ...CommentFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      body\n      tags\n      viewerCanEdit\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      body\n      tags\n      viewerCanEdit\n      space {\n        id\n        slug\n        nameJa\n        nameEn\n        icon\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReactionKinds {\n    reactionKinds {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n"): (typeof documents)["\n  query ReactionKinds {\n    reactionKinds {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReactionKinds($kinds: [ReactionKindInput!]!) {\n    updateReactionKinds(kinds: $kinds) {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReactionKinds($kinds: [ReactionKindInput!]!) {\n    updateReactionKinds(kinds: $kinds) {\n      key\n      emoji\n      labelJa\n      labelEn\n      enabled\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentReactionFields on Comment {\n    id\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentReactionFields on Comment {\n    id\n    reactionCount\n    reactions {\n      ...ReactionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostCommentReactions($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentReactionFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostCommentReactions($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...CommentReactionFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentRepliesReactions($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentReactionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentRepliesReactions($id: ID!, $first: Int!, $after: String) {\n    commentReplies(commentId: $id, first: $first, after: $after) {\n      nodes {\n        ...CommentReactionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentParent on Comment {\n    id\n    parentId\n  }\n"): (typeof documents)["\n  fragment CommentParent on Comment {\n    id\n    parentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $query: String!\n    $first: Int!\n    $after: String\n    $spaceSlug: String\n    $kind: PostKind\n    $solved: Boolean\n    $authorHandle: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      spaceSlug: $spaceSlug\n      kind: $kind\n      solved: $solved\n      authorHandle: $authorHandle\n      from: $from\n      to: $to\n    ) {\n      nodes {\n        type\n        score\n        snippetHtml\n        comment {\n          id\n          createdAt\n          author {\n            ...AuthorFields\n          }\n        }\n        post {\n          id\n          title\n          kind\n          solved\n          createdAt\n          author {\n            ...AuthorFields\n          }\n          space {\n            id\n            slug\n            nameJa\n            nameEn\n            icon\n            color\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $query: String!\n    $first: Int!\n    $after: String\n    $spaceSlug: String\n    $kind: PostKind\n    $solved: Boolean\n    $authorHandle: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      spaceSlug: $spaceSlug\n      kind: $kind\n      solved: $solved\n      authorHandle: $authorHandle\n      from: $from\n      to: $to\n    ) {\n      nodes {\n        type\n        score\n        snippetHtml\n        comment {\n          id\n          createdAt\n          author {\n            ...AuthorFields\n          }\n        }\n        post {\n          id\n          title\n          kind\n          solved\n          createdAt\n          author {\n            ...AuthorFields\n          }\n          space {\n            id\n            slug\n            nameJa\n            nameEn\n            icon\n            color\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceFields on Space {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    color\n    position\n    archivedAt\n    viewerCanPost\n  }\n"): (typeof documents)["\n  fragment SpaceFields on Space {\n    id\n    slug\n    nameJa\n    nameEn\n    descriptionJa\n    descriptionEn\n    icon\n    color\n    position\n    archivedAt\n    viewerCanPost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces($first: Int!, $after: String) {\n    spaces(first: $first, after: $after) {\n      nodes {\n        ...SpaceFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Spaces($first: Int!, $after: String) {\n    spaces(first: $first, after: $after) {\n      nodes {\n        ...SpaceFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      ...SpaceFields\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      ...SpaceFields\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowSpace($spaceId: ID!, $follow: Boolean!) {\n    followSpace(spaceId: $spaceId, follow: $follow) {\n      __typename\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowSpace($spaceId: ID!, $follow: Boolean!) {\n    followSpace(spaceId: $spaceId, follow: $follow) {\n      __typename\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesAdmin($first: Int!) {\n    spaces(first: $first) {\n      nodes {\n        ...SpaceFields\n        postRoles\n        viewRoles\n        minRankPosition\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpacesAdmin($first: Int!) {\n    spaces(first: $first) {\n      nodes {\n        ...SpaceFields\n        postRoles\n        viewRoles\n        minRankPosition\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      ...SpaceFields\n      postRoles\n      viewRoles\n      minRankPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderSpaces($ids: [ID!]!) {\n    reorderSpaces(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderSpaces($ids: [ID!]!) {\n    reorderSpaces(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberAttitude($handle: String!) {\n    member(handle: $handle) {\n      id\n      attitude {\n        npsClass\n        npsScore\n        measuredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberAttitude($handle: String!) {\n    member(handle: $handle) {\n      id\n      attitude {\n        npsClass\n        npsScore\n        measuredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveys {\n    mySurveys {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      closesAt\n      questions {\n        id\n        type\n        promptJa\n        promptEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySurveys {\n    mySurveys {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      closesAt\n      questions {\n        id\n        type\n        promptJa\n        promptEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyScore($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      id\n      submitted\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyScore($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      id\n      submitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    position\n    type\n    required\n    promptJa\n    promptEn\n    withReason\n    choices {\n      key\n      labelJa\n      labelEn\n    }\n    touchpoints {\n      id\n      key\n      labelJa\n      labelEn\n      position\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    position\n    type\n    required\n    promptJa\n    promptEn\n    withReason\n    choices {\n      key\n      labelJa\n      labelEn\n    }\n    touchpoints {\n      id\n      key\n      labelJa\n      labelEn\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    submitted\n    answeredAt\n    updatedAt\n    answers {\n      questionId\n      score\n      choiceKeys\n      text\n      touchpoints {\n        touchpointId\n        influence\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    submitted\n    answeredAt\n    updatedAt\n    answers {\n      questionId\n      score\n      choiceKeys\n      text\n      touchpoints {\n        touchpointId\n        influence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerSurvey($id: ID!, $token: String) {\n    survey(id: $id, token: $token) {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      status\n      opensAt\n      closesAt\n      anonymous\n      viewerAsked\n      questions {\n        ...SurveyQuestionFields\n      }\n      myResponse {\n        ...SurveyResponseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnswerSurvey($id: ID!, $token: String) {\n    survey(id: $id, token: $token) {\n      id\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n      status\n      opensAt\n      closesAt\n      anonymous\n      viewerAsked\n      questions {\n        ...SurveyQuestionFields\n      }\n      myResponse {\n        ...SurveyResponseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyPoints {\n    pointRules {\n      key\n      points\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query SurveyPoints {\n    pointRules {\n      key\n      points\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyImportChoices {\n    surveys(first: 100) {\n      nodes {\n        id\n        titleJa\n        titleEn\n        status\n        questions {\n          id\n          type\n          touchpoints {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyImportChoices {\n    surveys(first: 100) {\n      nodes {\n        id\n        titleJa\n        titleEn\n        status\n        questions {\n          id\n          type\n          touchpoints {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NpsSummaryFields on NpsSummary {\n    responses\n    promoters\n    passives\n    detractors\n    promoterShare\n    passiveShare\n    detractorShare\n    score\n    marginOfError\n    distribution\n    suppressed\n  }\n"): (typeof documents)["\n  fragment NpsSummaryFields on NpsSummary {\n    responses\n    promoters\n    passives\n    detractors\n    promoterShare\n    passiveShare\n    detractorShare\n    score\n    marginOfError\n    distribution\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TouchpointStatsFields on TouchpointClassStats {\n    responses\n    mean\n    positiveShare\n    negativeShare\n    notApplicable\n  }\n"): (typeof documents)["\n  fragment TouchpointStatsFields on TouchpointClassStats {\n    responses\n    mean\n    positiveShare\n    negativeShare\n    notApplicable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsPage(\n    $surveyId: ID!\n    $filter: SurveyResultsFilter\n    $period: SurveyTrendPeriod!\n  ) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      survey {\n        id\n        titleJa\n        titleEn\n        status\n        anonymous\n        opensAt\n        closesAt\n        responseCount\n      }\n      responses\n      partial\n      nps {\n        ...NpsSummaryFields\n      }\n      npsTrend(period: $period) {\n        periodStart\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsByRank {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsBySegment {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      questions {\n        answered\n        question {\n          id\n          position\n          type\n          promptJa\n          promptEn\n          withReason\n        }\n        nps {\n          ...NpsSummaryFields\n        }\n        scale {\n          responses\n          mean\n          distribution\n          satisfiedShare\n        }\n        choices {\n          key\n          labelJa\n          labelEn\n          count\n          share\n        }\n        touchpoints {\n          lift\n          touchpoint {\n            id\n            key\n            labelJa\n            labelEn\n          }\n          overall {\n            ...TouchpointStatsFields\n          }\n          promoters {\n            ...TouchpointStatsFields\n          }\n          passives {\n            ...TouchpointStatsFields\n          }\n          detractors {\n            ...TouchpointStatsFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsPage(\n    $surveyId: ID!\n    $filter: SurveyResultsFilter\n    $period: SurveyTrendPeriod!\n  ) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      survey {\n        id\n        titleJa\n        titleEn\n        status\n        anonymous\n        opensAt\n        closesAt\n        responseCount\n      }\n      responses\n      partial\n      nps {\n        ...NpsSummaryFields\n      }\n      npsTrend(period: $period) {\n        periodStart\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsByRank {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      npsBySegment {\n        key\n        labelJa\n        labelEn\n        summary {\n          ...NpsSummaryFields\n        }\n      }\n      questions {\n        answered\n        question {\n          id\n          position\n          type\n          promptJa\n          promptEn\n          withReason\n        }\n        nps {\n          ...NpsSummaryFields\n        }\n        scale {\n          responses\n          mean\n          distribution\n          satisfiedShare\n        }\n        choices {\n          key\n          labelJa\n          labelEn\n          count\n          share\n        }\n        touchpoints {\n          lift\n          touchpoint {\n            id\n            key\n            labelJa\n            labelEn\n          }\n          overall {\n            ...TouchpointStatsFields\n          }\n          promoters {\n            ...TouchpointStatsFields\n          }\n          passives {\n            ...TouchpointStatsFields\n          }\n          detractors {\n            ...TouchpointStatsFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySegmentChoices {\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query SurveySegmentChoices {\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyNpsComparison($surveyId: ID!, $a: DateRangeInput!, $b: DateRangeInput!) {\n    npsComparison(surveyId: $surveyId, a: $a, b: $b) {\n      a {\n        ...NpsSummaryFields\n      }\n      b {\n        ...NpsSummaryFields\n      }\n      delta\n      z\n      pValue\n      significant\n    }\n  }\n"): (typeof documents)["\n  query SurveyNpsComparison($surveyId: ID!, $a: DateRangeInput!, $b: DateRangeInput!) {\n    npsComparison(surveyId: $surveyId, a: $a, b: $b) {\n      a {\n        ...NpsSummaryFields\n      }\n      b {\n        ...NpsSummaryFields\n      }\n      delta\n      z\n      pValue\n      significant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTextAnswerList(\n    $surveyId: ID!\n    $questionId: ID!\n    $search: String\n    $after: String\n    $first: Int\n    $filter: SurveyResultsFilter\n  ) {\n    surveyTextAnswers(\n      surveyId: $surveyId\n      questionId: $questionId\n      filter: $filter\n      search: $search\n      after: $after\n      first: $first\n    ) {\n      nodes {\n        responseId\n        text\n        answeredAt\n        npsScore\n        respondent {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SurveyTextAnswerList(\n    $surveyId: ID!\n    $questionId: ID!\n    $search: String\n    $after: String\n    $first: Int\n    $filter: SurveyResultsFilter\n  ) {\n    surveyTextAnswers(\n      surveyId: $surveyId\n      questionId: $questionId\n      filter: $filter\n      search: $search\n      after: $after\n      first: $first\n    ) {\n      nodes {\n        responseId\n        text\n        answeredAt\n        npsScore\n        respondent {\n          id\n          handle\n          displayName\n          avatarUrl\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsZone {\n    community {\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsZone {\n    community {\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSurveyRow on Survey {\n    id\n    titleJa\n    titleEn\n    status\n    template\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    invitedCount\n    updatedAt\n    audience {\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSurveyRow on Survey {\n    id\n    titleJa\n    titleEn\n    status\n    template\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    invitedCount\n    updatedAt\n    audience {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSurveys($status: SurveyStatus, $first: Int!, $after: String) {\n    surveys(status: $status, first: $first, after: $after) {\n      nodes {\n        ...StaffSurveyRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StaffSurveys($status: SurveyStatus, $first: Int!, $after: String) {\n    surveys(status: $status, first: $first, after: $after) {\n      nodes {\n        ...StaffSurveyRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCounts {\n    all: surveys(first: 1) {\n      totalCount\n    }\n    draft: surveys(status: DRAFT, first: 1) {\n      totalCount\n    }\n    scheduled: surveys(status: SCHEDULED, first: 1) {\n      totalCount\n    }\n    open: surveys(status: OPEN, first: 1) {\n      totalCount\n    }\n    closed: surveys(status: CLOSED, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SurveyCounts {\n    all: surveys(first: 1) {\n      totalCount\n    }\n    draft: surveys(status: DRAFT, first: 1) {\n      totalCount\n    }\n    scheduled: surveys(status: SCHEDULED, first: 1) {\n      totalCount\n    }\n    open: surveys(status: OPEN, first: 1) {\n      totalCount\n    }\n    closed: surveys(status: CLOSED, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSurvey($id: ID!, $opensAt: DateTime) {\n    publishSurvey(id: $id, opensAt: $opensAt) {\n      ...StaffSurveyRow\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSurvey($id: ID!, $opensAt: DateTime) {\n    publishSurvey(id: $id, opensAt: $opensAt) {\n      ...StaffSurveyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenSurvey($id: ID!, $closesAt: DateTime) {\n    reopenSurvey(id: $id, closesAt: $closesAt) {\n      ...StaffSurveyRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenSurvey($id: ID!, $closesAt: DateTime) {\n    reopenSurvey(id: $id, closesAt: $closesAt) {\n      ...StaffSurveyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateSurvey($id: ID!) {\n    duplicateSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateSurvey($id: ID!) {\n    duplicateSurvey(id: $id) {\n      ...StaffSurveyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSurvey($id: ID!) {\n    deleteSurvey(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSurvey($id: ID!) {\n    deleteSurvey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTemplates {\n    surveyTemplates {\n      key\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n    }\n  }\n"): (typeof documents)["\n  query SurveyTemplates {\n    surveyTemplates {\n      key\n      titleJa\n      titleEn\n      descriptionJa\n      descriptionEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyTouchpointFields on SurveyTouchpoint {\n    id\n    key\n    labelJa\n    labelEn\n    position\n    archived\n  }\n"): (typeof documents)["\n  fragment SurveyTouchpointFields on SurveyTouchpoint {\n    id\n    key\n    labelJa\n    labelEn\n    position\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTouchpoints($includeArchived: Boolean) {\n    surveyTouchpoints(includeArchived: $includeArchived) {\n      ...SurveyTouchpointFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyTouchpoints($includeArchived: Boolean) {\n    surveyTouchpoints(includeArchived: $includeArchived) {\n      ...SurveyTouchpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyTouchpoints($input: [SurveyTouchpointInput!]!) {\n    saveSurveyTouchpoints(input: $input) {\n      ...SurveyTouchpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyTouchpoints($input: [SurveyTouchpointInput!]!) {\n    saveSurveyTouchpoints(input: $input) {\n      ...SurveyTouchpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySettings {\n    surveySettings {\n      fatigueDays\n    }\n  }\n"): (typeof documents)["\n  query SurveySettings {\n    surveySettings {\n      fatigueDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurveySettings($fatigueDays: Int!) {\n    updateSurveySettings(fatigueDays: $fatigueDays) {\n      fatigueDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurveySettings($fatigueDays: Int!) {\n    updateSurveySettings(fatigueDays: $fatigueDays) {\n      fatigueDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyBuilderFields on Survey {\n    id\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    template\n    status\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    canEdit\n    updatedAt\n    audience {\n      kind\n      minRankPosition\n      roles\n      segment\n      hoursAfterEvent\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyBuilderFields on Survey {\n    id\n    titleJa\n    titleEn\n    descriptionJa\n    descriptionEn\n    template\n    status\n    opensAt\n    closesAt\n    publishedAt\n    anonymous\n    responseCap\n    responseCount\n    canEdit\n    updatedAt\n    audience {\n      kind\n      minRankPosition\n      roles\n      segment\n      hoursAfterEvent\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyBuilder($id: ID!) {\n    survey(id: $id) {\n      ...SurveyBuilderFields\n    }\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n    surveyTouchpoints(includeArchived: true) {\n      ...SurveyTouchpointFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyBuilder($id: ID!) {\n    survey(id: $id) {\n      ...SurveyBuilderFields\n    }\n    community {\n      timezone\n    }\n    ranks {\n      id\n      position\n      nameJa\n      nameEn\n      icon\n    }\n    surveySegments {\n      key\n      labelJa\n      labelEn\n    }\n    surveyTouchpoints(includeArchived: true) {\n      ...SurveyTouchpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyEventOptions($first: Int!) {\n    past: events(filter: PAST, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    upcoming: events(filter: UPCOMING, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyEventOptions($first: Int!) {\n    past: events(filter: PAST, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n    upcoming: events(filter: UPCOMING, first: $first) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyBuilderFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyBuilderFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;