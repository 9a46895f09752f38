/**
 * Whether visitors without an account may read the community now. The community module
 * provides it (from its cached settings); the access guard asks it for reading operations.
 */
export abstract class VisitorReading {
  abstract visitorsMayRead(): Promise<boolean>;
}
