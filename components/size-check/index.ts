export { AttachmentChecker, type AttachmentCheckerProps } from './AttachmentChecker';
export { MmsChecker, type MmsCheckerProps } from './MmsChecker';
export { SendingLimitsReference, type SendingLimitsReferenceProps } from './SendingLimitsReference';
