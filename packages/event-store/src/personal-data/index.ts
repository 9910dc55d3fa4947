export { ErasedKeyError } from './erased-key-error';
export { EncryptedField, decryptField, encryptField, isEncryptedField } from './field-encryption';
export { valueAt } from './field-paths';
export { InMemoryKeyStore } from './in-memory-key-store';
export { keyOf } from './key-of';
export { keyLength, requireKeyLength, type KeyDestruction, type KeyLookup, type KeyRecord, type KeyStore } from './key-store';
export { redactEncryptedFields } from './redact-encrypted-fields';
export { cryptoRandomBytes, seededRandomBytes, type RandomBytes } from './random-bytes';
export { withPersonalDataEncryption, type PersonalDataEncryptionOptions } from './with-personal-data-encryption';
