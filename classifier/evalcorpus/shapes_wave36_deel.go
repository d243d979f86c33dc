package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------ Deel webhooks

// A Deel webhook's meta (event type and its id, organization id and
// name, tracking id), timestamp, the contract's type, status, dates,
// notice period and reporting, the hiring type and status, the client's
// legal entity, team and department, the compensation's currency,
// frequency and scale, and a bank's name and SWIFT code are
// non-personal; so is the state or province. The person's and worker's
// ids, external id, names, e-mails, phone, birth date, job title,
// seniority, the contract's id and title (they name the worker), the
// salary, the home address, national and tax ids, gender, marital
// status, the masked account number and holder, the avatar URL, the
// direct manager's and the client's contact's ids, names and e-mails
// and the emergency contact are personal. country, the home address's
// country and tax_residence are the residence, nationality the
// citizenship; the time zone is weak evidence. Country-specific payroll
// data is sensitive where it tells of a faith (Germany's and Austria's
// church tax denomination), of race or colour (Brazil's eSocial raça/cor,
// US EEO ethnicity) or of a disability (health). The x-deel-signature
// and the API token are credentials.

var w36DLCountries = []string{"DE", "FR", "ES", "IT", "PT", "NL", "BE", "PL", "RO", "BG", "CZ", "HU", "GR", "SE", "IE", "GB", "UA", "TR", "IL", "AE", "EG", "MA", "NG", "KE", "GH",
	"ZA", "IN", "PK", "BD", "PH", "VN", "ID", "TH", "MY", "SG", "JP", "KR", "TW", "AU", "NZ", "CA", "US", "US", "MX", "BR", "AR", "CO", "CL", "PE", "UY", "KZ", "AM", "UZ", "AT"}

func deelWebhook(g *gen) *node {
	cc := pick(g.r, w36DLCountries)
	g.w34Redraw(cc)
	g.w34Age(20, 64)
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	first, last := g.w34Names(g.r.IntN(2) == 0)
	if !w34Latin(first + last) {
		// Deel's forms ask the legal name in Latin letters; some workers
		// type it in their own script anyway.
		if g.r.IntN(3) != 0 {
			first, last = w34Title(p.givenL), w34Title(p.familyL)
		}
	}
	personID := g.uuid()
	workerID := 1000000 + g.r.IntN(9000000)
	contractID := strings.ToLower(g.chars("abcdefghijkmnpqrstuvwxyz23456789", 7))
	jobTitle := pick(g.r, []string{"Senior Backend Engineer", "Product Designer", "Customer Success Manager", "Data Analyst", "Account Executive", "DevOps Engineer", "Technical Writer", "Head of Growth"})
	seniority := pick(g.r, []string{"Junior (Individual Contributor Level 1)", "Mid (Individual Contributor Level 2)", "Senior (Individual Contributor Level 3)", "Lead (Individual Contributor Level 4)", "Manager"})
	hiring := pick(g.r, []string{"eor", "eor", "contractor", "direct_employee", "global_payroll"})
	org := pick(g.r, [][2]string{{"Acme Robotics Inc.", "US"}, {"Nordlicht Software GmbH", "DE"}, {"Kibo Labs Ltd", "GB"}, {"Lumen Health Pte. Ltd.", "SG"}, {"Tandem Fintech B.V.", "NL"}})
	orgID := g.uuid()
	entity := O("id", N(100000+g.r.IntN(900000)), "name", N(org[0]))
	start := g.t.AddDate(0, 0, 7+g.r.IntN(60))
	currency := map[string]string{"DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "PT": "EUR", "NL": "EUR", "BE": "EUR", "AT": "EUR", "GR": "EUR", "IE": "EUR", "PL": "PLN", "RO": "RON",
		"BG": "BGN", "CZ": "CZK", "HU": "HUF", "SE": "SEK", "GB": "GBP", "IN": "INR", "BR": "BRL", "MX": "MXN", "JP": "JPY", "KR": "KRW", "AU": "AUD", "CA": "CAD", "PH": "PHP"}[cc]
	if currency == "" || hiring == "contractor" {
		currency = "USD"
	}
	salary := 1000 * (20 + g.r.IntN(180))
	manager := g.w34Other(pick(g.r, []string{org[1], cc}))
	mgrNode := func() *node {
		return O("id", P(g.uuid()), "first_name", P(w34Title(manager.givenL)), "last_name", P(w34Title(manager.familyL)), "email", P(w35Mail(manager, "acme.example")))
	}
	email := P(p.email)
	workEmail := w34Clean(p.givenL) + "." + w34Clean(p.familyL) + "@" + pick(g.r, []string{"acme.example", "nordlicht.example", "kibolabs.example"})

	homeAddr := func() *node {
		if !p.showResidence {
			return nil
		}
		a := O("type", N("home"), "street", g.addr(p.street), "city", g.addr(p.city))
		if p.post != "" {
			a.set("zip", g.addr(p.post))
		}
		a.set("state", g.addrN(p.region))
		a.set("country", g.residence(cc))
		return a
	}
	countrySpecific := func() *node {
		cs := O()
		switch cc {
		case "DE", "AT":
			cs.set("church_tax_liable", S(g.r.IntN(2) == 0, "religion"))
			cs.set("religious_denomination", S(pick(g.r, []string{"rk", "ev", "ak", "--"}), "religion"))
			cs.set("tax_class", P(fmt.Sprint(1+g.r.IntN(5))))
			cs.set("health_insurance_provider", N(pick(g.r, []string{"TK", "AOK Bayern", "Barmer", "ÖGK"})))
		case "BR":
			cs.set("race_color", S(pick(g.r, []string{"branca", "parda", "preta", "amarela", "indígena"}), "ethnicity"))
			cs.set("pis_pasep", P(pattern(g.r, "###.#####.##-#")))
			if g.r.IntN(3) == 0 {
				cs.set("pcd", S(pick(g.r, []string{"não", "sim - deficiência auditiva"}), "health"))
			}
		case "US":
			cs.set("eeo_ethnicity", S(pick(g.r, []string{"Hispanic or Latino", "White", "Black or African American", "Asian", "Two or More Races", "Decline to self-identify"}), "ethnicity"))
			cs.set("veteran_status", P(pick(g.r, []string{"not a protected veteran", "protected veteran"})))
			if g.r.IntN(2) == 0 {
				cs.set("disability_status", S(pick(g.r, []string{"No, I do not have a disability", "Yes, I have a disability", "I do not want to answer"}), "health"))
			}
		case "IN":
			cs.set("uan", P(pattern(g.r, "10##########")))
		case "MY":
			cs.set("epf_number", P(pattern(g.r, "########")))
		}
		if len(cs.obj) == 0 {
			return nil
		}
		return cs
	}
	person := func(full bool) *node {
		o := O("id", P(personID), "worker_id", P(workerID))
		if g.r.IntN(3) == 0 {
			o.set("external_id", P(fmt.Sprintf("EMP-%05d", g.r.IntN(100000))))
		}
		o.set("created_at", N(g.w36Ago(200).UTC().Format("2006-01-02T15:04:05.000Z")))
		o.set("first_name", P(first))
		o.set("last_name", P(last))
		o.set("full_name", P(first+" "+last))
		if !w34Latin(p.given) && g.r.IntN(2) == 0 {
			o.set("preferred_first_name", P(p.given))
		}
		emails := A(O("type", N("primary"), "value", email))
		if hiring != "contractor" {
			emails.arr = append(emails.arr, O("type", N("work"), "value", P(workEmail)))
		} else {
			emails.arr = append(emails.arr, O("type", N("work"), "value", N(nil)))
		}
		emails.arr = append(emails.arr, O("type", N("personal"), "value", w35Same(email)))
		o.set("emails", emails)
		if g.r.IntN(4) != 0 {
			o.set("birth_date", g.dob("2006-01-02"))
		} else {
			o.set("birth_date", N(nil))
		}
		o.set("start_date", N(start.Format("2006-01-02")))
		if p.showCitizenship {
			o.set("nationality", g.citizenship(p.cit.code))
		} else {
			o.set("nationality", N(nil))
		}
		o.set("country", g.residence(cc))
		if p.showResidence {
			o.set("state", g.addrN(p.region))
		}
		o.set("client_legal_entity", entity)
		o.set("seniority", P(seniority))
		o.set("job_title", P(jobTitle))
		o.set("hiring_type", N(hiring))
		o.set("hiring_status", N(pick(g.r, []string{"onboarding", "active", "active"})))
		o.set("department", O("id", N(g.uuid()), "name", N(pick(g.r, []string{"Engineering", "Design", "Sales", "Customer Success"}))))
		if g.r.IntN(2) == 0 {
			o.set("direct_manager", mgrNode())
		}
		o.set("timezone", g.tz(p.tz))
		if !full {
			return o
		}
		o.set("phone_number", g.phone(""))
		o.set("gender", P(g.w36Gender(pick(g.r, []string{"male", "Male"}), pick(g.r, []string{"female", "Female"}))))
		if g.r.IntN(2) == 0 {
			o.set("marital_status", P(pick(g.r, []string{"single", "married", "divorced", "domestic_partnership"})))
		}
		if a := homeAddr(); a != nil {
			o.set("addresses", A(a))
		}
		if p.showResidence && g.r.IntN(2) == 0 {
			o.set("tax_residence", g.residence(pick(g.r, []string{cc, w35EnglishName(cc)})))
		}
		if p.idValue != "" {
			o.set("national_id", O("type", N(p.idField), "value", P(p.idValue)))
		} else if g.r.IntN(2) == 0 {
			o.set("tax_id", P(pattern(g.r, "##########")))
		}
		em := g.w34Other(cc)
		o.set("emergency_contact", O("name", P(g.w34Full(em.given, em.family)), "relationship", P(pick(g.r, []string{"Spouse", "Mother", "Father", "Partner", "Sibling"})),
			"phone", P(g.w36OtherPhone(cc))))
		if hiring != "contractor" || g.r.IntN(2) == 0 {
			iban := ibanFor(g.r, cc)
			bank := O("bank_name", N(pick(g.r, []string{"Deutsche Bank", "BNP Paribas", "HDFC Bank", "Itaú Unibanco", "Banco de Chile", "Equity Bank", "Wise"})),
				"account_holder_name", P(first+" "+last), "account_number", P("•••• "+iban[len(iban)-4:]), "swift_bic", N(pick(g.r, []string{"DEUTDEFF", "BNPAFRPP", "HDFCINBB", "ITAUBRSP", "BCHICLRM", "EQBLKENA", "TRWIGB2L"})))
			if g.r.IntN(2) == 0 {
				bank.set("iban", P(iban[:4]+strings.Repeat("*", len(iban)-8)+iban[len(iban)-4:]))
			}
			o.set("bank_account", bank)
		}
		if cs := countrySpecific(); cs != nil {
			o.set("country_specific_fields", cs)
		}
		o.set("employments", A(O("id", P(contractID), "name", P(jobTitle+" – "+first+" "+last), "hiring_type", N(hiring), "state", N("in_progress"),
			"start_date", N(start.Format("2006-01-02")), "payment", O("rate", P(salary), "currency", N(currency), "scale", N("annual")))))
		return o
	}
	contract := func() *node {
		w := O("id", P(personID), "first_name", P(first), "last_name", P(last), "full_name", P(first+" "+last), "email", w35Same(email))
		if g.r.IntN(3) == 0 {
			w.set("alternate_emails", A(O("email", P(workEmail), "is_verified", N(g.r.IntN(2) == 0))))
		}
		if p.showCitizenship {
			w.set("nationality", g.citizenship(p.cit.code))
		}
		w.set("country", g.residence(cc))
		if g.r.IntN(3) == 0 {
			w.set("image_url", P(fmt.Sprintf("https://s3.eu-central-1.amazonaws.com/letsdeel-avatars/%s.png", g.uuid())))
		} else {
			w.set("image_url", N(nil))
		}
		client := g.w34Other(org[1])
		c := O("id", P(contractID), "title", P(jobTitle+" – "+first+" "+last), "type", N(map[string]string{"eor": "eor", "contractor": pick(g.r, []string{"ongoing_time_based", "pay_as_you_go_time_based", "milestones"}), "direct_employee": "hris_direct_employee", "global_payroll": "global_payroll"}[hiring]),
			"status", N(pick(g.r, []string{"waiting_for_employee_contract", "under_review", "waiting_for_client_sign", "in_progress"})), "country_code", g.residence(cc),
			"created_at", N(g.w36Ago(100).UTC().Format("2006-01-02T15:04:05.000Z")), "start_date", N(start.Format("2006-01-02")), "termination_date", N(nil),
			"worker", w, "client", O("id", P(g.uuid()), "full_name", P(w34Title(client.givenL)+" "+w34Title(client.familyL)), "email", P(w35Mail(client, "acme.example")),
				"legal_entity", O("id", N(100000+g.r.IntN(900000)), "name", N(org[0]), "country", N(org[1])), "team", O("id", N(g.uuid()), "name", N(pick(g.r, []string{"Platform", "EMEA Sales", "Design"})))),
			"compensation_details", O("amount", P(salary), "currency_code", N(currency), "frequency", N(pick(g.r, []string{"monthly", "semimonthly"})), "scale", N("annual"),
				"gross_annual_salary", P(salary), "first_payment_date", N(start.AddDate(0, 1, 0).Format("2006-01-02"))),
			"job_title", P(jobTitle), "seniority", O("id", N(1+g.r.IntN(6)), "name", P(seniority)), "notice_period", N(pick(g.r, []int{14, 30, 60, 90})), "who_reports", N(pick(g.r, []string{"both", "client"})))
		return c
	}
	event := pick(g.r, []string{"contract.created", "contract.created", "contract.status.updated", "people.created", "people.created", "worker.updated"})
	var resource *node
	switch event {
	case "contract.created":
		resource = contract()
	case "contract.status.updated":
		resource = O("contract_id", P(contractID), "previous_status", N("waiting_for_client_sign"), "new_status", N(pick(g.r, []string{"in_progress", "waiting_for_employee_sign", "cancelled"})),
			"updated_at", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")))
	case "people.created":
		resource = person(g.r.IntN(2) == 0)
	default:
		resource = person(true)
		resource.set("updated_fields", A(N(pick(g.r, []string{"addresses", "bank_account", "emergency_contact", "phone_number", "marital_status"}))))
	}
	body := O("data", O("meta", O("event_type", N(event), "event_type_id", N(g.uuid()), "organization_id", N(orgID), "organization_name", N(org[0]), "tracking_id", N(g.hex(32))),
		"resource", resource), "timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")))
	switch g.r.IntN(6) {
	case 0, 1, 2:
		return body
	case 3, 4:
		return O("headers", O("content-type", N("application/json"), "user-agent", N("Deel-Webhooks/1.0"), "x-deel-signature", C(g.hex(64)), "x-deel-webhook-version", N("v2")),
			"received_at", N(g.t.Add(time.Duration(200+g.r.IntN(3000))*time.Millisecond).UTC().Format(time.RFC3339Nano)), "body", body)
	}
	// the integration fetches the person the event names
	return O("request", O("method", N("GET"), "url", P("https://api.letsdeel.com/rest/v2/people/"+personID), "headers", O("Authorization", C("Bearer "+g.b62(40)), "Accept", N("application/json"))),
		"response", O("status", N(200), "body", O("data", person(true))))
}
