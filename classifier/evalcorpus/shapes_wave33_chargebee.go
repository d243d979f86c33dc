package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------- Chargebee

// A Chargebee event's envelope (event, webhook, subscription, invoice
// and transaction ids, types, sources, dates, amounts, currencies,
// statuses, gateways, plans) is non-personal, except when a plan tells
// of a treatment (sensitive, health). The customer's id, names, e-mail,
// phone, address, IP address, payment source and card details (last
// digits, masked number, expiry) and the cf_* fields of tax ids and
// birth dates are personal; a billing or shipping country is the
// subject's residence; cf_* fields of diets that follow a faith, of
// allergies or conditions are sensitive. The webhook's basic
// authentication is a credential.

// w33CBCountries are where the merchants' customers live.
var w33CBCountries = []string{"DE", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "PT", "IE", "PL", "SE", "DK", "FI", "CH", "GB", "IN", "IN", "BR", "BR", "MX", "CO", "AR", "CL", "PE", "UY", "JP", "SG", "MY", "PH", "ID", "VN", "TH", "KR", "HK", "AU", "US"}

// w33CBCurrency is the currency a country's customers pay in.
var w33CBCurrency = map[string]string{"DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "BE": "EUR", "AT": "EUR", "PT": "EUR", "IE": "EUR", "FI": "EUR",
	"PL": "PLN", "SE": "SEK", "DK": "DKK", "CH": "CHF", "GB": "GBP", "IN": "INR", "BR": "BRL", "MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "PE": "PEN", "UY": "UYU",
	"JP": "JPY", "SG": "SGD", "MY": "MYR", "PH": "PHP", "ID": "IDR", "VN": "VND", "TH": "THB", "KR": "KRW", "HK": "HKD", "AU": "AUD", "US": "USD"}

// w33CBMerchant is a business billing through Chargebee.
type w33CBMerchant struct {
	site, kind string
	plans      []w33Line // item price ids; a category when the plan tells one
}

var w33CBMerchants = []w33CBMerchant{
	{"freshbox", "meals", []w33Line{{"", "family-box-4-meals-weekly"}, {"", "veggie-box-3-meals-weekly"}, {"religion", "halal-box-3-meals-weekly"}}},
	{"cleardoc-test", "telehealth", []w33Line{{"health", "hair-loss-finasteride-1mg-monthly"}, {"health", "contraceptive-pill-3-month"}, {"health", "weight-loss-programme-monthly"}, {"health", "erectile-dysfunction-sildenafil-monthly"}}},
	{"tasklane", "saas", []w33Line{{"", "pro-seat-monthly"}, {"", "team-annual"}, {"", "starter-monthly"}}},
	{"lingobee", "edu", []w33Line{{"", "student-monthly"}, {"", "family-annual"}, {"", "premium-monthly"}}},
	{"pulsefit", "gym", []w33Line{{"", "gym-membership-monthly"}, {"", "personal-training-4x"}, {"", "yoga-unlimited"}}},
	{"dailyledger", "news", []w33Line{{"", "digital-monthly"}, {"", "digital-annual"}}},
}

// w33CBTaxID is the cf_ field and value of the tax or national id a
// country's merchants ask for ("" when none).
func (g *gen) w33CBTaxID(cc string) (field, value string) {
	p := g.p
	switch cc {
	case "IT":
		return "cf_codice_fiscale", g.w33IDOf("it_codice_fiscale")
	case "BR":
		return "cf_cpf", g.w33IDOf("br_cpf")
	case "CL":
		return "cf_rut", g.w33IDOf("cl_rut")
	case "ES":
		return "cf_nif", g.w33IDOf("es_dni")
	case "IN":
		return "cf_pan", g.w33IDOf("in_pan")
	case "MX":
		return "cf_curp", curp(g.r, p.dob, p.female, p.givenL, p.familyL)
	case "PE":
		return "cf_dni", g.w33IDOf("pe_dni")
	case "CO":
		return "cf_cedula", g.w33IDOf("co_cc")
	case "UY":
		return "cf_cedula_identidad", g.w33IDOf("uy_ci")
	case "PL":
		return "cf_pesel", g.w33IDOf("pl_pesel")
	}
	return "", ""
}

// w33CBDOB writes a birth date as a merchant's checkout field holds it.
func (g *gen) w33CBDOB(cc string) *node {
	if g.r.IntN(2) == 0 {
		return g.dob("2006-01-02") // a date custom field
	}
	switch cc {
	case "US":
		return g.dob("01/02/2006")
	case "JP", "KR", "SE":
		return g.dob("2006/01/02")
	case "DE", "AT", "CH", "PL", "DK", "FI":
		return g.dob("02.01.2006")
	case "NL":
		return g.dob("02-01-2006")
	}
	return g.dob("02/01/2006")
}

func chargebeeWebhookEvent(g *gen) *node {
	cc := pick(g.r, w33CBCountries)
	g.w32Redraw(cc)
	p := g.p
	m := pick(g.r, w33CBMerchants)
	if m.kind == "edu" && g.r.IntN(5) < 2 {
		g.w32Age(16, 17) // a student plan a teenager pays for
	} else {
		g.w32Age(18, 75)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	cur := w33CBCurrency[cc]
	custID := pick(g.r, []string{g.b62(16), "cus_" + g.b62(14), fmt.Sprint(100000 + g.r.IntN(900000))})
	created := g.t.Add(-time.Duration(g.r.IntN(400*24)) * time.Hour)
	first, last := p.given, p.family
	if !w32Latin(first+last) && g.r.IntN(2) == 0 {
		first, last = p.w32LatinName()
	}
	gateway := "stripe"
	switch cc {
	case "IN":
		gateway = "razorpay"
	case "BR", "MX", "CO", "AR", "CL", "PE", "UY":
		gateway = pick(g.r, []string{"ebanx", "stripe", "dlocal"})
	case "NL", "BE", "DE", "AT":
		gateway = pick(g.r, []string{"stripe", "adyen", "mollie"})
	}
	gwAccount := "gw_" + g.b62(16)
	pmID := "pm_" + g.b62(16)
	last4 := pattern(g.r, "####")
	cardType := pick(g.r, []string{"visa", "mastercard", "visa", "american_express"})
	if cc == "JP" && g.r.IntN(2) == 0 {
		cardType = "jcb"
	}
	iin := map[string]string{"visa": "4", "mastercard": "5", "american_express": "37", "jcb": "35"}[cardType]
	iin += pattern(g.r, strings.Repeat("#", 6-len(iin)))
	expM, expY := 1+g.r.IntN(12), g.t.Year()+g.r.IntN(6)
	masked := strings.Repeat("*", 12) + last4
	plan := pick(g.r, m.plans)

	// The billing address, as the checkout collected it.
	billing := func() *node {
		if !p.showResidence {
			return nil
		}
		b := O("first_name", P(first), "last_name", P(last))
		if g.r.IntN(2) == 0 {
			b.set("email", P(p.email))
		}
		if m.kind == "saas" && g.r.IntN(2) == 0 {
			b.set("company", N(w32Title(w32Clean(p.familyL))+" "+pick(g.r, []string{"GmbH", "SARL", "S.L.", "Ltd", "B.V.", "Pvt Ltd", "Ltda."})))
		}
		if g.r.IntN(2) == 0 {
			b.set("phone", g.phone(""))
		}
		b.set("line1", g.addr(p.street))
		b.set("city", g.addr(p.city))
		if p.region != "" && p.region != p.city && g.r.IntN(2) == 0 {
			b.set("state", g.addrN(p.region))
		}
		b.set("country", g.residence(cc))
		if p.post != "" {
			b.set("zip", g.addr(p.post))
		}
		b.set("validation_status", N(pick(g.r, []string{"not_validated", "valid"})))
		b.set("object", N("billing_address"))
		return b
	}
	customer := func() *node {
		c := O("id", P(custID), "first_name", P(first), "last_name", P(last), "email", P(p.email))
		if g.r.IntN(3) != 0 {
			c.set("phone", g.phone(""))
		}
		if m.kind == "saas" && g.r.IntN(2) == 0 {
			c.set("company", N(w32Title(w32Clean(p.familyL))+" "+pick(g.r, []string{"GmbH", "Consulting", "Studio", "Ltd", "& Co."})))
			if cc != "IN" && cc != "BR" && g.r.IntN(2) == 0 {
				c.set("vat_number", N(pattern(g.r, "#########")))
				c.set("vat_number_status", N("valid"))
			}
		}
		c.set("auto_collection", N("on"))
		c.set("net_term_days", N(0))
		c.set("allow_direct_debit", N(false))
		c.set("created_at", N(created.Unix()))
		if g.r.IntN(2) == 0 {
			c.set("created_from_ip", P(p.ip))
		}
		c.set("taxability", N("taxable"))
		c.set("updated_at", N(g.t.Unix()))
		if g.r.IntN(2) == 0 {
			c.set("locale", g.locale(pick(g.r, []string{p.locale, strings.SplitN(p.locale, "-", 2)[0]})))
		}
		c.set("pii_cleared", N("active"))
		c.set("channel", N("web"))
		c.set("resource_version", N(g.t.UnixMilli()))
		c.set("deleted", N(false))
		c.set("object", N("customer"))
		c.set("billing_address", billing())
		c.set("card_status", N("valid"))
		c.set("primary_payment_source_id", P(pmID))
		c.set("payment_method", O("object", N("payment_method"), "type", N("card"), "reference_id", P("cus_"+g.b62(14)+"/"+pick(g.r, []string{"pm_", "card_"})+g.b62(24)),
			"gateway", N(gateway), "gateway_account_id", N(gwAccount), "status", N("valid")))
		c.set("promotional_credits", N(0))
		c.set("refundable_credits", N(0))
		c.set("excess_payments", N(0))
		c.set("unbilled_charges", N(0))
		c.set("preferred_currency_code", N(cur))
		c.set("mrr", N(0))
		// Custom fields.
		if f, v := g.w33CBTaxID(cc); f != "" && g.r.IntN(3) != 0 {
			c.set(f, P(v))
		}
		switch m.kind {
		case "meals":
			diet := pick(g.r, []string{"none", "vegetarian", "vegan", "halal", "kosher", "pescatarian"})
			if diet == "halal" || diet == "kosher" {
				c.set("cf_dietary_preference", S(diet, "religion"))
			} else {
				c.set("cf_dietary_preference", P(diet))
			}
			if g.r.IntN(3) == 0 {
				c.set("cf_allergies", S(pick(g.r, []string{"coeliac disease - no gluten", "peanuts, tree nuts", "lactose intolerance", "shellfish (anaphylaxis)"}), "health"))
			}
		case "telehealth":
			c.set("cf_date_of_birth", g.w33CBDOB(cc))
			if g.r.IntN(2) == 0 {
				c.set("cf_gp_practice", N(pick(g.r, []string{"Riverside Medical Centre", "Praxis Dr. Weber", "Cabinet médical des Lilas"})))
			}
			if g.r.IntN(2) == 0 {
				c.set("cf_current_medication", S(pick(g.r, []string{"sertraline 50mg", "levothyroxine", "none", "metformin 500mg"}), "health"))
			}
		case "edu":
			if p.minor {
				c.set("cf_date_of_birth", g.w33CBDOB(cc))
				c.set("cf_school", P(pick(g.r, []string{"Lycée Victor Hugo", "Gymnasium am Markt", "Colegio San José", "Kendriya Vidyalaya No. 2", "Escola Estadual Dom Pedro II"})))
			} else if g.r.IntN(2) == 0 {
				kid := g.w32Other(cc)
				c.set("cf_child_first_name", P(kid.given))
				c.set("cf_child_age", P(fmt.Sprint(6+g.r.IntN(10))))
			}
		case "gym":
			if g.r.IntN(2) == 0 {
				c.set("cf_date_of_birth", g.w33CBDOB(cc))
			}
			if g.r.IntN(2) == 0 {
				c.set("cf_health_declaration", S(pick(g.r, []string{"Herzrhythmusstörung, Betablocker", "asthma - inhaler", "pregnant (20 weeks)", "knee surgery 2024", "high blood pressure"}), "health"))
			}
			c.set("cf_emergency_contact", P(g.w32Other(cc).given+" "+p.family+" "+g.w32Other(cc).phone))
		}
		if g.r.IntN(6) == 0 {
			c.set("cf_nationality", g.citizenship(w33EnglishName(p.cit.code)))
		}
		return c
	}
	subID := g.b62(16)
	amount := map[string]int{"JPY": 1480, "KRW": 14900, "IDR": 99000, "VND": 199000, "CLP": 8990, "COP": 39900, "ARS": 12999, "UYU": 590, "INR": 49900}[cur]
	if amount == 0 {
		amount = 999 + g.r.IntN(6000)
	}
	item := w33Sum(plan.text+"-"+cur, O("x", w32Item(plan.text, plan.cat)))
	subscription := func() *node {
		s := O("id", N(subID), "billing_period", N(1), "billing_period_unit", N(pick(g.r, []string{"month", "year", "week"})), "customer_id", P(custID),
			"status", N(pick(g.r, []string{"active", "in_trial", "future"})), "current_term_start", N(g.t.Unix()), "current_term_end", N(g.t.AddDate(0, 1, 0).Unix()),
			"next_billing_at", N(g.t.AddDate(0, 1, 0).Unix()), "created_at", N(g.t.Unix()), "started_at", N(g.t.Unix()), "updated_at", N(g.t.Unix()),
			"has_scheduled_changes", N(false), "channel", N("web"), "resource_version", N(g.t.UnixMilli()), "deleted", N(false), "object", N("subscription"),
			"currency_code", N(cur), "subscription_items", A(O("item_price_id", item, "item_type", N("plan"), "quantity", N(1), "unit_price", N(amount), "amount", N(amount),
				"free_quantity", N(0), "object", N("subscription_item"))), "due_invoices_count", N(0), "mrr", N(amount))
		if m.kind == "meals" || m.kind == "telehealth" {
			if p.showResidence {
				s.set("shipping_address", O("first_name", P(first), "last_name", P(last), "line1", g.addr(p.street), "city", g.addr(p.city), "country", g.residence(cc),
					"zip", g.addr(p.post), "validation_status", N("not_validated"), "object", N("shipping_address")))
			}
			if m.kind == "meals" && g.r.IntN(2) == 0 {
				s.set("cf_delivery_instructions", P(pick(g.r, []string{"Leave with neighbour at no. 12", "Ring twice, 3rd floor", "Deixar na portaria", "宅配ボックスへ"})))
			}
		}
		return s
	}
	card := func() *node {
		c := O("status", N("valid"), "gateway", N(gateway), "gateway_account_id", N(gwAccount), "first_name", P(first), "last_name", P(last), "iin", N(iin), "last4", P(last4),
			"card_type", N(cardType), "funding_type", N(pick(g.r, []string{"credit", "debit"})), "expiry_month", P(expM), "expiry_year", P(expY))
		if p.showResidence && g.r.IntN(2) == 0 {
			c.set("billing_addr1", g.addr(p.street))
			c.set("billing_city", g.addr(p.city))
			c.set("billing_zip", g.addr(p.post))
			c.set("billing_country", g.residence(cc))
		}
		c.set("ip_address", P(p.ip))
		c.set("powered_by", N("card"))
		c.set("customer_id", P(custID))
		c.set("masked_number", P(masked))
		c.set("payment_source_id", P(pmID))
		c.set("object", N("card"))
		return c
	}
	invID := pick(g.r, []string{fmt.Sprint(1000 + g.r.IntN(90000)), "INV-" + fmt.Sprint(g.t.Year()) + "-" + pattern(g.r, "#####")})
	txnID := "txn_" + g.b62(16)
	rate := map[string]int{"DE": 19, "FR": 20, "ES": 21, "IT": 22, "NL": 21, "BE": 21, "AT": 20, "PT": 23, "IE": 23, "PL": 23, "SE": 25, "DK": 25, "FI": 24, "CH": 8, "GB": 20,
		"IN": 18, "MX": 16, "CO": 19, "AR": 21, "CL": 19, "PE": 18, "UY": 22, "JP": 10, "SG": 9, "MY": 8, "PH": 12, "ID": 11, "VN": 10, "TH": 7, "KR": 10, "AU": 10}[cc]
	tax := amount * rate / (100 + rate)
	invoice := func(paid bool) *node {
		status := "paid"
		if !paid {
			status = "payment_due"
		}
		inv := O("id", N(invID), "customer_id", P(custID), "subscription_id", N(subID), "recurring", N(true), "status", N(status), "price_type", N("tax_inclusive"),
			"date", N(g.t.Unix()), "due_date", N(g.t.Unix()), "net_term_days", N(0), "exchange_rate", N(1.0), "currency_code", N(cur), "total", N(amount),
			"amount_paid", N(map[bool]int{true: amount, false: 0}[paid]), "amount_adjusted", N(0), "write_off_amount", N(0), "credits_applied", N(0),
			"amount_due", N(map[bool]int{true: 0, false: amount}[paid]), "updated_at", N(g.t.Unix()), "resource_version", N(g.t.UnixMilli()), "deleted", N(false),
			"object", N("invoice"), "first_invoice", N(g.r.IntN(2) == 0), "has_advance_charges", N(false), "base_currency_code", N(cur), "round_off_amount", N(0),
			"tax", N(tax), "sub_total", N(amount-tax),
			"line_items", A(O("id", N("li_"+g.b62(16)), "date_from", N(g.t.Unix()), "date_to", N(g.t.AddDate(0, 1, 0).Unix()), "unit_amount", N(amount), "quantity", N(1),
				"amount", N(amount), "pricing_model", N("flat_fee"), "is_taxed", N(true), "tax_amount", N(tax), "tax_rate", N(float64(rate)), "object", N("line_item"),
				"subscription_id", N(subID), "customer_id", P(custID), "description", w32Item(plan.text, plan.cat), "entity_type", N("plan_item_price"), "entity_id", item,
				"discount_amount", N(0), "item_level_discount_amount", N(0))))
		if paid {
			inv.set("paid_at", N(g.t.Unix()))
			inv.set("linked_payments", A(O("txn_id", N(txnID), "applied_amount", N(amount), "applied_at", N(g.t.Unix()), "txn_status", N("success"), "txn_date", N(g.t.Unix()), "txn_amount", N(amount))))
		}
		inv.set("billing_address", billing())
		return inv
	}
	transaction := func(ok bool) *node {
		t := O("id", N(txnID), "customer_id", P(custID), "subscription_id", N(subID), "gateway_account_id", N(gwAccount), "payment_source_id", P(pmID),
			"payment_method", N("card"), "gateway", N(gateway), "type", N("payment"), "date", N(g.t.Unix()), "exchange_rate", N(1.0), "amount", N(amount),
			"id_at_gateway", N(pick(g.r, []string{"ch_3P", "pay_", "pi_3P"})+g.b62(22)), "status", N(map[bool]string{true: "success", false: "failure"}[ok]),
			"updated_at", N(g.t.Unix()), "resource_version", N(g.t.UnixMilli()), "deleted", N(false), "object", N("transaction"), "masked_card_number", P(masked),
			"currency_code", N(cur), "base_currency_code", N(cur), "amount_unused", N(0),
			"linked_invoices", A(O("invoice_id", N(invID), "applied_amount", N(amount), "applied_at", N(g.t.Unix()), "invoice_date", N(g.t.Unix()), "invoice_total", N(amount), "invoice_status", N("paid"))))
		if !ok {
			code := pick(g.r, [][2]string{{"card_declined", "Your card was declined."}, {"insufficient_funds", "Your card has insufficient funds."}, {"expired_card", "Your card has expired."}})
			t.set("error_code", N(code[0]))
			t.set("error_text", N(code[1]))
		}
		return t
	}

	var evType string
	var content *node
	switch k := g.r.IntN(20); {
	case k < 5:
		evType = "customer_created"
		content = O("customer", customer())
	case k < 7:
		evType = "customer_changed"
		content = O("customer", customer())
	case k < 11:
		evType = "subscription_created"
		content = O("subscription", subscription(), "customer", customer())
		if g.r.IntN(2) == 0 {
			content.set("card", card())
		}
	case k < 15:
		evType = "payment_succeeded"
		content = O("transaction", transaction(true), "invoice", invoice(true), "customer", customer(), "subscription", subscription())
	case k < 17:
		evType = "payment_failed"
		content = O("transaction", transaction(false), "invoice", invoice(false), "customer", customer(), "subscription", subscription())
	case k < 19:
		evType = "card_added"
		content = O("customer", customer(), "card", card())
	default:
		evType = "invoice_generated"
		content = O("invoice", invoice(false))
	}
	source := pick(g.r, []string{"hosted_page", "api", "admin_console", "portal", "js_api", "scheduled_job"})
	switch evType {
	case "payment_succeeded", "payment_failed", "invoice_generated":
		source = pick(g.r, []string{"scheduled_job", "api", "hosted_page"})
	case "card_added":
		source = pick(g.r, []string{"hosted_page", "portal", "js_api", "api"})
	}
	ev := O("id", N("ev_"+g.b62(16)), "occurred_at", N(g.t.Unix()), "source", N(source))
	if source == "admin_console" {
		admin := g.w32Other(pick(g.r, []string{cc, "IN", "US"}))
		ev.set("user", P(w32Clean(admin.givenL)+"@"+m.site+".example"))
	} else if source == "api" {
		ev.set("user", N(pick(g.r, []string{"full_access_key_v1", "backend-sync", "zapier"})))
	}
	ev.set("object", N("event"))
	ev.set("api_version", N("v2"))
	ev.set("content", content)
	ev.set("event_type", N(evType))
	ev.set("webhook_status", N("scheduled"))
	ev.set("webhooks", A(O("id", N("whv2_"+g.b62(16)), "webhook_status", N("scheduled"), "object", N("webhook"))))
	switch r := g.r.IntN(10); {
	case r < 4:
		return ev
	case r < 9:
		h := O("content-type", N("application/json"), "user-agent", N("ChargeBee"), "authorization", C("Basic "+w32B64([]byte(pick(g.r, []string{"chargebee", "cb_webhook", m.site})+":"+g.b62(20)))))
		return O("received_at", g.w32Stamp(3*time.Second), "method", N("POST"), "path", N(pick(g.r, []string{"/webhooks/chargebee", "/api/billing/chargebee", "/hooks/cb"})),
			"headers", h, "body", ev)
	}
	return O("queue", N("billing-events"), "job", N("chargebee.webhook."+evType), "attempt", N(1+g.r.IntN(3)), "enqueued_at", g.w32Stamp(4*time.Second), "payload", ev)
}
