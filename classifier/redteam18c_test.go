package classifier_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 18 (F12): a hashed PIN or security answer is found from
// its digest by trying (sha256("1234") among ten thousand), so it is the
// credential itself and leaves in no projection, the full one included. A
// digest of a thing (a document's, a file's) stays.
func TestHashedGuessableSecrets(t *testing.T) {
	rs := benchRuleset(t)
	const h64 = "03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4" // sha256("1234")
	for _, tc := range []struct {
		ev    string
		path  string
		cred  bool
		value string
	}{
		{`{"country":"DE","email":"a@b.de","pin_sha256":"` + h64 + `"}`, "/pin_sha256", true, h64},
		{`{"country":"DE","email":"a@b.de","pinSha1":"5c3f0c91acc91f568ae7d95b0da57b6a1a824a73"}`, "/pinSha1", true, "5c3f0c91acc9"},
		{`{"country":"DE","email":"a@b.de","PINHash":"` + h64 + `"}`, "/PINHash", true, h64},
		{`{"country":"DE","email":"a@b.de","security_answer_sha256":"` + h64 + `"}`, "/security_answer_sha256", true, h64},
		{`{"country":"DE","email":"a@b.de","security_answer_md5":"3d9a3a428570a60823164fcebcfaee59"}`, "/security_answer_md5", true, "3d9a3a4285"},
		{`{"country":"DE","email":"a@b.de","sec_answer_digest":"` + h64 + `"}`, "/sec_answer_digest", true, h64},
		{`{"country":"DE","email":"a@b.de","mothers_maiden_name_hash":"` + h64 + `"}`, "/mothers_maiden_name_hash", true, h64},
		{`{"country":"DE","email":"a@b.de","memorable_word_hash":"` + h64 + `"}`, "/memorable_word_hash", true, h64},
		{`{"country":"DE","email":"a@b.de","recovery_code_hash":"` + h64 + `"}`, "/recovery_code_hash", true, h64},
		{`{"country":"DE","email":"a@b.de","backupCodeBcrypt":"$2b$10$abcdefghijklmnopqrstuv"}`, "/backupCodeBcrypt", true, "$2b$10$abc"},
		{`{"country":"DE","email":"a@b.de","hashedpin":"` + h64 + `"}`, "/hashedpin", true, h64},
		{`{"country":"DE","email":"a@b.de","pin_hash_hex":"` + h64 + `"}`, "/pin_hash_hex", true, h64},
		// A security question's answer, as its digest, by context.
		{`{"country":"DE","email":"a@b.de","security_question":{"question":"Mother's maiden name?","answer_sha256":"` + h64 + `"}}`, "/security_question/answer_sha256", true, h64},
		{`{"country":"DE","email":"a@b.de","security_questions":[{"q":"First pet?","a_hash":"` + h64 + `"}]}`, "/security_questions/0/a_hash", true, h64},
		{`{"country":"DE","email":"a@b.de","security_questions":[{"q":"First pet?","a":"Fluffy"}]}`, "/security_questions/0/a", true, "Fluffy"},
		// Controls: a digest of a thing, and a shipping line's hash.
		{`{"country":"DE","email":"a@b.de","document_sha256":"` + h64 + `"}`, "/document_sha256", false, h64},
		{`{"country":"DE","email":"a@b.de","file":{"sha256":"` + h64 + `"}}`, "/file/sha256", false, h64},
		{`{"country":"DE","email":"a@b.de","shipping_hash":"` + h64 + `"}`, "/shipping_hash", false, h64},
		{`{"country":"DE","email":"a@b.de","checksum":"` + h64 + `"}`, "/checksum", false, h64},
		{`{"country":"DE","email":"a@b.de","answer_sha256":"` + h64 + `"}`, "/answer_sha256", false, h64},
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		if d.Failed() {
			t.Fatalf("%s: failed: %s %s", tc.ev, d.Reason, d.Detail)
		}
		var f *classifier.Field
		for i := range d.Fields {
			if d.Fields[i].Path == tc.path {
				f = &d.Fields[i]
			}
		}
		if f == nil {
			t.Fatalf("%s: no field %s", tc.ev, tc.path)
		}
		if got := strings.HasPrefix(f.Category, "credentials."); got != tc.cred {
			t.Errorf("%s: %s is %s, want a credential: %v", tc.ev, tc.path, f.Category, tc.cred)
		}
		if !tc.cred {
			continue
		}
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte(tc.value)) {
				t.Errorf("%s: the %s record holds the credential: %s", tc.ev, r.Projection, r.Value)
			}
		}
	}
}

// Red team, round 18 (F13): a member name holding a special category's
// term ("in_prison", "halal_diet") says what someone is, believes or did;
// an error text, which travels in a quarantine header and the audit
// record, writes it "*", whatever its case, separators or language.
func TestErrorPathsHideSpecialTerms(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ outer, inner, want string }{
		{"household", "in_prison", "/household/*/nationality"},
		{"segments", "halal_diet", "/segments/*/nationality"},
		{"profile", "inPrison", "/profile/*/nationality"},
		{"profile", "halaldiet", "/profile/*/nationality"},
		{"profile", "parole_officer", "/profile/*/nationality"},
		{"profile", "kosherMeals", "/profile/*/nationality"},
		{"profile", "im_gefängnis", "/profile/*/nationality"},
		// (A contacts collection beside the subject's own country is other
		// people's since red team 24, F1: its citizenship is no evidence.)
		{"profile", "hiv_clinic", "/profile/*/nationality"},
		// Field names that hold no term are still quoted.
		{"profile", "billing_info", "/profile/billing_info/nationality"},
		{"customer", "transactions_summary", "/customer/transactions_summary/nationality"},
		{"user", "residence_details", "/user/residence_details/nationality"},
		{"household", "head_of_household", "/household/head_of_household/nationality"},
		{"account", "preferences", "/account/preferences/nationality"},
		{"health", "insurance", "/health/insurance/nationality"},
	} {
		ev := `{"country":"DE","email":"a@b.de","` + tc.outer + `":{"` + tc.inner + `":{"nationality":"Martian"}}}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if d.Reason != classifier.ReasonUnrecognisedCitizenship {
			t.Fatalf("%s: reason %q, want unrecognised_citizenship", ev, d.Reason)
		}
		if !strings.HasPrefix(d.Detail, tc.want+" ") {
			t.Errorf("%s: detail %q, want it to start with %q", ev, d.Detail, tc.want)
		}
		if !strings.Contains(tc.want, "*") {
			continue
		}
		for _, r := range recs {
			for _, h := range r.Headers {
				if strings.Contains(string(h.Value), tc.inner) {
					t.Errorf("%s: the %s record's header %s quotes %q: %s", ev, r.Projection, h.Key, tc.inner, h.Value)
				}
			}
			if r.Projection == "audit" && bytes.Contains(r.Value, []byte(tc.inner)) {
				t.Errorf("%s: the audit record quotes %q: %s", ev, tc.inner, r.Value)
			}
		}
	}
}

// Red team, round 18 (F16): a child listed in a parent's record (family,
// family_members, dependents, dependants, beneficiaries) sets no minor
// flag, since the subject is the parent, but the child's own fields are
// protected as a minor's are where the law makes minors' data sensitive
// (US): the pseudonymized copy carries neither the child's name token nor
// its birth year. An adult listed beside (a spouse) keeps the usual
// treatment.
func TestChildInOthersRecordProtected(t *testing.T) {
	rs := benchRuleset(t)
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, list := range []string{"family", "family_members", "dependents", "dependants", "beneficiaries"} {
		ev := `{"country":"US","email":"parent@b.com","dob":"1980-01-01","` + list + `":[{"name":"Lukas Miller","dob":"2016-03-01"},{"name":"Maria Miller","dob":"1982-05-05"}]}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1", Time: at})
		if d.Failed() {
			t.Fatalf("%s: failed: %s %s", list, d.Reason, d.Detail)
		}
		if d.Minor {
			t.Errorf("%s: minor, want the parent's (false)", list)
		}
		for _, f := range d.Fields {
			child := strings.HasPrefix(f.Path, "/"+list+"/0/")
			if f.Personal && f.Sensitive != child {
				t.Errorf("%s: %s sensitive %v, want %v", list, f.Path, f.Sensitive, child)
			}
		}
		for _, r := range recs {
			if r.Projection != "pseudonymized" && r.Projection != "redacted" {
				continue
			}
			if bytes.Contains(r.Value, []byte("2016")) {
				t.Errorf("%s: the %s record holds the child's birth year: %s", list, r.Projection, r.Value)
			}
			if !bytes.Contains(r.Value, []byte("1982")) && r.Projection == "pseudonymized" {
				t.Errorf("%s: the %s record lost the adult's birth year: %s", list, r.Projection, r.Value)
			}
		}
	}
}
