// Package detect holds the value validators behind the PII classifier's
// detector names (configs/fields.yaml) and a free-text scanner built on them.
//
// # Why check digits matter
//
// Most national identifiers, payment cards and IBANs carry check digits. A
// value that fails its check digit is not that identifier: it is a typo, a
// test fixture, an order number or a timestamp that happens to have the same
// length. Treating every 11-digit number as a CPF, PESEL or SNILS would flag
// most numeric fields in an event and make the classifier useless, so every
// detector here runs the real scheme — length, allowed characters, embedded
// dates, issuer or region ranges, and the check digits — and reports a match
// only when all of them hold. The residual false-positive rate of a random
// string is then roughly 1/10 to 1/100 per check digit, which is what makes
// value detection safe to combine with field-name hints.
//
// # Where the rules come from
//
// The reference for the national identifiers and VAT numbers is python-stdnum
// (https://github.com/arthurdejong/python-stdnum): its algorithms and doctest
// examples are mirrored in the tests here. Schemes it does not cover follow the
// issuing authority: SNILS (Pension Fund of Russia checksum rules), IIN
// (Kazakhstan, two-pass mod 11), NINO (HMRC National Insurance Manual
// NIM39110), the alphanumeric CNPJ (Receita Federal IN RFB 2.229/2024, issued
// from July 2026). IBAN lengths and BBAN layouts are the SWIFT IBAN Registry;
// phone numbers use libphonenumber metadata via github.com/nyaruka/phonenumbers.
// Where this package departs from the reference, the validator's comment says
// why.
//
// # Performance contract
//
// Validators run on the hot path for every string value of every event. They
// use no regular expressions, no package state mutated after initialisation,
// and do not allocate when they reject a value (phone numbers that pass the
// cheap shape checks are the exception: libphonenumber allocates while
// parsing). ScanText is linear in the input and does not allocate on text
// without candidates.
package detect
