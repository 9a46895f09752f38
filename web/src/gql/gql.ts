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
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      email\n      role\n      status\n      locale\n      timezone\n      joinedAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      handle\n      displayName\n      locale\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      pendingApproval\n      member {\n        id\n        handle\n        displayName\n        locale\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": typeof types.UpdateCommunityDocument,
    "\n  query Invites($first: Int!, $after: String) {\n    invites(first: $first, after: $after) {\n      nodes {\n        id\n        code\n        note\n        status\n        uses\n        maxUses\n        expiresAt\n        revokedAt\n        createdAt\n        createdBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      id\n      code\n      note\n      status\n      uses\n      maxUses\n      expiresAt\n      revokedAt\n      createdAt\n    }\n  }\n": typeof types.CreateInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.RevokeInviteDocument,
    "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      locale\n      timezone\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetRole($memberId: ID!, $role: Role!) {\n    setRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation RestoreMember($memberId: ID!) {\n    restoreMember(memberId: $memberId) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": typeof types.RestoreMemberDocument,
    "\n  mutation ApproveMember($memberId: ID!) {\n    approveMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveMemberDocument,
    "\n  mutation RejectMember($memberId: ID!) {\n    rejectMember(memberId: $memberId)\n  }\n": typeof types.RejectMemberDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      email\n      role\n      status\n      locale\n      timezone\n      joinedAt\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      handle\n      displayName\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      pendingApproval\n      member {\n        id\n        handle\n        displayName\n        locale\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": types.CommunityDocument,
    "\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n": types.UpdateCommunityDocument,
    "\n  query Invites($first: Int!, $after: String) {\n    invites(first: $first, after: $after) {\n      nodes {\n        id\n        code\n        note\n        status\n        uses\n        maxUses\n        expiresAt\n        revokedAt\n        createdAt\n        createdBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      id\n      code\n      note\n      status\n      uses\n      maxUses\n      expiresAt\n      revokedAt\n      createdAt\n    }\n  }\n": types.CreateInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.RevokeInviteDocument,
    "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      locale\n      timezone\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetRole($memberId: ID!, $role: Role!) {\n    setRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetRoleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation RestoreMember($memberId: ID!) {\n    restoreMember(memberId: $memberId) {\n      id\n      status\n      suspendedAt\n      suspensionReason\n    }\n  }\n": types.RestoreMemberDocument,
    "\n  mutation ApproveMember($memberId: ID!) {\n    approveMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.ApproveMemberDocument,
    "\n  mutation RejectMember($memberId: ID!) {\n    rejectMember(memberId: $memberId)\n  }\n": types.RejectMemberDocument,
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
export function graphql(source: "\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Community {\n    community {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunity($input: UpdateCommunityInput!) {\n    updateCommunity(input: $input) {\n      name\n      description\n      logoUrl\n      registrationMode\n      defaultLocale\n      timezone\n      updatedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      avatarUrl\n      bio\n      role\n      status\n      joinedAt\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {\n    members(first: $first, after: $after, search: $search, role: $role, status: $status) {\n      nodes {\n        id\n        handle\n        displayName\n        avatarUrl\n        email\n        role\n        status\n        joinedAt\n        suspendedAt\n        suspensionReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;