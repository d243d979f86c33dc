package classifier_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team, round 11 (F1): a one-time code in a message's text, in the
// languages and SMS templates services send it in, leaves no record, the
// full one included; numbers in ordinary text stay where they were.
func TestOneTimeCodesInText(t *testing.T) {
	rs := benchRuleset(t)
	for _, msg := range []string{
		"G-482193 is your Google verification code.",
		"Dein Bestätigungscode lautet 482193",
		"Su código de verificación es 482193",
		"Seu código de verificação é 482193",
		"Код для входа: 482193. Никому не сообщайте.",
		"Код: 482193. Никому не сообщайте.",
		"認証コード：482193",
		"인증번호 [482193]을 입력해주세요",
		"验证码：482193，5分钟内有效",
		"482193 is your Instagram code. Don't share it.",
		"<#> 482193 is your WhatsApp code FA+9qCX9VSu",
		"Use 482193 to log in",
		"Mã xác nhận của bạn là 482193",
		"Kode verifikasi Anda: 482193",
		"รหัส OTP ของคุณคือ 482193",
		"رمز التحقق الخاص بك هو 482193",
		"आपका ओटीपी 482193 है",
		"Your one-time passcode: 482193",
		// Red team 23 (F10): a password before its name, quoted as
		// markdown or HTML writes it.
		"`Xk9#482193` is your new password",
		"<b>pw482193!</b> is your temporary password",
		// Wave 31: a code named, then given last.
		"I've sent a one-time code to your registered number, please type it here. 482193",
		"Le enviamos un código de un solo uso a su número registrado. 482193",
		// Session 19: a support chat's message that only hands over a code.
		"el código es 568011", "o código é 266000", "The code is 4821.", "mein Code: 482193",
	} {
		for _, name := range []string{"message", "note"} {
			ev := `{"country":"DE","email":"a@b.de","` + name + `":"` + msg + `"}`
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("%s: failed: %s %s", ev, d.Reason, d.Detail)
			}
			if where := outsideInput(recs, "482193"); where != "" {
				t.Errorf("%q under %s: the code is in the %s", msg, name, where)
			}
		}
	}
	for _, msg := range []string{
		"Order 482193 shipped", "call me at 5pm", "Room 1204", "Postal code 10115 Berlin", "PIN code 560001 Bangalore",
		"Your verification code was sent to 0151 1234567", "Your verification code expires in 10 minutes",
		"482193 is your order code", "Use 2024 to save money", "Our security code policy changed in 2024.",
		"The OTP feature launched 2019", "Verification code sent at 14:30 on 12.05.2026", "Promo code SAVE20 ends 2026",
		"Flight 4821 to Berlin, gate B12, do not share your seat",
		"anna482193@example.de is your password recovery e-mail", "This is your new password policy",
		"The verification code was sent to your phone in 2024", "Your one-time code expired. Ticket 482193 closed",
		"the postal code is 10115", "el código postal es 28013", "order code is 4821, where is it?", "the code is 2024",
	} {
		d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","message":"` + msg + `"}`)})
		if f := field(d, "/message"); f == nil || strings.HasPrefix(f.Category, "credentials.") {
			t.Errorf("%q: %+v, want no credential", msg, f)
		}
	}
}

// Red team, round 11 (F2, F3): a second factor's backup, recovery and
// scratch codes, and tokens by their issuers' prefixes, leave no record.
func TestBackupCodesAndTokenPrefixes(t *testing.T) {
	rs := benchRuleset(t)
	for _, c := range []struct{ member, secret string }{
		{`"two_factor":{"method":"totp","backup":["8f3k2m9q","7h2j4n8p"]}`, "8f3k2m9q"},
		{`"two_factor":{"recovery":["8f3k2m9q","7h2j4n8p"]}`, "8f3k2m9q"},
		{`"mfa":{"backup_codes":["8f3k2m9q"]}`, "8f3k2m9q"},
		{`"scratch_codes":["48213957","10385726"]`, "48213957"},
		{`"webhook":{"ref":"ghs_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz"}`, "ghs_1A2b"},
		{`"x":"ghu_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz"`, "ghu_1A2b"},
		{`"x":"ghr_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz"`, "ghr_1A2b"},
		{`"crm":{"ref":"pat-na1-6f2a3c1e-8b4d-4e2f-9a1b-3c5d7e9f1a2b"}`, "6f2a3c1e-8b4d"},
		{`"crm":{"ref":"pat-eu1-6f2a3c1e-8b4d-4e2f-9a1b-3c5d7e9f1a2b"}`, "6f2a3c1e-8b4d"},
		{`"google":{"ref":"ya29.a0AfH6SMBxYz"}`, "a0AfH6SMBxYz"},
	} {
		ev := `{"country":"DE","email":"a@b.de",` + c.member + `}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if d.Failed() {
			t.Fatalf("%s: failed: %s %s", ev, d.Reason, d.Detail)
		}
		if where := outsideInput(recs, c.secret); where != "" {
			t.Errorf("%s: the credential is in the %s", ev, where)
		}
	}
}

// Red team, round 11 (F4): a value shaped like a credential never keys a
// record, whether it is the subject key's value or the input's key: an
// express-session signed cookie, a short Google access token.
func TestCredentialShapedValueKeysNoRecord(t *testing.T) {
	rs := benchRuleset(t)
	for _, v := range []string{
		"s%3AkT9mQ2xZpL8vR3nW5yH7jK1cF4dG6sA9.bE2xYz0123456789AbCdEfGhIjKlMnOpQr",
		"s:kT9mQ2xZpL8vR3nW5yH7jK1cF4dG6sA9.bE2xYz0123456789AbCdEfGhIjKlMnOpQr",
		"ya29.a0AfH6SMBxYz",
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","uid":"` + v + `"}`), Source: "t/0/1"})
		if where := outsideInput(recs, v[4:16]); where != "" {
			t.Errorf("uid %q: in the %s", v, where)
		}
		_, recs = process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de"}`), Key: []byte(v), Source: "t/0/1"})
		for _, r := range recs {
			if bytes.Contains(r.Key, []byte(v[4:16])) {
				t.Errorf("%s record keyed by the input's credential key %q", r.Projection, v)
			}
		}
	}
}

// An authenticator seed given as the input record's key keys no record
// (red team 12: low severity); an ordinary id still does.
func TestTOTPSeedInputKey(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		key  string
		kept bool
	}{
		{"JBSWY3DPEHPK3PXP", false},
		{"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", false},
		{"cust-000123", true},
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de"}`), Key: []byte(tc.key), Source: "t/0/1"})
		kept := false
		for _, r := range recs {
			kept = kept || bytes.Equal(r.Key, []byte(tc.key))
		}
		if kept != tc.kept {
			t.Errorf("input key %q kept as a record key: %v, want %v", tc.key, kept, tc.kept)
		}
	}
}
