export {
  codeRange,
  currentMeaningsOf,
  entriesFor,
  entryForSdkConstant,
  fixConstantFor,
  isAmbiguous,
  isLiveQueryCode,
  isNeverSent,
  liveQueryEntryFor,
  meaningsForMessages,
  sdkConstantFor,
  sentMeaningsOf,
} from './catalog.js';
export { errorCodes } from './error-codes.js';
export { OPERATION_MEANINGS, type OperationFamily } from './operation-meanings.js';
export type {
  CodeRange,
  ErrorCodeCategory,
  ErrorCodeEntry,
  ErrorCodeSender,
  ErrorCodeSource,
  ErrorCodeStatus,
} from './types.js';
export {
  fixedPartsOf,
  messagesContaining,
  messagesEqualTo,
  messagesMatching,
  serverMessages,
  type ServerMessage,
} from './server-messages.js';
