import { graphql } from '../../../gql';

export const OrderImportFieldsFragment = graphql(`
  fragment OrderImportFields on DataImport {
    id
    fileName
    status
    rowsRead
    rowsImported
    rowsUpdated
    rowsUnchanged
    rowsFailed
    failure
    createdAt
    finishedAt
    actor {
      id
      handle
      displayName
    }
  }
`);

export const OrderImportListDocument = graphql(`
  query OrderImportList {
    orderImports(first: 20) {
      ...OrderImportFields
    }
  }
`);

export const OrderImportDetailDocument = graphql(`
  query OrderImportDetail($id: ID!) {
    orderImport(id: $id) {
      ...OrderImportFields
      errors {
        line
        issue
        column
      }
    }
  }
`);

export const MatrixPageDocument = graphql(`
  query MatrixPage($asOf: String) {
    loyaltyMatrix(asOf: $asOf) {
      asOf
      customers
      highLtvCutoff
      cells {
        cell
        count
        share
        revenueInYear
      }
      revenueAtRiskDetractors
      revenueAtRiskPassives
    }
    customerValueSettings {
      highLtvThreshold
    }
  }
`);

export const RfmPageDocument = graphql(`
  query RfmPage($asOf: String) {
    rfmSummary(asOf: $asOf) {
      asOf
      customers
      revenue
      topFifthRevenueShare
      segments {
        segment
        count
        share
        revenue
        revenueShare
        averageMonetary
      }
      grid {
        r
        f
        count
      }
    }
  }
`);

export const CustomerRowFieldsFragment = graphql(`
  fragment CustomerRowFields on Customer {
    key
    customerId
    email
    member {
      id
      handle
      displayName
      avatarUrl
    }
    orders
    totalAmount
    aov
    purchasesPerYear
    ltv
    highLtv
    recencyDays
    lastOrderOn
    r
    f
    m
    rfmSegment
    npsScore
    npsClass
    cell
    revenueInYear
  }
`);

export const CustomerListDocument = graphql(`
  query CustomerList(
    $asOf: String
    $cell: MatrixCell
    $segment: RfmSegment
    $search: String
    $offset: Int
    $limit: Int
  ) {
    customers(
      asOf: $asOf
      cell: $cell
      segment: $segment
      search: $search
      offset: $offset
      limit: $limit
    ) {
      totalCount
      nodes {
        ...CustomerRowFields
      }
    }
  }
`);

export const EraseCustomerDocument = graphql(`
  mutation EraseCustomer($customerId: String!, $reason: String) {
    eraseCustomer(customerId: $customerId, reason: $reason) {
      ordersDeleted
      responsesDeleted
    }
  }
`);
