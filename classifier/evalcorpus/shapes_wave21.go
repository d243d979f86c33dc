package evalcorpus

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// wave21Shapes are a twenty-first set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are two identity back ends
// and three payment services: a Stytch consumer user as its Svix-delivered
// webhooks (direct.user.create and .update, dashboard.user.create and
// .update) and its Users and Passwords API calls carry it (name with a
// middle name, emails, phone numbers, OAuth providers, WebAuthn, TOTP,
// crypto wallets and biometric registrations, and the trusted and
// untrusted metadata apps fill with shipping addresses, KYC numbers such
// as CURP, CUIL and Taiwanese national ids, a patient's condition, a
// dating profile's orientation, a parish, a child's guardian), for
// subjects worldwide and in Mexico, Argentina and Taiwan; a FusionAuth
// user.create or user.registration.create webhook (event info with IP
// geolocation, the user with birthDate, mobilePhone, parentEmail,
// preferredLanguages and timezone, registrations with roles, data,
// authentication tokens and identity-provider tokens, and user.data as
// clinics, faith apps, shops, fintechs and children's apps with parental
// consent fill it); the JSON-RPC calls Payme (Paycom) makes to an Uzbek
// merchant (CheckPerformTransaction, CreateTransaction,
// PerformTransaction, CancelTransaction, CheckTransaction, GetStatement,
// ChangePassword) with the Basic header of the merchant key, the
// merchant-defined account, the merchant's answers and errors in Russian,
// Uzbek and English, beside the merchant's order (Cyrillic and Latin Uzbek
// names with patronymics, +998 numbers, Tashkent addresses); an ECPay AIO
// ReturnURL notification as a Taiwanese merchant logs it (the form body
// raw and parsed, CheckMacValue, the paid extras of cards, ATM and
// convenience stores, and the merchant's order with a Traditional Chinese
// name, a 09xx mobile, an address, the e-invoice carrier and sometimes the
// buyer's national id); and a bKash Tokenized Checkout exchange (grant
// token, create, the callback, execute and query) with the merchant's
// order beside it (Bengali and Latin names, 01XXXXXXXXX wallets, Dhaka
// addresses, notes).
var wave21Shapes = []Shape{
	{Name: "stytch_user_webhook", Doc: "stytch.com/docs/workspace-management/webhooks and svix.com/event-types (Stytch consumer webhooks through Svix: POST with svix-id, svix-timestamp, svix-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body with the endpoint secret)) {project_id, event_id, action CREATE / UPDATE, object_type user, source DIRECT / DASHBOARD, id, timestamp, user, vertical CONSUMER}; stytch.com/docs/api/create-user, /api/update-user, /api/password-create (POST https://api.stytch.com/v1/users with Basic auth of project_id:secret {email, name, phone_number, trusted_metadata, untrusted_metadata, create_user_as_pending} -> {request_id, status_code, user_id, email_id, phone_id, status, user}; PUT /v1/users/{user_id}; POST /v1/passwords {email, password, session_duration_minutes} -> {user_id, email_id, session_token, session_jwt, session{session_id, user_id, started_at, last_accessed_at, expires_at, authentication_factors[], attributes{ip_address, user_agent}, custom_claims, roles}, user}); the User object {user_id user-live-…, created_at, status, name{first_name, middle_name, last_name}, emails[{email_id, email, verified}], phone_numbers[{phone_id, phone_number, verified}], providers[{provider_type, provider_subject, profile_picture_url, locale, oauth_user_registration_id}], webauthn_registrations[{webauthn_registration_id, domain, user_agent, verified, authenticator_type, name}], totps[{totp_id, verified}], crypto_wallets[{crypto_wallet_id, crypto_wallet_address, crypto_wallet_type, verified}], biometric_registrations[{biometric_registration_id, verified}], password{password_id, requires_reset}, trusted_metadata, untrusted_metadata, external_id, is_locked, lock_created_at, lock_expires_at, roles}) for users worldwide, in Mexico, Argentina and Taiwan among them", build: stytchUserEvent},
	{Name: "fusionauth_user_webhook", Doc: "fusionauth.io/docs/extend/events-and-webhooks/events/user-create, user-registration-create and their .complete events, fusionauth.io/docs/apis/users and /apis/registrations (webhook POST, optionally with HTTP Basic credentials and X-FusionAuth-Signature-JWT {event{applicationId, createInstant, id, info{ipAddress, userAgent, deviceName, deviceDescription, deviceType, location{city, country, displayString, latitude, longitude, region, zipcode}}, registration{applicationId, authenticationToken, data, id, insertInstant, lastLoginInstant, preferredLanguages, roles, timezone, tokens, username, usernameStatus, verified}, tenantId, type user.create / user.registration.create / user.create.complete / user.registration.create.complete, user{active, birthDate, connectorId, data{…}, email, firstName, fullName, id, imageUrl, insertInstant, lastLoginInstant, lastName, lastUpdateInstant, memberships, middleName, mobilePhone, parentEmail, passwordChangeRequired, passwordLastUpdateInstant, preferredLanguages, registrations[], tenantId, timezone, twoFactor{methods[{id, method, mobilePhone}]}, username, usernameStatus, verified}}}) with user.data as clinics, faith apps, shops, fintechs, SaaS and children's apps (parental consent) fill it, for users worldwide", build: fusionauthUserEvent},
	{Name: "payme_merchant_api", Doc: "developer.help.paycom.uz/metody-merchant-api (Merchant API: JSON-RPC 2.0 POST from Payme Business to the merchant's endpoint with Authorization: Basic base64(Paycom:<key>) {id, method CheckPerformTransaction / CreateTransaction / PerformTransaction / CancelTransaction / CheckTransaction / GetStatement / ChangePassword, params{id (24 hex), time (ms), amount (tiyin), account{…merchant-defined: order_id, user_id, phone, login, contract…}, reason 1-5 / 10, from, to, password}} -> {result{allow, detail{receipt_type, items[{title, price, count, code, package_code, vat_percent}]}, create_time, perform_time, cancel_time, transaction, state 1 / 2 / -1 / -2, reason, receivers, transactions[], success}} or {error{code -31001 / -31003 / -31007 / -31008 / -31050…-31099 / -32504 / -32400, message{ru, uz, en}, data}}) as an Uzbek merchant logs it, with the merchant's own order or subscriber record beside it", build: paymeMerchantAPI},
	{Name: "ecpay_aio_return_url", Doc: "developers.ecpay.com.tw/?p=2878 and ?p=16538 (AIO 付款結果通知: form-encoded Server POST to ReturnURL with MerchantID, MerchantTradeNo, StoreID, RtnCode, RtnMsg, TradeNo, TradeAmt, PaymentDate, PaymentType Credit_CreditCard / ATM_* / WebATM_* / CVS_* / BARCODE_BARCODE / TWQR_OPAY / ApplePay, PaymentTypeChargeFee, TradeDate, SimulatePaid, CustomField1..CustomField4, CheckMacValue (SHA256 upper-case hex of the sorted, URL-encoded fields between HashKey and HashIV); with NeedExtraPaidInfo=Y also gwsr, process_date, auth_code, amount, eci, card4no, card6no, stage, stast, staed, red_dan, red_de_amt, red_ok_amt, red_yet, ATMAccBank, ATMAccNo, WebATMAccBank, WebATMAccNo, WebATMBankName, PaymentNo, PayFrom; the merchant answers 1|OK) as a Taiwanese merchant logs it: the raw body and the parsed fields, with the merchant's order (buyer, shipping, e-invoice carrier 手機條碼 / 自然人憑證 / donation love code / company 統一編號, national id for real-name customs clearance)", build: ecpayReturnURL},
	{Name: "bkash_tokenized_checkout", Doc: "developer.bka.sh/docs/tokenized-checkout-process-overview (Tokenized Checkout v1.2.0-beta: POST {base}/tokenized/checkout/token/grant with headers username, password {app_key, app_secret} -> {statusCode 0000, statusMessage, id_token, token_type, expires_in, refresh_token}; POST …/create with Authorization: <id_token>, X-APP-Key {mode 0011, payerReference, callbackURL, amount, currency BDT, intent sale, merchantInvoiceNumber} -> {paymentID TR0011…, bkashURL, callbackURL, successCallbackURL, failureCallbackURL, cancelledCallbackURL, amount, intent, currency, paymentCreateTime, transactionStatus Initiated, merchantInvoiceNumber, statusCode, statusMessage}; the redirect to callbackURL?paymentID=…&status=success / failure / cancel; POST …/execute {paymentID} -> {paymentID, customerMsisdn, payerReference, paymentExecuteTime, trxID, transactionStatus Completed, amount, currency, intent, merchantInvoiceNumber, payerType, statusCode, statusMessage} or {statusCode 2056 / 2062 / 2117 / 2023 …, statusMessage}; POST …/payment/status) with the merchant's order beside it, for Bangladeshi payers", build: bkashTokenizedCheckout},
}

// w21Name is a name in its own script with its Latin spelling.
type w21Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w21Redraw makes the subject a person living in cc.
func (g *gen) w21Redraw(cc string) { g.p = newPerson(g.r, countryByCode(cc), g.t) }

// w21Age redraws the subject's birth date so that they are lo to hi years
// old at event time, and the national identifier that encodes it.
func (g *gen) w21Age(lo, hi int) {
	p := g.p
	age := lo + g.r.IntN(hi-lo+1)
	p.dob = g.t.AddDate(-age, 0, -g.r.IntN(365)).Truncate(24 * time.Hour)
	p.minor = age < 18
	if p.idScheme != "" {
		ig, ok := idGens[p.idScheme]
		if !ok {
			ig = moreIDGens[p.idScheme]
		}
		p.idValue = ig.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
}

// w21SetPhone gives the subject the number e164 of cc and shows it.
func (g *gen) w21SetPhone(cc, e164 string) {
	p := g.p
	p.phoneCC, p.phoneE164 = cc, e164
	if n, err := phonenumbers.Parse(e164, ""); err == nil {
		p.phoneNat = phonenumbers.Format(n, phonenumbers.NATIONAL)
	}
	p.phone = phoneNotation(g.r, e164, p.phoneNat)
	p.showPhone = true
}

// w21OwnPhone gives the subject a number of cc made of one of the
// prefixes (national significant digits) and shows it: a wallet or a
// delivery needs a local mobile.
func (g *gen) w21OwnPhone(cc, calling string, prefixes []string, length int) {
	for range 40 {
		pre := pick(g.r, prefixes)
		v := "+" + calling + pre + pattern(g.r, strings.Repeat("#", length-len(pre)))
		if w20Validate(v, cc) {
			g.w21SetPhone(cc, v)
			return
		}
	}
	e, _ := phoneNumber(g.r, cc)
	g.w21SetPhone(cc, e)
}

// w21NSN is the national significant number of the subject's phone.
func (g *gen) w21NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w21Weak records the country of the subject's number when a free text
// or a masked field carries it.
func (g *gen) w21Weak() { g.lab.Weak = addCountry(g.lab.Weak, g.p.phoneCC) }

// w21Clean keeps the lower-case letters and digits of a Latin name.
func w21Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w21Email is an address people make of their Latin name.
func (g *gen) w21Email(givenL, familyL string, domains []string) string {
	local := w21Clean(givenL) + pick(g.r, []string{".", "_", ""}) + w21Clean(familyL)
	if g.r.IntN(3) == 0 {
		local += fmt.Sprint(g.r.IntN(100))
	}
	return local + "@" + pick(g.r, domains)
}

// w21Leaves are the leaves under n.
func w21Leaves(n *node) []*node {
	var out []*node
	var walk func(*node)
	walk = func(n *node) {
		switch n.kind {
		case nodeObj:
			for _, m := range n.obj {
				walk(m.val)
			}
		case nodeArr:
			for _, c := range n.arr {
				walk(c)
			}
		default:
			out = append(out, n)
		}
	}
	walk(n)
	return out
}

// w21RawJSON is n as the JSON text a log keeps of a body, labelled by the
// most telling leaf it holds.
func w21RawJSON(n *node) *node {
	return w20Raw(string(render(n, &Label{})), w21Leaves(n))
}

// w21Text is a free text: non-personal without a category, personal for
// "name", else sensitive of its category.
func w21Text(text, cat string) *node {
	switch cat {
	case "":
		return N(text)
	case "name":
		return P(text)
	}
	return S(text, cat)
}

var w21UAs = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
	"Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
}

// w21JWT is a token in the JWS compact notation with a drawn body.
func (g *gen) w21JWT(header string, n int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(header)) + "." + g.chars(b64Set, n) + "." + g.chars(b64Set, 342)
}

// w21TWIDLetters are the letters of Taiwan's national identification
// numbers with the two-digit value each stands for in the check sum.
var w21TWIDLetters = map[byte]int{
	'A': 10, 'B': 11, 'C': 12, 'D': 13, 'E': 14, 'F': 15, 'G': 16, 'H': 17, 'I': 34, 'J': 18, 'K': 19, 'L': 20, 'M': 21,
	'N': 22, 'O': 35, 'P': 23, 'Q': 24, 'R': 25, 'S': 26, 'T': 27, 'U': 28, 'V': 29, 'W': 32, 'X': 30, 'Y': 31, 'Z': 33,
}

// w21TWID is a Taiwanese national identification number (國民身分證統一編號):
// the letter of the place of first registration (A Taipei, F New Taipei,
// B Taichung, E Kaohsiung, H Taoyuan, D Tainan), 1 for a man or 2 for a
// woman, seven digits and the check digit: the letter's two digits
// weighted 1 and 9, the next eight weighted 8 down to 1, and the check
// digit make a multiple of ten (A123456789 is the published example).
func (g *gen) w21TWID(female bool) string {
	l := pick(g.r, []byte("AFBEHD"))
	sex := 1
	if female {
		sex = 2
	}
	body := fmt.Sprintf("%d%s", sex, pattern(g.r, "#######"))
	v := w21TWIDLetters[l]
	s := v/10 + v%10*9
	for i := 0; i < 8; i++ {
		s += int(body[i]-'0') * (8 - i)
	}
	return string(l) + body + fmt.Sprint((10-s%10)%10)
}

// ---------------------------------------------------------------- Stytch

var w21MXNames = []w19Name{
	{"José", "Luis", "Ramírez Ortega", "jose", "luis", "ramirez", false},
	{"María", "Fernanda", "López Hernández", "maria", "fernanda", "lopez", true},
	{"Juan", "Carlos", "Martínez Soto", "juan", "carlos", "martinez", false},
	{"Ana", "Sofía", "García Cruz", "ana", "sofia", "garcia", true},
	{"Luis", "Ángel", "Sánchez Reyes", "luis", "angel", "sanchez", false},
	{"Ximena", "", "Torres Mendoza", "ximena", "", "torres", true},
	{"Diego", "Alejandro", "Flores Vázquez", "diego", "alejandro", "flores", false},
	{"Guadalupe", "", "Morales Jiménez", "guadalupe", "", "morales", true},
}

var w21ARNames = []w19Name{
	{"Lucas", "Martín", "Fernández", "lucas", "martin", "fernandez", false},
	{"Camila", "Belén", "Gómez", "camila", "belen", "gomez", true},
	{"Santiago", "", "Pereyra", "santiago", "", "pereyra", false},
	{"Florencia", "Agustina", "Romero", "florencia", "agustina", "romero", true},
	{"Matías", "Nicolás", "Sosa", "matias", "nicolas", "sosa", false},
	{"Julieta", "", "Álvarez", "julieta", "", "alvarez", true},
	{"Facundo", "Ezequiel", "Benítez", "facundo", "ezequiel", "benitez", false},
	{"Milagros", "Sol", "Acosta", "milagros", "sol", "acosta", true},
}

// w21TWNames: the given name and surname in Traditional Chinese and in
// the Wade-Giles spelling of passports.
var w21TWNames = []w21Name{
	{"小明", "王", "Hsiao-Ming", "Wang", false},
	{"雅婷", "林", "Ya-Ting", "Lin", true},
	{"家豪", "張", "Chia-Hao", "Chang", false},
	{"美玲", "李", "Mei-Ling", "Li", true},
	{"冠宇", "陳", "Kuan-Yu", "Chen", false},
	{"詩涵", "黃", "Shih-Han", "Huang", true},
	{"宗翰", "吳", "Tsung-Han", "Wu", false},
	{"佳穎", "劉", "Chia-Ying", "Liu", true},
	{"承恩", "蔡", "Cheng-En", "Tsai", false},
	{"淑惠", "楊", "Shu-Hui", "Yang", true},
}

var w21Domains = map[string][]string{
	"MX": {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"},
	"AR": {"gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar"},
	"TW": {"gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net"},
	"UZ": {"mail.ru", "gmail.com", "inbox.uz", "yandex.ru"},
	"BD": {"gmail.com", "yahoo.com", "hotmail.com"},
}

// w21Lang is the language the subject's free texts are in, of those the
// wave writes (Spanish, Chinese, English).
func (g *gen) w21Lang() string {
	switch g.p.c.lang {
	case "es", "zh":
		return g.p.c.lang
	}
	return "en"
}

// w21Conditions, w21Orientations and w21Parishes are what health, dating
// and parish apps keep of a user, by language.
var (
	w21Conditions = map[string][]string{
		"es": {"Diabetes tipo 2", "Hipertensión arterial", "Trastorno de ansiedad generalizada", "Asma", "Hipotiroidismo"},
		"zh": {"第二型糖尿病", "高血壓", "憂鬱症", "氣喘"},
		"en": {"Type 2 diabetes", "Asthma", "Major depressive disorder", "Hypertension", "Crohn's disease"},
	}
	w21Allergies = map[string][]string{
		"es": {"Penicilina", "Ibuprofeno", "Látex"},
		"zh": {"青黴素", "阿斯匹靈"},
		"en": {"Penicillin", "Sulfa drugs", "Latex", "Peanuts"},
	}
	w21Orientations = map[string][]string{
		"es": {"bisexual", "gay", "lesbiana", "pansexual"},
		"zh": {"同性戀", "雙性戀"},
		"en": {"gay", "bisexual", "lesbian", "queer"},
	}
	w21Parishes = map[string][]string{
		"es": {"Parroquia San Judas Tadeo", "Parroquia Nuestra Señora de Guadalupe", "Iglesia Cristiana Evangélica Bethel", "Comunidad Judía de Buenos Aires"},
		"zh": {"台北靈糧堂", "天主教聖家堂", "行天宮志工團", "慈濟台北分會"},
		"en": {"St. Mary's Catholic Church", "Grace Baptist Church", "Masjid Al-Noor", "Holy Trinity Orthodox Cathedral"},
	}
	w21Giving = map[string][]string{
		"es": {"diezmo mensual", "ofrenda quincenal"},
		"zh": {"每月奉獻", "十一奉獻"},
		"en": {"monthly tithe", "weekly offering"},
	}
	w21Schools = map[string][]string{
		"es": {"Escuela Primaria Benito Juárez", "Colegio San Martín de Tours", "Escuela N.º 12 D.E. 5"},
		"zh": {"臺北市立大安國民中學", "新北市板橋區海山國小"},
		"en": {"Lincoln Middle School", "St. Patrick's Primary School", "Riverside Elementary"},
	}
	w21Jobs = map[string][][2]string{
		"es": {{"Gerente de operaciones", "Logística del Norte S.A. de C.V."}, {"Desarrolladora de software", "Mercado Tech SRL"}, {"Contador", "Estudio Pérez & Asociados"}},
		"zh": {{"產品經理", "台灣積體電路製造股份有限公司"}, {"軟體工程師", "趨勢科技"}},
		"en": {{"Operations manager", "Northwind Logistics Ltd"}, {"Software engineer", "Contoso Ltd"}, {"Nurse", "St. Luke's Hospital"}},
	}
)

// w21Insurers are health insurers of the wave's countries.
var w21Insurers = map[string][]string{
	"MX": {"GNP Seguros", "AXA Seguros", "IMSS"},
	"AR": {"OSDE", "Swiss Medical", "Galeno"},
	"TW": {"全民健康保險", "國泰人壽"},
}

func (g *gen) w21Insurer() string {
	if l, ok := w21Insurers[g.p.c.code]; ok {
		return pick(g.r, l)
	}
	return pick(g.r, []string{"Allianz Care", "Bupa Global", "AXA", "Cigna"})
}

func stytchUserEvent(g *gen) *node {
	switch x := g.r.IntN(9); {
	case x < 2:
		g.w21Redraw("MX")
	case x < 4:
		g.w21Redraw("AR")
	case x < 6:
		g.w21Redraw("TW")
	}
	kind := pick(g.r, []string{"shop", "shop", "shop", "fintech", "fintech", "telehealth", "dating", "parish", "kids", "saas", "saas"})
	switch kind {
	case "kids":
		g.w21Age(8, 15)
	case "fintech", "dating", "telehealth":
		g.w21Age(18, 70)
	}
	p := g.p
	n := w19Name{p.given, "", p.family, p.givenL, "", p.familyL, p.female}
	switch p.c.code {
	case "MX", "AR":
		if g.r.IntN(4) != 0 {
			n = pick(g.r, map[bool][]w19Name{true: w21MXNames, false: w21ARNames}[p.c.code == "MX"])
		}
	case "TW":
		if g.r.IntN(2) == 0 {
			t := pick(g.r, w21TWNames)
			n = w19Name{t.given, "", t.family, t.givenL, "", t.familyL, t.female}
			if g.r.IntN(3) == 0 {
				// The English name form many Taiwanese sign up with.
				n.given, n.family = t.givenL, t.familyL
			}
		}
	}
	if n.given != p.given {
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, w21Domains[p.c.code])
	}
	lang := g.w21Lang()
	env := "live"
	if g.r.IntN(8) == 0 {
		env = "test"
	}
	id := func(kind string) string { return kind + "-" + env + "-" + g.uuid() }
	uid := id("user")
	emailID := id("email")
	// mode: 0-4 the webhook, 5-6 the create call, 7 the update call, 8-9
	// a password sign-up.
	mode := g.r.IntN(10)
	action := pick(g.r, []string{"CREATE", "CREATE", "CREATE", "UPDATE", "UPDATE"})
	switch {
	case mode == 7:
		action = "UPDATE"
	case mode >= 5:
		action = "CREATE"
	}
	// fresh: a user made by an e-mail and password sign-up has nothing
	// else yet.
	fresh := mode >= 8
	// A user just created has no second factor yet, and one the back end
	// created by API has no OAuth identity either.
	noFactors, apiNew := action == "CREATE", mode == 5 || mode == 6
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	created := g.t.Add(-time.Duration(1+g.r.IntN(5)) * time.Second)
	if action == "UPDATE" {
		created = g.t.AddDate(0, 0, -1-g.r.IntN(400)).Add(-time.Duration(g.r.IntN(86400)) * time.Second)
	}
	host := map[string]string{"shop": "tienda.example.com", "fintech": "app.example-wallet.com", "telehealth": "portal.example-telemed.com", "dating": "app.example-match.com", "parish": "comunidad.example-iglesia.org", "kids": "learn.example-kids.com", "saas": "console.example-saas.io"}[kind]

	// The name as the app sent it: a middle name where the culture has one.
	middle := N("")
	if n.middle != "" && g.r.IntN(3) != 0 {
		middle = P(n.middle)
	}
	name := O("first_name", P(n.given), "last_name", P(n.family), "middle_name", middle)

	emails := A(O("email", P(p.email), "email_id", P(emailID), "verified", N(action == "UPDATE" || g.r.IntN(3) == 0)))
	phoneID := ""
	phones := A()
	if kind != "kids" && !fresh {
		if ph := g.phone(g.e164()); ph != nil {
			phoneID = id("phone-number")
			phones = A(O("phone_id", P(phoneID), "phone_number", ph, "verified", N(g.r.IntN(4) != 0)))
		}
	}

	// OAuth providers the user signed in with.
	providers := A()
	if kind != "kids" && !fresh && !apiNew && g.r.IntN(3) == 0 {
		loc := func() *node {
			if l := g.locale(p.locale); l != nil {
				return l
			}
			return N("")
		}
		switch pick(g.r, []string{"Google", "Google", "Apple", "Facebook", "Microsoft"}) {
		case "Google":
			providers = A(O("locale", loc(), "oauth_user_registration_id", P(id("oauth-user")), "profile_picture_url", P("https://lh3.googleusercontent.com/a/ACg8oc"+g.chars(b64Set, 60)+"=s96-c"), "provider_subject", P(fmt.Sprintf("1%020d", g.r.Int64N(1<<62))), "provider_type", N("Google")))
		case "Apple":
			providers = A(O("locale", N(""), "oauth_user_registration_id", P(id("oauth-user")), "profile_picture_url", N(""), "provider_subject", P(fmt.Sprintf("%06d.%s.%04d", g.r.IntN(1000000), g.hex(32), g.r.IntN(10000))), "provider_type", N("Apple")))
		case "Facebook":
			providers = A(O("locale", loc(), "oauth_user_registration_id", P(id("oauth-user")), "profile_picture_url", P("https://platform-lookaside.fbsbx.com/platform/profilepic/?asid="+pattern(g.r, "################")+"&height=100&width=100&ext="+fmt.Sprint(g.t.Unix()+86400*30)+"&hash="+g.chars(b64Set, 24)), "provider_subject", P(pattern(g.r, "################")), "provider_type", N("Facebook")))
		default:
			providers = A(O("locale", N(""), "oauth_user_registration_id", P(id("oauth-user")), "profile_picture_url", N(""), "provider_subject", P(g.chars(b64Set, 43)), "provider_type", N("Microsoft")))
		}
	}

	webauthn := A()
	if !noFactors && g.r.IntN(4) == 0 {
		var label *node = N(pick(g.r, []string{"iCloud Keychain", "Google Password Manager", "Windows Hello", "YubiKey 5 NFC"}))
		if g.r.IntN(3) == 0 {
			label = P(pick(g.r, []string{"iPhone de " + n.given, n.given + "'s iPhone", n.given + " 的 iPhone", "Pixel de " + n.given}))
		}
		webauthn = A(O("authenticator_type", N(pick(g.r, []string{"platform", "cross-platform"})), "domain", N(host), "name", label, "user_agent", N(pick(g.r, w21UAs)), "verified", N(true), "webauthn_registration_id", P(id("webauthn-registration"))))
	}
	totps := A()
	if !noFactors && (kind == "fintech" || kind == "saas" || g.r.IntN(8) == 0) {
		if g.r.IntN(2) == 0 {
			totps = A(O("totp_id", P(id("totp")), "verified", N(true)))
		}
	}
	wallets := A()
	if !noFactors && (kind == "fintech" || kind == "saas") && g.r.IntN(5) == 0 {
		if g.r.IntN(2) == 0 {
			wallets = A(O("crypto_wallet_address", P("0x"+g.hex(40)), "crypto_wallet_id", P(id("crypto-wallet")), "crypto_wallet_type", N("ethereum"), "verified", N(true)))
		} else {
			wallets = A(O("crypto_wallet_address", P(g.chars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)), "crypto_wallet_id", P(id("crypto-wallet")), "crypto_wallet_type", N("solana"), "verified", N(true)))
		}
	}
	biometrics := A()
	if !noFactors && g.r.IntN(6) == 0 {
		biometrics = A(O("biometric_registration_id", P(id("biometric-registration")), "verified", N(true)))
	}
	withPassword := fresh || len(providers.arr) == 0 && g.r.IntN(2) == 0
	var password *node = N(nil)
	if withPassword {
		password = O("password_id", P(id("password")), "requires_reset", N(false))
	}

	// What the app keeps of the user: trusted metadata only its back end
	// writes, untrusted metadata the user edits.
	trusted, untrusted := O(), O()
	// bare: a user just created, before the app wrote anything.
	bare := action == "CREATE" && g.r.IntN(4) == 0
	if !bare {
		switch kind {
		case "shop":
			if g.r.IntN(2) == 0 {
				trusted.set("stripe_customer_id", P("cus_"+g.b62(14)))
			}
			trusted.set("customer_tier", N(pick(g.r, []string{"bronze", "silver", "gold"})))
			if p.showResidence && g.r.IntN(3) != 0 {
				trusted.set("shipping_address", O(
					"line1", g.addr(p.street),
					"city", g.addr(p.city),
					"state", g.addrN(p.region),
					"postal_code", g.addr(p.post),
					"country", g.residence(p.c.code),
				))
			}
		case "fintech":
			kyc := O(
				"status", N(pick(g.r, []string{"approved", "approved", "pending_review"})),
				"provider", N(pick(g.r, []string{"Truora", "MetaMap", "Sumsub", "Onfido"})),
				"verified_at", N(z(created.Add(-time.Hour))),
			)
			switch p.c.code {
			case "MX":
				c := curp(g.r, p.dob, p.female, n.givenL, n.familyL)
				kyc.set("curp", P(c))
				if g.r.IntN(2) == 0 {
					kyc.set("rfc", P(c[:10]+g.chars("ABCDEFGHJKLMNPRSTUVWXYZ123456789", 2)+fmt.Sprint(g.r.IntN(10))))
				}
			case "AR":
				cuil, dni := arCUIL(g.r, p.dob, p.female)
				if g.r.IntN(2) == 0 {
					kyc.set("cuil", P(cuil))
				} else {
					kyc.set("dni", P(dni))
				}
			case "TW":
				kyc.set("national_id", P(g.w21TWID(p.female)))
			default:
				if f, v := g.idLeaf(); v != nil {
					kyc.set(f, v)
				}
			}
			trusted.set("kyc", kyc)
			trusted.set("nationality", g.citizenship(p.cit.code))
			trusted.set("risk_level", N(pick(g.r, []string{"low", "low", "medium"})))
		case "telehealth":
			trusted.set("patient_id", P("PT-"+pattern(g.r, "#######")))
			trusted.set("primary_condition", S(pick(g.r, w21Conditions[lang]), "health"))
			if g.r.IntN(2) == 0 {
				trusted.set("insurance", O("insurer", N(g.w21Insurer()), "member_number", P(pattern(g.r, "##########"))))
			}
		case "dating":
			untrusted.set("orientation", S(pick(g.r, w21Orientations[lang]), "sexual_orientation"))
			trusted.set("selfie_verified", N(g.r.IntN(2) == 0))
			trusted.set("premium_until", N(z(g.t.AddDate(0, 1+g.r.IntN(6), 0))))
		case "parish":
			untrusted.set("parish", S(pick(g.r, w21Parishes[lang]), "religion"))
			if g.r.IntN(2) == 0 {
				trusted.set("giving", S(pick(g.r, w21Giving[lang]), "religion"))
			}
			trusted.set("member_since", N(created.Format("2006-01-02")))
		case "kids":
			pg, pgl := split(pick(g.r, p.c.given))
			parentName := pg + " " + n.family
			if p.c.familyFirst {
				parentName = n.family + pg
			}
			trusted.set("guardian", O(
				"name", P(parentName),
				"email", P(g.w21Email(pgl, n.familyL, []string{"gmail.com", "outlook.com", "hotmail.com"})),
				"consent", N(pick(g.r, []string{"verified", "verified", "pending"})),
				"consent_method", N(pick(g.r, []string{"card_check", "email_plus", "id_upload"})),
				"consent_at", N(z(created.Add(-10*time.Minute))),
			))
			if g.r.IntN(2) == 0 {
				trusted.set("school", P(pick(g.r, w21Schools[lang])))
			}
			untrusted.set("avatar", N(pick(g.r, []string{"fox", "panda", "rocket", "unicorn"})))
			untrusted.set("birthday", g.dob("2006-01-02"))
			untrusted.set("grade", N(pick(g.r, []string{"4", "5", "6", "7", "8"})))
		case "saas":
			trusted.set("org_id", N("org_"+g.b62(12)))
			trusted.set("role", N(pick(g.r, []string{"admin", "member", "owner"})))
			trusted.set("plan", N(pick(g.r, []string{"free", "team", "enterprise"})))
			if g.r.IntN(2) == 0 {
				j := pick(g.r, w21Jobs[lang])
				untrusted.set("job_title", P(j[0]))
				untrusted.set("company", P(j[1]))
			}
		}
		if kind != "kids" {
			if g.r.IntN(3) != 0 {
				untrusted.set("display_name", P(pick(g.r, []string{n.given, n.given + " " + string([]rune(n.family)[:1]) + ".", strings.ToLower(n.givenL)})))
			}
			untrusted.set("preferred_language", g.locale(p.locale))
			untrusted.set("timezone", g.tz(p.tz))
			if g.r.IntN(3) == 0 {
				untrusted.set("bio", g.bio())
			}
			if kind != "dating" && g.r.IntN(4) == 0 || kind == "dating" {
				untrusted.set("birthday", g.dob("2006-01-02"))
			}
			if g.r.IntN(8) == 0 {
				untrusted.set("pronouns", P(pick(g.r, map[string][]string{"es": {"ella", "él", "elle"}, "zh": {"她", "他"}, "en": {"she/her", "he/him", "they/them"}}[lang])))
			}
			untrusted.set("marketing_opt_in", N(g.r.IntN(2) == 0))
		}
	}
	externalID := N("")
	if g.r.IntN(3) == 0 {
		externalID = P(pick(g.r, []string{fmt.Sprint(100000 + g.r.IntN(900000)), "usr_" + g.b62(10)}))
	}
	status := "active"
	if mode == 5 && g.r.IntN(2) == 0 {
		status = "pending"
	}
	user := O(
		"biometric_registrations", biometrics,
		"created_at", N(z(created)),
		"crypto_wallets", wallets,
		"emails", emails,
		"external_id", externalID,
		"is_locked", N(false),
		"lock_created_at", N(nil),
		"lock_expires_at", N(nil),
		"name", name,
		"password", password,
		"phone_numbers", phones,
		"providers", providers,
		"roles", A(N("stytch_user")),
		"status", N(status),
		"totps", totps,
		"trusted_metadata", trusted,
		"untrusted_metadata", untrusted,
		"user_id", P(uid),
		"webauthn_registrations", webauthn,
	)

	projectID := "project-" + env + "-" + g.uuid()
	api := map[string]string{"live": "https://api.stytch.com", "test": "https://test.stytch.com"}[env]
	secret := "secret-" + env + "-" + g.chars(b64Set, 32) + "="
	basic := func() *node {
		return C("Basic " + base64.StdEncoding.EncodeToString([]byte(projectID+":"+secret)))
	}
	reqID := func() *node { return N("request-id-" + env + "-" + g.uuid()) }
	phoneIDNode := N("")
	if phoneID != "" {
		phoneIDNode = P(phoneID)
	}
	switch {
	case mode < 5:
		// The webhook Svix delivers.
		source := pick(g.r, []string{"DIRECT", "DIRECT", "DIRECT", "DASHBOARD"})
		body := O(
			"action", N(action),
			"event_id", N("event-"+env+"-"+g.uuid()),
			"id", P(uid),
			"object_type", N("user"),
			"project_id", N(projectID),
			"source", N(source),
			"timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05.000")+pattern(g.r, "######")+"Z"),
			"user", user,
			"vertical", N("CONSUMER"),
		)
		raw := string(render(body, &Label{}))
		msgID := "msg_" + g.b62(27)
		ts := fmt.Sprint(g.t.Unix())
		key := make([]byte, 24)
		for i := range key {
			key[i] = byte(g.r.UintN(256))
		}
		mac := hmac.New(sha256.New, key)
		mac.Write([]byte(msgID + "." + ts + "." + raw))
		headers := O(
			"content-type", N("application/json"),
			"svix-id", N(msgID),
			"svix-timestamp", N(ts),
			"svix-signature", C("v1,"+base64.StdEncoding.EncodeToString(mac.Sum(nil))),
			"user-agent", N("Svix-Webhooks/1.24.0 (sender-"+g.b62(5)+"; +https://www.svix.com/http-sender/)"),
		)
		switch g.r.IntN(3) {
		case 0:
			return O("headers", headers, "body", body)
		case 1:
			return O(
				"received_at", N(g.t.Add(time.Duration(200+g.r.IntN(800))*time.Millisecond).UTC().Format(time.RFC3339Nano)),
				"event_type", N(strings.ToLower(source)+".user."+strings.ToLower(action)),
				"headers", headers,
				"raw_body", w20Raw(raw, w21Leaves(body)),
			)
		}
		return body
	case mode < 7:
		// The app's back end creates the user.
		var reqPhone *node
		if kind != "kids" {
			reqPhone = g.phone(g.e164())
		}
		req := O(
			"email", P(p.email),
			"name", name,
			"phone_number", reqPhone,
			"trusted_metadata", trusted,
			"untrusted_metadata", untrusted,
			"create_user_as_pending", N(status == "pending"),
		)
		return O(
			"request", O("method", N("POST"), "url", N(api+"/v1/users"), "headers", O("Authorization", basic(), "Content-Type", N("application/json")), "body", req),
			"response", O("status", N(200), "body", O(
				"email_id", P(emailID),
				"phone_id", phoneIDNode,
				"request_id", reqID(),
				"status", N(status),
				"status_code", N(200),
				"user", user,
				"user_id", P(uid),
			)),
		)
	case mode < 8:
		// The app's back end updates the user: the URL names them.
		req := O("name", name, "trusted_metadata", trusted, "untrusted_metadata", untrusted)
		return O(
			"request", O("method", N("PUT"), "url", P(api+"/v1/users/"+uid), "headers", O("Authorization", basic(), "Content-Type", N("application/json")), "body", req),
			"response", O("status", N(200), "body", O(
				"crypto_wallets", wallets,
				"emails", emails,
				"phone_numbers", phones,
				"request_id", reqID(),
				"status_code", N(200),
				"user", user,
				"user_id", P(uid),
			)),
		)
	}
	// A password sign-up: the password in the request, the session in
	// the answer.
	pw := pick(g.r, []string{
		strings.ToUpper(w21Clean(n.givenL)[:1]) + w21Clean(n.givenL)[1:] + fmt.Sprint(1980+g.r.IntN(30)) + "!",
		g.chars(b62Set+"!#$%&*", 14),
		"Tq" + g.b62(6) + "#" + fmt.Sprint(g.r.IntN(100)),
	})
	started := g.t.Add(-time.Second)
	sz := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	ip := P(p.ip)
	session := O(
		"attributes", O("ip_address", ip, "user_agent", N(pick(g.r, w21UAs))),
		"authentication_factors", A(O(
			"created_at", N(sz(started)),
			"delivery_method", N("knowledge"),
			"last_authenticated_at", N(sz(started)),
			"type", N("password"),
			"updated_at", N(sz(started)),
		)),
		"custom_claims", O(),
		"expires_at", N(sz(started.Add(time.Duration(60*(1+g.r.IntN(24)))*time.Minute))),
		"last_accessed_at", N(sz(started)),
		"roles", A(N("stytch_user")),
		"session_id", P(id("session")),
		"started_at", N(sz(started)),
		"user_id", P(uid),
	)
	req := O("email", P(p.email), "password", C(pw), "session_duration_minutes", N(60*(1+g.r.IntN(24))))
	if len(untrusted.obj) > 0 && g.r.IntN(2) == 0 {
		req.set("untrusted_metadata", untrusted)
	}
	resp := O(
		"email_id", P(emailID),
		"request_id", reqID(),
		"session", session,
		"session_jwt", C(g.w21JWT(`{"alg":"RS256","kid":"jwk-`+env+`-`+g.uuid()+`","typ":"JWT"}`, 480)),
		"session_token", C(g.chars(b64Set, 44)),
		"status_code", N(200),
		"user", user,
		"user_id", P(uid),
	)
	return O(
		"request", O("method", N("POST"), "url", N(api+"/v1/passwords"), "headers", O("Authorization", basic(), "Content-Type", N("application/json")), "body", req),
		"response", O("status", N(200), "body", resp),
	)
}

// ------------------------------------------------------------ FusionAuth

var (
	w21Denominations = []string{"Roman Catholic", "Sunni Muslim", "Shia Muslim", "Evangelical Christian", "Eastern Orthodox", "Seventh-day Adventist", "Theravada Buddhist", "Reform Judaism", "Latter-day Saints"}
	w21Congregations = []string{"St. Joseph Parish", "Masjid Al-Noor", "Hillsong Church", "Holy Trinity Cathedral", "Beth Israel Congregation", "Grace Community Church", "Wat Buddharangsi"}
	w21Occupations   = []string{"Teacher", "Software developer", "Nurse", "Self-employed (retail)", "Accountant", "Student", "Driver", "Civil engineer"}
	// w21IntakeNotes are what a clinic's sign-up form keeps in free text.
	w21IntakeNotes = map[string][]string{
		"es": {"Referida por la Dra. Ortiz para control de hipertensión", "Embarazo de 20 semanas, primera consulta", "Seguimiento de depresión, toma sertralina 50 mg"},
		"zh": {"轉診追蹤高血壓", "懷孕二十週，初診", "憂鬱症追蹤，服用抗憂鬱藥"},
		"en": {"Referred by Dr. Ortiz for hypertension follow-up", "20 weeks pregnant, first visit", "Depression follow-up, on sertraline 50 mg", "Post-surgery physiotherapy, left knee"},
	}
	w21PrayerRequests = []string{"Please pray for my mother's recovery", "Pray for my family during Ramadan", "Praying for strength this Lent", "Pray for our parish youth retreat"}
)

func fusionauthUserEvent(g *gen) *node {
	kind := pick(g.r, []string{"retail", "retail", "clinic", "clinic", "faith", "kids", "kids", "fintech", "saas"})
	switch kind {
	case "kids":
		g.w21Age(7, 15)
	case "fintech":
		g.w21Age(18, 75)
	}
	p := g.p
	lang := g.w21Lang()
	ms := func(t time.Time) *node { return N(t.UnixMilli()) }
	typ := pick(g.r, []string{"user.create", "user.registration.create", "user.registration.create", "user.create.complete", "user.registration.create.complete"})
	reg := strings.HasPrefix(typ, "user.registration")
	tenant, appID, uid := g.uuid(), g.uuid(), g.uuid()
	insert := g.t.Add(-time.Duration(50+g.r.IntN(3000)) * time.Millisecond)
	userInsert := insert
	if reg && g.r.IntN(2) == 0 {
		// An existing user registering for another application.
		userInsert = g.t.AddDate(0, -1-g.r.IntN(30), -g.r.IntN(28))
	}
	other := func() (string, string) {
		given, _ := split(pick(g.r, p.c.given))
		name := given + " " + p.family
		if p.c.familyFirst {
			name = p.family + given
			if !p.c.noSpace {
				name = p.family + " " + given
			}
		}
		e, _ := phoneNumber(g.r, p.c.code)
		return name, e
	}
	address := func() *node {
		if !p.showResidence {
			return nil
		}
		return O(
			"street", g.addr(p.street),
			"city", g.addr(p.city),
			"region", g.addrN(p.region),
			"postalCode", g.addr(p.post),
			"country", g.residence(pick(g.r, []string{p.c.code, g.english()})),
		)
	}
	data := O()
	var parentEmail *node
	switch kind {
	case "retail":
		data.set("address", address())
		data.set("loyaltyTier", N(pick(g.r, []string{"basic", "silver", "gold"})))
		data.set("marketing", O("email", N(g.r.IntN(2) == 0), "sms", N(g.r.IntN(3) == 0), "consentedAt", ms(insert)))
		if g.r.IntN(3) == 0 {
			data.set("notes", N(pick(g.r, []string{"Prefers delivery after 6pm", "Gift wrapping by default", "Ring twice, intercom broken"})))
		}
		if g.r.IntN(4) == 0 {
			data.set("aboutMe", g.bio())
		}
	case "clinic":
		data.set("address", address())
		if f, v := g.idLeaf(); v != nil {
			data.set(f, v)
		}
		data.set("insurance", O("provider", N(g.w21Insurer()), "memberId", P(pattern(g.r, "##########"))))
		if g.r.IntN(2) == 0 {
			data.set("bloodType", S(pick(g.r, []string{"O+", "A+", "B+", "AB-", "O-", "A-"}), "health"))
		}
		if g.r.IntN(2) == 0 {
			data.set("allergies", A(S(pick(g.r, w21Allergies[lang]), "health")))
		}
		if g.r.IntN(2) == 0 {
			data.set("conditions", A(S(pick(g.r, w21Conditions[lang]), "health")))
		}
		if g.r.IntN(3) == 0 {
			data.set("intakeNotes", S(pick(g.r, w21IntakeNotes[lang]), "health"))
		}
		if g.r.IntN(2) == 0 {
			name, phone := other()
			data.set("emergencyContact", O("name", P(name), "relationship", N(pick(g.r, []string{"spouse", "mother", "father", "sibling"})), "phone", P(phone)))
		}
		data.set("marketingConsent", N(false))
		if p.minor {
			// A child patient signed up by a parent.
			_, gl := split(pick(g.r, p.c.given))
			parentEmail = P(g.w21Email(gl, p.familyL, []string{"gmail.com", "outlook.com"}))
		}
	case "faith":
		data.set("denomination", S(pick(g.r, w21Denominations), "religion"))
		if g.r.IntN(2) == 0 {
			data.set("congregation", S(pick(g.r, w21Congregations), "religion"))
		}
		data.set("dailyVerse", N(g.r.IntN(3) != 0))
		data.set("reminderTime", N(pick(g.r, []string{"05:30", "06:30", "21:00"})))
		if g.r.IntN(4) == 0 {
			data.set("prayerRequest", S(pick(g.r, w21PrayerRequests), "religion"))
		}
	case "kids":
		pname, pphone := other()
		_, pgivenL := split(pick(g.r, p.c.given))
		parentEmail = P(g.w21Email(pgivenL, p.familyL, []string{"gmail.com", "outlook.com", "yahoo.com", p.c.domain}))
		status := pick(g.r, []string{"granted", "granted", "pending"})
		consent := O(
			"status", N(status),
			"method", N(pick(g.r, []string{"COPPA Email+", "COPPA VPC", "credit_card_check"})),
			"parentName", P(pname),
		)
		if g.r.IntN(2) == 0 {
			consent.set("parentPhone", P(pphone))
		}
		if status == "granted" {
			consent.set("grantedAt", ms(insert.Add(-time.Duration(1+g.r.IntN(3600))*time.Second)))
		}
		data.set("parentalConsent", consent)
		if g.r.IntN(2) == 0 {
			data.set("school", P(pick(g.r, w21Schools[lang])))
		}
		data.set("grade", N(pick(g.r, []string{"2", "3", "4", "5", "6", "7", "8"})))
		data.set("avatar", N(pick(g.r, []string{"owl", "dino", "robot", "cat"})))
	case "fintech":
		data.set("address", address())
		if f, v := g.idLeaf(); v != nil {
			data.set(f, v)
		}
		data.set("nationality", g.citizenship(p.cit.code))
		data.set("occupation", P(pick(g.r, w21Occupations)))
		data.set("annualIncome", P(pick(g.r, []string{"<10000", "10000-50000", "50000-100000", ">100000"})))
		data.set("pep", N(false))
		data.set("kycLevel", N(1+g.r.IntN(3)))
	case "saas":
		j := pick(g.r, w21Jobs["en"])
		data.set("company", P(j[1]))
		data.set("jobTitle", P(j[0]))
		data.set("teamSize", N(pick(g.r, []string{"1-10", "11-50", "51-200"})))
		data.set("signupSource", N(pick(g.r, []string{"google_ads", "referral", "organic"})))
	}

	var birth *node
	if kind == "kids" || p.minor || g.r.IntN(2) == 0 {
		birth = g.dob("2006-01-02")
	}
	langs := A(N(strings.SplitN(p.locale, "-", 2)[0]))
	switch g.r.IntN(3) {
	case 0:
		if l := g.locale(strings.ReplaceAll(p.locale, "-", "_")); l != nil {
			langs = A(l)
		}
	case 1:
		langs = A(N(strings.SplitN(p.locale, "-", 2)[0]), N("en"))
	}
	var image *node
	switch g.r.IntN(4) {
	case 0:
		sum := md5.Sum([]byte(strings.ToLower(p.email)))
		image = P("https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:]))
	case 1:
		image = P("https://cdn.example-app.com/avatars/" + uid + ".jpg")
	}
	var mobile *node
	if kind != "kids" || g.r.IntN(5) == 0 {
		mobile = g.phone("")
	}
	var twoFactor *node
	if kind == "fintech" || g.r.IntN(5) == 0 {
		if ph := g.phone(g.e164()); ph != nil && g.r.IntN(2) == 0 {
			twoFactor = O("methods", A(O("id", N(g.b62(4)), "method", N("sms"), "mobilePhone", ph)))
		} else {
			twoFactor = O("methods", A(O("id", N(g.b62(4)), "method", N("authenticator"))))
		}
	}
	var middle, full, username *node
	if g.r.IntN(6) == 0 {
		m, _ := split(pick(g.r, p.c.given))
		if m != p.given {
			middle = P(m)
		}
	}
	if g.r.IntN(2) == 0 {
		full = P(p.fullName())
	}
	if kind == "kids" || g.r.IntN(2) == 0 {
		username = P(p.username)
	}

	roles := map[string][]string{"retail": {"customer"}, "clinic": {"patient"}, "faith": {"member"}, "kids": {"student", "child"}, "fintech": {"user", "kyc_pending"}, "saas": {"admin", "user"}}[kind]
	regData := O()
	switch kind {
	case "kids":
		regData.set("classroomCode", N(pattern(g.r, "AAA###")))
	case "clinic":
		regData.set("portalTermsAccepted", N(true))
	case "retail":
		regData.set("store", N(pick(g.r, []string{"online", "app"})))
	case "saas":
		regData.set("workspace", N("ws_"+g.b62(10)))
	}
	registration := O(
		"applicationId", N(appID),
		"data", regData,
		"id", P(g.uuid()),
		"insertInstant", ms(insert),
		"lastLoginInstant", ms(insert),
		"preferredLanguages", langs,
		"roles", A(N(pick(g.r, roles))),
		"timezone", g.tz(p.tz),
		"usernameStatus", N("ACTIVE"),
		"verified", N(kind != "kids" && g.r.IntN(2) == 0),
	)
	if g.r.IntN(6) == 0 {
		registration.set("authenticationToken", C(g.chars(b64Set, 43)))
	}
	if g.r.IntN(5) == 0 {
		idp := pick(g.r, []string{"Google", "Facebook", "Apple"})
		tok := "ya29.a0" + g.chars(b64Set, 180)
		if idp == "Facebook" {
			tok = "EAAG" + g.b62(180)
		} else if idp == "Apple" {
			tok = g.w21JWT(`{"kid":"`+g.b62(10)+`","alg":"RS256"}`, 420)
		}
		registration.set("tokens", O(idp, C(tok)))
	}
	if username != nil && g.r.IntN(3) == 0 {
		registration.set("username", P(p.username))
	}
	registrations := A()
	if reg || g.r.IntN(2) == 0 {
		registrations = A(registration)
	}
	user := O(
		"active", N(true),
		"birthDate", birth,
		"connectorId", N("e3306678-a53a-4964-9040-1c96f36dda72"),
		"data", data,
		"email", P(p.email),
		"firstName", P(p.given),
		"fullName", full,
		"id", P(uid),
		"imageUrl", image,
		"insertInstant", ms(userInsert),
		"lastLoginInstant", ms(insert),
		"lastName", P(p.family),
		"lastUpdateInstant", ms(insert),
		"memberships", A(),
		"middleName", middle,
		"mobilePhone", mobile,
		"parentEmail", parentEmail,
		"passwordChangeRequired", N(false),
		"passwordLastUpdateInstant", ms(userInsert),
		"preferredLanguages", langs,
		"registrations", registrations,
		"tenantId", N(tenant),
		"timezone", g.tz(p.tz),
		"twoFactor", twoFactor,
		"username", username,
		"usernameStatus", N("ACTIVE"),
		"verified", N(kind != "kids" && g.r.IntN(3) != 0),
	)

	ua := pick(g.r, w21UAs)
	device := "Chrome on Windows"
	switch {
	case strings.Contains(ua, "iPhone"):
		device = "Safari on iPhone"
	case strings.Contains(ua, "Android"):
		device = "Chrome on Android"
	case strings.Contains(ua, "Macintosh"):
		device = "Safari on macOS"
	case strings.Contains(ua, "Firefox"):
		device = "Firefox on Windows"
	}
	info := O(
		"deviceDescription", N(device),
		"deviceName", N(device),
		"deviceType", N(map[bool]string{true: "MOBILE", false: "BROWSER"}[strings.Contains(ua, "Mobile")]),
		"ipAddress", P(p.ip),
		"userAgent", N(ua),
	)
	if g.r.IntN(2) == 0 {
		// The IP's location (a paid edition): where the device was, which
		// says nothing firm of where its owner lives.
		cc := p.c.code
		c := capital[cc]
		city := pick(g.r, p.c.cities)
		disp := city
		loc := O("city", P(city), "country", N(cc))
		if p.c.region != "" {
			disp += ", " + p.c.region
		}
		disp += ", " + cc
		loc.set("displayString", P(disp))
		loc.set("latitude", P(float64(int((c[0]+float64(g.r.IntN(2000)-1000)/10000)*10000))/10000))
		loc.set("longitude", P(float64(int((c[1]+float64(g.r.IntN(2000)-1000)/10000)*10000))/10000))
		if p.c.region != "" {
			loc.set("region", N(p.c.region))
		}
		if p.c.post != "" && g.r.IntN(2) == 0 {
			loc.set("zipcode", P(pattern(g.r, p.c.post)))
		}
		info.set("location", loc)
		g.lab.Weak = addCountry(g.lab.Weak, cc)
	}
	ev := O()
	if reg {
		ev.set("applicationId", N(appID))
	}
	ev.set("createInstant", N(g.t.UnixMilli()))
	eventID := g.uuid()
	ev.set("id", N(eventID))
	ev.set("info", info)
	if reg {
		ev.set("registration", registration)
	}
	ev.set("tenantId", N(tenant))
	ev.set("type", N(typ))
	ev.set("user", user)
	body := O("event", ev)

	headers := O("Content-Type", N("application/json"))
	if g.r.IntN(3) == 0 {
		headers.set("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte("fusionauth:"+g.b62(24)))))
	}
	if g.r.IntN(2) == 0 {
		// The body's SHA-256 in a JWT signed with the webhook's key.
		raw := render(body, &Label{})
		sum := sha256.Sum256(raw)
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","kid":"` + g.uuid() + `","typ":"JWT"}`))
		pl := base64.RawURLEncoding.EncodeToString([]byte(`{"request_body_sha256":"` + base64.StdEncoding.EncodeToString(sum[:]) + `"}`))
		mac := hmac.New(sha256.New, []byte(g.b62(32)))
		mac.Write([]byte(h + "." + pl))
		headers.set("X-FusionAuth-Signature-JWT", C(h+"."+pl+"."+base64.RawURLEncoding.EncodeToString(mac.Sum(nil))))
	}
	switch g.r.IntN(4) {
	case 0:
		return O("method", N("POST"), "path", N(pick(g.r, []string{"/webhooks/fusionauth", "/api/hooks/identity", "/fa/events"})), "headers", headers, "body", body)
	case 1:
		return O(
			"level", N("info"),
			"msg", N("fusionauth event received"),
			"event_type", N(typ),
			"event_id", N(eventID),
			"payload", w21RawJSON(body),
		)
	}
	return body
}

// ----------------------------------------------------------------- Payme

// w21UZName is an Uzbek name in Cyrillic and in Latin, with the
// patronymic as each writes it (-ович / -овна, o'g'li / qizi).
type w21UZName struct {
	given, family, patr, givenL, familyL, patrL string
	female                                      bool
}

var w21UZNames = []w21UZName{
	{"Азиз", "Каримов", "Бахтиёрович", "Aziz", "Karimov", "Baxtiyor o'g'li", false},
	{"Дилноза", "Юсупова", "Рустамовна", "Dilnoza", "Yusupova", "Rustam qizi", true},
	{"Шахзод", "Раҳимов", "Алишерович", "Shahzod", "Rahimov", "Alisher o'g'li", false},
	{"Гулнора", "Турсунова", "Илҳомовна", "Gulnora", "Tursunova", "Ilhom qizi", true},
	{"Жасур", "Абдуллаев", "Фарходович", "Jasur", "Abdullayev", "Farhod o'g'li", false},
	{"Малика", "Эргашева", "Шавкатовна", "Malika", "Ergasheva", "Shavkat qizi", true},
	{"Сардор", "Холматов", "Ботирович", "Sardor", "Xolmatov", "Botir o'g'li", false},
	{"Нодира", "Қодирова", "Анваровна", "Nodira", "Qodirova", "Anvar qizi", true},
	{"Бекзод", "Мирзаев", "Улуғбекович", "Bekzod", "Mirzayev", "Ulugʻbek oʻgʻli", false},
	{"Зарина", "Назарова", "Даврон қизи", "Zarina", "Nazarova", "Davron qizi", true},
}

// w21Item is a good or service: its name, its price in the currency's
// main unit, and the special category its name tells of the buyer.
type w21Item struct {
	name  string
	price int
	cat   string
}

var w21PaymeShops = []struct {
	kind, host string
	items      []w21Item
}{
	{"shop", "https://api.texnomart.example.uz", []w21Item{{"Samsung Galaxy A15 128GB", 2199000, ""}, {"Artel konditsioner 12 ART", 4590000, ""}, {"Bolalar krossovkasi, 32-o'lcham", 289000, ""}, {"Чайник электрический Artel", 219000, ""}}},
	{"pharmacy", "https://apteka.example.uz", []w21Item{{"Insulin Humulin NPH 10 ml", 185000, "health"}, {"Глюкометр Accu-Chek Active + 50 тест-полосок", 420000, "health"}, {"Paracetamol 500 mg №20", 8500, ""}, {"Сертралин 50 мг №28", 96000, "health"}, {"Vitamin D3 2000 IU", 75000, ""}}},
	{"isp", "https://billing.example-net.uz", []w21Item{{"Internet tarif \"Uy 100\" (1 oy)", 150000, ""}, {"IPTV paketi (1 oy)", 45000, ""}}},
	{"mobile", "https://pay.example-mobile.uz", []w21Item{{"Balansni to'ldirish", 20000, ""}, {"Balansni to'ldirish", 50000, ""}}},
	{"school", "https://kontrakt.example-univ.uz", []w21Item{{"O'quv to'lovi, 2-semestr", 6500000, ""}, {"Ingliz tili kursi, 3 oy", 1200000, ""}}},
	{"travel", "https://booking.example-tour.uz", []w21Item{{"Umra ziyorati paketi, 14 kun", 17500000, "religion"}, {"Haj-2026 uchun oldindan to'lov", 25000000, "religion"}, {"Toshkent — Istanbul aviachipta", 4200000, ""}}},
	{"nasiya", "https://nasiya.example.uz", []w21Item{{"iPhone 15 128GB, 12 oylik muddatli to'lov", 1450000, ""}, {"Artel muzlatgich, 6 oylik nasiya", 780000, ""}}},
}

var w21UZNotes = []bioLine{
	{"", "Uyga yetkazib bering, domofon ishlamaydi"},
	{"", "Позвоните за час до доставки"},
	{"", "18:00 dan keyin olib keling"},
	{"health", "Insulinni sovuq holda olib keling, qandli diabetim bor"},
	{"health", "Доставьте в роддом №4, палата 12"},
	{"religion", "Juma namozidan keyin yetkazib bering"},
	{"religion", "Рамазан, доставка после ифтара"},
}

// w21PaymeErrors are the Merchant API's errors with their messages in
// Russian, Uzbek and English.
var w21PaymeErrors = map[int][3]string{
	-31001: {"Неверная сумма", "Noto'g'ri summa", "Incorrect amount"},
	-31003: {"Транзакция не найдена", "Tranzaksiya topilmadi", "Transaction not found"},
	-31007: {"Заказ выполнен. Невозможно отменить транзакцию", "Buyurtma bajarilgan. Tranzaksiyani bekor qilib bo'lmaydi", "Order completed. Unable to cancel transaction"},
	-31008: {"Невозможно выполнить операцию", "Amalni bajarib bo'lmaydi", "Unable to perform operation"},
	-31050: {"Заказ не найден", "Buyurtma topilmadi", "Order not found"},
	-31051: {"Абонент не найден", "Abonent topilmadi", "Subscriber not found"},
	-31052: {"Заказ уже оплачен или ожидает оплаты", "Buyurtma allaqachon to'langan yoki to'lov kutilmoqda", "Order already paid or awaiting payment"},
	-32504: {"Недостаточно привилегий для выполнения метода", "Metodni bajarish uchun imtiyozlar yetarli emas", "Insufficient privileges to perform this method"},
}

// w21Title capitalises a Latin name written in lower case.
func w21Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func paymeMerchantAPI(g *gen) *node {
	g.w21Redraw("UZ")
	g.w21Age(18, 72)
	p := g.p
	n := w21UZName{p.given, p.family, "", w21Title(p.givenL), w21Title(p.familyL), "", p.female}
	if g.r.IntN(4) != 0 {
		n = pick(g.r, w21UZNames)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, w21Domains["UZ"])
	}
	names := []string{n.givenL + " " + n.familyL, n.familyL + " " + n.givenL, n.given + " " + n.family}
	if n.patr != "" {
		names = append(names, n.family+" "+n.given+" "+n.patr, n.familyL+" "+n.givenL+" "+n.patrL)
	}
	fullName := pick(g.r, names)
	g.w21OwnPhone("UZ", "998", []string{"90", "91", "93", "94", "95", "97", "98", "99", "33", "88", "77", "50"}, 9)
	nsn := g.w21NSN()
	phoneFmts := []string{g.e164(), strings.TrimPrefix(g.e164(), "+")}
	if len(nsn) == 9 {
		phoneFmts = append(phoneFmts, nsn, "+998 "+nsn[:2]+" "+nsn[2:5]+" "+nsn[5:7]+" "+nsn[7:], "("+nsn[:2]+") "+nsn[2:5]+"-"+nsn[5:7]+"-"+nsn[7:])
	}
	shop := pick(g.r, w21PaymeShops)
	it := pick(g.r, shop.items)
	qty := 1
	if shop.kind == "shop" || shop.kind == "pharmacy" {
		qty = 1 + g.r.IntN(2)
	}
	sum := it.price * qty
	amount := sum * 100 // tiyin
	orderNo := fmt.Sprint(10000 + g.r.IntN(900000))
	userID := fmt.Sprint(1000 + g.r.IntN(90000))
	login := w21Clean(n.givenL)[:min(len(w21Clean(n.givenL)), 5)] + "_" + w21Clean(n.familyL)[:1] + fmt.Sprint(g.r.IntN(100))
	account := func(self bool) *node {
		// The merchant's account fields: the subject's, or another payer's
		// in a statement.
		switch shop.kind {
		case "isp":
			if !self {
				return O("login", P(pick(g.r, []string{"ali_", "nodir", "sevara", "umid_"})+fmt.Sprint(g.r.IntN(1000))))
			}
			if g.r.IntN(2) == 0 {
				return O("login", P(login))
			}
			return O("contract", P("TS-"+pattern(g.r, "#######")))
		case "mobile":
			if !self {
				q, _ := phoneNumber(g.r, "UZ")
				return O("phone", P(strings.TrimPrefix(q, "+998")))
			}
			// The subject's number: its country is recorded where the
			// account is written (acctShown).
			return O("phone", P(pick(g.r, []string{nsn, strings.TrimPrefix(g.e164(), "+")})))
		case "school":
			if !self {
				return O("student_id", P(pattern(g.r, "ST-####-####")))
			}
			return O("student_id", P(pattern(g.r, "ST-2025-####")))
		case "nasiya":
			if !self {
				return O("contract_id", P("NS"+pattern(g.r, "########")))
			}
			return O("contract_id", P("NS"+pattern(g.r, "########")), "user_id", P(userID))
		}
		if !self {
			return O("order_id", N(fmt.Sprint(10000+g.r.IntN(900000))))
		}
		a := O("order_id", N(orderNo))
		if g.r.IntN(3) == 0 {
			a.set("user_id", P(userID))
		}
		return a
	}
	acct := account(true)
	field := acct.obj[0].key
	method := pick(g.r, []string{"CheckPerformTransaction", "CheckPerformTransaction", "CreateTransaction", "CreateTransaction", "PerformTransaction", "PerformTransaction", "CancelTransaction", "CheckTransaction", "GetStatement"})
	if g.r.IntN(25) == 0 {
		method = "ChangePassword"
	}
	txID := g.hex(24)
	created := g.t.Add(-time.Duration(5+g.r.IntN(60)) * time.Second)
	if method == "CancelTransaction" || method == "CheckTransaction" || method == "GetStatement" {
		created = g.t.Add(-time.Duration(10+g.r.IntN(600)) * time.Minute)
	}
	createMS := created.UnixMilli()
	merchTx := fmt.Sprint(1000 + g.r.IntN(900000))
	mkErr := func(code int, data string) *node {
		m := w21PaymeErrors[code]
		e := O("code", N(code), "message", O("ru", N(m[0]), "uz", N(m[1]), "en", N(m[2])))
		if data != "" {
			e.set("data", N(data))
		}
		return e
	}
	notFound := -31050
	if shop.kind == "isp" || shop.kind == "mobile" {
		notFound = -31051
	}
	itemTitle := w21Text(it.name, it.cat)
	var params, result, errNode *node
	acctShown := method == "CheckPerformTransaction" || method == "CreateTransaction" || method == "GetStatement"
	if acctShown && shop.kind == "mobile" {
		g.w21Weak()
	}
	switch method {
	case "CheckPerformTransaction":
		params = O("amount", N(amount), "account", acct)
		switch g.r.IntN(8) {
		case 0:
			errNode = mkErr(notFound, field)
		case 1:
			errNode = mkErr(-31001, "")
		default:
			result = O("allow", N(true))
			if g.r.IntN(2) == 0 {
				// The fiscal receipt's lines (IKPU codes).
				result.set("detail", O("receipt_type", N(0), "items", A(O(
					"title", itemTitle,
					"price", N(it.price*100),
					"count", N(qty),
					"code", N("0"+pattern(g.r, "################")),
					"package_code", N(pattern(g.r, "######")),
					"vat_percent", N(12),
				))))
			}
		}
	case "CreateTransaction":
		params = O("id", N(txID), "time", N(createMS), "amount", N(amount), "account", acct)
		switch g.r.IntN(10) {
		case 0:
			errNode = mkErr(-31008, "")
		case 1:
			errNode = mkErr(-31052, field)
		default:
			result = O("create_time", N(createMS+int64(20+g.r.IntN(400))), "transaction", N(merchTx), "state", N(1), "receivers", N(nil))
		}
	case "PerformTransaction":
		params = O("id", N(txID))
		if g.r.IntN(10) == 0 {
			errNode = mkErr(-31003, "")
		} else {
			result = O("transaction", N(merchTx), "perform_time", N(g.t.UnixMilli()), "state", N(2))
		}
	case "CancelTransaction":
		reason := pick(g.r, []int{1, 2, 3, 4, 4, 5, 10})
		params = O("id", N(txID), "reason", N(reason))
		if reason == 5 && g.r.IntN(3) == 0 {
			errNode = mkErr(-31007, "")
		} else {
			result = O("transaction", N(merchTx), "cancel_time", N(g.t.UnixMilli()), "state", N(map[bool]int{true: -2, false: -1}[reason == 5]))
		}
	case "CheckTransaction":
		params = O("id", N(txID))
		state := pick(g.r, []int{1, 2, 2, 2, -1, -2})
		perform, cancel := int64(0), int64(0)
		var reason *node = N(nil)
		if state == 2 || state == -2 {
			perform = createMS + int64(3000+g.r.IntN(60000))
		}
		if state < 0 {
			cancel = g.t.UnixMilli() - int64(g.r.IntN(60000))
			reason = N(map[bool]int{true: 5, false: pick(g.r, []int{1, 2, 3, 4})}[state == -2])
		}
		result = O("create_time", N(createMS), "perform_time", N(perform), "cancel_time", N(cancel), "transaction", N(merchTx), "state", N(state), "reason", reason)
	case "GetStatement":
		from, to := g.t.Add(-24*time.Hour).Truncate(time.Hour), g.t.Truncate(time.Hour)
		params = O("from", N(from.UnixMilli()), "to", N(to.UnixMilli()))
		tx := func(id string, at int64, amt int, a *node, mt string) *node {
			return O(
				"id", N(id), "time", N(at), "amount", N(amt), "account", a,
				"create_time", N(at+int64(100+g.r.IntN(900))), "perform_time", N(at+int64(5000+g.r.IntN(60000))), "cancel_time", N(0),
				"transaction", N(mt), "state", N(2), "reason", N(nil), "receivers", N(nil),
			)
		}
		txs := A(tx(txID, createMS, amount, acct, merchTx))
		for range g.r.IntN(3) {
			o := pick(g.r, shop.items)
			txs.arr = append(txs.arr, tx(g.hex(24), createMS-int64(g.r.IntN(80000000)), o.price*100, account(false), fmt.Sprint(1000+g.r.IntN(900000))))
		}
		result = O("transactions", txs)
	case "ChangePassword":
		params = O("password", C(g.chars(b62Set+"#?%&@", 36)))
		result = O("success", N(true))
	}
	if g.r.IntN(15) == 0 {
		// A request signed with an old key.
		result, errNode = nil, mkErr(-32504, "")
	}
	rpcID := g.r.IntN(200000)
	rpc := O()
	if g.r.IntN(2) == 0 {
		rpc.set("jsonrpc", N("2.0"))
	}
	rpc.set("id", N(rpcID))
	rpc.set("method", N(method))
	rpc.set("params", params)
	resp := O("jsonrpc", N("2.0"), "id", N(rpcID))
	if errNode != nil {
		resp.set("error", errNode)
	} else {
		resp.set("result", result)
	}
	host := shop.host
	if g.r.IntN(6) == 0 {
		host = strings.Replace(host, "https://", "https://test.", 1)
	}
	headers := O(
		"Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte("Paycom:"+g.chars(b62Set+"#?%&@", 36)))),
		"Content-Type", N("application/json; charset=UTF-8"),
		"Host", N(strings.TrimPrefix(host, "https://")),
	)

	// The merchant's own record of what is being paid for.
	var record *node
	if method != "ChangePassword" && g.r.IntN(4) != 0 {
		addr := func() *node {
			street := pick(g.r, p.c.streets)
			city := pick(g.r, []string{"Toshkent sh.", "Toshkent shahri", "Samarqand sh."})
			if strings.ContainsAny(street, "абвгдеёжзийклмнопрстуфхцчшщъыьэюя") {
				city = "г. Ташкент"
			}
			v := g.addr(city + ", " + street)
			if v != nil {
				g.lab.Residence = addCountry(g.lab.Residence, "UZ")
			}
			return v
		}
		switch shop.kind {
		case "shop", "pharmacy", "travel", "nasiya":
			cust := O("name", P(fullName), "phone", g.phone(pick(g.r, phoneFmts)))
			if g.r.IntN(3) == 0 {
				cust.set("email", P(p.email))
			}
			if shop.kind != "travel" {
				cust.set("address", addr())
			}
			if shop.kind == "nasiya" || shop.kind == "travel" && g.r.IntN(2) == 0 {
				cust.set("passport", P(pick(g.r, []string{"AA", "AB", "AC", "AD", "FA"})+pattern(g.r, "#######")))
				cust.set("birth_date", g.dob(pick(g.r, []string{"02.01.2006", "2006-01-02"})))
			}
			st := map[string]string{"CheckPerformTransaction": "new", "CreateTransaction": "waiting_payment", "PerformTransaction": "paid", "CancelTransaction": "cancelled", "CheckTransaction": "waiting_payment", "GetStatement": "paid"}[method]
			record = O(
				"id", N(orderNo),
				"status", N(st),
				"total", N(sum),
				"currency", N("UZS"),
				"items", A(O("name", itemTitle, "qty", N(qty), "price", N(it.price))),
				"customer", cust,
			)
			if shop.kind != "nasiya" && g.r.IntN(3) == 0 {
				nl := pick(g.r, w21UZNotes)
				record.set("comment", w21Text(nl.text, nl.cat))
			}
		case "isp":
			record = O(
				field, acct.obj[0].val,
				"full_name", P(fullName),
				"tariff", N(it.name),
				"connection_address", addr(),
				"phone", g.phone(pick(g.r, phoneFmts)),
				"balance", N(-g.r.IntN(200000)),
			)
		case "school":
			record = O(
				"student_id", acct.obj[0].val,
				"student_name", P(fullName),
				"faculty", N(pick(g.r, []string{"Iqtisodiyot", "Axborot texnologiyalari", "Filologiya"})),
				"contract_sum", N(it.price*2),
				"paid", N(it.price*g.r.IntN(2)),
			)
		}
	}
	payIP := N(fmt.Sprintf("185.234.113.%d", 1+g.r.IntN(15)))
	switch g.r.IntN(3) {
	case 0:
		return O(
			"ts", N(g.t.In(time.FixedZone("", 5*3600)).Format("2006-01-02T15:04:05.000-07:00")),
			"remote_ip", payIP,
			"request", O("headers", headers, "body", rpc),
			"response", resp,
			"order", record,
		)
	case 1:
		return O("payme", O("request", rpc, "response", resp), "order", record)
	}
	return O(
		"received_at", N(g.t.In(time.FixedZone("", 5*3600)).Format("2006-01-02 15:04:05")),
		"remote_ip", payIP,
		"headers", headers,
		"raw_body", w21RawJSON(rpc),
		"response", resp,
		"record", record,
	)
}

// ----------------------------------------------------------------- ECPay

// w21TWAddrs are Taiwanese addresses: postcode, city, district and the
// rest as people write them (road, section, lane, number, floor).
var w21TWAddrs = []struct{ zip, city, district, rest string }{
	{"106", "臺北市", "大安區", "忠孝東路四段100號5樓"},
	{"220", "新北市", "板橋區", "文化路一段188巷12號3樓"},
	{"407", "臺中市", "西屯區", "臺灣大道三段99號"},
	{"806", "高雄市", "前鎮區", "中山二路5號12樓之3"},
	{"320", "桃園市", "中壢區", "中北路200號"},
	{"701", "臺南市", "東區", "大學路1號"},
	{"300", "新竹市", "東區", "光復路二段101號7樓"},
}

var w21TWItems = []w21Item{
	{"無線藍牙耳機", 1290, ""}, {"不鏽鋼保溫瓶 500ml", 590, ""}, {"有機綠茶禮盒", 880, ""}, {"葉黃素膠囊 60粒", 990, ""},
	{"手機殼 iPhone 15", 390, ""}, {"血糖試紙 50片", 850, "health"}, {"驗孕棒 2入", 199, "health"},
	{"糖尿病配方奶粉 850g", 1180, "health"}, {"光明燈 點燈一年", 1200, "religion"}, {"安太歲 點燈", 600, "religion"},
}

var w21TWNotes = []bioLine{
	{"", "請放管理室，謝謝"},
	{"", "平日請於晚上六點後配送"},
	{"", "請幫我包裝成禮物"},
	{"health", "家人是糖尿病患者，試紙急用，麻煩盡快出貨"},
	{"health", "請送到臺大醫院 8樓 812 病床"},
	{"religion", "初一要拜拜，請在週四前寄到"},
}

// w21ECPayMac is ECPay's CheckMacValue of the fields: sorted by name
// (without regard to case), joined as a query between HashKey and HashIV,
// URL-encoded as .NET does and lower-cased, hashed with SHA-256 and
// written in upper-case hex.
func w21ECPayMac(fields [][2]string, hashKey, hashIV string) string {
	sorted := append([][2]string(nil), fields...)
	sort.SliceStable(sorted, func(i, j int) bool { return strings.ToLower(sorted[i][0]) < strings.ToLower(sorted[j][0]) })
	var b strings.Builder
	b.WriteString("HashKey=" + hashKey)
	for _, kv := range sorted {
		b.WriteString("&" + kv[0] + "=" + kv[1])
	}
	b.WriteString("&HashIV=" + hashIV)
	s := strings.ToLower(url.QueryEscape(b.String()))
	for _, r := range [][2]string{{"%2d", "-"}, {"%5f", "_"}, {"%2e", "."}, {"%21", "!"}, {"%2a", "*"}, {"%28", "("}, {"%29", ")"}} {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	sum := sha256.Sum256([]byte(s))
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

func ecpayReturnURL(g *gen) *node {
	g.w21Redraw("TW")
	p := g.p
	n := w21Name{p.given, p.family, p.givenL, p.familyL, p.female}
	if g.r.IntN(3) != 0 {
		n = pick(g.r, w21TWNames)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, w21Domains["TW"])
	}
	fullName := n.family + n.given
	g.w21OwnPhone("TW", "886", []string{"90", "91", "92", "93", "95", "96", "97", "98"}, 9)
	nsn := g.w21NSN()
	mobiles := []string{g.e164()}
	if len(nsn) == 9 {
		mobiles = []string{"0" + nsn, "0" + nsn, "0" + nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:], "+886" + nsn, "+886 " + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]}
	}
	mobile := pick(g.r, mobiles)
	cst := time.FixedZone("", 8*3600)
	f := func(t time.Time) string { return t.In(cst).Format("2006/01/02 15:04:05") }
	payType := pick(g.r, []string{"Credit_CreditCard", "Credit_CreditCard", "Credit_CreditCard", "Credit_CreditCard", "ATM_TAISHIN", "ATM_LAND", "ATM_CATHAY", "WebATM_TAISHIN", "CVS_CVS", "CVS_FAMILY", "BARCODE_BARCODE", "TWQR_OPAY", "ApplePay"})
	payAt := g.t.Add(-time.Duration(2+g.r.IntN(20)) * time.Second)
	tradeAt := payAt.Add(-time.Duration(60+g.r.IntN(1200)) * time.Second)
	switch {
	case strings.HasPrefix(payType, "ATM_"), strings.HasPrefix(payType, "CVS_"):
		tradeAt = payAt.Add(-time.Duration(1+g.r.IntN(60)) * time.Hour)
	case payType == "BARCODE_BARCODE":
		tradeAt = payAt.Add(-time.Duration(48+g.r.IntN(48)) * time.Hour)
	}
	test := g.r.IntN(6) == 0
	merchantID := "3" + pattern(g.r, "######")
	if test {
		merchantID = pick(g.r, []string{"3002607", "2000132", "3002599"})
	}
	mtn := pick(g.r, []string{pattern(g.r, "EC##########"), "ORD" + tradeAt.In(cst).Format("20060102") + pattern(g.r, "####"), pattern(g.r, "##########")})
	var items []*node
	total := 0
	for range 1 + g.r.IntN(2) {
		it := pick(g.r, w21TWItems)
		q := 1 + g.r.IntN(2)
		total += it.price * q
		items = append(items, O("name", w21Text(it.name, it.cat), "qty", N(q), "price", N(it.price)))
	}
	shipFee := pick(g.r, []int{0, 60, 100})
	total += shipFee
	fee := map[bool]int{true: (total*275 + 5000) / 10000, false: pick(g.r, []int{10, 15, 26})}[strings.HasPrefix(payType, "Credit") || payType == "ApplePay" || payType == "TWQR_OPAY"]
	rtnCode, rtnMsg := "1", pick(g.r, []string{"交易成功", "交易成功", "Succeeded", "paid"})
	if strings.HasPrefix(payType, "Credit") {
		switch g.r.IntN(12) {
		case 0:
			rtnCode, rtnMsg = "10300066", "交易付款結果待確認中，請勿出貨"
		case 1:
			rtnCode, rtnMsg = "10100248", "拒絕交易，請客戶聯繫發卡行確認原因"
		}
	}
	simulated := "0"
	if test && g.r.IntN(2) == 0 {
		simulated = "1"
	}
	var fs [][2]string
	var fnodes []*node
	params := O()
	add := func(k string, v *node) {
		fs = append(fs, [2]string{k, v.raw})
		fnodes = append(fnodes, v)
		params.set(k, v)
	}
	add("MerchantID", N(merchantID))
	add("MerchantTradeNo", N(mtn))
	add("StoreID", N(""))
	add("RtnCode", N(rtnCode))
	add("RtnMsg", N(rtnMsg))
	add("TradeNo", N(payAt.In(cst).Format("060102150405")+pattern(g.r, "####")))
	add("TradeAmt", N(fmt.Sprint(total)))
	add("PaymentDate", N(f(payAt)))
	add("PaymentType", N(payType))
	add("PaymentTypeChargeFee", N(fmt.Sprint(fee)))
	add("TradeDate", N(f(tradeAt)))
	add("SimulatePaid", N(simulated))
	// The merchant's own fields.
	cf := [4]*node{N(""), N(""), N(""), N("")}
	if g.r.IntN(2) == 0 {
		cf[0] = P("M" + pattern(g.r, "#######"))
	}
	if g.r.IntN(3) == 0 {
		cf[1] = N(pick(g.r, []string{"SPRING100", "NEWUSER", "VIP2026"}))
	}
	switch g.r.IntN(6) {
	case 0:
		cf[2] = P("U" + g.hex(32)) // the buyer's LINE user id
	case 1:
		cf[2] = P(fullName)
	}
	carrier := "/" + g.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+-.", 7)
	if g.r.IntN(5) == 0 {
		cf[3] = P(carrier)
	}
	for i, v := range cf {
		add(fmt.Sprintf("CustomField%d", i+1), v)
	}
	if g.r.IntN(2) == 0 {
		// NeedExtraPaidInfo=Y.
		switch {
		case strings.HasPrefix(payType, "Credit"):
			bin := pick(g.r, []string{"4" + pattern(g.r, "#####"), "5" + pattern(g.r, "#####"), "35" + pattern(g.r, "####")})
			add("gwsr", N(pattern(g.r, "1#######")))
			add("process_date", N(f(payAt)))
			add("auth_code", N(pattern(g.r, "######")))
			add("amount", N(fmt.Sprint(total)))
			add("stage", N("0"))
			add("stast", N("0"))
			add("staed", N("0"))
			add("eci", N(pick(g.r, []string{"5", "6", "7"})))
			add("card4no", P(pattern(g.r, "####")))
			add("card6no", N(bin))
			add("red_dan", N("0"))
			add("red_de_amt", N("0"))
			add("red_ok_amt", N("0"))
			add("red_yet", N("0"))
		case strings.HasPrefix(payType, "ATM_"):
			add("ATMAccBank", N(pick(g.r, []string{"812", "822", "808", "013", "700"})))
			add("ATMAccNo", P(pattern(g.r, "#####")))
		case strings.HasPrefix(payType, "WebATM"):
			add("WebATMAccBank", N("013"))
			add("WebATMAccNo", P(pattern(g.r, "#####")))
			add("WebATMBankName", N("國泰世華"))
		case strings.HasPrefix(payType, "CVS"), payType == "BARCODE_BARCODE":
			add("PaymentNo", N(pick(g.r, []string{pattern(g.r, "LLL########"), pattern(g.r, "GW##########")})))
			add("PayFrom", N(pick(g.r, []string{"family", "hilife", "okmart", "ibon"})))
		}
	}
	mac := w21ECPayMac(fs, g.b62(16), g.b62(16))
	add("CheckMacValue", C(mac))
	var parts []string
	for _, kv := range fs {
		parts = append(parts, kv[0]+"="+url.QueryEscape(kv[1]))
	}
	raw := w20Raw(strings.Join(parts, "&"), fnodes)

	// The merchant's order.
	buyer := O("name", P(fullName), "mobile", g.phone(mobile), "email", P(p.email))
	gift := g.r.IntN(5) == 0
	rn, rp := P(fullName), g.phone(mobile)
	if gift {
		o := pick(g.r, w21TWNames)
		q, _ := phoneNumber(g.r, "TW")
		rn, rp = P(o.family+o.given), P(q)
	}
	var shipping *node
	if home := g.r.IntN(3) != 0; home && (gift || p.showResidence) {
		a := pick(g.r, w21TWAddrs)
		zip := pick(g.r, []string{a.zip, a.zip + pattern(g.r, "##"), a.zip + pattern(g.r, "###")})
		full := pick(g.r, []string{a.city + a.district + a.rest, zip + a.city + a.district + a.rest})
		var zn, an *node
		if gift {
			zn, an = P(zip), P(full)
		} else {
			zn, an = g.addr(zip), g.addr(full)
			g.lab.Residence = addCountry(g.lab.Residence, "TW")
		}
		shipping = O("method", N(pick(g.r, []string{"HOME_TCAT", "HOME_POST"})), "receiver_name", rn, "receiver_phone", rp, "zip", zn, "address", an)
	} else {
		st := pick(g.r, [][2]string{{"FAMIC2C", "全家台北信義店"}, {"FAMIC2C", "全家高雄中山店"}, {"UNIMARTC2C", "7-ELEVEN 鑫忠孝門市"}, {"UNIMARTC2C", "7-ELEVEN 府城門市"}, {"HILIFEC2C", "萊爾富板橋文化店"}})
		shipping = O(
			"method", N(st[0]),
			"store_id", N(pattern(g.r, "######")),
			"store_name", N(st[1]),
			"receiver_name", rn,
			"receiver_phone", rp,
		)
	}
	var invoice *node
	switch g.r.IntN(7) {
	case 0, 1:
		invoice = O("type", N("B2C"), "carrier_type", N("3"), "carrier_num", P(carrier))
	case 2:
		invoice = O("type", N("B2C"), "carrier_type", N("2"), "carrier_num", P(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2)+pattern(g.r, "##############")))
	case 3:
		invoice = O("type", N("B2C"), "carrier_type", N("1"), "carrier_num", N(""))
	case 4:
		invoice = O("type", N("B2C"), "donation", N("1"), "love_code", N(pick(g.r, []string{"168001", "919", "8585", "25885"})))
	case 5:
		invoice = O("type", N("B2B"), "customer_identifier", N(pattern(g.r, "########")), "customer_title", N(pick(g.r, []string{"大同科技股份有限公司", "群創貿易有限公司", "宏遠設計工作室"})))
	default:
		invoice = O("type", N("B2C"), "print", N("1"), "customer_name", P(fullName))
	}
	if g.r.IntN(4) == 0 && invoice.obj[1].key != "customer_identifier" {
		invoice.set("national_id", P(g.w21TWID(p.female)))
	}
	order := O(
		"merchant_trade_no", N(mtn),
		"status", N(map[bool]string{true: "paid", false: "pending"}[rtnCode == "1"]),
		"total", N(total),
		"shipping_fee", N(shipFee),
		"items", A(items...),
		"buyer", buyer,
		"shipping", shipping,
		"invoice", invoice,
	)
	if g.r.IntN(6) == 0 {
		// Goods bought abroad clear customs under the buyer's real name.
		order.set("customs_clearance", O("id_number", P(g.w21TWID(p.female)), "name", P(fullName), "ezway_mobile", g.phone(mobile)))
	}
	if g.r.IntN(3) == 0 {
		nl := pick(g.r, w21TWNotes)
		order.set("note", w21Text(nl.text, nl.cat))
	}
	recv := g.t.In(cst).Format("2006-01-02T15:04:05.000+08:00")
	remote := N(fmt.Sprintf("175.99.72.%d", 1+g.r.IntN(250)))
	switch g.r.IntN(4) {
	case 0:
		return O(
			"received_at", N(recv),
			"remote_addr", remote,
			"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
			"raw_body", raw,
			"params", params,
			"check_mac_value_valid", N(true),
			"response_body", N("1|OK"),
			"order", order,
		)
	case 1:
		return O("params", params, "order", order)
	case 2:
		params.set("_received_at", N(recv))
		return params
	}
	return O("received_at", N(recv), "raw_body", raw, "response_body", N("1|OK"), "order", order)
}

// ----------------------------------------------------------------- bKash

var w21BDNames = []w21Name{
	{"মোঃ রাকিবুল", "হাসান", "Md. Rakibul", "Hasan", false},
	{"নুসরাত", "জাহান", "Nusrat", "Jahan", true},
	{"তানভীর", "আহমেদ", "Tanvir", "Ahmed", false},
	{"ফারজানা", "আক্তার", "Farzana", "Akter", true},
	{"মেহেদী", "হাসান", "Mehedi", "Hasan", false},
	{"সুমাইয়া", "ইসলাম", "Sumaiya", "Islam", true},
	{"আরিফুল", "ইসলাম", "Ariful", "Islam", false},
	{"তাসনিম", "রহমান", "Tasnim", "Rahman", true},
	{"সাকিব", "চৌধুরী", "Sakib", "Chowdhury", false},
	{"মিম", "আক্তার", "Mim", "Akter", true},
}

var w21BDItems = []w21Item{
	{"Panjabi (Eid collection) - M", 1850, ""}, {"Walton 20W fast charger", 450, ""}, {"Miniket rice 25kg", 1950, ""},
	{"জামদানি শাড়ি", 4500, ""}, {"Mobile recharge", 200, ""},
	{"Novorapid FlexPen insulin", 1450, "health"}, {"Glucometer test strips 50 pcs", 1200, "health"}, {"Sertraline 50mg (30 tabs)", 360, "health"},
	{"Qurbani share (1/7 cow) 2026", 14500, "religion"}, {"Zakat - As-Sunnah Foundation", 5000, "religion"},
}

var w21BDNotes = []bioLine{
	{"", "Call before delivery"},
	{"", "ডেলিভারির আগে ফোন দিবেন"},
	{"", "Leave with the darwan (guard)"},
	{"", "Office address, deliver before 5pm"},
	{"health", "Insulin needs a cold box, I am diabetic"},
	{"religion", "Please deliver after Jummah prayer"},
	{"religion", "কুরবানির আগে ডেলিভারি দিবেন"},
}

func bkashTokenizedCheckout(g *gen) *node {
	g.w21Redraw("BD")
	p := g.p
	n := w21Name{p.given, p.family, w21Title(p.givenL), w21Title(p.familyL), p.female}
	if g.r.IntN(3) != 0 {
		n = pick(g.r, w21BDNames)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, w21Domains["BD"])
	}
	name := pick(g.r, []string{n.givenL + " " + n.familyL, n.givenL + " " + n.familyL, n.given + " " + n.family})
	g.w21OwnPhone("BD", "880", []string{"13", "14", "15", "16", "17", "18", "19"}, 10)
	msisdn := "0" + g.w21NSN()
	bst := time.FixedZone("", 6*3600)
	bt := func(t time.Time) string {
		return t.In(bst).Format("2006-01-02T15:04:05") + fmt.Sprintf(":%03d GMT+0600", t.Nanosecond()/1e6)
	}
	live := g.r.IntN(5) != 0
	base, payHost := "https://tokenized.pay.bka.sh/v1.2.0-beta/tokenized/checkout", "https://payment.bkash.com"
	if !live {
		base, payHost = "https://tokenized.sandbox.bka.sh/v1.2.0-beta/tokenized/checkout", "https://sandbox.payment.bkash.com"
	}
	lower := "0123456789abcdefghijklmnopqrstuvwxyz"
	appKey := g.chars(lower, 26)
	idToken := g.w21JWT(`{"kid":"`+g.chars(b62Set, 43)+`=","alg":"RS256"}`, 560)
	donation := g.r.IntN(5) == 0
	shopHost := pick(g.r, []string{"https://shop.example.com.bd", "https://www.example-bazar.com.bd"})
	var items []*node
	total := 0
	if donation {
		shopHost = "https://donate.example-foundation.org.bd"
		it := pick(g.r, w21BDItems[8:])
		total = it.price
		items = append(items, O("name", w21Text(it.name, it.cat), "qty", N(1), "price", N(it.price)))
	} else {
		for range 1 + g.r.IntN(2) {
			it := pick(g.r, w21BDItems[:8])
			q := 1 + g.r.IntN(2)
			total += it.price * q
			items = append(items, O("name", w21Text(it.name, it.cat), "qty", N(q), "price", N(it.price)))
		}
		total += pick(g.r, []int{60, 60, 120})
	}
	callbackURL := shopHost + pick(g.r, []string{"/bkash/callback", "/payment/bkash/callback", "/api/v1/bkash/cb"})
	invoice := pick(g.r, []string{"INV-" + pattern(g.r, "######"), "Inv" + pattern(g.r, "########"), pattern(g.r, "ORD-####-####")})
	amount := pick(g.r, []string{fmt.Sprint(total), fmt.Sprintf("%d.00", total)})
	createdAt := g.t.Add(-time.Duration(30+g.r.IntN(300)) * time.Second)
	paymentID := "TR0011" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + fmt.Sprint(createdAt.UnixMilli())
	trxID := g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)
	// What the merchant passes as payerReference: the wallet number, its
	// own customer id, or a blank.
	refKind, custRef := g.r.IntN(4), P("CUST"+pattern(g.r, "#####"))
	payerRef := func() *node {
		switch refKind {
		case 0, 1:
			return g.phone(msisdn)
		case 2:
			return custRef
		}
		return N(" ")
	}
	headers := func() *node {
		tok := idToken
		if g.r.IntN(4) == 0 {
			tok = "Bearer " + idToken
		}
		if g.r.IntN(2) == 0 {
			return O("Content-Type", N("application/json"), "Accept", N("application/json"), "Authorization", C(tok), "X-APP-Key", C(appKey))
		}
		return O("content-type", N("application/json"), "accept", N("application/json"), "authorization", C(tok), "x-app-key", C(appKey))
	}
	order := func() *node {
		cust := O("name", P(name), "phone", g.phone(pick(g.r, []string{msisdn, msisdn, g.e164(), strings.TrimPrefix(g.e164(), "+")})))
		if g.r.IntN(2) == 0 {
			cust.set("email", P(p.email))
		}
		rec := O("invoice", N(invoice), "customer", cust, "items", A(items...), "total", N(total))
		if !donation {
			if ad := g.addr(pick(g.r, p.c.streets) + ", " + p.city + "-" + p.post); ad != nil {
				cust.set("address", ad)
				g.lab.Residence = addCountry(g.lab.Residence, "BD")
			}
			rec.set("delivery", N(map[bool]string{true: "inside_dhaka", false: "outside_dhaka"}[p.city == "Dhaka"]))
		}
		if g.r.IntN(3) == 0 {
			nl := pick(g.r, w21BDNotes)
			rec.set("note", w21Text(nl.text, nl.cat))
		}
		return rec
	}
	post := func(path string, h, body, resp *node) *node {
		return O(
			"request", O("method", N("POST"), "url", N(base+path), "headers", h, "body", body),
			"response", O("status", N(200), "body", resp),
		)
	}
	switch pick(g.r, []string{"grant", "create", "create", "callback", "execute", "execute", "execute", "query"}) {
	case "grant":
		user := pick(g.r, []string{"sandboxTokenizedUser02", "ExampleBazarTokenized", "01" + pattern(g.r, "#########")})
		h := O("Content-Type", N("application/json"), "Accept", N("application/json"), "username", N(user), "password", C(pick(g.r, []string{user + "@12345", g.chars(b62Set+"@#$!", 16)})))
		body := O("app_key", C(appKey), "app_secret", C(g.chars(lower, 50)))
		resp := O(
			"statusCode", N("0000"),
			"statusMessage", N("Successful"),
			"id_token", C(idToken),
			"token_type", N("Bearer"),
			"expires_in", N(3600),
			"refresh_token", C(g.w21JWT(`{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}`, 680)),
		)
		return post("/token/grant", h, body, resp)
	case "create":
		body := O("mode", N("0011"), "payerReference", payerRef(), "callbackURL", N(callbackURL), "amount", N(amount), "currency", N("BDT"), "intent", N("sale"), "merchantInvoiceNumber", N(invoice))
		cb := callbackURL + "?paymentID=" + paymentID + "&status="
		resp := O(
			"paymentID", N(paymentID),
			"bkashURL", N(payHost+"/redirect/tokenized/?paymentID="+paymentID+"&hash="+g.chars(b62Set+"_.!)-(", 96)+fmt.Sprint(createdAt.UnixMilli())+"&mode=0011&apiVersion=v1.2.0-beta"),
			"callbackURL", N(callbackURL),
			"successCallbackURL", N(cb+"success"),
			"failureCallbackURL", N(cb+"failure"),
			"cancelledCallbackURL", N(cb+"cancel"),
			"amount", N(amount),
			"intent", N("sale"),
			"currency", N("BDT"),
			"paymentCreateTime", N(bt(createdAt)),
			"transactionStatus", N("Initiated"),
			"merchantInvoiceNumber", N(invoice),
			"statusCode", N("0000"),
			"statusMessage", N("Successful"),
		)
		out := post("/create", headers(), body, resp)
		if g.r.IntN(2) == 0 {
			out.set("order", order())
		}
		return out
	case "callback":
		status := pick(g.r, []string{"success", "success", "success", "failure", "cancel"})
		u := callbackURL + "?paymentID=" + paymentID + "&status=" + status
		q := O("paymentID", N(paymentID), "status", N(status))
		if g.r.IntN(2) == 0 {
			u += "&apiVersion=1.2.0-beta"
			q.set("apiVersion", N("1.2.0-beta"))
		}
		out := O(
			"ts", N(g.t.In(bst).Format("2006-01-02 15:04:05")),
			"method", N("GET"),
			"url", N(u),
			"query", q,
			"remote_ip", P(p.ip),
			"user_agent", N(pick(g.r, w21UAs)),
		)
		if g.r.IntN(3) != 0 {
			out.set("order", order())
		}
		return out
	case "execute":
		body := O("paymentID", N(paymentID))
		var resp *node
		switch x := g.r.IntN(10); {
		case x < 7:
			cm := g.phone(msisdn)
			if g.r.IntN(4) == 0 {
				cm = P(msisdn[:3] + "****" + msisdn[7:])
				g.w21Weak()
			}
			resp = O(
				"paymentID", N(paymentID),
				"trxID", N(trxID),
				"transactionStatus", N("Completed"),
				"amount", N(amount),
				"currency", N("BDT"),
				"intent", N("sale"),
				"paymentExecuteTime", N(bt(g.t.Add(-time.Second))),
				"merchantInvoiceNumber", N(invoice),
				"payerReference", payerRef(),
				"customerMsisdn", cm,
				"payerType", N("Customer"),
				"statusCode", N("0000"),
				"statusMessage", N("Successful"),
			)
			if g.r.IntN(3) == 0 {
				resp.set("payerAccount", g.phone(msisdn))
			}
		case x < 9:
			e := pick(g.r, [][2]string{{"2056", "Invalid Payment State"}, {"2062", "The payment has already been completed"}, {"2117", "Payment execution already been called before"}, {"2023", "Insufficient Balance"}, {"2029", "Duplicate for all transactions"}})
			resp = O("statusCode", N(e[0]), "statusMessage", N(e[1]))
		default:
			resp = O("errorCode", N("2056"), "errorMessage", N("Invalid Payment State"))
		}
		out := post("/execute", headers(), body, resp)
		if g.r.IntN(3) != 0 {
			out.set("order", order())
		}
		return out
	}
	done := g.r.IntN(4) != 0
	resp := O(
		"paymentID", N(paymentID),
		"mode", N("0011"),
		"paymentCreateTime", N(bt(createdAt)),
	)
	if done {
		resp.set("paymentExecuteTime", N(bt(createdAt.Add(time.Duration(20+g.r.IntN(200))*time.Second))))
	}
	resp.set("amount", N(amount))
	resp.set("currency", N("BDT"))
	resp.set("intent", N("sale"))
	resp.set("merchantInvoice", N(invoice))
	resp.set("transactionStatus", N(map[bool]string{true: "Completed", false: "Initiated"}[done]))
	resp.set("verificationStatus", N(map[bool]string{true: "Complete", false: "Incomplete"}[done]))
	resp.set("payerReference", payerRef())
	if done {
		resp.set("trxID", N(trxID))
		resp.set("payerType", N("Customer"))
		resp.set("customerMsisdn", g.phone(msisdn))
	}
	resp.set("statusCode", N("0000"))
	resp.set("statusMessage", N("Successful"))
	out := post("/payment/status", headers(), O("paymentID", N(paymentID)), resp)
	if g.r.IntN(2) == 0 {
		out.set("order", order())
	}
	return out
}
