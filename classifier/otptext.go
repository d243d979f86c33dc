package classifier

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// oneTimeCodeInText reports whether text carries a one-time code the way
// services send them by SMS or e-mail, in any of the languages they
// write (red team, round 11: credentialInProse reads "your verification
// code is 482913" and "ваш код 4821" only):
//
//   - a code's name, then the code within a few words: "Dein
//     Bestätigungscode lautet 482193", "Su código de verificación es
//     482193", "Код для входа: 482193", "認証コード：482193", "인증번호
//     [482193]을 입력해주세요", "验证码：123456，5分钟内有效";
//   - the SMS templates that put the code first: "G-482193 is your Google
//     verification code", "482193 is your Instagram code", "Use 482193 to
//     log in";
//   - a code word and a number in a text that asks not to pass it on
//     ("Код: 482193. Никому не сообщайте").
//
// The code is 4 to 8 digits (a letter prefix such as Google's "G-"
// aside), or 6 to 8 letters and digits with two of each, whichever opens
// it ("8F3K9Q", "K7Q2ZP"), and only the first number after a code's name counts: "the
// verification code expires in 10 minutes", a phone number ("sent to
// 0151 1234567"), a time or a date are no code. "Order 482193 shipped",
// "Room 1204" and "Postal code 10115" name no one-time code.
func oneTimeCodeInText(v string) bool {
	if len(v) < 6 || len(v) > 1<<16 || !hasDigits(v, 2) || !mayNameCode(v) {
		// (Two digits: a code of letters and digits has two at least,
		// "K7Q2ZP".)
		return false
	}
	lv := strings.ToLower(v)
	named := false
	for _, p := range otpNames {
		for j := range indexAll(lv, p) {
			i := j + len(p)
			if p[0] < utf8.RuneSelf && (j > 0 && asciiLetter(lv[j-1]) || i < len(lv) && asciiLetter(lv[i]) && asciiLetter(p[len(p)-1])) {
				continue // "zipcode", "otpauth", "codes"
			}
			if codeAfter(lv[i:]) {
				return true
			}
			named = true
		}
	}
	if named && codeLast(lv) {
		// A code named, then told, then given last: "I've sent a
		// one-time code to your number, please type it here. 665480".
		return true
	}
	return codeTemplate(lv) || useCodeTemplate(lv) || codeNotToShare(lv) || bareCodeMessage(lv)
}

// bareCodeMessage reports whether a whole short message only hands over
// a code: "el código es 568011", "o código é 266000", "the code is
// 4821", "mein Code: 482193" (a support chat, after the agent sent one).
// Nothing else may be in the message: "the postal code is 10115" or
// "order code is 4821, where is it?" are no one-time code.
func bareCodeMessage(lv string) bool {
	if len(lv) > 48 {
		return false
	}
	before, ok := trailingCode(lv)
	if !ok {
		return false
	}
	head := strings.TrimRight(before, " :\t\n-")
	for _, p := range bareCodePhrases {
		if head == p {
			return true
		}
	}
	return false
}

// bareCodePhrases are "the code is" and "my code is" in the languages
// whose users answer a support agent that way.
var bareCodePhrases = []string{
	"the code is", "my code is", "code is", "the code", "my code", "code", "here is the code", "here's the code", "heres the code",
	"el código es", "el codigo es", "mi código es", "mi codigo es", "el código", "el codigo", "código", "codigo", "aquí está el código", "aqui esta el codigo",
	"o código é", "o codigo e", "o código", "o codigo", "meu código é", "meu codigo e", "o meu código é", "o meu codigo e",
	"le code est", "mon code est", "le code", "voici le code", "der code ist", "mein code ist", "der code", "mein code", "hier ist der code",
	"il codice è", "il codice e", "il mio codice è", "il codice", "de code is", "mijn code is", "kod to", "mój kod to", "kod",
	"код", "мой код", "код такой", "вот код", "kode nya", "kodenya", "kode", "kodenya adalah", "kode saya", "mã là", "mã của tôi là",
}

// codeLast reports whether text ends with a number of 4 to 8 digits
// standing alone after a sentence's end or a colon ("… type it here.
// 665480"): no year ("launched in 2024") and no phone's last group
// ("sent to 0151 1234567").
func codeLast(lv string) bool {
	before, ok := trailingCode(lv)
	before = strings.TrimRight(before, " \t")
	return ok && before != "" && strings.ContainsRune(".:!?\n", rune(before[len(before)-1]))
}

// trailingCode reports whether text ends with a number of 4 to 8 digits
// standing alone (a final full stop or "!" aside), no year (19xx, 20xx),
// and returns the text before it.
func trailingCode(lv string) (before string, ok bool) {
	t := strings.TrimRight(lv, " .!\n")
	i := strings.LastIndexAny(t, " \n\t:")
	w := t[i+1:]
	if len(w) < 4 || len(w) > 8 || !allDigits(w) || len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
		return "", false
	}
	return t[:i+1], true
}

// indexAll yields the index of every occurrence of sub in s, left to
// right (overlapping ones too).
func indexAll(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			j := strings.Index(s[i:], sub)
			if j < 0 {
				return
			}
			if !yield(i + j) {
				return
			}
			i += j + 1
		}
	}
}

// mayNameCode reports whether v holds a word every one-time code's name,
// template and sharing warning below has (code, kod, otp, pass, use,
// enter, код, コード, 码...), in any case: a single pass over the bytes, so
// that the values that name none (nearly all) are not lower-cased and
// searched for each name.
func mayNameCode(v string) bool {
	ascii := true
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= utf8.RuneSelf {
			ascii = false
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		var anchors []string
		switch c {
		case 'c':
			anchors = []string{"cod", "clave", "contrase"}
		case 'k':
			anchors = []string{"kod"}
		case 'm':
			anchors = []string{"ma xac", "ma kich", "msimbo"} // Vietnamese without its diacritics
		case 'n':
			anchors = []string{"namba", "nambari"}
		case 'o':
			anchors = []string{"otp"}
		case 'p':
			anchors = []string{"pass", "pin"}
		case 'u':
			anchors = []string{"use ", "uthibitisho"}
		case 'e':
			anchors = []string{"enter ", "einmal"}
		case 's':
			anchors = []string{"senha"}
		case 'w':
			anchors = []string{"wachtwoord"}
		case 't':
			anchors = []string{"tek kull"}
			if i == 0 || !asciiLetter(v[i-1]) {
				anchors = []string{"tek kull", "tac"} // Malaysia's transaction code, not "contact"
			}
		default:
			continue
		}
		for _, a := range anchors {
			if len(v)-i >= len(a) && strings.EqualFold(v[i:i+len(a)], a) {
				return true
			}
		}
	}
	if ascii {
		return false
	}
	for _, a := range codeAnchors {
		if strings.Contains(v, a) {
			return true
		}
	}
	return false
}

// codeAnchors are mayNameCode's words outside ASCII, in the cases text
// writes them.
var codeAnchors = []string{"од", "ОД", "ароль", "АРОЛЬ", "ódigo", "ÓDIGO", "ã x", "Ã X", "ωδικ", "ΩΔΙΚ", "コード", "番号", "パスワード", "ワンタイム",
	"번호", "코드", "码", "碼", "密", "รหัส", "رمز", "كود", "کد", "קוד", "ओटीपी", "कोड", "mã", "Mã", "MÃ",
	"kód", "KÓD", "কোড", "ওটিপি", "کوڈ", "ٹی پی", "ኮድ"}

// otpNames name a one-time code in text, lower case. Each is specific
// enough alone: "code", "код", "código" and "PIN" are not (a promo code, a
// product code, an Indian PIN code), and credentialInProse reads them
// with an opener ("your code is …").
var otpNames = []string{
	// English
	"verification code", "confirmation code", "security code", "login code", "log-in code", "sign-in code", "signin code",
	"one-time code", "one time code", "one-time password", "one time password", "one-time passcode", "one-time pin",
	"authentication code", "activation code", "access code", "2fa code", "mfa code", "sms code", "auth code", "otp", "passcode",
	"backup codes", "backup code", "recovery codes", "recovery code", "scratch codes",
	// German, Dutch
	"bestätigungscode", "bestaetigungscode", "verifizierungscode", "sicherheitscode", "anmeldecode", "einmalcode", "einmalpasswort",
	"freischaltcode", "aktivierungscode", "zugangscode", "verificatiecode", "bevestigingscode", "inlogcode", "beveiligingscode",
	// French, Spanish, Portuguese, Italian
	"code de vérification", "code de verification", "code de confirmation", "code de sécurité", "code d'accès", "code de connexion",
	"code à usage unique", "código de verificación", "codigo de verificacion", "código de confirmación", "codigo de confirmacion",
	"código de seguridad", "código de acceso", "código de un solo uso", "código de inicio de sesión", "clave dinámica",
	"código de verificação", "codigo de verificacao", "código de confirmação", "codigo de confirmacao", "código de segurança",
	"código de acesso", "codice di verifica", "codice di conferma", "codice di sicurezza", "codice di accesso",
	// Polish, Turkish, Greek
	"kod weryfikacyjny", "kod potwierdzający", "kod potwierdzajacy", "kod jednorazowy", "kod sms", "kod autoryzacyjny",
	"doğrulama kodu", "dogrulama kodu", "onay kodu", "giriş kodu", "doğrulama kodunuz", "dogrulama kodunuz", "onay kodunuz", "giriş kodunuz", "tek kullanımlık", "κωδικός επαλήθευσης", "κωδικός μιας χρήσης",
	// Russian, Ukrainian
	"код подтверждения", "код для входа", "код входа", "код доступа", "код из смс", "код из sms", "код верификации",
	"код авторизации", "код активации", "проверочный код", "одноразовый код", "одноразовый пароль", "код безопасности",
	"код підтвердження", "код для входу",
	// Japanese, Korean, Chinese
	"認証コード", "確認コード", "認証番号", "ワンタイムパスワード", "ワンタイムコード", "セキュリティコード", "ログインコード",
	"인증번호", "인증 번호", "인증코드", "인증 코드", "확인코드", "확인 코드", "보안코드", "일회용 비밀번호",
	"验证码", "驗證碼", "校验码", "校驗碼", "动态码", "動態碼", "动态密码", "動態密碼", "确认码", "確認碼",
	// Vietnamese, Indonesian and Malay, Thai
	"mã xác nhận", "mã xác thực", "mã xác minh", "mã kích hoạt", "kode verifikasi", "kode konfirmasi", "kode aktivasi",
	"kode rahasia", "kod pengesahan", "รหัสยืนยัน", "รหัส otp",
	// Arabic, Persian, Hebrew, Hindi
	"رمز التحقق", "رمز التفعيل", "كود التفعيل", "كود التحقق", "رمز التأكيد", "رمز الدخول", "کد تایید", "کد تأیید", "کد ورود",
	"קוד אימות", "קוד האימות", "ओटीपी", "सत्यापन कोड", "वेरिफिकेशन कोड", "आपका कोड", "लॉगिन कोड",
	// Red team 21: a reset code, Malaysia's TAC, Vietnamese as bank SMS
	// write it (without diacritics), Swahili, Bengali, Kazakh, Romanian,
	// Czech and Slovak, Hungarian, Swedish, Danish and Norwegian, Uzbek,
	// Urdu, Amharic.
	"reset code", "tac", "ma xac thuc", "ma xac nhan", "ma xac minh", "ma kich hoat", "mã xác nhận giao dịch", "ma xac nhan giao dich",
	"ya uthibitisho", "wa uthibitisho", "msimbo wa siri", "ওটিপি", "যাচাইকরণ কোড", "ভেরিফিকেশন কোড", "растау коды", "растау кодыңыз", "бір реттік код",
	"cod de verificare", "codul de verificare", "codul tau de verificare", "codul tău de verificare", "codul dvs. de verificare", "cod de confirmare",
	"codul de confirmare", "cod de autentificare", "cod unic", "ověřovací kód", "overovaci kod", "potvrzovací kód", "jednorázový kód",
	"bezpečnostní kód", "přihlašovací kód", "overovací kód", "ellenőrző kód", "ellenőrző kódod", "ellenőrző kódja", "megerősítő kód",
	"megerősítő kódod", "biztonsági kód", "egyszer használatos kód", "verifieringskod", "bekräftelsekod", "engångskod", "säkerhetskod",
	"inloggningskod", "bekræftelseskode", "engangskode", "verifiseringskode", "bekreftelseskode", "sikkerhetskode", "tasdiqlash kodi",
	"tasdiqlash kodingiz", "bir martalik kod", "kirish kodi", "тасдиқлаш коди", "تصدیقی کوڈ", "او ٹی پی", "የማረጋገጫ ኮድ", "ማረጋገጫ ኮድ",
}

// codeAfter reports whether the first number in the few words at the
// start of t (after a code's name) is a one-time code.
func codeAfter(t string) bool {
	words, runes := 0, 0
	for i := 0; i < len(t); {
		c := t[i]
		if c >= '0' && c <= '9' {
			return codeAt(t, i) || alnumCode(t, i)
		}
		if asciiLetter(c) && (i == 0 || !asciiLetter(t[i-1]) && (t[i-1] < '0' || t[i-1] > '9')) && alnumCode(t, i) {
			return true // a code that opens with a letter: "k7q2zp" (red team 27)
		}
		switch c {
		case '.', '!', '?', '\n':
			return false // the sentence ended first
		case ' ', '\t':
			if i > 0 && t[i-1] != ' ' && t[i-1] != '\t' {
				words++
			}
		}
		if words > 4 || runes > 32 {
			return false
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r == '。' || r == '！' || r == '？' {
			return false
		}
		i += n
		runes++
	}
	return false
}

// codeAt reports whether the digits starting at t[i] are a code: 4 to 8
// of them, not glued to a Latin word ("abc1234"), nor one group of a
// phone, a decimal, a time or a date ("0151 1234567", "14:30",
// "12.05.2026"), nor a year (four digits from 1900 to 2099).
func codeAt(t string, i int) bool {
	if i > 0 && asciiLetter(t[i-1]) {
		return false
	}
	j := i
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if groupedCode(t, i) {
		return true // six to eight digits in groups: "834 921", "8349-21", "83 49 21"
	}
	if j-i < 4 || j-i > 8 || j-i == 4 && (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') {
		return false // a year: "the OTP feature launched in 2019"
	}
	if j < len(t) && asciiLetter(t[j]) {
		return false
	}
	if j+1 < len(t) && strings.IndexByte(".,:/- ", t[j]) >= 0 && t[j+1] >= '0' && t[j+1] <= '9' {
		return false
	}
	return true
}

// groupedCode reports whether the digits starting at t[i] are a code
// printed in two or three groups of two to four digits joined by one
// space or hyphen, six to eight digits in all ("834 921", "8349-21", "83
// 49 21"), and nothing after them that continues a number. A date
// ("12-05-2026") is none.
func groupedCode(t string, i int) bool {
	var sep byte
	groups, total, year := 0, 0, false
	for {
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		n := j - i
		if n < 2 || n > 4 {
			return false
		}
		if n == 4 && (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') {
			year = true
		}
		groups++
		total += n
		if j+1 < len(t) && (t[j] == ' ' || t[j] == '-') && (sep == 0 || t[j] == sep) && t[j+1] >= '0' && t[j+1] <= '9' && groups < 3 {
			sep, i = t[j], j+1
			continue
		}
		if j < len(t) && (asciiLetter(t[j]) || t[j] >= '0' && t[j] <= '9') ||
			j+1 < len(t) && strings.IndexByte(".,:/- ", t[j]) >= 0 && t[j+1] >= '0' && t[j+1] <= '9' {
			return false
		}
		return groups >= 2 && total >= 6 && total <= 8 && !(groups == 3 && year)
	}
}

// digitGroupsCode reports whether w is a code as groupedCode reads one,
// written as one word ("834-921", "8349-21").
func digitGroupsCode(w string) bool {
	return len(w) >= 7 && w[0] >= '0' && w[0] <= '9' && strings.IndexByte(w, '-') > 0 && groupedCode(w, 0)
}

// alnumCode reports whether the token starting at t[i] is a code of
// letters and digits: six to eight of them, two digits and two letters at
// least ("8F3K9Q"), or two groups of four joined by a hyphen as backup
// codes are written ("8f3k-9q2z").
func alnumCode(t string, i int) bool {
	if i > 0 && asciiLetter(t[i-1]) {
		return false
	}
	j, digits, letters, hyphen := i, 0, 0, -1
	for ; j < len(t); j++ {
		c := t[j]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case asciiLetter(c):
			letters++
		case c == '-' && hyphen < 0 && j-i == 4:
			hyphen = j
		default:
			goto end
		}
	}
end:
	n := j - i
	if hyphen >= 0 {
		return n == 9 && digits >= 2 && letters >= 2
	}
	return n >= 6 && n <= 8 && digits >= 2 && letters >= 2
}

// codeTemplate reports whether text puts a code before the words that
// say what it is: "482193 is your Instagram code", "G-482193 is your
// Google verification code", "<#> 482193 ist dein WhatsApp-Code".
func codeTemplate(lv string) bool {
	for _, m := range codeIsYour {
		for j := range indexAll(lv, m) {
			i := j + len(m)
			if !codeToken(lastWord(lv[:j])) {
				continue
			}
			prev := ""
			for k, w := range strings.Fields(lv[i:min(len(lv), i+80)]) {
				if k >= 5 {
					break
				}
				w = strings.Trim(w, ".,:;!?()\"'")
				for _, part := range strings.Split(w, "-") {
					if codeWords[part] && !nonSecretCodes[prev] {
						return true
					}
					prev = part
				}
			}
		}
	}
	return false
}

// codeIsYour are the words between a code and its name in SMS templates.
var codeIsYour = []string{" is your ", " is je ", " ist dein ", " ist ihr ", " est votre ", " es tu ", " es su ", " é o seu ", " é seu ",
	" é a sua ", " è il tuo ", " — ваш ", " - ваш ", " это ваш ", " là mã ", " adalah kode ", " adalah otp ", " to twój ", " senin "}

// codeWords name a code after codeIsYour; nonSecretCodes before one make
// it no credential ("482193 is your order code").
var (
	codeWords = map[string]bool{"code": true, "passcode": true, "otp": true, "pin": true, "password": true, "código": true, "codigo": true,
		"codice": true, "код": true, "kode": true, "kod": true, "kodu": true, "mã": true, "пароль": true, "passwort": true, "senha": true,
		"contraseña": true, "wachtwoord": true, "verificatiecode": true, "bestätigungscode": true, "sicherheitscode": true}
	nonSecretCodes = map[string]bool{"promo": true, "promotion": true, "promotional": true, "discount": true, "coupon": true, "voucher": true,
		"gift": true, "zip": true, "postal": true, "post": true, "area": true, "country": true, "tracking": true, "order": true, "product": true,
		"error": true, "status": true, "reference": true, "referral": true, "booking": true, "reservation": true, "dial": true, "region": true,
		"tax": true, "sort": true, "swift": true, "bank": true, "branch": true, "course": true, "class": true, "invite": true, "invitation": true,
		"qr": true, "bar": true, "color": true, "colour": true}
)

// useCodeTemplate reports whether text tells to use or enter a code to
// sign in or verify: "Use 482193 to log in", "Enter 4821 to verify",
// "use 482193 as your login code".
func useCodeTemplate(lv string) bool {
	for _, m := range [...]string{"use ", "enter "} {
		for j := range indexAll(lv, m) {
			i := j + len(m)
			if j > 0 && asciiLetter(lv[j-1]) {
				continue
			}
			ws := strings.Fields(lv[i:min(len(lv), i+64)])
			named := false
			if len(ws) > 0 && (ws[0] == "code" || ws[0] == "the") {
				named = ws[0] == "code"
				ws = ws[1:] // "use code 834-921 to sign in"
				if len(ws) > 0 && ws[0] == "code" {
					named, ws = true, ws[1:]
				}
			}
			grouped := false
			if len(ws) >= 2 && allDigits(ws[0]) && allDigits(strings.TrimRight(ws[1], ".,;:!)")) && groupedCode(lv, strings.Index(lv[i:], ws[0])+i) {
				ws = append([]string{ws[0] + "-" + strings.TrimRight(ws[1], ".,;:!)")}, ws[2:]...) // "834 921"
				grouped = true
			}
			if len(ws) > 0 && named && m == "enter " {
				// "enter code 834 921": a code to enter, whatever
				// follows, when it is digits only (a promo code has
				// letters).
				w := strings.Trim(ws[0], ".,;:!()[]\"'")
				if grouped || digitGroupsCode(w) || len(w) >= 4 && len(w) <= 8 && allDigits(w) {
					return true
				}
			}
			if len(ws) < 3 || !codeToken(ws[0]) {
				continue
			}
			if ws[1] == "as" || ws[1] == "to" && useVerbs[strings.Trim(ws[2], ".,:;!?")] {
				return true
			}
		}
	}
	return false
}

var useVerbs = map[string]bool{"log": true, "login": true, "sign": true, "signin": true, "verify": true, "confirm": true, "reset": true,
	"access": true, "authenticate": true, "activate": true, "unlock": true, "authorize": true}

// codeNotToShare reports whether text holds a code word, a number shaped
// like a code and a request not to pass it on ("Код: 482193. Никому не
// сообщайте", "Your code: 4821. Don't share it").
func codeNotToShare(lv string) bool {
	share := false
	for _, p := range noSharing {
		if strings.Contains(lv, p) {
			share = true
			break
		}
	}
	if !share {
		return false
	}
	word := false
	for _, w := range [...]string{"code", "код", "código", "codigo", "codice", "kode", "kod", "otp", "pin", "コード", "码", "碼", "번호", "mã", "รหัส", "رمز", "कोड"} {
		if strings.Contains(lv, w) {
			word = true
			break
		}
	}
	if !word {
		return false
	}
	for i := 0; i < len(lv); i++ {
		if lv[i] >= '0' && lv[i] <= '9' && (i == 0 || lv[i-1] < '0' || lv[i-1] > '9') {
			if (i < 2 || !(strings.IndexByte(".,:/- ", lv[i-1]) >= 0 && lv[i-2] >= '0' && lv[i-2] <= '9')) && codeAt(lv, i) {
				return true
			}
		}
	}
	return false
}

var noSharing = []string{"don't share", "do not share", "never share", "don’t share", "не сообщайте", "никому не говорите", "не передавайте",
	"nicht weitergeben", "niemandem mit", "ne le partagez", "ne partagez", "ne communiquez", "no lo compartas", "no compartas",
	"não compartilhe", "nao compartilhe", "não partilhe", "non condividere", "nie udostępniaj", "kimseyle paylaşmayın", "請勿", "请勿",
	"切勿", "不要告诉", "誰にも教え", "他人に教え", "타인에게", "jangan berikan", "jangan bagikan", "không chia sẻ", "ห้ามบอก", "لا تشارك"}

// codeToken reports whether w is a code as SMS templates write it: 4 to
// 8 digits, behind a short letter prefix ("G-482193") or an Android
// autofill marker's punctuation.
func codeToken(w string) bool {
	w = strings.Trim(w, "<#>[]()\"'.,:;")
	if digitGroupsCode(w) {
		return true // "834-921", "8349-21"
	}
	if len(w) >= 6 && len(w) <= 8 {
		digits, letters, other := countAlnum(w)
		if other == 0 && digits >= 2 && letters >= 2 {
			return true // "8F3K9Q": letters and digits, as codes are printed
		}
	}
	if k := strings.IndexByte(w, '-'); k > 0 && k <= 3 {
		for i := 0; i < k; i++ {
			if !asciiLetter(w[i]) {
				return false
			}
		}
		w = w[k+1:]
	}
	return len(w) >= 4 && len(w) <= 8 && allDigits(w)
}

// lastWord is the last space-separated word of t.
func lastWord(t string) string {
	t = strings.TrimRight(t, " \t")
	return t[strings.LastIndexAny(t, " \t\n")+1:]
}

// hasDigits reports whether v holds n ASCII digits at least, anywhere
// (a code may be grouped, "834 921", or mixed with letters, "8F3K9Q").
func hasDigits(v string, n int) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
