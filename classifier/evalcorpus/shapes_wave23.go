package evalcorpus

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

// wave23Shapes are a twenty-third set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are five payment services:
// a Braintree webhook as a merchant logs it (the form POST with
// bt_signature and the base64 XML of bt_payload, beside the SDK's parsed
// notification: subscriptions charged or not with their transactions'
// customer, card, billing address and custom fields, disputes, the
// account updater's daily report, Marketplace sub-merchants approved),
// for customers worldwide, Ireland and Hong Kong among them; Paytm's
// callback, Transaction Status (v3 and the older JsonData form) and
// Initiate Transaction calls with the CHECKSUMHASH and head signatures,
// beside the merchant's order (Indian names in Latin and in their own
// scripts, 10-digit mobiles, UPI VPAs, addresses with PIN codes, and
// pharmacy, puja, temple and wedding orders); T-Bank (Tinkoff)
// Acquiring's Init request and answer and its notifications (Token, DATA,
// Receipt items, masked Pan, ExpDate, CardId, RebillId, the terminal
// Password some merchants log) beside the merchant's order; LINE Pay's
// online API v2 and v3 request and confirm exchanges (the channel
// headers and HMAC, packages and products, payInfo with the card's
// nickname and masked number, shipping recipients) beside the shop's
// member record, for Japan, Taiwan and Thailand; and Google Play's
// real-time developer notifications as a backend logs them (the Pub/Sub
// push with its OIDC bearer, the base64 DeveloperNotification, the Play
// Developer API's purchases.subscriptionsv2 and products answers) beside
// the app's user record (games rated for age, health and faith apps).
var wave23Shapes = []Shape{
	{Name: "braintree_webhook", Doc: "developer.paypal.com/braintree/docs/guides/webhooks/parse, /reference/general/webhooks, /reference/response/transaction and /reference/general/countries, with the notification XML as the SDKs' WebhookTesting.sample_notification writes it (braintree_ruby lib/braintree/webhook_testing_gateway.rb) (POST application/x-www-form-urlencoded with bt_signature (<public key>|<hex HMAC-SHA1 of bt_payload keyed with SHA-1 of the private key>, pairs joined by & when there are several keys) and bt_payload (base64, newline every 60 characters, of <notification><timestamp type=\"datetime\"/><kind/><subject/></notification>)); kinds subscription_charged_successfully / _unsuccessfully / subscription_went_past_due / subscription_canceled (<subscription>{id, plan-id, status, price, balance, billing-day-of-month, billing-period-start-date, billing-period-end-date, next-billing-date, paid-through-date, payment-method-token, merchant-account-id, transactions[{id, status, type, currency-iso-code, amount, order-id, created-at, customer{id, first-name, last-name, email, phone, company, website}, billing{first-name, last-name, street-address, extended-address, locality, region, postal-code, country-name, country-code-alpha2, country-code-alpha3, country-code-numeric}, credit-card{token, bin, last-4, card-type, expiration-month, expiration-year, customer-location, cardholder-name, masked-number, country-of-issuance, issuing-bank, unique-number-identifier, ...}, custom-fields, processor-response-code, processor-response-text}]}), dispute_opened / _lost / _won (<dispute>{id, amount-disputed, case-number, kind, reason, status, reply-by-date, evidence[{comments}], transaction{id, amount, order-id}}), account_updater_daily_report (<account-updater-daily-report>{report-date, report-url}), sub_merchant_account_approved (<merchant-account>{id, status, master-merchant-account, individual{first-name, last-name, email, phone, date-of-birth, ssn-last-4, address{street-address, locality, region, postal-code}}, funding{destination, email, mobile-phone, account-number-last-4, routing-number}}), check; as a merchant logs it: the raw body, the form fields, the decoded XML and the SDK's parsed WebhookNotification (snake_case in Ruby/Python/PHP, camelCase in Node), for customers worldwide", build: braintreeWebhook},
	{Name: "paytm_payment_callback", Doc: "business.paytm.com/docs/payment-status and /docs/api/v3/transaction-status-api, paytmpayments.com/docs/v1/payment-gateway (callback form POST: BANKNAME, BANKTXNID, CHECKSUMHASH, CURRENCY INR, GATEWAYNAME, MID, ORDERID, PAYMENTMODE UPI / CC / DC / NB / PPI, RESPCODE 01 / 227 / 141 / 810 / 400, RESPMSG, STATUS TXN_SUCCESS / TXN_FAILURE / PENDING, TXNAMOUNT, TXNDATE, TXNID; the webhook adds CUSTID, MERC_UNQ_REF, TXNDATETIME, cardScheme, BIN, LASTFOURDIGITS); Transaction Status API v3 POST /v3/order/status {head{signature}, body{mid, orderId}} -> {head{responseTimestamp, version, signature}, body{resultInfo{resultStatus, resultCode, resultMsg}, txnId, bankTxnId, orderId, txnAmount, txnType, gatewayName, bankName, mid, paymentMode, refundAmt, txnDate}}; the older GET /order/status?JsonData={MID, ORDERID, CHECKSUMHASH}; Initiate Transaction POST /theia/api/v1/initiateTransaction {head{channelId, signature}, body{requestType, mid, websiteName, orderId, callbackUrl, txnAmount{value, currency}, userInfo{custId, mobile, email, firstName, lastName}, extendInfo{udf1..3, mercUnqRef, comments}}} -> {body{resultInfo, txnToken}}; the checksum: AES-128-CBC with the merchant key of SHA-256(params|salt)+salt) with the merchant's order (name, mobile, e-mail, UPI VPA, address with PIN code, items, notes of pharmacies, puja and temple services, weddings), for Indian customers", build: paytmPaymentCallback},
	{Name: "tbank_acquiring", Doc: "developer.tbank.ru/eacq/api/init, /eacq/intro/developer/notification and /eacq/intro/developer/token (T-Bank, formerly Tinkoff, Internet Acquiring API v2: POST https://securepay.tinkoff.ru/v2/Init {TerminalKey, Amount (kopecks), OrderId, Description, CustomerKey, Recurrent, PayType, Language, NotificationURL, SuccessURL, FailURL, DATA{…merchant fields: Phone, Email…}, Receipt{Email, Phone, Taxation, FfdVersion, Customer, CustomerInn, ClientInfo{Birthdate, Citizenship (OKSM numeric), DocumentCode, DocumentData, Address}, Items[{Name, Price, Quantity, Amount, Tax, PaymentMethod, PaymentObject}]}, Token} -> {Success, ErrorCode, TerminalKey, Status NEW, PaymentId, OrderId, Amount, PaymentURL} or {Success false, ErrorCode, Message, Details}; the notification POST {TerminalKey, OrderId, Success, Status AUTHORIZED / CONFIRMED / REJECTED / REFUNDED / REVERSED, PaymentId, ErrorCode, Amount, CardId, Pan (masked), ExpDate, RebillId, Token, DATA} answered OK; Token: SHA-256 of the root scalar values and the terminal Password, sorted by name) beside the merchant's order, for buyers in Russia, Belarus and Kazakhstan", build: tbankAcquiring},
	{Name: "linepay_online_api", Doc: "pay.line.me/documents/online_v3_en.html and developers-pay.line.me/online-api (v3: headers Content-Type, X-LINE-ChannelId, X-LINE-Authorization-Nonce (UUID or timestamp), X-LINE-Authorization (base64 HMAC-SHA256 keyed with the channel secret of secret + URI + body + nonce); POST /v3/payments/request {amount, currency JPY / TWD / THB, orderId, packages[{id, amount, userFee, name, products[{id, name, imageUrl, quantity, price}]}], redirectUrls{confirmUrl, cancelUrl}, options{payment{capture, payType}, display{locale}, shipping{type, feeAmount, address{country, postalCode, state, city, detail, optional, recipient{firstName, lastName, firstNameOptional, lastNameOptional, email, phoneNo}}}}} -> {returnCode, returnMessage, info{paymentUrl{web, app}, transactionId, paymentAccessToken}}; POST /v3/payments/{transactionId}/confirm {amount, currency} -> {returnCode, returnMessage, info{orderId, transactionId, authorizationExpireDate, regKey, payInfo[{method, amount, creditCardNickname, creditCardBrand, maskedCreditCardNumber}], shipping}}; v2 with X-LINE-ChannelSecret and {productName, amount, currency, orderId, confirmUrl, langCd}; error codes 1106, 1142, 1150, 1169, 1172) beside the shop's member record (names in kanji and kana, Traditional Chinese or Thai, mobiles, addresses, LINE userId U…), for Japan, Taiwan and Thailand", build: linepayOnlineAPI},
	{Name: "google_play_rtdn", Doc: "developer.android.com/google/play/billing/rtdn-reference (Pub/Sub push: {message{attributes, data (base64 DeveloperNotification {version, packageName, eventTimeMillis, subscriptionNotification{version, notificationType 1-13 / 20, purchaseToken, subscriptionId} | oneTimeProductNotification{version, notificationType 1 / 2, purchaseToken, sku} | voidedPurchaseNotification{purchaseToken, orderId, productType, refundType} | testNotification{version}}), messageId, message_id, publishTime, publish_time}, subscription}; cloud.google.com/pubsub/docs/authenticate-push-subscriptions (Authorization: Bearer <Google-signed OIDC token>)); developers.google.com/android-publisher/api-ref/rest/v3/purchases.subscriptionsv2 ({kind, regionCode, lineItems[{productId, expiryTime, autoRenewingPlan{autoRenewEnabled, recurringPrice}, offerDetails{basePlanId, offerId, offerTags}, latestSuccessfulOrderId}], startTime, subscriptionState, latestOrderId, linkedPurchaseToken, canceledStateContext{userInitiatedCancellation{cancelSurveyResult{reason, reasonUserInput}, cancelTime}}, acknowledgementState, externalAccountIdentifiers{externalAccountId, obfuscatedExternalAccountId, obfuscatedExternalProfileId}, testPurchase}) and purchases.products ({kind, purchaseTimeMillis, purchaseState, consumptionState, orderId, acknowledgementState, productId, quantity, obfuscatedExternalAccountId, regionCode}); as a backend logs them beside the app's own user record (e-mail, display name, country, birth year of age-rated games, health and faith apps' profiles), for users worldwide", build: googlePlayRTDN},
}

// ------------------------------------------------------------ helpers

// w23Raw is text that holds the given leaves (a body, a form, a document
// in base64): labelled by the most telling of them. A credential makes
// the whole text one, as it leaks with it; else a special category;
// else personal; else not personal.
func w23Raw(text string, leaves []*node) *node {
	best := Leaf{Kind: NonPersonal}
	for _, l := range leaves {
		switch l.leaf.Kind {
		case Credential:
			return leafOf(text, l.leaf)
		case Sensitive:
			if best.Kind != Sensitive {
				best = l.leaf
			}
		case Personal:
			if best.Kind == NonPersonal {
				best = l.leaf
			}
		}
	}
	return leafOf(text, best)
}

// w23JSON is n's JSON text as a log keeps a body.
func w23JSON(n *node) *node { return w23Raw(string(render(n, &Label{})), w21Leaves(n)) }

// w23B64JSON is n's JSON text base64-encoded.
func w23B64JSON(n *node) *node {
	return w23Raw(base64.StdEncoding.EncodeToString(render(n, &Label{})), w21Leaves(n))
}

// w23Form is an application/x-www-form-urlencoded body of the fields.
func w23Form(keys []string, vals []*node) *node {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = url.QueryEscape(k) + "=" + url.QueryEscape(vals[i].raw)
	}
	return w23Raw(strings.Join(parts, "&"), vals)
}

// w23Fields keeps a form's fields in the order a producer sends them,
// with the parsed object beside.
type w23Fields struct {
	keys   []string
	vals   []*node
	parsed *node
}

func newW23Fields() *w23Fields { return &w23Fields{parsed: O()} }

func (f *w23Fields) add(k string, v *node) {
	if v == nil {
		return
	}
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, v)
	f.parsed.set(k, v)
}

// w23Pick is one of the items, a special one about one time in odds,
// and none of those already in the cart when it can.
func (g *gen) w23Pick(items []w21Item, odds int, cart ...w21Item) w21Item {
	var it w21Item
	for range 8 {
		it = g.w22Item(items, odds)
		dup := false
		for _, c := range cart {
			dup = dup || c.name == it.name
		}
		if !dup {
			break
		}
	}
	return it
}

// w23Note is a buyer's note, a special one about one time in four.
func (g *gen) w23Note(notes []bioLine) *node {
	nl := g.w22Note(notes)
	return w21Text(nl.text, nl.cat)
}

// ---------------------------------------------------------- Braintree

// w23Numeric is ISO 3166-1 numeric, as Braintree's country-code-numeric.
var w23Numeric = map[string]string{
	"RU": "643", "KZ": "398", "BY": "112", "UA": "804", "CN": "156", "TW": "158", "JP": "392", "KR": "410", "IN": "356",
	"ID": "360", "VN": "704", "TH": "764", "SA": "682", "AE": "784", "EG": "818", "IL": "376", "TR": "792", "GR": "300",
	"DE": "276", "FR": "250", "ES": "724", "IT": "380", "PL": "616", "NL": "528", "SE": "752", "PT": "620", "AT": "040",
	"CZ": "203", "RO": "642", "BG": "100", "HU": "348", "GB": "826", "CH": "756", "US": "840", "CA": "124", "MX": "484",
	"BR": "076", "AR": "032", "AU": "036", "NZ": "554", "SG": "702", "ZA": "710", "NG": "566", "KE": "404", "RW": "646",
	"IE": "372", "HK": "344",
}

// w23BTCountryName is the country's name as Braintree's list writes it.
func (g *gen) w23BTCountryName() string {
	switch g.p.c.code {
	case "US":
		return "United States of America"
	case "KR":
		return "Korea, Republic of"
	case "RU":
		return "Russian Federation"
	case "VN":
		return "Viet Nam"
	case "TW":
		return "Taiwan"
	}
	return g.english()
}

// w23BTMerchant is a Braintree merchant that bills subscriptions: its
// plans (with what a plan's name tells of its subscriber) and descriptor.
type w23BTMerchant struct {
	kind, descriptor, currency string
	plans                      []w21Item
}

var w23BTMerchants = []w23BTMerchant{
	{"box", "BEANBOX*COFFEE SUB", "USD", []w21Item{{"monthly-2bags", 2800, ""}, {"biweekly-1bag", 1600, ""}, {"espresso-club", 3400, ""}}},
	{"saas", "PIXELDESK*SUBSCRIPTION", "USD", []w21Item{{"pro-monthly", 1200, ""}, {"team-annual", 28800, ""}, {"starter", 900, ""}}},
	{"news", "DAILYLEDGER DIGITAL", "GBP", []w21Item{{"digital-monthly", 999, ""}, {"digital-annual", 9900, ""}}},
	{"therapy", "MINDBRIDGE*THERAPY", "USD", []w21Item{{"talk-therapy-weekly", 8900, "health"}, {"psychiatry-monthly", 14900, "health"}, {"messaging-therapy", 6500, "health"}}},
	{"pharmacy", "REFILLRX PHARMACY", "USD", []w21Item{{"refill-30day", 1500, ""}, {"refill-90day", 3900, ""}}},
	{"church", "GRACEGIVING*TITHE", "USD", []w21Item{{"tithe-monthly", 10000, "religion"}, {"offering-weekly", 2500, "religion"}, {"building-fund", 5000, ""}}},
	{"union", "MEMBERHUB*DUES", "GBP", []w21Item{{"dues-standard", 1695, ""}, {"dues-reduced", 850, ""}}},
	{"party", "PARTYHQ MEMBERSHIP", "GBP", []w21Item{{"member-standard", 700, ""}, {"member-reduced", 300, ""}}},
	{"dating", "KINDRED*PREMIUM", "EUR", []w21Item{{"premium-1m", 2499, ""}, {"premium-6m", 8994, ""}}},
}

var (
	w23BTPrescriptions = []string{"Sertraline 50mg x30", "Levothyroxine 75mcg x30", "Metformin 500mg x60", "Atorvastatin 20mg x30", "Emtricitabine/Tenofovir (PrEP) x30", "Lisinopril 10mg x30"}
	w23BTChurches      = []string{"Grace Community Church", "St. Mary's Catholic Parish", "Calvary Chapel Westside", "Redeemed Christian Church of God - Jesus House", "Masjid Al-Huda"}
	w23BTUnions        = []string{"UNISON - Greater London branch", "Unite the Union - NW/0157", "GMB Southern Region", "Royal College of Nursing", "NASUWT"}
	w23BTParties       = []string{"Labour Party - Islington North CLP", "Green Party of England and Wales - Bristol", "Liberal Democrats - Bath", "Scottish National Party - Glasgow Kelvin", "Conservative Party - Henley"}
	w23BTOrientations  = []string{"Woman seeking women", "Man seeking men", "Bisexual, open to all", "Non-binary, seeking queer connections"}
	w23BTBoxNotes      = []bioLine{{"", "Leave with the concierge"}, {"", "Ring the bell twice"}, {"", "Gift - no prices in the box please"}, {"health", "Decaf only - heart arrhythmia, doctor's orders"}, {"health", "Coeliac: nothing processed with gluten please"}}
	w23BTIssuers       = map[string][]string{
		"US": {"JPMORGAN CHASE BANK N.A.", "BANK OF AMERICA, N.A.", "CAPITAL ONE, N.A.", "WELLS FARGO BANK, N.A."},
		"GB": {"BARCLAYS BANK PLC", "HSBC UK BANK PLC", "MONZO BANK LIMITED"},
		"IE": {"ALLIED IRISH BANKS PLC", "BANK OF IRELAND", "REVOLUT BANK UAB"},
		"HK": {"THE HONGKONG AND SHANGHAI BANKING CORPORATION LIMITED", "BANK OF CHINA (HONG KONG) LIMITED", "HANG SENG BANK LIMITED"},
	}
)

// w23BTItemName is the name of the element of an array's items.
func w23BTItemName(key string) string {
	switch key {
	case "status-history", "evidence":
		return key
	case "transaction-ids", "refund-ids":
		return "item"
	}
	return strings.TrimSuffix(key, "s")
}

var w23XMLEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;", "'", "&apos;")

// w23XML writes n as the element key the way Braintree's gateway writes
// its XML: typed leaves, nil ones, arrays marked type="array".
func w23XML(b *strings.Builder, key string, n *node, depth int) {
	ind := strings.Repeat("  ", depth)
	switch n.kind {
	case nodeObj:
		if len(n.obj) == 0 {
			fmt.Fprintf(b, "%s<%s/>\n", ind, key)
			return
		}
		fmt.Fprintf(b, "%s<%s>\n", ind, key)
		for _, m := range n.obj {
			w23XML(b, m.key, m.val, depth+1)
		}
		fmt.Fprintf(b, "%s</%s>\n", ind, key)
	case nodeArr:
		if len(n.arr) == 0 {
			fmt.Fprintf(b, "%s<%s type=\"array\"/>\n", ind, key)
			return
		}
		fmt.Fprintf(b, "%s<%s type=\"array\">\n", ind, key)
		for _, c := range n.arr {
			w23XML(b, w23BTItemName(key), c, depth+1)
		}
		fmt.Fprintf(b, "%s</%s>\n", ind, key)
	default:
		switch {
		case !n.str && n.raw == "null":
			fmt.Fprintf(b, "%s<%s nil=\"true\"/>\n", ind, key)
		case !n.str && (n.raw == "true" || n.raw == "false"):
			fmt.Fprintf(b, "%s<%s type=\"boolean\">%s</%s>\n", ind, key, n.raw, key)
		case !n.str:
			fmt.Fprintf(b, "%s<%s type=\"integer\">%s</%s>\n", ind, key, n.raw, key)
		case key == "timestamp" || strings.HasSuffix(key, "-at"):
			fmt.Fprintf(b, "%s<%s type=\"datetime\">%s</%s>\n", ind, key, n.raw, key)
		case strings.HasSuffix(key, "-date") || key == "date-of-birth":
			fmt.Fprintf(b, "%s<%s type=\"date\">%s</%s>\n", ind, key, n.raw, key)
		default:
			fmt.Fprintf(b, "%s<%s>%s</%s>\n", ind, key, w23XMLEscape.Replace(n.raw), key)
		}
	}
}

// w23Camel writes a snake_case or hyphenated name in camelCase.
func w23Camel(k string) string {
	parts := strings.Split(strings.ReplaceAll(k, "-", "_"), "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// w23Keys is n with its member names written as an SDK's parsed object
// writes them: snake_case (Ruby, Python, PHP) or camelCase (Node, Java).
func w23Keys(n *node, camel bool) *node {
	switch n.kind {
	case nodeObj:
		out := O()
		for _, m := range n.obj {
			k := strings.ReplaceAll(m.key, "-", "_")
			if camel {
				k = w23Camel(k)
			}
			out.obj = append(out.obj, member{k, w23Keys(m.val, camel)})
		}
		return out
	case nodeArr:
		out := A()
		for _, c := range n.arr {
			out.arr = append(out.arr, w23Keys(c, camel))
		}
		return out
	}
	return n
}

// w23BTSignature is bt_signature: the public key and the hex HMAC-SHA1 of
// the payload keyed with the SHA-1 of the private key.
func w23BTSignature(public, private, payload string) string {
	k := sha1.Sum([]byte(private))
	m := hmac.New(sha1.New, k[:])
	m.Write([]byte(payload))
	return public + "|" + hex.EncodeToString(m.Sum(nil))
}

// w23Encode64 is base64 as Ruby's Base64.encode64 writes it: a newline
// after every 60 characters and at the end.
func w23Encode64(s string) string {
	e := base64.StdEncoding.EncodeToString([]byte(s))
	var b strings.Builder
	for len(e) > 60 {
		b.WriteString(e[:60] + "\n")
		e = e[60:]
	}
	b.WriteString(e + "\n")
	return b.String()
}

// w23USPlaces are US addresses whose city, state and ZIP code agree.
var w23USPlaces = []struct{ street, city, state, zip string }{
	{"1204 E 6th St", "Austin", "TX", "78702"}, {"2231 N Clark St Apt 3F", "Chicago", "IL", "60614"},
	{"915 L St", "Sacramento", "CA", "95814"}, {"4120 Fremont Ave N", "Seattle", "WA", "98103"},
	{"318 7th Ave Apt 2R", "Brooklyn", "NY", "11215"}, {"725 Ponce De Leon Ave NE", "Atlanta", "GA", "30306"},
	{"88 Beacon St Unit 4", "Boston", "MA", "02108"}, {"1450 Larimer St", "Denver", "CO", "80202"},
}

// w23USPlace moves a US subject to one of w23USPlaces.
func (g *gen) w23USPlace() {
	if g.p.c.code != "US" {
		return
	}
	pl := pick(g.r, w23USPlaces)
	g.p.street, g.p.city, g.p.region, g.p.post = pl.street, pl.city, pl.state, pl.zip
}

func braintreeWebhook(g *gen) *node {
	switch x := g.r.IntN(12); {
	case x == 0:
		g.w21Redraw("IE")
	case x == 1:
		g.w21Redraw("HK")
	case x < 4:
		g.w21Redraw("US")
	case x == 4:
		g.w21Redraw("GB")
	}
	g.w23USPlace()
	p := g.p
	cc := p.c.code
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	btID := func() string { return g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8) }
	merchantAccount := strings.ToLower(g.chars("abcdefghijklmnopqrstuvwxyz", 25))
	kind := pick(g.r, []string{
		"subscription_charged_successfully", "subscription_charged_successfully", "subscription_charged_successfully",
		"subscription_charged_unsuccessfully", "subscription_went_past_due", "subscription_canceled",
		"dispute_opened", "dispute_opened", "dispute_lost", "dispute_won",
		"account_updater_daily_report", "sub_merchant_account_approved", "sub_merchant_account_approved", "check",
	})
	var subjectKey string
	var subject *node
	// order is the merchant's own record of the customer, logged beside
	// the notification by some merchants.
	var order *node

	// The customer's name as a card or a form has it.
	given, family := p.given, p.family
	if p.c.noSpace && g.r.IntN(2) == 0 {
		// A Latin name on the card and the account.
		given, family = w21Title(p.givenL), w21Title(p.familyL)
	}
	fullName := given + " " + family
	if p.c.familyFirst && p.c.noSpace && given == p.given {
		fullName = family + given
	}

	billingAddr := func(first, last *node) *node {
		street := p.street
		ext := N(nil)
		if g.r.IntN(3) == 0 {
			ext = g.addr(pick(g.r, []string{"Apt 4B", "Flat 2", "Unit 12", "Suite 300", "2nd floor"}))
		}
		if !p.showResidence {
			return O("id", N(nil), "first-name", first, "last-name", last, "company", N(nil), "street-address", N(nil), "extended-address", N(nil),
				"locality", N(nil), "region", N(nil), "postal-code", N(nil), "country-name", N(nil), "country-code-alpha2", N(nil),
				"country-code-alpha3", N(nil), "country-code-numeric", N(nil))
		}
		post := N(nil)
		if p.post != "" {
			post = g.addr(p.post)
		}
		region := N(nil)
		if p.region != "" {
			region = g.addrN(p.region)
		}
		return O(
			"id", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 2)),
			"first-name", first, "last-name", last, "company", N(nil),
			"street-address", g.addr(street), "extended-address", ext,
			"locality", g.addr(p.city), "region", region, "postal-code", post,
			"country-name", g.residence(g.w23BTCountryName()),
			"country-code-alpha2", g.residence(cc),
			"country-code-alpha3", g.residence(alpha3[cc]),
			"country-code-numeric", g.residence(w23Numeric[cc]),
		)
	}

	switch {
	case strings.HasPrefix(kind, "subscription_"):
		m := pick(g.r, w23BTMerchants)
		if g.r.IntN(2) == 0 {
			// The merchant account's id as the merchant named it.
			merchantAccount = strings.ToLower(strings.Split(m.descriptor, "*")[0]) + "_" + strings.ToLower(m.currency)
		}
		if m.kind != "pharmacy" && m.kind != "box" {
			// Members, patients and daters pay for themselves.
			g.w21Age(18, 80)
		}
		plan := g.w23Pick(m.plans, 2)
		planNode := w21Text(plan.name, plan.cat)
		price := w22Money(plan.price)
		subID := btID()
		token := g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 6)
		start := g.t.AddDate(0, -1-g.r.IntN(20), -g.r.IntN(28)).Truncate(24 * time.Hour)
		periodStart := g.t.Truncate(24 * time.Hour)
		periodEnd := periodStart.AddDate(0, 1, -1)
		status := map[string]string{"subscription_charged_successfully": "Active", "subscription_charged_unsuccessfully": "Active", "subscription_went_past_due": "Past Due", "subscription_canceled": "Canceled"}[kind]
		txStatus := "submitted_for_settlement"
		respCode, respText := "1000", "Approved"
		if kind != "subscription_charged_successfully" {
			txStatus = "processor_declined"
			c := pick(g.r, [][2]string{{"2001", "Insufficient Funds"}, {"2004", "Expired Card"}, {"2046", "Declined"}, {"2000", "Do Not Honor"}})
			respCode, respText = c[0], c[1]
		}
		custID := pick(g.r, []string{pattern(g.r, "#########"), "cus_" + g.b62(10), g.uuid()})
		// A canceled subscription's notification may carry no transaction.
		var txs []*node
		if kind != "subscription_canceled" || g.r.IntN(2) == 0 {
			bin := pick(g.r, []string{"411111", "401288", "555555", "510510", "378282", "601111", "424242", "545454"})
			brand := map[byte]string{'4': "Visa", '5': "MasterCard", '3': "American Express", '6': "Discover"}[bin[0]]
			last4 := pattern(g.r, "####")
			masked := bin + "******" + last4
			if brand == "American Express" {
				masked = bin + "*****" + last4
			}
			expM, expY := fmt.Sprintf("%02d", 1+g.r.IntN(12)), fmt.Sprint(g.t.Year()+1+g.r.IntN(5))
			holder := N(nil)
			if g.r.IntN(4) != 0 {
				holder = P(pick(g.r, []string{fullName, strings.ToUpper(w21Title(p.givenL) + " " + w21Title(p.familyL)), w21Title(p.givenL) + " " + w21Title(p.familyL)}))
			}
			location := N(nil)
			if p.showResidence {
				if cc == "US" {
					location = g.residence("us")
				} else {
					location = N("international")
				}
			}
			issuance := N("Unknown")
			issuer := N("Unknown")
			if g.r.IntN(4) != 0 {
				// The issuing bank's country: where the card was issued, as a
				// phone number tells where it was.
				icc := cc
				if p.cit != p.c && g.r.IntN(2) == 0 {
					icc = p.cit.code
				}
				issuance = N(alpha3[icc])
				g.lab.Weak = addCountry(g.lab.Weak, icc)
				if l, ok := w23BTIssuers[icc]; ok {
					issuer = N(pick(g.r, l))
				}
			}
			card := O(
				"token", P(token),
				"bin", N(bin),
				"last-4", P(last4),
				"card-type", N(brand),
				"expiration-month", P(expM),
				"expiration-year", P(expY),
				"customer-location", location,
				"cardholder-name", holder,
				"image-url", N("https://assets.braintreegateway.com/payment_method_logo/"+strings.ToLower(strings.ReplaceAll(brand, " ", "_"))+".png?environment=production"),
				"prepaid", N(pick(g.r, []string{"No", "No", "Unknown"})),
				"healthcare", N(pick(g.r, []string{"No", "Unknown"})),
				"debit", N(pick(g.r, []string{"No", "Yes", "Unknown"})),
				"durbin-regulated", N(pick(g.r, []string{"No", "Unknown"})),
				"commercial", N(pick(g.r, []string{"No", "Unknown"})),
				"payroll", N(pick(g.r, []string{"No", "Unknown"})),
				"issuing-bank", issuer,
				"country-of-issuance", issuance,
				"product-id", N(pick(g.r, []string{"A", "F", "G", "MCS", "Unknown"})),
				"global-id", P("cGF5bWVudG1ldGhvZF9jY18"+g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8)),
				"unique-number-identifier", P(g.hex(32)),
				"venmo-sdk", N(false),
				"masked-number", P(masked),
			)
			customer := O(
				"id", P(custID),
				"first-name", P(given),
				"last-name", P(family),
				"company", N(nil),
				"email", P(p.email),
				"website", N(nil),
				"phone", orNull(g.phone("")),
				"fax", N(nil),
			)
			if m.kind == "saas" && g.r.IntN(2) == 0 {
				customer.set("company", P(pick(g.r, []string{"Harbour Lane Studio", "Keller & Wong LLP", "Nimbus Analytics Ltd"})))
			}
			// The merchant's custom fields.
			custom := O()
			switch m.kind {
			case "box":
				if g.r.IntN(2) == 0 {
					custom.set("delivery-notes", g.w23Note(w23BTBoxNotes))
				}
				custom.set("grind", N(pick(g.r, []string{"whole-bean", "espresso", "filter"})))
			case "saas":
				custom.set("workspace-id", N("ws_"+g.b62(10)))
				custom.set("seats", N(fmt.Sprint(1+g.r.IntN(20))))
			case "therapy":
				custom.set("client-id", P("CL-"+pattern(g.r, "######")))
				if g.r.IntN(2) == 0 {
					custom.set("presenting-concern", S(pick(g.r, []string{"Generalized anxiety", "Depression", "PTSD after a car accident", "Postpartum depression", "Alcohol use"}), "health"))
				}
			case "pharmacy":
				custom.set("prescription", S(pick(g.r, w23BTPrescriptions), "health"))
				custom.set("patient-dob", g.dob("2006-01-02"))
			case "church":
				custom.set("congregation", S(pick(g.r, w23BTChurches), "religion"))
				if g.r.IntN(2) == 0 {
					custom.set("envelope-number", P(pattern(g.r, "####")))
				}
			case "union":
				custom.set("membership-number", P(pattern(g.r, "########")))
				custom.set("branch", S(pick(g.r, w23BTUnions), "trade_union"))
				custom.set("employer", P(pick(g.r, []string{"Barts Health NHS Trust", "Camden Council", "Royal Mail", "Tesco Stores Ltd"})))
			case "party":
				custom.set("membership-number", P("L"+pattern(g.r, "#######")))
				custom.set("local-party", S(pick(g.r, w23BTParties), "political"))
			case "dating":
				custom.set("profile-id", P(g.hex(12)))
				if g.r.IntN(2) == 0 {
					custom.set("looking-for", S(pick(g.r, w23BTOrientations), "sexual_orientation"))
				}
			}
			var ship *node
			if m.kind == "box" || m.kind == "pharmacy" {
				ship = billingAddr(P(given), P(family))
			}
			first, last := P(given), P(family)
			if g.r.IntN(3) == 0 {
				first, last = N(nil), N(nil)
			}
			txAt := g.t.Add(-time.Duration(2+g.r.IntN(40)) * time.Minute)
			tx := O(
				"id", N(btID()),
				"status", N(txStatus),
				"type", N("sale"),
				"currency-iso-code", N(m.currency),
				"amount", N(price),
				"merchant-account-id", N(merchantAccount),
				"sub-merchant-account-id", N(nil),
				"master-merchant-account-id", N(nil),
				"order-id", N(nil),
				"created-at", N(z(txAt)),
				"updated-at", N(z(txAt.Add(time.Second))),
				"customer", customer,
				"billing", billingAddr(first, last),
				"refund-id", N(nil),
				"refund-ids", A(),
				"shipping", orNull(ship),
				"custom-fields", custom,
				"avs-error-response-code", N(nil),
				"avs-postal-code-response-code", N(pick(g.r, []string{"M", "I", "A"})),
				"avs-street-address-response-code", N(pick(g.r, []string{"M", "I", "N"})),
				"cvv-response-code", N("I"),
				"processor-authorization-code", N(map[bool]string{true: pattern(g.r, "AAA###"), false: ""}[respCode == "1000"]),
				"processor-response-code", N(respCode),
				"processor-response-text", N(respText),
				"processor-response-type", N(map[bool]string{true: "approved", false: "soft_declined"}[respCode == "1000"]),
				"credit-card", card,
				"plan-id", planNode,
				"subscription-id", N(subID),
				"subscription", O("billing-period-end-date", N(periodEnd.Format("2006-01-02")), "billing-period-start-date", N(periodStart.Format("2006-01-02"))),
				"recurring", N(true),
				"payment-instrument-type", N("credit_card"),
				"descriptor", O("name", N(m.descriptor), "phone", N(nil), "url", N(nil)),
				"network-transaction-id", N(pattern(g.r, "###############")),
			)
			if m.kind == "box" && g.r.IntN(2) == 0 {
				tx.set("order-id", N("BX-"+pattern(g.r, "######")))
			}
			txs = append(txs, tx)
		}
		failures := 0
		if kind != "subscription_charged_successfully" {
			failures = 1 + g.r.IntN(3)
		}
		subject = O(
			"add-ons", A(),
			"balance", N(map[bool]string{true: price, false: "0.00"}[kind == "subscription_went_past_due"]),
			"billing-day-of-month", N(start.Day()),
			"billing-period-end-date", N(periodEnd.Format("2006-01-02")),
			"billing-period-start-date", N(periodStart.Format("2006-01-02")),
			"created-at", N(z(start)),
			"updated-at", N(z(g.t)),
			"current-billing-cycle", N(1+int(g.t.Sub(start).Hours()/24/30)),
			"days-past-due", orNull(map[bool]*node{true: N(1 + g.r.IntN(20)), false: nil}[kind == "subscription_went_past_due"]),
			"discounts", A(),
			"failure-count", N(failures),
			"first-billing-date", N(start.Format("2006-01-02")),
			"id", N(subID),
			"merchant-account-id", N(merchantAccount),
			"never-expires", N(true),
			"next-bill-amount", N(price),
			"next-billing-period-amount", N(price),
			"next-billing-date", N(periodEnd.AddDate(0, 0, 1).Format("2006-01-02")),
			"number-of-billing-cycles", N(nil),
			"paid-through-date", N(periodEnd.Format("2006-01-02")),
			"payment-method-token", P(token),
			"plan-id", planNode,
			"price", N(price),
			"status", N(status),
			"trial-duration", N(nil),
			"trial-duration-unit", N(nil),
			"trial-period", N(false),
			"descriptor", O("name", N(m.descriptor), "phone", N(nil), "url", N(nil)),
			"transactions", A(txs...),
		)
		subjectKey = "subscription"
		if g.r.IntN(3) == 0 {
			order = O("subscription_id", N(subID), "customer_id", P(custID), "plan", planNode, "email", P(p.email), "name", P(fullName))
		}
	case strings.HasPrefix(kind, "dispute_"):
		st := strings.TrimPrefix(kind, "dispute_")
		if st == "opened" {
			st = "open"
		}
		txID, orderID := btID(), pick(g.r, []string{"ORD-" + pattern(g.r, "######"), pattern(g.r, "#####")})
		amount := w22Money(1500 + g.r.IntN(40000))
		reason := pick(g.r, []string{"fraud", "fraud", "product_unsatisfactory", "product_not_received", "duplicate", "credit_not_processed", "cancelled_recurring_transaction"})
		opened := g.t.AddDate(0, 0, -g.r.IntN(30)).Truncate(24 * time.Hour)
		hist := A(O("status", N("open"), "timestamp", N(z(opened.Add(time.Duration(g.r.IntN(86400))*time.Second)))))
		if st != "open" {
			hist.arr = append(hist.arr, O("status", N(st), "timestamp", N(z(g.t))))
		}
		evidence := A()
		if st != "open" || g.r.IntN(3) == 0 {
			var comment *node = N("Customer used the service after the disputed charge; usage logs attached.")
			if p.showResidence && g.r.IntN(2) == 0 {
				comment = P("Delivered to " + p.street + ", " + p.city + " on " + opened.AddDate(0, 0, -12).Format("Jan 2") + ", signed for by " + given + ".")
				g.lab.Residence = addCountry(g.lab.Residence, cc)
			} else if g.r.IntN(2) == 0 {
				comment = P("Customer " + fullName + " (" + p.email + ") confirmed receipt by e-mail before filing the chargeback.")
			}
			evidence = A(
				O("id", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 16)), "comments", N(nil), "created-at", N(z(opened.AddDate(0, 0, 2))), "sent-to-processor-at", N(nil), "url", N("s3.amazonaws.com/braintree-dispute-evidence/"+g.hex(24)+".pdf")),
				O("id", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8)), "comments", comment, "created-at", N(z(opened.AddDate(0, 0, 2))), "sent-to-processor-at", N(nil), "url", N(nil)),
			)
		}
		subject = O(
			"id", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 16)),
			"amount", N(amount),
			"amount-disputed", N(amount),
			"amount-won", N(map[bool]string{true: amount, false: "0.00"}[st == "won"]),
			"case-number", N("CB"+pattern(g.r, "########")),
			"created-at", N(z(opened)),
			"currency-iso-code", N(pick(g.r, []string{"USD", "USD", "GBP", "EUR"})),
			"forwarded-comments", N(nil),
			"kind", N(pick(g.r, []string{"chargeback", "chargeback", "retrieval", "pre_arbitration"})),
			"merchant-account-id", N(merchantAccount),
			"reason", N(reason),
			"reason-code", N(pick(g.r, []string{"10.4", "13.1", "4837", "4853", "13.3"})),
			"reason-description", N(nil),
			"received-date", N(opened.Format("2006-01-02")),
			"reference-number", N(pattern(g.r, "##########")),
			"reply-by-date", N(opened.AddDate(0, 0, 14).Format("2006-01-02")),
			"status", N(st),
			"updated-at", N(z(g.t)),
			"status-history", hist,
			"evidence", evidence,
			"transaction", O("id", N(txID), "amount", N(amount), "created-at", N(z(opened.AddDate(0, 0, -20))), "order-id", N(orderID), "purchase-order-number", N(nil), "payment-instrument-subtype", N(pick(g.r, []string{"Visa", "MasterCard", "American Express"}))),
			"date-opened", N(opened.Format("2006-01-02")),
		)
		if st == "won" {
			subject.set("date-won", N(g.t.Format("2006-01-02")))
		}
		subjectKey = "dispute"
		if g.r.IntN(2) == 0 {
			// The merchant's order the dispute is about.
			order = O("order_id", N(orderID), "transaction_id", N(txID), "customer", O("name", P(fullName), "email", P(p.email), "phone", g.phone("")))
			if p.showResidence {
				order.set("shipping_address", O("line1", g.addr(p.street), "city", g.addr(p.city), "postcode", orNull(g.addrOrNil(p.post)), "country", g.residence(cc)))
			}
		}
	case kind == "account_updater_daily_report":
		d := g.t.AddDate(0, 0, -1).Format("2006-01-02")
		subject = O("report-date", N(d), "report-url", N("https://assets.braintreegateway.com/account_updater_reports/"+g.hex(24)+"/"+d+".csv"))
		subjectKey = "account-updater-daily-report"
	case kind == "sub_merchant_account_approved":
		// A Marketplace seller: a US individual.
		g.w21Redraw("US")
		g.w21Age(19, 70)
		g.w23USPlace()
		p = g.p
		p.showResidence = true
		given, family = w21Title(p.givenL), w21Title(p.familyL)
		fullName = given + " " + family
		slug := w21Clean(p.givenL) + "_" + w21Clean(p.familyL) + fmt.Sprint(g.r.IntN(100))
		ma := O("id", P(slug), "status", N("active"), "master-merchant-account", O("id", N("marketplace_master"), "status", N("active")))
		if g.r.IntN(3) != 0 {
			ind := O(
				"first-name", P(given), "last-name", P(family), "email", P(p.email),
				"phone", g.phone(g.w21NSN()),
				"date-of-birth", g.dob("2006-01-02"),
				"ssn-last-4", P(pattern(g.r, "####")),
				"address", O("street-address", g.addr(p.street), "locality", g.addr(p.city), "region", g.addrN(p.region), "postal-code", g.addr(p.post)),
			)
			g.lab.Residence = addCountry(g.lab.Residence, "US")
			ma.set("individual", ind)
			fund := O("descriptor", N(strings.ToUpper(pick(g.r, []string{"Blue Ladder Crafts", "Tutor " + family, "Harbor Yoga"}))), "destination", N(pick(g.r, []string{"bank", "bank", "email", "mobile_phone"})))
			switch fund.obj[1].val.raw {
			case "bank":
				fund.set("account-number-last-4", P(pattern(g.r, "####")))
				fund.set("routing-number", N(pick(g.r, []string{"071000013", "021000021", "121000358", "026009593"})))
			case "email":
				fund.set("email", P(p.email))
			default:
				fund.set("mobile-phone", g.phone(g.w21NSN()))
			}
			ma.set("funding", fund)
		}
		subject = ma
		subjectKey = "merchant-account"
	default:
		subject = N(true)
		subjectKey = "check"
	}

	ts := z(g.t)
	notification := O("timestamp", N(ts), "kind", N(kind), "subject", O(subjectKey, subject))
	var xb strings.Builder
	xb.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	w23XML(&xb, "notification", notification, 0)
	leaves := w21Leaves(notification)
	payload := w23Encode64(xb.String())
	public := g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 16)
	sigText := w23BTSignature(public, g.hex(32), payload)
	if g.r.IntN(6) == 0 {
		// Two API keys: one pair each.
		sigText = w23BTSignature(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 16), g.hex(32), payload) + "&" + sigText
	}
	sig := C(sigText)
	payloadNode := w23Raw(payload, leaves)
	form := newW23Fields()
	form.add("bt_signature", sig)
	form.add("bt_payload", payloadNode)

	camel := g.r.IntN(3) == 0
	parsed := O("kind", N(kind), "timestamp", N(ts))
	if camel {
		parsed = O("kind", N(w23Camel(kind)), "timestamp", N(ts))
	}
	if subjectKey == "check" {
		parsed.set("check", subject)
	} else if camel {
		parsed.set(w23Camel(subjectKey), w23Keys(subject, true))
	} else {
		parsed.set(strings.ReplaceAll(subjectKey, "-", "_"), w23Keys(subject, false))
	}
	rawBody := w23Form(form.keys, form.vals)
	switch g.r.IntN(5) {
	case 0:
		out := O(
			"received_at", N(g.t.Add(time.Duration(100+g.r.IntN(900))*time.Millisecond).UTC().Format(time.RFC3339Nano)),
			"method", N("POST"),
			"path", N(pick(g.r, []string{"/webhooks/braintree", "/braintree/webhook", "/api/payments/braintree/notifications"})),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded"), "Content-Length", N(fmt.Sprint(len(rawBody.raw)))),
			"raw_body", rawBody,
			"notification", parsed,
		)
		if order != nil {
			out.set("order", order)
		}
		return out
	case 1:
		out := O("params", form.parsed, "kind", N(kind))
		if order != nil {
			out.set("order", order)
		}
		return out
	case 2:
		// The merchant logs the payload decoded.
		out := O("level", N("info"), "msg", N("braintree webhook verified"), "kind", N(kind), "timestamp", N(ts), "xml", w23Raw(xb.String(), leaves))
		if order != nil {
			out.set("order", order)
		}
		return out
	case 3:
		out := O("webhook_notification", parsed)
		if order != nil {
			out.set("order", order)
		}
		return out
	}
	return O("bt_signature", sig, "bt_payload", payloadNode, "parsed", parsed)
}

// addrOrNil is addr, or nil when the value is empty.
func (g *gen) addrOrNil(v string) *node {
	if v == "" {
		return nil
	}
	return g.addr(v)
}

// -------------------------------------------------------------- Paytm

// w23INNames are Indian names in the script their owners write them in
// and in the Latin spelling forms and e-mail addresses take.
var w23INNames = []w21Name{
	{"राहुल", "शर्मा", "Rahul", "Sharma", false}, {"प्रिया", "अग्रवाल", "Priya", "Agarwal", true},
	{"अमित", "वर्मा", "Amit", "Verma", false}, {"नेहा", "गुप्ता", "Neha", "Gupta", true},
	{"அருண்", "குமார்", "Arun", "Kumar", false}, {"லக்ஷ்மி", "சுப்ரமணியன்", "Lakshmi", "Subramanian", true},
	{"সৌরভ", "বন্দ্যোপাধ্যায়", "Sourav", "Banerjee", false}, {"মৌমিতা", "দাস", "Moumita", "Das", true},
	{"હાર્દિક", "પટેલ", "Hardik", "Patel", false}, {"શ્રીનિવાસ", "રેડ્ડી", "Srinivas", "Reddy", false},
	{"Fatima", "Shaikh", "Fatima", "Shaikh", true}, {"Mohammed", "Ansari", "Mohammed", "Ansari", false},
	{"Gurpreet", "Kaur", "Gurpreet", "Kaur", true}, {"Harjeet", "Singh", "Harjeet", "Singh", false},
	{"Sneha", "Iyer", "Sneha", "Iyer", true}, {"Joseph", "Mathew", "Joseph", "Mathew", false},
}

var w23INPlaces = []w22Place{
	{"Bengaluru", "560038", "Karnataka", []string{"Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar", "No. 17, 2nd Main, HSR Layout Sector 2", "#221, 5th Block, Koramangala"}},
	{"Mumbai", "400050", "Maharashtra", []string{"B-1203, Sea View CHS, Carter Road, Bandra West", "Room 5, Shanti Niwas Chawl, LBS Marg, Kurla West"}},
	{"New Delhi", "110092", "Delhi", []string{"H. No. 45, Gali No. 3, Laxmi Nagar", "C-2/118, Janakpuri", "Flat 7B, Pocket 2, Mayur Vihar Phase 1"}},
	{"Chennai", "600017", "Tamil Nadu", []string{"New No. 12, Old No. 5, Usman Road, T. Nagar", "Door 4, 3rd Street, Anna Nagar East"}},
	{"Kolkata", "700019", "West Bengal", []string{"23/1 Ballygunge Place", "P-14, Lake Town, Block A"}},
	{"Ahmedabad", "380009", "Gujarat", []string{"12, Shivam Bungalows, Navrangpura", "B/304, Shreeji Flats, Paldi"}},
	{"Hyderabad", "500034", "Telangana", []string{"Plot 88, Road No. 10, Banjara Hills", "Flat 502, Lake View Towers, Kondapur"}},
	{"Varanasi", "221005", "Uttar Pradesh", []string{"B 21/118, Kamachha", "S 8/42, Lanka, near BHU gate"}},
}

// w23PaytmShops: a merchant's name, kind and goods (price in rupees).
var w23PaytmShops = []struct {
	kind, name, host string
	items            []w21Item
}{
	{"pharmacy", "MedPlus Online", "https://www.medplus-example.in", []w21Item{
		{"Glycomet 500 (Metformin) strip of 20", 40, "health"}, {"Lantus Solostar insulin pen 3 ml", 700, "health"},
		{"Crocin Advance 500 mg x15", 30, ""}, {"Prega News pregnancy test kit", 55, "health"}, {"Dolo 650 x15", 33, ""},
		{"Serlift 50 (Sertraline) x10", 95, "health"}, {"Telma 40 (Telmisartan) x30", 250, "health"}, {"Vitamin D3 60K x4", 120, ""},
	}},
	{"puja", "PujaSeva", "https://www.pujaseva-example.in", []w21Item{
		{"Satyanarayan Puja with pandit - home visit", 5100, "religion"}, {"Rudrabhishek at Kashi Vishwanath (online sankalp)", 2100, "religion"},
		{"Griha Pravesh puja samagri kit", 1499, "religion"}, {"Navratri havan kit", 899, "religion"}, {"Brass diya set of 5", 650, ""},
	}},
	{"temple", "DevDarshan", "https://www.devdarshan-example.in", []w21Item{
		{"Tirumala Special Entry Darshan (Rs 300) x2", 600, "religion"}, {"Donation - Shri Siddhivinayak Temple Trust", 1100, "religion"},
		{"Chadar offering - Ajmer Sharif Dargah", 1500, "religion"}, {"Langar seva - Gurudwara Bangla Sahib", 2100, "religion"},
		{"Annadanam donation - ISKCON Bengaluru", 501, "religion"},
	}},
	{"wedding", "ShaadiBazaar", "https://www.shaadibazaar-example.in", []w21Item{
		{"Bridal lehenga - maroon, size M", 24999, ""}, {"Wedding invitation cards x200", 8000, ""},
		{"Mehendi artist booking (bride + 10 guests)", 11000, ""}, {"Pandit booking - Hindu vivah ceremony", 21000, "religion"},
		{"Nikah - qazi and venue package", 15000, "religion"}, {"Sherwani with safa, size 40", 12999, ""},
	}},
	{"shop", "GadgetKart", "https://www.gadgetkart-example.in", []w21Item{
		{"boAt Airdopes 141", 1299, ""}, {"Redmi 13C 4GB/128GB", 8999, ""}, {"Prestige induction cooktop", 2199, ""}, {"Aashirvaad atta 10 kg", 455, ""},
	}},
}

var w23INNotes = []bioLine{
	{"", "Please call before delivery"}, {"", "Deliver after 6 pm"}, {"", "Leave with the security guard at the gate"},
	{"", "डिलीवरी से पहले कॉल करें"},
	{"health", "Prescription uploaded - for my father, he is diabetic"}, {"health", "Urgent: insulin for my mother, keep it cold"},
	{"religion", "Puja on Ekadashi morning, please confirm the muhurat"}, {"religion", "Jain order - no onion, no garlic"},
	{"religion", "Navratri vrat - only sattvik items please"},
}

// w23PaytmChecksum is Paytm's checksum of text: SHA-256 of the text and
// a four-character salt, the salt after it, encrypted with AES-128-CBC
// under the merchant key and Paytm's fixed IV, in base64.
func w23PaytmChecksum(key, text, salt string) string {
	sum := sha256.Sum256([]byte(text + "|" + salt))
	plain := []byte(hex.EncodeToString(sum[:]) + salt)
	pad := aes.BlockSize - len(plain)%aes.BlockSize
	for range pad {
		plain = append(plain, byte(pad))
	}
	block, err := aes.NewCipher([]byte(key))
	if err != nil {
		panic(err)
	}
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, []byte("@@@@&&&&####$$$$")).CryptBlocks(out, plain)
	return base64.StdEncoding.EncodeToString(out)
}

// w23PaytmParams is the legacy checksum's text: the values sorted by name,
// joined by |.
func w23PaytmParams(keys []string, vals []*node) string {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	parts := make([]string, len(idx))
	for i, j := range idx {
		parts[i] = vals[j].raw
	}
	return strings.Join(parts, "|")
}

func paytmPaymentCallback(g *gen) *node {
	g.w21Redraw("IN")
	g.w21Age(18, 75)
	p := g.p
	n := w21Name{p.given, p.family, w21Title(p.givenL), w21Title(p.familyL), p.female}
	if g.r.IntN(5) != 0 {
		n = pick(g.r, w23INNames)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, []string{"gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"})
	}
	g.w21OwnPhone("IN", "91", []string{"98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"}, 10)
	nsn := g.w21NSN()
	mobile := pick(g.r, []string{nsn, nsn, nsn, "+91" + nsn, "91" + nsn, "+91 " + nsn[:5] + " " + nsn[5:], "0" + nsn})
	shop := pick(g.r, w23PaytmShops)
	pl := pick(g.r, w23INPlaces)
	street := pick(g.r, pl.streets)
	ist := time.FixedZone("", 19800)

	var items []*node
	total := 0
	var firstItem w21Item
	var cart []w21Item
	for i := range 1 + g.r.IntN(3) {
		it := g.w23Pick(shop.items, 3, cart...)
		cart = append(cart, it)
		if i == 0 {
			firstItem = it
		}
		q := 1
		if shop.kind == "pharmacy" || shop.kind == "shop" {
			q = 1 + g.r.IntN(3)
		}
		total += it.price * q
		items = append(items, O("name", w21Text(it.name, it.cat), "qty", N(q), "price", N(fmt.Sprintf("%d.00", it.price))))
		if shop.kind == "temple" || shop.kind == "puja" && g.r.IntN(2) == 0 {
			break
		}
	}
	if shop.kind == "pharmacy" || shop.kind == "shop" {
		if total < 499 {
			total += 49 // delivery
		}
	}
	amount := fmt.Sprintf("%d.00", total)
	orderID := pick(g.r, []string{"ORDS" + pattern(g.r, "########"), "PTM_" + g.t.In(ist).Format("20060102") + "_" + pattern(g.r, "#####"), pattern(g.r, "##########"), strings.ToUpper(shop.kind[:3]) + "-" + pattern(g.r, "######")})
	mid := strings.ToUpper(shop.name[:min(len(shop.name), 6)])
	mid = strings.ReplaceAll(mid, " ", "X") + pattern(g.r, "##############")
	test := g.r.IntN(6) == 0
	if test {
		mid = "INTEGR" + pattern(g.r, "##############")
	}
	mkey := g.chars(b62Set+"#%@&_", 16)
	txAt := g.t.Add(-time.Duration(5+g.r.IntN(300)) * time.Second)
	txnID := txAt.In(ist).Format("20060102") + pattern(g.r, "###########################")

	mode := pick(g.r, []string{"UPI", "UPI", "UPI", "UPI", "CC", "DC", "DC", "NB", "PPI"})
	banks := [][2]string{{"SBI", "State Bank of India"}, {"HDFC", "HDFC Bank"}, {"ICICI", "ICICI Bank"}, {"AXIS", "Axis Bank"}, {"KOTAK", "Kotak Mahindra Bank"}, {"PNB", "Punjab National Bank"}}
	bank := pick(g.r, banks)
	gateway, bankName, bankTxn := bank[0], bank[1], ""
	vpa := ""
	switch mode {
	case "UPI":
		gateway = pick(g.r, []string{"PPBL", "ICICI", "HDFC"})
		if g.r.IntN(4) == 0 {
			bankName = "Paytm Payments Bank"
		}
		bankTxn = pattern(g.r, "4##########")
		gl := strings.ToLower(w21Clean(n.givenL))
		vpa = pick(g.r, []string{
			gl + "." + strings.ToLower(w21Clean(n.familyL)) + "@okaxis",
			nsn + "@paytm", nsn + "@ybl",
			gl + fmt.Sprint(g.r.IntN(1000)) + "@oksbi",
			gl + strings.ToLower(w21Clean(n.familyL))[:1] + "@okhdfcbank",
			nsn + "@ibl",
		})
	case "CC", "DC":
		gateway = pick(g.r, []string{"HDFC", "ICICI", "AXIS"})
		bankTxn = pattern(g.r, "7770##########1")
	case "NB":
		bankTxn = strings.ToUpper(g.b62(12))
	case "PPI":
		gateway, bankName, bankTxn = "WALLET", "WALLET", pattern(g.r, "6#######")
	}
	status, code, msg := "TXN_SUCCESS", "01", "Txn Success"
	switch x := g.r.IntN(12); {
	case x == 0:
		status, code, msg = "TXN_FAILURE", "227", "Your payment has been declined by your bank. Please try again or use a different method to complete the payment."
	case x == 1:
		status, code, msg = "TXN_FAILURE", "141", "Transaction cancelled by customer after landing on Payment Gateway Page."
		bankTxn = ""
	case x == 2:
		status, code, msg = "TXN_FAILURE", "810", "Txn Failed"
	case x == 3:
		status, code, msg = "PENDING", "402", "Looks like the payment is not complete. Please wait while we confirm the status with your bank."
	}
	custID := pick(g.r, []string{"CUST_" + pattern(g.r, "#######"), "cust" + nsn, "u" + pattern(g.r, "######")})
	txnDate := txAt.In(ist).Format("2006-01-02 15:04:05") + ".0"

	// The merchant's order.
	order := func() *node {
		name := pick(g.r, []string{n.givenL + " " + n.familyL, n.givenL + " " + n.familyL, n.given + " " + n.family})
		cust := O("name", P(name), "mobile", g.phone(mobile))
		if g.r.IntN(3) != 0 {
			cust.set("email", P(p.email))
		}
		if vpa != "" && g.r.IntN(2) == 0 {
			cust.set("upi_vpa", P(vpa))
		}
		rec := O(
			"order_id", N(orderID),
			"created_at", N(txAt.Add(-time.Duration(30+g.r.IntN(600))*time.Second).In(ist).Format("2006-01-02T15:04:05-07:00")),
			"status", N(map[string]string{"TXN_SUCCESS": "paid", "TXN_FAILURE": "payment_failed", "PENDING": "payment_pending"}[status]),
			"amount", N(amount),
			"currency", N("INR"),
			"customer", cust,
			"items", A(items...),
		)
		if shop.kind != "temple" && p.showResidence {
			rec.set("shipping_address", O(
				"name", P(name),
				"line1", g.addr(street),
				"city", g.addr(pl.city),
				"state", g.addrN(pl.region),
				"pincode", g.addr(pl.post),
				"country", g.residence(pick(g.r, []string{"IN", "India"})),
				"phone", g.phone(mobile),
			))
		}
		switch shop.kind {
		case "puja":
			rec.set("puja_details", O(
				"devotee_name", P(name),
				"gotra", S(pick(g.r, []string{"Kashyap", "Bharadwaj", "Vashishtha", "Gautam", "Shandilya"}), "religion"),
				"preferred_date", N(g.t.AddDate(0, 0, 3+g.r.IntN(20)).Format("2006-01-02")),
			))
		case "temple":
			if g.r.IntN(2) == 0 {
				rec.set("devotee", O("name", P(name), "id_proof", N("Aadhaar"), "id_last4", P(pattern(g.r, "####"))))
			}
		case "wedding":
			rec.set("event_date", N(g.t.AddDate(0, 1+g.r.IntN(5), g.r.IntN(28)).Format("2006-01-02")))
		}
		if g.r.IntN(3) == 0 {
			rec.set("notes", g.w23Note(w23INNotes))
		}
		return rec
	}

	salt := g.b62(4)
	switch pick(g.r, []string{"callback", "callback", "callback", "webhook", "webhook", "status_v3", "status_v3", "status_legacy", "initiate"}) {
	case "callback", "webhook":
		hook := false
		f := newW23Fields()
		f.add("BANKNAME", N(bankName))
		f.add("BANKTXNID", N(bankTxn))
		f.add("CURRENCY", N("INR"))
		f.add("GATEWAYNAME", N(gateway))
		f.add("MID", N(mid))
		f.add("ORDERID", N(orderID))
		f.add("PAYMENTMODE", N(mode))
		f.add("RESPCODE", N(code))
		f.add("RESPMSG", N(msg))
		f.add("STATUS", N(status))
		f.add("TXNAMOUNT", N(amount))
		f.add("TXNDATE", N(txnDate))
		f.add("TXNID", N(txnID))
		if g.r.IntN(2) == 0 {
			// The webhook Paytm's server posts: the customer's id and the
			// merchant's reference too.
			hook = true
			f.add("CUSTID", P(custID))
			switch g.r.IntN(3) {
			case 0:
				f.add("MERC_UNQ_REF", g.phone(nsn))
			case 1:
				f.add("MERC_UNQ_REF", N(""))
			default:
				f.add("MERC_UNQ_REF", P("uid_"+pattern(g.r, "######")))
			}
			f.add("TXNDATETIME", N(txnDate))
			if mode == "CC" || mode == "DC" {
				f.add("cardScheme", N(pick(g.r, []string{"VISA", "MASTER", "RUPAY"})))
				f.add("BIN", N(pick(g.r, []string{"4", "5", "6"})+pattern(g.r, "#####")))
				f.add("LASTFOURDIGITS", P(pattern(g.r, "####")))
			}
		}
		f.add("CHECKSUMHASH", C(w23PaytmChecksum(mkey, w23PaytmParams(f.keys, f.vals), salt)))
		raw := w23Form(f.keys, f.vals)
		switch g.r.IntN(4) {
		case 0, 1:
			var from, ua *node
			if hook {
				from, ua = N(fmt.Sprintf("203.192.%d.%d", 200+g.r.IntN(50), 1+g.r.IntN(250))), N("Apache-HttpClient/4.5.13 (Java/1.8.0_281)")
			} else {
				// The callback comes through the customer's browser.
				from, ua = P(p.ip), N(pick(g.r, w21UAs))
			}
			headers := O("Content-Type", N("application/x-www-form-urlencoded"), "User-Agent", ua)
			if !hook {
				headers.set("Origin", N("https://securegw.paytm.in"))
				headers.set("Referer", N("https://securegw.paytm.in/"))
			}
			return O(
				"ts", N(g.t.In(ist).Format("2006-01-02T15:04:05.000-07:00")),
				"method", N("POST"),
				"path", N(map[bool]string{true: "/api/paytm/webhook", false: "/payment/paytm/callback"}[hook]),
				"remote_addr", from,
				"headers", headers,
				"body", raw,
				"params", f.parsed,
				"checksum_valid", N(true),
				"order", order(),
			)
		case 2:
			return O("paytm_response", f.parsed, "order", order())
		}
		return f.parsed
	case "status_v3":
		body := O("mid", N(mid), "orderId", N(orderID))
		reqSig := C(w23PaytmChecksum(mkey, string(render(body, &Label{})), salt))
		resBody := O(
			"resultInfo", O("resultStatus", N(status), "resultCode", N(code), "resultMsg", N(msg)),
			"txnId", N(txnID),
			"bankTxnId", N(bankTxn),
			"orderId", N(orderID),
			"txnAmount", N(amount),
			"txnType", N("SALE"),
			"gatewayName", N(gateway),
			"bankName", N(bankName),
			"mid", N(mid),
			"paymentMode", N(mode),
			"refundAmt", N("0.00"),
			"txnDate", N(txnDate),
		)
		if mode == "UPI" && g.r.IntN(2) == 0 {
			resBody.set("vpa", P(vpa))
		}
		resSig := C(w23PaytmChecksum(mkey, string(render(resBody, &Label{})), g.b62(4)))
		host := map[bool]string{true: "https://securegw-stage.paytm.in", false: "https://securegw.paytm.in"}[test]
		out := O(
			"request", O("method", N("POST"), "url", N(host+"/v3/order/status"), "headers", O("Content-Type", N("application/json")), "body", O("head", O("signature", reqSig), "body", body)),
			"response", O("status", N(200), "body", O("head", O("responseTimestamp", N(fmt.Sprint(g.t.UnixMilli())), "version", N("v1"), "signature", resSig), "body", resBody)),
		)
		if g.r.IntN(3) != 0 {
			out.set("order", order())
		}
		return out
	case "status_legacy":
		q := newW23Fields()
		q.add("MID", N(mid))
		q.add("ORDERID", N(orderID))
		q.add("CHECKSUMHASH", C(w23PaytmChecksum(mkey, w23PaytmParams(q.keys, q.vals), salt)))
		jsonData := w23JSON(q.parsed)
		resp := O(
			"TXNID", N(txnID), "BANKTXNID", N(bankTxn), "ORDERID", N(orderID), "TXNAMOUNT", N(amount),
			"STATUS", N(status), "TXNTYPE", N("SALE"), "GATEWAYNAME", N(gateway), "RESPCODE", N(code), "RESPMSG", N(msg),
			"BANKNAME", N(bankName), "MID", N(mid), "PAYMENTMODE", N(mode), "REFUNDAMT", N("0.00"), "TXNDATE", N(txnDate),
		)
		out := O(
			"request", O("method", N("GET"), "url", w23Raw("https://securegw.paytm.in/order/status?JsonData="+url.QueryEscape(jsonData.raw), []*node{jsonData}), "query", O("JsonData", jsonData)),
			"response", O("status", N(200), "body", resp),
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order())
		}
		return out
	}
	// The merchant opens the payment: the customer's details go to Paytm.
	first, last := n.givenL, n.familyL
	userInfo := O("custId", P(custID), "mobile", g.phone(nsn))
	if g.r.IntN(3) != 0 {
		userInfo.set("email", P(p.email))
	}
	if g.r.IntN(2) == 0 {
		userInfo.set("firstName", P(first))
		userInfo.set("lastName", P(last))
	}
	body := O(
		"requestType", N("Payment"),
		"mid", N(mid),
		"websiteName", N(map[bool]string{true: "WEBSTAGING", false: "DEFAULT"}[test]),
		"orderId", N(orderID),
		"callbackUrl", N(shop.host+"/payment/paytm/callback"),
		"txnAmount", O("value", N(amount), "currency", N("INR")),
		"userInfo", userInfo,
	)
	if g.r.IntN(2) == 0 {
		ext := O("udf1", N(shop.kind))
		switch g.r.IntN(3) {
		case 0:
			ext.set("udf2", w21Text(firstItem.name, firstItem.cat))
		case 1:
			ext.set("mercUnqRef", P("uid_"+pattern(g.r, "######")))
		}
		if g.r.IntN(3) == 0 {
			ext.set("comments", g.w23Note(w23INNotes))
		}
		body.set("extendInfo", ext)
	}
	sig := C(w23PaytmChecksum(mkey, string(render(body, &Label{})), salt))
	host := map[bool]string{true: "https://securegw-stage.paytm.in", false: "https://securegw.paytm.in"}[test]
	var resp *node
	if g.r.IntN(8) == 0 {
		resp = O("head", O("responseTimestamp", N(fmt.Sprint(g.t.UnixMilli())), "version", N("v1")), "body", O("extraParamsMap", N(nil), "resultInfo", O("resultStatus", N("F"), "resultCode", N("2005"), "resultMsg", N("Checksum provided is invalid"))))
	} else {
		resp = O(
			"head", O("responseTimestamp", N(fmt.Sprint(g.t.UnixMilli())), "version", N("v1"), "signature", C(w23PaytmChecksum(mkey, orderID, g.b62(4)))),
			"body", O("resultInfo", O("resultStatus", N("S"), "resultCode", N("0000"), "resultMsg", N("Success")), "txnToken", C(g.hex(32)+pattern(g.r, "#############")), "isPromoCodeValid", N(false), "authenticated", N(false)),
		)
	}
	out := O(
		"request", O(
			"method", N("POST"),
			"url", N(host+"/theia/api/v1/initiateTransaction?mid="+mid+"&orderId="+url.QueryEscape(orderID)),
			"headers", O("Content-Type", N("application/json")),
			"body", O("head", O("channelId", N(pick(g.r, []string{"WEB", "WAP"})), "signature", sig), "body", body),
		),
		"response", O("status", N(200), "body", resp),
	)
	if g.r.IntN(2) == 0 {
		out.set("order", order())
	}
	return out
}

// ------------------------------------------------------ T-Bank (Tinkoff)

// w23TBankShops: the merchant's kind, goods (price in rubles), VAT rate
// of its receipts and whether it bills by subscription.
var w23TBankShops = []struct {
	kind, host, tax string
	items           []w21Item
}{
	{"shop", "https://shop.example-tech.ru", "vat20", []w21Item{{"Смартфон Xiaomi Redmi Note 13 8/256 ГБ", 23990, ""}, {"Наушники JBL Tune 520BT", 4290, ""}, {"Чайник электрический Polaris", 2590, ""}, {"Кабель USB-C 1 м", 590, ""}}},
	{"apteka", "https://apteka.example.ru", "vat10", []w21Item{{"Инсулин Лантус СолоСтар 100 ЕД/мл 3 мл №5", 3890, "health"}, {"Сертралин 50 мг №28", 690, "health"}, {"Тест на беременность Evitest №2", 450, "health"}, {"Нурофен 200 мг №20", 290, ""}, {"Тест-полоски Контур Плюс №50", 1290, "health"}, {"Витамин D3 2000 МЕ №60", 590, ""}}},
	{"church", "https://hram.example.ru", "none", []w21Item{{"Пожертвование на восстановление храма", 1000, "religion"}, {"Сорокоуст о здравии", 500, "religion"}, {"Паломническая поездка в Дивеево, 2 дня", 8900, "religion"}, {"Свечи церковные, 10 шт.", 300, "religion"}}},
	{"clinic", "https://lk.example-clinic.ru", "none", []w21Item{{"Консультация психотерапевта (онлайн), 50 мин", 4500, "health"}, {"Приём эндокринолога, первичный", 3200, "health"}, {"Анализ на ВИЧ (ИФА)", 650, "health"}, {"Приём терапевта", 2500, ""}}},
	{"school", "https://edu.example-school.ru", "none", []w21Item{{"Курс «Python для школьников», 3 месяца", 18900, ""}, {"Подготовка к ОГЭ по математике, 8 занятий", 9600, ""}}},
	{"subscription", "https://app.example-media.ru", "vat20", []w21Item{{"Подписка «Премиум», 1 месяц", 399, ""}, {"Подписка «Семейная», 1 месяц", 599, ""}}},
}

var w23RUNotes = []bioLine{
	{"", "Позвоните за час до доставки"}, {"", "Домофон не работает, наберите по телефону"}, {"", "Оставить у консьержа"},
	{"health", "Инсулин для мамы, пожалуйста, в термосумке"}, {"religion", "Записка о здравии: раба Божия Анна, раб Божий Михаил"},
}

// w23BYKZNames are buyers from Belarus and Kazakhstan who pay Russian shops.
var w23BYKZNames = map[string][]w22FIO{
	"BY": {{"Алесь", "Ковалевич", "Иванович", "ales", "kovalevich", false}, {"Наталья", "Жук", "Петровна", "natalya", "zhuk", true}, {"Дмитрий", "Мельник", "Сергеевич", "dmitry", "melnik", false}},
	"KZ": {{"Ерлан", "Абдрахманов", "Маратович", "erlan", "abdrakhmanov", false}, {"Асель", "Нурланова", "Бекболатовна", "asel", "nurlanova", true}, {"Даурен", "Садыков", "Ерланович", "dauren", "sadykov", false}},
}

var w23BYKZAddrs = map[string][]string{
	"BY": {"пр-т Независимости, д. 45, кв. 12", "ул. Сурганова, д. 7, кв. 88", "ул. Притыцкого, д. 29, кв. 104"},
	"KZ": {"пр. Абая, д. 150, кв. 8", "мкр. Самал-2, д. 33, кв. 17", "ул. Розыбакиева, д. 247, кв. 52"},
}

// w23TBankToken is the request's Token: SHA-256 of the root scalar
// values with the terminal Password, sorted by name and joined.
func w23TBankToken(n *node, password string) string {
	type kv struct{ k, v string }
	var fs []kv
	for _, m := range n.obj {
		if m.val.kind != nodeLeaf || m.key == "Token" || m.key == "Password" {
			continue
		}
		fs = append(fs, kv{m.key, m.val.raw})
	}
	fs = append(fs, kv{"Password", password})
	sort.Slice(fs, func(i, j int) bool { return fs[i].k < fs[j].k })
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.v)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

func tbankAcquiring(g *gen) *node {
	home := "RU"
	switch g.r.IntN(10) {
	case 0:
		home = "BY"
	case 1:
		home = "KZ"
	}
	g.w21Redraw(home)
	shop := pick(g.r, w23TBankShops)
	g.w21Age(18, 78)
	p := g.p
	n := pick(g.r, w22RUNames)
	if l, ok := w23BYKZNames[home]; ok {
		n = pick(g.r, l)
	}
	p.female = n.female
	p.email = g.w21Email(n.givenL, n.familyL, []string{"mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru"})
	switch home {
	case "BY":
		g.w21OwnPhone("BY", "375", []string{"29", "33", "44", "25"}, 9)
	case "KZ":
		g.w21OwnPhone("KZ", "7", []string{"701", "702", "705", "707", "747", "777"}, 10)
	default:
		g.w21OwnPhone("RU", "7", []string{"903", "905", "909", "915", "916", "925", "926", "977", "985", "999", "951", "960"}, 10)
	}
	nsn := g.w21NSN()
	phones := []string{g.e164(), g.e164()}
	if home != "BY" && len(nsn) == 10 {
		phones = append(phones, "8"+nsn, "+7 ("+nsn[:3]+") "+nsn[3:6]+"-"+nsn[6:8]+"-"+nsn[8:])
	}
	phone := pick(g.r, phones)
	fio := pick(g.r, []string{n.family + " " + n.given + " " + n.patr, n.given + " " + n.family, n.family + " " + n.given})

	// The receipt.
	var items []*node
	total := 0
	var firstItem w21Item
	var cart []w21Item
	for i := range 1 + g.r.IntN(3) {
		it := g.w23Pick(shop.items, 2, cart...)
		cart = append(cart, it)
		if i == 0 {
			firstItem = it
		}
		q := 1
		if shop.kind == "shop" || shop.kind == "apteka" {
			q = 1 + g.r.IntN(2)
		}
		price := it.price * 100
		total += price * q
		obj, method := "commodity", "full_payment"
		if shop.kind != "shop" && shop.kind != "apteka" {
			obj, method = "service", "full_prepayment"
		}
		items = append(items, O("Name", w21Text(it.name, it.cat), "Price", N(price), "Quantity", N(q), "Amount", N(price*q), "Tax", N(shop.tax), "PaymentMethod", N(method), "PaymentObject", N(obj)))
		if shop.kind != "shop" && shop.kind != "apteka" && shop.kind != "church" {
			break
		}
	}
	orderID := pick(g.r, []string{pattern(g.r, "######"), "ORD-" + pattern(g.r, "########"), g.uuid()})
	terminal := pattern(g.r, "1######")[:7] + pattern(g.r, "######")
	test := g.r.IntN(6) == 0
	if test {
		terminal += "DEMO"
	}
	password := g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 14+g.r.IntN(6))
	paymentID := 3000000000 + g.r.Int64N(2000000000)
	custKey := ""
	switch g.r.IntN(3) {
	case 0:
		custKey = p.email
	case 1:
		custKey = "user_" + pattern(g.r, "#######")
	}
	recurrent := shop.kind == "subscription"
	desc := w21Text(firstItem.name, firstItem.cat)
	if len(items) > 1 || g.r.IntN(2) == 0 {
		desc = N("Оплата заказа №" + orderID)
	}
	// The child a school's course is for.
	var pupil *node
	if shop.kind == "school" {
		c := pick(g.r, w22RUNames)
		pupil = P(c.given + " " + n.family)
	}

	// fullAddr is a delivery address as the buyer typed it.
	fullAddr := func() string {
		if home == "RU" {
			pl := pick(g.r, w22RUPlaces)
			return pattern(g.r, pl.zip) + ", " + pl.city + ", " + pick(g.r, pl.streets) + ", д. " + fmt.Sprint(1+g.r.IntN(120)) + ", кв. " + fmt.Sprint(1+g.r.IntN(300))
		}
		return p.post + ", г. " + p.city + ", " + pick(g.r, w23BYKZAddrs[home])
	}

	order := func(st string) *node {
		cust := O("name", P(fio), "phone", g.phone(phone), "email", P(p.email))
		rec := O("id", N(orderID), "status", N(st), "amount", N(w22Money(total)), "currency", N("RUB"), "customer", cust)
		lines := make([]*node, len(items))
		for i, it := range items {
			lines[i] = O("name", it.obj[0].val, "qty", it.obj[2].val, "price", N(w22Money(int(w23Atoi(it.obj[1].val.raw)))))
		}
		rec.set("items", A(lines...))
		if pupil != nil {
			rec.set("student", pupil)
		}
		if (shop.kind == "shop" || shop.kind == "apteka") && p.showResidence {
			full := fullAddr()
			rec.set("delivery", O("type", N(pick(g.r, []string{"courier", "pickup_point", "post"})), "address", g.addr(full), "country", g.residence(map[string]string{"RU": "Россия", "BY": "Беларусь", "KZ": "Казахстан"}[home])))
		}
		if g.r.IntN(3) == 0 {
			rec.set("comment", g.w23Note(w23RUNotes))
		}
		return rec
	}

	host := "https://securepay.tinkoff.ru"
	if g.r.IntN(3) == 0 {
		host = "https://securepay.tbank.ru"
	}
	switch pick(g.r, []string{"init", "init", "notification", "notification", "notification"}) {
	case "init":
		req := O("TerminalKey", N(terminal), "Amount", N(total), "OrderId", N(orderID), "Description", desc)
		if custKey != "" {
			req.set("CustomerKey", P(custKey))
		}
		if recurrent {
			req.set("Recurrent", N("Y"))
		}
		if g.r.IntN(3) == 0 {
			req.set("PayType", N(pick(g.r, []string{"O", "T"})))
		}
		req.set("Language", N(pick(g.r, []string{"ru", "ru", "en"})))
		req.set("NotificationURL", N(shop.host+"/api/tbank/notify"))
		req.set("SuccessURL", N(shop.host+"/checkout/success?order="+url.QueryEscape(orderID)))
		req.set("FailURL", N(shop.host+"/checkout/fail"))
		data := O()
		if g.r.IntN(3) != 0 {
			data.set("Phone", g.phone(phone))
		}
		if g.r.IntN(2) == 0 {
			data.set("Email", P(p.email))
		}
		if g.r.IntN(3) == 0 {
			data.set("connection_type", N("Widget2.0"))
		}
		if recurrent && g.r.IntN(2) == 0 {
			data.set("OperationInitiatorType", N("1"))
		}
		if len(data.obj) > 0 {
			req.set("DATA", data)
		}
		receipt := O()
		if g.r.IntN(2) == 0 {
			receipt.set("Email", P(p.email))
		} else {
			receipt.set("Phone", g.phone(phone))
		}
		receipt.set("Taxation", N(pick(g.r, []string{"usn_income", "osn", "usn_income_outcome"})))
		if g.r.IntN(3) == 0 {
			receipt.set("FfdVersion", N("1.2"))
			if g.r.IntN(2) == 0 {
				// FFD 1.2's buyer details, sent for goods and services the
				// fiscal law wants a named buyer for.
				receipt.set("Customer", P(fio))
				if home == "RU" && g.r.IntN(2) == 0 {
					receipt.set("CustomerInn", P(genINN(g.r, p.dob, p.female, [2]string{})))
				}
				ci := O("Birthdate", g.dob("02.01.2006"))
				ci.set("Citizenship", g.citizenship(w23Numeric[p.cit.code]))
				if p.cit.code == "RU" {
					ci.set("DocumentCode", N("21"))
					ci.set("DocumentData", P(pattern(g.r, "## ## ######")))
				} else {
					ci.set("DocumentCode", N("10"))
					ci.set("DocumentData", P(map[string]string{"BY": "MP", "KZ": "N"}[p.cit.code]+pattern(g.r, "#######")))
				}
				if p.showResidence {
					ci.set("Address", g.addr(fullAddr()))
					g.lab.Residence = addCountry(g.lab.Residence, home)
				}
				receipt.set("ClientInfo", ci)
			}
		}
		receipt.set("Items", A(items...))
		req.set("Receipt", receipt)
		req.set("Token", C(w23TBankToken(req, password)))
		if g.r.IntN(4) == 0 {
			// The merchant logs its params before the Token is computed:
			// the terminal password with them.
			req.set("Password", C(password))
		}
		var resp *node
		if g.r.IntN(8) == 0 {
			e := pick(g.r, [][3]string{{"204", "Неверный токен. Проверьте пару TerminalKey/SecretKey.", "Токен не соответствует данным запроса."}, {"9999", "Внутренняя ошибка системы.", ""}, {"8", "Неверный статус транзакции.", "Заказ с таким OrderId уже оплачен."}})
			resp = O("Success", N(false), "ErrorCode", N(e[0]), "Message", N(e[1]), "Details", N(e[2]))
		} else {
			resp = O("Success", N(true), "ErrorCode", N("0"), "TerminalKey", N(terminal), "Status", N("NEW"), "PaymentId", N(fmt.Sprint(paymentID)), "OrderId", N(orderID), "Amount", N(total), "PaymentURL", N(pick(g.r, []string{"https://securepayments.tinkoff.ru/", "https://pay.tbank.ru/"})+g.b62(8)))
		}
		out := O(
			"request", O("method", N("POST"), "url", N(host+"/v2/Init"), "headers", O("Content-Type", N("application/json")), "body", req),
			"response", O("status", N(200), "body", resp),
		)
		switch g.r.IntN(3) {
		case 0:
			out.set("order", order("new"))
		case 1:
			return O("ts", N(g.t.In(time.FixedZone("", 3*3600)).Format("2006-01-02 15:04:05")), "level", N("debug"), "channel", N("tbank"), "message", N("Init"), "request", w23JSON(req), "response", w23JSON(resp))
		}
		return out
	}
	// The notification.
	status := pick(g.r, []string{"CONFIRMED", "CONFIRMED", "CONFIRMED", "AUTHORIZED", "REJECTED", "REFUNDED", "REVERSED"})
	ok := status != "REJECTED"
	bin := pick(g.r, []string{"220070", "220220", "427601", "548673", "553691", "400000", "430000", "220015"})
	note := O("TerminalKey", N(terminal), "OrderId", N(orderID), "Success", N(ok), "Status", N(status), "PaymentId", N(paymentID))
	note.set("ErrorCode", N(map[bool]string{true: "0", false: pick(g.r, []string{"1051", "1082", "1014", "1013"})}[ok]))
	amount := total
	if status == "REFUNDED" && g.r.IntN(3) == 0 {
		note.set("Status", N("PARTIAL_REFUNDED"))
		amount = total / 2
	}
	note.set("Amount", N(amount))
	if recurrent && ok {
		note.set("RebillId", P(pattern(g.r, "17##########")))
	}
	note.set("CardId", P(100000000+g.r.IntN(800000000)))
	note.set("Pan", P(bin+"******"+pattern(g.r, "####")))
	note.set("ExpDate", P(fmt.Sprintf("%02d%02d", 1+g.r.IntN(12), (g.t.Year()+1+g.r.IntN(4))%100)))
	if !ok {
		note.set("Message", N(pick(g.r, []string{"Недостаточно средств", "Отказ эмитента", "Превышен лимит"})))
	}
	note.set("Token", C(w23TBankToken(note, password)))
	if g.r.IntN(3) == 0 {
		d := O()
		if g.r.IntN(2) == 0 {
			d.set("Phone", g.phone(phone))
		}
		d.set("Email", P(p.email))
		note.set("DATA", d)
	}
	st := map[string]string{"CONFIRMED": "paid", "AUTHORIZED": "authorized", "REJECTED": "payment_failed", "REFUNDED": "refunded", "PARTIAL_REFUNDED": "partially_refunded", "REVERSED": "cancelled"}[note.obj[3].val.raw]
	headers := O("Content-Type", N("application/json"), "User-Agent", N(pick(g.r, []string{"Apache-HttpClient/4.5.13 (Java/17.0.8)", "Java/17.0.8"})))
	msk := g.t.In(time.FixedZone("", 3*3600)).Format("2006-01-02T15:04:05.000-07:00")
	switch g.r.IntN(4) {
	case 0:
		return O("received_at", N(msk), "remote_addr", N(fmt.Sprintf("91.194.226.%d", 1+g.r.IntN(120))), "headers", headers, "body", note, "response_body", N("OK"), "order", order(st))
	case 1:
		return O("received_at", N(msk), "path", N("/api/tbank/notify"), "raw_body", w23JSON(note), "token_valid", N(true), "response_body", N("OK"))
	case 2:
		return O("notification", note, "order", order(st))
	}
	return note
}

// w23Atoi is the integer v writes.
func w23Atoi(v string) int64 {
	var n int64
	fmt.Sscan(v, &n)
	return n
}

// ----------------------------------------------------------- LINE Pay

// w23JPName is a Japanese name in kanji, in katakana and in romaji.
type w23JPName struct {
	given, family, kanaG, kanaF, givenL, familyL string
	female                                       bool
}

var w23JPNames = []w23JPName{
	{"翔太", "佐藤", "ショウタ", "サトウ", "shota", "sato", false}, {"陽菜", "鈴木", "ヒナ", "スズキ", "hina", "suzuki", true},
	{"大輔", "高橋", "ダイスケ", "タカハシ", "daisuke", "takahashi", false}, {"美咲", "田中", "ミサキ", "タナカ", "misaki", "tanaka", true},
	{"健一", "渡辺", "ケンイチ", "ワタナベ", "kenichi", "watanabe", false}, {"さくら", "伊藤", "サクラ", "イトウ", "sakura", "ito", true},
	{"拓海", "山本", "タクミ", "ヤマモト", "takumi", "yamamoto", false}, {"結衣", "中村", "ユイ", "ナカムラ", "yui", "nakamura", true},
}

var w23THNames = []w21Name{
	{"สมชาย", "ใจดี", "Somchai", "Jaidee", false}, {"สุดารัตน์", "ศรีสุข", "Sudarat", "Srisuk", true},
	{"ณัฐพล", "วงศ์ไทย", "Nattapon", "Wongthai", false}, {"พิมพ์ชนก", "แก้วมณี", "Pimchanok", "Kaewmanee", true},
	{"ธนากร", "บุญมา", "Thanakorn", "Boonma", false}, {"กัญญารัตน์", "สุขเจริญ", "Kanyarat", "Sukcharoen", true},
}

// w23Addr is an address as the country writes it: postcode, the first
// division, the second, and the rest.
type w23Addr struct{ zip, state, city, rest string }

var w23JPAddrs = []w23Addr{
	{"151-0053", "東京都", "渋谷区", "代々木3-22-7 メゾン代々木205号室"}, {"530-0012", "大阪府", "大阪市北区", "芝田2-4-11 シティハイツ801"},
	{"460-0008", "愛知県", "名古屋市中区", "栄4-16-8"}, {"812-0011", "福岡県", "福岡市博多区", "博多駅前3-9-5 コーポ博多403"},
	{"060-0042", "北海道", "札幌市中央区", "大通西10-4-2"}, {"231-0023", "神奈川県", "横浜市中区", "山下町23 グランドハイツ302号室"},
}

var w23THAddrs = []w23Addr{
	{"10110", "กรุงเทพมหานคร", "เขตวัฒนา", "99/12 ซอยสุขุมวิท 21 แขวงคลองเตยเหนือ"}, {"50200", "เชียงใหม่", "อำเภอเมืองเชียงใหม่", "45 ถนนนิมมานเหมินท์ ตำบลสุเทพ"},
	{"10400", "กรุงเทพมหานคร", "เขตราชเทวี", "128/45 ถนนพญาไท แขวงทุ่งพญาไท"}, {"20150", "ชลบุรี", "อำเภอบางละมุง", "321/7 หมู่ 9 ตำบลหนองปรือ"},
}

var w23LinePayItems = map[string][]w21Item{
	"JP": {{"ワイヤレスイヤホン", 4980, ""}, {"新潟県産コシヒカリ 10kg", 5480, ""}, {"ロキソニンS 12錠", 698, ""}, {"妊娠検査薬 2回用", 980, "health"}, {"血糖測定センサー 2枚", 7480, "health"}, {"厄除け祈願 御守り", 1000, "religion"}, {"七五三 祈祷料（初穂料）", 5000, "religion"}},
	"TW": w21TWItems,
	"TH": {{"หูฟังบลูทูธ", 890, ""}, {"เสื้อยืดคอกลม", 299, ""}, {"ข้าวหอมมะลิ 5 กก.", 245, ""}, {"ชุดสังฆทาน ถวายพระ", 499, "religion"}, {"เครื่องวัดน้ำตาลในเลือด", 1290, "health"}, {"ยาคุมกำเนิด 3 แผง", 360, "health"}},
}

var w23LinePayNotes = map[string][]bioLine{
	"JP": {{"", "不在時は宅配ボックスへ"}, {"", "午前中の配達希望"}, {"health", "妊娠中のため、置き配でお願いします"}, {"religion", "お宮参り用、ご祈祷の日までにお願いします"}},
	"TW": w21TWNotes,
	"TH": {{"", "ฝากไว้กับ รปภ. ได้เลยค่ะ"}, {"", "โทรก่อนส่งนะครับ"}, {"health", "ยาสำหรับคุณแม่ที่เป็นเบาหวาน ส่งด่วนนะคะ"}, {"religion", "ใช้ทำบุญวันพระ ขอให้ส่งก่อนวันเสาร์"}},
}

// w23LineSignature is X-LINE-Authorization: the base64 HMAC-SHA256,
// keyed with the channel secret, of the secret, the URI, the body or
// query and the nonce.
func w23LineSignature(secret, uri, body, nonce string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(secret + uri + body + nonce))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func linepayOnlineAPI(g *gen) *node {
	cc := pick(g.r, []string{"JP", "JP", "JP", "JP", "TW", "TW", "TW", "TH", "TH"})
	g.w21Redraw(cc)
	g.w21Age(16, 72)
	p := g.p
	var name, nameKana, given, family, givenL, familyL string
	switch cc {
	case "JP":
		n := pick(g.r, w23JPNames)
		p.female = n.female
		given, family, givenL, familyL = n.given, n.family, n.givenL, n.familyL
		name, nameKana = n.family+" "+n.given, n.kanaF+" "+n.kanaG
		g.w21OwnPhone("JP", "81", []string{"90", "80", "70"}, 10)
	case "TW":
		n := pick(g.r, w21TWNames)
		p.female = n.female
		given, family, givenL, familyL = n.given, n.family, n.givenL, n.familyL
		name = n.family + n.given
		g.w21OwnPhone("TW", "886", []string{"91", "92", "93", "95", "96", "97", "98"}, 9)
	default:
		n := pick(g.r, w23THNames)
		p.female = n.female
		given, family, givenL, familyL = n.given, n.family, n.givenL, n.familyL
		name = n.given + " " + n.family
		g.w21OwnPhone("TH", "66", []string{"81", "82", "86", "89", "91", "95", "61", "62"}, 9)
	}
	p.email = g.w21Email(givenL, familyL, map[string][]string{"JP": {"docomo.ne.jp", "gmail.com", "icloud.com", "yahoo.co.jp", "ezweb.ne.jp"}, "TW": {"gmail.com", "yahoo.com.tw", "hotmail.com"}, "TH": {"gmail.com", "hotmail.com", "yahoo.co.th"}}[cc])
	nsn := g.w21NSN()
	local := "0" + nsn
	switch {
	case cc == "JP" && len(nsn) == 10:
		local = "0" + nsn[:2] + "-" + nsn[2:6] + "-" + nsn[6:]
	case cc == "TW" && len(nsn) == 9:
		local = pick(g.r, []string{"0" + nsn, "0" + nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:]})
	case cc == "TH" && len(nsn) == 9:
		local = pick(g.r, []string{"0" + nsn, "0" + nsn[:2] + "-" + nsn[2:5] + "-" + nsn[5:]})
	}
	lineUID := "U" + g.hex(32)
	currency := map[string]string{"JP": "JPY", "TW": "TWD", "TH": "THB"}[cc]

	// The order.
	var products []*node
	total := 0
	var firstItem w21Item
	var cart []w21Item
	for i := range 1 + g.r.IntN(3) {
		it := g.w23Pick(w23LinePayItems[cc], 3, cart...)
		cart = append(cart, it)
		if i == 0 {
			firstItem = it
		}
		q := 1 + g.r.IntN(2)
		total += it.price * q
		prod := O("name", w21Text(it.name, it.cat), "quantity", N(q), "price", N(it.price))
		if g.r.IntN(2) == 0 {
			prod = O("id", N("P"+pattern(g.r, "#####")), "name", prod.obj[0].val, "imageUrl", N("https://shop.example.com/img/p"+pattern(g.r, "#####")+".jpg"), "quantity", N(q), "price", N(it.price))
		}
		products = append(products, prod)
	}
	shopName := map[string]string{"JP": "ライフストア", "TW": "好生活購物", "TH": "ร้านสบายดี"}[cc]
	orderID := pick(g.r, []string{"ORD" + g.t.Format("20060102") + pattern(g.r, "####"), pattern(g.r, "##########"), g.uuid()})
	txID := int64(g.t.Year())*1e15 + int64(g.t.YearDay())*1e12 + g.r.Int64N(1e12)
	channelID := pattern(g.r, "16########")
	secret := g.hex(32)
	sandbox := g.r.IntN(6) == 0
	api := map[bool]string{true: "https://sandbox-api-pay.line.me", false: "https://api-pay.line.me"}[sandbox]
	shopHost := pick(g.r, map[string][]string{"JP": {"https://shop.example.jp", "https://www.example-lifestore.jp"}, "TW": {"https://www.example-store.com.tw", "https://shop.example.tw"}, "TH": {"https://store.example.co.th", "https://www.example-shop.in.th"}}[cc])

	// The shop's member record.
	member := func() *node {
		m := O("member_id", P("M"+pattern(g.r, "########")), "line_user_id", P(lineUID))
		switch cc {
		case "JP":
			m.set("name", P(name))
			m.set("name_kana", P(nameKana))
		case "TW":
			m.set("name", P(name))
		default:
			m.set("first_name", P(given))
			m.set("last_name", P(family))
		}
		m.set("email", P(p.email))
		m.set("tel", g.phone(local))
		if g.r.IntN(3) == 0 {
			m.set("birthday", g.dob(pick(g.r, []string{"2006-01-02", "2006/01/02"})))
		}
		if g.r.IntN(3) == 0 {
			m.set("gender", P(map[bool]string{true: "female", false: "male"}[p.female]))
		}
		if p.showResidence {
			switch cc {
			case "JP":
				a := pick(g.r, w23JPAddrs)
				m.set("address", O("postal_code", g.addr(a.zip), "prefecture", g.addrN(a.state), "city", g.addr(a.city), "address1", g.addr(a.rest)))
			case "TW":
				a := pick(g.r, w21TWAddrs)
				m.set("address", g.addr(pick(g.r, []string{a.zip + a.city + a.district + a.rest, a.city + a.district + a.rest})))
			default:
				a := pick(g.r, w23THAddrs)
				m.set("address", O("address_line", g.addr(a.rest), "district", g.addr(a.city), "province", g.addrN(a.state), "postcode", g.addr(a.zip)))
			}
			g.lab.Residence = addCountry(g.lab.Residence, cc)
		}
		m.set("rank", N(pick(g.r, []string{"regular", "silver", "gold"})))
		m.set("points", N(g.r.IntN(5000)))
		if g.r.IntN(4) == 0 {
			m.set("memo", g.w23Note(w23LinePayNotes[cc]))
		}
		return m
	}
	recipient := func() *node {
		r := O("firstName", P(given), "lastName", P(family))
		if cc == "JP" {
			parts := strings.SplitN(nameKana, " ", 2)
			r.set("firstNameOptional", P(parts[1]))
			r.set("lastNameOptional", P(parts[0]))
		}
		r.set("email", P(p.email))
		r.set("phoneNo", g.phone(local))
		return r
	}
	shipAddr := func() *node {
		var a w23Addr
		switch cc {
		case "JP":
			a = pick(g.r, w23JPAddrs)
		case "TW":
			t := pick(g.r, w21TWAddrs)
			a = w23Addr{t.zip, t.city, t.district, t.rest}
		default:
			a = pick(g.r, w23THAddrs)
		}
		return O("country", g.residence(cc), "postalCode", g.addr(a.zip), "state", g.addrN(a.state), "city", g.addr(a.city), "detail", g.addr(a.rest), "optional", N(""), "recipient", recipient())
	}

	nonce := pick(g.r, []string{g.uuid(), g.t.Format(time.RFC3339) + "-" + g.hex(13)})
	v2 := g.r.IntN(7) == 0
	mode := pick(g.r, []string{"request", "request", "request", "confirm", "confirm", "redirect"})
	var reqURI string
	var body, resp *node
	switch {
	case mode == "request" && v2:
		reqURI = "/v2/payments/request"
		body = O("productName", w21Text(firstItem.name, firstItem.cat), "productImageUrl", N(shopHost+"/img/logo.png"), "amount", N(total), "currency", N(currency))
		if g.r.IntN(4) == 0 {
			// The LINE member's mid the shop got from LINE Login.
			body.set("mid", P("u"+g.hex(32)))
		}
		body.set("orderId", N(orderID))
		body.set("confirmUrl", N(shopHost+"/linepay/confirm"))
		body.set("cancelUrl", N(shopHost+"/linepay/cancel"))
		body.set("confirmUrlType", N("CLIENT"))
		body.set("langCd", N(map[string]string{"JP": "ja", "TW": "zh-Hant", "TH": "th"}[cc]))
	case mode == "request":
		reqURI = "/v3/payments/request"
		pkg := O("id", N("pkg-"+pattern(g.r, "####")), "amount", N(total), "name", N(shopName), "products", A(products...))
		body = O("amount", N(total), "currency", N(currency), "orderId", N(orderID), "packages", A(pkg), "redirectUrls", O("confirmUrl", N(shopHost+"/linepay/confirm"), "cancelUrl", N(shopHost+"/linepay/cancel")))
		opts := O()
		if g.r.IntN(3) == 0 {
			opts.set("payment", O("capture", N(g.r.IntN(3) != 0), "payType", N(pick(g.r, []string{"NORMAL", "NORMAL", "PREAPPROVED"}))))
		}
		if g.r.IntN(2) == 0 {
			loc := N(map[string]string{"JP": "ja", "TW": "zh_TW", "TH": "th"}[cc])
			if cc == "TW" {
				if l := g.locale("zh_TW"); l != nil {
					loc = l
				}
			}
			opts.set("display", O("locale", loc, "checkConfirmUrlBrowser", N(false)))
		}
		if p.showResidence && g.r.IntN(3) == 0 {
			opts.set("shipping", O("type", N("FIXED_ADDRESS"), "feeAmount", N(0), "address", shipAddr()))
		}
		if len(opts.obj) > 0 {
			body.set("options", opts)
		}
	default:
		reqURI = fmt.Sprintf("/%s/payments/%d/confirm", map[bool]string{true: "v2", false: "v3"}[v2], txID)
		body = O("amount", N(total), "currency", N(currency))
	}
	bodyText := string(render(body, &Label{}))
	headers := O("Content-Type", N("application/json"), "X-LINE-ChannelId", N(channelID))
	if v2 {
		headers.set("X-LINE-ChannelSecret", C(secret))
	} else {
		headers.set("X-LINE-Authorization-Nonce", N(nonce))
		headers.set("X-LINE-Authorization", C(w23LineSignature(secret, reqURI, bodyText, nonce)))
	}
	errCode := ""
	if g.r.IntN(9) == 0 {
		errCode = pick(g.r, []string{"1172", "1142", "1150", "1106", "1169"})
	}
	errMsg := map[string]string{"1172": "Existing same orderId.", "1142": "Insufficient balance remains.", "1150": "Transaction record not found.", "1106": "Header information error.", "1169": "Payment method and password authentication must be completed in LINE Pay."}
	if mode == "request" {
		if errCode != "" {
			resp = O("returnCode", N(errCode), "returnMessage", N(errMsg[errCode]))
		} else {
			reserve := g.chars(b64Set, 64)
			resp = O("returnCode", N("0000"), "returnMessage", N("Success."), "info", O(
				"paymentUrl", O("web", N(map[bool]string{true: "https://sandbox-web-pay.line.me", false: "https://web-pay.line.me"}[sandbox]+"/web/payment/wait?transactionReserveId="+reserve), "app", N("line://pay/payment/"+reserve)),
				"transactionId", N(txID),
				"paymentAccessToken", C(pattern(g.r, "############")),
			))
		}
	} else if mode == "confirm" {
		if errCode != "" {
			resp = O("returnCode", N(errCode), "returnMessage", N(errMsg[errCode]))
		} else {
			var pay []*node
			method := pick(g.r, []string{"CREDIT_CARD", "CREDIT_CARD", "BALANCE", "BALANCE", "POINT"})
			pi := O("method", N(method), "amount", N(total))
			if method == "CREDIT_CARD" {
				nick := N(nil)
				if g.r.IntN(2) == 0 {
					nick = P(pick(g.r, []string{"メインカード", "My Visa", given + "のカード", "信用卡", "บัตรหลัก", strings.ToUpper(givenL)}))
				}
				pi.set("creditCardNickname", nick)
				pi.set("creditCardBrand", N(pick(g.r, []string{"VISA", "MASTER", "JCB", "AMEX"})))
				pi.set("maskedCreditCardNumber", P("************"+pattern(g.r, "####")))
			}
			pay = append(pay, pi)
			if method == "BALANCE" && g.r.IntN(4) == 0 {
				pay = append(pay, O("method", N("DISCOUNT"), "amount", N(total/10)))
			}
			info := O("orderId", N(orderID), "transactionId", N(txID), "payInfo", A(pay...))
			if !v2 && g.r.IntN(5) == 0 {
				info.set("regKey", P("RK"+strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 10))))
			}
			if !v2 && g.r.IntN(3) == 0 {
				pkg := O("id", N("pkg-"+pattern(g.r, "####")), "amount", N(total), "userFeeAmount", N(0), "products", A(products...))
				info.set("packages", A(pkg))
			}
			if !v2 && p.showResidence && g.r.IntN(3) == 0 {
				// LINE Pay's checkout: the buyer's shipping address.
				info.set("shipping", O("methodId", N("std-"+pattern(g.r, "##")), "feeAmount", N(pick(g.r, map[string][]int{"JP": {0, 500, 770}, "TW": {0, 60, 100}, "TH": {0, 40, 50}}[cc])), "address", shipAddr()))
			}
			resp = O("returnCode", N("0000"), "returnMessage", N("Success."), "info", info)
		}
	}
	switch mode {
	case "redirect":
		// The buyer's browser back at the shop's confirmUrl.
		u := shopHost + "/linepay/confirm?transactionId=" + fmt.Sprint(txID) + "&orderId=" + url.QueryEscape(orderID)
		return O(
			"ts", N(g.t.UTC().Format(time.RFC3339Nano)),
			"method", N("GET"),
			"url", N(u),
			"remote_ip", P(p.ip),
			"user_agent", N(pick(g.r, []string{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.3.0", "Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/123.0.6312.118 Mobile Safari/537.36 Line/14.3.1/IAB"})),
			"member", member(),
		)
	}
	exchange := O(
		"request", O("method", N("POST"), "url", N(api+reqURI), "headers", headers, "body", body),
		"response", O("status", N(200), "body", resp),
	)
	switch g.r.IntN(4) {
	case 0, 1:
		exchange.set("member", member())
		return exchange
	case 2:
		return O(
			"time", N(g.t.In(time.FixedZone("", map[string]int{"JP": 9, "TW": 8, "TH": 7}[cc]*3600)).Format("2006-01-02T15:04:05.000-07:00")),
			"level", N("INFO"),
			"logger", N("linepay.client"),
			"api", N(reqURI),
			"channel_id", N(channelID),
			"request_body", w23JSON(body),
			"response_body", w23JSON(resp),
			"member", member(),
		)
	}
	return exchange
}

// -------------------------------------------------- Google Play RTDN

// w23PlayApps: an app's kind, package, its subscriptions and one-time
// products (price in hundredths of the currency), with what a product's
// name tells of its buyer.
var w23PlayApps = []struct {
	kind, pkg, project string
	subs               []w21Item
	inapp              []w21Item
}{
	{"game", "com.pixelforge.dragonrealm", "dragonrealm-prod", []w21Item{{"vip_pass_monthly", 499, ""}, {"battle_pass_season", 999, ""}}, []w21Item{{"gems_500", 499, ""}, {"starter_pack", 199, ""}, {"remove_ads", 299, ""}}},
	{"kids", "com.tinytales.readalong", "tinytales-backend", []w21Item{{"family_plan_monthly", 799, ""}, {"family_plan_yearly", 5999, ""}}, []w21Item{{"story_pack_dinosaurs", 299, ""}}},
	{"fitness", "com.stridefit.tracker", "stridefit-prod-4f2a1", []w21Item{{"pro_monthly", 799, ""}, {"pro_yearly", 3999, ""}}, []w21Item{{"marathon_plan", 1499, ""}}},
	{"health", "com.vitalcoach.app", "vitalcoach-api", []w21Item{{"diabetes_coach_monthly", 1999, "health"}, {"mood_therapy_weekly", 2999, "health"}, {"premium_monthly", 999, ""}}, []w21Item{{"hba1c_report", 499, "health"}}},
	{"faith", "com.lightpath.companion", "lightpath-prod", []w21Item{{"quran_plus_yearly", 2499, "religion"}, {"bible_premium_monthly", 399, "religion"}, {"premium_monthly", 299, ""}}, []w21Item{{"sadaqah_5", 499, "religion"}, {"theme_pack", 199, ""}}},
	{"news", "com.dailybrief.reader", "dailybrief-prod", []w21Item{{"digital_monthly", 999, ""}, {"digital_yearly", 9999, ""}}, nil},
	{"vpn", "com.shieldnet.vpn", "shieldnet-billing", []w21Item{{"premium_1m", 1199, ""}, {"premium_1y", 4999, ""}}, nil},
}

var w23PlayCurrency = map[string]string{
	"US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "AT": "EUR", "PT": "EUR", "GR": "EUR", "IE": "EUR",
	"JP": "JPY", "IN": "INR", "BR": "BRL", "KR": "KRW", "MX": "MXN", "TR": "TRY", "ID": "IDR", "PL": "PLN", "AU": "AUD", "CA": "CAD",
	"HK": "HKD", "NG": "NGN", "ZA": "ZAR", "SE": "SEK", "CH": "CHF", "TW": "TWD", "TH": "THB", "VN": "VND", "SA": "SAR", "AE": "AED", "EG": "EGP",
}

// w23CancelReasons are what a user types when a survey asks why they
// cancel: about themselves, so personal, some of a special category.
var w23CancelReasons = []bioLine{
	{"", "I only needed it for a trip"}, {"", "Money is tight this month"}, {"", "My kids lost interest"},
	{"health", "Going through chemo, can't use it for now"}, {"health", "My doctor moved me to insulin, the plan no longer fits"},
	{"religion", "Switching to my mosque's own app"}, {"religion", "Using our parish's reading plan instead"},
}

var (
	w23PlayConditions = []string{"Type 2 diabetes", "Type 1 diabetes", "Prediabetes", "Generalized anxiety disorder", "Major depression", "Hypertension", "PCOS"}
	w23PlayFaith      = []struct{ tradition, extraKey, extra string }{
		{"Sunni Islam", "madhab", "Hanafi"}, {"Sunni Islam", "prayer_calc_method", "ISNA"}, {"Shia Islam", "prayer_calc_method", "Jafari"},
		{"Catholic", "parish", "St. Anne's Parish"}, {"Evangelical", "reading_plan", "Bible in a Year"}, {"Orthodox", "reading_plan", "Daily Psalms"},
	}
)

func googlePlayRTDN(g *gen) *node {
	if g.p.c.code == "CN" {
		// Play's billing is not offered in mainland China.
		g.w21Redraw("HK")
	}
	app := pick(g.r, w23PlayApps)
	switch app.kind {
	case "game":
		g.w21Age(10, 45)
	case "kids":
		g.w21Age(4, 11)
	default:
		g.w21Age(18, 75)
	}
	p := g.p
	cc := p.c.code
	sub := "projects/" + app.project + "/subscriptions/" + pick(g.r, []string{"play-rtdn-push", "rtdn-backend", "google-play-notifications"})
	token := g.chars("abcdefghijklmnopqrstuvwxyz", 24) + ".AO-J1O" + g.chars(b64Set, 120+g.r.IntN(30))
	ms := func(t time.Time) string { return fmt.Sprint(t.UnixMilli()) }
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	orderBase := "GPA." + pattern(g.r, "####-####-####-#####")
	currency := w23PlayCurrency[cc]
	if currency == "" {
		currency = "USD"
	}
	uid := g.b62(28)
	obf := pick(g.r, []string{g.hex(64), g.uuid(), g.b62(20)})

	kind := "sub"
	switch x := g.r.IntN(20); {
	case x < 4 && len(app.inapp) > 0:
		kind = "inapp"
	case x < 6:
		kind = "voided"
	case x == 6:
		kind = "test"
	}
	dn := O("version", N("1.0"), "packageName", N(app.pkg), "eventTimeMillis", N(ms(g.t)))
	var purchase *node
	var product w21Item
	var notifType int
	switch kind {
	case "sub":
		product = g.w23Pick(app.subs, 2)
		notifType = pick(g.r, []int{4, 4, 2, 2, 2, 3, 1, 6, 5, 13, 12, 7})
		dn.set("subscriptionNotification", O("version", N("1.0"), "notificationType", N(notifType), "purchaseToken", C(token), "subscriptionId", w21Text(product.name, product.cat)))
	case "inapp":
		product = g.w23Pick(app.inapp, 2)
		notifType = pick(g.r, []int{1, 1, 1, 2})
		dn.set("oneTimeProductNotification", O("version", N("1.0"), "notificationType", N(notifType), "purchaseToken", C(token), "sku", w21Text(product.name, product.cat)))
	case "voided":
		dn.set("voidedPurchaseNotification", O("purchaseToken", C(token), "orderId", N(orderBase), "productType", N(pick(g.r, []int{1, 2})), "refundType", N(pick(g.r, []int{1, 1, 2}))))
	default:
		dn.set("testNotification", O("version", N("1.0")))
	}

	// The Play Developer API's answer: the purchase with the billing
	// country of the buyer's Google account.
	start := g.t.AddDate(0, -g.r.IntN(14), -g.r.IntN(28))
	if kind == "sub" && p.showResidence && g.r.IntN(4) != 0 {
		state := map[int]string{4: "SUBSCRIPTION_STATE_ACTIVE", 2: "SUBSCRIPTION_STATE_ACTIVE", 1: "SUBSCRIPTION_STATE_ACTIVE", 7: "SUBSCRIPTION_STATE_ACTIVE", 3: "SUBSCRIPTION_STATE_CANCELED", 6: "SUBSCRIPTION_STATE_IN_GRACE_PERIOD", 5: "SUBSCRIPTION_STATE_ON_HOLD", 13: "SUBSCRIPTION_STATE_EXPIRED", 12: "SUBSCRIPTION_STATE_EXPIRED"}[notifType]
		renewals := g.r.IntN(12)
		order := orderBase
		if renewals > 0 && notifType != 4 {
			order += fmt.Sprintf("..%d", renewals-1)
		}
		units, nanos := product.price/100, (product.price%100)*10000000
		if currency == "JPY" || currency == "KRW" || currency == "IDR" || currency == "INR" {
			units, nanos = product.price*map[string]int{"JPY": 1, "KRW": 13, "IDR": 150, "INR": 1}[currency], 0
		}
		expiry, basePlan := g.t.AddDate(0, 1, 0), "monthly"
		switch {
		case strings.Contains(product.name, "year") || strings.HasSuffix(product.name, "_1y"):
			expiry, basePlan = g.t.AddDate(1, 0, 0), "yearly"
		case strings.Contains(product.name, "week"):
			expiry, basePlan = g.t.AddDate(0, 0, 7), "weekly"
		case strings.Contains(product.name, "season"):
			expiry, basePlan = g.t.AddDate(0, 2, 0), "season"
		}
		line := O(
			"productId", w21Text(product.name, product.cat),
			"expiryTime", N(z(expiry)),
			"autoRenewingPlan", O("autoRenewEnabled", N(notifType != 3 && notifType != 13 && notifType != 12), "recurringPrice", O("currencyCode", N(currency), "units", N(fmt.Sprint(units)), "nanos", N(nanos))),
			"offerDetails", O("basePlanId", N(basePlan), "offerTags", A(N("default"))),
			"latestSuccessfulOrderId", N(order),
		)
		purchase = O(
			"kind", N("androidpublisher#subscriptionPurchaseV2"),
			"regionCode", g.residence(cc),
			"lineItems", A(line),
			"startTime", N(z(start)),
			"subscriptionState", N(state),
			"latestOrderId", N(order),
		)
		if notifType == 4 && g.r.IntN(4) == 0 {
			// An upgrade: the replaced purchase's token.
			purchase.set("linkedPurchaseToken", C(g.chars("abcdefghijklmnopqrstuvwxyz", 24)+".AO-J1O"+g.chars(b64Set, 130)))
		}
		if notifType == 3 {
			if g.r.IntN(3) == 0 {
				purchase.set("canceledStateContext", O("systemInitiatedCancellation", O()))
			} else {
				survey := O("reason", N(pick(g.r, []string{"CANCEL_SURVEY_REASON_TOO_EXPENSIVE", "CANCEL_SURVEY_REASON_NOT_ENOUGH_USAGE", "CANCEL_SURVEY_REASON_FOUND_BETTER_APP", "CANCEL_SURVEY_REASON_OTHERS"})))
				if survey.obj[0].val.raw == "CANCEL_SURVEY_REASON_OTHERS" {
					r := g.w22Note(w23CancelReasons)
					if r.cat == "" {
						survey.set("reasonUserInput", P(r.text))
					} else {
						survey.set("reasonUserInput", S(r.text, r.cat))
					}
				}
				purchase.set("canceledStateContext", O("userInitiatedCancellation", O("cancelSurveyResult", survey, "cancelTime", N(z(g.t.Add(-time.Minute))))))
			}
		}
		purchase.set("acknowledgementState", N(pick(g.r, []string{"ACKNOWLEDGEMENT_STATE_ACKNOWLEDGED", "ACKNOWLEDGEMENT_STATE_ACKNOWLEDGED", "ACKNOWLEDGEMENT_STATE_PENDING"})))
		if g.r.IntN(3) != 0 {
			ids := O("obfuscatedExternalAccountId", P(obf))
			if g.r.IntN(3) == 0 {
				ids.set("obfuscatedExternalProfileId", P(g.b62(16)))
			}
			purchase.set("externalAccountIdentifiers", ids)
		}
		if g.r.IntN(10) == 0 {
			purchase.set("testPurchase", O())
		}
	} else if kind == "inapp" && p.showResidence && g.r.IntN(2) == 0 {
		purchase = O(
			"kind", N("androidpublisher#productPurchase"),
			"purchaseTimeMillis", N(ms(g.t.Add(-time.Duration(5+g.r.IntN(300))*time.Second))),
			"purchaseState", N(map[bool]int{true: 0, false: 1}[notifType == 1]),
			"consumptionState", N(g.r.IntN(2)),
			"developerPayload", N(""),
			"orderId", N(orderBase),
			"acknowledgementState", N(g.r.IntN(2)),
			"productId", w21Text(product.name, product.cat),
			"quantity", N(1),
			"regionCode", g.residence(cc),
		)
		if g.r.IntN(2) == 0 {
			purchase.set("obfuscatedExternalAccountId", P(obf))
		}
	}

	// The app's own user record.
	var user *node
	if kind != "test" && g.r.IntN(5) != 0 {
		user = O("uid", P(uid))
		if app.kind == "kids" {
			// The account is the parent's; the profile is the child's.
			pg, pgl := split(pick(g.r, p.c.given))
			user.set("email", P(g.w21Email(pgl, p.familyL, []string{"gmail.com", "gmail.com", "outlook.com", p.c.domain})))
			user.set("display_name", P(pg))
			child := O("name", P(p.given), "birthdate", g.dob("2006-01-02"), "reading_level", N(pick(g.r, []string{"A", "B", "C", "D"})))
			user.set("children", A(child))
		} else {
			user.set("email", P(p.email))
			user.set("display_name", P(pick(g.r, []string{p.given, p.given + " " + p.family, p.username})))
		}
		if p.showResidence && g.r.IntN(2) == 0 {
			user.set("country", g.residence(pick(g.r, []string{cc, cc, g.english()})))
		}
		if l := g.locale(pick(g.r, []string{p.locale, strings.ReplaceAll(p.locale, "-", "_")})); l != nil {
			user.set("locale", l)
		}
		user.set("created_at", N(z(start.Add(-time.Duration(g.r.IntN(600))*time.Hour))))
		switch app.kind {
		case "game":
			if g.r.IntN(3) == 0 {
				user.set("birthdate", g.dob("2006-01-02"))
			} else {
				user.set("birth_year", P(p.dob.Year()))
			}
			user.set("player_level", N(1+g.r.IntN(80)))
		case "health":
			prof := O("conditions", A(S(pick(g.r, w23PlayConditions), "health")))
			if g.r.IntN(2) == 0 {
				prof.set("weight_kg", S(50+g.r.IntN(70), "health"))
			}
			if g.r.IntN(3) == 0 {
				prof.set("notes", S(pick(g.r, []string{"Metformin 1000mg twice daily", "Sertraline 100mg, therapist every other week", "Last HbA1c 7.8%", "Insulin pump since 2019"}), "health"))
			}
			user.set("profile", prof)
		case "faith":
			f := pick(g.r, w23PlayFaith)
			user.set("profile", O("tradition", S(f.tradition, "religion"), f.extraKey, S(f.extra, "religion"), "reminders", N(g.r.IntN(2) == 0)))
		case "fitness":
			prof := O("goal", N(pick(g.r, []string{"run_10k", "lose_weight", "stay_active"})))
			if g.r.IntN(3) == 0 {
				prof.set("resting_hr", S(48+g.r.IntN(40), "health"))
			}
			user.set("profile", prof)
		}
		user.set("premium", N(kind == "sub" && notifType != 13 && notifType != 12))
		if obf != "" && g.r.IntN(2) == 0 {
			user.set("play_obfuscated_id", P(obf))
		}
	}

	msgID := pattern(g.r, "1##############")
	pub := z(g.t.Add(time.Duration(50+g.r.IntN(900)) * time.Millisecond))
	envelope := O(
		"message", O("data", w23B64JSON(dn), "messageId", N(msgID), "message_id", N(msgID), "publishTime", N(pub), "publish_time", N(pub)),
		"subscription", N(sub),
	)
	if g.r.IntN(5) == 0 {
		envelope.obj[0].val.obj = append([]member{{"attributes", O()}}, envelope.obj[0].val.obj...)
	}
	oidc := C(g.w21JWT(`{"alg":"RS256","kid":"`+g.hex(40)+`","typ":"JWT"}`, 560))
	switch g.r.IntN(5) {
	case 0:
		// The push as received.
		out := O(
			"method", N("POST"),
			"path", N(pick(g.r, []string{"/rtdn", "/webhooks/google-play", "/api/billing/play/notifications"})),
			"headers", O("Authorization", C("Bearer "+oidc.raw), "Content-Type", N("application/json"), "From", N("noreply@google.com"), "User-Agent", N("APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)")),
			"body", envelope,
		)
		if user != nil {
			out.set("user", user)
		}
		return out
	case 1, 2:
		// The backend's log: the notification decoded, the purchase looked
		// up, the user it belongs to.
		out := O("ts", N(z(g.t.Add(time.Second))), "pubsub_message_id", N(msgID), "notification", dn)
		if purchase != nil {
			api := "https://androidpublisher.googleapis.com/androidpublisher/v3/applications/" + app.pkg + "/purchases/"
			if kind == "sub" {
				api += "subscriptionsv2/tokens/" + token
			} else {
				api += "products/" + product.name + "/tokens/" + token
			}
			out.set("play_api", O(
				"request", O("method", N("GET"), "url", C(api), "headers", O("Authorization", C("Bearer ya29.c."+g.chars(b64Set, 180)))),
				"response", O("status", N(200), "body", purchase),
			))
		}
		if user != nil {
			out.set("user", user)
		}
		return out
	case 3:
		out := O("envelope", envelope, "decoded", dn)
		if purchase != nil {
			out.set("subscription_purchase", purchase)
		}
		if user != nil {
			out.set("user", user)
		}
		return out
	}
	out := O("received", envelope)
	if purchase != nil {
		out.set("purchase", purchase)
	}
	if user != nil {
		out.set("account", user)
	}
	return out
}
