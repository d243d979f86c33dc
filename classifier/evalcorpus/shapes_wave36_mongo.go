package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ MongoDB change streams

// A change event's resume token (_id._data), operationType, clusterTime,
// wallTime, namespace, collectionUUID, lsid and txnNumber are
// non-personal; so are the document's creation and change dates, flags,
// plan and status, removedFields' and truncatedArrays' paths and sizes.
// The documentKey's and the document's _id (the person's record id),
// names, e-mail, phone, address, birth date, gender, photos, the
// GeoJSON point, the last login's IP address, a student's number, grade
// and class, an insurance member id, a KYC document's number, account
// number and balance, a wallet's BVN are personal; the address's country
// is the residence, a KYC nationality the citizenship. Conditions,
// allergies, medications, blood type, weight and resting heart rate are
// sensitive (health), whom a dating member is interested in
// (sexual_orientation), their religion (religion). Guardians' and
// emergency contacts' names, relations, phones and e-mails are personal
// and no evidence of the subject. A password hash, a PIN hash and a
// refresh token stored on the document are credentials.

var w36MGCountries = map[string][]string{
	"fitness":    {"DE", "US", "BR", "AU", "JP", "GB", "ES", "IT", "NL", "SE", "CA", "MX", "KR"},
	"telehealth": {"IN", "US", "NG", "KE", "GH", "ZA", "EG", "GB", "PK", "BD", "ID", "PH", "SA", "AE"},
	"dating":     {"FR", "BR", "MX", "TR", "KR", "PH", "CO", "AR", "TH", "VN", "PL", "UA", "MA"},
	"school":     {"CL", "CO", "PE", "PL", "ID", "VN", "IN", "KE", "MX", "KZ", "JP", "MY"},
	"fintech":    {"NG", "KE", "IN", "BR", "ID", "TR", "EG", "PK", "MX", "GH", "PH", "VN"},
}

var w36MGApps = []struct{ kind, db, coll string }{{"fitness", "fitbuddy", "users"}, {"telehealth", "careline", "patients"}, {"dating", "amora", "members"},
	{"school", "edusuite", "students"}, {"fintech", "paywallet", "customers"}}

func mongoChangeStream(g *gen) *node {
	app := w36MGApps[g.r.IntN(len(w36MGApps))]
	cc := pick(g.r, w36MGCountries[app.kind])
	g.w34Redraw(cc)
	switch app.kind {
	case "school":
		g.w34Age(6, 18)
	case "dating", "fintech", "telehealth":
		g.w34Age(18, 70)
	default:
		g.w34Age(14, 70)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	canonical := g.r.IntN(3) == 0
	created := g.w36Ago(6000)
	oid := g.w36OID(created)
	first, last := g.w34Names(g.r.IntN(3) == 0)

	date := func(t time.Time, mk func(any) *node) *node {
		if canonical {
			return O("$date", O("$numberLong", mk(fmt.Sprint(t.UnixMilli()))))
		}
		return O("$date", mk(t.UTC().Format("2006-01-02T15:04:05.000Z")))
	}
	dob := func() *node {
		if canonical {
			return O("$date", O("$numberLong", g.w35DOBText(fmt.Sprint(p.dob.UnixMilli()))))
		}
		return O("$date", g.dob("2006-01-02T15:04:05.000Z"))
	}
	intN := func(v int, mk func(any) *node) *node {
		if canonical {
			return O("$numberInt", mk(fmt.Sprint(v)))
		}
		return mk(v)
	}
	dec := func(s string, mk func(any) *node) *node { return O("$numberDecimal", mk(s)) }
	oidN := func(s string, mk func(any) *node) *node { return O("$oid", mk(s)) }

	address := func() *node {
		if !p.showResidence {
			return nil
		}
		a := O("street", g.addr(p.street), "city", g.addr(p.city))
		if p.post != "" {
			a.set(pick(g.r, []string{"postalCode", "zip"}), g.addr(p.post))
		}
		a.set("region", g.addrN(p.region))
		a.set("country", g.residence(pick(g.r, []string{cc, w35EnglishName(cc)})))
		return a
	}
	guardian := g.w34Other(cc)
	guardian.family, guardian.familyL = p.family, p.familyL
	contact := func(rel string) *node {
		return O("name", P(g.w34Full(guardian.given, guardian.family)), "relation", P(rel), "phone", P(g.w36OtherPhone(cc)))
	}
	lang := p.c.lang
	doc := func() *node {
		d := O("_id", oidN(oid, P))
		switch app.kind {
		case "school":
			d.set("studentNumber", P(fmt.Sprintf("%s-%06d", cc, g.r.IntN(1000000))))
			d.set("firstName", P(first))
			d.set("lastName", P(last))
		default:
			if g.r.IntN(2) == 0 {
				d.set("name", O("first", P(first), "last", P(last)))
			} else {
				d.set("fullName", P(g.w34Full(first, last)))
			}
			d.set("email", P(p.email))
			if g.r.IntN(3) != 0 {
				d.set("emailVerified", N(true))
			}
		}
		if app.kind != "school" {
			d.set("phone", g.phone(""))
		}
		d.set("dateOfBirth", dob())
		if g.r.IntN(2) == 0 || app.kind == "dating" {
			d.set("gender", P(g.w36Gender(pick(g.r, []string{"male", "M", "man"}), pick(g.r, []string{"female", "F", "woman"}))))
		}
		if a := address(); a != nil && app.kind != "dating" {
			d.set("address", a)
		}
		switch app.kind {
		case "fitness":
			d.set("passwordHash", C(g.bcrypt()))
			d.set("profile", O("heightCm", intN(150+g.r.IntN(50), P), "weightKg", dec(fmt.Sprintf("%d.%d", 45+g.r.IntN(70), g.r.IntN(10)), func(v any) *node { return S(v, "health") }),
				"restingHeartRate", intN(48+g.r.IntN(40), func(v any) *node { return S(v, "health") }), "goal", N(pick(g.r, []string{"lose_weight", "marathon", "strength"}))))
			d.set("plan", N(pick(g.r, []string{"free", "premium"})))
			d.set("locale", g.locale(p.locale))
			if g.r.IntN(2) == 0 {
				d.set("devices", A(O("type", N(pick(g.r, []string{"garmin", "apple_watch", "fitbit"})), "refreshToken", C(g.b62(40)))))
			}
		case "telehealth":
			if p.idValue != "" && g.r.IntN(2) == 0 {
				d.set("nationalId", O("type", N(p.idScheme), "value", P(p.idValue)))
			}
			conds := A(S(g.w36Health(), "health"))
			if g.r.IntN(2) == 0 {
				conds.arr = append(conds.arr, S(g.w36Health(), "health"))
			}
			d.set("conditions", conds)
			d.set("allergies", A(S(pick(g.r, []string{"penicillin", "peanuts", "latex", "sulfa drugs"}), "health")))
			if g.r.IntN(2) == 0 {
				d.set("medications", A(O("name", S(pick(g.r, []string{"Metformin 500 mg", "Salbutamol inhaler", "Amlodipine 5 mg", "Sertraline 50 mg"}), "health"), "since", date(g.w36Ago(9000), N))))
			}
			if g.r.IntN(3) == 0 {
				d.set("bloodType", S(pick(g.r, []string{"A+", "O+", "B-", "AB+"}), "health"))
			}
			d.set("insurance", O("provider", N(pick(g.r, []string{"NHIF", "Star Health", "Discovery Health", "AXA", "Blue Cross"})), "memberId", P(strings.ToUpper(g.b62(10)))))
			d.set("emergencyContacts", A(contact(pick(g.r, []string{"spouse", "mother", "brother", "friend"}))))
			d.set("preferredLanguage", g.w35Loc(lang, p.locale))
		case "dating":
			d.set("interestedIn", S(pick(g.r, []string{"men", "women", "everyone"}), "sexual_orientation"))
			if g.r.IntN(2) == 0 {
				d.set("religion", S(pick(g.r, []string{"Catholic", "Muslim", "Buddhist", "Jewish", "Not religious", "Evangelical"}), "religion"))
			}
			d.set("bio", g.bio())
			d.set("photos", A(O("url", P(fmt.Sprintf("https://cdn.amora.example/u/%s/%s.jpg", oid, g.b62(10)))), O("url", P(fmt.Sprintf("https://cdn.amora.example/u/%s/%s.jpg", oid, g.b62(10))))))
			if p.showResidence {
				geo := g.w34GeoOf(cc)
				d.set("location", O("type", N("Point"), "coordinates", A(P(geo.lon), P(geo.lat))))
				d.set("city", g.addr(p.city))
				d.set("countryCode", g.residence(cc))
			}
			d.set("lastLoginIp", P(p.ip))
			d.set("passwordHash", C(g.bcrypt()))
		case "school":
			d.set("grade", intN(1+min(11, max(0, g.w34AgeNow()-6)), P))
			d.set("className", P(fmt.Sprintf("%d%s", 1+min(11, max(0, g.w34AgeNow()-6)), pick(g.r, []string{"A", "B", "C"}))))
			d.set("school", O("id", oidN(g.w36OID(created.AddDate(-3, 0, 0)), N), "name", N(pick(g.r, []string{"Colegio San Ignacio", "Szkoła Podstawowa nr 12", "SMP Negeri 3", "Trường THCS Nguyễn Du", "Sunrise Academy"}))))
			d.set("guardians", A(O("name", P(g.w34Full(guardian.given, guardian.family)), "relation", P(pick(g.r, []string{"mother", "father", "madre", "padre", "matka", "ibu"})),
				"phone", P(g.w36OtherPhone(cc)), "email", P(w35Mail(guardian, pick(g.r, []string{"gmail.com", guardian.c.domain}))))))
			if g.r.IntN(3) == 0 {
				d.set("medicalNotes", S(pick(g.r, []string{"Asthma - inhaler in bag", "Peanut allergy", "ADHD", "Type 1 diabetes"}), "health"))
			}
			d.set("enrolledAt", date(created, N))
		case "fintech":
			kyc := O("status", N(pick(g.r, []string{"verified", "pending", "rejected"})), "level", intN(1+g.r.IntN(3), N))
			if p.idValue != "" {
				kyc.set("documentType", N(p.idScheme))
				kyc.set("documentNumber", P(p.idValue))
			} else {
				kyc.set("documentType", N("passport"))
				kyc.set("documentNumber", P(strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1))+pattern(g.r, "########")))
			}
			kyc.set("nationality", g.citizenship(p.cit.code))
			kyc.set("verifiedAt", date(created.Add(time.Hour), N))
			d.set("kyc", kyc)
			if cc == "NG" {
				d.set("bvn", P(pattern(g.r, "22#########")))
			}
			d.set("wallet", O("accountNumber", P(pattern(g.r, "##########")), "currency", N(map[string]string{"NG": "NGN", "KE": "KES", "IN": "INR", "BR": "BRL", "ID": "IDR", "TR": "TRY", "EG": "EGP", "PK": "PKR", "MX": "MXN", "GH": "GHS", "PH": "PHP", "VN": "VND"}[cc]),
				"balance", dec(fmt.Sprintf("%d.%02d", g.r.IntN(500000), g.r.IntN(100)), P)))
			d.set("pinHash", C("$argon2id$v=19$m=65536,t=3,p=4$"+g.chars(b64Set, 22)+"$"+g.chars(b64Set, 43)))
		}
		d.set("createdAt", date(created, N))
		d.set("updatedAt", date(g.t, N))
		if canonical {
			d.set("__v", O("$numberInt", N("0")))
		} else {
			d.set("__v", N(0))
		}
		return d
	}

	op := pick(g.r, []string{"insert", "insert", "update", "update", "update", "replace", "delete"})
	ev := O("_id", O("_data", N("82"+strings.ToUpper(fmt.Sprintf("%08x", g.t.Unix())+"000000012B022C0100296E5A1004"+g.hex(32)+"46645F696400"+oid+"0004"))),
		"operationType", N(op))
	ts := O("t", N(g.t.Unix()), "i", N(1+g.r.IntN(20)))
	ev.set("clusterTime", O("$timestamp", ts))
	ev.set("wallTime", date(g.t, N))
	if g.r.IntN(4) == 0 {
		ev.set("collectionUUID", O("$binary", O("base64", N(w34B64([]byte(g.hex(8)))), "subType", N("04"))))
	}
	ev.set("ns", O("db", N(app.db), "coll", N(app.coll)))
	ev.set("documentKey", O("_id", oidN(oid, P)))
	if g.r.IntN(5) == 0 {
		ev.set("lsid", O("id", O("$binary", O("base64", N(w34B64([]byte(g.hex(8)))), "subType", N("04"))), "uid", O("$binary", O("base64", N(w34B64([]byte(g.hex(16)))), "subType", N("00")))))
		ev.set("txnNumber", O("$numberLong", N(fmt.Sprint(1+g.r.IntN(300)))))
	}
	switch op {
	case "insert", "replace":
		ev.set("fullDocument", doc())
	case "update":
		upd := O()
		removed := A()
		paths := []string{"lastLoginAt", "address.city", "phone", "profile.weightKg", "emergencyContacts.0.phone", "guardians.0.phone", "kyc.status", "interestedIn", "email", "conditions.1"}
		g.r.Shuffle(len(paths), func(i, j int) { paths[i], paths[j] = paths[j], paths[i] })
		n := 1 + g.r.IntN(3)
		for _, path := range paths {
			if len(upd.obj) >= n {
				break
			}
			switch {
			case path == "lastLoginAt":
				upd.set(path, date(g.t, N))
			case path == "address.city" && p.showResidence && app.kind != "dating":
				upd.set(path, g.addr(p.city))
				if g.r.IntN(2) == 0 {
					upd.set("address.country", g.residence(cc))
				}
			case path == "phone" && app.kind != "school":
				upd.set(path, g.phone(""))
			case path == "profile.weightKg" && app.kind == "fitness":
				upd.set(path, dec(fmt.Sprintf("%d.%d", 45+g.r.IntN(70), g.r.IntN(10)), func(v any) *node { return S(v, "health") }))
			case path == "emergencyContacts.0.phone" && app.kind == "telehealth":
				upd.set(path, P(g.w36OtherPhone(cc)))
			case path == "conditions.1" && app.kind == "telehealth":
				upd.set(path, S(g.w36Health(), "health"))
			case path == "guardians.0.phone" && app.kind == "school":
				upd.set(path, P(g.w36OtherPhone(cc)))
			case path == "kyc.status" && app.kind == "fintech":
				upd.set(path, N("verified"))
				upd.set("kyc.verifiedAt", date(g.t, N))
			case path == "interestedIn" && app.kind == "dating":
				upd.set(path, S(pick(g.r, []string{"men", "women", "everyone"}), "sexual_orientation"))
			case path == "email" && app.kind != "school":
				upd.set(path, P(p.email))
				upd.set("emailVerified", N(false))
			}
		}
		if len(upd.obj) == 0 {
			upd.set("lastLoginAt", date(g.t, N))
		}
		upd.set("updatedAt", date(g.t, N))
		if g.r.IntN(3) == 0 {
			removed.arr = append(removed.arr, N(pick(g.r, []string{"address.street2", "resetPasswordToken", "middleName", "tempCode"})))
		}
		ud := O("updatedFields", upd, "removedFields", removed, "truncatedArrays", A())
		if g.r.IntN(5) == 0 {
			ud.set("truncatedArrays", A(O("field", N(pick(g.r, []string{"photos", "devices", "loginHistory"})), "newSize", N(1+g.r.IntN(3)))))
		}
		ev.set("updateDescription", ud)
		if g.r.IntN(2) == 0 {
			ev.set("fullDocument", doc()) // fullDocument: updateLookup
		}
		if g.r.IntN(4) == 0 {
			ev.set("fullDocumentBeforeChange", doc())
		}
	case "delete":
		if g.r.IntN(3) == 0 {
			ev.set("fullDocumentBeforeChange", doc())
		}
	}
	if g.r.IntN(4) == 0 { // a consumer's log line around the event
		return O("level", N("info"), "msg", N("change received"), "service", N(app.db+"-sync"), "ts", N(g.t.Add(time.Duration(g.r.IntN(900))*time.Millisecond).UTC().Format(time.RFC3339Nano)), "change", ev)
	}
	return ev
}
