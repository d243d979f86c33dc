package evalcorpus

import "time"

// ---------------------------------------------------------- GoCardless

// A GoCardless event's id, times, resource type, action, details
// (origin, cause, description, scheme, reason code), the webhook id and
// the links to payments, subscriptions, billing requests, payouts,
// organisations and creditors are non-personal. The links to the
// customer, the customer's bank account and mandate are personal: each
// names one payer. The customer's names, e-mail, phone, address,
// Swedish or Danish identity number, the bank account's holder name and
// last digits, and metadata naming a member number or a child are
// personal; the customer's country_code is the residence and the bank
// account's country a weak hint. A payment's description or metadata
// telling of union dues, party membership or church giving is sensitive
// of that category. The Webhook-Signature and the API's bearer token are
// credentials.

var w34GCCountries = []string{"GB", "GB", "GB", "IE", "FR", "DE", "ES", "IT", "NL", "BE", "AT", "PT", "FI", "SE", "DK", "AU", "NZ", "US", "CA"}

var w34GCCurrency = map[string]string{"GB": "GBP", "SE": "SEK", "DK": "DKK", "AU": "AUD", "NZ": "NZD", "US": "USD", "CA": "CAD"}

var w34GCScheme = map[string]string{"GB": "bacs", "SE": "autogiro", "DK": "betalingsservice", "AU": "becs", "NZ": "becs_nz", "US": "ach", "CA": "pad"}

// w34GCOrg is a creditor collecting by Direct Debit; what its payments
// tell of the payer.
type w34GCOrg struct {
	name, cat string
	desc      []string
}

var w34GCOrgs = []w34GCOrg{
	{"Unite the Union", "trade_union", []string{"Monthly membership subscription", "Union dues - Branch LE/1234"}},
	{"ver.di Landesbezirk", "trade_union", []string{"Mitgliedsbeitrag ver.di", "Gewerkschaftsbeitrag 1% Bruttolohn"}},
	{"Green Party", "political", []string{"Green Party membership - monthly", "Regular donation to the Green Party"}},
	{"Parti socialiste", "political", []string{"Cotisation d'adhérent PS", "Don mensuel au Parti socialiste"}},
	{"St Mary's Parish", "religion", []string{"Parish planned giving", "Weekly offertory - Gift Aid"}},
	{"Central Mosque Trust", "religion", []string{"Monthly Sadaqah", "Zakat instalment"}},
	{"PureGym", "", []string{"Gym membership", "Core membership monthly"}},
	{"Oakfield Primary School", "", []string{"Breakfast club", "Year 4 residential trip instalment"}},
	{"Octopus Energy", "", []string{"Energy bill", "Monthly Direct Debit"}},
	{"Cancer Research UK", "", []string{"Monthly donation in memory of my father", "Race for Life sponsorship"}},
}

func goCardlessWebhook(g *gen) *node {
	cc := pick(g.r, w34GCCountries)
	g.w34Redraw(cc)
	g.w34Age(19, 80)
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	org := pick(g.r, w34GCOrgs)
	cur := w34GCCurrency[cc]
	if cur == "" {
		cur = "EUR"
	}
	scheme := w34GCScheme[cc]
	if scheme == "" {
		scheme = "sepa_core"
	}
	custID := "CU" + g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)
	bankID := "BA" + g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)
	mandateID := "MD" + g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)
	payID := "PM" + g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)
	orgID := "OR" + g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)
	first, last := g.w34Names(true)
	memberNo := pattern(g.r, "######")
	desc := pick(g.r, org.desc)
	descNode := func() *node {
		if org.cat != "" {
			return S(desc, org.cat)
		}
		return N(desc)
	}
	meta := func() *node {
		m := O()
		switch org.cat {
		case "trade_union", "political", "religion":
			m.set("member_number", P(memberNo))
			m.set("branch", S(pick(g.r, []string{"London & Eastern", "Region Nord", "Ward 12", "Parish of St Mary"}), org.cat))
		}
		if org.name == "Oakfield Primary School" {
			kid := g.w34Other(cc)
			m.set("pupil_name", P(kid.given+" "+p.family))
			m.set("year_group", P(pick(g.r, []string{"Year 2", "Year 4", "Year 6"})))
		}
		if org.name == "PureGym" {
			m.set("member_id", P(memberNo))
		}
		return m
	}
	when := g.t.UTC().Format("2006-01-02T15:04:05.000Z")
	type evt struct {
		rtype, action, origin, cause, desc, reason string
	}
	evts := []evt{
		{"mandates", "created", "api", "mandate_created", "Mandate created via the API.", ""},
		{"mandates", "submitted", "gocardless", "mandate_submitted", "The mandate has been submitted to the banks.", ""},
		{"mandates", "active", "gocardless", "mandate_activated", "The time window after submission for the banks to refuse a mandate has ended without any errors being received, so this mandate is now active.", ""},
		{"mandates", "cancelled", "bank", "bank_account_closed", "The bank account for this mandate has been closed.", "ADDACS-B"},
		{"mandates", "failed", "bank", "invalid_bank_details", "The specified bank account does not exist or was closed.", "AC01"},
		{"payments", "confirmed", "gocardless", "payment_confirmed", "Enough time has passed since the payment was submitted for the banks to return an error, so this payment is now confirmed.", ""},
		{"payments", "failed", "bank", "insufficient_funds", "The customer's account had insufficient funds to make this payment.", "AM04"},
		{"payments", "paid_out", "gocardless", "payment_paid_out", "The payment has been paid out by GoCardless.", ""},
		{"customers", "created", "api", "customer_created", "Customer created via the API.", ""},
		{"customers", "data_erased", "customer", "customer_data_erased", "The customer's personal data was erased at their request.", ""},
		{"billing_requests", "fulfilled", "payer", "billing_request_fulfilled", "This billing request has been fulfilled, and the resources have been created.", ""},
		{"billing_requests", "payer_details_confirmed", "payer", "billing_request_payer_details_confirmed", "Payer has confirmed all their details for this billing flow.", ""},
	}
	event := func(e evt) *node {
		links := O()
		switch e.rtype {
		case "mandates":
			links.set("mandate", P(mandateID))
		case "payments":
			links.set("payment", N(payID))
			if e.action == "paid_out" {
				links.set("payout", N("PO"+g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)))
			}
		case "customers":
			links.set("customer", P(custID))
		case "billing_requests":
			links.set("billing_request", N("BRQ"+g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 11)))
			links.set("customer", P(custID))
			if e.action == "fulfilled" {
				links.set("mandate_request_mandate", P(mandateID))
				links.set("customer_bank_account", P(bankID))
			}
		}
		links.set("organisation", N(orgID))
		d := O("origin", N(e.origin), "cause", N(e.cause), "description", N(e.desc))
		if e.origin == "bank" {
			d.set("scheme", N(scheme))
			d.set("reason_code", Nif(e.reason))
		}
		if e.rtype == "payments" && e.action == "failed" {
			d.set("will_attempt_retry", N(g.r.IntN(2) == 0))
		}
		ev := O("id", N("EV"+g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12)), "created_at", N(when), "resource_type", N(e.rtype), "action", N(e.action),
			"links", links, "details", d, "metadata", O())
		if e.rtype == "payments" || e.rtype == "mandates" {
			ev.set("resource_metadata", meta())
		}
		return ev
	}
	customer := func() *node {
		c := O("id", P(custID), "created_at", N(g.t.Add(-time.Duration(g.r.IntN(500))*24*time.Hour).UTC().Format("2006-01-02T15:04:05.000Z")),
			"email", P(p.email), "given_name", P(first), "family_name", P(last), "company_name", N(nil))
		if p.showResidence {
			c.set("address_line1", g.addr(p.street))
			c.set("address_line2", N(nil))
			c.set("address_line3", N(nil))
			c.set("city", g.addr(p.city))
			if p.region != "" && g.r.IntN(2) == 0 {
				c.set("region", g.addrN(p.region))
			} else {
				c.set("region", N(nil))
			}
			c.set("postal_code", g.addr(p.post))
			c.set("country_code", g.residence(cc))
		} else {
			for _, k := range []string{"address_line1", "address_line2", "address_line3", "city", "region", "postal_code", "country_code"} {
				c.set(k, N(nil))
			}
		}
		lang := map[string]string{"FR": "fr", "DE": "de", "AT": "de", "ES": "es", "IT": "it", "NL": "nl", "BE": "nl", "PT": "pt", "FI": "fi", "SE": "sv", "DK": "da"}[cc]
		if lang == "" {
			lang = "en"
		}
		c.set("language", N(lang))
		if ph := g.phone(g.e164()); ph != nil {
			c.set("phone_number", ph)
		} else {
			c.set("phone_number", N(nil))
		}
		switch cc {
		case "SE":
			c.set("swedish_identity_number", P(w33Personnummer(g.r, p.dob, p.female)))
		case "DK":
			c.set("danish_identity_number", P(g.w33IDOf("dk_cpr")))
		}
		c.set("metadata", meta())
		return c
	}
	bankAccount := func() *node {
		bcc := cc
		if g.r.IntN(8) == 0 {
			bcc = pick(g.r, []string{"DE", "FR", "NL", "IE", "ES"}) // a euro account abroad
		}
		g.w34Weak(bcc)
		holder := first + " " + last
		if g.r.IntN(3) == 0 {
			holder = w34Title(p.givenL)[:1] + " " + last
		}
		bank := map[string][]string{"GB": {"BARCLAYS BANK PLC", "MONZO BANK LIMITED", "LLOYDS BANK PLC"}, "DE": {"Deutsche Bank", "Sparkasse KölnBonn", "N26 Bank"},
			"FR": {"BNP Paribas", "Crédit Agricole", "Boursorama"}, "SE": {"Swedbank", "Handelsbanken"}, "DK": {"Danske Bank", "Nykredit"}, "AU": {"Commonwealth Bank", "Westpac"},
			"NZ": {"ANZ Bank New Zealand", "ASB Bank"}, "US": {"Chase", "Wells Fargo"}, "CA": {"RBC Royal Bank", "TD Canada Trust"}}[bcc]
		if bank == nil {
			bank = []string{"ING", "Santander", "Revolut Bank UAB"}
		}
		return O("id", P(bankID), "created_at", N(when), "account_number_ending", P(pattern(g.r, "##")), "account_holder_name", P(holder),
			"account_type", N(nil), "bank_name", N(pick(g.r, bank)), "currency", N(cur), "country_code", N(bcc), "metadata", O(), "enabled", N(true),
			"links", O("customer", P(custID)))
	}
	payment := func() *node {
		amount := 500 + g.r.IntN(5000)
		return O("id", N(payID), "created_at", N(when), "charge_date", N(g.t.AddDate(0, 0, 3).Format("2006-01-02")), "amount", N(amount), "amount_refunded", N(0),
			"description", descNode(), "currency", N(cur), "status", N(pick(g.r, []string{"pending_submission", "submitted", "confirmed"})),
			"reference", P(pick(g.r, []string{"", "M-"})+memberNo), "metadata", meta(), "retry_if_possible", N(true), "faster_ach", N(false),
			"links", O("mandate", P(mandateID), "creditor", N("CR"+g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12))))
	}
	api := func(path, key string, body *node) *node {
		return O("request", O("method", N("GET"), "url", N("https://api.gocardless.com"+path),
			"headers", O("Authorization", C("Bearer live_"+g.chars(b64Set, 40)), "GoCardless-Version", N("2015-07-06"), "Accept", N("application/json"))),
			"response", O("status", N(200), "body", O(key, body)))
	}
	switch v := g.r.IntN(10); {
	case v < 5: // the webhook
		n := 1 + g.r.IntN(3)
		events := A()
		for range n {
			events.arr = append(events.arr, event(pick(g.r, evts)))
		}
		body := O("events", events, "meta", O("webhook_id", N("WB"+g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12))))
		if g.r.IntN(3) == 0 {
			return body
		}
		return O("received_at", g.w34Stamp(3*time.Second), "method", N("POST"), "path", N(pick(g.r, []string{"/webhooks/gocardless", "/api/gc/events"})),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("gocardless-webhook-service/1.1"), "Origin", N("https://api.gocardless.com"),
				"Webhook-Signature", C(g.hex(64))), "body", body)
	case v < 7:
		return api("/customers/"+custID, "customers", customer())
	case v < 8:
		return api("/customer_bank_accounts/"+bankID, "customer_bank_accounts", bankAccount())
	}
	return api("/payments/"+payID, "payments", payment())
}
