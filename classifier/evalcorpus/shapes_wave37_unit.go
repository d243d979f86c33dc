package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ Unit applications

// A JSON:API document's resource types, event and document ids and
// types, the org relationship, timestamps, an application's status,
// message, evaluation outcome and entity id, archived flag, the
// evaluation parameters, idempotency key, sole proprietorship flag, a
// document's type, status and description, a customer's status and risk
// rate, the webhook's content type, and a business's name, DBA, EIN,
// entity type, state of incorporation, address and phone, industry,
// website, revenue, employees, cash flow, year of incorporation and
// countries of operation are non-personal; so is the state of an
// individual's address. The application's and customer's ids (in
// relationships too), the individual's, officer's, contact's and
// beneficial owners' and authorized users' names, SSN or ITIN, passport,
// matrícula consular, birth date, street, city and ZIP code, phone
// (country code and number), e-mail, IP address, occupation, annual
// income and source of income, ownership percentage, device
// fingerprints, JWT subject and the tags carrying the app's user id are
// personal. The individual's or officer's address country is the
// residence (always US), the nationality given with a passport or a
// matrícula consular the citizenship, the phone number weak evidence;
// a beneficial owner's nationality and country are another person's.
// The bearer token and the X-Unit-Signature are credentials.

var w37UNOrigins = []string{"US", "US", "US", "US", "MX", "MX", "MX", "IN", "CN", "VN", "PH", "NG", "CO", "BR", "UA", "KR", "PK", "BD", "ET", "GH", "KE", "EG", "IL",
	"TR", "PE", "AR", "CL", "MA", "JP", "TW", "GB", "DE", "FR", "CA", "RU", "UZ", "AM", "SA", "ID", "TH", "PL", "RO", "HK", "UG", "CM", "UY", "CI"}

var w37UNOccupations = []string{"ArchitectOrEngineer", "BusinessAnalystAccountantOrFinancialAdvisor", "CommunityAndSocialServicesWorker", "ConstructionMechanicOrMaintenanceWorker",
	"Doctor", "Educator", "EntertainmentSportsArtsOrMedia", "ExecutiveOrManager", "FarmerFishermanForester", "FoodServiceWorker", "GigWorker",
	"HospitalityOfficeOrAdministrativeSupportWorker", "HouseholdManager", "JanitorHousekeeperLandscaper", "Lawyer", "ManufacturingOrProductionWorker",
	"MilitaryOrPublicSafety", "NurseHealthcareTechnicianOrHealthcareSupport", "PersonalCareOrServiceWorker", "PilotDriverOperator", "SalesRepresentativeBrokerAgent",
	"ScientistOrTechnologist", "Student"}

var w37UNIncome = []string{"UpTo10k", "Between10kAnd25k", "Between25kAnd50k", "Between50kAnd100k", "Between100kAnd250k", "Over250k"}

var w37UNSource = []string{"EmploymentOrPayrollIncome", "PartTimeOrContractorIncome", "InheritancesAndGifts", "PersonalInvestments", "BusinessOwnershipInterests", "GovernmentBenefits"}

func unitCustomerApplication(g *gen) *node {
	o := pick(g.r, w37UNOrigins)
	g.w37Redraw(o)
	g.w37Age(18, 75)
	p := g.p
	us := w37Country("US")
	if o != "US" {
		g.w37Move("US", g.r.IntN(3) == 0)
		if g.r.IntN(4) == 0 { // naturalised
			p.cit = us
		}
	}
	g.w37USAddress()
	p.showResidence = true // a KYC application always has the US address
	idKind := "ssn"
	if p.cit.code != "US" {
		idKind = pick(g.r, []string{"ssn", "ssn", "itin", "passport", "passport"})
		if p.cit.code == "MX" && g.r.IntN(2) == 0 {
			idKind = "matricula"
		}
		if idKind == "passport" || idKind == "matricula" {
			p.showCitizenship = true
		}
	}
	ssn := strings.ReplaceAll(p.idValue, "-", "")
	if p.idScheme != "us_ssn" || ssn == "" {
		ssn = strings.ReplaceAll(genSSN(g.r, p.dob, p.female, [2]string{}), "-", "")
	}
	if idKind == "itin" {
		ssn = strings.ReplaceAll(genITIN(g.r), "-", "")
	}
	passport := pattern(g.r, "A########")
	switch p.cit.code {
	case "MX":
		passport = "G" + pattern(g.r, "########")
	case "IN":
		passport = string(rune('A'+g.r.IntN(26))) + pattern(g.r, "#######")
	case "CN":
		passport = "E" + pattern(g.r, "########")
	}
	matricula := pattern(g.r, "#########")
	first, last := g.w37Names(true)
	ccode, _, _ := g.w37PhoneParts()
	email := p.email
	appID := fmt.Sprint(10000 + g.r.IntN(9000000))
	custID := fmt.Sprint(10000 + g.r.IntN(9000000))
	stamp := func(back time.Duration) *node { return N(g.t.Add(-back).UTC().Format("2006-01-02T15:04:05.000Z")) }

	fullName := func() *node { return O("first", P(first), "last", P(last)) }
	street2 := ""
	if g.r.IntN(3) == 0 {
		street2 = pick(g.r, []string{"Apt 3B", "Unit 12", "#204", "Apt 1"})
	}
	address := func() *node {
		a := O("street", g.addr(p.street))
		if street2 != "" {
			a.set("street2", P(street2))
		}
		a.set("city", g.addr(p.city))
		a.set("state", g.addrN(p.region))
		a.set("postalCode", g.addr(p.post))
		a.set("country", g.residence("US"))
		return a
	}
	phone := func() *node {
		ph := g.phone(g.w37NationalDigits())
		if ph == nil {
			return nil
		}
		return O("countryCode", P(ccode), "number", ph)
	}
	natShown := g.r.IntN(3) == 0
	ids := func(o *node) {
		switch idKind {
		case "ssn", "itin":
			o.set("ssn", P(ssn))
			if p.cit.code != "US" && p.showCitizenship && natShown {
				o.set("nationality", g.citizenship(p.cit.code))
			}
		case "passport":
			o.set("passport", P(passport))
			o.set("nationality", g.citizenship(p.cit.code))
		case "matricula":
			o.set("matriculaConsular", P(matricula))
			o.set("nationality", g.citizenship(p.cit.code))
		}
	}
	kyc := func(o *node) {
		o.set("occupation", P(pick(g.r, w37UNOccupations)))
		if p.cit.code != "US" || g.r.IntN(2) == 0 {
			o.set("annualIncome", P(pick(g.r, w37UNIncome)))
			o.set("sourceOfIncome", P(pick(g.r, w37UNSource)))
		}
	}
	tags := func() *node {
		if g.r.IntN(2) == 0 {
			return nil
		}
		return O("userId", P(g.uuid()), "signupChannel", N(pick(g.r, []string{"ios", "android", "web"})))
	}

	business := g.r.IntN(5) == 0
	appType, custType := "individualApplication", "individualCustomer"
	if business {
		appType, custType = "businessApplication", "businessCustomer"
	}
	// the application's attributes, built when the event first writes them
	var attrs *node
	getAttrs := func() *node {
		if attrs != nil {
			return attrs
		}
		if !business {
			attrs = O()
			ids(attrs)
			attrs.set("fullName", fullName())
			attrs.set("dateOfBirth", g.dob("2006-01-02"))
			attrs.set("address", address())
			attrs.set("phone", phone())
			attrs.set("email", P(email))
			attrs.set("ip", P(p.ip))
			kyc(attrs)
			attrs.set("evaluationParams", O("useSelfieVerification", N(pick(g.r, []string{"Never", "ReplaceIdentification", "Always"})), "requireIdVerification", N(g.r.IntN(2) == 0)))
			attrs.set("soleProprietorship", N(false))
			attrs.set("tags", tags())
			if g.r.IntN(3) == 0 {
				attrs.set("deviceFingerprints", A(O("provider", N("iovation"), "value", P(g.b62(44)))))
			}
			if g.r.IntN(3) == 0 {
				attrs.set("jwtSubject", P("auth0|"+g.hex(24)))
			}
		} else {
			appType, custType = "businessApplication", "businessCustomer"
			company := pick(g.r, [][2]string{{"Sabor Latino Catering LLC", "Sabor Latino"}, {"Lotus Nail Spa Inc.", "Lotus Nails"}, {"Nwosu Logistics LLC", "NL Freight"},
				{"Kyiv Bakery & Cafe LLC", "Kyiv Bakery"}, {"Desi Spice Market Corp.", "Desi Spice"}, {"Andes Remodeling LLC", "Andes Remodeling"}})
			officer := O("fullName", fullName(), "title", N(pick(g.r, []string{"CEO", "President", "Member", "Partner"})))
			ids(officer)
			officer.set("dateOfBirth", g.dob("2006-01-02"))
			officer.set("address", address())
			officer.set("phone", phone())
			officer.set("email", P(email))
			kyc(officer)
			bizPlace := pick(g.r, w37USPlaces)
			for bizPlace.city == p.city {
				bizPlace = pick(g.r, w37USPlaces)
			}
			owners := A()
			for range 1 + g.r.IntN(2) {
				bo := g.w37Other(pick(g.r, []string{"US", o, o, "CA", "GB"}))
				boc := pick(g.r, w37USPlaces)
				ow := O("fullName", O("first", P(w37Title(bo.givenL)), "last", P(w37Title(bo.familyL))))
				if bo.c.code == "US" || g.r.IntN(2) == 0 {
					ow.set("ssn", P(strings.ReplaceAll(genSSN(g.r, bo.dob, bo.female, [2]string{}), "-", "")))
				} else {
					ow.set("passport", P(pattern(g.r, "A########")))
					ow.set("nationality", P(bo.cit.code))
				}
				ow.set("dateOfBirth", P(bo.dob.Format("2006-01-02")))
				ow.set("address", O("street", P(pick(g.r, w37USStreets)), "city", P(boc.city), "state", N(boc.state), "postalCode", P(pattern(g.r, boc.zip)), "country", N("US")))
				ow.set("phone", O("countryCode", P("1"), "number", P(pattern(g.r, "#######")+pattern(g.r, "###"))))
				ow.set("email", P(w37OtherMail(bo, pick(g.r, []string{"gmail.com", "outlook.com"}))))
				ow.set("percentage", P(25+g.r.IntN(50)))
				owners.arr = append(owners.arr, ow)
			}
			attrs = O("name", N(company[0]), "dba", N(company[1]), "ein", N(pattern(g.r, "#########")), "entityType", N(pick(g.r, []string{"LLC", "Corporation", "Partnership"})),
				"stateOfIncorporation", N(pick(g.r, []string{"DE", "TX", "FL", "NY", "CA"})),
				"address", O("street", N(pick(g.r, []string{"100 Commerce St Ste 200", "2500 W Industrial Blvd", "18 Market Square"})), "city", N(bizPlace.city), "state", N(bizPlace.state), "postalCode", N(pattern(g.r, bizPlace.zip)), "country", N("US")),
				"phone", O("countryCode", N("1"), "number", N(pattern(g.r, "##########"))),
				"contact", O("fullName", fullName(), "email", P(email), "phone", phone()),
				"officer", officer, "beneficialOwners", owners,
				"industry", N(pick(g.r, []string{"Restaurants", "PersonalCareServices", "Transportation", "Retail", "Construction"})),
				"website", N(nil), "annualRevenue", N(pick(g.r, []string{"Between100kAnd250k", "Between250kAnd500k", "Between500kAnd1m"})),
				"numberOfEmployees", N(pick(g.r, []string{"Between1And5", "Between5And10", "Between10And50"})), "cashFlow", N("Predictable"),
				"yearOfIncorporation", N(fmt.Sprint(g.t.Year()-g.r.IntN(15))), "countriesOfOperation", A(N("US")), "ip", P(p.ip), "tags", tags())
		}
		return attrs
	}

	status := pick(g.r, []string{"Approved", "Approved", "AwaitingDocuments", "Pending", "PendingReview", "Denied"})
	// the documents an application awaiting them includes, built when
	// the event first writes them
	var included *node
	getIncluded := func() *node {
		if included != nil {
			return included
		}
		included = A()
		if status != "AwaitingDocuments" {
			return included
		}
		doc := O("documentType", N(pick(g.r, []string{"Passport", "IdDocument", "AddressVerification", "SocialSecurityCard"})), "status", N("Required"),
			"description", N("Please provide a valid identification document"), "name", P(first+" "+last))
		switch idKind {
		case "passport":
			doc.set("documentType", N("Passport"))
			doc.set("passport", P(passport))
			doc.set("nationality", g.citizenship(p.cit.code))
		case "matricula":
			doc.set("documentType", N("MatriculaConsular"))
			doc.set("matriculaConsular", P(matricula))
			doc.set("nationality", g.citizenship(p.cit.code))
		default:
			doc.set("ssn", P(ssn))
		}
		doc.set("dateOfBirth", g.w35DOBText(p.dob.Format("2006-01-02")))
		doc.set("address", address())
		included.arr = append(included.arr, O("type", N("document"), "id", N(fmt.Sprint(1+g.r.IntN(900000))), "attributes", doc))
		return included
	}
	application := func() *node {
		a := O("type", N(appType), "id", P(appID))
		at := O("createdAt", stamp(time.Duration(1+g.r.IntN(600))*time.Second), "status", N(status), "message", N(map[string]string{"Approved": "Approved", "AwaitingDocuments": "Waiting for documents",
			"Pending": "Pending", "PendingReview": "Pending review", "Denied": "Denied"}[status]))
		for _, m := range getAttrs().obj {
			at.set(m.key, m.val)
		}
		if status == "Approved" || status == "Denied" {
			at.set("evaluationOutcome", N(status))
			at.set("evaluationEntityId", N(fmt.Sprintf("et_%d", 100000+g.r.IntN(900000))))
		}
		at.set("archived", N(false))
		a.set("attributes", at)
		rel := O("org", O("data", O("type", N("org"), "id", N(fmt.Sprint(1+g.r.IntN(900))))))
		if status == "Approved" {
			rel.set("customer", O("data", O("type", N(custType), "id", P(custID))))
		}
		docs := A()
		for _, d := range getIncluded().arr {
			docs.arr = append(docs.arr, O("type", N("document"), "id", w35Same(d.obj[1].val)))
		}
		rel.set("documents", O("data", docs))
		a.set("relationships", rel)
		return a
	}
	customer := func() *node {
		at := O("createdAt", stamp(0))
		if !business {
			at.set("fullName", fullName())
			ids(at)
			at.set("address", address())
			at.set("dateOfBirth", g.dob("2006-01-02"))
			at.set("email", P(email))
			at.set("phone", phone())
		} else {
			for _, m := range getAttrs().obj {
				switch m.key {
				case "name", "dba", "ein", "entityType", "stateOfIncorporation", "address", "phone", "contact", "officer":
					at.set(m.key, m.val)
				}
			}
		}
		at.set("status", N("Active"))
		at.set("riskRate", N(pick(g.r, []string{"low", "medium", "high"})))
		if g.r.IntN(3) == 0 {
			au := g.w37Other("US")
			at.set("authorizedUsers", A(O("fullName", O("first", P(w37Title(au.givenL)), "last", P(last)), "email", P(w37OtherMail(au, "gmail.com")),
				"phone", O("countryCode", P("1"), "number", P(pattern(g.r, "##########"))))))
		}
		at.set("tags", tags())
		return O("type", N(custType), "id", P(custID), "attributes", at,
			"relationships", O("org", O("data", O("type", N("org"), "id", N(fmt.Sprint(1+g.r.IntN(900))))), "application", O("data", O("type", N(appType), "id", P(appID)))))
	}
	bearer := C("Bearer v2.public." + g.b62(120))

	switch v := g.r.IntN(10); {
	case v < 3: // POST /applications
		return O("request", O("method", N("POST"), "url", N("https://api.s.unit.sh/applications"), "headers", O("Authorization", bearer, "Content-Type", N("application/vnd.api+json")),
			"body", O("data", O("type", N(appType), "attributes", getAttrs()))),
			"response", O("status", N(201), "body", O("data", application(), "included", getIncluded())))
	case v < 4: // GET /customers/{id}
		return O("data", customer())
	}
	// a webhook
	ev := pick(g.r, []string{"application.created", "application.created", "customer.created", "application.awaitingDocuments", "application.approved"})
	if ev == "application.awaitingDocuments" && status != "AwaitingDocuments" {
		ev = "application.created"
	}
	rel := O("application", O("data", O("id", P(appID), "type", N(appType))))
	includeResources := g.r.IntN(3) != 0 // the webhook was created with includeResources
	var inc *node
	switch ev {
	case "customer.created", "application.approved":
		rel.set("customer", O("data", O("id", P(custID), "type", N(custType))))
		if ev == "application.approved" {
			status = "Approved"
		}
		if includeResources && ev == "customer.created" {
			inc = A(customer())
		} else if includeResources {
			inc = A(application())
		}
	default:
		if includeResources {
			inc = A(application())
			inc.arr = append(inc.arr, getIncluded().arr...)
		}
	}
	attrsEv := O("createdAt", stamp(0))
	if t := tags(); t != nil {
		attrsEv.set("tags", t)
	}
	body := O("data", A(O("id", N(fmt.Sprint(100000+g.r.IntN(9000000))), "type", N(ev), "attributes", attrsEv, "relationships", rel)))
	body.set("included", inc)
	if g.r.IntN(2) == 0 {
		return body
	}
	sig := make([]byte, 20)
	for i := range sig {
		sig[i] = byte(g.r.IntN(256))
	}
	return O("headers", O("Content-Type", N("application/vnd.api+json"), "X-Unit-Signature", C(base64.StdEncoding.EncodeToString(sig)), "User-Agent", N("Unit-Webhooks")),
		"body", body, "receivedAt", N(g.t.Add(time.Duration(100+g.r.IntN(3000))*time.Millisecond).UTC().Format(time.RFC3339Nano)))
}
