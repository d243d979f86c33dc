package evalcorpus

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// --------------------------------------------------------- Paddle Billing

// w28PDVendor is a software vendor selling through Paddle: its products
// (monthly price in US cents) and what a subscription to each tells of
// the customer.
type w28PDVendor struct {
	name, domain string
	products     []w28Item
	// custom: what the vendor's app passes in custom_data.
	custom []bioLine
}

var w28PDVendors = []w28PDVendor{
	{"Lumen Notes", "lumennotes.example", []w28Item{{"Lumen Notes Pro", 800, ""}, {"Lumen Notes Team", 1500, ""}},
		[]bioLine{{"", "referral:producthunt"}, {"", "onboarding:students"}}},
	{"Pixelforge", "pixelforge.example", []w28Item{{"Pixelforge Studio - Annual", 9900, ""}, {"Pixelforge Studio - Monthly", 1200, ""}, {"Extra cloud storage 100 GB", 300, ""}},
		[]bioLine{{"", "utm_campaign:spring_sale"}, {"", "team_size:2-10"}}},
	{"Calmwell", "calmwell.example", []w28Item{{"Calmwell Premium - CBT programme for anxiety", 1299, "health"}, {"Calmwell Premium - Sleep and depression course", 1299, "health"}, {"Calmwell Premium", 1299, "health"}},
		[]bioLine{{"health", "goal:manage panic attacks"}, {"health", "goal:sleep better, on sertraline"}, {"health", "goal:reduce anxiety"}}},
	{"GlucoLog", "glucolog.example", []w28Item{{"GlucoLog Plus - Type 1 diabetes tracking", 599, "health"}, {"GlucoLog CGM sync add-on", 299, "health"}},
		[]bioLine{{"health", "diabetes_type:T1"}, {"health", "diabetes_type:T2, insulin"}}},
	{"Verse Daily", "versedaily.example", []w28Item{{"Verse Daily Premium - Bible study plans", 499, "religion"}, {"Verse Daily Family - devotional plans", 899, "religion"}},
		[]bioLine{{"religion", "denomination:Catholic"}, {"religion", "church:Hillsong Sydney"}, {"", "referral:podcast"}}},
	{"Rainbow Match", "rainbowmatch.example", []w28Item{{"Rainbow Match Plus - LGBTQ+ dating", 1499, "sexual_orientation"}, {"Rainbow Match Boost x5", 699, "sexual_orientation"}},
		[]bioLine{{"sexual_orientation", "looking_for:women, identifies:lesbian"}, {"sexual_orientation", "looking_for:men, identifies:gay"}}},
	{"Ledgerly", "ledgerly.example", []w28Item{{"Ledgerly Business - invoicing", 2900, ""}, {"Ledgerly Payroll add-on", 1900, ""}},
		[]bioLine{{"", "plan:business"}, {"", "industry:consulting"}}},
}

// w28PDMarket is a Paddle customer country: currency (and whether it has
// minor units), the tax rate, a locale and how a business's tax number
// and company number are written.
type w28PDMarket struct {
	currency string
	decimals bool
	tax      string
	locale   string
	taxID    string // pattern: # digit, A letter
	company  string
}

var w28PDMarkets = map[string]w28PDMarket{
	"DE": {"EUR", true, "0.19", "de", "DE#########", "HRB ######"}, "FR": {"EUR", true, "0.2", "fr", "FR###########", "### ### ###"},
	"ES": {"EUR", true, "0.21", "es", "ESA########", "A########"}, "IT": {"EUR", true, "0.22", "it", "IT###########", "MI-#######"},
	"NL": {"EUR", true, "0.21", "nl", "NL#########B01", "########"}, "PL": {"PLN", true, "0.23", "pl", "PL##########", "KRS##########"},
	"SE": {"SEK", true, "0.25", "sv", "SE############", "######-####"}, "PT": {"EUR", true, "0.23", "pt", "PT#########", "#########"},
	"AT": {"EUR", true, "0.2", "de", "ATU########", "FN ######a"},
	"US": {"USD", true, "0.0825", "en", "##-#######", ""}, "GB": {"GBP", true, "0.2", "en", "GB#########", "########"},
	"BR": {"BRL", true, "0", "pt-BR", "", ""}, "JP": {"JPY", false, "0.1", "ja", "T#############", ""},
	"KR": {"KRW", false, "0.1", "ko", "###-##-#####", ""}, "TR": {"TRY", true, "0.2", "tr", "##########", ""},
	"AU": {"AUD", true, "0.1", "en", "## ### ### ###", ""}, "ZA": {"ZAR", true, "0.15", "en", "4#########", "201#/######/07"},
}

// w28PDRate converts US cents to the currency's smallest unit.
var w28PDRate = map[string]float64{"EUR": 0.92, "USD": 1, "GBP": 0.79, "PLN": 3.95, "SEK": 10.4, "BRL": 5.1, "JPY": 1.5, "KRW": 13.5, "TRY": 33, "AUD": 1.5, "ZAR": 18.5}

// w28PDID is a Paddle entity id: a prefix and a ULID in lower case.
func (g *gen) w28PDID(prefix string) string {
	return prefix + "_01" + g.chars("0123456789abcdefghjkmnpqrstvwxyz", 24)
}

// w28PDCompanies are businesses that buy software, by country.
var w28PDCompanies = map[string][]string{
	"DE": {"Müller & Partner Steuerberatung GmbH", "Brandwerk Agentur GmbH"}, "FR": {"Atelier Lumière SARL", "Conseil Dubois SAS"},
	"US": {"Northwind Analytics LLC", "Bluebird Dental Group PC"}, "GB": {"Kestrel Studio Ltd", "Harbour & Co Accountants LLP"},
	"BR": {"Oliveira Tecnologia Ltda", "Estúdio Paulista ME"}, "JP": {"株式会社さくらデザイン", "合同会社ミライ"},
	"KR": {"주식회사 한빛소프트", "서울디자인랩"}, "TR": {"Demir Yazılım A.Ş.", "Kaya Danışmanlık Ltd. Şti."},
	"AU": {"Coastline Creative Pty Ltd"}, "ZA": {"Ubuntu Digital (Pty) Ltd"}, "NL": {"Bakker Webdesign B.V."},
}

func paddleBillingWebhook(g *gen) *node {
	cc := pick(g.r, []string{"DE", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "PT", "AT", "US", "US", "US", "GB", "GB", "BR", "JP", "KR", "TR", "AU", "ZA"})
	g.w28Redraw(cc)
	p := g.p
	g.w28Age(19, 70)
	mk := w28PDMarkets[cc]
	name := p.fullName()
	if p.c.familyFirst && g.r.IntN(2) == 0 || !w28Latin(name) && g.r.IntN(3) == 0 {
		name = w28Title(p.givenL) + " " + w28Title(p.familyL)
	}
	vendor := pick(g.r, w28PDVendors)
	prod := g.w28Special(vendor.products, 1)
	qty := 1
	if strings.Contains(prod.name, "Team") {
		qty = 2 + g.r.IntN(8)
	}
	unit := int64(float64(prod.price) * w28PDRate[mk.currency])
	if !mk.decimals {
		unit = int64(float64(prod.price) * w28PDRate[mk.currency] / 100)
	} else {
		unit = unit/100*100 + 99
	}
	ctmID, addID, txnID, subID := g.w28PDID("ctm"), g.w28PDID("add"), g.w28PDID("txn"), g.w28PDID("sub")
	priID, proID := g.w28PDID("pri"), g.w28PDID("pro")
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }
	created := g.t.Add(-time.Duration(g.r.IntN(90)) * time.Second)
	custCreated := created
	evType := pick(g.r, []string{"customer.created", "customer.updated", "transaction.completed", "transaction.completed", "subscription.created", "subscription.created"})
	if evType != "customer.created" {
		custCreated = g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28))
	}
	// A business: a company buying seats, or a sole trader under their
	// own name.
	var biz *node
	bizID := ""
	if g.r.IntN(4) == 0 {
		bizID = g.w28PDID("biz")
		sole := g.r.IntN(2) == 0 || w28PDCompanies[cc] == nil
		var bname, taxID *node
		if sole {
			bname = P(name + pick(g.r, []string{" Design", " Consulting", " Photography", " Translations"}))
			if mk.taxID != "" {
				taxID = P(pattern(g.r, mk.taxID))
			}
			if cc == "BR" {
				taxID = P(cnpj(g.r))
			}
		} else {
			bname = N(pick(g.r, w28PDCompanies[cc]))
			if mk.taxID != "" {
				taxID = N(pattern(g.r, mk.taxID))
			}
			if cc == "BR" {
				taxID = N(cnpj(g.r))
			}
		}
		contacts := A(O("name", P(name), "email", P(p.email)))
		if !sole && g.r.IntN(2) == 0 {
			dom := w28Clean(strings.Fields(bname.raw)[0])
			if dom == "" {
				dom = "company"
			}
			// A shared mailbox of the company's, no one's own.
			contacts.arr = append(contacts.arr, O("name", N("Accounts Payable"), "email", N("billing@"+dom+".example")))
		}
		biz = O("id", map[bool]*node{true: P(bizID), false: N(bizID)}[sole], "customer_id", P(ctmID), "name", bname)
		if mk.company != "" && !sole {
			biz.set("company_number", N(pattern(g.r, mk.company)))
		} else {
			biz.set("company_number", N(nil))
		}
		if taxID != nil {
			biz.set("tax_identifier", taxID)
		} else {
			biz.set("tax_identifier", N(nil))
		}
		biz.set("status", N("active"))
		biz.set("contacts", contacts)
		biz.set("created_at", N(z(custCreated)))
		biz.set("updated_at", N(z(custCreated)))
		biz.set("custom_data", N(nil))
		biz.set("import_meta", N(nil))
	}
	bizRef := func() *node {
		if bizID == "" {
			return N(nil)
		}
		return biz.obj[0].val
	}
	note := g.w28Note(vendor.custom, 2)
	appUser := "usr_" + g.b62(12)
	withNote := g.r.IntN(2) == 0
	customData := func() *node {
		c := O("app_user_id", P(appUser))
		if withNote {
			// An acquisition tag says nothing of the customer; a goal,
			// a diagnosis or a church does.
			k, v, _ := strings.Cut(note.text, ":")
			c.set(k, w28Text(v, note.cat))
		}
		return c
	}
	customer := func() *node {
		c := O("id", P(ctmID), "status", N("active"), "custom_data", customData(), "name", P(name), "email", P(p.email),
			"marketing_consent", N(g.r.IntN(3) == 0))
		// A language alone says nothing of a country; pt-BR does.
		if p.showLocale && strings.Contains(mk.locale, "-") {
			c.set("locale", g.locale(mk.locale))
		} else {
			c.set("locale", N(strings.SplitN(mk.locale, "-", 2)[0]))
		}
		c.set("created_at", N(z(custCreated)))
		c.set("updated_at", N(z(created)))
		c.set("import_meta", N(nil))
		return c
	}
	// The billing address: Paddle needs the country (and in some
	// countries the postcode) to charge tax.
	address := func() *node {
		a := O("id", P(addID), "customer_id", P(ctmID), "description", N(pick(g.r, []string{"Home", "Billing", ""})))
		if g.r.IntN(2) == 0 {
			a.set("first_line", g.addr(p.street))
		} else {
			a.set("first_line", N(nil))
		}
		a.set("second_line", N(nil))
		if g.r.IntN(2) == 0 {
			a.set("city", g.addr(p.city))
		} else {
			a.set("city", N(nil))
		}
		a.set("postal_code", g.addr(p.post))
		if cc == "US" || cc == "AU" || cc == "BR" {
			a.set("region", g.addrN(p.region))
		} else {
			a.set("region", N(nil))
		}
		a.set("country_code", g.residence(cc))
		a.set("custom_data", N(nil))
		a.set("status", N("active"))
		a.set("created_at", N(z(custCreated)))
		a.set("updated_at", N(z(custCreated)))
		a.set("import_meta", N(nil))
		return a
	}

	// The price and what the customer paid.
	amount := func(v int64) *node { return N(fmt.Sprint(v)) }
	subtotal := unit * int64(qty)
	var taxRate float64
	fmt.Sscan(mk.tax, &taxRate)
	tax := int64(float64(subtotal) * taxRate)
	total := subtotal + tax
	fee := total*5/100 + map[bool]int64{true: 50, false: 0}[mk.decimals]
	interval := "month"
	if strings.Contains(prod.name, "Annual") {
		interval = "year"
	}
	price := func() *node {
		return O("id", N(priID), "description", w28Text(prod.name+" ("+interval+"ly)", prod.cat), "product_id", N(proID),
			"billing_cycle", O("interval", N(interval), "frequency", N(1)), "trial_period", N(nil), "tax_mode", N("account_setting"),
			"unit_price", O("amount", amount(unit), "currency_code", N(mk.currency)), "quantity", O("minimum", N(1), "maximum", N(100)), "status", N("active"))
	}
	product := func() *node {
		return O("id", N(proID), "name", w28Text(prod.name, prod.cat), "description", N(nil), "tax_category", N("standard"),
			"image_url", N("https://"+vendor.domain+"/img/plan.png"), "custom_data", N(nil), "status", N("active"))
	}
	totals := func(withFee bool) *node {
		t := O("subtotal", amount(subtotal), "discount", amount(0), "tax", amount(tax), "total", amount(total))
		if withFee {
			t.set("credit", amount(0))
			t.set("balance", amount(0))
			t.set("grand_total", amount(total))
			t.set("fee", amount(fee))
			t.set("earnings", amount(total-tax-fee))
			t.set("currency_code", N(mk.currency))
		}
		return t
	}
	period := func() (time.Time, time.Time) {
		start := created
		if interval == "year" {
			return start, start.AddDate(1, 0, 0)
		}
		return start, start.AddDate(0, 1, 0)
	}
	cardType := pick(g.r, []string{"visa", "visa", "mastercard", "american_express"})
	if cc == "JP" && g.r.IntN(2) == 0 {
		cardType = "jcb"
	}
	holder := strings.ToUpper(w28Title(p.givenL) + " " + w28Title(p.familyL))
	payment := func() *node {
		md := O("type", N("card"), "card", O("type", N(cardType), "last4", P(pattern(g.r, "####")),
			"expiry_month", P(1+g.r.IntN(12)), "expiry_year", P(g.t.Year()+1+g.r.IntN(5)), "cardholder_name", P(holder)))
		if g.r.IntN(6) == 0 {
			md = O("type", N(pick(g.r, []string{"paypal", "apple_pay", "google_pay"})), "card", N(nil))
		}
		return O("payment_attempt_id", N(g.uuid()), "stored_payment_method_id", P(g.uuid()), "payment_method_id", P(g.w28PDID("paymtd")),
			"amount", amount(total), "status", N("captured"), "error_code", N(nil), "method_details", md,
			"created_at", N(z(created)), "captured_at", N(z(created.Add(2*time.Second))))
	}
	transaction := func() *node {
		ps, pe := period()
		t := O("id", N(txnID), "status", N("completed"), "customer_id", P(ctmID), "address_id", P(addID), "business_id", bizRef(),
			"custom_data", customData(), "origin", N(pick(g.r, []string{"web", "web", "subscription_recurring", "api"})),
			"collection_mode", N("automatic"), "subscription_id", N(subID), "invoice_id", N(g.w28PDID("inv")),
			"invoice_number", N(fmt.Sprintf("%d-%05d", 100+g.r.IntN(900), 10000+g.r.IntN(90000))), "billing_details", N(nil),
			"billing_period", O("starts_at", N(z(ps)), "ends_at", N(z(pe))), "currency_code", N(mk.currency), "discount_id", N(nil),
			"created_at", N(z(created.Add(-time.Minute))), "updated_at", N(z(g.t)), "billed_at", N(z(created)))
		t.set("items", A(O("price", price(), "quantity", N(qty), "proration", N(nil))))
		li := O("id", N(g.w28PDID("txnitm")), "price_id", N(priID), "quantity", N(qty), "proration", N(nil), "tax_rate", N(mk.tax),
			"unit_totals", O("subtotal", amount(unit), "discount", amount(0), "tax", amount(int64(float64(unit)*taxRate)), "total", amount(unit+int64(float64(unit)*taxRate))),
			"totals", totals(false), "product", product())
		t.set("details", O("tax_rates_used", A(O("tax_rate", N(mk.tax), "totals", totals(false))), "totals", totals(true),
			"adjusted_totals", totals(true), "line_items", A(li)))
		t.set("payments", A(payment()))
		t.set("checkout", O("url", N("https://"+vendor.domain+"/checkout?_ptxn="+txnID)))
		return t
	}
	subscription := func() *node {
		ps, pe := period()
		status := pick(g.r, []string{"active", "active", "trialing"})
		tok := "pga_" + g.b62(120)
		s := O("id", N(subID), "status", N(status), "customer_id", P(ctmID), "address_id", P(addID), "business_id", bizRef(),
			"currency_code", N(mk.currency), "created_at", N(z(created)), "updated_at", N(z(created)), "started_at", N(z(ps)),
			"first_billed_at", N(z(ps)), "next_billed_at", N(z(pe)), "paused_at", N(nil), "canceled_at", N(nil), "discount", N(nil),
			"collection_mode", N("automatic"), "billing_details", N(nil),
			"current_billing_period", O("starts_at", N(z(ps)), "ends_at", N(z(pe))),
			"billing_cycle", O("interval", N(interval), "frequency", N(1)), "scheduled_change", N(nil),
			"items", A(O("status", N(status), "quantity", N(qty), "recurring", N(true), "created_at", N(z(created)), "updated_at", N(z(created)),
				"previously_billed_at", N(z(ps)), "next_billed_at", N(z(pe)), "trial_dates", N(nil), "price", price(), "product", product())),
			"custom_data", customData(),
			"management_urls", O("update_payment_method", C("https://buyer-portal.paddle.com/subscriptions/"+subID+"/update-payment-method?token="+tok),
				"cancel", C("https://buyer-portal.paddle.com/subscriptions/"+subID+"/cancel?token="+tok)),
			"transaction_id", N(txnID), "import_meta", N(nil))
		return s
	}

	// The event, signed.
	var data *node
	switch evType {
	case "customer.created", "customer.updated":
		data = customer()
	case "transaction.completed":
		data = transaction()
	default:
		data = subscription()
	}
	event := O("event_id", N(g.w28PDID("evt")), "event_type", N(evType), "occurred_at", N(z(g.t)),
		"notification_id", N(g.w28PDID("ntf")), "data", data)
	raw := string(render(event, &Label{}))
	secret := "pdl_ntfset_01" + g.chars("0123456789abcdefghjkmnpqrstvwxyz", 24) + "_" + g.b62(32)
	ts := fmt.Sprint(g.t.Unix())
	sig := C("ts=" + ts + ";h1=" + hex.EncodeToString(w28HMAC(secret, ts+":"+raw)))
	received := func(rawBody bool) *node {
		out := O("received_at", g.w28Stamp(time.Duration(200+g.r.IntN(2500))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/webhooks/paddle", "/api/billing/paddle/events", "/paddle/webhook"})),
			"headers", O("Content-Type", N("application/json"), "Paddle-Signature", sig, "User-Agent", N("Paddle")))
		if rawBody {
			out.set("raw_body", w28Raw(raw, w28Leaves(event)))
		} else {
			out.set("body", event)
		}
		return out
	}
	apiKey := C("Bearer pdl_live_apikey_01" + g.chars("0123456789abcdefghjkmnpqrstvwxyz", 24) + "_" + g.b62(22) + "_" + g.b62(3))
	const api = "https://api.paddle.com"
	fetch := func(path string, body *node) *node {
		return O("request", O("method", N("GET"), "url", P(api+path), "headers", O("Authorization", apiKey, "Paddle-Version", N("1"))),
			"response", O("status", N(200), "body", O("data", body, "meta", O("request_id", N(g.uuid())))))
	}
	switch mode := g.r.IntN(10); {
	case mode < 3:
		return received(g.r.IntN(4) == 0)
	case mode < 7:
		// The webhook, then the customer and the address the billing
		// service fetched to complete its own record.
		out := O("webhook", received(false), "customer", fetch("/customers/"+ctmID, customer()))
		if p.showResidence {
			out.set("address", fetch("/customers/"+ctmID+"/addresses/"+addID, address()))
		}
		if biz != nil && g.r.IntN(2) == 0 {
			out.set("business", fetch("/customers/"+ctmID+"/businesses/"+bizID, biz))
		}
		return out
	case mode < 8 && evType == "transaction.completed":
		// The transaction fetched with its customer, address and business.
		t := transaction()
		t.set("customer", customer())
		if p.showResidence {
			t.set("address", address())
		}
		if biz != nil {
			t.set("business", biz)
		}
		return fetch("/transactions/"+txnID+"?include=customer,address,business", t)
	}
	// The SDK's unmarshalled event, logged by the billing service with
	// the account it provisioned.
	acct := O("account_id", P(appUser), "email", P(p.email), "plan", w28Text(prod.name, prod.cat), "seats", N(qty), "paddle_customer_id", P(ctmID))
	if p.showResidence && g.r.IntN(2) == 0 {
		acct.set("billing_country", g.residence(cc))
	}
	if p.showLocale && g.r.IntN(2) == 0 {
		acct.set("timezone", g.tz(p.tz))
	}
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("paddle event processed"), "event", event, "account", acct)
}
