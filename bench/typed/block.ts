// The vocabulary of the typed bench's corpus: the domains, codes and constants its blocks of code
// draw from, and the block every template is filled for.

export const DOMAINS = [
  'Order',
  'Product',
  'Invoice',
  'Coupon',
  'Cart',
  'Review',
  'Shipment',
  'Customer',
  'Subscription',
  'Payment',
  'Warehouse',
  'Refund',
] as const;
export const LINES_PER_FILE = 250;
/** Parse codes an app meets most (and a deprecated one, 156): what handlers compare against. */
const PARSE_CODES = [101, 209, 137, 141, 119, 142, 100, 124, 202, 203, 205, 155, 156, 125, 206];
const PARSE_CONSTANTS = [
  'OBJECT_NOT_FOUND',
  'INVALID_SESSION_TOKEN',
  'DUPLICATE_VALUE',
  'SCRIPT_FAILED',
  'OPERATION_FORBIDDEN',
  'CONNECTION_FAILED',
  'TIMEOUT',
  'VALIDATION_ERROR',
  'USERNAME_TAKEN',
  'EMAIL_TAKEN',
];
const APP_ERRORS = [
  'OutOfStock',
  'CouponExpired',
  'QuantityTooLarge',
  'SessionExpired',
  'PaymentDeclined',
  'AddressInvalid',
  'LegacyQuota',
  'DuplicateEntry',
  'Maintenance',
];
/** Numbers a payment provider sends; some collide with Parse codes. */
export const PROVIDER_CODES = [100, 101, 137, 141, 155, 402, 429];

export interface Block {
  readonly domain: string;
  readonly lower: string;
  /** Differs for every block of the corpus: names and numbers derive from it. */
  readonly id: number;
}

export const pick = <T>(list: readonly T[], index: number): T => {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
};
export const code = (block: Block, offset: number): number => pick(PARSE_CODES, block.id * 7 + offset);
export const constant = (block: Block, offset: number): string =>
  `Parse.Error.${pick(PARSE_CONSTANTS, block.id * 3 + offset)}`;
export const appError = (block: Block, offset: number): string => `AppErrors.${pick(APP_ERRORS, block.id + offset)}`;

export type BlockTemplate = (block: Block) => string[];
