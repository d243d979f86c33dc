package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------- Mindbody

// A Mindbody client's site and location ids, statuses, flags, paging,
// dates of the record (creation, last change, first visit, the liability
// agreement's date), client index and custom field ids and names and the
// webhook's envelope are non-personal; so is a referral source that names
// a channel. The client's ids, names, e-mail, phones, address, birth
// date, gender and gender preference, photo URL, the emergency contact's
// name, phone, e-mail and relationship, a referrer who is a person, the
// related clients' ids and the card's last digits, holder and expiry are
// personal; the Country is the residence. Custom fields, notes and red or
// yellow alerts telling of injuries, pregnancies, conditions or
// medication are sensitive (health), in the studio's language. The
// API key, the staff user token and the webhook's signature are
// credentials.

var w34MBCountries = []string{"US", "US", "US", "CA", "GB", "IE", "AU", "NZ", "ZA", "MX", "BR", "AR", "CL", "CO", "ES", "DE", "NL", "FR", "IT", "SE", "AE", "SG", "HK", "JP",
	"KR", "TW", "IN", "TH", "PH", "MY", "IL", "TR"}

// w34MBHealth are what intake forms and staff write of a client's health,
// by language.
var w34MBHealth = map[string][]string{
	"en": {"Lower back pain, herniated disc L4-L5", "Pregnant - 22 weeks, no inversions", "Asthma, carries inhaler", "Type 1 diabetic - keep juice at front desk", "ACL reconstruction left knee 2025", "Epilepsy - seizure plan on file"},
	"es": {"Embarazada de 5 meses", "Hernia discal lumbar", "Asma, trae inhalador", "Operada de rodilla derecha"},
	"pt": {"Gestante, 20 semanas", "Hérnia de disco lombar", "Hipertensa, usa losartana"},
	"de": {"Bandscheibenvorfall HWS", "Schwanger, 18. SSW", "Asthma bronchiale", "Knie-OP (Meniskus) 2025"},
	"fr": {"Enceinte de 4 mois", "Hernie discale", "Asthmatique"},
	"it": {"Incinta, 16 settimane", "Ernia del disco"},
	"nl": {"Zwanger, 20 weken", "Hernia, geen zware lasten"},
	"sv": {"Gravid v. 24", "Diskbråck ländrygg"},
	"ja": {"妊娠5ヶ月、うつ伏せ不可", "腰椎椎間板ヘルニア", "喘息あり"},
	"ko": {"임신 20주", "허리 디스크", "천식"},
	"zh": {"懷孕五個月", "腰椎間盤突出", "有氣喘"},
	"th": {"ตั้งครรภ์ 5 เดือน", "หมอนรองกระดูกทับเส้น"},
	"he": {"בהריון, שבוע 20", "פריצת דיסק"},
	"tr": {"Hamile, 20 haftalık", "Bel fıtığı"},
	"ar": {"حامل في الشهر الخامس", "انزلاق غضروفي"},
	"hi": {"कमर दर्द, स्लिप डिस्क", "अस्थमा"},
}

// w34MBStudio is a business on Mindbody.
type w34MBStudio struct{ name, kind string }

var w34MBStudios = []w34MBStudio{{"Flow Yoga Collective", "yoga"}, {"Iron Temple Gym", "gym"}, {"Core Physio & Pilates", "physio"}, {"Little Dolphins Swim School", "kids"},
	{"Serenity Day Spa", "spa"}, {"Kickstart Martial Arts", "kids"}, {"Barre & Soul", "yoga"}}

func mindbodyClientAPI(g *gen) *node {
	cc := pick(g.r, w34MBCountries)
	g.w34Redraw(cc)
	p := g.p
	studio := pick(g.r, w34MBStudios)
	if studio.kind == "kids" {
		g.w34Age(4, 15)
	} else if studio.kind == "gym" && g.r.IntN(4) == 0 {
		g.w34Age(14, 17)
	} else {
		g.w34Age(18, 75)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	siteID := -99
	if g.r.IntN(4) != 0 {
		siteID = 10000 + g.r.IntN(900000)
	}
	clientID := fmt.Sprint(100000000 + g.r.IntN(900000000))
	uniqueID := 100000000 + g.r.IntN(900000000)
	first, last := g.w34Names(g.r.IntN(2) == 0)
	lang := p.c.lang
	if _, ok := w34MBHealth[lang]; !ok || g.r.IntN(4) == 0 {
		lang = "en"
	}
	health := func() *node {
		line := pick(g.r, w34MBHealth[lang])
		for i := 0; i < 8 && (!p.female || p.minor) && w34MBPregnant(line); i++ {
			line = pick(g.r, w34MBHealth[lang])
		}
		return S(line, "health")
	}
	parent := g.w34Other(cc)
	parent.family, parent.familyL = p.family, p.familyL
	emName, emRel := "", ""
	if p.minor {
		rel := map[string][2]string{"es": {"Madre", "Padre"}, "pt": {"Mãe", "Pai"}, "de": {"Mutter", "Vater"}, "fr": {"Mère", "Père"}, "it": {"Madre", "Padre"},
			"nl": {"Moeder", "Vader"}, "sv": {"Mamma", "Pappa"}, "ja": {"母", "父"}, "ko": {"어머니", "아버지"}, "zh": {"母親", "父親"}, "he": {"אמא", "אבא"}, "tr": {"Anne", "Baba"}}[p.c.lang]
		if rel[0] == "" || g.r.IntN(3) == 0 {
			rel = [2]string{"Mother", "Father"}
		}
		emName, emRel = g.w34Full(parent.given, parent.family), rel[g.r.IntN(2)]
	} else if g.r.IntN(3) != 0 {
		o := g.w34Other(cc)
		emName, emRel = g.w34Full(o.given, o.family), pick(g.r, []string{"Husband", "Wife", "Partner", "Sister", "Friend", "Esposo", "Ehefrau"})
	}
	created := g.t.Add(-time.Duration(g.r.IntN(700*24)) * time.Hour)
	mbTime := "2006-01-02T15:04:05"
	gender := pick(g.r, []string{"Female", "Male", "None"})
	if p.female && gender == "Male" || !p.female && gender == "Female" {
		gender = map[bool]string{true: "Female", false: "Male"}[p.female]
	}
	referred := pick(g.r, []string{"Instagram", "Google", "Walk-in", "ClassPass", "Friend", "person"})
	referredNode := N(referred)
	if referred == "person" {
		o := g.w34Other(cc)
		referredNode = P(g.w34Full(o.given, o.family))
	}
	customFields := func(camel bool) *node {
		fs := A()
		add := func(id int, name string, v *node) {
			if camel {
				fs.arr = append(fs.arr, O("id", N(id), "name", N(name), "value", v))
			} else {
				fs.arr = append(fs.arr, O("Id", N(id), "DataType", N("String"), "Name", N(name), "Value", v))
			}
		}
		switch studio.kind {
		case "physio", "yoga":
			add(1, "Injuries / Medical Conditions", health())
			if p.female && g.r.IntN(3) == 0 {
				add(2, "Pregnant?", S("Yes", "health"))
			} else if studio.kind == "yoga" && g.r.IntN(3) == 0 {
				add(2, "Pregnant?", S("No", "health"))
			}
		case "gym":
			add(3, "PAR-Q: any heart condition?", S(pick(g.r, []string{"No", "No", "Yes - arrhythmia, on beta blockers"}), "health"))
		case "kids":
			add(4, "Allergies", S(pick(g.r, []string{"Peanuts (EpiPen in bag)", "None", "Asthma - inhaler", "ADHD, needs clear instructions"}), "health"))
			add(5, "School", P(pick(g.r, []string{"Lincoln Elementary", "St. Joseph's Primary", "Colegio San Patricio", "Grundschule am Park"})))
			add(6, "Photo consent", N(pick(g.r, []string{"Yes", "No"})))
		case "spa":
			add(7, "Pressure preference", P(pick(g.r, []string{"Light", "Medium", "Firm"})))
			if g.r.IntN(2) == 0 {
				add(8, "Contraindications", health())
			}
		}
		return fs
	}
	client := func(forAdd bool) *node {
		c := O()
		if !forAdd {
			c.set("Id", P(clientID))
			c.set("UniqueId", P(uniqueID))
		}
		c.set("FirstName", P(first))
		if g.r.IntN(5) == 0 {
			c.set("MiddleName", P(w34Title(g.w34Other(cc).givenL)))
		}
		c.set("LastName", P(last))
		if p.minor && studio.kind == "kids" {
			c.set("Email", P(w34Clean(parent.givenL)+"."+w34Clean(parent.familyL)+"@"+pick(g.r, []string{"gmail.com", p.c.domain})))
		} else {
			c.set("Email", P(p.email))
		}
		if p.minor && studio.kind == "kids" {
			c.set("MobilePhone", Pif(parent.phone)) // the parent's number, not the child's
		} else {
			c.set("MobilePhone", g.phone(""))
		}
		if g.r.IntN(4) == 0 {
			c.set("HomePhone", P(pattern(g.r, "(0#) ####-####")))
		}
		if p.showResidence {
			c.set("AddressLine1", g.addr(p.street))
			c.set("City", g.addr(p.city))
			c.set("State", g.addrN(p.region))
			c.set("PostalCode", g.addr(p.post))
			c.set("Country", g.residence(cc))
		}
		c.set("BirthDate", g.dob(mbTime))
		c.set("Gender", P(gender))
		if studio.kind == "spa" || studio.kind == "physio" {
			c.set("AppointmentGenderPreference", P(pick(g.r, []string{"None", "Female", "Male"})))
		}
		c.set("EmergencyContactInfoName", Pif(emName))
		if emName != "" {
			c.set("EmergencyContactInfoPhone", Pif(parent.phone))
			c.set("EmergencyContactInfoRelationship", P(emRel))
			if g.r.IntN(2) == 0 {
				c.set("EmergencyContactInfoEmail", P(w34Clean(parent.givenL)+"@"+pick(g.r, []string{"gmail.com", "outlook.com"})))
			}
		}
		c.set("ReferredBy", referredNode)
		c.set("IsProspect", N(g.r.IntN(4) == 0))
		c.set("IsCompany", N(false))
		if !forAdd {
			c.set("Status", N(pick(g.r, []string{"Active", "Non-Member", "Expired", "Declined"})))
			c.set("Active", N(true))
			c.set("CreationDate", N(created.Format(mbTime)))
			c.set("LastModifiedDateTime", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")))
			if g.r.IntN(2) == 0 {
				c.set("FirstAppointmentDate", N(created.AddDate(0, 0, g.r.IntN(30)).Format(mbTime)))
			}
			released := g.r.IntN(4) != 0
			lia := O("IsReleased", N(released), "AgreementDate", N(nil), "ReleasedBy", N(nil))
			if released {
				lia.set("AgreementDate", N(created.Format(mbTime)))
				if p.minor {
					lia.set("ReleasedBy", N(1)) // 1: released by a parent or guardian
				}
			}
			c.set("Liability", lia)
			c.set("LiabilityRelease", N(released))
			c.set("MembershipIcon", N(g.r.IntN(5)))
			c.set("HomeLocation", O("Id", N(1+g.r.IntN(3)), "Name", N(studio.name)))
			if g.r.IntN(3) == 0 {
				c.set("PhotoUrl", P(fmt.Sprintf("https://clients.mindbodyonline.com/studios/%d/clients/%s.jpg?osv=%d", siteID, clientID, g.r.IntN(1000000))))
			}
			c.set("ClientIndexes", A(O("Id", N(1+g.r.IntN(9)), "ValueId", N(10+g.r.IntN(90)))))
			if p.minor {
				c.set("ClientRelationships", A(O("RelatedClientId", P(fmt.Sprint(100000000+g.r.IntN(900000000))),
					"Relationship", O("Id", N(3), "RelationshipName1", N("Parent"), "RelationshipName2", N("Child")), "RelationshipName", N("Parent"))))
			}
			if g.r.IntN(2) == 0 {
				c.set("RedAlert", health())
			}
			if g.r.IntN(4) == 0 {
				c.set("YellowAlert", P(pick(g.r, []string{"Balance owing", "Prefers morning classes", "Card on file expires soon"})))
			}
			if g.r.IntN(3) == 0 {
				c.set("ClientCreditCard", O("CardType", N(pick(g.r, []string{"Visa", "MasterCard", "AmericanExpress"})), "LastFour", P(pattern(g.r, "####")),
					"ExpMonth", P(fmt.Sprint(1+g.r.IntN(12))), "ExpYear", P(fmt.Sprint(g.t.Year()+g.r.IntN(5))), "CardHolder", P(first+" "+last)))
			}
		}
		c.set("CustomClientFields", customFields(false))
		if g.r.IntN(2) == 0 {
			c.set("Notes", health())
		}
		c.set("SendAccountEmails", N(true))
		c.set("SendAccountTexts", N(g.r.IntN(2) == 0))
		c.set("SendPromotionalEmails", N(g.r.IntN(2) == 0))
		c.set("SendScheduleEmails", N(true))
		return c
	}
	headers := func() *node {
		return O("Api-Key", C(g.hex(32)), "SiteId", N(fmt.Sprint(siteID)), "Authorization", C(pick(g.r, []string{"Bearer ", ""})+g.hex(64)), "Content-Type", N("application/json"))
	}
	base := "https://api.mindbodyonline.com/public/v6"
	switch v := g.r.IntN(10); {
	case v < 4:
		search := P(p.familyL)
		body := O("PaginationResponse", O("RequestedLimit", N(10), "RequestedOffset", N(0), "PageSize", N(1), "TotalResults", N(1)), "Clients", A(client(false)))
		return O("request", O("method", N("GET"), "url", P(base+"/client/clients?SearchText="+search.raw+"&limit=10"), "headers", headers()),
			"response", O("status", N(200), "body", body))
	case v < 7:
		req := client(true)
		req.set("Test", N(false))
		if g.r.IntN(2) == 0 {
			return O("method", N("POST"), "url", N(base+"/client/addclient"), "headers", headers(), "body", req)
		}
		return O("Client", client(false))
	}
	// the client.created / client.updated webhook
	ev := pick(g.r, []string{"client.created", "client.updated"})
	data := O("siteId", N(siteID), "clientId", P(clientID), "clientUniqueId", P(uniqueID), "creationDateTime", N(created.UTC().Format("2006-01-02T15:04:05Z")),
		"status", N("Active"), "firstName", P(first), "lastName", P(last), "email", P(p.email))
	if ph := g.phone(g.e164()); ph != nil && !p.minor {
		data.set("mobilePhone", ph)
	}
	if p.showResidence {
		data.set("addressLine1", g.addr(p.street))
		data.set("city", g.addr(p.city))
		data.set("state", g.addrN(p.region))
		data.set("postalCode", g.addr(p.post))
		data.set("country", g.residence(cc))
	}
	data.set("birthDateTime", g.dob("2006-01-02T15:04:05Z"))
	data.set("gender", P(gender))
	data.set("referredBy", referredNode)
	data.set("isProspect", N(false))
	data.set("isLiabilityReleased", N(true))
	data.set("liabilityAgreementDateTime", N(created.UTC().Format("2006-01-02T15:04:05Z")))
	data.set("homeLocation", O("id", N(1), "name", N(studio.name)))
	data.set("indexes", A(O("indexName", N("Membership Type"), "indexValue", N(pick(g.r, []string{"Unlimited", "10-Class Pass", "Drop-in", "Kids Term"})))))
	data.set("customFields", customFields(true))
	hook := O("messageId", N(g.b62(22)), "eventId", N(ev), "eventSchemaVersion", N(1), "eventInstanceOriginationDateTime", N(g.t.UTC().Format("2006-01-02T15:04:05Z")), "eventData", data)
	if g.r.IntN(2) == 0 {
		return hook
	}
	return O("received_at", g.w34Stamp(4*time.Second), "headers", O("Content-Type", N("application/json"), "X-Mindbody-Signature", C("sha256="+w34B64([]byte(g.hex(32))))), "body", hook)
}

// w34MBPregnant says whether a line tells of a pregnancy.
func w34MBPregnant(line string) bool {
	for _, w := range []string{"Pregnant", "Embarazada", "Gestante", "Schwanger", "Enceinte", "Incinta", "Zwanger", "Gravid", "妊娠", "임신", "懷孕", "ตั้งครรภ์", "בהריון", "Hamile", "حامل"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}
