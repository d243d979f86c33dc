package evalcorpus

import (
	"crypto/sha1"
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------------- Appwrite

// w32AWCountries are where the apps' users live.
var w32AWCountries = []string{"IN", "IN", "ID", "ID", "NG", "KE", "GH", "VN", "TH", "TR", "PL", "UA", "KR", "MX", "AR", "EG", "PK", "BD", "PH", "BR", "DE", "FR"}

// w32AWBirthday writes a birthday as the country's users type it into
// an app's profile form.
func (g *gen) w32AWBirthday(cc string) *node {
	d := g.p.dob
	switch cc {
	case "TH":
		// The Buddhist era.
		return g.w32DOBText(fmt.Sprintf("%d/%d/%d", d.Day(), int(d.Month()), d.Year()+543))
	case "EG":
		if g.r.IntN(2) == 0 {
			ar := strings.NewReplacer("0", "٠", "1", "١", "2", "٢", "3", "٣", "4", "٤", "5", "٥", "6", "٦", "7", "٧", "8", "٨", "9", "٩")
			return g.w32DOBText(ar.Replace(d.Format("2006/01/02")))
		}
		return g.dob("02/01/2006")
	case "KR":
		return g.dob("2006.01.02")
	case "US", "PH":
		return g.dob("01/02/2006")
	case "DE", "PL", "UA", "TR":
		return g.dob("02.01.2006")
	case "ID", "NG", "KE", "GH", "VN", "PK", "BD", "IN", "MX", "AR", "BR", "FR":
		if g.r.IntN(3) == 0 {
			return g.dob("2-1-2006")
		}
		return g.dob("02/01/2006")
	}
	return g.dob("2006-01-02")
}

// w32AWApp is an app built on Appwrite: its name, project, webhook
// receiver and what it keeps in a user's prefs.
type w32AWApp struct {
	name, kind, host string
}

var w32AWApps = []w32AWApp{
	{"Bolo", "study", "api.bolo-learn.example"},
	{"Kelas Pintar", "study", "hooks.kelaspintar.example"},
	{"FitPulse", "fitness", "sync.fitpulse.example"},
	{"Sahabat", "dating", "crm.sahabat-app.example"},
	{"Pasar Kita", "shop", "hooks.pasarkita.example"},
	{"LinguaLoop", "study", "events.lingualoop.example"},
}

// w32AWSchools name a school in the country (the city follows).
var w32AWSchools = map[string]string{"IN": "Kendriya Vidyalaya, ", "ID": "SMP Negeri 3 ", "NG": "Government Secondary School, ", "KE": "Moi Forces Academy, ", "GH": "Achimota School, ",
	"VN": "Trường THCS Nguyễn Du, ", "TH": "โรงเรียนมัธยม ", "TR": "Atatürk Anadolu Lisesi, ", "PL": "Liceum Ogólnokształcące nr 2, ", "UA": "Ліцей № 5, ", "KR": "중앙중학교, ",
	"MX": "Secundaria Técnica 12, ", "AR": "Escuela Secundaria N° 4, ", "EG": "مدرسة الشهيد أحمد زويل، ", "PK": "Government High School No. 1, ", "BD": "Ideal School and College, ",
	"PH": "Rizal High School, ", "BR": "Escola Estadual Prof. Anísio Teixeira, ", "DE": "Goethe-Gymnasium ", "FR": "Collège Jean Moulin, "}

// w32AWDevice is an operating system, a browser and a device that go
// together, as Appwrite parses them from the user agent.
type w32AWDevice struct{ os, client, device [5]string }

var w32AWDevices = []w32AWDevice{
	{[5]string{"AND", "Android", "14"}, [5]string{"CM", "Chrome Mobile", "125.0", "Blink", "125.0"}, [5]string{"smartphone", "Samsung", "SM-A546E"}},
	{[5]string{"AND", "Android", "13"}, [5]string{"CM", "Chrome Mobile", "124.0", "Blink", "124.0"}, [5]string{"smartphone", "Xiaomi", "Redmi Note 12"}},
	{[5]string{"AND", "Android", "14"}, [5]string{"SB", "Samsung Browser", "25.0", "Blink", "121.0"}, [5]string{"smartphone", "Samsung", "SM-S918B"}},
	{[5]string{"AND", "Android", "14"}, [5]string{"CM", "Chrome Mobile", "125.0", "Blink", "125.0"}, [5]string{"smartphone", "OPPO", "CPH2591"}},
	{[5]string{"IOS", "iOS", "17.4"}, [5]string{"MF", "Mobile Safari", "17.4", "WebKit", "605.1.15"}, [5]string{"smartphone", "Apple", "iPhone"}},
	{[5]string{"WIN", "Windows", "10"}, [5]string{"CH", "Chrome", "126.0", "Blink", "126.0"}, [5]string{"desktop", "", ""}},
	{[5]string{"WIN", "Windows", "10"}, [5]string{"FF", "Firefox", "127.0", "Gecko", "127.0"}, [5]string{"desktop", "", ""}},
	{[5]string{"MAC", "Mac", "14.4"}, [5]string{"SF", "Safari", "17.4", "WebKit", "605.1.15"}, [5]string{"desktop", "Apple", "MacBook"}},
}

func appwriteUsersWebhook(g *gen) *node {
	cc := pick(g.r, w32AWCountries)
	g.w32Redraw(cc)
	p := g.p
	app := pick(g.r, w32AWApps)
	switch app.kind {
	case "study":
		if g.r.IntN(2) == 0 {
			g.w32Age(12, 17)
		} else {
			g.w32Age(18, 40)
		}
	case "dating":
		g.w32Age(18, 55)
	default:
		g.w32Age(16, 70)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	project := g.hex(20)
	userID := g.hex(20)
	stamp := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000+00:00") }
	registered := g.t.Add(-time.Duration(g.r.IntN(400*24)) * time.Hour)
	if g.r.IntN(3) == 0 {
		registered = g.t.Add(-time.Duration(g.r.IntN(60)) * time.Second)
	}
	name := p.fullName()
	if g.r.IntN(3) == 0 {
		f, l := p.w32LatinName()
		name = f + " " + l
	}
	secret := false // the payload carries a credential

	// The user as the payload writes it.
	user := func(withHash bool) *node {
		u := O("$id", P(userID), "$createdAt", N(stamp(registered)), "$updatedAt", N(stamp(g.t)), "name", P(name))
		if withHash {
			switch g.r.IntN(5) {
			case 0:
				u.set("password", C(g.bcrypt()))
				u.set("hash", N("bcrypt"))
				u.set("hashOptions", O("type", N("bcrypt")))
			case 1:
				// Imported from Firebase Auth.
				u.set("password", C(g.chars(b62Set+"+/", 86)+"=="))
				u.set("hash", N("scryptMod"))
				u.set("hashOptions", O("type", N("scryptMod"), "salt", N(g.chars(b62Set+"+/", 22)+"=="), "saltSeparator", N("Bw=="), "signerKey", C(g.chars(b62Set+"+/", 86)+"==")))
			default:
				u.set("password", C("$argon2id$v=19$m=65536,t=4,p=3$"+g.chars(b62Set+"+/", 22)+"$"+g.chars(b62Set+"+/", 43)))
				u.set("hash", N("argon2"))
				u.set("hashOptions", O("type", N("argon2"), "memoryCost", N(65536), "timeCost", N(4), "threads", N(3)))
			}
			secret = true
		}
		u.set("registration", N(stamp(registered)))
		u.set("status", N(true))
		labels := A()
		if p.minor && g.r.IntN(2) == 0 {
			labels.arr = append(labels.arr, P(pick(g.r, []string{"u18", "minor", "teen"}))) // an age bracket
		}
		if g.r.IntN(3) == 0 {
			labels.arr = append(labels.arr, N(pick(g.r, []string{"premium", "beta", "verified"})))
		}
		u.set("labels", labels)
		u.set("passwordUpdate", N(stamp(registered)))
		u.set("email", P(p.email))
		phone := g.phone(g.e164())
		if phone != nil {
			u.set("phone", phone)
		} else {
			u.set("phone", N(""))
		}
		u.set("emailVerification", N(g.r.IntN(3) != 0))
		u.set("phoneVerification", N(phone != nil && g.r.IntN(2) == 0))
		u.set("mfa", N(g.r.IntN(8) == 0))
		prefs := O()
		if l := w31Maybe(g.r.IntN(2) == 0, func() *node { return g.locale(p.locale) }); l != nil {
			prefs.set("locale", l)
		}
		if z := w31Maybe(g.r.IntN(3) == 0, func() *node { return g.tz(p.tz) }); z != nil {
			prefs.set("timezone", z)
		}
		switch app.kind {
		case "study":
			if g.r.IntN(3) != 0 {
				prefs.set("birthday", g.w32AWBirthday(cc))
			}
			if p.minor {
				prefs.set("grade", P(fmt.Sprint(6+g.w32AgeAt()-12)))
				if g.r.IntN(2) == 0 {
					prefs.set("school", P(w32AWSchools[cc]+p.city))
				}
				if g.r.IntN(2) == 0 {
					prefs.set("parentEmail", P(w32Clean(p.familyL)+"."+pick(g.r, []string{"mama", "papa", "family"})+"@"+pick(g.r, []string{"gmail.com", "yahoo.com", p.c.domain})))
				}
			}
			prefs.set("targetLanguage", N(pick(g.r, []string{"en", "ja", "ko", "es", "de"})))
		case "fitness":
			if g.r.IntN(2) == 0 {
				prefs.set("birthday", g.w32AWBirthday(cc))
			}
			prefs.set("weightKg", S(50+g.r.IntN(60), "health"))
			conds := A()
			for _, c := range []string{"asthma", "type2_diabetes", "hypertension", "pregnancy", "knee_injury"} {
				if g.r.IntN(6) == 0 && (c != "pregnancy" || p.female) {
					conds.arr = append(conds.arr, S(c, "health"))
				}
			}
			prefs.set("conditions", conds)
			prefs.set("goal", N(pick(g.r, []string{"lose_weight", "build_muscle", "stay_active"})))
		case "dating":
			me := map[bool]string{true: "woman", false: "man"}[p.female]
			prefs.set("gender", P(me))
			prefs.set("interestedIn", S(pick(g.r, []string{"men", "women", "women", "men", "everyone"}), "sexual_orientation"))
			if b := g.bio(); b != nil {
				prefs.set("bio", b)
			}
			prefs.set("birthday", g.w32AWBirthday(cc))
			if g.r.IntN(3) == 0 {
				prefs.set("religion", S(pick(g.r, []string{"muslim", "christian", "hindu", "buddhist", "spiritual", "none"}), "religion"))
			}
		default:
			if c := w31Maybe(g.r.IntN(2) == 0, func() *node { return g.residence(cc) }); c != nil {
				prefs.set("country", c)
				prefs.set("city", g.addr(p.city))
				prefs.set("address", g.addr(p.street))
			}
			prefs.set("newsletter", N(g.r.IntN(2) == 0))
		}
		prefs.set("onboarded", N(true))
		u.set("prefs", prefs)
		targets := A(O("$id", N(g.hex(20)), "$createdAt", N(stamp(registered)), "$updatedAt", N(stamp(registered)), "name", N(""), "userId", P(userID),
			"providerId", N(nil), "providerType", N("email"), "identifier", P(p.email), "expired", N(false)))
		if phone != nil {
			targets.arr = append(targets.arr, O("$id", N(g.hex(20)), "$createdAt", N(stamp(registered)), "$updatedAt", N(stamp(registered)), "name", N(""), "userId", P(userID),
				"providerId", N(nil), "providerType", N("sms"), "identifier", P(g.e164()), "expired", N(false)))
		}
		u.set("targets", targets)
		u.set("accessedAt", N(stamp(g.t.Add(-time.Duration(g.r.IntN(3600))*time.Second))))
		return u
	}
	session := func() *node {
		provider := pick(g.r, []string{"email", "email", "google", "apple", "phone", "anonymous", "magic-url"})
		if provider == "phone" && !p.showPhone {
			provider = "email"
		}
		s := O("$id", N(g.hex(20)), "$createdAt", N(stamp(g.t)), "$updatedAt", N(stamp(g.t)), "userId", P(userID),
			"expire", N(stamp(g.t.AddDate(1, 0, 0))), "provider", N(provider))
		switch provider {
		case "email", "magic-url":
			s.set("providerUid", P(p.email))
		case "phone":
			s.set("providerUid", g.phone(g.e164()))
		case "google":
			s.set("providerUid", P("1"+pattern(g.r, "####################")))
		case "apple":
			s.set("providerUid", P(pattern(g.r, "00####.")+g.hex(32)+pattern(g.r, ".####")))
		default:
			s.set("providerUid", N(""))
		}
		if provider == "google" || provider == "apple" {
			tok := "ya29.a0" + g.chars(b64Set, 160)
			if provider == "apple" {
				tok = "a" + g.hex(31) + "." + pattern(g.r, "#") + ".r" + g.chars(b62Set, 20)
			}
			s.set("providerAccessToken", C(tok))
			s.set("providerAccessTokenExpiry", N(stamp(g.t.Add(time.Hour))))
			s.set("providerRefreshToken", C(map[string]string{"google": "1//0g" + g.chars(b64Set, 100), "apple": "r" + g.hex(31) + ".0.r" + g.chars(b62Set, 22)}[provider]))
			secret = true
		} else {
			s.set("providerAccessToken", N(""))
			s.set("providerAccessTokenExpiry", N(""))
			s.set("providerRefreshToken", N(""))
		}
		s.set("ip", P(p.ip))
		d := pick(g.r, w32AWDevices)
		os, cl, dv := d.os, d.client, d.device
		s.set("osCode", N(os[0]))
		s.set("osName", N(os[1]))
		s.set("osVersion", N(os[2]))
		s.set("clientType", N("browser"))
		s.set("clientCode", N(cl[0]))
		s.set("clientName", N(cl[1]))
		s.set("clientVersion", N(cl[2]))
		s.set("clientEngine", N(cl[3]))
		s.set("clientEngineVersion", N(cl[4]))
		s.set("deviceName", N(dv[0]))
		s.set("deviceBrand", N(dv[1]))
		s.set("deviceModel", N(dv[2]))
		// Where the IP address is: a weak hint, not a residence.
		geo := cc
		if g.r.IntN(8) == 0 {
			geo = pick(g.r, []string{"SG", "AE", "US", "DE"})
		}
		g.w32Weak(geo)
		s.set("countryCode", N(strings.ToLower(geo)))
		s.set("countryName", N(map[string]string{"SG": "Singapore", "AE": "United Arab Emirates"}[geo]+w32English[geo]))
		s.set("current", N(false))
		s.set("factors", A(N(map[string]string{"email": "password", "magic-url": "email", "phone": "phone", "google": "email", "apple": "email", "anonymous": "anonymous"}[provider])))
		if g.r.IntN(4) != 0 {
			s.set("secret", C(g.chars(b62Set, 256)))
			secret = true
		} else {
			s.set("secret", N(""))
		}
		s.set("mfaUpdatedAt", N(""))
		return s
	}
	token := func(kind string) *node {
		t := O("$id", N(g.hex(20)), "$createdAt", N(stamp(g.t)), "userId", P(userID))
		switch kind {
		case "tokens":
			// An e-mail or SMS one-time code.
			t.set("secret", C(pattern(g.r, "######")))
		default:
			t.set("secret", C(g.hex(128)))
		}
		secret = true
		t.set("expire", N(stamp(g.t.Add(map[string]time.Duration{"recovery": time.Hour, "verification": 7 * 24 * time.Hour, "tokens": 15 * time.Minute}[kind]))))
		if kind == "tokens" && g.r.IntN(2) == 0 {
			t.set("phrase", C(pick(g.r, []string{"Ambitious", "Brave", "Golden", "Quiet", "Lucky"})+" "+pick(g.r, []string{"Koala", "Fox", "Otter", "Falcon", "Panda"})))
		} else {
			t.set("phrase", N(""))
		}
		return t
	}

	// The event.
	var ev string
	var payload *node
	guest := false
	sid := g.hex(20)
	switch k := g.r.IntN(20); {
	case k < 6:
		ev = "users." + userID + ".create"
		payload = user(g.r.IntN(3) != 0)
		guest = true
	case k < 11:
		ev = "users." + userID + ".sessions." + sid + ".create"
		payload = session()
		guest = true
	case k < 13:
		ev = "users." + userID + ".recovery." + sid + ".create"
		payload = token("recovery")
		guest = true
	case k < 14:
		ev = "users." + userID + ".verification." + sid + ".create"
		payload = token("verification")
	case k < 16:
		ev = "users." + userID + ".tokens." + sid + ".create"
		payload = token("tokens")
		guest = true
	default:
		what := pick(g.r, []string{"prefs", "email", "name", "password", "status"})
		ev = "users." + userID + ".update." + what
		payload = user(what == "password" || g.r.IntN(3) == 0)
	}
	evHeader := ev
	if g.r.IntN(3) != 0 {
		evHeader = strings.Join(w32AWEvents(ev), ",")
	}
	body := w32JSON(payload)
	url := "https://" + app.host + pick(g.r, []string{"/webhooks/appwrite", "/api/hooks/appwrite", "/v1/appwrite/events"})
	key := g.chars(b62Set, 64)
	sig := w32B64(w32HMAC(sha1.New, key, url+body))
	userHeader := P(userID)
	if guest {
		userHeader = N("")
	}
	rawBody := func() *node {
		if secret {
			return C(body)
		}
		return P(body)
	}
	switch m := g.r.IntN(10); {
	case m < 5:
		h := O("Host", N(app.host), "User-Agent", N("Appwrite-Server"), "Content-Type", N("application/json"), "Content-Length", N(fmt.Sprint(len(body))),
			"X-Appwrite-Webhook-Id", N(g.hex(20)), "X-Appwrite-Webhook-Events", P(evHeader), "X-Appwrite-Webhook-Name", N(pick(g.r, []string{"CRM sync", "analytics", "welcome-mailer", "fraud-check"})),
			"X-Appwrite-Webhook-User-Id", userHeader, "X-Appwrite-Webhook-Project-Id", N(project), "X-Appwrite-Webhook-Signature", C(sig))
		if g.r.IntN(3) == 0 {
			h.set("Authorization", C("Basic "+w32B64([]byte("appwrite:"+g.chars(b62Set, 24)))))
		}
		return O("received_at", g.w32Stamp(2*time.Second), "method", N("POST"), "url", N(url), "headers", h, "body", payload)
	case m < 7:
		// A function the event triggers logs its request.
		h := O("host", N(app.host), "x-appwrite-trigger", N("event"), "x-appwrite-event", P(ev), "x-appwrite-user-id", userHeader,
			"x-appwrite-key", C(pick(g.r, []string{"dynamic_", "standard_"})+g.chars(b62Set, 180)), "content-type", N("application/json"), "user-agent", N("Appwrite/1.6.0"))
		return O("level", N("info"), "time", N(stamp(g.t.Add(300*time.Millisecond))), "executionId", N(g.hex(20)), "msg", N("event received"), "headers", h, "bodyRaw", rawBody())
	case m < 8:
		// The execution as the Functions API lists it: the headers
		// without the key, the function's log of the body.
		hs := A()
		for _, kv := range [][2]string{{"host", app.host}, {"x-appwrite-trigger", "event"}, {"x-appwrite-event", ev}, {"content-type", "application/json"}, {"user-agent", "Appwrite/1.6.0"}} {
			v := N(kv[1])
			if kv[0] == "x-appwrite-event" {
				v = P(kv[1])
			}
			hs.arr = append(hs.arr, O("name", N(kv[0]), "value", v))
		}
		return O("$id", N(g.hex(20)), "$createdAt", N(stamp(g.t)), "$updatedAt", N(stamp(g.t.Add(time.Second))), "$permissions", A(),
			"functionId", N(pick(g.r, []string{"onUserCreate", "sessionAudit", "sendWelcome"})), "trigger", N("event"), "status", N("completed"),
			"requestMethod", N("POST"), "requestPath", N("/"), "requestHeaders", hs, "responseStatusCode", N(200), "responseBody", N(""), "responseHeaders", A(),
			"logs", rawBody(), "errors", N(""), "duration", N(float64(1+g.r.IntN(900))/1000))
	}
	// The receiver queued the event for its workers.
	return O("type", N("appwrite.event"), "project", N(project), "events", P(evHeader), "receivedAt", N(stamp(g.t.Add(time.Second))), "payload", payload)
}

// w32AWEvents are the names an Appwrite event is delivered under: the
// event with its ids in turn wildcards, then its parent resources'.
func w32AWEvents(ev string) []string {
	segs := strings.Split(ev, ".")
	var idPos []int
	for i := 1; i < len(segs); i++ {
		switch segs[i-1] {
		case "users", "sessions", "recovery", "verification", "tokens":
			idPos = append(idPos, i)
		}
	}
	combos := func(n int) []string {
		var ids []int
		for _, i := range idPos {
			if i < n {
				ids = append(ids, i)
			}
		}
		var out []string
		for mask := (1 << len(ids)) - 1; mask >= 0; mask-- {
			w := append([]string{}, segs[:n]...)
			for j, i := range ids {
				if mask&(1<<j) != 0 {
					w[i] = "*"
				}
			}
			out = append(out, strings.Join(w, "."))
		}
		return out
	}
	out := combos(len(segs))
	for k := len(idPos) - 1; k >= 0; k-- {
		if n := idPos[k] + 1; n < len(segs) {
			out = append(out, combos(n)...)
		}
	}
	return out
}
