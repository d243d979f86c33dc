package evalcorpus

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// ------------------------------------------------------------- OTLP logs

// An OTLP log export is telemetry: the resource (service, host, pod,
// cloud region), the scope, timestamps, severities, trace and span ids
// and the HTTP route are non-personal. What a log record says of a user
// is not: the user.* and enduser.id attributes, the client's address,
// session ids and the IP address's city and coordinates are personal;
// the country the IP address is in is a weak hint; a URL, a header or a
// log line is labelled by the strongest value it carries (a one-time
// code, a password, a token or a cookie makes it a credential).

// w33OTCountries are where the services' users live.
var w33OTCountries = []string{"IN", "IN", "ID", "VN", "TH", "PH", "MY", "SG", "JP", "KR", "BR", "BR", "MX", "CO", "AR", "DE", "FR", "ES", "GB", "US", "NG", "KE", "EG", "TR", "UA", "PL", "PK", "BD", "ZA"}

// w33OTMsgs are a service's log lines in the language its developers
// log in: a registration (name, e-mail), a one-time code sent (code,
// phone), a failed login (login) and a reset link sent (e-mail).
type w33OTMsgs struct{ reg, otp, fail, reset, verified string }

var w33OTLang = map[string]w33OTMsgs{
	"en": {"User registered: name=%q email=%s", "Sending OTP %s to %s via SMS", "Login failed for %s: invalid password", "Password reset link sent to %s", "Phone number verified"},
	"pt": {"Usuário cadastrado com sucesso: %s <%s>", "Código de verificação %s enviado para %s", "Falha no login de %s: senha incorreta", "Link de redefinição de senha enviado para %s", "Telefone verificado"},
	"es": {"Usuario registrado: %s <%s>", "Código OTP %s enviado a %s", "Error de inicio de sesión para %s: contraseña incorrecta", "Enlace de restablecimiento enviado a %s", "Teléfono verificado"},
	"id": {"Pengguna baru terdaftar: %s (%s)", "Kode OTP %s dikirim ke %s", "Gagal masuk untuk %s: kata sandi salah", "Tautan reset kata sandi dikirim ke %s", "Nomor telepon terverifikasi"},
	"ja": {"新規会員登録: %s 様 (%s)", "認証コード %s を %s に送信しました", "%s のログインに失敗しました: パスワード不一致", "パスワード再設定リンクを %s に送信しました", "電話番号の認証が完了しました"},
	"ko": {"신규 회원 가입: %s (%s)", "인증번호 %s 를 %s 로 발송했습니다", "%s 로그인 실패: 비밀번호 불일치", "비밀번호 재설정 링크를 %s 로 발송했습니다", "휴대폰 인증 완료"},
	"vi": {"Người dùng mới đăng ký: %s (%s)", "Mã OTP %s đã gửi tới %s", "Đăng nhập thất bại cho %s: sai mật khẩu", "Đã gửi liên kết đặt lại mật khẩu tới %s", "Đã xác minh số điện thoại"},
	"uk": {"Новий користувач: %s (%s)", "Код підтвердження %s надіслано на %s", "Невдалий вхід для %s: невірний пароль", "Посилання для скидання пароля надіслано на %s", "Номер телефону підтверджено"},
	"tr": {"Yeni kullanıcı kaydı: %s (%s)", "Doğrulama kodu %s, %s numarasına gönderildi", "%s için giriş başarısız: hatalı şifre", "Şifre sıfırlama bağlantısı %s adresine gönderildi", "Telefon numarası doğrulandı"},
	"de": {"Neuer Benutzer registriert: %s <%s>", "Bestätigungscode %s an %s gesendet", "Anmeldung fehlgeschlagen für %s: falsches Passwort", "Link zum Zurücksetzen des Passworts an %s gesendet", "Telefonnummer bestätigt"},
	"th": {"ผู้ใช้ใหม่ลงทะเบียน: %s (%s)", "ส่งรหัส OTP %s ไปยัง %s แล้ว", "เข้าสู่ระบบไม่สำเร็จสำหรับ %s: รหัสผ่านไม่ถูกต้อง", "ส่งลิงก์รีเซ็ตรหัสผ่านไปยัง %s แล้ว", "ยืนยันเบอร์โทรศัพท์แล้ว"},
}

// w33OTLogLang is the language a country's developers log in (when they
// do not log in English).
var w33OTLogLang = map[string]string{"BR": "pt", "MX": "es", "CO": "es", "AR": "es", "ES": "es", "ID": "id", "JP": "ja", "KR": "ko", "VN": "vi", "UA": "uk", "TR": "tr", "DE": "de", "TH": "th"}

// w33OTRegion is the cloud region a country's services run in.
var w33OTRegion = map[string]string{"IN": "asia-south1", "ID": "asia-southeast2", "VN": "asia-southeast1", "TH": "asia-southeast1", "PH": "asia-southeast1", "MY": "asia-southeast1",
	"SG": "asia-southeast1", "JP": "asia-northeast1", "KR": "asia-northeast3", "BR": "southamerica-east1", "MX": "us-south1", "CO": "us-east1", "AR": "southamerica-west1",
	"DE": "europe-west3", "FR": "europe-west9", "ES": "europe-southwest1", "GB": "europe-west2", "US": "us-central1", "NG": "europe-west1", "KE": "europe-west1", "EG": "me-central1",
	"TR": "europe-west1", "UA": "europe-central2", "PL": "europe-central2", "PK": "asia-south1", "BD": "asia-south1", "ZA": "africa-south1"}

// w33OTDOB writes a birth date as the country's signup forms send it.
func (g *gen) w33OTDOB(cc string) *node {
	switch cc {
	case "US", "PH":
		return g.dob("01/02/2006")
	case "JP", "KR", "CN":
		return g.dob("2006-01-02")
	case "DE", "UA", "PL", "TR":
		return g.dob("02.01.2006")
	case "VN", "ID", "IN", "BR", "MX", "CO", "AR", "ES", "FR", "GB", "NG", "KE", "EG", "PK", "BD", "ZA", "MY", "SG", "TH":
		return g.dob("02/01/2006")
	}
	return g.dob("2006-01-02")
}

// w33OTPassword is a password as people choose them, the kind a
// careless log line prints.
func (g *gen) w33OTPassword() string {
	p := g.p
	return pick(g.r, []string{
		w32Title(p.givenL) + fmt.Sprint(p.dob.Year()) + "!",
		strings.ToLower(w32Clean(p.familyL)) + pattern(g.r, "###"),
		"Qwerty" + pattern(g.r, "##") + "#",
		g.chars(b62Set, 12),
		w32Title(p.givenL) + "@" + pattern(g.r, "####"),
	})
}

// w33OTKV is an OTLP KeyValue of an AnyValue of typ, or nil.
func w33OTKV(key, typ string, v *node) *node {
	if v == nil {
		return nil
	}
	return O("key", N(key), "value", O(typ, v))
}

// w33OTArr is an OTLP KeyValue whose value is an array of strings.
func w33OTArr(key string, vs ...*node) *node {
	a := A()
	for _, v := range vs {
		if v != nil {
			a.arr = append(a.arr, O("stringValue", v))
		}
	}
	if len(a.arr) == 0 {
		return nil
	}
	return O("key", N(key), "value", O("arrayValue", O("values", a)))
}

// w33OTRecord is one log record under construction.
type w33OTRecord struct {
	sev   int
	text  string
	body  *node
	attrs []*node
	event string
	trace bool
}

var w33OTSeverity = map[int]string{1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}

func otlpJSONLogsExport(g *gen) *node {
	cc := pick(g.r, w33OTCountries)
	g.w32Redraw(cc)
	p := g.p
	if g.r.IntN(6) == 0 {
		g.w32Age(13, 17)
	} else {
		g.w32Age(18, 65)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	msgs := w33OTLang["en"]
	if l, ok := w33OTLogLang[cc]; ok && g.r.IntN(2) == 0 {
		msgs = w33OTLang[l]
	}
	app := pick(g.r, []string{"paysetu", "belanja", "kiwi", "tomo", "vamo", "nuvem", "lumen", "orbit"})
	lang := pick(g.r, []string{"java", "go", "nodejs", "python", "dotnet"})
	svc := pick(g.r, []string{"signup-service", "auth-api", "identity-gateway", "otp-sender", "kyc-service", "profile-service"})
	scope := map[string]string{"java": "com." + app + "." + strings.ReplaceAll(svc, "-", "") + ".AccountController", "go": "github.com/" + app + "/" + svc + "/internal/handler",
		"nodejs": "@opentelemetry/instrumentation-pino", "python": "app.routes.auth", "dotnet": w32Title(app) + ".Identity.Api.Controllers.AccountController"}[lang]
	userID := pick(g.r, []string{g.uuid(), "usr_" + g.b62(20), fmt.Sprint(100000000 + g.r.Int64N(900000000))})
	sessionID := pick(g.r, []string{g.uuid(), g.hex(32)})
	name := p.fullName()
	var recs []w33OTRecord
	// Attributes every request record of the flow carries.
	req := func(method, route string) []*node {
		out := []*node{
			w33OTKV("http.request.method", "stringValue", N(method)),
			w33OTKV("http.route", "stringValue", N(route)),
			w33OTKV("url.path", "stringValue", N(route)),
			w33OTKV("client.address", "stringValue", P(p.ip)),
			w33OTKV("client.port", "intValue", N(fmt.Sprint(30000+g.r.IntN(30000)))),
		}
		if g.r.IntN(2) == 0 {
			out = append(out, w33OTKV("user_agent.original", "stringValue", N(pick(g.r, []string{
				"Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
				"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
				"okhttp/4.12.0", app + "/5.12.1 (iOS 17.4; iPhone15,2)"}))))
		}
		if g.r.IntN(3) == 0 {
			out = append(out, w33OTArr("http.request.header.x-forwarded-for", P(p.ip+", 10."+fmt.Sprint(g.r.IntN(255))+".0."+fmt.Sprint(1+g.r.IntN(254)))))
		}
		if g.r.IntN(2) == 0 {
			if l := g.w33Locale(p.locale+","+strings.SplitN(p.locale, "-", 2)[0]+";q=0.9,en;q=0.8", p.locale); l != nil {
				out = append(out, w33OTArr("http.request.header.accept-language", l))
			}
		}
		if g.r.IntN(5) == 0 {
			out = append(out, w33OTArr("http.request.header.authorization", C("Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."+g.chars(b64Set, 160)+"."+g.chars(b64Set, 86))))
		}
		if g.r.IntN(6) == 0 {
			out = append(out, w33OTArr("http.request.header.cookie", C("sid="+g.chars(b62Set, 40)+"; _ga=GA1.1."+pattern(g.r, "##########.##########"))))
		}
		return out
	}
	geo := func() []*node {
		if g.r.IntN(2) == 0 {
			return nil
		}
		where := cc
		if g.r.IntN(10) == 0 {
			where = pick(g.r, []string{"SG", "US", "DE", "AE"})
		}
		c := g.w33CityOf(where)
		g.w32Weak(where)
		return []*node{w33OTKV("geo.country.iso_code", "stringValue", N(where)), w33OTKV("geo.locality.name", "stringValue", Pif(c.name)),
			w33OTKV("geo.location.lat", "doubleValue", P(w33Round(c.lat))), w33OTKV("geo.location.lon", "doubleValue", P(w33Round(c.lon)))}
	}
	email := P(p.email)
	switch flow := g.r.IntN(6); flow {
	case 0, 1:
		// A signup.
		a := append(req("POST", "/api/v1/signup"), geo()...)
		recs = append(recs, w33OTRecord{sev: 9, text: "signup request received", attrs: a, trace: true})
		if g.r.IntN(3) == 0 {
			// A developer's debug line prints the whole payload.
			dobN := g.w33OTDOB(cc)
			pw := C(g.w33OTPassword())
			payload := `{"email":"` + p.email + `","password":"` + pw.raw + `","name":"` + name + `","birthDate":"` + dobN.raw + `"}`
			recs = append(recs, w33OTRecord{sev: 5, body: O("stringValue", w33Sum("POST /api/v1/signup body="+payload, email, pw, dobN)), trace: true})
		}
		nameN := P(name)
		text := fmt.Sprintf(msgs.reg, name, p.email)
		attrs := []*node{w33OTKV("user.id", "stringValue", P(userID)), w33OTKV("user.email", "stringValue", P(p.email)), w33OTKV("user.full_name", "stringValue", P(name)),
			w33OTKV("user.roles", "arrayValue", O("values", A(O("stringValue", N("customer"))))), w33OTKV("event.name", "stringValue", N("user.signup"))}
		if g.r.IntN(2) == 0 {
			attrs = append(attrs, w33OTKV("app.user.country", "stringValue", g.residence(cc)))
		}
		if g.r.IntN(2) == 0 {
			attrs = append(attrs, w33OTKV("app.user.birth_date", "stringValue", g.w33OTDOB(cc)))
		}
		if g.r.IntN(2) == 0 {
			attrs = append(attrs, w33OTKV("app.user.phone", "stringValue", g.phone("")))
		}
		recs = append(recs, w33OTRecord{sev: 9, body: O("stringValue", w33Sum(text, nameN, email)), attrs: attrs, event: "user.signup", trace: true})
		if p.minor && g.r.IntN(2) == 0 {
			d := g.w33OTDOB(cc)
			line := fmt.Sprintf("Age gate: parental consent required for user %s (birthDate=%s)", userID, d.raw)
			recs = append(recs, w33OTRecord{sev: 13, body: O("stringValue", w33Sum(line, d)), attrs: []*node{w33OTKV("user.id", "stringValue", P(userID)),
				w33OTKV("app.consent.required", "boolValue", P(true))}, trace: true})
		}
	case 2:
		// A login, failing first.
		a := append(req("POST", "/api/v1/login"), geo()...)
		login := email
		if g.r.IntN(3) == 0 {
			if ph := g.phone(g.e164()); ph != nil {
				login = ph
			}
		}
		fail := fmt.Sprintf(msgs.fail, login.raw)
		if g.r.IntN(3) == 0 {
			pw := C(g.w33OTPassword())
			fail += " (tried '" + pw.raw + "')"
			recs = append(recs, w33OTRecord{sev: 13, body: O("stringValue", w33Sum(fail, login, pw)), attrs: a, trace: true})
		} else {
			recs = append(recs, w33OTRecord{sev: 13, body: O("stringValue", w33Sum(fail, login)), attrs: append(a,
				w33OTKV("exception.type", "stringValue", N("InvalidCredentialsException")),
				w33OTKV("exception.message", "stringValue", w33Sum("Invalid credentials for principal "+login.raw, login)),
				w33OTKV("exception.stacktrace", "stringValue", N("InvalidCredentialsException: Invalid credentials\n\tat "+scope+".login(AccountController.java:88)"))), trace: true})
		}
		recs = append(recs, w33OTRecord{sev: 9, text: "login succeeded", attrs: append(req("POST", "/api/v1/login"), w33OTKV("user.id", "stringValue", P(userID)),
			w33OTKV("session.id", "stringValue", P(sessionID)), w33OTKV("enduser.id", "stringValue", w33Sum(login.raw, login))), trace: true})
	case 3:
		// A one-time code sent and checked.
		ph := g.phone(g.e164())
		code := C(pattern(g.r, "######"))
		if ph == nil {
			line := fmt.Sprintf(msgs.otp, code.raw, p.email)
			recs = append(recs, w33OTRecord{sev: 5, body: O("stringValue", w33Sum(line, code, email)), attrs: []*node{w33OTKV("app.otp.channel", "stringValue", N("email"))}, trace: true})
		} else {
			line := fmt.Sprintf(msgs.otp, code.raw, ph.raw)
			attrs := []*node{w33OTKV("app.otp.channel", "stringValue", N("sms")), w33OTKV("app.otp.provider", "stringValue", N(pick(g.r, []string{"twilio", "msg91", "infobip", "vonage"})))}
			if g.r.IntN(2) == 0 {
				attrs = append(attrs, w33OTKV("app.otp.code", "stringValue", C(code.raw)))
			}
			recs = append(recs, w33OTRecord{sev: 5, body: O("stringValue", w33Sum(line, code, ph)), attrs: attrs, trace: true})
			u := "https://api." + app + ".example/v1/otp/verify?phone=" + url.QueryEscape(g.e164()) + "&code=" + code.raw
			recs = append(recs, w33OTRecord{sev: 9, body: O("stringValue", N(msgs.verified)), attrs: append(req("GET", "/v1/otp/verify"),
				w33OTKV("url.full", "stringValue", C(u)), w33OTKV("url.query", "stringValue", C("phone="+url.QueryEscape(g.e164())+"&code="+code.raw)),
				w33OTKV("http.response.status_code", "intValue", N("200")), w33OTKV("user.id", "stringValue", P(userID))), trace: true})
		}
	case 4:
		// A KYC check or a profile update.
		if g.r.IntN(2) == 0 {
			var idN *node
			kind := ""
			switch cc {
			case "IN":
				kind, idN = "AADHAAR", P(g.w33IDOf("in_aadhaar"))
				if g.r.IntN(2) == 0 {
					kind, idN = "PAN", P(g.w33IDOf("in_pan"))
				}
			case "BR":
				kind, idN = "CPF", P(g.w33IDOf("br_cpf"))
			case "TR":
				kind, idN = "TCKN", P(g.w33IDOf("tr_tckn"))
			case "KR":
				kind, idN = "RRN", P(g.w33IDOf("kr_rrn"))
			case "PL":
				kind, idN = "PESEL", P(g.w33IDOf("pl_pesel"))
			case "MY":
				kind, idN = "MYKAD", P(g.w33IDOf("my_nric"))
			case "PH":
				kind, idN = "PHILSYS", P(g.w33IDOf("ph_psn"))
			case "GB":
				kind, idN = "NINO", P(g.w33IDOf("gb_nino"))
			case "ES":
				kind, idN = "DNI", P(g.w33IDOf("es_dni"))
			case "US":
				kind, idN = "SSN", P(g.w33IDOf("us_ssn"))
			default:
				kind, idN = "PASSPORT", P(pattern(g.r, "A#######"))
			}
			d := g.dob("2006-01-02")
			line := fmt.Sprintf("KYC verification passed: user=%s document=%s number=%s dob=%s", userID, kind, idN.raw, d.raw)
			attrs := []*node{w33OTKV("user.id", "stringValue", P(userID)), w33OTKV("app.kyc.document_type", "stringValue", N(kind)),
				w33OTKV("app.kyc.document_number", "stringValue", P(idN.raw)), w33OTKV("user.full_name", "stringValue", P(name))}
			if cit := g.citizenship(p.cit.code); cit != nil {
				attrs = append(attrs, w33OTKV("app.kyc.nationality", "stringValue", cit))
			}
			recs = append(recs, w33OTRecord{sev: 9, body: O("stringValue", w33Sum(line, idN, d)), attrs: attrs, event: "kyc.completed", trace: true})
		} else {
			bio := g.bio()
			if bio == nil {
				bio = P(pick(g.r, []string{"Coffee, code and cricket.", "Foodie. Traveller.", "Mom of two."}))
			}
			kv := A(O("key", N("msg"), "value", O("stringValue", N("profile updated"))), O("key", N("user_id"), "value", O("stringValue", P(userID))),
				O("key", N("bio"), "value", O("stringValue", bio)))
			changed := []*node{N("bio")}
			if g.r.IntN(2) == 0 {
				kv.arr = append(kv.arr, O("key", N("birthdate"), "value", O("stringValue", g.w33OTDOB(cc))))
				changed = append(changed, N("birthdate"))
			}
			recs = append(recs, w33OTRecord{sev: 9, body: O("kvlistValue", O("values", kv)), attrs: append(req("PATCH", "/api/v1/me"),
				w33OTKV("user.id", "stringValue", P(userID)), w33OTArr("app.profile.changed_fields", changed...)), event: "profile.updated", trace: true})
		}
	default:
		// A password reset.
		tok := g.b62(43)
		link := "https://" + app + ".example/reset-password?token=" + tok + "&email=" + url.QueryEscape(p.email)
		line := fmt.Sprintf(msgs.reset, p.email)
		rec := w33OTRecord{sev: 9, body: O("stringValue", w33Sum(line, email)), attrs: append(req("POST", "/api/v1/password/forgot"), w33OTKV("user.email", "stringValue", P(p.email))), trace: true}
		if g.r.IntN(2) == 0 {
			rec.body = O("stringValue", C(line+": "+link))
			rec.attrs = append(rec.attrs, w33OTKV("app.reset.url", "stringValue", C(link)))
		}
		recs = append(recs, rec)
	}
	if g.r.IntN(4) == 0 {
		// A health check in the same batch.
		recs = append(recs, w33OTRecord{sev: 9, body: O("stringValue", N("GET /healthz 200 "+fmt.Sprint(1+g.r.IntN(9))+"ms")), attrs: []*node{w33OTKV("http.route", "stringValue", N("/healthz"))}})
	}
	traceID, t := g.hex(32), g.t
	var records []*node
	for _, r := range recs {
		t = t.Add(time.Duration(1+g.r.IntN(400)) * time.Millisecond)
		body := r.body
		if body == nil {
			body = O("stringValue", N(r.text))
		}
		rec := O("timeUnixNano", N(w33Nano(t)), "observedTimeUnixNano", N(w33Nano(t.Add(time.Duration(g.r.IntN(5000))*time.Microsecond))),
			"severityNumber", N(r.sev), "severityText", N(w33OTSeverity[r.sev]), "body", body, "attributes", A(r.attrs...), "droppedAttributesCount", N(0))
		if r.trace {
			rec.set("flags", N(1))
			rec.set("traceId", N(traceID))
			rec.set("spanId", N(g.hex(16)))
		}
		if r.event != "" && g.r.IntN(2) == 0 {
			rec.set("eventName", N(r.event))
		}
		records = append(records, rec)
	}
	region := w33OTRegion[cc]
	pod := svc + "-" + g.chars("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + g.chars("bcdfghjklmnpqrstvwxz2456789", 5)
	res := O("attributes", A(
		w33OTKV("service.name", "stringValue", N(svc)),
		w33OTKV("service.namespace", "stringValue", N(app)),
		w33OTKV("service.version", "stringValue", N(fmt.Sprintf("%d.%d.%d", 1+g.r.IntN(4), g.r.IntN(30), g.r.IntN(10)))),
		w33OTKV("deployment.environment.name", "stringValue", N(pick(g.r, []string{"production", "prod", "staging"}))),
		w33OTKV("host.name", "stringValue", N(pod)),
		w33OTKV("k8s.pod.name", "stringValue", N(pod)),
		w33OTKV("k8s.namespace.name", "stringValue", N(app)),
		w33OTKV("cloud.provider", "stringValue", N("gcp")),
		w33OTKV("cloud.region", "stringValue", N(region)),
		w33OTKV("telemetry.sdk.language", "stringValue", N(lang)),
		w33OTKV("telemetry.sdk.name", "stringValue", N("opentelemetry")),
		w33OTKV("telemetry.sdk.version", "stringValue", N(pick(g.r, []string{"1.40.0", "1.28.0", "1.26.0"})))), "droppedAttributesCount", N(0))
	schema := "https://opentelemetry.io/schemas/" + pick(g.r, []string{"1.26.0", "1.27.0", "1.24.0"})
	export := O("resourceLogs", A(O("resource", res, "scopeLogs", A(O("scope", O("name", N(scope), "version", N("")), "logRecords", A(records...), "schemaUrl", N(schema))), "schemaUrl", N(schema))))
	switch m := g.r.IntN(20); {
	case m < 10:
		return export
	case m < 17:
		// As a vendor's gateway receives it, with the ingestion key.
		h := O("content-type", N("application/json"), "user-agent", N(map[string]string{"java": "OTel-OTLP-Exporter-Java/1.40.0", "go": "OTel OTLP Exporter Go/1.28.0",
			"nodejs": "OTel-OTLP-Exporter-JavaScript/0.52.1", "python": "OTel-OTLP-Exporter-Python/1.26.0", "dotnet": "OTel-OTLP-Exporter-Dotnet/1.9.0"}[lang]))
		switch g.r.IntN(5) {
		case 0:
			h.set("authorization", C("Bearer "+g.b62(40)))
		case 1:
			h.set("x-honeycomb-team", C(g.b62(22)))
		case 2:
			h.set("dd-api-key", C(g.hex(32)))
		case 3:
			h.set("signoz-ingestion-key", C(g.b62(36)))
		default:
			h.set("x-api-key", C(g.b62(32)))
		}
		return O("received_at", g.w32Stamp(2*time.Second), "method", N("POST"), "path", N("/v1/logs"), "headers", h, "body", export)
	}
	// As the collector's Kafka exporter (encoding otlp_json) writes it,
	// read back by a consumer.
	return O("topic", N("otlp_logs"), "partition", N(g.r.IntN(12)), "offset", N(g.r.Int64N(1e9)), "timestamp", N(g.t.UnixMilli()), "value", export)
}
