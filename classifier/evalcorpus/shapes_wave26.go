package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave26Shapes are a twenty-sixth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a CRM, a marketplace, a
// national health register, a wallet's recurring payments and a payroll
// platform: HubSpot's workflow "Send a webhook" action (the v1 contact
// record with its property versions and identity profiles, or the
// properties the workflow picks) and the Webhooks API's subscription
// batches (contact.propertyChange, contact.creation, deal.creation) with
// X-HubSpot-Signature and -v3, followed by the CRM v3 contact, deal and
// line items fetched, for the contacts of clinics, schools, tutors,
// language and coaching institutes, estate agents and software vendors
// in the United States, the United Kingdom, Germany, India, Brazil and
// Japan, children among them; Lazada Open Platform's order push (with
// its Authorization signature) and GetOrder / GetOrderItems calls signed
// with app_key, access_token and sign, for buyers in Vietnam, Thailand,
// the Philippines, Malaysia, Singapore and Indonesia in their scripts,
// with national registration numbers, tax codes, gift messages and
// remarks; the NHS Personal Demographics Service's FHIR Patient (NHS
// number with its verification status, names with periods, addresses
// with their PAF key, telecom, the registered GP's and nominated
// pharmacy's ODS codes, death notification, emergency contacts,
// communication needs and contact preferences) as a GP system's
// integration logs its retrievals, searches and updates with the signed
// JWT client assertion of its token exchange, for patients in England,
// children among them; KakaoPay's recurring payment (정기결제) ready,
// approve, subscription, inactive and status exchanges with the SECRET_KEY
// (or legacy KakaoAK) Authorization, beside the merchant's member record
// (Korean names, 010 mobiles, road-name addresses, birth years and
// adult verification for age-restricted subscriptions); and Gusto's
// embedded payroll webhooks with X-Gusto-Signature, followed by the
// employee, jobs and compensations, home and work addresses, bank
// accounts, garnishments and post-tax deductions, custom fields and
// benefits fetched, for employees in many states, minors hired as
// seasonal workers among them.
var wave26Shapes = []Shape{
	{Name: "hubspot_workflow_webhook", Doc: "developers.hubspot.com/docs/api/webhooks (Webhooks API: POST of a JSON array [{eventId, subscriptionId, portalId, appId, occurredAt (ms), subscriptionType contact.creation / contact.propertyChange / deal.creation / deal.propertyChange, attemptNumber, objectId, propertyName, propertyValue, changeFlag NEW, changeSource CRM_UI / FORM / INTEGRATION / API / IMPORT / AUTOMATION_PLATFORM, sourceId userId:<id> / <app id>}]), /docs/apps/authentication/validating-requests (X-HubSpot-Signature hex SHA-256 of client secret + body (v1) or + method + URI + body (v2) with X-HubSpot-Signature-Version; X-HubSpot-Signature-v3 base64 HMAC-SHA256 keyed with the client secret of method + URI + body + X-HubSpot-Request-Timestamp), knowledge.hubspot.com/workflows/how-do-i-use-webhooks-with-hubspot-workflows (Send a webhook: POST of the enrolled record as the legacy contacts API returns it {vid, canonical-vid, merged-vids, portal-id, is-contact, profile-token, profile-url, properties{<name>{value, versions[{value, source-type, source-id, source-label, timestamp, selected}]}}, form-submissions, list-memberships, identity-profiles[{vid, saved-at-timestamp, identities[{type EMAIL / LEAD_GUID, value, timestamp, is-primary}]}], merge-audits}, or of the properties chosen, keyed as the workflow names them) and /docs/api/crm/contacts, /crm/deals, /crm/line-items (GET /crm/v3/objects/contacts/{id}?properties=...&associations=deals with Authorization: Bearer pat-... -> {id, properties{createdate, email, firstname, lastname, phone, mobilephone, address, city, state, zip, country, jobtitle, company, date_of_birth, lifecyclestage, hs_lead_status, hs_object_id, hs_language, hs_timezone (europe_slash_berlin), hs_analytics_source, ip_city, ip_country, lastmodifieddate, <custom properties>}, createdAt, updatedAt, archived, associations{deals{results[{id, type contact_to_deal}]}}}; deals {dealname, amount, dealstage, pipeline, closedate, hubspot_owner_id, deal_currency_code}; line items {name, price, quantity, amount, hs_product_id, hs_sku}), for contacts of clinics, schools, tutors, institutes, estate agents and software vendors in the United States, the United Kingdom, Germany, India, Brazil and Japan", build: hubspotWorkflowWebhook},
	{Name: "lazada_order_push", Doc: "open.lazada.com/apps/doc/doc?nodeId=10451 and /doc/api (Lazada Push Mechanism: POST to the app's callback with Authorization: hex HMAC-SHA256 of app key + body keyed with the app secret, body {seller_id, message_type 0 (trade order) / 10 (reverse order), data{order_status unpaid / pending / packed / ready_to_ship / shipped / delivered / canceled / returned, trade_order_id, trade_order_line_id, status_update_time, buyer_id}, timestamp, site lazada_vn / lazada_th / lazada_ph / lazada_my / lazada_sg / lazada_id}; GetOrder GET /order/get and GetOrderItems GET /order/items/get on api.lazada.<venture>/rest with app_key, timestamp, access_token, sign_method sha256 and sign (upper-case hex HMAC-SHA256 keyed with the app secret of the API path and the sorted name-value pairs) -> {code, data, request_id}: the order {order_id, order_number, customer_first_name, customer_last_name, created_at, updated_at (\"2026-03-01 10:11:12 +0700\"), price, items_count, payment_method, voucher, voucher_platform, voucher_seller, voucher_code, gift_option, gift_message, remarks, shipping_fee, national_registration_number, tax_code, branch_number, extra_attributes (JSON string {TaxInvoiceRequested}), statuses[], address_billing / address_shipping{first_name, last_name, phone, phone2, address1..5, city, post_code, country}} and its lines [{order_item_id, order_id, name, sku, shop_sku, variation, item_price, paid_price, tax_amount, shipping_amount, voucher_amount, status, shipment_provider, tracking_code, is_digital, digital_delivery_info, currency, buyer_id, reason, product_main_image, product_detail_url, package_id, ...}]), as a seller's ERP connector logs them, for buyers in Vietnam, Thailand, the Philippines, Malaysia, Singapore and Indonesia", build: lazadaOrderPush},
	{Name: "nhs_pds_patient", Doc: "digital.nhs.uk/developer/api-catalogue/personal-demographics-service-fhir (GET /personal-demographics/FHIR/R4/Patient/{NHS number}, GET /Patient?family&given&gender&birthdate=eq...&address-postalcode&_fuzzy-match -> Bundle searchset {timestamp, total, entry[{fullUrl, search{score}, resource}]}, PATCH with If-Match W/\"n\" and {patches[{op, path, value}]}, 412 OperationOutcome; headers X-Request-ID, X-Correlation-ID, NHSD-Session-URID, NHSD-End-User-Organisation-ODS; Patient {id, meta{versionId, security[{code U / R (restricted: no address, telecom or GP)}]}, identifier[{system https://fhir.nhs.uk/Id/nhs-number, value, extension NHSNumberVerificationStatus}], name[{id, use usual / old, period{start, end}, given[], family, prefix[]}], gender, birthDate, multipleBirthInteger, deceasedDateTime, address[{id, period, use, line[], postalCode, extension AddressKey{type PAF / UPRN, value}}], telecom[{id, period, system phone / email / other, value, use, extension OtherContactSystem textphone}], contact[{id, period, relationship[{coding v2-0131 C}], telecom}], generalPractitioner[{id, type Organization, identifier{system ods-organization-code, value, period}}], extension[NominatedPharmacy, NHSCommunication{language, interpreterRequired}, ContactPreference{PreferredWrittenCommunicationFormat, PreferredContactMethod, PreferredContactTimes}, DeathNotificationStatus{deathNotificationStatus, systemEffectiveDate}]}) and /developer/guides-and-documentation/security-and-authorisation (signed JWT client assertion RS512 {sub, iss, jti, aud https://api.service.nhs.uk/oauth2/token, exp}, POST /oauth2/token client_credentials or CIS2 token exchange with subject_token -> {access_token, expires_in 599, token_type Bearer}), as a GP system's integration logs its lookups (practice, the smartcard user, the workflow), for patients in England, children among them", build: nhsPDSPatient},
	{Name: "kakaopay_subscription", Doc: "developers.kakaopay.com/docs/payment/online/subscription (정기결제: POST https://open-api.kakaopay.com/online/v1/payment/ready with Authorization: SECRET_KEY {DEV/PRD secret} and JSON {cid TCSUBSCRIP, partner_order_id, partner_user_id, item_name, quantity, total_amount, vat_amount, tax_free_amount, approval_url, cancel_url, fail_url} -> {tid, next_redirect_app_url, next_redirect_mobile_url, next_redirect_pc_url, android_app_scheme, ios_app_scheme, created_at}; the buyer's return to approval_url?pg_token=; /approve {cid, tid, partner_order_id, partner_user_id, pg_token} -> {aid, tid, cid, sid, partner_order_id, partner_user_id, payment_method_type CARD / MONEY, amount{total, tax_free, vat, point, discount, green_deposit}, card_info{kakaopay_purchase_corp, kakaopay_purchase_corp_code, kakaopay_issuer_corp, kakaopay_issuer_corp_code, bin, card_type, install_month, approved_id, card_mid, interest_free_install, installment_type, card_item_code}, item_name, item_code, quantity, created_at, approved_at, payload}; /subscription {cid, sid, partner_order_id, partner_user_id, item_name, quantity, total_amount, vat_amount, tax_free_amount} and its error {error_code -780, error_message, extras{method_result_code, method_result_message}}; /manage/subscription/inactive and /status {cid, sid} -> {available, cid, sid, status ACTIVE / INACTIVE, payment_method_type, item_name, created_at, last_approved_at, inactivated_at, use_point_status}; the legacy kapi.kakao.com/v1/payment with Authorization: KakaoAK {admin key} and form bodies) beside the merchant's member record (Korean names, 010 mobiles, road-name addresses with postcodes, birth date, sex and CI from the identity check, birth years, adult verification for liquor subscriptions), for members in Korea", build: kakaopaySubscription},
	{Name: "gusto_employee_webhook", Doc: "docs.gusto.com/embedded-payroll/docs/webhooks, /docs/employee-events and /reference (webhook POST with X-Gusto-Signature, hex HMAC-SHA256 of the body keyed with the subscription's verification_token (sent once as {verification_token, webhook_subscription_uuid}): {uuid, event_type employee.created / .updated / .onboarded / .terminated / .rehired / employee.bank_account.created / employee_benefit.created, resource_type Company, resource_uuid, entity_type Employee / BankAccount / EmployeeBenefit, entity_uuid, timestamp}; GET /v1/employees/{uuid} with Authorization: Bearer and X-Gusto-API-Version -> {uuid, first_name, middle_initial, last_name, email, company_uuid, manager_uuid, version, department, terminated, two_percent_shareholder, onboarded, onboarding_status, jobs[{uuid, hire_date, title, primary, rate, payment_unit, location, compensations[{payment_unit, flsa_status, effective_date, rate, adjust_for_minimum_wage}]}], eligible_paid_time_off[{name, policy_name, accrual_rate, accrual_balance, ...}], terminations[{effective_date, run_termination_payroll}], garnishments[{amount, description, court_ordered, recurring, pay_period_maximum, deduct_as_percentage, garnishment_type child_support / null, child_support{state, payment_period, fips_code, case_number, order_number, remittance_number}}], custom_fields[{id, company_custom_field_id, name, type, description, value, selection_options}], date_of_birth, has_ssn, ssn, phone, preferred_first_name, payment_method, work_email, current_employment_status full_time / part_time_* / seasonal}; /home_addresses and /work_addresses [{street_1, street_2, city, state, zip, country, active, effective_date, courtesy_withholding}]; /bank_accounts [{uuid, name, routing_number, hidden_account_number, account_type}] and POST with account_number; POST /v1/companies/{uuid}/employees {first_name, middle_initial, last_name, preferred_first_name, date_of_birth, email, ssn, self_onboarding}; /v1/employee_benefits/{uuid} {employee_deduction, company_contribution, deduct_as_percentage, catch_up, contribution{type, value}, ...} and /v1/company_benefits/{uuid} {benefit_type, description}), as a partner logs them, for employees in California, Minnesota, New Hampshire, New Jersey, North Carolina, Texas, Arizona and Illinois, minors hired as seasonal workers among them", build: gustoEmployeeWebhook},
}

// ------------------------------------------------------------ helpers

// w26Name is a name as its owner writes it and in the Latin spelling
// forms and e-mail addresses take (lower case).
type w26Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w26Item is a good or service (price in the currency's usual unit) and
// the special category it tells of whoever buys it.
type w26Item struct {
	name  string
	price int
	cat   string
}

// w26Leaves lists the leaves of n.
func w26Leaves(n *node) []*node {
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

// w26Raw is text that holds the given leaves (a body, a form, a JSON
// string inside JSON, a URL): labelled by the most telling of them. A
// credential makes the whole text one, as it leaks with it; else a
// special category; else personal; else not personal.
func w26Raw(text string, leaves []*node) *node {
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

// w26JSON is n's JSON text, as producers that nest a document in a
// string send it.
func w26JSON(n *node) *node { return w26Raw(string(render(n, &Label{})), w26Leaves(n)) }

// w26Text is the name of a good or service: it tells nothing of its
// buyer unless it is of a special category.
func w26Text(text, cat string) *node {
	if cat == "" {
		return N(text)
	}
	return S(text, cat)
}

// w26About is text about a person: personal, or of a special category.
func w26About(text, cat string) *node {
	if cat == "" {
		return P(text)
	}
	return S(text, cat)
}

// w26Special picks one of the items: a special one about one time in
// odds, a plain one otherwise.
func (g *gen) w26Special(items []w26Item, odds int) w26Item {
	var plain, special []w26Item
	for _, it := range items {
		if it.cat == "" {
			plain = append(plain, it)
		} else {
			special = append(special, it)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(odds) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w26Note picks a line the same way, a special one about one time in
// three.
func (g *gen) w26Note(notes []bioLine) bioLine {
	var plain, special []bioLine
	for _, n := range notes {
		if n.cat == "" {
			plain = append(plain, n)
		} else {
			special = append(special, n)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(3) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w26Title writes each word of s with a capital first letter.
func w26Title(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// w26Clean keeps the ASCII letters and digits of s, in lower case.
func w26Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w26Redraw makes the subject someone living in country cc.
func (g *gen) w26Redraw(cc string) {
	if c := countryByCode(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w26Age makes the subject lo to hi years old at event time, with the
// national identifier their new birth date gives.
func (g *gen) w26Age(lo, hi int) {
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

// w26Email is an address people derive from their Latin name.
func (g *gen) w26Email(givenL, familyL string, domains []string) string {
	fam := strings.Fields(familyL)
	f := ""
	if len(fam) > 0 {
		f = w26Clean(fam[len(fam)-1])
	}
	local := w26Clean(givenL) + pick(g.r, []string{".", "_", "", "."}) + f
	switch g.r.IntN(4) {
	case 0:
		local += fmt.Sprint(g.r.IntN(100))
	case 1:
		local += fmt.Sprint(g.p.dob.Year() % 100)
	}
	return local + "@" + pick(g.r, domains)
}

// w26SetName gives the subject the name n and an address derived from it.
func (g *gen) w26SetName(n w26Name, domains []string) {
	p := g.p
	p.given, p.family, p.givenL, p.familyL, p.female = n.given, n.family, n.givenL, n.familyL, n.female
	p.email = g.w26Email(n.givenL, n.familyL, domains)
	gl, fl := w26Clean(n.givenL), w26Clean(n.familyL)
	p.username = gl[:min(len(gl), 5)] + fl[:min(len(fl), 3)] + fmt.Sprint(10+g.r.IntN(990))
}

// w26SetPhone gives the subject a mobile number of country cc.
func (g *gen) w26SetPhone(cc string) {
	e, nat := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, nat
	p.phone = phoneNotation(g.r, e, nat)
}

// w26NSN is the national significant number of the subject's phone.
func (g *gen) w26NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w26JWT is a signed JWT with the header and claims given and a
// signature of sig bytes.
func (g *gen) w26JWT(header, claims string, sig int) string {
	b := make([]byte, sig)
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString(b)
}

// w26HMAC is the HMAC-SHA256 of msg keyed with key.
func w26HMAC(key, msg string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w26SHA is the hex SHA-256 of s.
func w26SHA(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// w26Kid is a child of the subject's family: a given name of the
// family's country (native and Latin).
func (g *gen) w26Kid(names []w26Name) w26Name {
	k := pick(g.r, names)
	return w26Name{k.given, g.p.family, k.givenL, g.p.familyL, k.female}
}

// w26Query is a query string of the pairs in order, as a signed URL
// carries them.
func w26Query(keys []string, vals []*node) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = url.QueryEscape(k) + "=" + url.QueryEscape(vals[i].raw)
	}
	return strings.Join(parts, "&")
}

// w26Fields keeps fields in the order a producer sends them, with the
// parsed object beside.
type w26Fields struct {
	keys   []string
	vals   []*node
	parsed *node
}

func newW26Fields() *w26Fields { return &w26Fields{parsed: O()} }

func (f *w26Fields) add(k string, v *node) {
	if v == nil {
		return
	}
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, v)
	f.parsed.set(k, v)
}

// w26Ms is a time in milliseconds since the epoch.
func w26Ms(t time.Time) int64 { return t.UnixMilli() }

// ------------------------------------------------------------- HubSpot

var w26HSNames = map[string][]w26Name{
	"US": {{"Emily", "Johnson", "emily", "johnson", true}, {"Michael", "Brown", "michael", "brown", false}, {"Carlos", "Ramírez", "carlos", "ramirez", false}, {"Aaliyah", "Washington", "aaliyah", "washington", true}, {"Kevin", "Nguyen", "kevin", "nguyen", false}, {"Sarah", "Goldberg", "sarah", "goldberg", true}},
	"GB": {{"Oliver", "Smith", "oliver", "smith", false}, {"Amelia", "Jones", "amelia", "jones", true}, {"Aisha", "Begum", "aisha", "begum", true}, {"Harry", "Taylor", "harry", "taylor", false}, {"Siobhan", "O'Neill", "siobhan", "oneill", true}, {"Kwame", "Mensah", "kwame", "mensah", false}},
	"DE": {{"Lukas", "Müller", "lukas", "mueller", false}, {"Anna", "Schmidt", "anna", "schmidt", true}, {"Jürgen", "Weiß", "juergen", "weiss", false}, {"Sophie", "Becker", "sophie", "becker", true}, {"Elif", "Yılmaz", "elif", "yilmaz", true}, {"Katarzyna", "Nowak", "katarzyna", "nowak", true}},
	"IN": {{"राहुल", "शर्मा", "rahul", "sharma", false}, {"Priya", "Iyer", "priya", "iyer", true}, {"Ananya", "Reddy", "ananya", "reddy", true}, {"अमित", "वर्मा", "amit", "verma", false}, {"Fatima", "Shaikh", "fatima", "shaikh", true}, {"Arjun", "Nair", "arjun", "nair", false}},
	"BR": {{"Gabriel", "Silva", "gabriel", "silva", false}, {"Ana Carolina", "Oliveira", "ana carolina", "oliveira", true}, {"João Pedro", "Souza", "joao pedro", "souza", false}, {"Júlia", "Santos", "julia", "santos", true}, {"Thiago", "Pereira", "thiago", "pereira", false}},
	"JP": {{"翔太", "佐藤", "shota", "sato", false}, {"陽菜", "鈴木", "hina", "suzuki", true}, {"大輔", "高橋", "daisuke", "takahashi", false}, {"さくら", "田中", "sakura", "tanaka", true}, {"健一", "渡辺", "kenichi", "watanabe", false}},
}

// w26HSKids are children's given names, for the contacts who enquire
// for a child.
var w26HSKids = map[string][]w26Name{
	"US": {{"Ethan", "", "ethan", "", false}, {"Olivia", "", "olivia", "", true}, {"Noah", "", "noah", "", false}, {"Sofía", "", "sofia", "", true}},
	"GB": {{"George", "", "george", "", false}, {"Isla", "", "isla", "", true}, {"Muhammad", "", "muhammad", "", false}, {"Freya", "", "freya", "", true}},
	"DE": {{"Ben", "", "ben", "", false}, {"Mia", "", "mia", "", true}, {"Emil", "", "emil", "", false}, {"Lina", "", "lina", "", true}},
	"IN": {{"आरव", "", "aarav", "", false}, {"दिया", "", "diya", "", true}, {"Vihaan", "", "vihaan", "", false}, {"Saanvi", "", "saanvi", "", true}},
	"BR": {{"Miguel", "", "miguel", "", false}, {"Helena", "", "helena", "", true}, {"Arthur", "", "arthur", "", false}, {"Alice", "", "alice", "", true}},
	"JP": {{"蓮", "", "ren", "", false}, {"結衣", "", "yui", "", true}, {"悠真", "", "yuma", "", false}, {"葵", "", "aoi", "", true}},
}

var w26HSKana = map[string]string{"翔太": "ショウタ", "佐藤": "サトウ", "陽菜": "ヒナ", "鈴木": "スズキ", "大輔": "ダイスケ", "高橋": "タカハシ", "さくら": "サクラ", "田中": "タナカ", "健一": "ケンイチ", "渡辺": "ワタナベ", "蓮": "レン", "結衣": "ユイ", "悠真": "ユウマ", "葵": "アオイ"}

var w26HSDomains = map[string][]string{
	"US": {"gmail.com", "yahoo.com", "outlook.com", "icloud.com"},
	"GB": {"gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"},
	"DE": {"gmx.de", "web.de", "t-online.de", "gmail.com"},
	"IN": {"gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"},
	"BR": {"gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"},
	"JP": {"gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com"},
}

// w26HSPortal is a HubSpot customer: who it is, the custom property in
// which it records what a contact asks for (and what each answer tells of
// the contact), what it sells and the messages its forms receive.
type w26HSPortal struct {
	cc, name, kind, domain, currency string
	prop                             string
	interests                        []bioLine
	products                         []w26Item
	notes                            []bioLine
	// child: the contacts are parents enquiring for a child (or, at a
	// coaching institute, the student).
	child bool
}

var w26HSPortals = map[string][]w26HSPortal{
	"US": {
		{"US", "Harbor Fertility Center", "fertility", "harborfertility.example", "USD", "treatment_interest",
			[]bioLine{{"health", "IVF"}, {"health", "Egg freezing"}, {"health", "IUI"}, {"health", "Fertility assessment"}},
			[]w26Item{{"IVF cycle - full package", 18500, "health"}, {"Egg freezing cycle", 11000, "health"}, {"New patient consultation", 350, "health"}},
			[]bioLine{{"health", "We have been trying to conceive for two years, my AMH came back low"}, {"health", "Same-sex couple looking at reciprocal IVF"}, {"", "Do you accept Progyny?"}}, false},
		{"US", "Lakeside Christian Academy", "school", "lakesideacademy.example", "USD", "church_affiliation",
			[]bioLine{{"religion", "Grace Baptist Church"}, {"religion", "St. Mark's Lutheran Church"}, {"religion", "Non-denominational"}, {"religion", "Not currently attending a church"}},
			[]w26Item{{"Application fee", 75, ""}, {"Enrollment deposit 2026-27", 1500, ""}},
			[]bioLine{{"religion", "We are active members at Grace Baptist and want a Christ-centered education"}, {"health", "Our son has an IEP for ADHD, do you offer learning support?"}, {"", "Interested in a campus tour in the spring"}}, true},
		{"US", "Brightwave Analytics", "saas", "brightwave.example", "USD", "use_case",
			[]bioLine{{"", "Marketing attribution"}, {"", "Product analytics"}, {"", "Revenue reporting"}},
			[]w26Item{{"Brightwave Pro - annual", 12000, ""}, {"Onboarding package", 2500, ""}, {"Additional seats (10)", 3000, ""}},
			[]bioLine{{"", "Need a demo for 20 seats"}, {"", "Looking to replace our current BI tool before Q3"}}, false},
	},
	"GB": {
		{"GB", "Cedar Dental Group", "dental", "cedardental.example", "GBP", "treatment_of_interest",
			[]bioLine{{"health", "Invisalign"}, {"health", "Dental implants"}, {"health", "Composite bonding"}, {"", "Teeth whitening"}},
			[]w26Item{{"Invisalign Comprehensive", 4200, "health"}, {"Single dental implant", 2495, "health"}, {"Enlighten whitening", 595, ""}},
			[]bioLine{{"health", "I have a cracked molar and my gums bleed"}, {"health", "Very anxious about dentists, would need sedation"}, {"", "Can I pay monthly?"}}, false},
		{"GB", "Northside Tutors", "tutoring", "northsidetutors.example", "GBP", "subject_interest",
			[]bioLine{{"", "11+ preparation"}, {"", "GCSE Maths"}, {"", "A-level Chemistry"}, {"health", "Dyslexia support"}},
			[]w26Item{{"10-lesson bundle", 450, ""}, {"11+ mock exam day", 65, ""}},
			[]bioLine{{"health", "She is autistic and does best with the same tutor each week"}, {"", "Weekday evenings only please"}}, true},
		{"GB", "Ledgerly", "saas", "ledgerly.example", "GBP", "company_size_band",
			[]bioLine{{"", "1-10"}, {"", "11-50"}, {"", "51-200"}},
			[]w26Item{{"Ledgerly Business - annual", 2400, ""}, {"Payroll add-on", 600, ""}},
			[]bioLine{{"", "Migrating from Sage, need help with the import"}}, false},
	},
	"DE": {
		{"DE", "Kinderwunschzentrum am Main", "fertility", "kiwu-main.example", "EUR", "behandlungswunsch",
			[]bioLine{{"health", "IVF/ICSI"}, {"health", "Social Freezing"}, {"health", "Insemination (IUI)"}, {"health", "Zweitmeinung"}},
			[]w26Item{{"ICSI-Zyklus (Selbstzahler)", 4900, "health"}, {"Erstberatung Kinderwunsch", 180, "health"}, {"Kryokonservierung 12 Monate", 390, "health"}},
			[]bioLine{{"health", "Wir versuchen es seit drei Jahren, bei meinem Mann wurde eine eingeschränkte Spermienqualität festgestellt"}, {"", "Gibt es Abendtermine?"}}, false},
		{"DE", "Sprachinstitut Rhein", "language", "sprachinstitut-rhein.example", "EUR", "kursinteresse",
			[]bioLine{{"", "Deutsch B1 Intensivkurs"}, {"", "Business English"}, {"", "Integrationskurs"}},
			[]w26Item{{"Intensivkurs B1 (4 Wochen)", 890, ""}, {"Einstufungstest", 30, ""}},
			[]bioLine{{"", "Ich brauche das Zertifikat für die Einbürgerung"}, {"", "Bitte nur Abendkurse"}}, false},
		{"DE", "Hanse Stahlbau GmbH", "saas", "hanse-stahlbau.example", "EUR", "branche",
			[]bioLine{{"", "Maschinenbau"}, {"", "Logistik"}, {"", "Bau"}},
			[]w26Item{{"Wartungsvertrag Premium", 14400, ""}, {"Vor-Ort-Schulung", 1800, ""}},
			[]bioLine{{"", "Bitte Angebot für drei Standorte"}}, false},
	},
	"IN": {
		{"IN", "Vidya Academy", "coaching", "vidyaacademy.example", "INR", "target_exam",
			[]bioLine{{"", "JEE Main + Advanced"}, {"", "NEET-UG"}, {"", "Foundation (Class 9-10)"}},
			[]w26Item{{"Two-year classroom programme (JEE)", 165000, ""}, {"NEET crash course", 45000, ""}, {"Scholarship test fee", 500, ""}},
			[]bioLine{{"", "Want evening batch near Kota station"}, {"", "Is hostel available?"}, {"health", "My son has asthma, is the hostel AC?"}}, true},
		{"IN", "CareFirst Hospitals", "hospital", "carefirsthospitals.example", "INR", "department_of_interest",
			[]bioLine{{"health", "Cardiology"}, {"health", "Oncology second opinion"}, {"health", "Bariatric surgery"}, {"health", "IVF & fertility"}},
			[]w26Item{{"Executive health check-up", 6500, "health"}, {"Bariatric surgery package", 350000, "health"}, {"Angiography package", 18000, "health"}},
			[]bioLine{{"health", "Father has chest pain on walking, ECG abnormal"}, {"health", "Diagnosed with stage 2 breast cancer, need second opinion"}, {"", "Please share cashless insurance options"}}, false},
	},
	"BR": {
		{"BR", "Clínica Sorriso Pleno", "dental", "sorrisopleno.example", "BRL", "tratamento_de_interesse",
			[]bioLine{{"health", "Implante dentário"}, {"health", "Ortodontia (alinhadores)"}, {"", "Clareamento"}, {"health", "Prótese"}},
			[]w26Item{{"Implante unitário", 3500, "health"}, {"Alinhadores - tratamento completo", 9800, "health"}, {"Clareamento a laser", 900, ""}},
			[]bioLine{{"health", "Perdi dois dentes e tenho diabetes, posso fazer implante?"}, {"", "Atendem convênio?"}}, false},
		{"BR", "Morada Imóveis", "realestate", "moradaimoveis.example", "BRL", "tipo_de_imovel",
			[]bioLine{{"", "Apartamento 2 quartos"}, {"", "Casa em condomínio"}, {"", "Sala comercial"}},
			[]w26Item{{"Taxa de intermediação", 12000, ""}, {"Avaliação de imóvel", 800, ""}},
			[]bioLine{{"", "Procuro apartamento perto do metrô, até R$ 600 mil"}, {"", "Vou usar FGTS na entrada"}}, false},
		{"BR", "Escola Bilíngue Aquarela", "school", "aquarela.example", "BRL", "serie_de_interesse",
			[]bioLine{{"", "Educação Infantil"}, {"", "Ensino Fundamental I"}, {"", "Ensino Fundamental II"}},
			[]w26Item{{"Matrícula 2026", 2500, ""}, {"Mensalidade", 3200, ""}},
			[]bioLine{{"health", "Meu filho tem TEA e precisa de mediador"}, {"", "Gostaria de agendar uma visita"}}, true},
	},
	"JP": {
		{"JP", "さくら英会話スクール", "eikaiwa", "sakura-eikaiwa.example", "JPY", "course_interest",
			[]bioLine{{"", "キッズ英会話"}, {"", "英検対策"}, {"", "TOEIC対策"}},
			[]w26Item{{"キッズコース 月謝", 12000, ""}, {"入会金", 11000, ""}},
			[]bioLine{{"", "土曜日の午前を希望します"}, {"health", "子どもに発達障害があり、少人数クラスを希望します"}}, true},
		{"JP", "銀座ビューティークリニック", "clinic", "ginza-beauty.example", "JPY", "treatment_interest",
			[]bioLine{{"health", "二重整形（埋没法）"}, {"health", "脂肪吸引"}, {"", "医療脱毛"}, {"health", "AGA治療"}},
			[]w26Item{{"二重埋没法 両目", 198000, "health"}, {"脂肪吸引 腹部", 450000, "health"}, {"医療脱毛 全身5回", 250000, ""}},
			[]bioLine{{"health", "以前ほかのクリニックで埋没法を受けましたが取れてしまいました"}, {"", "カウンセリングは土日可能ですか"}}, false},
		{"JP", "株式会社ミドリ商事", "saas", "midori-shoji.example", "JPY", "industry",
			[]bioLine{{"", "製造業"}, {"", "小売業"}},
			[]w26Item{{"年間ライセンス（50ユーザー）", 1200000, ""}, {"導入支援パック", 300000, ""}},
			[]bioLine{{"", "資料を送付してください"}}, false},
	},
}

// w26HSCompanies are the companies of B2B contacts, each with the
// domain of its staff's addresses.
var w26HSCompanies = map[string][][2]string{
	"US": {{"Northwind Logistics", "northwindlogistics.example"}, {"Summit Roofing LLC", "summitroofing.example"}, {"Pioneer Health Partners", "pioneerhp.example"}},
	"GB": {{"Kestrel Foods Ltd", "kestrelfoods.example"}, {"Albion Lettings", "albionlettings.example"}, {"Thames Valley Plumbing Ltd", "tvplumbing.example"}},
	"DE": {{"Bäckerei Schulte GmbH", "baeckerei-schulte.example"}, {"Rhein-Main Logistik AG", "rml-logistik.example"}, {"Weber Elektrotechnik KG", "weber-elektro.example"}},
	"JP": {{"株式会社サンライズ物流", "sunrise-butsuryu.example"}, {"有限会社たなか製作所", "tanaka-ss.example"}},
}

var w26HSJobs = map[string][]string{
	"US": {"Operations Manager", "VP of Marketing", "Head of Data"},
	"GB": {"Finance Director", "Office Manager", "Head of Operations"},
	"DE": {"Geschäftsführer", "Leiterin Einkauf", "IT-Leiter"},
	"JP": {"総務部長", "情報システム課 課長"},
}

// w26HSCountry is the country as contacts type it into HubSpot forms.
func (g *gen) w26HSCountry(cc string) string {
	switch cc {
	case "US":
		return pick(g.r, []string{"United States", "USA", "United States"})
	case "GB":
		return pick(g.r, []string{"United Kingdom", "UK", "England"})
	case "DE":
		return pick(g.r, []string{"Germany", "Deutschland"})
	case "BR":
		return pick(g.r, []string{"Brazil", "Brasil"})
	case "JP":
		return pick(g.r, []string{"Japan", "日本"})
	}
	return englishName[cc]
}

// w26HSTimezone is an IANA zone as HubSpot's hs_timezone writes it.
func w26HSTimezone(tz string) string {
	return strings.ToLower(strings.ReplaceAll(tz, "/", "_slash_"))
}

// w26HSProp is a contact property: its internal name and how to write
// its value (nil when the contact has none); made only where an event
// carries it, so that only what is written is labelled.
type w26HSProp struct {
	name string
	mk   func() *node
}

func hubspotWorkflowWebhook(g *gen) *node {
	cc := pick(g.r, []string{"US", "US", "US", "GB", "GB", "DE", "DE", "IN", "IN", "BR", "BR", "JP", "JP"})
	g.w26Redraw(cc)
	portal := pick(g.r, w26HSPortals[cc])
	b2b := portal.kind == "saas"
	p := g.p
	n := pick(g.r, w26HSNames[cc])
	g.w26SetName(n, w26HSDomains[cc])
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w26SetPhone(cc)
	}
	// Who the contact is: the subject, or the parent of the child the
	// subject is (a student of a coaching institute fills the form in
	// himself).
	first, last, email := n.given, n.family, p.email
	var student *w26Name
	selfStudent := false
	switch {
	case portal.child && portal.kind == "coaching" && g.r.IntN(2) == 0:
		g.w26Age(15, 17)
		selfStudent = true
	case portal.child:
		g.w26Age(4, 16)
		if portal.kind == "school" && cc == "US" {
			g.w26Age(5, 17)
		}
		k := g.w26Kid(w26HSKids[cc])
		student = &k
		p.given, p.givenL, p.female = k.given, k.givenL, k.female
	default:
		g.w26Age(19, 72)
	}
	if cc == "IN" && g.r.IntN(2) == 0 && n.given != w26Title(n.givenL) {
		// Typed in Latin letters.
		first, last = w26Title(n.givenL), w26Title(n.familyL)
	}
	company, job := "", ""
	if b2b {
		c := pick(g.r, w26HSCompanies[map[bool]string{true: cc, false: "US"}[w26HSCompanies[cc] != nil]])
		company = c[0]
		job = pick(g.r, w26HSJobs[map[bool]string{true: cc, false: "US"}[w26HSJobs[cc] != nil]])
		email = w26Clean(n.givenL) + "." + w26Clean(n.familyL) + "@" + c[1]
	}
	interest := g.w26Note(portal.interests)
	product := g.w26Special(portal.products, 2)
	if interest.cat != "" && product.cat == "" && g.r.IntN(2) == 0 {
		product = g.w26Special(portal.products, 1)
	}
	var note bioLine
	hasNote := g.r.IntN(3) != 0
	if hasNote {
		note = g.w26Note(portal.notes)
	}

	contactID := fmt.Sprint(1000000 + g.r.Int64N(98000000000))
	dealID := fmt.Sprint(10000000000 + g.r.Int64N(9000000000))
	portalID := 2000000 + g.r.IntN(46000000)
	appID := 100000 + g.r.IntN(4000000)
	ownerID := fmt.Sprint(10000000 + g.r.IntN(890000000))
	created := g.t.Add(-time.Duration(g.r.IntN(200*24*3600)) * time.Second).Truncate(time.Millisecond)
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	stage := pick(g.r, []string{"lead", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"})
	if b2b {
		stage = pick(g.r, []string{"lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"})
	}
	leadStatus := pick(g.r, []string{"NEW", "OPEN", "IN_PROGRESS", "CONNECTED", "ATTEMPTED_TO_CONTACT"})
	source := pick(g.r, []string{"ORGANIC_SEARCH", "PAID_SEARCH", "PAID_SOCIAL", "DIRECT_TRAFFIC", "REFERRALS", "OFFLINE"})
	lang := map[string]string{"US": "en", "GB": "en-gb", "DE": "de", "IN": "en", "BR": "pt-br", "JP": "ja"}[cc]
	full := first + " " + last
	if cc == "JP" {
		full = last + first
	}
	mobile := p.phone
	if p.phoneCC == cc && g.r.IntN(2) == 0 {
		mobile = p.phoneNat
	}
	// What the contact asks for, like a product, tells nothing of them
	// unless it is of a special category.
	interestNode := func() *node { return w26Text(interest.text, interest.cat) }
	var props []w26HSProp
	add := func(name string, mk func() *node) { props = append(props, w26HSProp{name, mk}) }
	add("email", func() *node { return P(email) })
	add("firstname", func() *node { return P(first) })
	add("lastname", func() *node { return P(last) })
	add("mobilephone", func() *node { return g.phone(mobile) })
	if p.showResidence && !b2b || p.showResidence && g.r.IntN(3) == 0 {
		add("address", func() *node { return g.addr(p.street) })
		add("city", func() *node { return g.addr(p.city) })
		add("state", func() *node { return g.addrN(p.region) })
		add("zip", func() *node { return g.addr(p.post) })
		country := g.w26HSCountry(cc)
		add("country", func() *node { return g.residence(country) })
	}
	if p.showResidence && g.r.IntN(3) == 0 {
		ipCity, ipCountry := p.city, strings.ToLower(englishName[cc])
		add("ip_city", func() *node { return g.addr(ipCity) })
		add("ip_country", func() *node { return g.residence(ipCountry) })
	}
	if b2b {
		add("company", func() *node { return P(company) })
		add("jobtitle", func() *node { return P(job) })
	}
	if !portal.child && !b2b && (portal.kind == "fertility" || portal.kind == "hospital" || portal.kind == "clinic" || g.r.IntN(3) == 0) {
		add("date_of_birth", func() *node { return g.dob("2006-01-02") })
	}
	add("lifecyclestage", func() *node { return N(stage) })
	add("hs_lead_status", func() *node { return N(leadStatus) })
	add("hs_analytics_source", func() *node { return N(source) })
	add("hs_language", func() *node { return N(lang) })
	if p.showLocale {
		hsTZ := w26HSTimezone(p.tz)
		add("hs_timezone", func() *node { return g.tz(hsTZ) })
	}
	add(portal.prop, interestNode)
	if hasNote {
		add("message", func() *node { return w26Text(note.text, note.cat) })
	}
	if cc == "JP" && !b2b {
		add("firstname_kana", func() *node { return Pif(w26HSKana[n.given]) })
		add("lastname_kana", func() *node { return Pif(w26HSKana[n.family]) })
	}
	if student != nil {
		add("student_first_name", func() *node { return P(student.given) })
		add("student_date_of_birth", func() *node { return g.dob("2006-01-02") })
		if cc == "JP" {
			add("student_first_name_kana", func() *node { return Pif(w26HSKana[student.given]) })
		}
		add("student_grade", func() *node { return N(fmt.Sprint(max(1, g.ageAt()-5))) })
	}
	if selfStudent {
		pg, pgl := split(pick(g.r, countryByCode("IN").given))
		_, pnat := phoneNumber(g.r, "IN")
		add("date_of_birth", func() *node { return g.dob("2006-01-02") })
		add("class", func() *node { return N(fmt.Sprint(min(12, g.ageAt()-5))) })
		add("board", func() *node { return N(pick(g.r, []string{"CBSE", "ICSE", "State Board"})) })
		parent := pick(g.r, []string{pg + " " + last, w26Title(pgl) + " " + w26Title(n.familyL)})
		add("parent_name", func() *node { return P(parent) })
		add("parent_mobile", func() *node { return P(strings.ReplaceAll(pnat, " ", "")) })
	}
	if portal.kind == "realestate" {
		cpf := genCPF(g.r, p.dob, p.female, [2]string{})
		income := pick(g.r, []string{"Até R$ 5.000", "R$ 5.000 a R$ 10.000", "Acima de R$ 10.000"})
		add("cpf", func() *node { return P(cpf) })
		add("renda_familiar", func() *node { return P(income) })
	}
	if portal.kind == "fertility" && cc == "DE" {
		ins := pick(g.r, []string{"gesetzlich (TK)", "gesetzlich (AOK)", "privat", "Beihilfe"})
		add("krankenversicherung", func() *node { return P(ins) })
	}
	add("hs_legal_basis", func() *node {
		return N(pick(g.r, []string{"Legitimate interest – prospect/lead", "Freely given consent from contact"}))
	})
	dealName := func() *node {
		if b2b {
			return N(company + " - " + product.name)
		}
		who := full
		if student != nil {
			who = student.given + " " + last
		}
		if product.cat != "" {
			return S(who+" - "+product.name, product.cat)
		}
		return P(who + " - " + product.name)
	}
	qty := 1
	if product.price < 1000 && g.r.IntN(3) == 0 {
		qty = 2
	}
	amount := fmt.Sprint(product.price * qty)

	// The contact as the CRM v3 API returns it.
	v3Contact := func(withDeal bool) *node {
		ps := O()
		sorted := append([]w26HSProp{
			{"createdate", func() *node { return N(z(created)) }},
			{"hs_object_id", func() *node { return P(contactID) }},
			{"lastmodifieddate", func() *node { return N(z(g.t)) }},
		}, props...)
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })
		for _, pr := range sorted {
			v := pr.mk()
			if v == nil {
				v = N(nil)
			}
			ps.set(pr.name, v)
		}
		out := O("id", P(contactID), "properties", ps, "createdAt", N(z(created)), "updatedAt", N(z(g.t)), "archived", N(false))
		if withDeal {
			out.set("associations", O("deals", O("results", A(O("id", N(dealID), "type", N("contact_to_deal"))))))
		}
		return out
	}
	names := func() string {
		var l []string
		for _, pr := range props {
			l = append(l, pr.name)
		}
		return strings.Join(l, ",")
	}
	token := func() *node {
		if g.r.IntN(3) == 0 {
			return C("Bearer " + "CO" + g.chars(b64Set, 148))
		}
		return C("Bearer pat-" + pick(g.r, []string{"na1", "eu1", "na2"}) + "-" + g.uuid())
	}
	fetchContact := func(withDeal bool) *node {
		u := "https://api.hubapi.com/crm/v3/objects/contacts/" + contactID + "?properties=" + url.QueryEscape(names())
		if withDeal {
			u += "&associations=deals"
		}
		return O(
			"request", O("method", N("GET"), "url", P(u), "headers", O("Authorization", token(), "Accept", N("application/json"))),
			"response", O("status", N(200), "body", v3Contact(withDeal)),
		)
	}
	lineID := fmt.Sprint(1000000000 + g.r.Int64N(9000000000))
	fetchDeal := func() *node {
		closeDate := g.t.AddDate(0, 0, 7+g.r.IntN(60)).Truncate(24 * time.Hour)
		dp := O(
			"amount", N(amount),
			"closedate", N(z(closeDate)),
			"createdate", N(z(g.t)),
			"deal_currency_code", N(portal.currency),
			"dealname", dealName(),
			"dealstage", N(pick(g.r, []string{"appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon"})),
			"hs_lastmodifieddate", N(z(g.t)),
			"hs_object_id", N(dealID),
			"hubspot_owner_id", P(ownerID),
			"pipeline", N("default"),
		)
		deal := O("id", N(dealID), "properties", dp, "createdAt", N(z(g.t)), "updatedAt", N(z(g.t)), "archived", N(false),
			"associations", O(
				"contacts", O("results", A(O("id", P(contactID), "type", N("deal_to_contact")))),
				"line items", O("results", A(O("id", N(lineID), "type", N("deal_to_line_item")))),
			))
		items := O("status", N("COMPLETE"), "results", A(O("id", N(lineID), "properties", O(
			"amount", N(amount+".00"),
			"createdate", N(z(g.t)),
			"hs_object_id", N(lineID),
			"hs_product_id", N(fmt.Sprint(1000000+g.r.IntN(9000000))),
			"hs_sku", N(strings.ToUpper(portal.kind[:3])+"-"+pattern(g.r, "###")),
			"name", w26Text(product.name, product.cat),
			"price", N(fmt.Sprint(product.price)),
			"quantity", N(fmt.Sprint(qty)),
		), "createdAt", N(z(g.t)), "updatedAt", N(z(g.t)), "archived", N(false))),
			"startedAt", N(z(g.t.Add(time.Second))), "completedAt", N(z(g.t.Add(time.Second+40*time.Millisecond))))
		return O(
			"deal", O(
				"request", O("method", N("GET"), "url", N("https://api.hubapi.com/crm/v3/objects/deals/"+dealID+"?properties=dealname,amount,dealstage,pipeline,closedate,hubspot_owner_id,deal_currency_code&associations=contacts,line_items"), "headers", O("Authorization", token())),
				"response", O("status", N(200), "body", deal),
			),
			"line_items", O(
				"request", O("method", N("POST"), "url", N("https://api.hubapi.com/crm/v3/objects/line_items/batch/read"), "body", O("properties", A(N("name"), N("price"), N("quantity"), N("amount"), N("hs_product_id"), N("hs_sku")), "inputs", A(O("id", N(lineID))))),
				"response", O("status", N(200), "body", items),
			),
		)
	}
	secret := g.uuid()
	staffEmail := pick(g.r, []string{"reception", "admissions", "sales", "info", "team"}) + "@" + portal.domain
	if kn := pick(g.r, w26HSNames[cc]); g.r.IntN(2) == 0 && kn.familyL != n.familyL {
		// A colleague's own address.
		staffEmail = w26Clean(kn.givenL) + "." + w26Clean(kn.familyL) + "@" + portal.domain
	}
	userID := fmt.Sprint(1000000 + g.r.IntN(90000000))
	sourceOf := func(src string) *node {
		switch src {
		case "CRM_UI":
			return P("userId:" + userID)
		case "INTEGRATION", "API":
			return N(fmt.Sprint(appID))
		case "FORM":
			return N(g.uuid())
		}
		return nil
	}
	// The delivery as a backend logs it: the signature headers, the body
	// parsed or raw.
	deliver := func(body *node, path, ua string, versions []string) *node {
		raw := string(render(body, &Label{}))
		uri := "https://" + pick(g.r, []string{"api", "hooks", "crm-sync"}) + "." + portal.domain + path
		ts := fmt.Sprint(w26Ms(g.t.Add(time.Duration(100+g.r.IntN(900)) * time.Millisecond)))
		h := O("Content-Type", N("application/json"), "User-Agent", N(ua))
		for _, v := range versions {
			switch v {
			case "v1":
				h.set("X-HubSpot-Signature", C(w26SHA(secret+raw)))
				h.set("X-HubSpot-Signature-Version", N("v1"))
			case "v2":
				h.set("X-HubSpot-Signature", C(w26SHA(secret+"POST"+uri+raw)))
				h.set("X-HubSpot-Signature-Version", N("v2"))
			case "v3":
				h.set("X-HubSpot-Signature-v3", C(base64.StdEncoding.EncodeToString(w26HMAC(secret, "POST"+uri+raw+ts))))
				h.set("X-HubSpot-Request-Timestamp", N(ts))
			case "key":
				h.set(pick(g.r, []string{"X-Api-Key", "Authorization"}), C(pick(g.r, []string{"", "Bearer "})+g.b62(40)))
			}
		}
		if g.r.IntN(4) == 0 {
			return O("received_at", N(g.t.Add(time.Second).UTC().Format(time.RFC3339Nano)), "url", N(uri), "headers", h, "raw_body", w26JSON(body), "signature_valid", N(true))
		}
		return O("received_at", N(g.t.Add(time.Second).UTC().Format(time.RFC3339Nano)), "method", N("POST"), "url", N(uri), "headers", h, "body", body)
	}
	hookUA := "HubSpot Connect 2.0 (http://dev.hubspot.com/) - WebhooksExecutorDaemon-executor"
	flowUA := "HubSpot Connect 2.0 (http://dev.hubspot.com/) (namespace: hs_workflows) - AutomationPlatformWebhookAction"

	switch mode := g.r.IntN(10); {
	case mode < 4:
		// A Webhooks API batch: the contact created or some of its
		// properties changed, a deal created for it; then the contact
		// fetched.
		var evs []*node
		eventID := 100 + g.r.Int64N(4000000000)
		subID := 100000 + g.r.IntN(2000000)
		attempt := pick(g.r, []int{0, 0, 0, 1, 2})
		ev := func(typ string, at time.Time) *node {
			eventID += 1 + g.r.Int64N(40)
			return O("eventId", N(eventID), "subscriptionId", N(subID+len(evs)), "portalId", N(portalID), "appId", N(appID), "occurredAt", N(w26Ms(at)), "subscriptionType", N(typ), "attemptNumber", N(attempt))
		}
		src := pick(g.r, []string{"FORM", "FORM", "CRM_UI", "INTEGRATION", "IMPORT", "API", "AUTOMATION_PLATFORM"})
		if g.r.IntN(3) == 0 {
			e := ev("contact.creation", created)
			e.set("objectId", P(contactID))
			e.set("changeFlag", N("NEW"))
			e.set("changeSource", N(src))
			if s := sourceOf(src); s != nil {
				e.set("sourceId", s)
			}
			evs = append(evs, e)
		}
		var changed []w26HSProp
		for _, pr := range props {
			switch pr.name {
			case "hs_analytics_source", "hs_language", "hs_legal_basis":
				continue
			}
			changed = append(changed, pr)
		}
		for range 1 + g.r.IntN(3) {
			pr := pick(g.r, changed)
			v := pr.mk()
			if v == nil {
				continue
			}
			e := ev("contact.propertyChange", g.t.Add(-time.Duration(g.r.IntN(5000))*time.Millisecond))
			e.set("objectId", P(contactID))
			e.set("propertyName", N(pr.name))
			e.set("propertyValue", v)
			csrc := pick(g.r, []string{src, "CRM_UI", "FORM"})
			e.set("changeSource", N(csrc))
			if s := sourceOf(csrc); s != nil {
				e.set("sourceId", s)
			}
			evs = append(evs, e)
		}
		withDeal := g.r.IntN(3) == 0
		if withDeal {
			e := ev("deal.creation", g.t)
			e.set("objectId", N(dealID))
			e.set("changeFlag", N("NEW"))
			e.set("changeSource", N("CRM_UI"))
			e.set("sourceId", P("userId:"+userID))
			evs = append(evs, e)
		}
		if len(evs) == 0 {
			e := ev("contact.creation", created)
			e.set("objectId", P(contactID))
			e.set("changeFlag", N("NEW"))
			e.set("changeSource", N("FORM"))
			evs = append(evs, e)
		}
		out := deliver(A(evs...), "/webhooks/hubspot", hookUA, []string{"v1", "v3"})
		switch g.r.IntN(3) {
		case 0:
			return out
		case 1:
			return O("webhook", out, "fetched", fetchContact(withDeal))
		}
		f := O("webhook", out, "fetched", fetchContact(true))
		for _, m := range fetchDeal().obj {
			f.set(m.key, m.val)
		}
		return f
	case mode < 7:
		// A workflow's "Send a webhook" action with the whole record, as
		// the legacy contacts API writes it.
		vid := w26Atoi(contactID)
		ps := O()
		for _, pr := range props {
			v := pr.mk()
			if v == nil {
				continue
			}
			st := pick(g.r, []string{"FORM", "FORM", "CRM_UI", "API", "IMPORT", "CONTACTS_WEB"})
			ver := O("value", v, "source-type", N(st))
			switch st {
			case "FORM":
				ver.set("source-id", N(g.uuid()))
				ver.set("source-label", N(nil))
			case "CRM_UI":
				ver.set("source-id", P(staffEmail))
				ver.set("source-label", N(nil))
				ver.set("updated-by-user-id", P(w26Atoi(userID)))
			default:
				ver.set("source-id", N(nil))
				ver.set("source-label", N(nil))
			}
			ver.set("timestamp", N(w26Ms(created.Add(time.Duration(g.r.IntN(3600))*time.Second))))
			ver.set("selected", N(false))
			ps.set(pr.name, O("value", v, "versions", A(ver)))
		}
		ps.set("hs_object_id", O("value", P(contactID), "versions", A(O("value", P(contactID), "source-type", N("CALCULATED"), "source-id", N(nil), "source-label", N(nil), "timestamp", N(w26Ms(created)), "selected", N(false)))))
		ps.set("createdate", O("value", N(fmt.Sprint(w26Ms(created))), "versions", A(O("value", N(fmt.Sprint(w26Ms(created))), "source-type", N("API"), "source-id", N(nil), "source-label", N(nil), "timestamp", N(w26Ms(created)), "selected", N(false)))))
		body := O(
			"vid", P(vid),
			"canonical-vid", P(vid),
			"merged-vids", A(),
			"portal-id", N(portalID),
			"is-contact", N(true),
			"profile-token", C("AO_T-m"+g.chars(b64Set, 94)),
			"profile-url", P(fmt.Sprintf("https://app.hubspot.com/contacts/%d/contact/%s", portalID, contactID)),
			"properties", ps,
		)
		if g.r.IntN(2) == 0 {
			body.set("form-submissions", A(O("conversion-id", N(g.uuid()), "timestamp", N(w26Ms(created)), "form-id", N(g.uuid()), "portal-id", N(portalID),
				"page-url", N("https://www."+portal.domain+pick(g.r, []string{"/contact", "/book-a-consultation", "/enquire", "/demo"})), "title", N(pick(g.r, []string{"Contact us", "Book a consultation", "Enquiry form", "Request a demo"})), "form-type", N("HUBSPOT"), "meta-data", A())))
		} else {
			body.set("form-submissions", A())
		}
		body.set("list-memberships", A())
		body.set("identity-profiles", A(O("vid", P(vid), "saved-at-timestamp", N(w26Ms(created)), "deleted-changed-timestamp", N(0),
			"identities", A(
				O("type", N("EMAIL"), "value", P(email), "timestamp", N(w26Ms(created)), "is-primary", N(true)),
				O("type", N("LEAD_GUID"), "value", P(g.uuid()), "timestamp", N(w26Ms(created))),
			))))
		body.set("merge-audits", A())
		out := deliver(body, pick(g.r, []string{"/hubspot/workflow", "/webhooks/hubspot-workflow", "/api/leads/hubspot"}), flowUA, pick(g.r, [][]string{{"v2", "v3"}, {"v3"}, {"key"}, {}}))
		if g.r.IntN(3) == 0 {
			return O("webhook", out, "fetched", fetchContact(true))
		}
		return out
	case mode < 9:
		// The workflow sends the properties it picks, under the keys the
		// receiving system wants.
		body := O()
		rename := g.r.IntN(2) == 0
		for _, pr := range props {
			if g.r.IntN(4) == 0 && pr.name != "email" && pr.name != portal.prop {
				continue
			}
			v := pr.mk()
			if v == nil {
				continue
			}
			k := pr.name
			if rename {
				k = map[string]string{"email": "contact_email", "firstname": "first_name", "lastname": "last_name", "mobilephone": "phone", "zip": "postal_code", "lifecyclestage": "stage"}[k]
				if k == "" {
					k = pr.name
				}
			}
			body.set(k, v)
		}
		body.set("hs_object_id", P(contactID))
		if g.r.IntN(2) == 0 {
			body.set("portal_id", N(portalID))
		}
		if g.r.IntN(3) == 0 {
			body.set("deal_name", dealName())
			body.set("deal_amount", N(amount))
		}
		return deliver(body, pick(g.r, []string{"/hubspot/workflow", "/intake/hubspot", "/api/v1/leads"}), flowUA, pick(g.r, [][]string{{"v2", "v3"}, {"v3"}, {"key"}, {}}))
	}
	// A sync job's log line: the deal and its contact fetched.
	f := fetchDeal()
	return O("level", N("info"), "ts", N(g.t.UTC().Format(time.RFC3339)), "msg", N("hubspot deal synced"), "portal_id", N(portalID), "deal_id", N(dealID),
		"deal", f.obj[0].val, "line_items", f.obj[1].val, "contact", fetchContact(false))
}

// w26Atoi is the integer v writes.
func w26Atoi(v string) int64 {
	var n int64
	fmt.Sscan(v, &n)
	return n
}

// --------------------------------------------------------------- Lazada

// w26LZName is a buyer's name whole and split as Lazada's checkout splits
// it (many buyers type the whole name into the first field).
type w26LZName struct {
	full, first, last, givenL, familyL string
	female                             bool
}

var w26LZNames = map[string][]w26LZName{
	"VN": {{"Nguyễn Thị Thu Hà", "Thu Hà", "Nguyễn Thị", "thuha", "nguyen", true}, {"Trần Văn Nam", "Nam", "Trần Văn", "nam", "tran", false}, {"Lê Hoàng Anh", "Hoàng Anh", "Lê", "hoanganh", "le", false}, {"Phạm Ngọc Trâm", "Ngọc Trâm", "Phạm", "ngoctram", "pham", true}, {"Đặng Quốc Bảo", "Quốc Bảo", "Đặng", "quocbao", "dang", false}, {"Nguyen Minh Tuan", "Minh Tuan", "Nguyen", "minhtuan", "nguyen", false}},
	"TH": {{"สมชาย ใจดี", "สมชาย", "ใจดี", "somchai", "jaidee", false}, {"สุดารัตน์ ศรีสุข", "สุดารัตน์", "ศรีสุข", "sudarat", "srisuk", true}, {"ณัฐพล วงศ์ไทย", "ณัฐพล", "วงศ์ไทย", "nattapon", "wongthai", false}, {"พิมพ์ชนก แก้วมณี", "พิมพ์ชนก", "แก้วมณี", "pimchanok", "kaewmanee", true}, {"Pimchanok Kaewmanee", "Pimchanok", "Kaewmanee", "pimchanok", "kaewmanee", true}},
	"PH": {{"Maria Cristina Santos", "Maria Cristina", "Santos", "mariacristina", "santos", true}, {"Juan Dela Cruz", "Juan", "Dela Cruz", "juan", "delacruz", false}, {"Angelica Reyes", "Angelica", "Reyes", "angelica", "reyes", true}, {"Mark Anthony Bautista", "Mark Anthony", "Bautista", "markanthony", "bautista", false}, {"Kristine Joy Villanueva", "Kristine Joy", "Villanueva", "kristinejoy", "villanueva", true}},
	"MY": {{"Nur Aisyah binti Ismail", "Nur Aisyah", "binti Ismail", "nuraisyah", "ismail", true}, {"Muhammad Aiman bin Ahmad", "Muhammad Aiman", "bin Ahmad", "muhammadaiman", "ahmad", false}, {"Tan Wei Jie", "Wei Jie", "Tan", "weijie", "tan", false}, {"陈美玲", "美玲", "陈", "meiling", "chen", true}, {"Kavitha a/p Ramasamy", "Kavitha", "a/p Ramasamy", "kavitha", "ramasamy", true}},
	"SG": {{"Tan Wei Ling", "Wei Ling", "Tan", "weiling", "tan", true}, {"Muhammad Hafiz bin Rahman", "Muhammad Hafiz", "bin Rahman", "hafiz", "rahman", false}, {"Priya d/o Rajendran", "Priya", "d/o Rajendran", "priya", "rajendran", true}, {"林俊杰", "俊杰", "林", "junjie", "lin", false}, {"Lim Jun Jie", "Jun Jie", "Lim", "junjie", "lim", false}},
	"ID": {{"Siti Nurhaliza", "Siti", "Nurhaliza", "siti", "nurhaliza", true}, {"Budi Santoso", "Budi", "Santoso", "budi", "santoso", false}, {"Dewi Lestari", "Dewi", "Lestari", "dewi", "lestari", true}, {"Agus Wijaya", "Agus", "Wijaya", "agus", "wijaya", false}, {"Rizky Pratama", "Rizky", "Pratama", "rizky", "pratama", false}},
}

// w26LZPlace is an address as Lazada's address book keeps it: the
// detailed line, the region (address3), the city (address4), the ward
// or district (address5) and the postcode.
type w26LZPlace struct{ line, region, city, ward, post string }

var w26LZPlaces = map[string][]w26LZPlace{
	"VN": {{"Số 12 ngõ 34 Tôn Thất Tùng", "Hà Nội", "Quận Đống Đa", "Phường Khương Thượng", ""}, {"268 Lý Thường Kiệt", "Hồ Chí Minh", "Quận 10", "Phường 14", ""}, {"45 Nguyễn Văn Linh", "Đà Nẵng", "Quận Hải Châu", "Phường Nam Dương", ""}, {"Tòa L3, căn 12.05, Vinhomes Central Park, 720A Điện Biên Phủ", "Hồ Chí Minh", "Quận Bình Thạnh", "Phường 22", ""}},
	"TH": {{"99/12 หมู่บ้านพฤกษา ซอย 5", "Bangkok/ กรุงเทพมหานคร", "Bang Na/ บางนา", "Bang Na Tai/ บางนาใต้", "10260"}, {"123/45 คอนโดลุมพินี ชั้น 8 ถนนพระราม 9", "Bangkok/ กรุงเทพมหานคร", "Huai Khwang/ ห้วยขวาง", "Bang Kapi/ บางกะปิ", "10310"}, {"88 หมู่ 3 ถนนนิมมานเหมินท์", "Chiang Mai/ เชียงใหม่", "Mueang Chiang Mai/ เมืองเชียงใหม่", "Suthep/ สุเทพ", "50200"}},
	"PH": {{"Blk 7 Lot 12 Sampaguita St., Brgy. Commonwealth", "Metro Manila", "Quezon City", "Commonwealth", "1121"}, {"123 Rizal Avenue, Brgy. San Isidro", "Rizal", "Cainta", "San Isidro", "1900"}, {"Unit 1204 Tower 2, Avida Towers, Sucat", "Metro Manila", "Parañaque", "San Antonio", "1715"}, {"45 Mabini Street, Brgy. Poblacion", "Cebu", "Cebu City", "Poblacion", "6000"}},
	"MY": {{"No. 12, Jalan Ampang", "Kuala Lumpur", "Kuala Lumpur", "Ampang Hilir", "50450"}, {"23, Jalan SS 2/24", "Selangor", "Petaling Jaya", "SS2", "47300"}, {"Lot 5, Lorong Kenari 3, Taman Bukit Indah", "Johor", "Johor Bahru", "Bukit Indah", "81200"}, {"B-12-3, Residensi Tun Razak", "Kuala Lumpur", "Kuala Lumpur", "Titiwangsa", "53200"}},
	"SG": {{"Blk 123 Ang Mo Kio Avenue 3, #08-1234", "Singapore", "Singapore", "Ang Mo Kio", "560123"}, {"50 Jurong West Street 61, #12-45", "Singapore", "Singapore", "Jurong West", "640050"}, {"8 Tampines Central 1, #15-02", "Singapore", "Singapore", "Tampines", "529538"}},
	"ID": {{"Jl. Kebon Jeruk Raya No. 27, RT 5/RW 2", "DKI Jakarta", "Kota Jakarta Barat", "Kebon Jeruk", "11530"}, {"Jl. Malioboro No. 12", "DI Yogyakarta", "Kota Yogyakarta", "Gedong Tengen", "55271"}, {"Perumahan Griya Asri Blok C3 No. 8", "Jawa Barat", "Kabupaten Bekasi", "Tambun Selatan", "17510"}, {"Jl. Raya Darmo No. 45", "Jawa Timur", "Kota Surabaya", "Wonokromo", "60241"}},
}

// w26LZItems are goods of each venture (price in the local currency),
// with what buying one tells of the buyer.
var w26LZItems = map[string][]w26Item{
	"VN": {{"Tai nghe Bluetooth Xiaomi Redmi Buds 4", 490000, ""}, {"Áo thun nam cổ tròn cotton", 159000, ""}, {"Nồi chiên không dầu Lock&Lock 5.2L", 1590000, ""}, {"Que thử thai Quickstick (hộp 3 que)", 45000, "health"}, {"Máy đo đường huyết Accu-Chek Guide", 1150000, "health"}, {"Tràng hạt gỗ trầm hương 108 hạt niệm Phật", 320000, "religion"}},
	"TH": {{"Samsung Galaxy A55 5G 8/256GB", 13999, ""}, {"หม้อทอดไร้น้ำมัน Xiaomi 6L", 2290, ""}, {"ครีมกันแดด Biore UV 50g", 289, ""}, {"พระสมเด็จวัดระฆัง พร้อมกรอบ", 1500, "religion"}, {"ชุดตรวจน้ำตาลในเลือด Accu-Chek Instant", 1290, "health"}, {"ผ้าอ้อมผู้ใหญ่ Certainty ไซส์ L 20 ชิ้น", 459, "health"}},
	"PH": {{"Realme C67 8GB+256GB", 8999, ""}, {"Electric fan 16 inch stand fan", 1299, ""}, {"Baby wipes 80 pulls x 6", 399, ""}, {"Holy Rosary - wooden, blessed", 250, "religion"}, {"Holy Bible NIV large print", 650, "religion"}, {"Glucometer kit with 50 strips", 1450, "health"}},
	"MY": {{"Xiaomi Redmi Note 13 8+256GB", 899, ""}, {"Kipas angin dinding 16 inci", 129, ""}, {"Telekung Siti Khadijah Modesty", 189, "religion"}, {"Al-Quran Mushaf Tajwid Rasm Uthmani", 59, "religion"}, {"Alat pengukur gula darah Accu-Chek Instant", 159, "health"}, {"Baju kurung moden", 119, ""}},
	"SG": {{"Apple AirPods (3rd generation)", 249, ""}, {"Philips air fryer HD9252", 169, ""}, {"Tena adult diapers M 10s x 4", 62, "health"}, {"Accu-Chek Guide test strips 50s", 48, "health"}, {"Dyson V8 cordless vacuum", 499, ""}},
	"ID": {{"Samsung Galaxy A15 8/256GB", 2899000, ""}, {"Mukena Bali katun rayon", 125000, "religion"}, {"Sajadah tebal motif Turki", 85000, "religion"}, {"Test pack Sensitif isi 2", 25000, "health"}, {"Susu formula SGM Eksplor 1-3 tahun 900g", 139000, ""}, {"Sepatu sneakers Compass Gazelle", 498000, ""}},
}

// What buyers write in the order's remarks and gift messages.
var w26LZNotes = map[string][]bioLine{
	"VN": {{"", "Giao giờ hành chính giúp em"}, {"", "Gọi trước khi giao"}, {"health", "Mua cho mẹ bị tiểu đường, giao sớm giúp em"}},
	"TH": {{"", "ฝากไว้กับ รปภ. ได้เลยค่ะ"}, {"", "โทรก่อนส่งนะครับ"}, {"health", "ซื้อให้คุณพ่อที่เป็นเบาหวาน ส่งด่วนนะคะ"}},
	"PH": {{"", "Please leave at the guardhouse"}, {"", "Call before delivery, gate is locked"}, {"religion", "For my lola's novena, please deliver before Sunday"}},
	"MY": {{"", "Tolong hantar selepas 6 petang"}, {"", "Letak di pondok pengawal"}, {"religion", "Hadiah untuk mak sempena Ramadan"}},
	"SG": {{"", "Leave at the door, no need to ring"}, {"health", "For my father after his stroke, please deliver to the side gate"}},
	"ID": {{"", "Titip di satpam ya kak"}, {"", "Tolong dibungkus rapi, untuk kado"}, {"religion", "Untuk persiapan umroh ibu, mohon dikirim cepat"}},
}

var w26LZGifts = map[string][]bioLine{
	"VN": {{"", "Chúc mừng sinh nhật em yêu!"}, {"", "Tặng mẹ nhân ngày 8/3"}},
	"TH": {{"", "สุขสันต์วันเกิดนะคะ"}, {"religion", "ขอให้พระคุ้มครองนะลูก"}},
	"PH": {{"", "Happy birthday, Mahal! Love you"}, {"religion", "God bless you on your First Communion!"}},
	"MY": {{"", "Selamat hari jadi sayang"}, {"religion", "Selamat Hari Raya Aidilfitri, maaf zahir dan batin"}},
	"SG": {{"", "Happy anniversary! xoxo"}, {"health", "Get well soon Grandpa, see you after your chemo"}},
	"ID": {{"", "Selamat ulang tahun, semoga panjang umur"}, {"religion", "Selamat Idul Fitri, mohon maaf lahir dan batin"}},
}

var (
	w26LZCurrency = map[string]string{"VN": "VND", "TH": "THB", "PH": "PHP", "MY": "MYR", "SG": "SGD", "ID": "IDR"}
	w26LZHost     = map[string]string{"VN": "https://api.lazada.vn/rest", "TH": "https://api.lazada.co.th/rest", "PH": "https://api.lazada.com.ph/rest", "MY": "https://api.lazada.com.my/rest", "SG": "https://api.lazada.sg/rest", "ID": "https://api.lazada.co.id/rest"}
	w26LZZone     = map[string]int{"VN": 7, "TH": 7, "PH": 8, "MY": 8, "SG": 8, "ID": 7}
	w26LZCountry  = map[string][]string{"VN": {"Vietnam", "Việt Nam"}, "TH": {"Thailand"}, "PH": {"Philippines"}, "MY": {"Malaysia"}, "SG": {"Singapore"}, "ID": {"Indonesia"}}
	w26LZShipper  = map[string][]string{"VN": {"LEX VN", "GHN", "J&T Express"}, "TH": {"LEX TH", "Flash Express", "Kerry Express"}, "PH": {"LEX PH", "J&T Express", "Ninja Van"}, "MY": {"LEX MY", "J&T Express", "Ninja Van"}, "SG": {"LEX SG", "Ninja Van", "Qxpress"}, "ID": {"LEX ID", "J&T Express", "SiCepat"}}
)

// w26THID is a Thai national identification number: twelve digits and a
// check digit (eleven less the twelve weighted 13 down to 2, modulo 11,
// modulo 10), the first digit 1 to 8 by how it was registered.
func (g *gen) w26THID() string {
	d := append([]int{1 + g.r.IntN(8)}, digits(g.r, 11)...)
	w := []int{13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2}
	c := (11 - wsum(d, w)%11) % 10
	return str(append(d, c))
}

// w26CCCD is a Vietnamese citizen identity card number: the province of
// registration (001-096), the sex and century digit (0/1 for the 1900s,
// 2/3 for the 2000s, odd for a woman), the year of birth's last two
// digits and six digits.
func (g *gen) w26CCCD() string {
	p := g.p
	s := 0
	if p.dob.Year() >= 2000 {
		s = 2
	}
	if p.female {
		s++
	}
	return pick(g.r, []string{"001", "079", "048", "031", "036", "092"}) + fmt.Sprint(s) + p.dob.Format("06") + pattern(g.r, "######")
}

// w26NIK is an Indonesian population number: province, regency and
// district codes, the birth date (day plus 40 for a woman) and four
// digits.
func (g *gen) w26NIK() string {
	p := g.p
	day := p.dob.Day()
	if p.female {
		day += 40
	}
	return pick(g.r, []string{"317305", "340203", "321605", "357812"}) + fmt.Sprintf("%02d", day) + p.dob.Format("0106") + pattern(g.r, "0###")
}

// w26LZSign is the sign of a Lazada Open Platform call: the API path
// followed by every parameter's name and value sorted by name, HMAC-SHA256
// keyed with the app secret, in upper-case hex.
func w26LZSign(secret, path string, params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(path)
	for _, k := range keys {
		b.WriteString(k + params[k])
	}
	return strings.ToUpper(hex.EncodeToString(w26HMAC(secret, b.String())))
}

func lazadaOrderPush(g *gen) *node {
	cc := pick(g.r, []string{"VN", "VN", "TH", "TH", "PH", "PH", "MY", "MY", "SG", "ID", "ID"})
	g.w26Redraw(cc)
	if g.r.IntN(12) == 0 {
		g.w26Age(15, 17)
	} else {
		g.w26Age(18, 68)
	}
	p := g.p
	nm := pick(g.r, w26LZNames[cc])
	p.given, p.family, p.givenL, p.familyL, p.female = nm.first, nm.last, nm.givenL, nm.familyL, nm.female
	p.email = g.w26Email(nm.givenL, nm.familyL, []string{"gmail.com", "gmail.com", "yahoo.com", "hotmail.com", p.c.domain})
	if p.phoneCC != cc {
		g.w26SetPhone(cc)
	}
	zone := time.FixedZone("", w26LZZone[cc]*3600)
	lz := func(t time.Time) string { return t.In(zone).Format("2006-01-02 15:04:05 -0700") }
	currency := w26LZCurrency[cc]
	site := "lazada_" + strings.ToLower(cc)
	host := w26LZHost[cc]
	pl := pick(g.r, w26LZPlaces[cc])
	nsn := g.w26NSN()
	code := callingCode(p.phoneE164)
	phone := pick(g.r, []string{code + nsn, code + nsn, "0" + nsn, "+" + code + nsn})
	if cc == "SG" {
		phone = pick(g.r, []string{"65" + nsn, nsn})
	}
	masked := g.r.IntN(4) == 0
	first, last := nm.full, ""
	if g.r.IntN(3) == 0 {
		first, last = nm.first, nm.last
	}
	if masked {
		// Lazada masks the buyer's name and number for some sellers.
		r := []rune(nm.full)
		first, last = string(r[0])+"***", ""
		phone = phone[:3] + strings.Repeat("*", len(phone)-6) + phone[len(phone)-3:]
	}

	// The cart: order lines, one a unit.
	var cart []w26Item
	for range 1 + g.r.IntN(3) {
		it := g.w26Special(w26LZItems[cc], 3)
		cart = append(cart, it)
		if g.r.IntN(3) == 0 {
			cart = append(cart, it) // two of one: two order lines
		}
	}
	digital := g.r.IntN(12) == 0
	if digital {
		cart = []w26Item{{map[string]string{"VN": "Nạp tiền điện thoại Viettel 100.000đ", "TH": "เติมเงิน AIS 300 บาท", "PH": "Globe Load 500", "MY": "Hotlink Prepaid Reload RM30", "SG": "Singtel hi!Card $28", "ID": "Pulsa Telkomsel 100.000"}[cc], map[string]int{"VN": 100000, "TH": 300, "PH": 500, "MY": 30, "SG": 28, "ID": 100000}[cc], ""}}
	}
	orderID := fmt.Sprint(100000000000000 + g.r.Int64N(800000000000000))
	sellerID := fmt.Sprint(100000000 + g.r.Int64N(900000000))
	buyerID := fmt.Sprint(100000000000 + g.r.Int64N(800000000000))
	shopID := "VN" + pattern(g.r, "#########")
	shopID = strings.ToUpper(cc) + shopID[2:]
	created := g.t.Add(-time.Duration(60+g.r.IntN(3*86400)) * time.Second)
	pushStatus := pick(g.r, []string{"unpaid", "pending", "pending", "packed", "ready_to_ship", "shipped", "delivered", "canceled"})
	status := pushStatus
	if status == "unpaid" {
		status = "pending"
	}
	payment := pick(g.r, []string{"COD", "COD", "MIXEDCARD", "LAZADA_WALLET", map[string]string{"VN": "MOMO", "TH": "TRUEMONEY", "PH": "GCASH", "MY": "TOUCHNGO", "SG": "PAYNOW", "ID": "DANA"}[cc]})
	shipper := pick(g.r, w26LZShipper[cc])
	var itemNodes []*node
	total := 0.0
	ship := map[string]float64{"VN": 32000, "TH": 38, "PH": 58, "MY": 4.9, "SG": 1.99, "ID": 15000}[cc]
	for i, it := range cart {
		price := float64(it.price)
		paid := price
		voucher := 0.0
		if g.r.IntN(3) == 0 {
			voucher = float64(int(price*0.1*100)) / 100
			paid = price - voucher
		}
		total += paid
		lineID := fmt.Sprint(w26Atoi(orderID) + int64(i+1)*7)
		li := O(
			"order_item_id", N(lineID),
			"order_id", N(orderID),
			"name", w26Text(it.name, it.cat),
			"sku", N(strings.ToUpper(g.b62(3))+"-"+pattern(g.r, "####")),
			"shop_sku", N(pattern(g.r, "##########")+"_"+cc+"-"+pattern(g.r, "###########")),
			"sku_id", N(pattern(g.r, "##########")),
			"shop_id", N(shopID),
			"variation", N(pick(g.r, []string{"", "", map[string]string{"VN": "Màu:Đen", "TH": "สี:ขาว", "ID": "Warna:Hitam"}[cc], "Color Family:Black"})),
			"item_price", N(price),
			"paid_price", N(paid),
			"tax_amount", N(0.0),
			"shipping_amount", N(map[bool]float64{true: ship, false: 0}[i == 0]),
			"shipping_service_cost", N(0),
			"voucher_amount", N(voucher),
			"voucher_platform", N(voucher),
			"voucher_seller", N(0),
			"voucher_code", N(map[bool]string{true: "LAZ" + strings.ToUpper(g.b62(6)), false: ""}[voucher > 0]),
			"status", N(status),
			"shipment_provider", N(map[bool]string{true: "", false: shipper}[digital]),
			"tracking_code", N(map[bool]string{true: "", false: map[string]string{"VN": "VNLEX", "TH": "THLEX", "PH": "PHLEX", "MY": "MYLEX", "SG": "SGLEX", "ID": "IDLEX"}[cc] + pattern(g.r, "##########")}[digital || status == "pending" || status == "canceled"]),
			"tracking_code_pre", N(""),
			"package_id", N("FP0"+pattern(g.r, "###########")),
			"is_digital", N(map[bool]int{true: 1, false: 0}[digital]),
		)
		if digital {
			// The number to top up.
			p.showPhone = true
			li.set("digital_delivery_info", g.phone("0"+nsn))
		} else {
			li.set("digital_delivery_info", N(""))
		}
		li.set("promised_shipping_time", N(lz(created.Add(48*time.Hour))))
		li.set("currency", N(currency))
		li.set("created_at", N(lz(created)))
		li.set("updated_at", N(lz(g.t)))
		li.set("buyer_id", P(w26Atoi(buyerID)))
		li.set("reason", N(map[bool]string{true: pick(g.r, []string{"Change of mind", "Duplicate order", "Shipping address issue"}), false: ""}[status == "canceled"]))
		li.set("reason_detail", N(""))
		li.set("return_status", N(""))
		li.set("product_main_image", N("https://"+pick(g.r, []string{"vn", "th", "ph", "my", "sg", "id"})+"-live.slatic.net/p/"+g.hex(32)+".jpg"))
		li.set("product_detail_url", N("https://www.lazada."+map[string]string{"VN": "vn", "TH": "co.th", "PH": "com.ph", "MY": "com.my", "SG": "sg", "ID": "co.id"}[cc]+"/products/i"+pattern(g.r, "##########")+".html"))
		li.set("invoice_number", N(""))
		li.set("order_type", N("Normal"))
		li.set("order_flag", N(pick(g.r, []string{"NORMAL", "NORMAL", "GUARANTEE", "GLOBAL_COLLECTION"})))
		li.set("warehouse_code", N("dropshipping"))
		li.set("is_fbl", N(0))
		itemNodes = append(itemNodes, li)
	}
	total += ship
	if currency == "VND" || currency == "IDR" {
		total = float64(int64(total))
	} else {
		total = float64(int64(total*100+0.5)) / 100
	}

	// Tax invoice details, where the buyer asks for one.
	taxInvoice := !digital && g.r.IntN(5) == 0
	nrn, taxCode := N(""), N("")
	branch := N("")
	if taxInvoice {
		switch {
		case g.r.IntN(3) == 0:
			// For a company: its tax code.
			taxCode = N(map[string]string{"VN": "0" + pattern(g.r, "#########"), "TH": "0105" + pattern(g.r, "#########"), "PH": pattern(g.r, "###-###-###-000"), "MY": "C" + pattern(g.r, "##########"), "SG": "20" + pattern(g.r, "#######") + "K", "ID": pattern(g.r, "0#.###.###.#-###.000")}[cc])
			if cc == "TH" {
				branch = N("00000")
			}
		default:
			switch cc {
			case "TH":
				nrn = P(g.w26THID())
			case "MY":
				nrn = P(p.idValue)
			case "VN":
				nrn = P(g.w26CCCD())
			case "ID":
				nrn = P(g.w26NIK())
				if g.r.IntN(2) == 0 {
					taxCode = P(pattern(g.r, "##.###.###.#-###.000"))
				}
			case "PH":
				taxCode = P(pattern(g.r, "###-###-###-000"))
			case "SG":
				nrn = P(nric(g.r, p.dob, false, true))
			}
		}
	}
	var remark, gift bioLine
	hasRemark, hasGift := g.r.IntN(4) == 0, !digital && g.r.IntN(7) == 0
	if hasRemark {
		remark = g.w26Note(w26LZNotes[cc])
	}
	if hasGift {
		gift = g.w26Note(w26LZGifts[cc])
	}
	addressNode := func(billing bool) *node {
		a := O("first_name", P(first))
		if last == "" {
			a.set("last_name", N(""))
		} else {
			a.set("last_name", P(last))
		}
		// An order always carries the recipient's number.
		p.showPhone = true
		a.set("phone", g.phone(phone))
		a.set("phone2", N(""))
		a.set("address1", g.addr(pl.line))
		a.set("address2", N(""))
		a.set("address3", g.addrN(pl.region))
		a.set("address4", g.addr(pl.city))
		a.set("address5", g.addr(pl.ward))
		a.set("city", g.addr(pl.city))
		if pl.post != "" {
			a.set("post_code", g.addr(pl.post))
		} else {
			a.set("post_code", N(""))
		}
		a.set("country", g.residence(pick(g.r, w26LZCountry[cc])))
		return a
	}
	order := func() *node {
		p.showResidence = true
		o := O(
			"voucher_platform", N(0),
			"voucher", N(0),
			"warehouse_code", N("dropshipping"),
			"order_number", N(w26Atoi(orderID)),
			"voucher_seller", N(0),
			"created_at", N(lz(created)),
			"voucher_code", N(""),
			"gift_option", N(hasGift),
			"shipping_fee_discount_platform", N(0),
			"customer_last_name", map[bool]*node{true: N(""), false: P(last)}[last == ""],
			"promised_shipping_times", N(""),
			"updated_at", N(lz(g.t)),
			"price", N(fmt.Sprintf("%.2f", total)),
			"national_registration_number", nrn,
			"shipping_fee_original", N(ship),
			"payment_method", N(payment),
			"address_updated_at", N(lz(created)),
			"customer_first_name", P(first),
			"shipping_fee_discount_seller", N(0),
			"shipping_fee", N(ship),
			"branch_number", branch,
			"tax_code", taxCode,
			"items_count", N(len(cart)),
			"delivery_info", N(""),
			"statuses", A(N(status)),
			"address_billing", addressNode(true),
			"address_shipping", addressNode(false),
			"extra_attributes", w26JSON(O("TaxInvoiceRequested", N(taxInvoice))),
			"order_id", N(w26Atoi(orderID)),
		)
		if hasRemark {
			// A delivery note tells nothing of the buyer unless it names
			// a special category.
			o.set("remarks", w26Text(remark.text, remark.cat))
		} else {
			o.set("remarks", N(""))
		}
		if hasGift {
			o.set("gift_message", w26Text(gift.text, gift.cat))
		} else {
			o.set("gift_message", N(""))
		}
		return o
	}

	appKey := fmt.Sprint(100000 + g.r.IntN(900000))
	appSecret := g.b62(32)
	accessToken := "50000" + pattern(g.r, "#") + g.chars("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 58)
	call := func(path string, extra [][2]string, data *node) *node {
		ts := fmt.Sprint(w26Ms(g.t.Add(time.Duration(200+g.r.IntN(3000)) * time.Millisecond)))
		params := map[string]string{"app_key": appKey, "timestamp": ts, "access_token": accessToken, "sign_method": "sha256"}
		for _, e := range extra {
			params[e[0]] = e[1]
		}
		sign := w26LZSign(appSecret, path, params)
		f := newW26Fields()
		f.add("app_key", N(appKey))
		f.add("timestamp", N(ts))
		f.add("access_token", C(accessToken))
		f.add("sign_method", N("sha256"))
		for _, e := range extra {
			f.add(e[0], N(e[1]))
		}
		f.add("sign", C(sign))
		req := O("method", N("GET"))
		if g.r.IntN(2) == 0 {
			req.set("url", C(host+path+"?"+w26Query(f.keys, f.vals)))
		} else {
			req.set("url", N(host+path))
			req.set("params", f.parsed)
		}
		resp := O("code", N("0"), "data", data, "request_id", N(g.hex(12)+fmt.Sprint(w26Ms(g.t))+g.hex(8)))
		return O("request", req, "response", O("status", N(200), "body", resp))
	}
	getOrder := func() *node { return call("/order/get", [][2]string{{"order_id", orderID}}, order()) }
	getItems := func() *node { return call("/order/items/get", [][2]string{{"order_id", orderID}}, A(itemNodes...)) }

	// The push.
	lineID := fmt.Sprint(w26Atoi(orderID) + 7)
	data := O("order_status", N(pushStatus), "trade_order_id", N(orderID), "trade_order_line_id", N(lineID), "status_update_time", N(g.t.Unix()))
	if pushStatus == "canceled" && g.r.IntN(2) == 0 {
		data.set("buyer_id", P(w26Atoi(buyerID)))
	}
	push := O("seller_id", N(sellerID), "message_type", N(0), "data", data, "timestamp", N(g.t.Unix()), "site", N(site))
	rawPush := string(render(push, &Label{}))
	pushSig := C(hex.EncodeToString(w26HMAC(appSecret, appKey+rawPush)))
	received := func(withRaw bool) *node {
		h := O("Content-Type", N("application/json"), "Authorization", pushSig, "User-Agent", N("Lazop-Push/1.0"))
		out := O("received_at", N(g.t.Add(time.Duration(300+g.r.IntN(2000))*time.Millisecond).UTC().Format(time.RFC3339Nano)), "method", N("POST"), "path", N(pick(g.r, []string{"/lazada/push", "/api/webhooks/lazada", "/callback/lazop"})), "headers", h)
		if withRaw {
			out.set("raw_body", w26JSON(push))
		} else {
			out.set("body", push)
		}
		return out
	}

	switch g.r.IntN(10) {
	case 0, 1:
		// The push alone: ids and a status.
		return received(g.r.IntN(3) == 0)
	case 2, 3, 4, 5:
		// The push, then the order and its lines fetched.
		return O("push", received(false), "get_order", getOrder(), "get_order_items", getItems())
	case 6, 7:
		return O("get_order", getOrder(), "get_order_items", getItems())
	case 8:
		return getOrder()
	}
	// An ERP connector's log line, the order as a JSON string.
	o := order()
	o.set("items", A(itemNodes...))
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("INFO"), "logger", N("lazada.sync"), "message", N("order upserted"), "site", N(site), "seller_id", N(sellerID), "order_id", N(orderID), "payload", w26JSON(o))
}

// -------------------------------------------------------------- NHS PDS

// w26UKNames are names of people registered with GPs in England, as the
// Spine holds them (in Latin letters).
var w26UKNames = []w26Name{
	{"Oliver", "Smith", "oliver", "smith", false}, {"Amelia", "Jones", "amelia", "jones", true}, {"Mohammed", "Khan", "mohammed", "khan", false},
	{"Aisha", "Begum", "aisha", "begum", true}, {"Oliwia", "Nowak", "oliwia", "nowak", true}, {"Chidi", "Okafor", "chidi", "okafor", false},
	{"Wei", "Chen", "wei", "chen", false}, {"Priya", "Patel", "priya", "patel", true}, {"Jack", "O'Connor", "jack", "oconnor", false},
	{"Grace", "Williams", "grace", "williams", true}, {"Kofi", "Mensah", "kofi", "mensah", false}, {"Zainab", "Hussain", "zainab", "hussain", true},
	{"Ioana", "Popescu", "ioana", "popescu", true}, {"Callum", "MacLeod", "callum", "macleod", false},
}

var w26UKKids = []w26Name{
	{"Noah", "", "noah", "", false}, {"Olivia", "", "olivia", "", true}, {"Muhammad", "", "muhammad", "", false}, {"Isla", "", "isla", "", true},
	{"Leo", "", "leo", "", false}, {"Amara", "", "amara", "", true}, {"Zofia", "", "zofia", "", true}, {"Arjun", "", "arjun", "", false},
}

var w26UKMiddle = []string{"James", "Louise", "Ahmed", "Rose", "Oluwaseun", "Marie", "Anne", "David"}

// w26UKAddr is an English address as PDS lines write it.
type w26UKAddr struct {
	lines []string
	post  string
}

var w26UKAddrs = []w26UKAddr{
	{[]string{"14 High Street", "Didsbury", "Manchester"}, "M20 6RL"},
	{[]string{"Flat 3", "22 Gloucester Road", "Bishopston", "Bristol"}, "BS7 8AE"},
	{[]string{"41 Green Lane", "Small Heath", "Birmingham", "West Midlands"}, "B9 5BU"},
	{[]string{"7 Church Walk", "Headingley", "Leeds", "West Yorkshire"}, "LS6 3DP"},
	{[]string{"Apartment 12", "Victoria House", "Station Road", "Norwich", "Norfolk"}, "NR1 1EF"},
	{[]string{"112 Romford Road", "Forest Gate", "London"}, "E7 9HZ"},
	{[]string{"2 Millers Close", "Thornaby", "Stockton-On-Tees", "Cleveland"}, "TS17 0AB"},
	{[]string{"The Old Vicarage", "Church Lane", "Little Snoring", "Fakenham", "Norfolk"}, "NR21 0HX"},
	{[]string{"FLAT 21", "ALBANY COURT", "27 ALBANY ROAD", "LONDON"}, "SE5 0AL"},
}

// w26PDSLanguages are languages patients need, with what each tells.
var w26PDSLanguages = []struct{ code, display, cat string }{
	{"pl", "Polish", ""}, {"bn", "Bengali", ""}, {"ur", "Urdu", ""}, {"pa", "Panjabi", ""}, {"ro", "Romanian", ""},
	{"so", "Somali", ""}, {"ar", "Arabic", ""}, {"pt", "Portuguese", ""}, {"bfi", "British Sign Language", "health"},
}

// w26PDSContexts are why the GP system looked the patient up, and what
// that tells of the patient.
var w26PDSContexts = []bioLine{
	{"", "New patient registration (GMS1)"}, {"", "Appointment booking"}, {"", "Demographics check at check-in"}, {"", "Change of address"},
	{"health", "Diabetes annual review"}, {"health", "Cervical screening recall"}, {"health", "Mental health review"},
	{"health", "Referral: 2-week wait suspected cancer"}, {"health", "Antenatal booking"},
}

var w26PDSChildContexts = []bioLine{
	{"", "New patient registration (GMS1)"}, {"", "Appointment booking"}, {"health", "Childhood immunisations"},
	{"health", "Asthma review (paediatric)"}, {"health", "Referral: paediatric speech and language therapy"},
}

var w26PDSPractices = []struct{ ods, name string }{
	{"B86012", "Headingley Medical Practice"}, {"M85063", "Small Heath Health Centre"}, {"F84017", "Forest Gate Surgery"},
	{"L81004", "Bishopston Medical Practice"}, {"P84032", "Didsbury Medical Centre"}, {"D82044", "Norwich Practices Health Centre"},
}

const w26PDSBase = "https://api.service.nhs.uk/personal-demographics/FHIR/R4"

func nhsPDSPatient(g *gen) *node {
	g.w26Redraw("GB")
	p := g.p
	p.cit, p.showCitizenship = p.c, false
	child := g.r.IntN(10) < 3
	deceased := false
	if child {
		g.w26Age(0, 17)
	} else {
		g.w26Age(18, 96)
		deceased = g.ageAt() > 70 && g.r.IntN(5) == 0
	}
	n := pick(g.r, w26UKNames)
	g.w26SetName(n, []string{"gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"})
	if child {
		k := pick(g.r, w26UKKids)
		p.given, p.givenL, p.female = k.given, k.givenL, k.female
	}
	if p.phoneCC != "GB" {
		g.w26SetPhone("GB")
	}
	// A restricted ("sensitive") record: PDS leaves out where the patient
	// lives and how to reach them.
	restricted := g.r.IntN(12) == 0
	p.showResidence = !restricted
	p.showPhone = !restricted && g.r.IntN(6) != 0
	nhs := strings.ReplaceAll(nhsNumber(g.r), " ", "")
	a := pick(g.r, w26UKAddrs)
	practice := pick(g.r, w26PDSPractices)
	gp := pick(g.r, []string{practice.ods, practice.ods, pattern(g.r, "Y#####"), pick(g.r, []string{"A", "B", "C", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P"}) + pattern(g.r, "#####")})
	pharmacy := pick(g.r, []string{"F", "FA", "FQ", "FL", "FW"})
	pharmacy += pattern(g.r, strings.Repeat("#", 5-len(pharmacy)))
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	since := p.dob.AddDate(g.r.IntN(max(1, g.ageAt()+1)), 0, 0)
	if since.After(g.t) {
		since = p.dob
	}
	version := 1 + g.r.IntN(30)
	var lang *struct{ code, display, cat string }
	if g.r.IntN(6) == 0 {
		l := pick(g.r, w26PDSLanguages)
		lang = &l
	}

	// The Patient resource.
	patient := func(version int) *node {
		pt := O("resourceType", N("Patient"), "id", P(nhs))
		conf := map[bool][2]string{true: {"R", "restricted"}, false: {"U", "unrestricted"}}[restricted]
		pt.set("meta", O("versionId", N(fmt.Sprint(version)), "security", A(O("system", N("http://terminology.hl7.org/CodeSystem/v3-Confidentiality"), "code", N(conf[0]), "display", N(conf[1])))))
		pt.set("identifier", A(O(
			"system", N("https://fhir.nhs.uk/Id/nhs-number"),
			"value", P(nhs),
			"extension", A(O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"),
				"valueCodeableConcept", O("coding", A(O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland"), "version", N("1.0.0"), "code", N("01"), "display", N("Number present and verified")))))),
		)))
		given := A(P(p.given))
		if g.r.IntN(3) == 0 {
			given.arr = append(given.arr, P(pick(g.r, w26UKMiddle)))
		}
		name := O("id", N(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 5)), "use", N("usual"), "period", O("start", P(day(since))), "given", given, "family", P(p.family))
		prefix := map[bool]string{true: pick(g.r, []string{"Mrs", "Ms", "Miss"}), false: "Mr"}[p.female]
		if child {
			prefix = map[bool]string{true: "Miss", false: "Master"}[p.female]
		}
		if !child || g.r.IntN(2) == 0 {
			name.set("prefix", A(P(prefix)))
		}
		names := A(name)
		if p.female && !child && g.r.IntN(4) == 0 {
			// A name she was registered under before she married.
			maiden := pick(g.r, w26UKNames).family
			names.arr = append(names.arr, O("id", N(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5)), "use", N("old"), "period", O("start", P(day(p.dob)), "end", P(day(since))), "given", A(P(p.given)), "family", P(maiden)))
		}
		pt.set("name", names)
		pt.set("gender", P(map[bool]string{true: "female", false: "male"}[p.female]))
		pt.set("birthDate", g.dob("2006-01-02"))
		if child && g.r.IntN(10) == 0 {
			pt.set("multipleBirthInteger", P(1+g.r.IntN(2)))
		}
		if deceased {
			d := g.t.AddDate(0, 0, -1-g.r.IntN(40))
			pt.set("deceasedDateTime", P(d.Format("2006-01-02")+"T00:00:00+00:00"))
		}
		if !restricted {
			lines := A()
			for _, l := range a.lines {
				lines.arr = append(lines.arr, g.addr(l))
			}
			keyType, keyVal := "PAF", pattern(g.r, "########")
			if g.r.IntN(3) == 0 {
				keyType, keyVal = "UPRN", pattern(g.r, "1000########")
			}
			addr := O("id", N(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5)), "period", O("start", P(day(since.AddDate(0, g.r.IntN(12), 0)))),
				"extension", A(O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-AddressKey"), "extension", A(
					O("url", N("type"), "valueCoding", O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-AddressKeyType"), "code", N(keyType))),
					O("url", N("value"), "valueString", P(keyVal)),
				))),
				"use", N("home"), "line", lines, "postalCode", g.addr(a.post))
			// An address on the Spine is in England.
			g.lab.Residence = addCountry(g.lab.Residence, "GB")
			pt.set("address", A(addr))
			tel := A()
			if ph := g.phone(p.phoneNat); ph != nil {
				tel.arr = append(tel.arr, O("id", N(g.hex(6)), "period", O("start", P(day(since))), "system", N("phone"), "value", ph, "use", N(pick(g.r, []string{"mobile", "home"}))))
			}
			if !child && g.r.IntN(3) == 0 {
				tel.arr = append(tel.arr, O("id", N(g.hex(6)), "period", O("start", P(day(since))), "system", N("email"), "value", P(p.email), "use", N("home")))
			}
			if g.r.IntN(25) == 0 {
				_, nat := phoneNumber(g.r, "GB")
				tel.arr = append(tel.arr, O("id", N(g.hex(6)), "system", N("other"), "value", P(nat), "use", N("home"),
					"extension", A(O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-OtherContactSystem"),
						"valueCoding", O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-OtherContactSystem"), "code", N("textphone"), "display", S("Minicom (Textphone)", "health"))))))
			}
			if len(tel.arr) > 0 {
				pt.set("telecom", tel)
			}
			if g.r.IntN(3) == 0 || child {
				// Someone to call: a parent for a child.
				_, nat := phoneNumber(g.r, "GB")
				pt.set("contact", A(O("id", N(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5)), "period", O("start", P(day(since))),
					"relationship", A(O("coding", A(O("system", N("http://terminology.hl7.org/CodeSystem/v2-0131"), "code", N("C"), "display", N("Emergency Contact"))))),
					"telecom", A(O("system", N("phone"), "value", P(nat))))))
			}
			pt.set("generalPractitioner", A(O("id", N(g.chars("0123456789ABCDEF", 8)), "type", N("Organization"),
				"identifier", O("system", N("https://fhir.nhs.uk/Id/ods-organization-code"), "value", P(gp), "period", O("start", P(day(since.AddDate(0, g.r.IntN(24), 0))))))))
		}
		var ext []*node
		if !restricted && !child && g.r.IntN(2) == 0 {
			ext = append(ext, O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy"),
				"valueReference", O("identifier", O("system", N("https://fhir.nhs.uk/Id/ods-organization-code"), "value", P(pharmacy)))))
		}
		if lang != nil {
			ext = append(ext, O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication"), "extension", A(
				O("url", N("language"), "valueCodeableConcept", O("coding", A(O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-HumanLanguage"), "version", N("1.0.0"), "code", w26About(lang.code, lang.cat), "display", w26About(lang.display, lang.cat))))),
				O("url", N("interpreterRequired"), "valueBoolean", P(lang.code != "bfi" || g.r.IntN(2) == 0)),
			)))
		}
		if !restricted && g.r.IntN(8) == 0 {
			format := pick(g.r, [][2]string{{"11", "Large print"}, {"12", "Braille"}, {"13", "Audio tape"}})
			method := pick(g.r, [][3]string{{"1", "Letter", ""}, {"3", "Telephone", ""}, {"4", "Email", ""}, {"5", "Minicom (Textphone)", "health"}, {"7", "Sign language", "health"}, {"6", "Telephone contact via proxy", "p"}})
			methodNode := func(v string) *node {
				switch method[2] {
				case "health":
					return S(v, "health")
				case "p":
					return P(v)
				}
				return N(v)
			}
			e := A(O("url", N("PreferredWrittenCommunicationFormat"), "valueCodeableConcept", O("coding", A(O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredWrittenCommunicationFormat"), "code", S(format[0], "health"), "display", S(format[1], "health"))))),
				O("url", N("PreferredContactMethod"), "valueCodeableConcept", O("coding", A(O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredContactMethod"), "code", methodNode(method[0]), "display", methodNode(method[1]))))))
			if g.r.IntN(2) == 0 {
				e.arr = append(e.arr, O("url", N("PreferredContactTimes"), "valueString", P(pick(g.r, []string{"Not after 7pm", "Mornings only", "Not on Fridays"}))))
			}
			ext = append(ext, O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference"), "extension", e))
		}
		if deceased {
			st := pick(g.r, [][2]string{{"2", "Formal - death notice received from Registrar of Deaths"}, {"1", "Informal - death notice received via an update from a local NHS Organisation such as GP or Trust"}})
			ext = append(ext, O("url", N("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeathNotificationStatus"), "extension", A(
				O("url", N("deathNotificationStatus"), "valueCodeableConcept", O("coding", A(O("system", N("https://fhir.hl7.org.uk/CodeSystem/UKCore-DeathNotificationStatus"), "version", N("1.0.0"), "code", P(st[0]), "display", P(st[1]))))),
				O("url", N("systemEffectiveDate"), "valueDateTime", P(g.t.Add(-time.Duration(g.r.IntN(30*24))*time.Hour).UTC().Format("2006-01-02T15:04:05+00:00"))),
			)))
		}
		if len(ext) > 0 {
			pt.set("extension", A(ext...))
		}
		return pt
	}

	// The GP system and the person using it.
	service := pick(g.r, []string{"pds-adaptor", "gp-registration-service", "patient-index-sync", "demographics-spine-bridge"})
	apiKey := g.b62(32)
	userRestricted := g.r.IntN(2) == 0
	staff := pick(g.r, w26UKNames)
	for staff.family == n.family {
		staff = pick(g.r, w26UKNames)
	}
	sdsUser := pattern(g.r, "5550########")
	roleID := pattern(g.r, "5552########")
	kid := pick(g.r, []string{"test-1", "prod-2024-1", "gp-app-key-2", "key-" + pattern(g.r, "##")})
	now := g.t.Unix()
	assertion := g.w26JWT(`{"alg":"RS512","typ":"JWT","kid":"`+kid+`"}`,
		`{"sub":"`+apiKey+`","iss":"`+apiKey+`","jti":"`+g.uuid()+`","aud":"https://api.service.nhs.uk/oauth2/token","exp":`+fmt.Sprint(now+300)+`}`, 512)
	accessToken := g.b62(28)
	tokenExchange := func() *node {
		f := newW26Fields()
		if userRestricted {
			idToken := g.w26JWT(`{"typ":"JWT","kid":"`+g.b62(27)+`","alg":"RS512"}`,
				`{"sub":"`+sdsUser+`","iss":"https://am.nhsidentity.spineservices.nhs.uk:443/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare","aud":"`+g.uuid()+`","name":"`+staff.given+` `+staff.family+`","given_name":"`+staff.given+`","family_name":"`+staff.family+`","uid":"`+sdsUser+`","selected_roleid":"`+roleID+`","exp":`+fmt.Sprint(now+3600)+`}`, 256)
			f.add("grant_type", N("urn:ietf:params:oauth:grant-type:token-exchange"))
			f.add("subject_token_type", N("urn:ietf:params:oauth:token-type:id_token"))
			f.add("client_assertion_type", N("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
			f.add("subject_token", C(idToken))
		} else {
			f.add("grant_type", N("client_credentials"))
			f.add("client_assertion_type", N("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
		}
		f.add("client_assertion", C(assertion))
		body := w26Raw(w26Query(f.keys, f.vals), f.vals)
		req := O("method", N("POST"), "url", N("https://api.service.nhs.uk/oauth2/token"), "headers", O("Content-Type", N("application/x-www-form-urlencoded")), "body", body)
		if g.r.IntN(3) == 0 {
			req.set("form", f.parsed)
		}
		resp := O("access_token", C(accessToken), "expires_in", N("599"), "token_type", N("Bearer"), "issued_at", N(fmt.Sprint(w26Ms(g.t.Add(-time.Second)))))
		if userRestricted {
			resp = O("access_token", C(accessToken), "expires_in", N("599"), "token_type", N("Bearer"), "issued_token_type", N("urn:ietf:params:oauth:token-type:access_token"))
		}
		return O("request", req, "response", O("status", N(200), "body", resp))
	}
	headers := func() *node {
		h := O("Authorization", C("Bearer "+accessToken), "X-Request-ID", N(g.uuid()), "X-Correlation-ID", N(g.uuid()), "Accept", N("application/fhir+json"))
		if userRestricted {
			h.set("NHSD-Session-URID", P(roleID))
		} else {
			h.set("NHSD-End-User-Organisation-ODS", N(practice.ods))
		}
		return h
	}
	ctx := g.w26Note(w26PDSContexts)
	if child {
		ctx = g.w26Note(w26PDSChildContexts)
	}
	entry := O("timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "level", N("INFO"), "service", N(service),
		"practice", O("ods_code", N(practice.ods), "name", N(practice.name)))
	if userRestricted {
		entry.set("user", O("sds_user_id", P(sdsUser), "role_profile_id", P(roleID), "name", P(staff.given+" "+staff.family), "role", N(pick(g.r, []string{"R8000:Clinical Practitioner Access Role", "R8008:Admin/Clinical Support Access Role", "R8003:Health Professional Access Role"}))))
	}
	entry.set("workflow", w26Text(ctx.text, ctx.cat))

	switch mode := g.r.IntN(10); {
	case mode < 5:
		// Retrieve by NHS number.
		entry.set("operation", N("pds.retrieve"))
		if g.r.IntN(2) == 0 {
			entry.set("token_exchange", tokenExchange())
		}
		entry.set("request", O("method", N("GET"), "url", P(w26PDSBase+"/Patient/"+nhs), "headers", headers()))
		entry.set("response", O("status", N(200), "headers", O("ETag", N(fmt.Sprintf(`W/"%d"`, version)), "Content-Type", N("application/fhir+json")), "body", patient(version)))
		if g.r.IntN(3) == 0 {
			entry.set("local_record", O("patient_guid", P(g.uuid()), "nhs_number", P(nhs[:3]+" "+nhs[3:6]+" "+nhs[6:]), "usual_gp", P("Dr "+pick(g.r, []string{"S", "A", "R", "J"})+" "+pick(g.r, w26UKNames).family), "pds_trace_status", N("traced")))
		}
	case mode < 8:
		// A search by demographics, as a registration does.
		entry.set("operation", N("pds.search"))
		entry.set("token_exchange", tokenExchange())
		g.dobAt()
		q := newW26Fields()
		q.add("_fuzzy-match", N(fmt.Sprint(g.r.IntN(2) == 0)))
		q.add("family", P(p.family))
		q.add("given", P(p.given))
		q.add("gender", P(map[bool]string{true: "female", false: "male"}[p.female]))
		q.add("birthdate", P("eq"+p.dob.Format("2006-01-02")))
		if !restricted && g.r.IntN(2) == 0 {
			q.add("address-postalcode", g.addr(a.post))
			g.lab.Residence = addCountry(g.lab.Residence, "GB")
		}
		req := O("method", N("GET"), "url", w26Raw(w26PDSBase+"/Patient?"+w26Query(q.keys, q.vals), q.vals), "headers", headers())
		if g.r.IntN(2) == 0 {
			req.set("query", q.parsed)
		}
		entry.set("request", req)
		bundle := O("resourceType", N("Bundle"), "type", N("searchset"), "timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05+00:00")))
		if g.r.IntN(8) == 0 {
			bundle.set("total", N(0))
		} else {
			bundle.set("total", N(1))
			bundle.set("entry", A(O("fullUrl", P(w26PDSBase+"/Patient/"+nhs), "search", O("score", N(pick(g.r, []float64{1, 1, 0.9542, 0.8976}))), "resource", patient(version))))
		}
		entry.set("response", O("status", N(200), "body", bundle))
	default:
		// An update: the practice records a new mobile number or address.
		entry.set("operation", N("pds.update"))
		var patch *node
		if !restricted && p.showPhone && g.r.IntN(2) == 0 {
			patch = O("op", N("replace"), "path", N("/telecom/0/value"), "value", g.phone(p.phoneNat))
		} else if !restricted {
			lines := A()
			for _, l := range a.lines {
				lines.arr = append(lines.arr, g.addr(l))
			}
			patch = O("op", N("replace"), "path", N("/address/0"), "value", O("id", N(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5)), "use", N("home"), "period", O("start", P(day(g.t))), "line", lines, "postalCode", g.addr(a.post)))
			g.lab.Residence = addCountry(g.lab.Residence, "GB")
		} else {
			patch = O("op", N("replace"), "path", N("/name/0/given/0"), "value", P(p.given))
		}
		h := headers()
		h.set("If-Match", N(fmt.Sprintf(`W/"%d"`, version)))
		h.set("Content-Type", N("application/json-patch+json"))
		entry.set("request", O("method", N("PATCH"), "url", P(w26PDSBase+"/Patient/"+nhs), "headers", h, "body", O("patches", A(patch))))
		if g.r.IntN(6) == 0 {
			entry.set("level", N("WARN"))
			entry.set("response", O("status", N(412), "body", O("resourceType", N("OperationOutcome"), "issue", A(O("severity", N("error"), "code", N("value"),
				"details", O("coding", A(O("system", N("https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode"), "version", N("1"), "code", N("PRECONDITION_FAILED"), "display", N("Required condition was not fulfilled.")))),
				"diagnostics", N("Invalid update with error - This resource has changed since you last read. Please re-read and try again with the new version number."))))))
		} else {
			entry.set("response", O("status", N(200), "headers", O("ETag", N(fmt.Sprintf(`W/"%d"`, version+1))), "body", patient(version+1)))
		}
	}
	entry.set("duration_ms", N(40+g.r.IntN(900)))
	return entry
}

// ------------------------------------------------------------- KakaoPay

var w26KRNames = []w26Name{
	{"민준", "김", "minjun", "kim", false}, {"서연", "이", "seoyeon", "lee", true}, {"지훈", "박", "jihoon", "park", false},
	{"하은", "최", "haeun", "choi", true}, {"도윤", "정", "doyun", "jung", false}, {"지아", "강", "jia", "kang", true},
	{"현우", "조", "hyunwoo", "cho", false}, {"수빈", "윤", "subin", "yoon", true}, {"영수", "장", "youngsoo", "jang", false},
	{"미경", "임", "mikyung", "lim", true}, {"예준", "한", "yejun", "han", false}, {"은지", "오", "eunji", "oh", true},
}

// w26KRAddr is a road-name address: the postcode, the road address and
// the detail (building, unit).
type w26KRAddr struct{ zone, road, detail string }

var w26KRAddrs = []w26KRAddr{
	{"06035", "서울 강남구 도산대로 123", "101동 1203호"}, {"04524", "서울 중구 세종대로 110", "3층"},
	{"13529", "경기 성남시 분당구 판교역로 235", "에이치스퀘어 N동 8층"}, {"48058", "부산 해운대구 센텀중앙로 79", "센텀IS타워 1502호"},
	{"21984", "인천 연수구 송도과학로 32", "송도더샵 센트럴파크 104동 2201호"}, {"35209", "대전 서구 둔산로 100", "한빛아파트 105동 804호"},
	{"61945", "광주 서구 상무중앙로 110", "302호"}, {"03925", "서울 마포구 월드컵북로 396", "누리꿈스퀘어 비즈니스타워 12층"},
	{"16677", "경기 수원시 영통구 광교중앙로 145", "래미안광교 103동 1502호"},
}

// w26KPMerchant is a merchant selling subscriptions through KakaoPay:
// its name, host, what it sells (with what subscribing tells of the
// member) and whether an adult check is required.
type w26KPMerchant struct {
	name, host string
	items      []w26Item
	adult      bool
}

var w26KPMerchants = []w26KPMerchant{
	{"마음숲 상담센터", "https://maumsup.example.kr", []w26Item{{"마음 상담 정기권 (월 4회 화상상담)", 160000, "health"}, {"우울·불안 자가관리 프로그램 월 구독", 29000, "health"}}, false},
	{"닥터케어", "https://drcare.example.kr", []w26Item{{"연속혈당측정기 센서 월 정기배송 (2개)", 198000, "health"}, {"당뇨 맞춤 식단 도시락 주 5회", 89000, "health"}}, false},
	{"오늘의밀키트", "https://todaymealkit.example.kr", []w26Item{{"밀키트 정기배송 주 2회", 59800, ""}, {"샐러드 정기구독 주 5회", 45000, ""}}, false},
	{"맑은샘 생수", "https://clearspring.example.kr", []w26Item{{"생수 정기배송 2L x 12병", 11900, ""}}, false},
	{"새빛교회", "https://saebit-church.example.kr", []w26Item{{"월 정기 감사헌금", 50000, "religion"}, {"선교 후원 정기헌금", 30000, "religion"}}, false},
	{"법연사", "https://beopyeonsa.example.kr", []w26Item{{"월 정기 보시 (인등 공양)", 30000, "religion"}}, false},
	{"녹색당", "https://join.greenparty.example.kr", []w26Item{{"녹색당 당비 정기납부 (월)", 10000, "political"}}, false},
	{"전통주 담다", "https://damda-sool.example.kr", []w26Item{{"전통주 구독 (월 2병)", 39000, ""}, {"프리미엄 막걸리 구독 (월 4병)", 32000, ""}}, true},
	{"툰플러스", "https://toonplus.example.kr", []w26Item{{"웹툰 무제한 이용권 (월간)", 9900, ""}}, false},
	{"바디핏 휘트니스", "https://bodyfit.example.kr", []w26Item{{"헬스 월 정기결제 이용권", 59000, ""}, {"PT 8회 + 헬스 월 이용권", 390000, ""}}, false},
}

var w26KPCards = []struct{ name, code, bin string }{
	{"신한카드", "01", "457972"}, {"KB국민카드", "02", "540926"}, {"삼성카드", "04", "536181"}, {"현대카드", "03", "433290"},
	{"롯데카드", "05", "467309"}, {"하나카드", "06", "465887"}, {"우리카드", "15", "552576"}, {"NH농협카드", "11", "546112"},
}

// w26KPTime is a time as KakaoPay writes it, in Korean time without an
// offset.
func w26KPTime(t time.Time) string {
	return t.In(time.FixedZone("KST", 9*3600)).Format("2006-01-02T15:04:05")
}

func kakaopaySubscription(g *gen) *node {
	g.w26Redraw("KR")
	p := g.p
	p.cit = p.c
	m := pick(g.r, w26KPMerchants)
	underage := false
	switch {
	case m.adult && g.r.IntN(6) == 0:
		// A 17-year-old tries to subscribe; the adult check stops them.
		g.w26Age(16, 18)
		underage = g.ageAt() < 19
	case m.name == "툰플러스" && g.r.IntN(3) == 0:
		g.w26Age(14, 18)
	default:
		g.w26Age(19, 74)
	}
	n := pick(g.r, w26KRNames)
	g.w26SetName(n, []string{"naver.com", "naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net"})
	// A Korean mobile: 010, then eight digits.
	mid, end := pattern(g.r, "####"), pattern(g.r, "####")
	mid = fmt.Sprint(2+g.r.IntN(8)) + mid[1:]
	p.phoneCC, p.phoneE164, p.phoneNat = "KR", "+8210"+mid+end, "010-"+mid+"-"+end
	full := n.family + n.given
	it := g.w26Special(m.items, 2)
	a := pick(g.r, w26KRAddrs)
	memberNo := pick(g.r, []string{fmt.Sprint(100000 + g.r.IntN(9000000)), "M" + pattern(g.r, "##########")})
	var partnerUser *node
	switch g.r.IntN(4) {
	case 0:
		// Some merchants key their members by mobile number.
		partnerUser = g.phone(strings.ReplaceAll(p.phoneNat, "-", ""))
	case 1:
		partnerUser = P(p.email)
	}
	if partnerUser == nil {
		partnerUser = P(memberNo)
	}
	ci := base64.StdEncoding.EncodeToString([]byte(g.chars(b62Set, 64)))
	delivered := strings.Contains(it.name, "배송") || strings.Contains(it.name, "도시락") || strings.Contains(it.name, "구독 (월")

	// The merchant's member record.
	member := func() *node {
		mr := O("member_no", P(memberNo), "name", P(full), "mobile", g.phone(p.phoneNat), "email", P(p.email))
		if m.adult || g.r.IntN(3) == 0 {
			// From the identity check (본인인증): birth date, sex, CI.
			mr.set("birthday", g.dob("20060102"))
			mr.set("gender", P(map[bool]string{true: "F", false: "M"}[p.female]))
			mr.set("ci", P(ci))
			mr.set("adult_verified", N(g.ageAt() >= 19))
		} else if g.r.IntN(2) == 0 {
			mr.set("birth_year", P(p.dob.Year()))
		}
		if (delivered || g.r.IntN(4) == 0) && p.showResidence {
			mr.set("address", O("zonecode", g.addr(a.zone), "address", g.addr(a.road), "address_detail", g.addr(a.detail)))
			// A road-name address is in Korea.
			g.lab.Residence = addCountry(g.lab.Residence, "KR")
		}
		mr.set("marketing_sms_agree", N(g.r.IntN(2) == 0))
		mr.set("joined_at", N(w26KPTime(g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28)))))
		return mr
	}
	if underage {
		return O("ts", N(g.t.UTC().Format(time.RFC3339Nano)), "level", N("WARN"), "event", N("subscription_blocked"),
			"reason", N("미성년자는 주류 정기구독을 신청할 수 없습니다 (만 19세 미만)"), "item_name", w26Text(it.name, it.cat), "member", member())
	}

	legacy := g.r.IntN(4) == 0
	cid := pick(g.r, []string{"TCSUBSCRIP", "C" + pattern(g.r, "###") + strings.ToUpper(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6))})
	secret := map[bool]string{true: "DEV", false: "PRD"}[cid == "TCSUBSCRIP"] + strings.ToUpper(g.hex(33))
	auth := C("SECRET_KEY " + secret)
	base := "https://open-api.kakaopay.com/online/v1/payment"
	ctype := "application/json"
	if legacy {
		auth = C("KakaoAK " + g.hex(32))
		base = "https://kapi.kakao.com/v1/payment"
		ctype = "application/x-www-form-urlencoded;charset=utf-8"
	}
	tid := "T" + pattern(g.r, "###################")
	sid := "S" + pattern(g.r, "###################")
	orderID := pick(g.r, []string{"SUB" + g.t.Format("20060102") + pattern(g.r, "#####"), fmt.Sprint(w26Ms(g.t)), g.uuid()})
	qty := 1
	total := it.price * qty
	vat := total / 11
	taxFree := 0
	if it.cat == "religion" || it.cat == "political" {
		// Offerings and party dues carry no VAT.
		vat, taxFree = 0, total
	}
	created := g.t.Add(-time.Duration(20+g.r.IntN(300)) * time.Second)
	card := pick(g.r, w26KPCards)
	purchase := pick(g.r, w26KPCards)
	method := pick(g.r, []string{"CARD", "CARD", "MONEY"})
	call := func(path string, f *w26Fields, resp *node) *node {
		req := O("method", N("POST"), "url", N(base+path), "headers", O("Authorization", auth, "Content-Type", N(ctype)))
		if legacy {
			req.set("body", w26Raw(w26Query(f.keys, f.vals), f.vals))
		} else {
			req.set("body", f.parsed)
		}
		return O("request", req, "response", O("status", N(200), "body", resp))
	}
	amounts := func() *node {
		return O("total", N(total), "tax_free", N(taxFree), "vat", N(vat), "point", N(0), "discount", N(0), "green_deposit", N(0))
	}
	approval := func(first bool) *node {
		r := O("aid", N("A"+pattern(g.r, "###################")), "tid", N(tid), "cid", N(cid), "sid", P(sid),
			"partner_order_id", N(orderID), "partner_user_id", partnerUser, "payment_method_type", N(method),
			"item_name", w26Text(it.name, it.cat), "item_code", N(""), "quantity", N(qty), "amount", amounts())
		if method == "CARD" {
			r.set("card_info", O(
				"kakaopay_purchase_corp", N(purchase.name), "kakaopay_purchase_corp_code", N(purchase.code),
				"kakaopay_issuer_corp", N(card.name), "kakaopay_issuer_corp_code", N(card.code),
				"bin", N(card.bin), "card_type", N(pick(g.r, []string{"신용", "체크"})), "install_month", N("00"),
				"approved_id", N(pattern(g.r, "########")), "card_mid", N(pattern(g.r, "#########")),
				"interest_free_install", N("N"), "installment_type", N("CARD_INSTALLMENT"), "card_item_code", N(""),
			))
		}
		r.set("created_at", N(w26KPTime(created)))
		r.set("approved_at", N(w26KPTime(g.t)))
		if first && g.r.IntN(3) == 0 {
			r.set("payload", N("plan="+pick(g.r, []string{"monthly", "basic", "premium"})))
		}
		return r
	}

	switch mode := g.r.IntN(10); {
	case mode < 3:
		// Ready: the first payment registers the subscription.
		f := newW26Fields()
		f.add("cid", N(cid))
		f.add("partner_order_id", N(orderID))
		f.add("partner_user_id", partnerUser)
		f.add("item_name", w26Text(it.name, it.cat))
		f.add("quantity", N(qty))
		f.add("total_amount", N(total))
		f.add("vat_amount", N(vat))
		f.add("tax_free_amount", N(taxFree))
		f.add("approval_url", N(m.host+"/kakaopay/approve?order_id="+orderID))
		f.add("cancel_url", N(m.host+"/kakaopay/cancel?order_id="+orderID))
		f.add("fail_url", N(m.host+"/kakaopay/fail?order_id="+orderID))
		hash := g.hex(64)
		resp := O("tid", N(tid), "tms_result", N(false), "created_at", N(w26KPTime(created)),
			"next_redirect_pc_url", C("https://online-pay.kakao.com/mockup/v1/"+hash+"/info"),
			"next_redirect_mobile_url", C("https://online-pay.kakao.com/mockup/v1/"+hash+"/mInfo"),
			"next_redirect_app_url", C("https://online-pay.kakao.com/mockup/v1/"+hash+"/aInfo"),
			"android_app_scheme", C("kakaotalk://kakaopay/pg?url=https://online-pay.kakao.com/pay/mockup/"+hash),
			"ios_app_scheme", C("kakaotalk://kakaopay/pg?url=https://online-pay.kakao.com/pay/mockup/"+hash))
		out := O("ready", call("/ready", f, resp))
		if g.r.IntN(2) == 0 {
			out.set("member", member())
		}
		return out
	case mode < 6:
		// The buyer comes back with pg_token; the merchant approves and
		// keeps the SID to charge them each month.
		pgToken := g.chars(b62Set, 20)
		f := newW26Fields()
		f.add("cid", N(cid))
		f.add("tid", N(tid))
		f.add("partner_order_id", N(orderID))
		f.add("partner_user_id", partnerUser)
		f.add("pg_token", C(pgToken))
		out := O(
			"redirect", O("method", N("GET"), "url", C(m.host+"/kakaopay/approve?order_id="+orderID+"&pg_token="+pgToken), "remote_addr", P(p.ip)),
			"approve", call("/approve", f, approval(true)),
		)
		if g.r.IntN(3) != 0 {
			out.set("member", member())
		}
		return out
	case mode < 9:
		// The monthly charge with the SID, as the billing job logs it.
		f := newW26Fields()
		f.add("cid", N(cid))
		f.add("sid", P(sid))
		f.add("partner_order_id", N(orderID))
		f.add("partner_user_id", partnerUser)
		f.add("item_name", w26Text(it.name, it.cat))
		f.add("quantity", N(qty))
		f.add("total_amount", N(total))
		f.add("vat_amount", N(vat))
		f.add("tax_free_amount", N(taxFree))
		var resp *node
		status := 200
		if g.r.IntN(8) == 0 {
			status = 400
			resp = O("error_code", N(-780), "error_message", N("approval failure!"), "extras", O("method_result_code", N("8003"), "method_result_message", N("잔액이 부족합니다.")))
		} else {
			resp = approval(false)
		}
		c := call("/subscription", f, resp)
		c.obj[1].val.set("status", N(status))
		out := O("job", N("monthly-billing"), "run_at", N(g.t.UTC().Format(time.RFC3339)), "subscription", O("id", N(pattern(g.r, "######")), "member_no", P(memberNo), "plan", w26Text(it.name, it.cat), "cycle", N(pick(g.r, []int{2, 3, 7, 12, 18}))), "charge", c)
		if delivered && g.r.IntN(2) == 0 {
			out.set("member", member())
		}
		return out
	}
	// The member cancels: the subscription made inactive, or its status
	// checked.
	f := newW26Fields()
	f.add("cid", N(cid))
	f.add("sid", P(sid))
	last := g.t.AddDate(0, -g.r.IntN(3), -g.r.IntN(28))
	var c *node
	if g.r.IntN(3) == 0 {
		c = call("/manage/subscription/status", f, O("available", N(true), "cid", N(cid), "sid", P(sid), "status", N("ACTIVE"),
			"payment_method_type", N(method), "item_name", w26Text(it.name, it.cat), "created_at", N(w26KPTime(g.t.AddDate(-1, 0, 0))),
			"last_approved_at", N(w26KPTime(last)), "inactivated_at", N(nil), "use_point_status", N("AVAILABLE")))
	} else {
		c = call("/manage/subscription/inactive", f, O("cid", N(cid), "sid", P(sid), "status", N("INACTIVE"),
			"created_at", N(w26KPTime(g.t.AddDate(-1, 0, 0))), "last_approved_at", N(w26KPTime(last)), "inactivated_at", N(w26KPTime(g.t))))
	}
	out := O("manage", c)
	if g.r.IntN(2) == 0 {
		reasons := []bioLine{{"", "가격이 부담돼요"}, {"", "다른 서비스로 옮겨요"}, {"", "이사 예정이에요"}}
		switch it.cat {
		case "health":
			reasons = append(reasons, bioLine{"health", "치료가 끝나서 더 이상 필요 없어요"})
		case "religion":
			reasons = append(reasons, bioLine{"religion", "다른 교회로 옮기게 되었습니다"})
		}
		r := g.w26Note(reasons)
		out.set("cancel_reason", w26Text(r.text, r.cat))
		out.set("member", member())
	}
	return out
}

// ---------------------------------------------------------------- Gusto

var w26USNames = []w26Name{
	{"Emily", "Johnson", "emily", "johnson", true}, {"José", "Hernández", "jose", "hernandez", false}, {"DeShawn", "Washington", "deshawn", "washington", false},
	{"Mai", "Nguyen", "mai", "nguyen", true}, {"Ka", "Vang", "ka", "vang", true}, {"Hodan", "Abdi", "hodan", "abdi", true},
	{"Tyler", "Miller", "tyler", "miller", false}, {"Brianna", "Davis", "brianna", "davis", true}, {"Wei", "Zhang", "wei", "zhang", false},
	{"María José", "García", "maria jose", "garcia", true}, {"Jake", "Olson", "jake", "olson", false}, {"Aaliyah", "Brooks", "aaliyah", "brooks", true},
	{"Connor", "O'Brien", "connor", "obrien", false}, {"Priya", "Raman", "priya", "raman", true},
}

// w26USPlace is a street address of a state.
type w26USPlace struct{ street, unit, city, state, zip string }

var w26USHomes = map[string][]w26USPlace{
	"CA": {{"1427 Alder Street", "", "Woodland", "CA", "95695"}, {"2231 Mission Street", "Apt 4", "San Francisco", "CA", "94110"}, {"618 E 4th Street", "", "Davis", "CA", "95616"}},
	"MN": {{"4521 Bloomington Ave", "", "Minneapolis", "MN", "55407"}, {"892 Payne Ave", "", "Saint Paul", "MN", "55130"}, {"310 Water Street", "Apt 2B", "Excelsior", "MN", "55331"}},
	"NH": {{"14 Elm Street", "", "Wolfeboro", "NH", "03894"}, {"77 Union Avenue", "", "Laconia", "NH", "03246"}},
	"NJ": {{"210 Grant Avenue", "", "Seaside Heights", "NJ", "08751"}, {"55 Hooper Ave", "Unit 3", "Toms River", "NJ", "08753"}},
	"NC": {{"118 Howard Street", "", "Boone", "NC", "28607"}, {"2045 Blowing Rock Rd", "Apt 12", "Boone", "NC", "28607"}},
	"TX": {{"9012 Research Blvd", "Apt 1207", "Austin", "TX", "78758"}, {"4410 E Cesar Chavez St", "", "Austin", "TX", "78702"}},
	"AZ": {{"3320 W Thomas Rd", "", "Phoenix", "AZ", "85017"}, {"1150 E University Dr", "Apt 221", "Tempe", "AZ", "85281"}},
	"IL": {{"2615 W Cermak Rd", "2F", "Chicago", "IL", "60608"}, {"1842 N Milwaukee Ave", "Apt 3R", "Chicago", "IL", "60647"}},
}

// w26GustoJob is a job an employer hires for: title, rate and its unit.
type w26GustoJob struct {
	title string
	rate  float64
	unit  string
}

// w26GustoCo is an employer running payroll on Gusto.
type w26GustoCo struct {
	name     string
	loc      w26USPlace
	seasonal bool
	union    string // the union its staff may belong to
	depts    []string
	jobs     []w26GustoJob
}

var w26GustoCos = []w26GustoCo{
	{"Sunny Acres Farm Stand LLC", w26USPlace{"2400 County Road 98", "", "Woodland", "CA", "95695"}, true, "United Farm Workers", []string{"Farm Stand", "Field Operations"}, []w26GustoJob{{"Farm Stand Cashier", 16.50, "Hour"}, {"Field Hand", 17.00, "Hour"}, {"Farm Manager", 68000, "Year"}}},
	{"Lakeside Ice Cream Co.", w26USPlace{"15 Lake Street", "", "Excelsior", "MN", "55331"}, true, "", []string{"Shop", "Kitchen"}, []w26GustoJob{{"Scooper", 11.41, "Hour"}, {"Shift Lead", 15.50, "Hour"}, {"Store Manager", 52000, "Year"}}},
	{"Camp Whispering Pines", w26USPlace{"88 Pine Hill Road", "", "Wolfeboro", "NH", "03894"}, true, "", []string{"Waterfront", "Cabins", "Kitchen"}, []w26GustoJob{{"Counselor-in-Training", 8.50, "Hour"}, {"Lifeguard", 15.00, "Hour"}, {"Camp Counselor", 3200, "Paycheck"}, {"Camp Director", 72000, "Year"}}},
	{"Boardwalk Amusements LLC", w26USPlace{"1200 Boardwalk", "", "Seaside Heights", "NJ", "08751"}, true, "", []string{"Rides", "Games", "Food & Beverage"}, []w26GustoJob{{"Ride Operator", 15.00, "Hour"}, {"Games Attendant", 15.00, "Hour"}, {"Operations Supervisor", 58000, "Year"}}},
	{"Blue Ridge Outfitters", w26USPlace{"410 W King Street", "", "Boone", "NC", "28607"}, true, "", []string{"Guiding", "Retail"}, []w26GustoJob{{"River Guide", 16.00, "Hour"}, {"Retail Associate", 13.00, "Hour"}}},
	{"Riverside Dental Studio PLLC", w26USPlace{"7800 N Mopac Expy", "Suite 210", "Austin", "TX", "78731"}, false, "", []string{"Clinical", "Front Office"}, []w26GustoJob{{"Dental Hygienist", 44.00, "Hour"}, {"Front Desk Coordinator", 21.00, "Hour"}, {"Associate Dentist", 165000, "Year"}}},
	{"Mesa Coffee Roasters", w26USPlace{"1 N Central Ave", "", "Phoenix", "AZ", "85004"}, false, "", []string{"Cafe", "Roastery"}, []w26GustoJob{{"Barista", 15.70, "Hour"}, {"Roaster", 22.00, "Hour"}, {"Operations Manager", 70000, "Year"}}},
	{"Brightline Logistics Inc.", w26USPlace{"2100 S Halsted St", "", "Chicago", "IL", "60608"}, false, "Teamsters Local 705", []string{"Warehouse", "Dispatch", "Engineering"}, []w26GustoJob{{"Warehouse Associate", 19.50, "Hour"}, {"Dispatcher", 24.00, "Hour"}, {"Software Engineer", 145000, "Year"}}},
	{"Golden Gate Home Care", w26USPlace{"500 Geary St", "Suite 400", "San Francisco", "CA", "94102"}, false, "SEIU Local 2015", []string{"Caregivers", "Office"}, []w26GustoJob{{"Home Health Aide", 24.00, "Hour"}, {"Care Coordinator", 78000, "Year"}}},
}

// w26GustoCustom is a company custom field and the values employees
// have in it, with what a value tells.
type w26GustoCustom struct {
	name, typ string
	values    []bioLine
}

var (
	w26GustoEthnicity = w26GustoCustom{"EEO-1 race/ethnicity", "radio", []bioLine{{"ethnicity", "Hispanic or Latino"}, {"ethnicity", "Black or African American"}, {"ethnicity", "Asian"}, {"ethnicity", "White"}, {"ethnicity", "Two or more races"}, {"", "Decline to self-identify"}}}
	w26GustoDiet      = w26GustoCustom{"Dietary needs", "text", []bioLine{{"religion", "Halal"}, {"religion", "Kosher"}, {"health", "Peanut allergy - carries EpiPen"}, {"health", "Celiac disease, gluten free"}, {"", "Vegetarian"}, {"", "None"}}}
	w26GustoAccom     = w26GustoCustom{"Accommodations", "text", []bioLine{{"health", "Needs a stool at the register (knee surgery)"}, {"health", "Type 1 diabetic - needs breaks to check blood sugar"}, {"", "None"}, {"", "Prefers morning shifts"}}}
)

// w26GustoValue is an employee's value of a custom field: of a special
// category, personal, or nothing at all ("None").
func w26GustoValue(v bioLine) *node {
	if v.text == "None" {
		return N(v.text)
	}
	return w26About(v.text, v.cat)
}

func gustoEmployeeWebhook(g *gen) *node {
	co := pick(g.r, w26GustoCos)
	g.w26Redraw("US")
	p := g.p
	p.cit = p.c
	minor := co.seasonal && g.r.IntN(5) < 2
	if minor {
		g.w26Age(14, 17)
	} else {
		g.w26Age(18, 67)
	}
	n := pick(g.r, w26USNames)
	g.w26SetName(n, []string{"gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com"})
	if p.phoneCC != "US" {
		g.w26SetPhone("US")
	}
	state := co.loc.state
	home := pick(g.r, w26USHomes[state])
	job := pick(g.r, co.jobs)
	if minor {
		// Minors take the hourly jobs.
		for job.unit != "Hour" {
			job = pick(g.r, co.jobs)
		}
	}
	middle := pick(g.r, []string{"", "", "A", "J", "M", "L", "R"})
	preferred := ""
	if g.r.IntN(5) == 0 {
		preferred = pick(g.r, []string{"Joe", "Em", "Ty", "Bri", "Mia"})
	}
	ssn := p.idValue
	if ssn == "" {
		ssn = genSSN(g.r, p.dob, p.female, [2]string{})
	}
	ssnDigits := strings.ReplaceAll(ssn, "-", "")
	phone := strings.NewReplacer("(", "", ")", "", " ", "", "-", "").Replace(p.phoneNat)
	workEmail := ""
	if !co.seasonal && g.r.IntN(2) == 0 {
		workEmail = w26Clean(n.givenL) + "." + w26Clean(n.familyL) + "@" + w26Clean(strings.Fields(co.name)[0]) + ".example"
	}
	dept := pick(g.r, co.depts)
	status := "full_time"
	switch {
	case co.seasonal:
		status = "seasonal"
	case job.unit == "Hour" && g.r.IntN(3) == 0:
		status = pick(g.r, []string{"part_time_under_twenty_hours", "part_time_twenty_plus_hours"})
	}
	companyID, empID, jobID, compID, locID := g.uuid(), g.uuid(), g.uuid(), g.uuid(), g.uuid()
	managerID := g.uuid()
	hired := g.t.AddDate(0, 0, -g.r.IntN(20))
	if !co.seasonal {
		hired = g.t.AddDate(-g.r.IntN(6), -g.r.IntN(12), -g.r.IntN(28))
	}
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	ver := func() *node { return N(g.hex(32)) }
	rate := fmt.Sprintf("%.2f", job.rate)
	terminated := false
	event := pick(g.r, []string{"employee.created", "employee.created", "employee.updated", "employee.updated", "employee.onboarded", "employee.terminated", "employee.rehired", "employee.bank_account.created", "employee_benefit.created"})
	if event == "employee.terminated" {
		terminated = true
	}
	if event == "employee_benefit.created" && co.seasonal {
		event = "employee.onboarded"
	}
	onboarded := event != "employee.created"

	// Custom fields the company keeps.
	var customs []*node
	addCustom := func(name, typ string, v *node, options []string) {
		c := O("id", N(g.uuid()), "company_custom_field_id", N(g.uuid()), "name", N(name), "type", N(typ), "description", N(""), "value", v)
		if options != nil {
			o := A()
			for _, x := range options {
				o.arr = append(o.arr, N(x))
			}
			c.set("selection_options", o)
		} else {
			c.set("selection_options", N(nil))
		}
		customs = append(customs, c)
	}
	if g.r.IntN(2) == 0 {
		addCustom("Employee ID", "text", P(pick(g.r, []string{"E-", "", "EMP"})+pattern(g.r, "####")), nil)
	}
	if co.seasonal && g.r.IntN(2) == 0 {
		addCustom("T-shirt size", "radio", P(pick(g.r, []string{"S", "M", "L", "XL"})), []string{"XS", "S", "M", "L", "XL"})
	}
	if minor {
		permit := map[string]string{"CA": "B1-4 #" + pattern(g.r, "######"), "NJ": "A-300 #" + pattern(g.r, "#####"), "NH": "YEC-" + pattern(g.r, "######"), "NC": "NC-YEC-" + pattern(g.r, "#######"), "MN": "N/A (16+)"}[state]
		if permit != "" {
			addCustom("Work permit # (minors)", "text", P(permit), nil)
		}
		pg, _ := split(pick(g.r, countryByCode("US").given))
		_, nat := phoneNumber(g.r, "US")
		addCustom("Parent/guardian", "text", P(pg+" "+n.family+", "+nat), nil)
	} else if g.r.IntN(3) == 0 {
		eg, _ := split(pick(g.r, countryByCode("US").given))
		_, nat := phoneNumber(g.r, "US")
		addCustom("Emergency contact", "text", P(eg+" "+n.family+" ("+pick(g.r, []string{"spouse", "parent", "sibling", "partner"})+") "+nat), nil)
	}
	if g.r.IntN(4) == 0 {
		v := g.w26Note(w26GustoEthnicity.values)
		opts := make([]string, len(w26GustoEthnicity.values))
		for i, x := range w26GustoEthnicity.values {
			opts[i] = x.text
		}
		addCustom(w26GustoEthnicity.name, w26GustoEthnicity.typ, w26GustoValue(v), opts)
	}
	if co.name == "Camp Whispering Pines" && g.r.IntN(2) == 0 {
		v := g.w26Note(w26GustoDiet.values)
		addCustom(w26GustoDiet.name, w26GustoDiet.typ, w26GustoValue(v), nil)
	}
	if g.r.IntN(6) == 0 {
		v := g.w26Note(w26GustoAccom.values)
		addCustom(w26GustoAccom.name, w26GustoAccom.typ, w26GustoValue(v), nil)
	}
	member := co.union != "" && !minor && g.r.IntN(2) == 0
	if member && g.r.IntN(2) == 0 {
		addCustom("Union", "text", S(co.union, "trade_union"), nil)
	}

	// Garnishments and post-tax deductions.
	var garn []*node
	if member {
		garn = append(garn, O("uuid", N(g.uuid()), "version", ver(), "employee_uuid", P(empID), "active", N(true),
			"amount", P(pick(g.r, []string{"42.50", "55.00", "1.50"})), "description", S("Union dues - "+co.union, "trade_union"),
			"court_ordered", N(false), "times", N(nil), "recurring", N(true), "annual_maximum", N(nil), "pay_period_maximum", N(nil),
			"deduct_as_percentage", N(g.r.IntN(3) == 0), "garnishment_type", N(nil)))
	}
	if !minor && g.r.IntN(6) == 0 {
		fips := map[string]string{"CA": "06113", "MN": "27053", "NH": "33003", "NJ": "34029", "NC": "37189", "TX": "48453", "AZ": "04013", "IL": "17031"}[state]
		garn = append(garn, O("uuid", N(g.uuid()), "version", ver(), "employee_uuid", P(empID), "active", N(true),
			"amount", P(fmt.Sprintf("%d.00", 150+g.r.IntN(600))), "description", P("Child support - case "+pattern(g.r, "##-DR-####")),
			"court_ordered", N(true), "times", N(nil), "recurring", N(true), "annual_maximum", N(nil), "pay_period_maximum", P(fmt.Sprintf("%d.00", 800+g.r.IntN(400))),
			"deduct_as_percentage", N(false), "garnishment_type", P("child_support"),
			"child_support", O("state", N(state), "payment_period", N(pick(g.r, []string{"Every other week", "Monthly", "Twice per month"})), "fips_code", N(fips),
				"case_number", P(pattern(g.r, "##########")), "order_number", P(pattern(g.r, "##########")), "remittance_number", P(pattern(g.r, "#########")))))
	}
	if !minor && g.r.IntN(10) == 0 {
		garn = append(garn, O("uuid", N(g.uuid()), "version", ver(), "employee_uuid", P(empID), "active", N(true),
			"amount", P("25.00"), "description", S("Tithe - St. Mary's Catholic Church", "religion"),
			"court_ordered", N(false), "times", N(nil), "recurring", N(true), "annual_maximum", N(nil), "pay_period_maximum", N(nil),
			"deduct_as_percentage", N(false), "garnishment_type", N(nil)))
	}

	location := O("uuid", N(locID), "street_1", N(co.loc.street), "street_2", N(co.loc.unit), "city", N(co.loc.city), "state", N(state), "zip", N(co.loc.zip), "country", N("USA"), "inactive", N(false))
	employee := func(withSSN bool) *node {
		e := O("uuid", P(empID), "first_name", P(n.given))
		if middle != "" {
			e.set("middle_initial", P(middle))
		} else {
			e.set("middle_initial", N(nil))
		}
		e.set("last_name", P(n.family))
		e.set("email", P(p.email))
		e.set("company_uuid", N(companyID))
		e.set("manager_uuid", map[bool]*node{true: P(managerID), false: N(nil)}[g.r.IntN(2) == 0])
		e.set("version", ver())
		e.set("department", P(dept))
		e.set("terminated", N(terminated))
		e.set("two_percent_shareholder", N(false))
		e.set("onboarded", N(onboarded))
		e.set("onboarding_status", N(map[bool]string{true: "onboarding_completed", false: pick(g.r, []string{"admin_onboarding_incomplete", "self_onboarding_pending_invite", "self_onboarding_invited"})}[onboarded]))
		comp := O("uuid", N(compID), "version", ver(), "payment_unit", N(job.unit), "flsa_status", N(map[bool]string{true: "Nonexempt", false: "Exempt"}[job.unit == "Hour"]),
			"job_uuid", N(jobID), "effective_date", P(day(hired)), "rate", P(rate), "adjust_for_minimum_wage", N(job.unit == "Hour" && minor), "minimum_wages", A())
		e.set("jobs", A(O("uuid", N(jobID), "version", ver(), "employee_uuid", P(empID), "hire_date", P(day(hired)), "title", P(job.title), "primary", N(true),
			"rate", P(rate), "payment_unit", N(job.unit), "current_compensation_uuid", N(compID), "two_percent_shareholder", N(false),
			"state_wc_covered", N(nil), "state_wc_class_code", N(nil), "location_uuid", N(locID), "location", location, "compensations", A(comp))))
		pto := A()
		if !co.seasonal || state == "CA" || state == "NJ" {
			// Sick leave the state requires, and vacation for the others.
			pto.arr = append(pto.arr, O("name", N("Sick Hours"), "policy_name", N(map[bool]string{true: "Paid Sick Leave (" + state + ")", false: "Sick Policy"}[co.seasonal]), "policy_uuid", N(g.uuid()),
				"accrual_unit", N("Hour"), "accrual_rate", N("1.3333"), "accrual_method", N("per_hour_worked"), "accrual_period", N(nil),
				"accrual_balance", P(fmt.Sprintf("%.1f", float64(g.r.IntN(400))/10)), "maximum_accrual_balance", N("72.0"), "paid_at_termination", N(false)))
		}
		if !co.seasonal {
			pto.arr = append(pto.arr, O("name", N("Vacation Hours"), "policy_name", N("Vacation Policy"), "policy_uuid", N(g.uuid()),
				"accrual_unit", N("Hour"), "accrual_rate", N("3.08"), "accrual_method", N("per_pay_period"), "accrual_period", N(nil),
				"accrual_balance", P(fmt.Sprintf("%.1f", float64(g.r.IntN(1200))/10)), "maximum_accrual_balance", N("160.0"), "paid_at_termination", N(true)))
		}
		e.set("eligible_paid_time_off", pto)
		if terminated {
			e.set("terminations", A(O("uuid", N(g.uuid()), "version", ver(), "employee_uuid", P(empID), "active", N(true), "cancelable", N(true),
				"effective_date", P(day(g.t.AddDate(0, 0, g.r.IntN(14)))), "run_termination_payroll", N(g.r.IntN(2) == 0))))
		} else {
			e.set("terminations", A())
		}
		e.set("garnishments", A(garn...))
		e.set("custom_fields", A(customs...))
		e.set("date_of_birth", g.dob("2006-01-02"))
		e.set("has_ssn", N(true))
		if withSSN {
			e.set("ssn", P(ssnDigits))
		} else {
			e.set("ssn", N(""))
		}
		if p.showPhone {
			e.set("phone", g.phone(phone))
		} else {
			e.set("phone", N(nil))
		}
		if preferred != "" {
			e.set("preferred_first_name", P(preferred))
		} else {
			e.set("preferred_first_name", N(nil))
		}
		e.set("payment_method", N(pick(g.r, []string{"Direct Deposit", "Direct Deposit", "Check"})))
		if workEmail != "" {
			e.set("work_email", P(workEmail))
		} else {
			e.set("work_email", N(nil))
		}
		e.set("current_employment_status", N(status))
		e.set("historical", N(false))
		return e
	}
	moved := hired.AddDate(0, 0, -g.r.IntN(400))
	homeAddr := func() *node {
		p.showResidence = true
		return A(O("uuid", N(g.uuid()), "version", ver(), "employee_uuid", P(empID), "street_1", g.addr(home.street),
			"street_2", map[bool]*node{true: N(nil), false: g.addr(home.unit)}[home.unit == ""], "city", g.addr(home.city), "state", g.addrN(home.state),
			"zip", g.addr(home.zip), "country", g.residence("USA"), "active", N(true), "effective_date", P(day(moved)), "courtesy_withholding", N(false)))
	}
	workAddr := func() *node {
		return A(O("uuid", N(g.uuid()), "version", ver(), "employee_uuid", P(empID), "location_uuid", N(locID), "effective_date", P(day(hired)), "active", N(true),
			"street_1", N(co.loc.street), "street_2", map[bool]*node{true: N(nil), false: N(co.loc.unit)}[co.loc.unit == ""], "city", N(co.loc.city), "state", N(state), "zip", N(co.loc.zip), "country", N("USA")))
	}
	bankID := g.uuid()
	acct := pattern(g.r, "##########")[:8+g.r.IntN(3)]
	routing := genABARouting(g.r)
	bankName := pick(g.r, []string{"Checking", "Chase Checking", "BofA", "Wells Fargo savings", "Credit union"})
	acctType := pick(g.r, []string{"Checking", "Checking", "Savings"})
	bankAccounts := func() *node {
		return A(O("uuid", N(bankID), "employee_uuid", P(empID), "name", N(bankName), "routing_number", N(routing), "hidden_account_number", P("XXXX"+acct[len(acct)-4:]), "account_type", N(acctType)))
	}
	api := pick(g.r, []string{"https://api.gusto.com", "https://api.gusto.com", "https://api.gusto-demo.com"})
	apiVersion := pick(g.r, []string{"2024-04-01", "2024-04-01", "2025-06-15", "2023-09-01"})
	token := func() *node { return C("Bearer " + g.chars(b64Set, 43)) }
	get := func(path string, body *node) *node {
		u := N(api + path)
		if strings.Contains(path, empID) {
			u = P(api + path)
		}
		return O(
			"request", O("method", N("GET"), "url", u, "headers", O("Authorization", token(), "X-Gusto-API-Version", N(apiVersion), "Accept", N("application/json"))),
			"response", O("status", N(200), "body", body),
		)
	}
	entityType := map[string]string{"employee.bank_account.created": "BankAccount", "employee_benefit.created": "EmployeeBenefit"}[event]
	entityID := map[string]string{"employee.bank_account.created": bankID}[event]
	if entityType == "" {
		entityType, entityID = "Employee", empID
	}
	benefitID := g.uuid()
	if event == "employee_benefit.created" {
		entityID = benefitID
	}
	entity := P(entityID)
	if entityType == "EmployeeBenefit" || entityType == "BankAccount" {
		entity = N(entityID)
	}
	hook := O("uuid", N(g.uuid()), "event_type", N(event), "resource_type", N("Company"), "resource_uuid", N(companyID), "entity_type", N(entityType), "entity_uuid", entity, "timestamp", N(g.t.Unix()))
	verification := g.hex(32)
	deliver := func(body *node) *node {
		raw := string(render(body, &Label{}))
		h := O("Content-Type", N("application/json"), "X-Gusto-Signature", C(hex.EncodeToString(w26HMAC(verification, raw))), "User-Agent", N("Gusto-Webhooks/1.0"))
		if g.r.IntN(3) == 0 {
			return O("received_at", N(g.t.Add(time.Duration(200+g.r.IntN(3000))*time.Millisecond).UTC().Format(time.RFC3339Nano)), "headers", h, "raw_body", w26JSON(body), "signature_valid", N(true))
		}
		return O("received_at", N(g.t.Add(time.Duration(200+g.r.IntN(3000))*time.Millisecond).UTC().Format(time.RFC3339Nano)), "method", N("POST"), "path", N(pick(g.r, []string{"/webhooks/gusto", "/api/gusto/events", "/integrations/gusto/webhook"})), "headers", h, "body", body)
	}

	switch mode := g.r.IntN(20); {
	case mode == 0:
		// Gusto verifies a new subscription with a token.
		return deliver(O("verification_token", C(verification), "webhook_subscription_uuid", N(g.uuid())))
	case mode < 4:
		return deliver(hook)
	case mode < 10 && event != "employee.bank_account.created" && event != "employee_benefit.created":
		out := O("webhook", deliver(hook), "employee", get("/v1/employees/"+empID, employee(false)))
		if p.showResidence && g.r.IntN(3) != 0 {
			out.set("home_addresses", get("/v1/employees/"+empID+"/home_addresses", homeAddr()))
		}
		if g.r.IntN(3) == 0 {
			out.set("work_addresses", get("/v1/employees/"+empID+"/work_addresses", workAddr()))
		}
		return out
	case event == "employee.bank_account.created" && mode < 12:
		return O("webhook", deliver(hook), "bank_accounts", get("/v1/employees/"+empID+"/bank_accounts", bankAccounts()))
	case event == "employee_benefit.created" && mode < 12:
		benefits := []struct {
			typ  int
			desc string
		}{{1, "Blue Shield PPO Medical"}, {1, "Kaiser Permanente HMO"}, {2, "Delta Dental PPO"}, {3, "VSP Vision"}, {6, "HSA - HealthEquity"}, {105, "Guideline 401(k)"}, {7, "Health FSA"}}
		b := pick(g.r, benefits)
		cbID := g.uuid()
		pct := b.typ == 105
		ded := fmt.Sprintf("%d.%02d", 20+g.r.IntN(300), g.r.IntN(100))
		if pct {
			ded = fmt.Sprintf("%d.0", 2+g.r.IntN(9))
		}
		eb := O("uuid", N(benefitID), "version", ver(), "employee_uuid", P(empID), "company_benefit_uuid", N(cbID), "active", N(true),
			"employee_deduction", P(ded), "deduct_as_percentage", N(pct), "employee_deduction_annual_maximum", N(nil),
			"company_contribution", P(fmt.Sprintf("%d.00", g.r.IntN(400))), "contribute_as_percentage", N(false), "company_contribution_annual_maximum", N(nil),
			"limit_option", N(nil), "catch_up", N(pct && g.ageAt() >= 50), "coverage_amount", N(nil), "coverage_salary_multiplier", N("0.00"), "elective", N(false),
			"contribution", O("type", N("amount"), "value", P(fmt.Sprintf("%d.00", g.r.IntN(400)))))
		cb := O("uuid", N(cbID), "version", ver(), "benefit_type", N(b.typ), "active", N(true), "description", N(b.desc), "deletable", N(false),
			"supports_percentage_amounts", N(pct), "responsible_for_employer_taxes", N(false), "responsible_for_employee_w2", N(true))
		return O("webhook", deliver(hook), "employee_benefit", get("/v1/employee_benefits/"+benefitID, eb), "company_benefit", get("/v1/company_benefits/"+cbID, cb))
	case mode < 15:
		// The partner creates the employee from its own onboarding form.
		terminated, onboarded = false, false
		g.dobAt()
		body := O("first_name", P(n.given), "middle_initial", Pif(middle), "last_name", P(n.family), "preferred_first_name", Pif(preferred),
			"date_of_birth", P(day(p.dob)), "email", P(p.email), "ssn", P(ssnDigits), "self_onboarding", N(g.r.IntN(2) == 0))
		out := O("request", O("method", N("POST"), "url", N(api+"/v1/companies/"+companyID+"/employees"), "headers", O("Authorization", token(), "X-Gusto-API-Version", N(apiVersion), "Content-Type", N("application/json")), "body", body),
			"response", O("status", N(201), "body", employee(g.r.IntN(3) == 0)))
		if p.showResidence {
			addr := O("street_1", g.addr(home.street), "street_2", Pif(home.unit), "city", g.addr(home.city), "state", g.addrN(home.state), "zip", g.addr(home.zip), "effective_date", P(day(moved)), "courtesy_withholding", N(false))
			out.set("home_address", O("request", O("method", N("POST"), "url", w26Raw(api+"/v1/employees/"+empID+"/home_addresses", []*node{P(empID)}), "body", addr), "response", O("status", N(201), "body", homeAddr().arr[0])))
		}
		if g.r.IntN(3) == 0 {
			out.set("bank_account", O("request", O("method", N("POST"), "url", w26Raw(api+"/v1/employees/"+empID+"/bank_accounts", []*node{P(empID)}),
				"body", O("name", N(bankName), "routing_number", N(routing), "account_number", P(acct), "account_type", N(acctType))),
				"response", O("status", N(201), "body", bankAccounts().arr[0])))
		}
		return out
	}
	// The partner's own sync log: the employee as a JSON string, with the
	// SSN's last four.
	emp := employee(false)
	if p.showResidence {
		emp.set("home_address", homeAddr().arr[0])
	}
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("gusto employee synced"), "event_type", N(event), "company", N(co.name),
		"employee_uuid", P(empID), "ssn_last4", P(ssnDigits[5:]), "employee_json", w26JSON(emp))
}
