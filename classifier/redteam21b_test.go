package classifier_test

import (
	"encoding/json"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Red team 21 (F2): a self-stated age in the languages the term lists
// cover, Russian without "лет" and German without "ich", with the
// subject's own country; a number said of something else is no age.
func TestRedTeam21SelfStatedAges(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		country, bio string
		want         bool
	}{
		{"TH", "สวัสดีค่ะ หนูอายุ 13 ปี ชอบวาดรูป", true},
		{"TH", "ผมอายุ ๑๓ ปี", true},
		{"IL", "היי אני בת 13 ואוהבת לצייר", true},
		{"IL", "אני בן 12", true},
		{"CZ", "Ahoj, je mi 13 let a rád kreslím", true},
		{"RO", "Salut, am 13 ani și îmi place să desenez", true},
		{"HU", "Szia, 13 éves vagyok és szeretek rajzolni", true},
		{"GR", "Γεια, είμαι 13 χρονών και μου αρέσει να ζωγραφίζω", true},
		{"BD", "আমার বয়স ১৩ বছর, আমি ছবি আঁকতে ভালোবাসি", true},
		{"PK", "میری عمر 13 سال ہے", true},
		{"IR", "سلام من ۱۴ سالمه و عاشق فوتبالم", true},
		{"KE", "Habari, nina miaka 13 na napenda kuchora", true},
		{"PH", "Hi ako ay 13 taong gulang at mahilig gumuhit", true},
		{"UZ", "Salom, men 13 yoshdaman", true},
		{"KZ", "Сәлем, мен 13 жастамын", true},
		{"ET", "ሰላም እኔ የ13 ዓመት ልጅ ነኝ", true},
		{"RU", "Мне 13, люблю рисовать", true},
		{"RU", "Привет! мне 12. Люблю котов", true},
		{"DE", "Hi, bin 13 und zocke gern", true},
		{"DE", "Ich bin 13 und zocke gern", true},
		// Not an age: no first-person frame, or a number of something else.
		{"DE", "Heute bin 13 km gelaufen", false},
		{"DE", "Hi, bin 13 km gelaufen", false},
		{"US", "Put it in bin 13.", false},
		{"DE", "Ich bin 13 und 14 Uhr erreichbar", false},
		{"RU", "мне 13 раз звонили", false},
		{"RU", "Перезвоните, мне 13 июня удобно", false},
		{"RO", "am 13 ani de experiență în vânzări", false},
		{"US", "Team 13 won the cup", false},
		{"KE", "nina miaka 13 ya uzoefu", false},
		{"CZ", "je mi 13 hodin cesty", false},
		{"HU", "13 éves tapasztalat", false},
		{"IL", "אני בן 130", false},
	} {
		ev := `{"email":"kid@example.com","country":"` + tc.country + `","bio":` + jsonString(tc.bio) + `}`
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || d.Minor != tc.want {
			t.Errorf("%s %q: reason %q minor %v, want %v", tc.country, tc.bio, d.Reason, d.Minor, tc.want)
		}
	}
}

// Red team 21 (F3): one-time codes in SMS bodies as banks and services
// write them (Vietnamese without diacritics, Malaysia's TAC, a reset
// code, grouped digits) and in more languages; codes of other kinds and
// numbers that are no code stay what they were.
func TestRedTeam21OneTimeCodes(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Ma xac thuc cua ban la 834921", true},
		{"VCB: Ma xac nhan giao dich cua Quy khach: 834921", true},
		{"RM0 Kod TAC anda ialah 834921", true},
		{"Maybank2u: Your TAC is 834921 for transfer to ALI BIN ABU", true},
		{"Your PIN reset code: 834921", true},
		{"G7K2XQ Confirmed. Your M-PESA PIN reset code is 834921", true},
		{"Your security code is 8349-21", true},
		{"Acme login: enter code 834 921", true},
		{"Your verification code is 83 49 21.", true},
		{"Nambari yako ya uthibitisho ni 834921", true},
		{"আপনার ওটিপি কোড 834921", true},
		{"Растау коды: 834921", true},
		{"Codul tau de verificare este 834921", true},
		{"Váš ověřovací kód je 834921", true},
		{"Az ellenőrző kódod: 834921", true},
		{"Din verifieringskod är 834921", true},
		{"Tasdiqlash kodi: 834921", true},
		{"آپ کا تصدیقی کوڈ 834921 ہے", true},
		{"የማረጋገጫ ኮድዎ 834921 ነው", true},
		// No one-time code.
		{"Contact us at 0151 1234567 any time", false},
		{"Your verification code was sent to 030 1234 5678", false},
		{"The reset code expires in 10 minutes", false},
		{"Use code 834 921 for 10% off your next order", false},
		{"Enter code SUMMER2024 at checkout", false},
		{"Tic tac toe night on 12-05-2026", false},
		{"Your TAC application was filed in 2019", false},
		{"Mã giảm giá của bạn: SALE50", false},
	} {
		ev := `{"email":"a@example.com","country":"DE","to":"+4915112345678","body":` + jsonString(tc.body) + `}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		f := field(d, "/body")
		if got := f != nil && f.Category == "credentials.secret"; got != tc.want {
			t.Errorf("%q: got %+v, want a credential %v", tc.body, f, tc.want)
		}
	}
}

// Red team 21 (F11): a password, a PIN or a card's security code in a
// message under its label, in more languages and with words qualifying
// the label; a label with no value, or about something else, is no
// credential.
func TestRedTeam21LabelledSecrets(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Votre mot de passe temporaire: Xk9#mP2q", true},
		{"Votre mot de passe temporaire : Xk9#mP2q", true},
		{"Şifreniz: Xk9#mP2q", true},
		{"Geçici şifreniz: Xk9#mP2q", true},
		{"Kata sandi: Xk9#mP2q", true},
		{"Kata sandi sementara Anda: Xk9#mP2q", true},
		{"Mật khẩu: Xk9#mP2q", true},
		{"Mật khẩu tạm thời của bạn là: Xk9#mP2q", true},
		{"Hasło: Xk9#mP2q", true},
		{"Twoje tymczasowe hasło: Xk9#mP2q", true},
		{"كلمة المرور: Xk9#mP2q", true},
		{"كلمة المرور المؤقتة: Xk9#mP2q", true},
		{"PIN: 4821", true},
		{"Your new card PIN is 4821", true},
		{"Ihre neue PIN lautet 4821", true},
		{"CVV: 123", true},
		{"CVC 123", true},
		{"Check-in: the lockbox code is 4821", true},
		{"Gate code: 1234*", true},
		// A label without a value, or about something else.
		{"PIN: required", false},
		{"CVV: 3 digits on the back of your card", false},
		{"CVV 3 digits", false},
		{"Hasło: musi mieć co najmniej 8 znaków", false},
		{"Password reset: https://example.com/help/a1", false},
		{"Şifre sıfırlama: https://example.com/x1", false},
		{"Your PIN code: 560001", false},
		{"PIN-Code: 560001", false},
		{"Shipping: 4821 items pending", false},
		{"Please enter your PIN at the terminal", false},
		{"Hasło: ******", false},
		{"Mật khẩu: không được để trống", false},
	} {
		ev := `{"email":"a@example.de","country":"DE","message":{"id":"m1","channel":"email","body":` + jsonString(tc.body) + `}}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		f := field(d, "/message/body")
		if got := f != nil && f.Category == "credentials.secret"; got != tc.want {
			t.Errorf("%q: got %+v, want a credential %v", tc.body, f, tc.want)
		}
	}
}

// Red team 21 (F13): an age given as the answer to a question asking the
// person's age (Calendly's questions_and_answers, Typeform's field titles,
// Meta's lead forms) is the subject's age; a question about someone
// else's, or an adult's answer, makes no minor.
func TestRedTeam21AgeQuestions(t *testing.T) {
	rs := benchRuleset(t)
	calendly := func(q, a string) string {
		return `{"event":"invitee.created","payload":{"email":"kid@example.de","name":"Lukas Schmidt","timezone":"Europe/Berlin","questions_and_answers":[{"question":` + jsonString(q) + `,"answer":` + jsonString(a) + `}]}}`
	}
	for _, tc := range []struct {
		name, ev string
		want     bool
	}{
		{"calendly en", calendly("How old are you?", "13"), true},
		{"calendly de", calendly("Wie alt bist du?", "13"), true},
		{"calendly fr", calendly("Quel âge as-tu ?", "12"), true},
		{"calendly ru", calendly("Сколько тебе лет?", "13"), true},
		{"calendly zh", calendly("你几岁？", "13"), true},
		{"typeform", `{"type":"form_response","user":{"email":"kid@example.de","country":"DE"},"form_response":{"definition":{"fields":[{"id":"f1","title":"Wie alt bist du?","type":"number"}]},"answers":[{"field":{"id":"f1","type":"number"},"type":"number","number":13}]}}`, true},
		{"lead ads", `{"type":"lead","user":{"email":"kid@example.de","country":"DE"},"field_data":[{"name":"wie_alt_bist_du?","values":["13"]}]}`, true},
		{"lead ads en", `{"type":"lead","user":{"email":"kid@example.de","country":"DE"},"field_data":[{"name":"how_old_are_you?","values":["14"]}]}`, true},
		// An adult, someone else's age, a question about how long.
		{"adult", calendly("How old are you?", "34"), false},
		{"a child's age", calendly("How old is your child?", "7"), false},
		{"how long", calendly("How long have you been a customer?", "13"), false},
		{"a car's age", calendly("Wie alt ist Ihr Auto?", "13"), false},
	} {
		if d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"}); d.Failed() || d.Minor != tc.want {
			t.Errorf("%s: reason %q minor %v, want %v", tc.name, d.Reason, d.Minor, tc.want)
		}
	}
}
