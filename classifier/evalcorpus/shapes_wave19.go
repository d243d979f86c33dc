package evalcorpus

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

// wave19Shapes are a nineteenth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a Russian, an Indian, a
// Vietnamese, a Peruvian and a South African payment gateway: a YooKassa
// HTTP notification (payment.succeeded, payment.waiting_for_capture,
// payment.canceled and refund.succeeded; bank cards with Mir, SBP,
// YooMoney wallets, SberPay and T-Pay; buyers' full names with their
// patronymics in Cyrillic and +7 numbers in the notations Russians write,
// which shops put into the metadata), a Cashfree PAYMENT_SUCCESS_WEBHOOK
// or PAYMENT_FAILED_WEBHOOK (UPI VPAs, cards, net banking and wallets,
// Indian names in Latin and Devanagari, ten-digit mobiles, order_tags
// with delivery addresses, patients and donors' PANs), a VNPAY IPN
// callback as the merchant logs it (the vnp_ query parameters with
// vnp_OrderInfo free text, mostly unaccented as VNPAY asks, beside the
// merchant's order lookup with the buyer's Vietnamese name, 0/+84 phone
// and address), a Culqi charge (the create-charge call and its response,
// a 402 card_error, or the charge.creation.succeeded event; masked cards,
// IIN details, the client's IP, antifraud_details, DNI in metadata) and
// a PayFast ITN (the form fields as a flat JSON object, sometimes with the
// raw body beside; South African names in English, Afrikaans, Zulu, Xhosa
// and Sotho, SA identity numbers with a valid Luhn digit in custom_str
// fields, which carry a birth date: teenagers among them).
var wave19Shapes = []Shape{
	{Name: "yookassa_payment_succeeded", Doc: "yookassa.ru/developers/using-api/webhooks and yookassa.ru/developers/api#payment_object (HTTP notification POST to the shop's URL from YooKassa's addresses {type notification, event payment.succeeded / payment.waiting_for_capture / payment.canceled / refund.succeeded, object{id (<seconds since 2000 in hex>-000f-5000-<8|9|a|b>000-<12 hex>), status succeeded / waiting_for_capture / canceled, amount{value \"2390.00\", currency RUB}, income_amount{…}, description, recipient{account_id, gateway_id}, payment_method{type bank_card / yoo_money / sbp / sberbank / tinkoff_bank, id, saved, title, card{first6, last4, expiry_month, expiry_year, card_type Mir / Visa / MasterCard, card_product{code, name}, issuer_country, issuer_name, source}, account_number, phone, sbp_operation_id, payer_bank_details{bank_id, bic}}, captured_at, created_at, expires_at, test, refunded_amount{…}, paid, refundable, receipt_registration, metadata{…}, cancellation_details{party yoo_money / payment_network / merchant, reason}, authorization_details{rrn, auth_code, three_d_secure{applied}}, merchant_customer_id} or a refund object{id, payment_id, status, created_at, amount, description, receipt_registration}}) for Russian buyers", build: yookassaNotification},
	{Name: "cashfree_payment_webhook", Doc: "cashfree.com/docs/payments/online/webhooks/payment-webhooks (PG webhooks, versions 2022-09-01 and 2023-08-01: POST with x-webhook-signature (base64 HMAC-SHA256 of timestamp and body), x-webhook-timestamp (epoch ms), x-webhook-version, x-idempotency-key {data{order{order_id, order_amount, order_currency INR, order_tags{…} or null}, payment{cf_payment_id, payment_status SUCCESS / FAILED / USER_DROPPED, payment_amount, payment_currency, payment_message, payment_time (ISO 8601 +05:30), bank_reference, auth_id, payment_method{upi{channel, upi_id} | card{channel, card_number (masked), card_network, card_type, card_sub_type, card_country, card_bank_name, card_network_reference_id} | netbanking{channel, netbanking_bank_code, netbanking_bank_name, netbanking_ifsc, netbanking_account_number} | app{channel, provider, phone}}, payment_group upi / credit_card / debit_card / net_banking / wallet}, customer_details{customer_name, customer_id, customer_email, customer_phone}, error_details{error_code, error_description, error_reason, error_source, error_code_raw, error_description_raw, error_subcode_raw}, payment_gateway_details{gateway_name, gateway_order_id, gateway_payment_id, gateway_status_code, gateway_order_reference_id, gateway_settlement, gateway_reference_name}, payment_offers}, event_time, type PAYMENT_SUCCESS_WEBHOOK / PAYMENT_FAILED_WEBHOOK / PAYMENT_USER_DROPPED_WEBHOOK}) for Indian buyers", build: cashfreePaymentWebhook},
	{Name: "vnpay_ipn", Doc: "sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html (IPN URL: GET to the merchant's IPN URL with vnp_Amount (VND x 100), vnp_BankCode, vnp_BankTranNo, vnp_CardType ATM / QRCODE, vnp_OrderInfo (free text, Vietnamese without diacritics), vnp_PayDate yyyyMMddHHmmss GMT+7, vnp_ResponseCode 00 / 07 / 09 / 11 / 12 / 13 / 24 / 51 / 65 / 75 / 79 / 99, vnp_TmnCode, vnp_TransactionNo, vnp_TransactionStatus, vnp_TxnRef, vnp_SecureHash (HMAC-SHA512 hex of the sorted query with the hash secret); the merchant answers {RspCode 00 / 01 / 02 / 04 / 97 / 99, Message}) as a merchant logs it, with the order it looked up (buyer's name, phone, e-mail, address, note), for Vietnamese buyers", build: vnpayIPN},
	{Name: "culqi_charge_creation", Doc: "apidocs.culqi.com (Cargos: POST https://api.culqi.com/v2/charges with Authorization: Bearer sk_live_… {amount, currency_code, email, source_id tkn_live_…, description, installments, antifraud_details{address, address_city, country_code, first_name, last_name, phone_number}, metadata{…}} -> 201 {duplicated, object charge, id chr_live_…, creation_date (epoch ms), amount (céntimos), amount_refunded, current_amount, installments, installments_amount, currency_code PEN / USD, email, description, source{object token, id, type card, creation_date, email, card_number 411111******1111, last_four, active, iin{object iin, bin, card_brand, card_type, card_category, issuer{name, country, country_code, website, phone_number}, installments_allowed[]}, client{ip, ip_country, ip_country_code, browser, device_fingerprint, device_type}, metadata}, outcome{type venta_exitosa, code AUT0000, merchant_message, user_message}, fraud_score, antifraud_details{first_name, last_name, address, address_city, country_code, phone, object client}, dispute, capture, reference_code, authorization_code, metadata, total_fee, fee_details{fixed_fee, variable_fee{currency_code, commision, total}}, total_fee_taxes, transfer_amount, paid, statement_descriptor, transfer_id, capture_date} or 402 {object error, type card_error, charge_id, code card_declined, decline_code, merchant_message, user_message}; the webhook event {object event, id evt_live_…, type charge.creation.succeeded, creation_date, data}) for Peruvian buyers", build: culqiChargeCreation},
	{Name: "payfast_itn", Doc: "developers.payfast.co.za/docs#step_4_confirm_payment (Instant Transaction Notification: form-encoded POST to notify_url from PayFast's addresses with m_payment_id, pf_payment_id, payment_status COMPLETE / CANCELLED, item_name, item_description, amount_gross, amount_fee (negative), amount_net, custom_str1..custom_str5, custom_int1..custom_int5, name_first, name_last, email_address, merchant_id, token and billing_date for subscriptions, signature (MD5 hex of the fields and the passphrase)) as a merchant logs it: a flat JSON object of the fields, sometimes with the raw body beside, for South African buyers", build: payfastITN},
}

// w19Name is a whole name in its own script and in Latin letters, with a
// patronymic or middle name where the culture writes one.
type w19Name struct {
	given, middle, family    string
	givenL, middleL, familyL string
	female                   bool
}

// w19LocalPhone writes the subject's number as people of cc write it:
// one of the notations notes gives for a number of cc, E.164 otherwise.
func (g *gen) w19LocalPhone(cc string, notes func(nsn string) []string) string {
	if g.p.phoneCC != cc {
		return g.e164()
	}
	return pick(g.r, notes(g.nsn()))
}

// w19Weak records the country of the subject's number when free text
// carries it (the number is shown only when the event shows a phone).
func (g *gen) w19Weak() {
	g.lab.Weak = addCountry(g.lab.Weak, g.p.phoneCC)
}

// w19MCPrefix is the start of a Mastercard number: 51-55 or 2221-2720.
func w19MCPrefix(g *gen) string {
	if g.r.IntN(5) == 0 {
		return fmt.Sprint(2221 + g.r.IntN(500))
	}
	return fmt.Sprint(51 + g.r.IntN(5))
}

// w19Money writes an amount of minor units with two decimals.
func w19Money(minor int) string { return fmt.Sprintf("%d.%02d", minor/100, minor%100) }

// ------------------------------------------------------------- YooKassa

var w19RUNames = []w19Name{
	{"Александр", "Сергеевич", "Волков", "aleksandr", "sergeevich", "volkov", false},
	{"Екатерина", "Андреевна", "Морозова", "ekaterina", "andreevna", "morozova", true},
	{"Сергей", "Викторович", "Лебедев", "sergey", "viktorovich", "lebedev", false},
	{"Анастасия", "Игоревна", "Козлова", "anastasia", "igorevna", "kozlova", true},
	{"Михаил", "Олегович", "Новиков", "mikhail", "olegovich", "novikov", false},
	{"Наталья", "Владимировна", "Павлова", "natalya", "vladimirovna", "pavlova", true},
	{"Артём", "Денисович", "Фёдоров", "artem", "denisovich", "fedorov", false},
	{"Юлия", "Рашидовна", "Галиева", "yulia", "rashidovna", "galieva", true},
	{"Тимур", "Ренатович", "Хабибуллин", "timur", "renatovich", "khabibullin", false},
	{"Ксения", "Павловна", "Белова", "kseniya", "pavlovna", "belova", true},
}

// w19RUPhones are the notations Russians type a mobile number in.
func w19RUPhones(nsn string) []string {
	if len(nsn) != 10 {
		return []string{"+7" + nsn}
	}
	a, b, c, d := nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]
	return []string{
		"+7 (" + a + ") " + b + "-" + c + "-" + d,
		"8" + nsn,
		"7" + nsn,
		"+7" + nsn,
		"8 (" + a + ") " + b + "-" + c + "-" + d,
		"+7 " + a + " " + b + " " + c + " " + d,
		"8-" + a + "-" + b + "-" + c + "-" + d,
	}
}

var w19RUCities = []struct{ city, region string }{
	{"г. Москва", ""}, {"г. Санкт-Петербург", ""}, {"г. Казань", "Республика Татарстан"}, {"г. Екатеринбург", "Свердловская обл."},
	{"г. Новосибирск", "Новосибирская обл."}, {"г. Краснодар", "Краснодарский край"}, {"г. Химки", "Московская обл."},
}

var w19RUStreets = []string{"ул. Тверская, д. 7, кв. 15", "пр-т Ленина, д. 52, кв. 118", "ул. Баумана, д. 12, кв. 45", "Невский пр-т, д. 88, кв. 3", "ул. Красная, д. 140/2, кв. 67", "ул. Гагарина, д. 5, корп. 2, кв. 201", "мкр. Сходня, ул. Мичурина, д. 21, кв. 9"}

var w19RUNotes = []bioLine{
	{"", "Позвоните за час до доставки"},
	{"", "Домофон не работает, наберите по телефону"},
	{"", "Оставить у двери, оплачено"},
	{"health", "Нужен инсулин срочно, у меня диабет 1 типа"},
	{"health", "Беременность 30 недель, прошу занести до квартиры"},
	{"religion", "Доставить до Пасхи, к освящению куличей"},
}

// w19YKShops are shops with their goods (in kopecks) and what they are.
var w19YKShops = []struct {
	host, kind string
	items      [][2]any
}{
	{"https://knigi-online.example.ru", "shop", [][2]any{{"Заказ №%s", 239000}, {"Оплата заказа №%s", 118900}, {"Заказ %s в интернет-магазине «Книжная полка»", 452000}}},
	{"https://techno-mir.example.ru", "shop", [][2]any{{"Заказ №%s", 1899000}, {"Оплата заказа №%s", 3499000}}},
	{"https://apteka-zdorovie.example.ru", "pharmacy", [][2]any{{"Заказ №%s: Инсулин гларгин (Лантус СолоСтар), 5 шприц-ручек", 374000}, {"Заказ №%s: Сертралин 50 мг №28", 89000}, {"Заказ №%s: Витамин D3, тонометр Omron", 412000}}},
	{"https://medcentr-zabota.example.ru", "clinic", [][2]any{{"Консультация психотерапевта, приём %s", 350000}, {"Приём гинеколога, УЗИ (запись %s)", 420000}, {"Онлайн-консультация эндокринолога, запись %s", 250000}}},
	{"https://pokrov-hram.example.ru", "church", [][2]any{{"Пожертвование на восстановление храма Покрова Пресвятой Богородицы", 100000}, {"Сорокоуст о здравии, заказ %s", 50000}}},
	{"https://fond-mechet.example.ru", "mosque", [][2]any{{"Закят аль-фитр, платёж %s", 30000}, {"Садака на строительство мечети", 100000}}},
	{"https://skillup.example.ru", "school", [][2]any{{"Оплата курса «Python-разработчик», договор %s", 5990000}, {"Подписка на 12 месяцев, заказ %s", 1490000}}},
}

// w19YKID is a YooKassa object id: the seconds since 2000-01-01 in hex,
// the object type (000f a payment, 0016 a refund), 5000, a variant and
// twelve hex digits.
func (g *gen) w19YKID(t time.Time, typ string) string {
	s := t.Unix() - 946684800
	return fmt.Sprintf("%08x-%s-5000-%s-%s", s, typ, pick(g.r, []string{"8000", "9000", "a000", "b000"}), g.hex(12))
}

func yookassaNotification(g *gen) *node {
	g.redraw("RU")
	p := g.p
	n := w19Name{p.given, "", p.family, p.givenL, "", p.familyL, p.female}
	if g.r.IntN(3) != 0 {
		n = pick(g.r, w19RUNames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"yandex.ru", "mail.ru", "gmail.com", "bk.ru", "inbox.ru", "ya.ru"})
	}
	fio := n.family + " " + n.given
	if n.middle != "" {
		fio += " " + n.middle
	}
	shop := pick(g.r, w19YKShops)
	it := pick(g.r, shop.items)
	orderNo := pattern(g.r, "#####")
	if g.r.IntN(3) == 0 {
		orderNo = pattern(g.r, "###-######")
	}
	descText := it[0].(string)
	if strings.Contains(descText, "%s") {
		descText = fmt.Sprintf(descText, orderNo)
	}
	var desc *node
	switch shop.kind {
	case "pharmacy", "clinic":
		desc = S(descText, "health")
	case "church", "mosque":
		desc = S(descText, "religion")
	default:
		desc = N(descText)
		if g.r.IntN(4) == 0 {
			// Some shops name the buyer in the description.
			desc = P(descText + ", покупатель " + n.family + " " + string([]rune(n.given)[:1]) + ".")
		}
	}
	amount := it[1].(int)
	event := pick(g.r, []string{"payment.succeeded", "payment.succeeded", "payment.succeeded", "payment.succeeded", "payment.succeeded", "payment.waiting_for_capture", "payment.canceled", "payment.canceled", "refund.succeeded"})
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	created := g.t.Add(-time.Duration(20+g.r.IntN(1800)) * time.Second)
	if event == "refund.succeeded" {
		created = g.t.AddDate(0, 0, -1-g.r.IntN(10))
	}
	payID := g.w19YKID(created, "000f")
	phoneV := g.w19LocalPhone("RU", w19RUPhones)
	kind := pick(g.r, []string{"bank_card", "bank_card", "bank_card", "bank_card", "sbp", "sbp", "yoo_money", "sberbank", "tinkoff_bank"})
	saved := kind != "sbp" && g.r.IntN(5) == 0
	pmID := N(payID)
	if saved {
		// A saved method is the buyer's card or wallet, charged again by id.
		pmID = P(g.w19YKID(created, "000f"))
	}
	card := func() *node {
		ct := pick(g.r, [][2]string{{"Mir", "220"}, {"Mir", "220"}, {"Visa", "4"}, {"MasterCard", w19MCPrefix(g)}})
		first6 := ct[1] + pattern(g.r, strings.Repeat("#", 6-len(ct[1])))
		c := O(
			"first6", N(first6),
			"last4", P(pattern(g.r, "####")),
			"expiry_year", P(fmt.Sprint(2026+g.r.IntN(6))),
			"expiry_month", P(fmt.Sprintf("%02d", 1+g.r.IntN(12))),
			"card_type", N(ct[0]),
		)
		if ct[0] == "Mir" && g.r.IntN(2) == 0 {
			c.set("card_product", O("code", N(pick(g.r, []string{"MCP", "MPC", "MIR"})), "name", N(pick(g.r, []string{"MIR Classic", "MIR Privilege", "MIR Supreme"}))))
		}
		c.set("issuer_country", N("RU"))
		c.set("issuer_name", N(pick(g.r, []string{"Sberbank", "T-Bank", "VTB Bank", "Alfa-Bank", "Gazprombank", "Raiffeisenbank", "Ozon Bank"})))
		if ct[0] == "Mir" && g.r.IntN(4) == 0 {
			c.set("source", N("mir_pay"))
		}
		return c
	}
	var pm *node
	switch kind {
	case "bank_card":
		c := card()
		last4 := ""
		for _, m := range c.obj {
			if m.key == "last4" {
				last4 = m.val.raw
			}
		}
		pm = O("type", N("bank_card"), "id", pmID, "saved", N(saved), "status", N(map[bool]string{true: "active", false: "inactive"}[saved]), "title", P("Bank card *"+last4), "card", c)
	case "yoo_money":
		acct := "4100" + pattern(g.r, "1###########")
		pm = O("type", N("yoo_money"), "id", pmID, "saved", N(saved), "status", N(map[bool]string{true: "active", false: "inactive"}[saved]), "title", P("YooMoney wallet "+acct), "account_number", P(acct))
	case "sbp":
		bank := pick(g.r, [][2]string{{"100000000111", "044525225"}, {"100000000004", "044525974"}, {"100000000008", "044525593"}, {"100000000005", "044525411"}, {"100000000273", "044525068"}})
		pm = O(
			"type", N("sbp"), "id", pmID, "saved", N(false), "status", N("inactive"),
			"sbp_operation_id", N(strings.ToUpper(g.hex(32))),
			"payer_bank_details", O("bank_id", N(bank[0]), "bic", N(bank[1])),
		)
	case "sberbank":
		pm = O("type", N("sberbank"), "id", pmID, "saved", N(saved), "status", N(map[bool]string{true: "active", false: "inactive"}[saved]), "title", N("SberPay"))
		if g.r.IntN(2) == 0 {
			pm.set("card", card())
		}
		if p.showPhone && g.r.IntN(2) == 0 {
			pm.set("phone", g.phone(strings.TrimPrefix(g.e164(), "+")))
		}
	default:
		pm = O("type", N("tinkoff_bank"), "id", pmID, "saved", N(saved), "status", N(map[bool]string{true: "active", false: "inactive"}[saved]), "title", N("T-Pay"), "card", card())
	}
	// What the shop put in the metadata: its CMS's order number, or the
	// buyer as the checkout form took them (a refund carries none).
	buildMeta := func() *node {
		meta := O()
		switch x := g.r.IntN(6); {
		case x == 0:
		case x == 1:
			meta.set("cms_name", N(pick(g.r, []string{"wp_woocommerce", "1c-bitrix", "opencart", "insales"})))
			meta.set("module_version", N(pick(g.r, []string{"2.3.1", "3.0.4", "4.1.0"})))
			meta.set("order_id", N(orderNo))
		case x == 2:
			meta.set("order_id", N(orderNo))
		default:
			meta.set("orderNumber", N(orderNo))
			meta.set("customerNumber", P(pick(g.r, []string{p.email, fmt.Sprint(100000 + g.r.IntN(900000))})))
			if g.r.IntN(3) != 0 {
				name := fio
				if g.r.IntN(3) == 0 {
					name = n.given + " " + n.family
				}
				meta.set(pick(g.r, []string{"fio", "customer_name", "name"}), P(name))
			}
			if ph := g.phone(phoneV); ph != nil {
				meta.set(pick(g.r, []string{"phone", "customer_phone", "tel"}), ph)
			}
			meta.set("email", P(p.email))
			if (shop.kind == "shop" || shop.kind == "pharmacy") && p.showResidence && g.r.IntN(2) == 0 {
				c := pick(g.r, w19RUCities)
				addr := c.city + ", " + pick(g.r, w19RUStreets)
				if c.region != "" {
					addr = c.region + ", " + addr
				}
				if g.r.IntN(2) == 0 {
					addr = pattern(g.r, "######") + ", " + addr
				}
				g.lab.Residence = addCountry(g.lab.Residence, "RU")
				meta.set("delivery_address", g.addr(addr))
			}
			note := bioLine{}
			switch {
			case g.r.IntN(4) == 0:
				note = pick(g.r, w19RUNotes)
			case p.bio != "" && p.c.lang == "ru" && g.r.IntN(5) == 0:
				note = bioLine{p.bioCat, p.bio}
			}
			if note.text != "" {
				meta.set("comment", textLeaf(note.text, note.cat))
			}
		}
		return meta
	}
	value := O("value", N(w19Money(amount)), "currency", N("RUB"))
	var obj *node
	switch event {
	case "refund.succeeded":
		reason := pick(g.r, []string{"Возврат по заказу №" + orderNo, "Возврат: товар не подошёл", "Отмена записи, возврат средств"})
		var rdesc *node = N(reason)
		if g.r.IntN(3) == 0 {
			rdesc = P(reason + ". Покупатель: " + fio)
		}
		obj = O(
			"id", N(g.w19YKID(g.t.Add(-2*time.Second), "0016")),
			"payment_id", N(payID),
			"status", N("succeeded"),
			"created_at", N(z(g.t.Add(-2*time.Second))),
			"amount", value,
			"description", rdesc,
		)
		if g.r.IntN(2) == 0 {
			obj.set("receipt_registration", N("succeeded"))
		}
		if kind == "bank_card" || kind == "sbp" {
			obj.set("refund_authorization_details", O("rrn", N(pattern(g.r, "############"))))
		}
	default:
		status := map[string]string{"payment.succeeded": "succeeded", "payment.waiting_for_capture": "waiting_for_capture", "payment.canceled": "canceled"}[event]
		paid := status != "canceled"
		obj = O("id", N(payID), "status", N(status), "amount", value)
		if status == "succeeded" {
			obj.set("income_amount", O("value", N(w19Money(amount-amount*35/1000)), "currency", N("RUB")))
		}
		obj.set("description", desc)
		obj.set("recipient", O("account_id", N(fmt.Sprint(100000+g.r.IntN(900000))), "gateway_id", N(fmt.Sprint(1000000+g.r.IntN(9000000)))))
		if status != "canceled" || g.r.IntN(2) == 0 {
			obj.set("payment_method", pm)
		}
		if status == "succeeded" {
			obj.set("captured_at", N(z(g.t.Add(-time.Second))))
		}
		obj.set("created_at", N(z(created)))
		if status == "waiting_for_capture" {
			obj.set("expires_at", N(z(created.AddDate(0, 0, 7))))
		}
		test := g.r.IntN(8) == 0
		obj.set("test", N(test))
		if status == "succeeded" {
			obj.set("refunded_amount", O("value", N("0.00"), "currency", N("RUB")))
		}
		obj.set("paid", N(paid))
		obj.set("refundable", N(status == "succeeded"))
		if status == "succeeded" && g.r.IntN(2) == 0 {
			obj.set("receipt_registration", N(pick(g.r, []string{"succeeded", "succeeded", "pending"})))
		}
		obj.set("metadata", buildMeta())
		if status == "canceled" {
			c := pick(g.r, [][2]string{{"payment_network", "insufficient_funds"}, {"yoo_money", "3d_secure_failed"}, {"payment_network", "general_decline"}, {"yoo_money", "expired_on_confirmation"}, {"merchant", "expired_on_capture"}, {"yoo_money", "fraud_suspected"}, {"payment_network", "card_expired"}, {"merchant", "canceled_by_merchant"}})
			obj.set("cancellation_details", O("party", N(c[0]), "reason", N(c[1])))
		}
		if (kind == "bank_card" || kind == "tinkoff_bank") && (paid || g.r.IntN(2) == 0) {
			obj.set("authorization_details", O(
				"rrn", N(pattern(g.r, "############")),
				"auth_code", N(pattern(g.r, "######")),
				"three_d_secure", O("applied", N(g.r.IntN(3) != 0)),
			))
		}
		if g.r.IntN(5) == 0 {
			// The shop's own customer id: a phone or an e-mail address.
			if p.showPhone && p.phoneCC == "RU" {
				obj.set("merchant_customer_id", g.phone("7"+g.nsn()))
			} else {
				obj.set("merchant_customer_id", P(p.email))
			}
		}
	}
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(shop.host+pick(g.r, []string{"/yookassa/notify", "/api/payments/yookassa/webhook", "/bitrix/tools/sale_ps_result.php"})),
			"remote_addr", N(pick(g.r, []string{"185.71.76.", "185.71.77.", "77.75.153.", "77.75.154."})+fmt.Sprint(1+g.r.IntN(30))),
			"headers", O(
				"Content-Type", N("application/json"),
				"User-Agent", N("YooKassa"),
			),
			"body", O(
				"type", N("notification"),
				"event", N(event),
				"object", obj,
			),
		),
		"response_status", N(200),
	)
}

// ------------------------------------------------------------- Cashfree

var w19INNames = []w19Name{
	{given: "राहुल", family: "शर्मा", givenL: "Rahul", familyL: "Sharma"},
	{given: "प्रिया", family: "पटेल", givenL: "Priya", familyL: "Patel", female: true},
	{given: "अंकित", family: "वर्मा", givenL: "Ankit", familyL: "Verma"},
	{given: "स्नेहा", family: "गुप्ता", givenL: "Sneha", familyL: "Gupta", female: true},
	{given: "विकास", family: "यादव", givenL: "Vikas", familyL: "Yadav"},
	{given: "पूजा", family: "मिश्रा", givenL: "Pooja", familyL: "Mishra", female: true},
	{given: "Karthik", family: "Subramanian", givenL: "Karthik", familyL: "Subramanian"},
	{given: "Lakshmi", family: "Reddy", givenL: "Lakshmi", familyL: "Reddy", female: true},
	{given: "Arjun", family: "Nair", givenL: "Arjun", familyL: "Nair"},
	{given: "Fatima", family: "Shaikh", givenL: "Fatima", familyL: "Shaikh", female: true},
	{given: "Harpreet", family: "Kaur", givenL: "Harpreet", familyL: "Kaur", female: true},
	{given: "Sourav", family: "Banerjee", givenL: "Sourav", familyL: "Banerjee"},
}

func w19INPhones(nsn string) []string {
	if len(nsn) != 10 {
		return []string{"+91" + nsn}
	}
	return []string{nsn, nsn, nsn, "+91" + nsn, "91" + nsn, "0" + nsn, "+91 " + nsn[:5] + " " + nsn[5:]}
}

var w19INPlaces = []struct{ area, city, state, pin string }{
	{"Koramangala 5th Block", "Bengaluru", "Karnataka", "5600##"},
	{"Andheri West", "Mumbai", "Maharashtra", "4000##"},
	{"Sector 62", "Noida", "Uttar Pradesh", "2013##"},
	{"Salt Lake Sector V", "Kolkata", "West Bengal", "7000##"},
	{"Anna Nagar", "Chennai", "Tamil Nadu", "6000##"},
	{"Gachibowli", "Hyderabad", "Telangana", "5000##"},
	{"लाजपत नगर", "नई दिल्ली", "दिल्ली", "1100##"},
	{"गोमती नगर", "लखनऊ", "उत्तर प्रदेश", "2260##"},
}

var w19INHouses = []string{"Flat 402, Prestige Shantiniketan", "H.No. 12-2-417/A", "B-204, Sai Krupa CHS", "No. 17, 3rd Cross", "Plot 88, Gali No. 4", "मकान नं. 45, गली नं. 3", "C-12, द्वितीय तल"}

// w19CFShops are merchants with their kind and prices in rupees.
var w19CFShops = []struct {
	host, kind string
	prices     []float64
}{
	{"https://www.kiranakart.example.in", "grocery", []float64{349, 1249.5, 2899}},
	{"https://www.stylebazaar.example.in", "shop", []float64{799, 1499, 3299}},
	{"https://www.medkart.example.in", "pharmacy", []float64{412.8, 1260, 2384.6}},
	{"https://book.carewell-clinic.example.in", "clinic", []float64{500, 800, 1200}},
	{"https://seva.srivenkateswara-temple.example.org", "temple", []float64{101, 501, 1100, 5001}},
	{"https://donate.annadaan-foundation.example.org", "ngo", []float64{500, 1000, 2500, 10000}},
	{"https://learn.rankers-academy.example.in", "edtech", []float64{4999, 14999, 29999}},
}

func cashfreePaymentWebhook(g *gen) *node {
	g.redraw("IN")
	p := g.p
	n := w19Name{given: p.given, family: p.family, givenL: latinName(p.given, p.givenL), familyL: latinName(p.family, p.familyL), female: p.female}
	if g.r.IntN(3) != 0 {
		n = pick(g.r, w19INNames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"})
	}
	// customer_phone is mandatory on a Cashfree order: an Indian mobile,
	// or the foreigner's own number.
	if p.phoneE164 == "" {
		g.w18HomePhone("IN")
	}
	p.showPhone = true
	phoneV := g.w19LocalPhone("IN", w19INPhones)
	shop := pick(g.r, w19CFShops)
	price := pick(g.r, shop.prices)
	ist := time.FixedZone("", 5*3600+1800)
	it := func(t time.Time) string { return t.In(ist).Format("2006-01-02T15:04:05-07:00") }
	version := pick(g.r, []string{"2022-09-01", "2023-08-01", "2023-08-01"})
	status := pick(g.r, []string{"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "FAILED", "USER_DROPPED"})
	typ := map[string]string{"SUCCESS": "PAYMENT_SUCCESS_WEBHOOK", "FAILED": "PAYMENT_FAILED_WEBHOOK", "USER_DROPPED": "PAYMENT_USER_DROPPED_WEBHOOK"}[status]
	orderID := pick(g.r, []string{"order_" + pattern(g.r, "#######"), "ORD" + pattern(g.r, "##########"), "CF_" + g.b62(12), g.uuid()})
	// The customer as the merchant created the order.
	fullName := n.givenL + " " + n.familyL
	if g.r.IntN(4) == 0 {
		fullName = n.given + " " + n.family
	}
	custName := N(nil)
	if g.r.IntN(3) != 0 {
		custName = P(fullName)
	}
	custID := P(pick(g.r, []string{"cust_" + pattern(g.r, "######"), strings.TrimPrefix(g.e164(), "+"), g.nsn(), g.uuid(), strings.ReplaceAll(strings.Split(p.email, "@")[0], ".", "_")}))
	customer := O(
		"customer_name", custName,
		"customer_id", custID,
		"customer_email", P(p.email),
		"customer_phone", g.phone(phoneV),
	)
	// What the merchant tagged the order with.
	tags := O()
	switch shop.kind {
	case "grocery", "shop":
		if p.showResidence && g.r.IntN(3) != 0 {
			pl := pick(g.r, w19INPlaces)
			g.lab.Residence = addCountry(g.lab.Residence, "IN")
			tags.set("delivery_address", g.addr(pick(g.r, w19INHouses)+", "+pl.area+", "+pl.city))
			tags.set("pincode", g.addr(pattern(g.r, pl.pin)))
			tags.set("state", g.addrN(pl.state))
		}
		if g.r.IntN(3) == 0 {
			tags.set("delivery_slot", N(pick(g.r, []string{"7AM-9AM", "6PM-8PM", "Express 30 min"})))
		}
	case "pharmacy":
		tags.set("prescription_id", N("RX"+pattern(g.r, "########")))
		tags.set("patient_name", P(pick(g.r, []string{fullName, n.givenL + " " + n.familyL, pick(g.r, w19INNames).givenL + " " + n.familyL})))
		tags.set("medicines", S(pick(g.r, []string{"Metformin 500mg x60, Glimepiride 1mg x30", "Levothyroxine 50mcg x100", "Atorvastatin 10mg x30, Telmisartan 40mg x30", "Escitalopram 10mg x30"}), "health"))
	case "clinic":
		tags.set("doctor", N(pick(g.r, []string{"Dr. S. Iyer (Psychiatry)", "Dr. Meena Rao (Gynaecology)", "Dr. A. Khan (Diabetology)"})))
		tags.set("appointment", N(g.t.In(ist).AddDate(0, 0, 2).Format("2006-01-02")+" 10:30"))
		tags.set("patient", P(fullName))
		if g.r.IntN(2) == 0 {
			tags.set("reason", S(pick(g.r, []string{"Follow-up for anxiety", "Antenatal check-up, 24 weeks", "HbA1c review"}), "health"))
		}
	case "temple":
		tags.set("seva", S(pick(g.r, []string{"Archana", "Abhishekam", "Satyanarayana Puja", "Annadanam"}), "religion"))
		tags.set("devotee_name", P(fullName))
		if g.r.IntN(2) == 0 {
			tags.set("gotra", S(pick(g.r, []string{"Bharadwaj", "Kashyap", "Vashishtha", "Atri"}), "religion"))
			tags.set("nakshatra", S(pick(g.r, []string{"Rohini", "Ashwini", "Revati", "Swati"}), "religion"))
		}
	case "ngo":
		tags.set("donor_name", P(fullName))
		if g.r.IntN(2) == 0 {
			// An 80G receipt needs the donor's PAN.
			pan := p.idValue
			if len(pan) != 10 {
				pan = genPAN(g.r, p.dob, p.female, [2]string{n.givenL, n.familyL})
			}
			tags.set("pan", P(pan))
			tags.set("receipt_80g", N("yes"))
		}
		tags.set("campaign", N(pick(g.r, []string{"Feed a Child", "Winter Blanket Drive", "Flood Relief Assam"})))
	case "edtech":
		tags.set("course", N(pick(g.r, []string{"JEE Main Crash Course", "NEET 2026 Test Series", "UPSC Prelims Foundation"})))
		tags.set("student_name", P(fullName))
	}
	if len(tags.obj) == 0 && g.r.IntN(2) == 0 {
		tags = nil
	}
	// How the buyer paid.
	group := pick(g.r, []string{"upi", "upi", "upi", "upi", "credit_card", "debit_card", "net_banking", "wallet"})
	var method *node
	bankRef := N(pattern(g.r, "############"))
	authID := N(nil)
	switch group {
	case "upi":
		handle := pick(g.r, []string{"@okaxis", "@okhdfcbank", "@oksbi", "@okicici", "@ybl", "@ibl", "@axl", "@paytm", "@upi"})
		local := strings.ToLower(n.givenL) + pick(g.r, []string{".", "", ""}) + strings.ToLower(n.familyL)
		if handle == "@ybl" || handle == "@ibl" || handle == "@axl" || handle == "@paytm" || g.r.IntN(4) == 0 {
			local = g.nsn()
		}
		if g.r.IntN(3) == 0 {
			local += fmt.Sprint(g.r.IntN(100))
		}
		vpa := orNull(P(local + handle))
		channel := pick(g.r, []string{"collect", "intent", "qrcode", ""})
		if channel != "collect" && g.r.IntN(4) == 0 {
			vpa = N("")
		}
		method = O("upi", O("channel", orNull(Nif(channel)), "upi_id", vpa))
	case "credit_card", "debit_card":
		nw := pick(g.r, [][2]string{{"visa", "4"}, {"mastercard", w19MCPrefix(g)}, {"rupay", pick(g.r, []string{"60", "65", "81", "82", "508"})}, {"amex", pick(g.r, []string{"34", "37"})}})
		bin := nw[1] + pattern(g.r, strings.Repeat("#", 6-len(nw[1])))
		bank := pick(g.r, []string{"HDFC BANK LIMITED", "STATE BANK OF INDIA", "ICICI BANK LIMITED", "AXIS BANK LIMITED", "KOTAK MAHINDRA BANK LIMITED"})
		method = O("card", O(
			"channel", N(nil),
			"card_number", P(bin+"XXXXXX"+pattern(g.r, "####")),
			"card_network", N(nw[0]),
			"card_type", N(group),
			"card_sub_type", N(pick(g.r, []string{"R", "R", "C"})),
			"card_country", N("IN"),
			"card_bank_name", N(bank),
			"card_network_reference_id", orNull(Nif(pick(g.r, []string{"", pattern(g.r, "###############")}))),
		))
		authID = N(strings.ToUpper(g.chars("0123456789ABCDEF", 6)))
	case "net_banking":
		b := pick(g.r, [][3]string{{"3044", "State Bank Of India", "SBIN"}, {"3021", "HDFC Bank", "HDFC"}, {"3022", "ICICI Bank", "ICIC"}, {"3003", "Axis Bank", "UTIB"}, {"3032", "Kotak Mahindra Bank", "KKBK"}})
		nb := O("channel", N(nil), "netbanking_bank_code", N(b[0]), "netbanking_bank_name", N(b[1]))
		if version == "2023-08-01" && g.r.IntN(2) == 0 {
			nb.set("netbanking_ifsc", N(b[2]+"0"+pattern(g.r, "######")))
			nb.set("netbanking_account_number", P("XXXXXXXX"+pattern(g.r, "####")))
		}
		method = O("netbanking", nb)
	default:
		app := O("channel", N(nil), "provider", N(pick(g.r, []string{"phonepe", "paytm", "amazon", "mobikwik", "freecharge"})))
		if p.phoneCC == "IN" {
			app.set("phone", g.phone(g.nsn()))
		}
		method = O("app", app)
	}
	msg := map[string]string{"upi": "00::Transaction success", "credit_card": "Transaction Successful", "debit_card": "Transaction Successful", "net_banking": "Transaction Successful", "wallet": "Transaction Successful"}[group]
	var errDetails *node = N(nil)
	switch status {
	case "FAILED":
		e := pick(g.r, [][5]string{
			{"TRANSACTION_DECLINED", "issuer bank or payment service provider declined the transaction", "auth_declined", "customer", "U30::Debit has failed"},
			{"INSUFFICIENT_FUNDS", "insufficient funds in customer account", "insufficient_funds", "customer", "Z9::Insufficient funds in customer account"},
			{"INVALID_PIN", "customer entered an incorrect UPI PIN", "invalid_pin", "customer", "ZM::Invalid MPIN"},
			{"TRANSACTION_DECLINED", "collect request expired", "request_expired", "customer", "U69::Collect request expired"},
		})
		msg = e[4]
		if group != "upi" {
			msg = "Transaction Failed"
		}
		raw := strings.SplitN(e[4], "::", 2)
		errDetails = O("error_code", N(e[0]), "error_description", N(e[1]), "error_reason", N(e[2]), "error_source", N(e[3]), "error_code_raw", N(raw[0]), "error_description_raw", N(raw[1]), "error_subcode_raw", N(nil))
		bankRef = orNull(map[bool]*node{true: N(pattern(g.r, "############"))}[group == "upi"])
		authID = N(nil)
	case "USER_DROPPED":
		msg = "User dropped and did not complete the two factor authentication"
		bankRef, authID = N(nil), N(nil)
		errDetails = O("error_code", N(nil), "error_description", N(nil), "error_reason", N(nil), "error_source", N(nil), "error_code_raw", N(nil), "error_description_raw", N(nil), "error_subcode_raw", N(nil))
	}
	cfPay := 5000000000 + g.r.Int64N(999999999)
	var cfPayNode *node = N(cfPay)
	if version == "2023-08-01" {
		cfPayNode = N(fmt.Sprint(cfPay))
	}
	payTime := g.t.Add(-time.Duration(3+g.r.IntN(120)) * time.Second)
	payment := O(
		"cf_payment_id", cfPayNode,
		"payment_status", N(status),
		"payment_amount", N(price),
		"payment_currency", N("INR"),
		"payment_message", N(msg),
		"payment_time", N(it(payTime)),
		"bank_reference", bankRef,
		"auth_id", authID,
		"payment_method", method,
		"payment_group", N(group),
	)
	var offers *node = N(nil)
	if status == "SUCCESS" && g.r.IntN(6) == 0 {
		disc := 50.0
		offers = A(O(
			"offer_id", N(g.uuid()),
			"offer_type", N("DISCOUNT"),
			"offer_meta", O("offer_title", N("Flat ₹50 off on UPI"), "offer_description", N("Flat ₹50 off on orders above ₹499 paid by UPI"), "offer_code", N("UPI50"), "offer_start_time", N(it(g.t.AddDate(0, -1, 0))), "offer_end_time", N(it(g.t.AddDate(0, 2, 0)))),
			"offer_redemption", O("redemption_status", N("SUCCESS"), "discount_amount", N(disc), "cashback_amount", N(0)),
		))
	}
	data := O(
		"order", O(
			"order_id", N(orderID),
			"order_amount", N(price),
			"order_currency", N("INR"),
			"order_tags", orNull(tags),
		),
		"payment", payment,
		"customer_details", customer,
	)
	if version == "2023-08-01" || status != "SUCCESS" {
		data.set("error_details", errDetails)
	}
	data.set("payment_gateway_details", O(
		"gateway_name", N("CASHFREE"),
		"gateway_order_id", N(fmt.Sprint(3000000000+g.r.Int64N(999999999))),
		"gateway_payment_id", N(fmt.Sprint(cfPay)),
		"gateway_status_code", N(nil),
		"gateway_order_reference_id", N(nil),
		"gateway_settlement", N("CASHFREE"),
		"gateway_reference_name", N(nil),
	))
	data.set("payment_offers", offers)
	if version == "2023-08-01" {
		data.set("terminal_details", N(nil))
	}
	ts := g.t.UnixMilli()
	mac := hmac.New(sha256.New, []byte(g.b62(40)))
	mac.Write([]byte(fmt.Sprint(ts) + orderID + status))
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(shop.host+pick(g.r, []string{"/api/cashfree/webhook", "/payments/cashfree/notify", "/wp-json/wc-cashfree/v1/webhook"})),
			"headers", O(
				"content-type", N("application/json"),
				"x-webhook-signature", N(base64.StdEncoding.EncodeToString(mac.Sum(nil))),
				"x-webhook-timestamp", N(fmt.Sprint(ts)),
				"x-webhook-version", N(version),
				"x-idempotency-key", N(g.hex(64)),
				"user-agent", N("Cashfree-Webhook/1.0"),
			),
			"body", O(
				"data", data,
				"event_time", N(it(g.t)),
				"type", N(typ),
			),
		),
		"response_status", N(200),
	)
}

// ---------------------------------------------------------------- VNPAY

// w19VNNames are Vietnamese names, family name first, with their
// unaccented spellings (as VNPAY's order info and e-mail addresses take
// them).
var w19VNNames = []w19Name{
	{"Văn An", "", "Nguyễn", "Van An", "", "Nguyen", false},
	{"Thị Bích Ngọc", "", "Trần", "Thi Bich Ngoc", "", "Tran", true},
	{"Hoàng Nam", "", "Lê", "Hoang Nam", "", "Le", false},
	{"Thu Hà", "", "Phạm", "Thu Ha", "", "Pham", true},
	{"Minh Tuấn", "", "Hoàng", "Minh Tuan", "", "Hoang", false},
	{"Thị Mai", "", "Vũ", "Thi Mai", "", "Vu", true},
	{"Quốc Bảo", "", "Đặng", "Quoc Bao", "", "Dang", false},
	{"Thanh Hương", "", "Bùi", "Thanh Huong", "", "Bui", true},
	{"Đức Anh", "", "Đỗ", "Duc Anh", "", "Do", false},
	{"Phương Linh", "", "Ngô", "Phuong Linh", "", "Ngo", true},
}

func w19VNPhones(nsn string) []string {
	if len(nsn) != 9 {
		return []string{"0" + nsn}
	}
	z := "0" + nsn
	return []string{z, z, z, "+84" + nsn, "84" + nsn, z[:4] + " " + z[4:7] + " " + z[7:], z[:3] + "." + z[3:6] + "." + z[6:]}
}

var w19VNAddrs = []string{
	"Số 12 ngõ 34 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội",
	"45/12 Nguyễn Thị Minh Khai, phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
	"Tổ 5, phường Hòa Khánh Bắc, quận Liên Chiểu, Đà Nẵng",
	"Chung cư Vinhomes Central Park, tòa L3, căn 1205, Bình Thạnh, TP.HCM",
	"Số 8 Trần Phú, phường Lộc Thọ, Nha Trang, Khánh Hòa",
	"Thôn 3, xã Tân Lập, huyện Đan Phượng, Hà Nội",
	"102 đường 3/2, phường Xuân Khánh, quận Ninh Kiều, Cần Thơ",
}

var w19VNNotes = []bioLine{
	{"", "Giao giờ hành chính"},
	{"", "Gọi trước khi giao, để ở lễ tân"},
	{"", "Không giao thứ 7, chủ nhật"},
	{"health", "Thuốc cho mẹ tôi bị tiểu đường, giao gấp giúp"},
	{"health", "Tôi đang mang thai 7 tháng, nhờ shipper mang lên tầng 5"},
	{"religion", "Đồ lễ chùa rằm tháng Giêng, giao trước ngày 14 âm lịch"},
}

// w19VNShops are merchants, with their kind and prices in dong.
var w19VNShops = []struct {
	host, tmn, kind string
	prices          []int
}{
	{"https://shop.thoitrangviet.example.vn", "TTVIET01", "shop", []int{259000, 450000, 1290000}},
	{"https://www.dienmayxanh-like.example.vn", "DMX2024A", "shop", []int{2490000, 8990000, 15490000}},
	{"https://nhathuoc-anbinh.example.vn", "NTANBINH", "pharmacy", []int{185000, 420000, 760000}},
	{"https://datlich.phongkham-hongduc.example.vn", "PKHDUC01", "clinic", []int{300000, 500000}},
	{"https://congduc.chua-phaphoa.example.vn", "CHUAPH01", "pagoda", []int{100000, 200000, 500000}},
	{"https://hocphi.anhngu-sunrise.example.edu.vn", "SUNRISE1", "school", []int{3500000, 6900000}},
}

// w19Unaccent drops Vietnamese diacritics, as VNPAY's order info asks.
var w19Unaccent = func() *strings.Replacer {
	groups := map[string]string{
		"a": "àáảãạăằắẳẵặâầấẩẫậ", "e": "èéẻẽẹêềếểễệ", "i": "ìíỉĩị", "o": "òóỏõọôồốổỗộơờớởỡợ", "u": "ùúủũụưừứửữự", "y": "ỳýỷỹỵ", "d": "đ",
		"A": "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", "E": "ÈÉẺẼẸÊỀẾỂỄỆ", "I": "ÌÍỈĨỊ", "O": "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", "U": "ÙÚỦŨỤƯỪỨỬỮỰ", "Y": "ỲÝỶỸỴ", "D": "Đ",
	}
	var pairs []string
	for to, from := range groups {
		for _, c := range from {
			pairs = append(pairs, string(c), to)
		}
	}
	return strings.NewReplacer(pairs...)
}()

func vnpayIPN(g *gen) *node {
	g.redraw("VN")
	p := g.p
	n := w19Name{given: p.given, family: p.family, givenL: w19Unaccent.Replace(p.given), familyL: w19Unaccent.Replace(p.family), female: p.female}
	if g.r.IntN(4) != 0 {
		n = pick(g.r, w19VNNames)
		p.female = n.female
		p.email = g.w18Email(strings.ReplaceAll(n.givenL, " ", ""), n.familyL, []string{"gmail.com", "gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com"})
	}
	full := n.family + " " + n.given
	fullL := n.familyL + " " + n.givenL
	phoneV := g.w19LocalPhone("VN", w19VNPhones)
	shop := pick(g.r, w19VNShops)
	amount := pick(g.r, shop.prices)
	vn := time.FixedZone("", 7*3600)
	created := g.t.Add(-time.Duration(30+g.r.IntN(900)) * time.Second)
	txnRef := pick(g.r, []string{pattern(g.r, "######"), "DH" + created.In(vn).Format("060102") + pattern(g.r, "####"), fmt.Sprint(created.UnixMilli())})
	// vnp_OrderInfo: what the merchant wrote into the payment URL.
	var info *node
	showPhone := p.showPhone && p.phoneE164 != ""
	phoneText := func() string {
		g.w19Weak()
		return phoneV
	}
	switch shop.kind {
	case "pharmacy":
		info = S(pick(g.r, []string{"Thanh toan don thuoc " + txnRef + " - Metformin 850mg, Gliclazide 30mg - " + fullL, "Mua thuoc dieu tri tram cam Sertraline 50mg - KH " + fullL, "Thanh toan don thuoc huyet ap " + txnRef}), "health")
	case "clinic":
		info = S(pick(g.r, []string{"Dat coc kham thai tuan 22 - " + fullL, "Thanh toan phi kham tam than - BN " + fullL, "Dat lich kham noi tiet - tieu duong - " + fullL}), "health")
	case "pagoda":
		info = S(pick(g.r, []string{"Cung duong Tam Bao chua Phap Hoa - Phat tu " + fullL, "Cung duong dai le Vu Lan", "Gui tien cau an dau nam - gia dinh " + fullL}), "religion")
	case "school":
		info = P("Thanh toan hoc phi khoa IELTS 6.5 cho hoc vien " + fullL)
	default:
		switch x := g.r.IntN(6); {
		case x < 2:
			info = N("Thanh toan don hang " + txnRef)
		case x == 2:
			info = N("Thanh toan don hang thoi gian: " + created.In(vn).Format("2006-01-02 15:04:05"))
		case x == 3 && showPhone:
			info = P("Thanh toan don hang " + txnRef + " - " + fullL + " - " + phoneText())
		case x == 4:
			// Some merchants keep the diacritics anyway.
			info = P("Thanh toán đơn hàng " + txnRef + " cho " + full)
		default:
			info = P(fullL + " thanh toan don hang " + txnRef)
		}
	}
	qr := g.r.IntN(3) == 0
	bank := pick(g.r, []string{"NCB", "VCB", "TCB", "BIDV", "VIETINBANK", "AGRIBANK", "MBBANK", "ACB", "VPBANK", "TPBANK", "SACOMBANK"})
	cardType := "ATM"
	if qr {
		bank, cardType = pick(g.r, []string{"VNPAYQR", "VCB", "BIDV", "MBBANK"}), "QRCODE"
	}
	code := pick(g.r, []string{"00", "00", "00", "00", "00", "00", "00", "00", "00", "24", "24", "51", "11", "13", "79"})
	txStatus := map[bool]string{true: "00", false: "02"}[code == "00"]
	txNo := fmt.Sprint(14000000 + g.r.IntN(2000000))
	bankTran := N("")
	if code == "00" {
		switch bank {
		case "NCB":
			bankTran = N("VNP" + txNo)
		case "VNPAYQR":
			bankTran = N(pattern(g.r, "##########"))
		default:
			bankTran = N(pick(g.r, []string{pattern(g.r, "FT#####AAAAA"), pattern(g.r, "############")}))
		}
	}
	payDate := g.t.Add(-time.Duration(1+g.r.IntN(20)) * time.Second).In(vn).Format("20060102150405")
	params := [][2]string{
		{"vnp_Amount", fmt.Sprint(amount * 100)},
		{"vnp_BankCode", bank},
		{"vnp_BankTranNo", bankTran.raw},
		{"vnp_CardType", cardType},
		{"vnp_OrderInfo", info.raw},
		{"vnp_PayDate", payDate},
		{"vnp_ResponseCode", code},
		{"vnp_TmnCode", shop.tmn},
		{"vnp_TransactionNo", map[bool]string{true: "0", false: txNo}[code == "24" && g.r.IntN(2) == 0]},
		{"vnp_TransactionStatus", txStatus},
		{"vnp_TxnRef", txnRef},
	}
	if code != "00" && bankTran.raw == "" {
		params = append(params[:2], params[3:]...)
	}
	var qs []string
	for _, kv := range params {
		qs = append(qs, kv[0]+"="+url.QueryEscape(kv[1]))
	}
	mac := hmac.New(sha512.New, []byte(strings.ToUpper(g.b62(32))))
	mac.Write([]byte(strings.Join(qs, "&")))
	hash := hex.EncodeToString(mac.Sum(nil))
	query := O()
	for _, kv := range params {
		switch kv[0] {
		case "vnp_OrderInfo":
			query.set(kv[0], info)
		default:
			query.set(kv[0], N(kv[1]))
		}
	}
	query.set("vnp_SecureHash", N(hash))
	// The merchant's answer, and the order it looked up.
	paidBefore := code == "00" && g.r.IntN(10) == 0
	rsp := map[bool][2]string{true: {"00", "Confirm Success"}, false: {"02", "Order already confirmed"}}[!paidBefore]
	if g.r.IntN(25) == 0 {
		rsp = [2]string{"97", "Invalid signature"}
	}
	logged := O(
		"level", N(map[bool]string{true: "info", false: "warning"}[code == "00"]),
		"msg", N("VNPAY IPN received"),
		"time", N(g.t.In(vn).Format("2006-01-02T15:04:05.000-07:00")),
		"request", O(
			"method", N("GET"),
			"path", N(pick(g.r, []string{"/api/payment/vnpay_ipn", "/vnpay_ipn", "/checkout/vnpay/ipn"})),
			"remote_ip", N(pick(g.r, []string{"113.160.92.202", "113.52.45.78", "116.97.245.130", "203.171.19.146"})),
			"query", query,
		),
	)
	if g.r.IntN(4) == 0 {
		// The raw query string beside the parsed one.
		raw := strings.Join(qs, "&") + "&vnp_SecureHash=" + hash
		switch info.leaf.Kind {
		case Sensitive:
			logged.set("raw_query", S(raw, info.leaf.Category))
		case Personal:
			logged.set("raw_query", P(raw))
		default:
			logged.set("raw_query", N(raw))
		}
	}
	if rsp[0] != "97" {
		logged.set("order", w19VNOrder(g, vnOrder{txnRef, amount, code, full, fullL, phoneV, shop.kind, created}))
	}
	logged.set("response", O("RspCode", N(rsp[0]), "Message", N(rsp[1])))
	return logged
}

// vnOrder is what a VNPAY merchant looks up for an IPN.
type vnOrder struct {
	txnRef       string
	amount       int
	code         string
	full, fullL  string
	phoneV, kind string
	created      time.Time
}

// w19VNOrder is the merchant's order behind an IPN, with its buyer.
func w19VNOrder(g *gen, o vnOrder) *node {
	p := g.p
	vn := time.FixedZone("", 7*3600)
	txnRef, amount, code, full, fullL, phoneV, created := o.txnRef, o.amount, o.code, o.full, o.fullL, o.phoneV, o.created
	shop := struct{ kind string }{o.kind}
	order := O(
		"id", N(10000+g.r.IntN(900000)),
		"code", N(txnRef),
		"total", N(amount),
		"payment_method", N("VNPAY"),
		"payment_status", N(map[bool]string{true: "paid", false: "failed"}[code == "00"]),
	)
	cust := O("name", P(full))
	if g.r.IntN(4) == 0 {
		cust.set("name", P(fullL))
	}
	if ph := g.phone(phoneV); ph != nil {
		cust.set("phone", ph)
	}
	if g.r.IntN(3) != 0 {
		cust.set("email", P(p.email))
	}
	if p.showResidence && (shop.kind == "shop" || shop.kind == "pharmacy") {
		g.lab.Residence = addCountry(g.lab.Residence, "VN")
		cust.set("address", g.addr(pick(g.r, w19VNAddrs)))
	}
	order.set("customer", cust)
	note := bioLine{}
	switch {
	case g.r.IntN(3) == 0:
		note = pick(g.r, w19VNNotes)
	case p.bio != "" && p.c.lang == "vi" && g.r.IntN(4) == 0:
		note = bioLine{p.bioCat, p.bio}
	}
	if note.text != "" {
		order.set("note", textLeaf(note.text, note.cat))
	}
	order.set("created_at", N(created.In(vn).Format("2006-01-02 15:04:05")))
	return order
}

// ---------------------------------------------------------------- Culqi

var w19PEGiven = []w19Name{
	{given: "José Luis", givenL: "jose luis"},
	{given: "María Elena", givenL: "maria elena", female: true},
	{given: "Carlos Alberto", givenL: "carlos alberto"},
	{given: "Rosa María", givenL: "rosa maria", female: true},
	{given: "Juan Carlos", givenL: "juan carlos"},
	{given: "Milagros", givenL: "milagros", female: true},
	{given: "Luz Marina", givenL: "luz marina", female: true},
	{given: "Jhonatan", givenL: "jhonatan"},
	{given: "Kelly", givenL: "kelly", female: true},
	{given: "Wilber", givenL: "wilber"},
}

var w19PEFamily = [][2]string{{"Quispe", "quispe"}, {"Mamani", "mamani"}, {"Huamán", "huaman"}, {"Flores", "flores"}, {"Rojas", "rojas"}, {"Sánchez", "sanchez"}, {"Chávez", "chavez"}, {"Vásquez", "vasquez"}, {"Condori", "condori"}, {"Gutiérrez", "gutierrez"}, {"Ccori", "ccori"}, {"Torres", "torres"}}

var w19PEAddrs = []struct{ addr, city string }{
	{"Av. Javier Prado Este 4200, Santiago de Surco", "Lima"},
	{"Jr. Junín 345, Cercado de Lima", "Lima"},
	{"Calle Los Pinos 123, Dpto. 402, Miraflores", "Lima"},
	{"Mz. B Lt. 12, Urb. Santa Rosa, Los Olivos", "Lima"},
	{"Av. Ejército 1010, Cayma", "Arequipa"},
	{"Calle Plateros 348", "Cusco"},
	{"Av. España 1650, Trujillo", "Trujillo"},
	{"AA.HH. Villa El Salvador, Sector 2, Grupo 14, Mz. K Lt. 7", "Lima"},
}

func w19PEPhones(nsn string) []string {
	if len(nsn) != 9 {
		return []string{"+51" + nsn}
	}
	return []string{nsn, nsn, "+51" + nsn, "51" + nsn, "+51 " + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:], nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]}
}

// w19CulqiShops are merchants with their kind and prices in céntimos.
var w19CulqiShops = []struct {
	host, descriptor, kind string
	prices                 []int
}{
	{"https://www.modaperuana.example.pe", "MODAPERUANA", "shop", []int{8990, 15900, 34900}},
	{"https://tienda.cafedelvalle.example.pe", "CAFE DEL VALLE", "shop", []int{4500, 12000}},
	{"https://www.boticaonline.example.pe", "BOTICA ONLINE", "pharmacy", []int{3650, 12890, 25400}},
	{"https://citas.clinicasanpablo-like.example.pe", "CLINICA SALUD", "clinic", []int{12000, 18000}},
	{"https://donaciones.parroquia-sanjose.example.pe", "PARROQUIA SAN JOSE", "parish", []int{2000, 5000, 10000}},
	{"https://matricula.colegio-andino.example.edu.pe", "COLEGIO ANDINO", "school", []int{45000, 85000}},
}

// w19CulqiID is a Culqi object id: its prefix and sixteen characters.
func (g *gen) w19CulqiID(prefix string) string { return prefix + g.b62(16) }

func culqiChargeCreation(g *gen) *node {
	g.redraw("PE")
	p := g.p
	given, fam1, famL := p.given, p.family, p.familyL
	givenL := p.givenL
	if g.r.IntN(3) != 0 {
		nm := pick(g.r, w19PEGiven)
		f := pick(g.r, w19PEFamily)
		given, givenL, fam1, famL = nm.given, nm.givenL, f[0], f[1]
		p.female = nm.female
		p.email = g.w18Email(strings.Fields(givenL)[0], famL, []string{"gmail.com", "hotmail.com", "outlook.com", "yahoo.es"})
	}
	fam2 := pick(g.r, w19PEFamily)[0]
	lastName := fam1 + " " + fam2
	if g.r.IntN(3) == 0 {
		lastName = fam1
	}
	shop := pick(g.r, w19CulqiShops)
	amount := pick(g.r, shop.prices)
	currency := "PEN"
	if shop.kind == "shop" && g.r.IntN(6) == 0 {
		currency = "USD"
	}
	ms := func(t time.Time) *node { return N(t.UnixMilli()) }
	tokenAt := g.t.Add(-time.Duration(3+g.r.IntN(60)) * time.Second)
	orderNo := pattern(g.r, "######")
	var desc *node
	switch shop.kind {
	case "pharmacy":
		desc = S(pick(g.r, []string{"Pedido " + orderNo + ": Insulina NPH, tiras reactivas", "Pedido " + orderNo + ": Sertralina 50 mg x 30", "Pedido " + orderNo + ": Losartán 50 mg x 30"}), "health")
	case "clinic":
		desc = S(pick(g.r, []string{"Cita de psiquiatría", "Control prenatal - ecografía", "Consulta de endocrinología"}), "health")
	case "parish":
		desc = S(pick(g.r, []string{"Ofrenda - Misa de salud", "Diezmo mensual", "Donación para la fiesta patronal"}), "religion")
	case "school":
		desc = P("Matrícula 2026 - alumno " + pick(g.r, w19PEGiven).given + " " + fam1)
	default:
		desc = N(pick(g.r, []string{"Compra en " + shop.descriptor, "Pedido #" + orderNo, "Orden " + orderNo}))
	}
	phoneV := g.w19LocalPhone("PE", w19PEPhones)
	// The document: a DNI for Peruvians, a carné de extranjería for
	// residents from elsewhere.
	docType, docNum := "DNI", p.idValue
	if docNum == "" {
		docNum = genPEDNI(g.r, p.dob, p.female, [2]string{})
	}
	if p.cit != p.c {
		docType, docNum = "CE", pattern(g.r, "00#######")
	}
	brand := pick(g.r, []struct{ brand, bin, issuer, website, phone, typ string }{
		{"Visa", "4", "BANCO DE CREDITO DEL PERU", "https://www.viabcp.com", "(511) 311-9898", "crédito"},
		{"Visa", "4", "BBVA PERU", "https://www.bbva.pe", "(511) 595-0000", "débito"},
		{"MasterCard", "52", "INTERBANK", "https://interbank.pe", "(511) 311-9000", "crédito"},
		{"MasterCard", "54", "SCOTIABANK PERU", "https://www.scotiabank.com.pe", "(511) 311-6000", "débito"},
		{"Amex", "37", "BANCO DE CREDITO DEL PERU", "https://www.viabcp.com", "(511) 311-9898", "crédito"},
		{"Diners", "36", "DINERS CLUB PERU", "", "", "crédito"},
	})
	bin := brand.bin + pattern(g.r, strings.Repeat("#", 6-len(brand.bin)))
	last4 := pattern(g.r, "####")
	credit := brand.typ == "crédito"
	installments := 0
	if credit && amount >= 15000 && g.r.IntN(3) == 0 {
		installments = pick(g.r, []int{2, 3, 6, 12})
	}
	allowed := A()
	if credit {
		for _, k := range []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36} {
			allowed.arr = append(allowed.arr, N(k))
		}
	}
	website, issPhone := N(nil), N(nil)
	if brand.website != "" {
		website, issPhone = N(brand.website), N(brand.phone)
	}
	client := O(
		"ip", P(p.ip),
		"ip_country", N("Peru"),
		"ip_country_code", N("PE"),
		"browser", N(pick(g.r, []string{"Chrome", "Chrome", "Safari", "Firefox", "UNKNOWN"})),
		"device_fingerprint", orNull(map[bool]*node{true: P(g.hex(32))}[g.r.IntN(2) == 0]),
		"device_type", N(pick(g.r, []string{"Escritorio", "Móvil", "Móvil"})),
	)
	tokenID := g.w19CulqiID("tkn_live_")
	source := O(
		"object", N("token"),
		"id", P(tokenID),
		"type", N("card"),
		"creation_date", ms(tokenAt),
		"email", P(p.email),
		"card_number", P(bin+"******"+last4),
		"last_four", P(last4),
		"active", N(true),
		"iin", O(
			"object", N("iin"),
			"bin", N(bin),
			"card_brand", N(brand.brand),
			"card_type", N(brand.typ),
			"card_category", N(pick(g.r, []string{"Clásica", "Oro", "Platinum", "Signature", "Black"})),
			"issuer", O("name", N(brand.issuer), "country", N("PERU"), "country_code", N("PE"), "website", website, "phone_number", issPhone),
			"installments_allowed", allowed,
		),
		"client", client,
		"metadata", O(),
	)
	// antifraud_details: what the checkout asked of the buyer.
	var afAddr, afCity, afCountry *node = N(nil), N(nil), N(nil)
	if p.showResidence {
		a := pick(g.r, w19PEAddrs)
		afAddr, afCity, afCountry = g.addr(a.addr), g.addr(a.city), g.residence("PE")
	}
	afPhone := orNull(g.phone(phoneV))
	antifraud := O(
		"first_name", P(given),
		"last_name", P(lastName),
		"address", afAddr,
		"address_city", afCity,
		"country_code", afCountry,
		"phone", afPhone,
		"object", N("client"),
	)
	meta := O()
	switch g.r.IntN(4) {
	case 0:
		meta.set("order_id", N(orderNo))
	case 1:
		meta.set("order_id", N(orderNo))
		meta.set(pick(g.r, []string{"dni", "documento", "nro_documento"}), P(map[bool]string{true: docNum, false: docType + " " + docNum}[g.r.IntN(2) == 0]))
	case 2:
		meta.set("pedido", N(orderNo))
		meta.set("cliente", P(given+" "+lastName))
		meta.set("dni", P(docNum))
	}
	chargeID := g.w19CulqiID("chr_live_")
	fee := amount * 399 / 10000
	tax := fee * 18 / 100
	declined := g.r.IntN(6) == 0
	created := g.t.Add(-time.Second)
	charge := O(
		"duplicated", N(false),
		"object", N("charge"),
		"id", N(chargeID),
		"creation_date", ms(created),
		"amount", N(amount),
		"amount_refunded", N(0),
		"current_amount", N(amount),
		"installments", N(installments),
		"installments_amount", orNull(map[bool]*node{true: N(amount / max(installments, 1))}[installments > 0]),
		"currency_code", N(currency),
		"email", P(p.email),
		"description", desc,
		"source", source,
		"outcome", O(
			"type", N("venta_exitosa"),
			"code", N("AUT0000"),
			"merchant_message", N("La operación de venta ha sido autorizada exitosamente"),
			"user_message", N("Su compra ha sido exitosa."),
		),
		"fraud_score", N(float64(g.r.IntN(600))/10),
		"antifraud_details", antifraud,
		"dispute", N(false),
		"capture", N(true),
		"capture_date", ms(created),
		"reference_code", N(g.b62(10)),
		"authorization_code", N(g.b62(6)),
		"metadata", meta,
		"total_fee", N(fee),
		"fee_details", O(
			"fixed_fee", O(),
			"variable_fee", O("currency_code", N(currency), "commision", N(0.0399), "total", N(fee)),
		),
		"total_fee_taxes", N(tax),
		"transfer_amount", N(amount-fee-tax),
		"paid", N(false),
		"statement_descriptor", N(shop.descriptor),
		"transfer_id", N(nil),
	)
	// The charge as the merchant's server created it, or as Culqi's
	// event delivered it.
	// The client's IP country (in the charge's source) says where the
	// device was, not where its owner lives: weak evidence, as a time
	// zone is.
	ipWeak := func() { g.lab.Weak = addCountry(g.lab.Weak, "PE") }
	if g.r.IntN(3) == 0 && !declined {
		ipWeak()
		var data *node = charge
		if g.r.IntN(3) == 0 {
			// The event's data as a string of JSON, as some deliveries carry it.
			lab := &Label{}
			raw := string(render(charge, lab))
			switch {
			case w19HasSensitive(lab):
				data = S(raw, w19SensitiveCat(lab))
			default:
				data = P(raw)
			}
		}
		return O(
			"request", O(
				"method", N("POST"),
				"url", N(shop.host+"/webhooks/culqi"),
				"headers", O("Content-Type", N("application/json"), "User-Agent", N("Culqi-Webhooks/2.0")),
				"body", O(
					"object", N("event"),
					"id", N(g.w19CulqiID("evt_live_")),
					"type", N("charge.creation.succeeded"),
					"creation_date", ms(g.t),
					"data", data,
				),
			),
			"response_status", N(200),
		)
	}
	reqAF := O("first_name", P(given), "last_name", P(lastName))
	if p.showResidence {
		reqAF.set("address", afAddr)
		reqAF.set("address_city", afCity)
		reqAF.set("country_code", afCountry)
	}
	if afPhone.raw != "null" {
		reqAF.set("phone_number", afPhone)
	}
	reqBody := O(
		"amount", N(amount),
		"currency_code", N(currency),
		"email", P(p.email),
		"source_id", P(tokenID),
		"description", desc,
	)
	if installments > 0 {
		reqBody.set("installments", N(installments))
	}
	reqBody.set("antifraud_details", reqAF)
	if len(meta.obj) > 0 {
		reqBody.set("metadata", meta)
	}
	var resp *node
	if declined {
		d := pick(g.r, [][3]string{
			{"insufficient_funds", "La tarjeta no tiene fondos suficientes para realizar la compra.", "Su tarjeta no tiene fondos suficientes. Para realizar la compra, verifica tus fondos disponibles con el banco emisor o inténtalo nuevamente con otra tarjeta."},
			{"stolen_card", "La tarjeta fue reportada como robada.", "Su tarjeta fue rechazada. Comuníquese con su banco emisor."},
			{"expired_card", "La tarjeta está vencida.", "Su tarjeta está vencida. Para realizar la compra, verifica la fecha de vencimiento o usa otra tarjeta."},
			{"incorrect_cvv", "El código de seguridad (CVV2, CVC2, CID) de la tarjeta es inválido.", "El código de seguridad de su tarjeta es inválido. Verifica e inténtalo nuevamente."},
			{"contact_issuer", "La operación fue denegada por el banco emisor de la tarjeta.", "Su tarjeta fue rechazada. Comuníquese con su banco emisor."},
			{"fraudulent", "La operación fue rechazada por sospecha de fraude.", "Su tarjeta fue rechazada. Comuníquese con su banco emisor."},
		})
		resp = O("status", N(402), "body", O(
			"object", N("error"),
			"type", N("card_error"),
			"charge_id", N(chargeID),
			"code", N("card_declined"),
			"decline_code", N(d[0]),
			"merchant_message", N(d[1]),
			"user_message", N(d[2]),
		))
	} else {
		ipWeak()
		resp = O("status", N(201), "body", charge)
	}
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://api.culqi.com/v2/charges"),
			"headers", O(
				"Authorization", C("Bearer sk_live_"+g.b62(16)),
				"Content-Type", N("application/json"),
			),
			"body", reqBody,
		),
		"response", resp,
	)
}

// w19HasSensitive tells whether a rendered subtree holds a sensitive
// leaf; w19SensitiveCat names the first such leaf's category.
func w19HasSensitive(l *Label) bool { return w19SensitiveCat(l) != "" }

func w19SensitiveCat(l *Label) string {
	var keys []string
	for k := range l.Leaves {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if lf := l.Leaves[k]; lf.Kind == Sensitive {
			return lf.Category
		}
	}
	return ""
}

// -------------------------------------------------------------- PayFast

var w19ZANames = []w19Name{
	{given: "Pieter", family: "van der Merwe", givenL: "pieter", familyL: "vandermerwe"},
	{given: "Annelie", family: "Botha", givenL: "annelie", familyL: "botha", female: true},
	{given: "Johan", family: "Pretorius", givenL: "johan", familyL: "pretorius"},
	{given: "Marietjie", family: "du Plessis", givenL: "marietjie", familyL: "duplessis", female: true},
	{given: "Sipho", family: "Ndlovu", givenL: "sipho", familyL: "ndlovu"},
	{given: "Nomvula", family: "Dlamini", givenL: "nomvula", familyL: "dlamini", female: true},
	{given: "Thandeka", family: "Mthembu", givenL: "thandeka", familyL: "mthembu", female: true},
	{given: "Bongani", family: "Zulu", givenL: "bongani", familyL: "zulu"},
	{given: "Lwazi", family: "Mqhayi", givenL: "lwazi", familyL: "mqhayi"},
	{given: "Zukiswa", family: "Ntshona", givenL: "zukiswa", familyL: "ntshona", female: true},
	{given: "Thabo", family: "Mokoena", givenL: "thabo", familyL: "mokoena"},
	{given: "Palesa", family: "Molefe", givenL: "palesa", familyL: "molefe", female: true},
	{given: "Kagiso", family: "Motaung", givenL: "kagiso", familyL: "motaung"},
	{given: "Sarah", family: "Thompson", givenL: "sarah", familyL: "thompson", female: true},
	{given: "Kavitha", family: "Naidoo", givenL: "kavitha", familyL: "naidoo", female: true},
	{given: "Shireen", family: "Abrahams", givenL: "shireen", familyL: "abrahams", female: true},
	{given: "Chesney", family: "Adams", givenL: "chesney", familyL: "adams"},
}

func w19ZAPhones(nsn string) []string {
	if len(nsn) != 9 {
		return []string{"+27" + nsn}
	}
	z := "0" + nsn
	return []string{z, z, z[:3] + " " + z[3:6] + " " + z[6:], "+27" + nsn, "27" + nsn, "+27 " + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:]}
}

var w19ZAAddrs = []string{
	"12 Long Street, Cape Town, 8001",
	"45 Jan Smuts Avenue, Parktown, Johannesburg, 2193",
	"Unit 4, 22 Florida Road, Morningside, Durban, 4001",
	"8115 Vilakazi Street, Orlando West, Soweto, 1804",
	"7 Kerkstraat, Stellenbosch, 7600",
	"Stand 2201, Extension 5, Mamelodi East, Pretoria, 0122",
	"14 Protea Crescent, Bloemfontein, 9301",
	"House 33, NU 2, Mdantsane, East London, 5219",
}

// w19PFShops are PayFast merchants: what they sell (in cents), how they
// use the custom fields, and whether the item tells of the buyer.
var w19PFShops = []struct {
	host, kind string
	items      []string
	prices     []int
}{
	{"https://www.capecraft.example.co.za", "shop", []string{"Order #%s", "Online order %s"}, []int{34900, 89900, 159900}},
	{"https://www.halaalbutchery.example.co.za", "shop", []string{"Halaal lamb hamper 5kg", "Order #%s"}, []int{64900, 129900}},
	{"https://join.fitzone.example.co.za", "gym", []string{"FitZone monthly membership", "FitZone annual membership"}, []int{49900, 499900}},
	{"https://www.ubuntu-funeral.example.co.za", "funeral", []string{"Family funeral plan premium", "Single member funeral cover"}, []int{15000, 27500}},
	{"https://register.youthsport.example.co.za", "youth", []string{"U17 Netball League registration 2026", "Learner's licence class booking", "Matric Maths winter school"}, []int{35000, 60000, 120000}},
	{"https://give.gracefamilychurch.example.org.za", "church", []string{"Tithe", "Offering", "Building fund"}, []int{20000, 50000, 100000}},
	{"https://donate.masjid-ul-quds.example.org.za", "mosque", []string{"Zakaah", "Lillah donation", "Fidyah"}, []int{25000, 50000, 150000}},
	{"https://book.mindcare-psych.example.co.za", "clinic", []string{"Online session - Clinical psychologist", "Initial consultation - Psychiatrist"}, []int{95000, 150000}},
	{"https://pharmacy.medirite-like.example.co.za", "pharmacy", []string{"Chronic medication order %s", "Script order %s"}, []int{38450, 112000}},
}

func payfastITN(g *gen) *node {
	g.redraw("ZA")
	shop := pick(g.r, w19PFShops)
	// A teenager registers for their own league, class or winter school
	// (the form's name and identity number are the learner's); everyone
	// else who pays is an adult.
	if shop.kind == "youth" {
		g.inAge(15, 17)
	} else {
		g.adult(18)
	}
	p := g.p
	n := w19Name{given: p.given, family: p.family, givenL: p.givenL, familyL: p.familyL, female: p.female}
	if g.r.IntN(4) != 0 {
		n = pick(g.r, w19ZANames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"gmail.com", "gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com"})
	}
	phoneV := g.w19LocalPhone("ZA", w19ZAPhones)
	order := pattern(g.r, "#####")
	item := pick(g.r, shop.items)
	if strings.Contains(item, "%s") {
		item = fmt.Sprintf(item, order)
	}
	amount := pick(g.r, shop.prices)
	sub := (shop.kind == "gym" || shop.kind == "funeral") && g.r.IntN(3) != 0 || shop.kind == "church" && g.r.IntN(3) == 0
	status := "COMPLETE"
	if sub && g.r.IntN(8) == 0 {
		status = "CANCELLED"
	}
	fee := -(amount*35/1000 + 200)
	// The buyer's SA identity number, where the merchant asks for it: it
	// carries the birth date.
	idNo := ""
	withID := false
	switch shop.kind {
	case "youth":
		withID = g.r.IntN(4) != 0
	case "gym", "funeral":
		withID = g.r.IntN(3) != 0
	case "clinic", "pharmacy":
		withID = g.r.IntN(4) == 0
	}
	if withID {
		idNo = zaID(g.r, p.dob, p.female, p.cit == p.c)
		g.lab.BirthDate = p.dob.Format("2006-01-02")
		if g.r.IntN(5) == 0 {
			idNo = idNo[:6] + " " + idNo[6:10] + " " + idNo[10:]
		}
	}
	type field struct {
		key string
		val *node
	}
	var fields []field
	add := func(k string, v *node) { fields = append(fields, field{k, v}) }
	cs := [5]*node{N(""), N(""), N(""), N(""), N("")}
	ci := [5]*node{N(""), N(""), N(""), N(""), N("")}
	itemDesc := N("")
	var itemName *node = N(item)
	note := bioLine{}
	switch shop.kind {
	case "shop":
		if p.showResidence && g.r.IntN(2) == 0 {
			g.lab.Residence = addCountry(g.lab.Residence, "ZA")
			cs[0] = g.addr(pick(g.r, w19ZAAddrs))
		}
		if ph := g.phone(phoneV); ph != nil {
			cs[1] = ph
		}
		if g.r.IntN(3) == 0 {
			note = pick(g.r, []bioLine{{"", "Please leave with security at the gate"}, {"", "Asseblief bel voor aflewering"}, {"", "Gift wrap please, it's for my mom"}, {"health", "I'm on dialysis Tue/Thu mornings, deliver after 2pm"}})
		}
		ci[0] = N(fmt.Sprint(10000 + g.r.IntN(90000)))
	case "gym":
		cs[0] = P("FZ" + pattern(g.r, "######"))
		if idNo != "" {
			cs[1] = P(idNo)
		}
		if ph := g.phone(phoneV); ph != nil {
			cs[2] = ph
		}
		cs[3] = N(pick(g.r, []string{"Sandton", "Menlyn", "Canal Walk", "Gateway"}))
		ci[0] = P(fmt.Sprint(100000 + g.r.IntN(900000)))
		itemDesc = N("Debit order via PayFast subscription")
	case "funeral":
		cs[0] = P("POL-" + pattern(g.r, "#######"))
		if idNo != "" {
			cs[1] = P(idNo)
		}
		if ph := g.phone(phoneV); ph != nil {
			cs[2] = ph
		}
		cs[3] = P(pick(g.r, []string{"Main member + spouse + 3 children", "Main member + 2 extended", "Main member only"}))
		itemDesc = N("Monthly premium")
	case "youth":
		if idNo != "" {
			cs[0] = P(idNo)
		}
		cs[1] = P(pick(g.r, []string{"Hoërskool Waterkloof", "Pinetown Girls' High School", "Soweto High School", "Rondebosch Boys' High School", "Sol Plaatje Secondary"}))
		if ph := g.phone(phoneV); ph != nil {
			cs[2] = ph
		}
		cs[3] = P(pick(g.r, []string{"Parent: ", "Guardian: "}) + pick(g.r, w19ZANames).given + " " + n.family)
		ci[0] = N("2026")
	case "church":
		itemName = S(item+" - Grace Family Church", "religion")
		cs[0] = S(pick(g.r, []string{"Tithes & Offerings", "Building Fund", "Missions"}), "religion")
		cs[1] = P("MEM" + pattern(g.r, "####"))
		itemDesc = N("Thank you for your generosity")
	case "mosque":
		itemName = S(item+" - Masjid ul Quds, Athlone", "religion")
		cs[0] = S(pick(g.r, []string{"Zakaah 1447", "Lillah - general", "Fidyah for missed fasts"}), "religion")
		if g.r.IntN(2) == 0 {
			cs[1] = P("Receipt to: " + n.given + " " + n.family)
		}
	case "clinic":
		itemName = S(item, "health")
		cs[0] = N("APPT-" + pattern(g.r, "######"))
		if idNo != "" {
			cs[1] = P(idNo)
		}
		if g.r.IntN(2) == 0 {
			cs[2] = P(pick(g.r, []string{"Discovery Health", "Bonitas", "Momentum Health", "GEMS"}) + " " + pattern(g.r, "#########"))
		}
		if g.r.IntN(2) == 0 {
			cs[3] = S(pick(g.r, []string{"Referral: anxiety and panic attacks", "Follow-up: bipolar II medication review", "Postnatal depression screening"}), "health")
		}
	case "pharmacy":
		itemName = S(item, "health")
		cs[0] = S(pick(g.r, []string{"Metformin 850mg x56; Gliclazide 80mg x56", "Epilim Chrono 500mg x60", "Truvada x30 (PrEP)", "Eltroxin 100mcg x30"}), "health")
		if idNo != "" {
			cs[1] = P(idNo)
		}
		if g.r.IntN(2) == 0 {
			cs[2] = P(pick(g.r, []string{"Discovery Health", "Bonitas", "Medshield"}) + " " + pattern(g.r, "#########"))
		}
		if p.showResidence && g.r.IntN(2) == 0 {
			g.lab.Residence = addCountry(g.lab.Residence, "ZA")
			cs[3] = g.addr(pick(g.r, w19ZAAddrs))
		}
	}
	if note.text == "" && p.bio != "" && p.c.lang == "en" && shop.kind == "shop" && g.r.IntN(5) == 0 {
		note = bioLine{p.bioCat, p.bio}
	}
	if note.text != "" {
		cs[4] = textLeaf(note.text, note.cat)
	}
	mID := pick(g.r, []string{order, "ORD-" + order, g.uuid(), fmt.Sprintf("%d-%s", 1000+g.r.IntN(9000), g.hex(6))})
	pfID := fmt.Sprint(1000000 + g.r.IntN(2999999))
	nameFirst, nameLast, email := P(n.given), P(n.family), P(p.email)
	if g.r.IntN(8) == 0 {
		nameFirst, nameLast = N(""), N("")
	}
	add("m_payment_id", N(mID))
	add("pf_payment_id", N(pfID))
	add("payment_status", N(status))
	add("item_name", itemName)
	add("item_description", itemDesc)
	add("amount_gross", N(w19Money(amount)))
	add("amount_fee", N(fmt.Sprintf("-%s", w19Money(-fee))))
	add("amount_net", N(w19Money(amount+fee)))
	for i := range 5 {
		add(fmt.Sprintf("custom_str%d", i+1), cs[i])
	}
	for i := range 5 {
		add(fmt.Sprintf("custom_int%d", i+1), ci[i])
	}
	add("name_first", nameFirst)
	add("name_last", nameLast)
	add("email_address", email)
	add("merchant_id", N(fmt.Sprint(10000000+g.r.IntN(9000000))))
	if sub {
		// The subscription's token: the id of the buyer's card mandate.
		add("token", P(g.uuid()))
		add("billing_date", N(g.t.In(time.FixedZone("", 2*3600)).Format("2006-01-02")))
	}
	// The signature: MD5 of the url-encoded fields and the passphrase.
	var parts []string
	for _, f := range fields {
		parts = append(parts, f.key+"="+strings.ReplaceAll(url.QueryEscape(f.val.raw), "%20", "+"))
	}
	sum := md5.Sum([]byte(strings.Join(parts, "&") + "&passphrase=" + url.QueryEscape(g.b62(16))))
	sig := hex.EncodeToString(sum[:])
	add("signature", N(sig))
	flat := O()
	for _, f := range fields {
		flat.set(f.key, f.val)
	}
	// The raw body, labelled by the most telling field it holds.
	raw := strings.Join(parts, "&") + "&signature=" + sig
	rawLeaf := N(raw)
	for _, f := range fields {
		switch f.val.leaf.Kind {
		case Sensitive:
			rawLeaf = S(raw, f.val.leaf.Category)
		case Personal:
			if rawLeaf.leaf.Kind == NonPersonal {
				rawLeaf = P(raw)
			}
		}
		if rawLeaf.leaf.Kind == Sensitive {
			break
		}
	}
	switch x := g.r.IntN(6); {
	case x < 3:
		// The flat object alone, with the merchant's own stamps.
		if g.r.IntN(2) == 0 {
			flat.set("_received_at", N(g.t.In(time.FixedZone("", 2*3600)).Format("2006-01-02 15:04:05")))
			flat.set("_remote_addr", N(pick(g.r, []string{"197.97.145.", "41.74.179.", "102.216.36."})+fmt.Sprint(129+g.r.IntN(14))))
		}
		return flat
	case x < 5:
		return O(
			"event", N("payfast.itn"),
			"valid_signature", N(true),
			"pf_validate", N("VALID"),
			"data", flat,
			"raw", rawLeaf,
		)
	default:
		return O(
			"request", O(
				"method", N("POST"),
				"url", N(shop.host+pick(g.r, []string{"/payfast/notify", "/?wc-api=WC_Gateway_PayFast", "/api/payments/payfast/itn"})),
				"remote_addr", N(pick(g.r, []string{"197.97.145.", "41.74.179.", "102.216.36."})+fmt.Sprint(129+g.r.IntN(14))),
				"headers", O("Content-Type", N("application/x-www-form-urlencoded"), "Content-Length", N(fmt.Sprint(len(raw)))),
				"form", flat,
			),
			"response_status", N(200),
		)
	}
}
