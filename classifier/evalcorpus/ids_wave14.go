package evalcorpus

import "math/rand/v2"

// The identifiers of the wave-14 producers, written from the schemes'
// public definitions; ids_wave14_test.go checks them against a validator
// written apart and against published examples.

// sepaCreditorID is a SEPA Creditor Identifier (EPC262-08): the country,
// two check digits, a three-character creditor business code (ZZZ when
// unused) and the national identifier; the check digits are computed as
// an IBAN's over the national identifier and the country alone, the
// business code left out.
func sepaCreditorID(cc, national string) string {
	v := ibanOf(cc, national)
	return v[:4] + "ZZZ" + v[4:]
}

// creditorNational are national creditor identifier patterns of the
// payment service's countries (# a digit).
var creditorNational = map[string]string{"NL": "############", "DE": "###########", "BE": "##########", "FR": "######", "AT": "###########"}

// genCreditorID is a creditor identifier of a country, with a drawn
// national part.
func genCreditorID(r *rand.Rand, cc string) string {
	p, ok := creditorNational[cc]
	if !ok {
		cc, p = "NL", creditorNational["NL"]
	}
	return sepaCreditorID(cc, pattern(r, p))
}
