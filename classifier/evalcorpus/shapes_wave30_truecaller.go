package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------- Truecaller

// w30TCApp is the app signing users up with Truecaller: a lender asks for
// an identifier, a birth date and income; a ride app for little more
// than the profile.
var w30TCApps = []struct{ name, pkg, kind string }{
	{"PaisaNow Instant Loans", "com.paisanow.app", "lending"},
	{"CashBridge", "com.cashbridge.lending", "lending"},
	{"Zoom Rides", "com.zoomrides.rider", "ride"},
	{"BodaGo", "app.bodago.passenger", "ride"},
}

// w30TCID is the identifier a lender of country cc asks for.
func (g *gen) w30TCID(cc string) (string, string) {
	p := g.p
	switch cc {
	case "IN":
		return "pan", genPAN(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	case "NG":
		return "bvn", "22" + pattern(g.r, "#########")
	case "KE":
		return "national_id", pattern(g.r, "########")
	case "ZA":
		return "id_number", zaID(g.r, p.dob, p.female, true)
	case "EG":
		return "national_id", egNationalID(g.r, p.dob, p.female)
	case "PK":
		return "cnic", pattern(g.r, "3####-#######-#")
	case "BD":
		return "nid", pattern(g.r, "##########")
	}
	return "nik", pick(g.r, []string{"317305", "340203", "321605"}) + p.dob.Format("020106") + pattern(g.r, "####")
}

// w30TCPurpose is why a borrower says they need the money.
var w30TCPurposes = []bioLine{{"", "Business stock"}, {"", "School fees"}, {"", "Rent"}, {"", "Phone repair"}, {"health", "Hospital bills for my mother's dialysis"}, {"health", "Medicine for my diabetes"}, {"health", "Delivery (C-section) costs"}}

func truecallerProfileSignup(g *gen) *node {
	cc := pick(g.r, []string{"IN", "IN", "IN", "KE", "NG", "NG", "ZA", "EG", "PK", "BD", "ID"})
	g.w30Redraw(cc)
	p := g.p
	app := pick(g.r, w30TCApps)
	underage := app.kind == "lending" && g.r.IntN(10) == 0
	if underage {
		g.w29Age(16, 17)
	} else {
		g.w29Age(18, 65)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	first, last := p.given, p.family
	if !w29Latin(first+last) && g.r.IntN(3) != 0 {
		first, last = w29Title(p.givenL), w29Title(p.familyL)
	}
	e164 := g.e164()
	digits := strings.TrimPrefix(e164, "+")
	nonce := g.uuid()
	gender := map[bool]string{true: "F", false: "M"}[p.female]
	if g.r.IntN(5) == 0 {
		gender = "N"
	}
	company := pick(g.r, []string{"", "", "Infosys", "Safaricom", "Jumia", "Shoprite", "Self-employed", "Grameenphone", "Tokopedia"})
	job := pick(g.r, []string{"", "", "Sales executive", "Driver", "Teacher", "Software engineer", "Nurse", "Shop owner"})
	fb := ""
	if g.r.IntN(3) == 0 {
		fb = fmt.Sprint(100000000000000 + g.r.Int64N(899999999999999))
	}
	avatar := "https://storage.googleapis.com/tc-images-noneu/myview/1/" + g.hex(32) + "/3"
	trueName := g.r.IntN(4) != 0
	mode := pick(g.r, []string{"TRUECALLER_PROFILE", "TRUECALLER_PROFILE", "OTP", "MISSED_CALL"})

	// The phone is what Truecaller verifies: every profile carries it.
	withPhone := func() {
		p.showPhone = true
	}
	// addrOf records the address a profile gives as where the user lives.
	addrShown := p.showResidence && g.r.IntN(3) != 0
	// The SDK's TrueProfile payload, decoded.
	payload := func() *node {
		withPhone()
		pl := O("requestNonce", N(nonce), "requestTime", N(g.t.Add(-40*time.Second).Unix()), "phoneNumber", g.phone(e164),
			"firstName", P(first), "lastName", P(last), "gender", P(gender))
		// countryCode is the number's country.
		pl.set("countryCode", N(p.phoneCC))
		if addrShown {
			g.lab.Residence = addCountry(g.lab.Residence, cc)
			pl.set("city", P(p.city))
			pl.set("street", P(p.street))
			if p.post != "" {
				pl.set("zipcode", P(p.post))
			}
		}
		if fb != "" {
			pl.set("facebookId", P(fb))
		}
		pl.set("email", P(p.email))
		pl.set("avatarUrl", P(avatar))
		pl.set("isTrueName", N(trueName))
		pl.set("isAmbassador", N(g.r.IntN(20) == 0))
		if company != "" {
			pl.set("companyName", P(company))
		}
		if job != "" {
			pl.set("jobTitle", P(job))
		}
		pl.set("successful", N(true))
		pl.set("isSimChanged", N(false))
		pl.set("verificationMode", N(mode))
		pl.set("verificationTimestamp", N(g.t.Add(-35*time.Second).UnixMilli()))
		pl.set("userLocale", g.locale(strings.Replace(p.locale, "-", "_", 1)))
		return pl
	}
	// The mobile-web profile from profile4-noneu.truecaller.com.
	webProfile := func() *node {
		withPhone()
		// The numbers as JSON numbers, without the plus.
		num := g.phone(digits)
		if num != nil {
			num.str = false
		}
		wp := O("phoneNumbers", A(num))
		if addrShown {
			wp.set("addresses", A(O("countryCode", g.residence(strings.ToLower(cc)), "city", P(p.city), "street", P(p.street), "zipcode", Pif(p.post))))
		} else {
			wp.set("addresses", A())
		}
		wp.set("avatarUrl", P(avatar))
		if b := g.bio(); b != nil {
			wp.set("aboutMe", b)
		}
		if job != "" {
			wp.set("jobTitle", P(job))
		}
		if company != "" {
			wp.set("companyName", P(company))
		}
		wp.set("createdTime", N(g.t.AddDate(-1-g.r.IntN(6), 0, 0).Unix()))
		oi := O("email", P(p.email))
		if fb != "" {
			oi.set("facebookId", P(fb))
		}
		wp.set("onlineIdentities", oi)
		wp.set("name", O("first", P(first), "last", P(last)))
		wp.set("gender", P(map[string]string{"F": "FEMALE", "M": "MALE", "N": "N"}[gender]))
		wp.set("isActive", N(true))
		wp.set("isTrueName", N(trueName))
		wp.set("isAmbassador", N(false))
		wp.set("badges", A(N("verified")))
		wp.set("type", N("USER"))
		return wp
	}
	// OAuth userinfo (OAuth SDK 3.x).
	userinfo := func() *node {
		withPhone()
		u := O("sub", P(pattern(g.r, "1################")), "given_name", P(first), "family_name", P(last), "phone_number", g.phone(digits),
			"email", P(p.email), "picture", P(avatar), "gender", P(map[string]string{"F": "female", "M": "male", "N": "N"}[gender]),
			"phone_number_country_code", N(p.phoneCC), "phone_number_verified", N(true))
		if addrShown {
			g.lab.Residence = addCountry(g.lab.Residence, cc)
			u.set("address", O("locality", P(p.city), "postal_code", Pif(p.post)))
		}
		return u
	}
	clientID := g.b62(20)
	tokenExchange := func() *node {
		code, verifier := g.b62(32), g.chars(b64Set, 43)
		return O("request", O("method", N("POST"), "url", N("https://oauth-account-noneu.truecaller.com/v1/token"),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
			"form", O("grant_type", N("authorization_code"), "client_id", N(clientID), "code", C(code), "code_verifier", C(verifier))),
			"response", O("status", N(200), "body", O("access_token", C(g.b62(64)), "expires_in", N(3600), "token_type", N("Bearer"))))
	}
	// The app's signup record.
	idName, idValue := g.w30TCID(cc)
	purpose := g.w29Note(w30TCPurposes, 3)
	signup := func(src *node) *node {
		withPhone()
		r := O("user_id", P(g.uuid()), "app", N(app.name), "signup_method", N("truecaller"), "phone", g.phone(e164),
			"name", P(first+" "+last), "email", P(p.email))
		if app.kind == "lending" {
			r.set("date_of_birth", g.dob("2006-01-02"))
			r.set(idName, P(idValue))
			r.set("employer", Pif(company))
			r.set("monthly_income", P(pick(g.r, []int{15000, 25000, 40000, 80000, 120000})))
			r.set("loan_purpose", w29About(purpose.text, purpose.cat))
			if underage {
				r.set("status", N("rejected"))
				r.set("reject_reason", N("applicant under 18"))
			} else {
				r.set("status", N(pick(g.r, []string{"kyc_pending", "approved", "under_review"})))
			}
		}
		r.set("device", O("ip", P(p.ip), "os", N(pick(g.r, []string{"Android 14", "Android 13", "Android 12"})), "app_package", N(app.pkg)))
		r.set("truecaller", src)
		return r
	}
	switch m := g.r.IntN(10); {
	case m < 3:
		// The SDK's TrueProfile as the app forwards it to its backend.
		pl := payload()
		return O("received_at", g.w29Stamp(time.Second), "path", N("/v1/auth/truecaller"),
			"body", O("payload", w30B64(pl), "signature", N(g.chars(b62Set+"+/", 342)+"=="), "signatureAlgorithm", N("SHA512withRSA"), "requestNonce", N(nonce)),
			"decoded_payload", pl, "signature_verified", N(true))
	case m < 5:
		tok := g.b62(52)
		return O("callback", O("requestId", N(nonce), "accessToken", C(tok), "endpoint", N("https://profile4-noneu.truecaller.com/v1/default")),
			"profile_request", O("method", N("GET"), "url", N("https://profile4-noneu.truecaller.com/v1/default"), "headers", O("Authorization", C("Bearer "+tok))),
			"profile", webProfile())
	case m < 7:
		t := tokenExchange()
		t.set("userinfo", userinfo())
		return t
	case m < 8:
		// The token exchange alone: nothing of the user.
		return tokenExchange()
	}
	var src *node
	if g.r.IntN(2) == 0 {
		src = O("verified", N(true), "verificationMode", N(mode), "isTrueName", N(trueName), "profile", payload())
	} else {
		src = O("verified", N(true), "userinfo", userinfo())
	}
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("signup completed"), "record", signup(src))
}
