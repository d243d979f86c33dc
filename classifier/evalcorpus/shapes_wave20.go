package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// wave20Shapes are a twentieth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are an African mobile-money
// API, a Swedish, an Indonesian, a Korean and a Pakistani payment
// service: MTN MoMo's Collections requesttopay (the merchant's POST with
// its X-Reference-Id, X-Target-Environment and subscription key, the
// callback and the status GET; payers' MSISDNs without +, free-text
// payerMessage and payeeNote that sometimes name the payer or tell of a
// tithe or a clinic bill, in Ghana, Uganda, Cameroon, Côte d'Ivoire and
// Rwanda), a Swish payment request callback (PAID, DECLINED, ERROR,
// CANCELLED; 46… payer aliases, 123… merchant numbers, the ≤50-character
// message) beside the merchant's order with the payer's personnummer for
// age-limited goods, or the create call with payerSSN and ageLimit
// (teenagers among the payers), a Tokopedia seller order notification
// (products with buyers' notes, customer and recipient with RT/RW
// addresses, dropshippers, vouchers; masked buyers and the encryption
// envelope of newer versions), a KakaoPay ready and approve exchange
// (MONEY and CARD, card_info with Korean card companies, partner_user_id
// and payload that hold Hangul names, 010 numbers, adult checks with a
// birth date) and a JazzCash page-redirection or MWALLET transaction as
// the merchant logs it (the pp_ fields flat, the raw body beside, the
// merchant's pp_Password in requests, 03xx mobiles, CNICs, descriptions
// of pharmacy orders, zakat, Umrah packages and madrassa fees).
var wave20Shapes = []Shape{
	{Name: "mtn_momo_requesttopay_callback", Doc: "momodeveloper.mtn.com/api-documentation (Collection: POST {baseURL}/collection/v1_0/requesttopay with Authorization: Bearer <token from /collection/token/>, X-Reference-Id (UUID v4), X-Target-Environment sandbox / mtnghana / mtnuganda / mtncameroon / mtnivorycoast / mtnrwanda, X-Callback-Url, Ocp-Apim-Subscription-Key {amount, currency, externalId, payer{partyIdType MSISDN / EMAIL / PARTY_CODE, partyId}, payerMessage, payeeNote} -> 202 Accepted; GET /collection/v1_0/requesttopay/{referenceId} -> {financialTransactionId, externalId, amount, currency, payer{partyIdType, partyId}, payerMessage, payeeNote, status SUCCESSFUL / FAILED / PENDING, reason{code, message}}; the same object PUT/POSTed to the callback URL) for payers in Ghana, Uganda, Cameroon, Côte d'Ivoire and Rwanda", build: mtnMomoRequestToPay},
	{Name: "swish_payment_callback", Doc: "developer.swish.nu/api/payment-request/v2 (Swish Commerce API: PUT https://cpc.getswish.net/swish-cpcapi/api/v2/paymentrequests/{instructionUUID} {payeePaymentReference, callbackUrl, payerAlias, payeeAlias, amount \"100.00\", currency SEK, message (≤50 characters), payerSSN, ageLimit} -> 201 with Location and PaymentRequestToken; the callback POSTed to callbackUrl {id (32 upper-case hex), payeePaymentReference, paymentReference, callbackUrl, payerAlias 46…, payeeAlias 123…, amount, currency, message, status PAID / DECLINED / ERROR / CANCELLED, dateCreated, datePaid, errorCode RF07 / BANKIDCL / TM01 / DS24 / ACMT03 / BE18, errorMessage}) with the merchant's own order record beside it, for Swedish payers", build: swishPaymentCallback},
	{Name: "tokopedia_order_notification", Doc: "developer.tokopedia.com/openapi/guide (Webhook: Order Notification, POST to the seller's registered URL {fs_id, order_id, invoice_ref_num INV/<yyyymmdd>/MPL/<n>, products[{id, Name, notes, currency Rp, weight, total_weight, price, total_price, quantity, sku}], customer{id, name, phone, email}, recipient{name, phone, address{address_full, district, city, province, country, postal_code, district_id, city_id, province_id, geo}}, shop_id, warehouse_id, shop_name, payment_id, logistics{shipping_id, district_id, city_id, province_id, geo, shipping_agency, service_type}, amt{ttl_product_price, shipping_cost, insurance_cost, ttl_amount, voucher_amount, toppoints_amount}, dropshipper_info{name, phone}, voucher_info{voucher_code, voucher_type}, order_status 220 / 400 / 0, create_time (epoch s), custom_fields{awb}, accept_partial, device_type, encryption{secret, content} with masked buyer fields in newer versions}) for Indonesian buyers", build: tokopediaOrderNotification},
	{Name: "kakaopay_approve", Doc: "developers.kakaopay.com/docs/payment/online/single-payment (POST https://open-api.kakaopay.com/online/v1/payment/ready with Authorization: SECRET_KEY <key> {cid, partner_order_id, partner_user_id, item_name, item_code, quantity, total_amount, tax_free_amount, vat_amount, approval_url, cancel_url, fail_url} -> {tid, next_redirect_app_url, next_redirect_mobile_url, next_redirect_pc_url, android_app_scheme, ios_app_scheme, created_at}; POST …/payment/approve {cid, tid, partner_order_id, partner_user_id, pg_token, payload} -> {aid, tid, cid, sid, partner_order_id, partner_user_id, payment_method_type CARD / MONEY, item_name, item_code, quantity, amount{total, tax_free, vat, point, discount, green_deposit}, card_info{kakaopay_purchase_corp, kakaopay_purchase_corp_code, kakaopay_issuer_corp, kakaopay_issuer_corp_code, bin, card_type, install_month, approved_id, card_mid, interest_free_install, installment_type, card_item_code}, created_at, approved_at, payload} or {error_code, error_message, extras{method_result_code, method_result_message}}; the legacy kapi.kakao.com/v1/payment with Authorization: KakaoAK <admin key>) for Korean buyers", build: kakaopayApprove},
	{Name: "jazzcash_ipn", Doc: "sandbox.jazzcash.com.pk/SandboxDocumentation (Page Redirection v1.1 and the MWALLET REST API v2.0 DoMWalletTransaction: pp_Version, pp_TxnType MWALLET / MPAY / OTC, pp_Language EN, pp_MerchantID, pp_SubMerchantID, pp_Password, pp_BankID, pp_ProductID, pp_TxnRefNo, pp_Amount (paisa), pp_TxnCurrency PKR, pp_TxnDateTime and pp_TxnExpiryDateTime yyyyMMddHHmmss, pp_BillReference, pp_Description, pp_ReturnURL, pp_MobileNumber, pp_CNIC (last six digits), ppmpf_1..ppmpf_5, pp_SecureHash (HMAC-SHA256 hex with the integrity salt); the response / IPN adds pp_ResponseCode 000 / 121 / 124 / 157 / 199 / 349, pp_ResponseMessage, pp_RetreivalReferenceNo, pp_AuthCode, pp_SettlementExpiry) as a merchant logs it: a flat JSON object, sometimes with the raw form body, for Pakistani buyers", build: jazzcashIPN},
}

// w20Validate returns the E.164 form of a number of cc when valid for cc.
func w20Validate(e164, cc string) bool {
	n, err := phonenumbers.Parse(e164, "")
	return err == nil && phonenumbers.IsValidNumberForRegion(n, cc)
}

// w20OwnPhone gives the subject a number of cc made of one of the
// prefixes (a network's ranges, national significant digits) and shows
// it: a wallet is opened on a local number of its network.
func (g *gen) w20OwnPhone(cc, calling string, prefixes []string, length int) {
	p := g.p
	for range 40 {
		pre := pick(g.r, prefixes)
		v := "+" + calling + pre + pattern(g.r, strings.Repeat("#", length-len(pre)))
		if w20Validate(v, cc) {
			p.phoneCC, p.phoneE164 = cc, v
			p.showPhone = true
			return
		}
	}
	g.w18HomePhone(cc)
}

// w20Raw labels a raw body by the most telling field it holds: a
// credential makes the whole of it one, else a sensitive field, else a
// personal one.
func w20Raw(raw string, fields []*node) *node {
	out := N(raw)
	for _, f := range fields {
		switch f.leaf.Kind {
		case Credential:
			return C(raw)
		case Sensitive:
			if out.leaf.Kind != Sensitive {
				out = S(raw, f.leaf.Category)
			}
		case Personal:
			if out.leaf.Kind == NonPersonal {
				out = P(raw)
			}
		}
	}
	return out
}

// ------------------------------------------------------------- MTN MoMo

// w20MoMoMarkets are the MTN markets of the Open API: country, calling
// code, MTN's mobile ranges, the national number's length, currency,
// target environment and the merchants' hosts.
var w20MoMoMarkets = []struct {
	cc, calling  string
	prefixes     []string
	length       int
	currency     string
	env, baseURL string
}{
	{"GH", "233", []string{"24", "54", "55", "59", "25", "53"}, 9, "GHS", "mtnghana", "https://proxy.momoapi.mtn.com"},
	{"UG", "256", []string{"77", "78", "76", "39"}, 9, "UGX", "mtnuganda", "https://proxy.momoapi.mtn.com"},
	{"CM", "237", []string{"67", "650", "651", "652", "653", "654", "680", "681", "682"}, 9, "XAF", "mtncameroon", "https://proxy.momoapi.mtn.com"},
	{"CI", "225", []string{"05", "0554", "0555", "0574", "0575"}, 10, "XOF", "mtnivorycoast", "https://proxy.momoapi.mtn.com"},
	{"RW", "250", []string{"78", "79"}, 9, "RWF", "mtnrwanda", "https://proxy.momoapi.mtn.com"},
}

// w20MoMoNotes are what merchants write into payerMessage and payeeNote,
// by language: %s is the payer's name; the category says what the text
// tells of the payer.
var w20MoMoNotes = map[string][]bioLine{
	"en": {
		{"", "Payment for order %o"}, {"", "Order %o"}, {"", "ECG prepaid token"}, {"", "DSTV Compact renewal"}, {"", "Bus ticket Accra-Kumasi"},
		{"name", "Payment from %s"}, {"name", "School fees Term 2 - %s"}, {"name", "Rent March - %s"},
		{"religion", "Tithe and offering - %s"}, {"religion", "Harvest pledge, Christ Apostolic Church"}, {"religion", "Zakat al-Fitr contribution"},
		{"health", "Lab test HIV viral load - %s"}, {"health", "Antenatal clinic visit"}, {"health", "Pharmacy: insulin pens x2"},
	},
	"fr": {
		{"", "Paiement commande %o"}, {"", "Facture ENEO"}, {"", "Recharge Canal+"}, {"", "Achat en ligne %o"},
		{"name", "Paiement de %s"}, {"name", "Frais de scolarité - %s"},
		{"religion", "Dîme et offrande - %s"}, {"religion", "Cotisation Tabaski, mosquée du quartier"},
		{"health", "Consultation diabétologie - %s"}, {"health", "Pharmacie: traitement antipaludique"},
	},
}

func mtnMomoRequestToPay(g *gen) *node {
	m := pick(g.r, w20MoMoMarkets)
	g.redraw(m.cc)
	p := g.p
	g.w20OwnPhone(m.cc, m.calling, m.prefixes, m.length)
	msisdn := strings.TrimPrefix(g.e164(), "+")
	name := p.given + " " + p.family
	env, currency := m.env, m.currency
	base := m.baseURL
	if g.r.IntN(8) == 0 {
		env, currency, base = "sandbox", "EUR", "https://sandbox.momodeveloper.mtn.com"
	}
	amount := pick(g.r, map[string][]string{"GHS": {"5", "20", "45.50", "120", "350"}, "UGX": {"5000", "20000", "150000", "500"}, "XAF": {"1000", "2500", "15000", "50000"}, "XOF": {"500", "2000", "10000", "25000"}, "RWF": {"1000", "5000", "20000"}, "EUR": {"5", "10", "100"}}[currency])
	orderNo := pattern(g.r, "#######")
	externalID := pick(g.r, []string{orderNo, "ORD-" + orderNo, g.uuid(), fmt.Sprint(g.t.UnixMilli())})
	lang := map[bool]string{true: "fr", false: "en"}[m.cc == "CM" || m.cc == "CI"]
	note := func() *node {
		l := pick(g.r, w20MoMoNotes[lang])
		text := strings.ReplaceAll(strings.ReplaceAll(l.text, "%o", orderNo), "%s", name)
		switch l.cat {
		case "":
			return N(text)
		case "name":
			return P(text)
		}
		return S(text, l.cat)
	}
	payerMsg, payeeNote := note(), note()
	if g.r.IntN(4) == 0 {
		payerMsg = N("")
	}
	if g.r.IntN(5) == 0 {
		payeeNote = payerMsg
	}
	partyType := pick(g.r, []string{"MSISDN", "MSISDN", "MSISDN", "MSISDN", "MSISDN", "MSISDN", "EMAIL", "PARTY_CODE"})
	party := func() *node {
		switch partyType {
		case "EMAIL":
			return P(p.email)
		case "PARTY_CODE":
			return P(g.uuid())
		}
		return g.phone(msisdn)
	}
	payer := O("partyIdType", N(partyType), "partyId", party())
	ref := g.uuid()
	status := pick(g.r, []string{"SUCCESSFUL", "SUCCESSFUL", "SUCCESSFUL", "SUCCESSFUL", "FAILED", "FAILED", "PENDING"})
	reasons := [][2]string{
		{"APPROVAL_REJECTED", "Request to pay was rejected by the payer"},
		{"NOT_ENOUGH_FUNDS", "The payer does not have enough funds"},
		{"PAYER_NOT_FOUND", "Payer does not exist"},
		{"EXPIRED", "Request to pay expired before it was approved"},
		{"PAYER_LIMIT_REACHED", "The payer's limit has been reached"},
		{"INTERNAL_PROCESSING_ERROR", "An internal error caused the operation to fail"},
		{"COULD_NOT_PERFORM_TRANSACTION", "Could not perform transaction"},
	}
	result := O(
		"financialTransactionId", N(nil),
		"externalId", N(externalID),
		"amount", N(amount),
		"currency", N(currency),
		"payer", payer,
		"payerMessage", payerMsg,
		"payeeNote", payeeNote,
		"status", N(status),
	)
	switch status {
	case "SUCCESSFUL":
		result.set("financialTransactionId", N(fmt.Sprint(100000000+g.r.IntN(900000000))))
	case "FAILED":
		rs := pick(g.r, reasons)
		result.set("reason", O("code", N(rs[0]), "message", N(rs[1])))
	default:
		result.obj = result.obj[1:]
	}
	token := "eyJ0eXAiOiJKV1QiLCJhbGciOiJSMjU2In0." + g.chars(b64Set, 180) + "." + g.chars(b64Set, 342)
	subKey := g.hex(32)
	callbackURL := pick(g.r, []string{"https://api.shop.example.com/momo/callback", "https://pay.example-school.org/mtn/notify", "https://webhook.example-merchant.africa/momo"})
	headers := func() *node {
		return O(
			"Authorization", C("Bearer "+token),
			"X-Reference-Id", N(ref),
			"X-Target-Environment", N(env),
			"Ocp-Apim-Subscription-Key", C(subKey),
		)
	}
	switch x := g.r.IntN(3); x {
	case 0:
		h := headers()
		h.set("X-Callback-Url", N(callbackURL))
		h.set("Content-Type", N("application/json"))
		body := O("amount", N(amount), "currency", N(currency), "externalId", N(externalID), "payer", payer, "payerMessage", payerMsg, "payeeNote", payeeNote)
		return O(
			"request", O("method", N("POST"), "url", N(base+"/collection/v1_0/requesttopay"), "headers", h, "body", body),
			"response", O("status", N(202), "body", N("")),
		)
	case 1:
		return O(
			"request", O("method", N("GET"), "url", N(base+"/collection/v1_0/requesttopay/"+ref), "headers", headers()),
			"response", O("status", N(200), "body", result),
		)
	}
	// The callback MoMo PUTs to the merchant's X-Callback-Url, as its log
	// keeps it; some deliveries give the reason as a bare code.
	if status == "FAILED" && g.r.IntN(2) == 0 {
		for i := range result.obj {
			if result.obj[i].key == "reason" {
				result.obj[i].val = N(result.obj[i].val.obj[0].val.raw)
			}
		}
	}
	return O(
		"level", N(map[bool]string{true: "info", false: "warn"}[status == "SUCCESSFUL"]),
		"msg", N("momo callback received"),
		"ts", N(g.t.UTC().Format(iso)),
		"method", N(pick(g.r, []string{"PUT", "POST"})),
		"path", N(callbackURL[strings.Index(callbackURL[8:], "/")+8:]),
		"x_reference_id", N(ref),
		"body", result,
	)
}

// ---------------------------------------------------------------- Swish

var w20SENames = []w18Person{
	{"Erik", "Lindqvist", "erik", "lindqvist", false},
	{"Anna", "Nilsson", "anna", "nilsson", true},
	{"Johan", "Bergström", "johan", "bergstrom", false},
	{"Maja", "Eriksson", "maja", "eriksson", true},
	{"Oskar", "Åberg", "oskar", "aberg", false},
	{"Elsa", "Holmström", "elsa", "holmstrom", true},
	{"Ahmed", "Hassan", "ahmed", "hassan", false},
	{"Amira", "Yousef", "amira", "yousef", true},
	{"Linnéa", "Sjöberg", "linnea", "sjoberg", true},
	{"Mikael", "Öberg", "mikael", "oberg", false},
}

// w20SwishShops are Swish merchants: their goods (message, price in
// öre), the age limit they ask for, and what the message tells.
var w20SwishShops = []struct {
	host, kind string
	ageLimit   int
	items      []bioLine
	prices     []int
}{
	{"https://www.snusbolaget.example.se", "age", 18, []bioLine{{"", "Order %s: 10 st General White"}, {"", "Order %s snus"}}, []int{49900, 89500}},
	{"https://www.energikungen.example.se", "teen", 15, []bioLine{{"", "Order %s energidryck 24-pack"}, {"", "Order %s"}}, []int{29900, 45900}},
	{"https://biljetter.konsertbolaget.example.se", "teen", 13, []bioLine{{"", "Biljett %s, 13 år gräns"}, {"", "Konsertbiljett %s"}}, []int{39500, 69000}},
	{"https://www.fyrverkerier.example.se", "age", 18, []bioLine{{"", "Fyrverkeripaket %s"}}, []int{129900, 249900}},
	{"https://www.kladbutiken.example.se", "shop", 0, []bioLine{{"", "Order %s"}, {"", "Ordernr %s"}, {"", "Tack för din beställning %s"}}, []int{34900, 79900, 129900}},
	{"https://apotek.example.se", "pharmacy", 0, []bioLine{{"health", "Receptorder %s Levaxin"}, {"health", "Order %s: Metformin, teststickor"}}, []int{12500, 38900}},
	{"https://forsamling.example.se", "church", 0, []bioLine{{"religion", "Kollekt gudstjänst"}, {"religion", "Gåva till församlingen"}}, []int{10000, 20000, 50000}},
	{"https://medlem.kommunal-avd.example.se", "union", 0, []bioLine{{"trade_union", "Medlemsavgift %s"}}, []int{52000}},
}

// w20Personnummer is a Swedish personal identity number for a person
// born on dob: YYMMDD, a birth number odd for a man, and the Luhn digit
// of the nine, in its 12-digit form.
func (g *gen) w20Personnummer(dob time.Time, female bool) string {
	n := 1 + g.r.IntN(499)*2
	if female {
		n--
	}
	if n == 0 {
		n = 2
	}
	body := dob.Format("060102") + fmt.Sprintf("%03d", n)
	return dob.Format("2006") + body[2:] + fmt.Sprint(luhnDigit(body))
}

func swishPaymentCallback(g *gen) *node {
	g.redraw("SE")
	shop := pick(g.r, w20SwishShops)
	switch shop.kind {
	case "teen":
		if g.r.IntN(2) == 0 {
			g.inAge(13, 17)
		} else {
			g.adult(18)
		}
	default:
		g.adult(18)
	}
	p := g.p
	n := w18Person{p.given, p.family, p.givenL, p.familyL, p.female}
	if g.r.IntN(3) != 0 {
		n = pick(g.r, w20SENames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com"})
	}
	// A Swish account is a Swedish mobile number.
	g.w18HomePhone("SE")
	alias := "46" + g.nsn()
	orderNo := pattern(g.r, "######")
	it := pick(g.r, shop.items)
	msg := strings.ReplaceAll(it.text, "%s", orderNo)
	if len([]rune(msg)) > 50 {
		msg = string([]rune(msg)[:50])
	}
	var message *node = N(msg)
	if it.cat != "" {
		message = S(msg, it.cat)
	}
	amount := pick(g.r, shop.prices)
	amt := w19Money(amount)
	status := pick(g.r, []string{"PAID", "PAID", "PAID", "PAID", "PAID", "DECLINED", "ERROR", "CANCELLED"})
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	created := g.t.Add(-time.Duration(5+g.r.IntN(170)) * time.Second)
	id := strings.ToUpper(g.hex(32))
	payee := "123" + pattern(g.r, "#######")
	cb := shop.host + pick(g.r, []string{"/api/swish/callback", "/swish/cb/paymentrequests", "/checkout/swish/notify"})
	pnr := ""
	withSSN := shop.ageLimit > 0 && g.r.IntN(3) != 0
	if withSSN {
		pnr = g.w20Personnummer(p.dob, p.female)
		g.lab.BirthDate = p.dob.Format("2006-01-02")
	}
	body := O(
		"id", N(id),
		"payeePaymentReference", N(orderNo),
		"paymentReference", N(strings.ToUpper(g.hex(32))),
		"callbackUrl", N(cb),
		"payerAlias", g.phone(alias),
		"payeeAlias", N(payee),
		"amount", N(json.Number(amt)),
		"currency", N("SEK"),
		"message", message,
		"status", N(status),
		"dateCreated", N(z(created)),
		"datePaid", N(nil),
		"errorCode", N(nil),
		"errorMessage", N(nil),
	)
	switch status {
	case "PAID":
		body.set("datePaid", N(z(g.t.Add(-time.Second))))
	case "CANCELLED":
		body.set("paymentReference", N(nil))
	default:
		e := pick(g.r, [][2]string{
			{"RF07", "Transaction declined"},
			{"BANKIDCL", "Payer cancelled BankID signing"},
			{"TM01", "Swish timed out before the payment was started"},
			{"DS24", "Swish timed out waiting for an answer from the banks after payment was started"},
			{"BE18", "Payer alias is invalid"},
			{"ACMT03", "Payer not Enrolled"},
		})
		if withSSN && g.r.IntN(3) == 0 {
			e = [2]string{"RF21", "Payer is not old enough"}
		}
		body.set("errorCode", N(e[0]))
		body.set("errorMessage", N(e[1]))
		body.set("paymentReference", N(nil))
	}
	if g.r.IntN(3) == 0 {
		// The create call: PUT with the merchant's instruction UUID, the
		// payer's alias (e-commerce) and their personnummer for goods with
		// an age limit.
		ecom := withSSN || g.r.IntN(2) == 0
		var payerAlias *node
		if ecom {
			payerAlias = g.phone(alias)
		}
		req := O(
			"payeePaymentReference", N(orderNo),
			"callbackUrl", N(cb),
			"payerAlias", payerAlias,
			"payeeAlias", N(payee),
			"amount", N(amt),
			"currency", N("SEK"),
			"message", message,
		)
		if withSSN {
			req.set("payerSSN", P(pnr))
			req.set("ageLimit", N(shop.ageLimit))
		}
		rh := O("Location", N("https://cpc.getswish.net/swish-cpcapi/api/v1/paymentrequests/"+id))
		if !ecom {
			// m-commerce: the token the merchant's app opens Swish with.
			rh.set("PaymentRequestToken", C(g.hex(32)))
		}
		return O(
			"request", O(
				"method", N("PUT"),
				"url", N("https://cpc.getswish.net/swish-cpcapi/api/v2/paymentrequests/"+id),
				"headers", O("Content-Type", N("application/json")),
				"body", req,
			),
			"response", O(
				"status", N(201),
				"headers", rh,
			),
		)
	}
	// The callback beside the merchant's order.
	out := O("swish_callback", body)
	if g.r.IntN(4) != 0 {
		cust := O("name", P(n.given+" "+n.family), "email", P(p.email), "phone", g.phone(pick(g.r, []string{"0" + g.nsn(), "+" + alias, g.intl()})))
		if withSSN {
			v := pnr
			switch g.r.IntN(3) {
			case 0:
				v = pnr[:8] + "-" + pnr[8:]
			case 1:
				v = pnr[2:8] + "-" + pnr[8:]
			}
			cust.set("personnummer", P(v))
		}
		if p.showResidence && shop.kind != "church" && shop.kind != "union" {
			cust.set("address", O(
				"street", g.addr(pick(g.r, []string{"Storgatan 12", "Vasagatan 3 lgh 1102", "Linnégatan 45", "Kungsgatan 2B", "Sveavägen 88, 3 tr"})),
				"postalCode", g.addr(pattern(g.r, "### ##")),
				"city", g.addr(pick(g.r, []string{"Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå"})),
				"country", g.residence("SE"),
			))
		}
		order := O(
			"orderId", N(orderNo),
			"status", N(map[bool]string{true: "paid", false: "payment_failed"}[status == "PAID"]),
			"totalSek", N(json.Number(amt)),
			"customer", cust,
		)
		if shop.ageLimit > 0 {
			order.set("ageCheck", O("required", N(shop.ageLimit), "method", N(map[bool]string{true: "swish_payerSSN", false: "bankid"}[withSSN])))
		}
		out.set("order", order)
	}
	out.set("received_at", N(g.t.In(time.FixedZone("", 3600)).Format("2006-01-02 15:04:05")))
	return out
}

// ------------------------------------------------------------ Tokopedia

var w20IDNames = []string{"Muhammad Rizky", "Nur Aini", "Putu Ayu Pradnyani", "Yohanes Simanjuntak", "Siti Nurhaliza", "Andi Pratama", "Sri Wahyuni", "Fransiska Dewi Lestari", "Dimas Saputra", "Rina Marlina", "Agus Setiawan", "Ketut Sudarsana"}

// w20IDPlaces are Indonesian kecamatan with their city, province,
// postcode and Tokopedia's area ids.
var w20IDPlaces = []struct {
	district, city, province, post string
	did, cid, pid                  int
	lat, lng                       float64
}{
	{"Kebon Jeruk", "Kota Administrasi Jakarta Barat", "DKI Jakarta", "11530", 2270, 174, 13, -6.19, 106.77},
	{"Tebet", "Kota Administrasi Jakarta Selatan", "DKI Jakarta", "12810", 2268, 175, 13, -6.23, 106.85},
	{"Coblong", "Kota Bandung", "Jawa Barat", "40132", 1621, 23, 9, -6.89, 107.61},
	{"Tegalsari", "Kota Surabaya", "Jawa Timur", "60262", 5601, 444, 11, -7.27, 112.74},
	{"Medan Baru", "Kota Medan", "Sumatera Utara", "20153", 2953, 278, 34, 3.58, 98.66},
	{"Denpasar Barat", "Kota Denpasar", "Bali", "80119", 1143, 114, 1, -8.66, 115.2},
	{"Depok", "Kabupaten Sleman", "DI Yogyakarta", "55281", 5781, 419, 5, -7.76, 110.4},
}

var w20IDStreets = []string{"Jl. Kebon Jeruk Raya No. 27, RT 003/RW 005", "Jl. Tebet Barat Dalam X No. 12", "Gg. Masjid No. 4, RT 02/RW 07", "Perumahan Griya Asri Blok C2 No. 15", "Jl. Dr. Mansyur No. 88", "Jl. Gatot Subroto Barat No. 301", "Kos Putri Melati Kamar 7, Jl. Kaliurang Km 5"}

// w20TokoProducts: name, price (rupiah), weight (kg), what a buyer's note
// on it may say, and whether the product itself tells of its buyer.
var w20TokoProducts = []struct {
	name, sku string
	price     int
	weight    float64
	cat       string
	notes     []bioLine
}{
	{"Kaos Polos Cotton Combed 30s", "KPC-30-BLK-L", 45000, 0.2, "", []bioLine{{"", "Warna hitam ukuran L ya kak"}, {"", "Jangan sampai salah size"}}},
	{"Tumbler Stainless 500ml", "TMB-500", 89000, 0.4, "", []bioLine{{"", "Bubble wrap tebal ya"}}},
	{"Mukena Katun Rayon Jumbo", "MKN-RYN-PTH", 185000, 0.7, "", []bioLine{{"religion", "Untuk saya pakai umroh bulan depan, mohon dikirim cepat"}, {"", "Warna putih polos"}}},
	{"Sajadah Turki Tebal", "SJD-TRK-01", 120000, 0.9, "", []bioLine{{"", "Untuk kado pernikahan"}}},
	{"Paket Alat Sholat Pria", "ALS-PRIA", 250000, 1.2, "", []bioLine{{"religion", "Hadiah untuk saya sendiri, baru mualaf"}}},
	{"Perlengkapan Umroh Lengkap 1 Set", "UMR-SET", 650000, 3, "religion", []bioLine{{"religion", "Berangkat umroh tgl 12, tolong sebelum itu"}}},
	{"Tes Strip Gula Darah Accu-Chek Active 50", "APT-ACC-50", 265000, 0.1, "health", []bioLine{{"health", "Untuk cek gula saya, diabetes tipe 2"}}},
	{"Metformin 500 mg 10 Tablet (Resep)", "APT-MET-500", 12500, 0.05, "health", []bioLine{{"health", "Resep dokter sudah saya upload"}}},
	{"Masker Medis 3 Ply 50 pcs", "APT-MSK-50", 35000, 0.2, "", nil},
	{"Tes Kehamilan Sensitif 3 pcs", "APT-TSP-3", 30000, 0.05, "health", []bioLine{{"", "Kemasan polos tanpa tulisan ya"}}},
}

// w20IDPhone writes an Indonesian number as sellers' dashboards show it.
func w20IDPhone(nsn string) []string {
	return []string{"0" + nsn, "0" + nsn, "62" + nsn, "+62" + nsn, "+62 " + nsn[:3] + "-" + nsn[3:7] + "-" + nsn[7:]}
}

// w20Mask writes a name as Tokopedia masks buyers in newer versions.
func w20Mask(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		out = append(out, string(r[0])+strings.Repeat("*", len(r)-1))
	}
	return strings.Join(out, " ")
}

func tokopediaOrderNotification(g *gen) *node {
	g.redraw("ID")
	p := g.p
	name := p.given + " " + p.family
	if g.r.IntN(3) != 0 {
		name = pick(g.r, w20IDNames)
		f := strings.Fields(name)
		p.email = g.w18Email(f[0], f[len(f)-1], []string{"gmail.com", "yahoo.co.id", "yahoo.com"})
	}
	g.w18HomePhone("ID")
	phoneV := g.w19LocalPhone("ID", w20IDPhone)
	encrypted := g.r.IntN(3) == 0
	wib := time.FixedZone("", 7*3600)
	created := g.t.Add(-time.Duration(10+g.r.IntN(600)) * time.Second)
	orderID := 1000000000 + g.r.IntN(900000000)
	invoice := fmt.Sprintf("INV/%s/MPL/%d", created.In(wib).Format("20060102"), 3000000000+g.r.IntN(999999999))
	shops := [][2]string{{"Toko Berkah Jaya", "berkahjaya"}, {"Apotek Sehat Sentosa", "apoteksehat"}, {"Griya Muslim Collection", "griyamuslim"}, {"Gadget Murah Official", "gadgetmurah"}}
	shop := pick(g.r, shops)
	var products []*node
	total, weight := 0, 0.0
	for range 1 + g.r.IntN(2) {
		pr := pick(g.r, w20TokoProducts)
		q := 1 + g.r.IntN(3)
		var nm *node = N(pr.name)
		if pr.cat != "" {
			nm = S(pr.name, pr.cat)
		}
		notes := N("")
		if len(pr.notes) > 0 && g.r.IntN(2) == 0 {
			nl := pick(g.r, pr.notes)
			notes = textLeaf(nl.text, nl.cat)
			if nl.cat == "" {
				notes = N(nl.text)
			}
		}
		products = append(products, O(
			"id", N(100000000+g.r.IntN(2000000000)),
			"Name", nm,
			"notes", notes,
			"currency", N("Rp"),
			"weight", N(pr.weight),
			"total_weight", N(float64(int(pr.weight*float64(q)*100+0.5))/100),
			"price", N(pr.price),
			"total_price", N(pr.price*q),
			"quantity", N(q),
			"sku", N(pr.sku),
		))
		total += pr.price * q
		weight += pr.weight * float64(q)
	}
	pl := pick(g.r, w20IDPlaces)
	shipCost := pick(g.r, []int{9000, 12000, 18000, 24000})
	insurance := pick(g.r, []int{0, 0, 1000, 2500})
	voucher := 0
	var voucherInfo *node = O("voucher_code", N(""), "voucher_type", N(0))
	if g.r.IntN(3) == 0 {
		voucher = pick(g.r, []int{5000, 10000, 20000})
		voucherInfo = O("voucher_code", N(pick(g.r, []string{"GRATISONGKIR", "TOKOHEMAT10", "BELANJA5RB"})), "voucher_type", N(pick(g.r, []int{1, 2, 3})))
	}
	cid := 10000000 + g.r.IntN(90000000)
	// The buyer, and the recipient: the buyer at home, or someone else.
	self := g.r.IntN(4) != 0
	addrFull := pick(g.r, w20IDStreets) + ", " + pl.district + ", " + pl.city + ", " + pl.province + " " + pl.post
	geo := fmt.Sprintf("%.6f,%.6f", pl.lat+float64(g.r.IntN(2000)-1000)/100000, pl.lng+float64(g.r.IntN(2000)-1000)/100000)
	buyerPhone := func() *node {
		if encrypted {
			return P(strings.Repeat("*", len(phoneV)-4) + phoneV[len(phoneV)-4:])
		}
		return g.phone(phoneV)
	}
	var recipient *node
	if self && p.showResidence {
		recipient = O(
			"name", P(name),
			"phone", buyerPhone(),
			"address", O(
				"address_full", g.addr(addrFull),
				"district", g.addrN(pl.district),
				"city", g.addrN(pl.city),
				"province", g.addrN(pl.province),
				"country", g.residence("Indonesia"),
				"postal_code", g.addr(pl.post),
				"district_id", N(pl.did),
				"city_id", N(pl.cid),
				"province_id", N(pl.pid),
				"geo", P(geo),
			),
		)
	} else {
		q := newPerson(g.r, countryByCode("ID"), g.t)
		recipient = O(
			"name", P(pick(g.r, w20IDNames)),
			"phone", P("0"+w18NSN(q.phoneE164)),
			"address", O(
				"address_full", P(addrFull),
				"district", N(pl.district),
				"city", N(pl.city),
				"province", N(pl.province),
				"country", N("Indonesia"),
				"postal_code", P(pl.post),
				"district_id", N(pl.did),
				"city_id", N(pl.cid),
				"province_id", N(pl.pid),
				"geo", P(geo),
			),
		)
	}
	customer := O("id", P(cid), "name", P(name), "phone", buyerPhone(), "email", P(p.email))
	if g.r.IntN(2) == 0 {
		customer.set("email", N(""))
	}
	var encryption *node
	if encrypted {
		// Newer versions: the buyer's data encrypted for the seller, the
		// plain members masked.
		plain := render(O("customer", customer, "recipient", recipient), &Label{})
		_ = plain
		encryption = O(
			"secret", C(g.chars(b62Set+"+/", 342)+"=="),
			"content", P(g.chars(b62Set+"+/", 4*((len(plain)+2)/3))),
		)
		mask := func(o *node) {
			for i := range o.obj {
				switch o.obj[i].key {
				case "name":
					o.obj[i].val = P(w20Mask(o.obj[i].val.raw))
				case "phone":
					v := o.obj[i].val.raw
					if !strings.HasPrefix(v, "*") {
						o.obj[i].val = P(strings.Repeat("*", max(len(v)-4, 0)) + v[max(len(v)-4, 0):])
					}
				case "email":
					o.obj[i].val = N("")
				}
			}
		}
		mask(customer)
		mask(recipient)
	}
	var dropship *node = O("name", N(""), "phone", N(""))
	if g.r.IntN(6) == 0 {
		q := newPerson(g.r, countryByCode("ID"), g.t)
		dropship = O("name", P(pick(g.r, []string{"Olshop ", "Reseller "})+pick(g.r, w20IDNames)), "phone", P("0"+w18NSN(q.phoneE164)))
	}
	status := pick(g.r, []int{220, 220, 220, 400, 0})
	agency := pick(g.r, [][2]string{{"JNE", "Reguler"}, {"J&T", "EZ"}, {"SiCepat", "REG"}, {"AnterAja", "Regular"}, {"GoSend", "Instant Courier"}, {"GrabExpress", "Same Day"}})
	amt := O(
		"ttl_product_price", N(total),
		"shipping_cost", N(shipCost),
		"insurance_cost", N(insurance),
		"ttl_amount", N(total+shipCost+insurance-voucher),
		"voucher_amount", N(voucher),
		"toppoints_amount", N(0),
	)
	body := O(
		"fs_id", N(12000+g.r.IntN(9000)),
		"order_id", N(orderID),
		"invoice_ref_num", N(invoice),
		"products", A(products...),
		"customer", customer,
		"recipient", recipient,
		"shop_id", N(1000000+g.r.IntN(9000000)),
		"warehouse_id", N(g.r.IntN(2)*(10000+g.r.IntN(90000))),
		"shop_name", N(shop[0]),
		"payment_id", N(100000000+g.r.IntN(900000000)),
		"logistics", O(
			"shipping_id", N(1+g.r.IntN(25)),
			"district_id", N(2270),
			"city_id", N(174),
			"province_id", N(13),
			"geo", N("-6.1862,106.7683"),
			"shipping_agency", N(agency[0]),
			"service_type", N(agency[1]),
		),
		"amt", amt,
		"dropshipper_info", dropship,
		"voucher_info", voucherInfo,
		"device_type", N(pick(g.r, []string{"android", "ios", "desktop", "mobile_web"})),
		"create_time", N(created.Unix()),
		"custom_fields", O("awb", N(map[bool]string{true: pattern(g.r, "JP##########"), false: ""}[status == 400 && g.r.IntN(2) == 0])),
		"order_status", N(status),
		"accept_partial", N(g.r.IntN(4) == 0),
	)
	if encryption != nil {
		body.set("encryption", encryption)
	}
	_ = weight
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://seller-integration.example.id/webhook/tokopedia/order_notification"),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("Tokopedia-Webhook")),
			"body", body,
		),
		"response_status", N(200),
	)
}

// ------------------------------------------------------------- KakaoPay

var w20KRNames = []w18Person{
	{"민준", "김", "minjun", "kim", false},
	{"서윤", "이", "seoyun", "lee", true},
	{"도윤", "박", "doyun", "park", false},
	{"지우", "최", "jiwoo", "choi", true},
	{"현우", "정", "hyunwoo", "jung", false},
	{"하은", "강", "haeun", "kang", true},
	{"영수", "조", "youngsoo", "cho", false},
	{"미경", "윤", "mikyung", "yoon", true},
}

// w20KakaoShops: item name, price (won), kind.
var w20KakaoShops = []struct {
	name, kind string
	items      [][2]any
}{
	{"무신사 스타일", "shop", [][2]any{{"오버핏 맨투맨 외 2건", 89000}, {"데님 와이드 팬츠", 59000}}},
	{"오늘의 전통주", "liquor", [][2]any{{"복순도가 손막걸리 935ml x 2", 26000}, {"화요 25 375ml", 18000}}},
	{"건강한약국몰", "pharmacy", [][2]any{{"혈당 시험지 100매", 32000}, {"오메가3 180캡슐", 45000}}},
	{"OO손해보험 다이렉트", "insurance", [][2]any{{"실손의료보험 3월분 보험료", 38700}}},
	{"사랑의교회 온라인헌금", "church", [][2]any{{"감사헌금", 50000}, {"십일조", 300000}}},
	{"밀리의 서재", "subscription", [][2]any{{"밀리의 서재 월 구독", 9900}}},
}

func kakaopayApprove(g *gen) *node {
	g.redraw("KR")
	shop := pick(g.r, w20KakaoShops)
	switch shop.kind {
	case "liquor":
		g.adult(19)
	case "insurance":
		g.adult(20)
	}
	p := g.p
	n := w18Person{p.given, p.family, p.givenL, p.familyL, p.female}
	if g.r.IntN(2) == 0 {
		n = pick(g.r, w20KRNames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"naver.com", "kakao.com", "daum.net", "gmail.com"})
	}
	full := n.family + n.given
	g.w18HomePhone("KR")
	nsn := g.nsn()
	phone010 := "0" + nsn
	if len(nsn) == 10 {
		phone010 = "0" + nsn[:2] + "-" + nsn[2:6] + "-" + nsn[6:]
	}
	it := pick(g.r, shop.items)
	itemName := it[0].(string)
	price := it[1].(int)
	qty := 1
	if shop.kind == "shop" || shop.kind == "liquor" {
		qty = 1 + g.r.IntN(2)
	}
	total := price * qty
	var item *node = N(itemName)
	switch shop.kind {
	case "church":
		item = S(itemName, "religion")
	case "pharmacy":
		if strings.Contains(itemName, "혈당") {
			item = S(itemName, "health")
		}
	case "insurance":
		if g.r.IntN(2) == 0 {
			item = N("다이렉트 자동차보험 3월분 보험료")
		}
	}
	sub := shop.kind == "subscription" || shop.kind == "insurance"
	cid := "TC0ONETIME"
	if sub {
		cid = "TCSUBSCRIP"
	}
	if g.r.IntN(3) == 0 {
		cid = "C" + pattern(g.r, "#########")
	}
	orderID := pick(g.r, []string{pattern(g.r, "ORD########"), fmt.Sprint(g.t.UnixMilli()), g.uuid()})
	var userID *node
	switch g.r.IntN(5) {
	case 0:
		userID = P(p.email)
	case 1:
		userID = g.phone(strings.ReplaceAll(phone010, "-", ""))
	case 2:
		userID = P(full)
	default:
		userID = P(fmt.Sprintf("user_%d", 100000+g.r.IntN(900000)))
	}
	tid := "T" + pattern(g.r, "###################")
	kst := time.FixedZone("", 9*3600)
	k := func(t time.Time) string { return t.In(kst).Format("2006-01-02T15:04:05") }
	readyAt := g.t.Add(-time.Duration(20+g.r.IntN(200)) * time.Second)
	legacy := g.r.IntN(4) == 0
	host, auth := "https://open-api.kakaopay.com/online/v1/payment", C("SECRET_KEY DEV"+strings.ToUpper(g.hex(38)))
	if legacy {
		host, auth = "https://kapi.kakao.com/v1/payment", C("KakaoAK "+g.hex(32))
	}
	shopHost := "https://shop.example.co.kr"
	if g.r.IntN(3) == 0 {
		// The ready call.
		vat := (total - 0) / 11
		body := O(
			"cid", N(cid),
			"partner_order_id", N(orderID),
			"partner_user_id", userID,
			"item_name", item,
			"item_code", N(pattern(g.r, "P#####")),
			"quantity", N(qty),
			"total_amount", N(total),
			"tax_free_amount", N(0),
			"vat_amount", N(vat),
			"approval_url", N(shopHost+"/kakaopay/approve?order="+orderID),
			"cancel_url", N(shopHost+"/kakaopay/cancel"),
			"fail_url", N(shopHost+"/kakaopay/fail"),
		)
		rp := g.b62(20)
		return O(
			"request", O("method", N("POST"), "url", N(host+"/ready"), "headers", O("Authorization", auth, "Content-Type", N(map[bool]string{true: "application/x-www-form-urlencoded;charset=utf-8", false: "application/json"}[legacy])), "body", body),
			"response", O("status", N(200), "body", O(
				"tid", N(tid),
				"tms_result", N(false),
				"created_at", N(k(readyAt)),
				"next_redirect_app_url", N("https://online-pay.kakao.com/mockup/v1/"+rp+"/aInfo"),
				"next_redirect_mobile_url", N("https://online-pay.kakao.com/mockup/v1/"+rp+"/mInfo"),
				"next_redirect_pc_url", N("https://online-pay.kakao.com/mockup/v1/"+rp+"/info"),
				"android_app_scheme", N("kakaotalk://kakaopay/pg?url=https://online-pay.kakao.com/pay/mockup/"+rp),
				"ios_app_scheme", N("kakaotalk://kakaopay/pg?url=https://online-pay.kakao.com/pay/mockup/"+rp),
			)),
		)
	}
	// The approve call and its answer.
	var payload *node
	switch shop.kind {
	case "liquor":
		if g.r.IntN(2) == 0 {
			g.lab.BirthDate = p.dob.Format("2006-01-02")
			payload = P("성인인증 완료 / 생년월일 " + p.dob.Format("060102") + " / 주문자 " + full)
		}
	case "insurance":
		if g.r.IntN(2) == 0 {
			g.lab.BirthDate = p.dob.Format("2006-01-02")
			s := "1"
			if p.dob.Year() >= 2000 {
				s = "3"
			}
			if p.female {
				s = map[string]string{"1": "2", "3": "4"}[s]
			}
			payload = P("계약자 " + full + " (" + p.dob.Format("060102") + "-" + s + "******)")
		}
	case "shop", "pharmacy":
		if g.r.IntN(2) == 0 {
			memo := pick(g.r, []bioLine{{"", "문 앞에 놔주세요"}, {"", "경비실에 맡겨주세요"}, {"health", "당뇨 환자라 빨리 필요해요"}, {"", "배송 전 연락 바랍니다"}})
			text := "주문자 " + full + " " + phone010 + " / 배송메모: " + memo.text
			g.w19Weak()
			if memo.cat != "" {
				payload = S(text, memo.cat)
			} else {
				payload = P(text)
			}
		}
	}
	pgToken := g.hex(20)
	req := O("cid", N(cid), "tid", N(tid), "partner_order_id", N(orderID), "partner_user_id", userID, "pg_token", C(pgToken))
	if payload != nil {
		req.set("payload", payload)
	}
	failed := g.r.IntN(7) == 0
	var resp *node
	if failed {
		e := pick(g.r, [][3]any{{-780, "approval failure!", "USER_LOCKED"}, {-702, "payment is already done!", ""}, {-782, "invalid pg_token!", ""}, {-797, "exceed one time payment limit!", ""}})
		eb := O("error_code", N(e[0]), "error_message", N(e[1]))
		if e[2] != "" {
			eb.set("extras", O("method_result_code", N(e[2]), "method_result_message", N("비밀번호 오류 횟수 초과로 결제가 제한되었습니다.")))
		}
		resp = O("status", N(400), "body", eb)
	} else {
		method := pick(g.r, []string{"MONEY", "MONEY", "CARD", "CARD", "CARD"})
		point := 0
		if g.r.IntN(5) == 0 {
			point = min(total, 1000)
		}
		body := O(
			"aid", N("A"+pattern(g.r, "###################")),
			"tid", N(tid),
			"cid", N(cid),
		)
		if sub {
			body.set("sid", P("S"+pattern(g.r, "###################")))
		}
		body.set("partner_order_id", N(orderID))
		body.set("partner_user_id", userID)
		body.set("payment_method_type", N(method))
		body.set("item_name", item)
		body.set("item_code", N(pattern(g.r, "P#####")))
		body.set("quantity", N(qty))
		body.set("amount", O("total", N(total), "tax_free", N(0), "vat", N(total/11), "point", N(point), "discount", N(0), "green_deposit", N(0)))
		if method == "CARD" {
			corp := pick(g.r, [][2]string{{"KB국민카드", "02"}, {"신한카드", "04"}, {"삼성카드", "03"}, {"현대카드", "08"}, {"롯데카드", "07"}, {"하나카드", "06"}, {"비씨카드", "01"}, {"NH농협카드", "09"}})
			inst := "00"
			if total >= 50000 && g.r.IntN(3) == 0 {
				inst = pick(g.r, []string{"02", "03", "06"})
			}
			body.set("card_info", O(
				"kakaopay_purchase_corp", N(corp[0]),
				"kakaopay_purchase_corp_code", N(corp[1]),
				"kakaopay_issuer_corp", N(corp[0]),
				"kakaopay_issuer_corp_code", N(corp[1]),
				"bin", N(pick(g.r, []string{"4", "5", "9"})+pattern(g.r, "#####")),
				"card_type", N(pick(g.r, []string{"신용", "신용", "체크"})),
				"install_month", N(inst),
				"approved_id", N(pattern(g.r, "########")),
				"card_mid", N(pattern(g.r, "#########")),
				"interest_free_install", N(map[bool]string{true: "Y", false: "N"}[inst != "00" && g.r.IntN(2) == 0]),
				"installment_type", N(map[bool]string{true: "CARD_INSTALLMENT", false: ""}[inst != "00"]),
				"card_item_code", N(""),
			))
		}
		body.set("created_at", N(k(readyAt)))
		body.set("approved_at", N(k(g.t.Add(-time.Second))))
		if payload != nil {
			body.set("payload", payload)
		}
		resp = O("status", N(200), "body", body)
	}
	return O(
		"request", O("method", N("POST"), "url", N(host+"/approve"), "headers", O("Authorization", auth, "Content-Type", N("application/json")), "body", req),
		"response", resp,
	)
}

// ------------------------------------------------------------- JazzCash

var w20PKNames = []w18Person{
	{"محمد علی", "خان", "Muhammad Ali", "Khan", false},
	{"عائشہ", "صدیقی", "Ayesha", "Siddiqui", true},
	{"عثمان", "چوہدری", "Usman", "Chaudhry", false},
	{"صبا", "ملک", "Saba", "Malik", true},
	{"حسن", "رضا", "Hassan", "Raza", false},
	{"زینب", "بٹ", "Zainab", "Butt", true},
	{"فہد", "قریشی", "Fahad", "Qureshi", false},
	{"Sana", "Baloch", "Sana", "Baloch", true},
}

// w20JazzShops: what pp_Description says, the amount in rupees, and
// whether the shop asks for the full CNIC.
var w20JazzShops = []struct {
	kind  string
	descs []bioLine
	rs    []int
}{
	{"shop", []bioLine{{"", "Payment for Order #%o"}, {"", "Order %o - Daraz style checkout"}, {"", "آرڈر نمبر %o کی ادائیگی"}}, []int{1499, 3250, 8999}},
	{"pharmacy", []bioLine{{"health", "Pharmacy order %o: Insulin Mixtard, glucometer strips"}, {"health", "Medicine order %o - Dawai for hepatitis C"}, {"", "Pharmacy order %o"}}, []int{850, 2400, 6200}},
	{"zakat", []bioLine{{"religion", "Zakat 1447 - Saylani Welfare"}, {"religion", "زکوٰۃ کی ادائیگی - %s"}, {"religion", "Sadqa / Fitrana - %s"}}, []int{2500, 10000, 50000}},
	{"umrah", []bioLine{{"religion", "Umrah Package Economy 15 days - 2 pax - %s"}, {"religion", "Hajj 2026 booking advance - %s"}}, []int{150000, 450000}},
	{"madrassa", []bioLine{{"religion", "Madrassa fee Jamia Ashrafia - student %s"}, {"religion", "Hifz class fee - %s"}}, []int{3000, 5000}},
	{"bill", []bioLine{{"", "LESCO electricity bill %o"}, {"", "Mobile load"}, {"", "SNGPL gas bill %o"}}, []int{500, 4200, 12650}},
}

// w20CNIC is a Pakistani CNIC number: district (five digits), seven
// digits, and a last digit odd for a man.
func (g *gen) w20CNIC(female bool) string {
	last := 1 + 2*g.r.IntN(5)
	if female {
		last--
	}
	return pick(g.r, []string{"35202", "42101", "61101", "37405", "17301", "33100"}) + "-" + pattern(g.r, "#######") + "-" + fmt.Sprint(last)
}

func jazzcashIPN(g *gen) *node {
	g.redraw("PK")
	g.adult(18)
	p := g.p
	n := w18Person{p.given, p.family, latinName(p.given, p.givenL), latinName(p.family, p.familyL), p.female}
	if g.r.IntN(2) == 0 {
		n = pick(g.r, w20PKNames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"gmail.com", "yahoo.com", "hotmail.com"})
	}
	nameL := n.givenL + " " + n.familyL
	nameU := n.given + " " + n.family
	// A JazzCash wallet is a Jazz number: 030x / 032x.
	g.w20OwnPhone("PK", "92", []string{"300", "301", "302", "303", "304", "305", "306", "307", "308", "309", "320", "321", "322", "323", "324"}, 10)
	mobile := "0" + g.nsn()
	shop := pick(g.r, w20JazzShops)
	orderNo := pattern(g.r, "######")
	d := pick(g.r, shop.descs)
	who := nameL
	if strings.ContainsAny(d.text, "کی") || g.r.IntN(4) == 0 {
		who = nameU
	}
	if shop.kind == "madrassa" {
		who = pick(g.r, w20PKNames).givenL + " " + n.familyL // the pupil
	}
	text := strings.ReplaceAll(strings.ReplaceAll(d.text, "%o", orderNo), "%s", who)
	var desc *node
	switch {
	case d.cat != "":
		desc = S(text, d.cat)
	case strings.Contains(d.text, "%s"):
		desc = P(text)
	default:
		desc = N(text)
	}
	pkt := time.FixedZone("", 5*3600)
	txnAt := g.t.Add(-time.Duration(30+g.r.IntN(600)) * time.Second)
	f := func(t time.Time) string { return t.In(pkt).Format("20060102150405") }
	txnType := pick(g.r, []string{"MWALLET", "MWALLET", "MWALLET", "MPAY", "OTC"})
	merchant := "MC" + pattern(g.r, "#####")
	ref := "T" + f(txnAt) + pattern(g.r, "##")
	amount := pick(g.r, shop.rs)
	cnicFull := shop.kind == "umrah" || shop.kind == "zakat" && g.r.IntN(2) == 0
	cnic := ""
	switch {
	case cnicFull:
		cnic = g.w20CNIC(p.female)
		if g.r.IntN(3) == 0 {
			cnic = strings.ReplaceAll(cnic, "-", "")
		}
	case txnType == "MWALLET":
		cnic = pattern(g.r, "######")
	}
	type field struct {
		k string
		v *node
	}
	var fs []field
	add := func(k string, v *node) { fs = append(fs, field{k, v}) }
	isReq := g.r.IntN(3) == 0
	add("pp_Version", N(map[bool]string{true: "2.0", false: "1.1"}[txnType == "MWALLET" && g.r.IntN(2) == 0]))
	add("pp_TxnType", N(txnType))
	add("pp_Language", N("EN"))
	add("pp_MerchantID", N(merchant))
	add("pp_SubMerchantID", N(""))
	if isReq {
		add("pp_Password", C(g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 10)))
	}
	add("pp_BankID", N(map[bool]string{true: "TBANK", false: ""}[txnType == "MPAY"]))
	add("pp_ProductID", N(map[bool]string{true: "RETL", false: ""}[txnType == "MPAY"]))
	add("pp_TxnRefNo", N(ref))
	add("pp_Amount", N(fmt.Sprint(amount*100)))
	add("pp_TxnCurrency", N("PKR"))
	add("pp_TxnDateTime", N(f(txnAt)))
	add("pp_BillReference", N(pick(g.r, []string{"billRef" + orderNo, "ORD" + orderNo, orderNo})))
	add("pp_Description", desc)
	add("pp_TxnExpiryDateTime", N(f(txnAt.Add(time.Duration(1+g.r.IntN(72))*time.Hour))))
	if isReq {
		add("pp_ReturnURL", N("https://shop.example.pk/jazzcash/return"))
	}
	if txnType == "MWALLET" || g.r.IntN(2) == 0 {
		add("pp_MobileNumber", g.phone(mobile))
	}
	if cnic != "" {
		add("pp_CNIC", P(cnic))
	}
	// The merchant's own fields.
	mpf := [5]*node{N(""), N(""), N(""), N(""), N("")}
	if g.r.IntN(2) == 0 {
		mpf[0] = P(pick(g.r, []string{nameL, nameU}))
		mpf[1] = P(p.email)
	}
	if p.showResidence && (shop.kind == "shop" || shop.kind == "pharmacy") && g.r.IntN(2) == 0 {
		mpf[2] = g.addr(pick(g.r, p.c.streets) + ", " + pick(g.r, p.c.cities))
		g.lab.Residence = addCountry(g.lab.Residence, "PK")
	}
	for i := range 5 {
		add(fmt.Sprintf("ppmpf_%d", i+1), mpf[i])
	}
	var code, msg string
	if !isReq {
		c := pick(g.r, [][2]string{
			{"000", "Thank you for Using JazzCash, your transaction was successful."},
			{"000", "Thank you for Using JazzCash, your transaction was successful."},
			{"000", "Thank you for Using JazzCash, your transaction was successful."},
			{"121", "Transaction has been marked confirmed by Merchant."},
			{"157", "Transaction is pending. Please complete the payment from your JazzCash mobile account."},
			{"199", "Sorry! Your transaction was not successful. Please try again later."},
			{"349", "Transaction has failed due to insufficient balance."},
		})
		if txnType == "OTC" {
			c = [2]string{"124", "Order is placed and waiting for financials to be received over the counter."}
		}
		code, msg = c[0], c[1]
		add("pp_ResponseCode", N(code))
		add("pp_ResponseMessage", N(msg))
		add("pp_RetreivalReferenceNo", N(map[bool]string{true: pattern(g.r, "############"), false: ""}[code == "000" || code == "121"]))
		add("pp_AuthCode", N(map[bool]string{true: pattern(g.r, "######"), false: ""}[code == "000"]))
		add("pp_SettlementExpiry", N(""))
	}
	// pp_SecureHash: HMAC-SHA256 of the integrity salt and the non-empty
	// values sorted by name, joined with &.
	salt := g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 10)
	var vals []string
	for _, x := range fs {
		if x.v.raw != "" {
			vals = append(vals, x.v.raw)
		}
	}
	mac := hmac.New(sha256.New, []byte(salt))
	mac.Write([]byte(salt + "&" + strings.Join(vals, "&")))
	add("pp_SecureHash", N(strings.ToUpper(hex.EncodeToString(mac.Sum(nil)))))
	flat := O()
	var parts []string
	var nodes []*node
	for _, x := range fs {
		flat.set(x.k, x.v)
		parts = append(parts, x.k+"="+url.QueryEscape(x.v.raw))
		nodes = append(nodes, x.v)
	}
	raw := strings.Join(parts, "&")
	switch g.r.IntN(4) {
	case 0:
		return O(
			"event", N(map[bool]string{true: "jazzcash.request", false: "jazzcash.ipn"}[isReq]),
			"logged_at", N(g.t.In(pkt).Format("2006-01-02 15:04:05")),
			"data", flat,
			"raw_body", w20Raw(raw, nodes),
		)
	case 1:
		return O(
			"request", O(
				"method", N("POST"),
				"url", N(map[bool]string{true: "https://payments.jazzcash.com.pk/CustomerPortal/transactionmanagement/merchantform/", false: "https://shop.example.pk/jazzcash/ipn"}[isReq]),
				"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
				"form", flat,
			),
			"response_status", N(200),
		)
	}
	flat.set("_logged_at", N(g.t.In(pkt).Format(time.RFC3339)))
	return flat
}
