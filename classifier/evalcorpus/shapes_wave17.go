package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// wave17Shapes are a seventeenth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a Kazakh marketplace, an
// Egyptian payment gateway, a Ukrainian bank, a US practice-management
// platform and a Mexican payment processor: Kaspi.kz Merchant API orders
// (JSON:API, buyers' names in Cyrillic, Kazakh and Russian, some in the
// Kazakh Latin alphabet, ten-digit phones without +7), a Paymob Accept
// TRANSACTION processed callback with its hmac query parameter (billing
// and shipping data in Arabic script or Latin, +20 1x phones, wallet
// payments whose pan is a phone), a monobank personal API client-info and
// StatementItem webhook (Ukrainian names, IBANs, jars, transfers to
// people, pharmacies, clinics and a parish), an athenahealth patient
// (US patients, minors with their parent as guarantor, race and ethnicity
// codes, Spanish names) and a Conekta order.paid webhook (Mexican buyers,
// OXXO and card payments, CURP in metadata, gifts to other receivers).
var wave17Shapes = []Shape{
	{Name: "kaspi_shop_orders", Doc: "kaspi.kz/merchantcabinet/support (Kaspi Shop API, GET https://kaspi.kz/shop/api/v2/orders?page[number]&page[size]&filter[orders][state]&filter[orders][creationDate][$ge] with X-Auth-Token and Content-Type application/vnd.api+json -> JSON:API {data[{type orders, id (base64 of the number), attributes{code, totalPrice, paymentMode PAY_WITH_CREDIT / PREPAID, plannedDeliveryDate and creationDate (epoch ms), deliveryCostForSeller, isKaspiDelivery, deliveryMode DELIVERY_LOCAL / DELIVERY_PICKUP / DELIVERY_REGIONAL_TODOOR, state NEW / SIGN_REQUIRED / PICKUP / DELIVERY / KASPI_DELIVERY, status APPROVED_BY_BANK / ACCEPTED_BY_MERCHANT / COMPLETED, signatureRequired, creditTerm, customer{id, name, cellPhone (ten digits, no +7), firstName, lastName}, deliveryAddress{streetName, streetNumber, town, district, building, apartment, formattedAddress, latitude, longitude}, kaspiDelivery{waybill, waybillNumber, courierTransmissionDate, courierTransmissionPlanningDate, express, returnedToWarehouse, firstMileCourier}, preOrder, pickupPointId, originAddress{id, displayName, address{…}, city{id, code, name, active}}}, relationships{user{links{self, related}, data{type customers, id}}, entries{links{self, related}}}, links{self}}], meta{pageCount, totalCount}}) for Kazakhstan buyers", build: kaspiShopOrders},
	{Name: "paymob_transaction_callback", Doc: "developers.paymob.com/egypt (Accept transaction processed callback: POST to the integration's callback URL with ?hmac= (HMAC-SHA512 hex of the concatenated obj fields with the HMAC secret) and body {type TRANSACTION, obj{id, pending, amount_cents, success, is_auth, is_capture, is_standalone_payment, is_voided, is_refunded, is_3d_secure, integration_id, profile_id, has_parent_transaction, order{id, created_at, delivery_needed, merchant{id, created_at, phones[], company_emails[], company_name, state, country, city, postal_code, street}, collector, amount_cents, shipping_data{id, first_name, last_name, street, building, floor, apartment, city, state, country, email, phone_number, postal_code, extra_description, shipping_method, order_id, order}, currency EGP, is_payment_locked, merchant_order_id, wallet_notification, paid_amount_cents, items[{name, description, amount_cents, quantity}]}, created_at, transaction_processed_callback_responses[], currency, source_data{pan (last four digits, or the wallet's phone), type card / wallet, tenure, sub_type MasterCard / Visa / wallet}, api_source, terminal_id, merchant_commission, installment, discount_details[], is_void, is_refund, data{message, txn_response_code, card_num, …}, is_hidden, payment_key_claims{user_id, amount_cents, currency, integration_id, order_id, billing_data{first_name, last_name, street, building, floor, apartment, city, state, country, email, phone_number, postal_code, extra_description} (\"NA\" where unknown), lock_order_when_paid, exp, pmk_ip}, error_occured, is_live, other_endpoint_reference, refunded_amount_cents, source_id, is_captured, captured_amount, merchant_staff_tag, updated_at, owner, parent_transaction}, issuer_bank, transaction_processed_callback_responses}) for Egyptian buyers", build: paymobTransactionCallback},
	{Name: "monobank_statement_webhook", Doc: "api.monobank.ua/docs (personal API: GET https://api.monobank.ua/personal/client-info with X-Token -> {clientId, name (family name first), webHookUrl, permissions, accounts[{id, sendId, balance, creditLimit, type black / white / platinum / iron / fop / yellow / eAid, currencyCode ISO 4217 numeric 980 / 840 / 978, cashbackType None / UAH / Miles, maskedPan[], iban UA…}], jars[{id, sendId, title, description, currencyCode, balance, goal}]}; the webhook POST to webHookUrl {type StatementItem, data{account, statementItem{id, time (epoch s), description, mcc, originalMcc, hold, amount, operationAmount, currencyCode, commissionRate, cashbackAmount, balance, comment, receiptId, invoiceId, counterEdrpou, counterIban, counterName}}}, amounts in kopiykas) for Ukrainian account holders", build: monobankStatementWebhook},
	{Name: "athenahealth_patient", Doc: "docs.athenahealth.com/api (More Disruption Please, GET https://api.platform.athenahealth.com/v1/{practiceid}/patients/{patientid} with Authorization: Bearer -> [{patientid, firstname, lastname, middlename, suffix, preferredname, dob MM/DD/YYYY, sex, email, emailexists, homephone, mobilephone, workphone (ten digits), address1, address2, city, state, zip, countrycode USA, countrycode3166 US, ssn (masked *****NNNN unless showfullssn), driverslicense, driverslicensenumber, driverslicensestateid, race[] (CDC race codes), ethnicitycode (CDC 2135-2 / 2186-5), language6392code, maritalstatus, maritalstatusname, primaryproviderid, primarydepartmentid, departmentid, registrationdate MM/DD/YYYY, status active, balances[{balance, departmentlist, providergroupid, cleanbalance}], guarantorfirstname, guarantorlastname, guarantordob, guarantorrelationshiptopatient (1 self, 18 mother, 19 father …), guarantoraddress1, guarantorcity, guarantorstate, guarantorzip, guarantorphone, guarantoremail, guarantoraddresssameaspatient, contactname, contactrelationship, contacthomephone, contactmobilephone, nextkinname, nextkinrelationship, nextkinphone, portalaccessgiven, privacyinformationverified, consenttotext, donotcall, confidentialitycode, hasmobile, lastupdated, lastupdatedby}]) for US patients, children among them", build: athenahealthPatient},
	{Name: "conekta_order_paid", Doc: "developers.conekta.com (webhook POST with the Digest header (RSA signature of the body) {data{object{id ord_…, livemode, amount (centavos), amount_refunded, currency MXN, payment_status paid, channel{segment, checkout_request_id, checkout_request_type, id}, customer_info{email, phone, name, corporate, customer_id, object customer_info}, shipping_contact{phone, receiver, between_streets, address{street1, street2, postal_code, city, state, country mx, residential, object shipping_address}, id, object shipping_contact, created_at}, metadata{…}, line_items{object list, has_more, total, data[{name, description, unit_price, quantity, sku, tags, id, parent_id, object line_item, metadata, antifraud_info}]}, charges{object list, has_more, total, data[{id, livemode, created_at, currency, device_fingerprint, channel{…}, description, paid_at, payment_method{service_name OxxoPay, barcode_url, object cash_payment, type oxxo, expires_at, store_name, reference} or {name, exp_month, exp_year, auth_code, object card_payment, type credit / debit, last4, brand, issuer, account_type, country, fraud_indicators[]}, object charge, status paid, amount, fee, customer_id, order_id}]}, object order, created_at, updated_at}, previous_attributes{}}, livemode, webhook_status, webhook_logs[{id, url, failed_attempts, last_http_response_status, object webhook_log, last_attempted_at}], id, object event, type order.paid, created_at}) for Mexican buyers", build: conektaOrderPaid},
}

// w17Name is a whole name, in its own script and in a Latin alphabet.
type w17Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w17KZKazakh are Kazakh names in Cyrillic and in the Kazakh Latin
// alphabet of 2021 (Ә Ä, Ғ Ğ, Қ Q, Ұ Ū, Ү Ü, Ө Ö, Ж J, Х H, І ı).
var w17KZKazakh = []w17Name{
	{"Әсел", "Жұмабаева", "Äsel", "Jūmabaeva", true},
	{"Нұрлан", "Сүлейменов", "Nūrlan", "Süleimenov", false},
	{"Дәурен", "Қасымов", "Däuren", "Qasymov", false},
	{"Айгерім", "Ахметова", "Aigerım", "Ahmetova", true},
	{"Ғалым", "Төлеуов", "Ğalym", "Töleuov", false},
	{"Жанар", "Оспанова", "Janar", "Ospanova", true},
	{"Ерлан", "Бекмұхамедов", "Erlan", "Bekmūhamedov", false},
}

// w17KZRussian are names of Russian-speaking Kazakhstanis (Koryo-saram
// among them).
var w17KZRussian = []w17Name{
	{"Дмитрий", "Ким", "Dmitrii", "Kim", false},
	{"Ольга", "Иванова", "Olga", "Ivanova", true},
	{"Сергей", "Петренко", "Sergei", "Petrenko", false},
	{"Екатерина", "Шевцова", "Ekaterina", "Shevtsova", true},
}

// w17KZStreets are streets by town, with the town's districts.
var w17KZStreets = map[string]struct{ streets, districts []string }{
	"Алматы": {[]string{"проспект Абая", "улица Толе би", "микрорайон Самал-2", "улица Жандосова"}, []string{"Бостандыкский район", "Алмалинский район", "Медеуский район", "Ауэзовский район"}},
	"Астана": {[]string{"улица Кенесары", "проспект Республики", "Тұран даңғылы", "улица Сыганак"}, []string{"Есильский район", "район Алматы", "Сарыаркинский район"}},
}

// w17KaspiProducts are goods sold on Kaspi with their prices in tenge.
var w17KaspiProducts = []struct {
	name  string
	price int
}{{"Смартфон Apple iPhone 15 128Gb черный", 459990}, {"Пылесос Dyson V15 Detect", 389990}, {"Кроссовки Nike Air Force 1 белый 42", 54990}, {"Казан чугунный 12 л", 18990}, {"Детская коляска Chicco Trio", 219990}}

// w17ASCII drops the Spanish accents, as card embossers and e-mail
// addresses do.
var w17ASCII = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U", "Ñ", "N", "Ü", "U")

// w17b64num is a Kaspi resource id: the number in base64 without padding.
func w17b64num(n int64) string {
	return base64.RawStdEncoding.EncodeToString([]byte(fmt.Sprint(n)))
}

func kaspiShopOrders(g *gen) *node {
	g.redraw("KZ")
	p := g.p
	// A Kaspi account is opened on a Kazakhstan number, and every order
	// carries it, as ten digits without the +7.
	if p.phoneCC != "KZ" {
		p.phoneCC = "KZ"
		p.phoneE164, p.phoneNat = phoneNumber(g.r, "KZ")
	}
	p.showPhone = true
	first, last := p.given, p.family
	switch x := g.r.IntN(8); {
	case x < 3:
		// The corpus's names, the family name in the given name's gender.
		female := first == "Айгерим" || first == "Динара"
		switch {
		case female && !strings.HasSuffix(last, "а"):
			last += "а"
		case !female && strings.HasSuffix(last, "ова"):
			last = strings.TrimSuffix(last, "а")
		}
	case x < 5:
		n := pick(g.r, w17KZKazakh)
		first, last = n.given, n.family
	case x < 6:
		n := pick(g.r, w17KZKazakh)
		first, last = n.givenL, n.familyL
	default:
		n := pick(g.r, w17KZRussian)
		first, last = n.given, n.family
	}
	base := "https://kaspi.kz/shop/api/v2"
	merchant := pick(g.r, []string{"Technodom", "ShopAlmaty", "KazanMaster", "DetskiiMir"})
	pp := "PP" + fmt.Sprint(1+g.r.IntN(5))
	ms := func(t time.Time) *node { return N(t.UnixMilli()) }
	firstState := ""
	order := func(first, last string, phone, customerID *node, custNum string, delivery bool, addr *node) *node {
		num := 400000000 + g.r.Int64N(500000000)
		id := w17b64num(num)
		it := pick(g.r, w17KaspiProducts)
		qty := 1 + g.r.IntN(2)
		total := float64(it.price * qty)
		created := g.t.Add(-time.Duration(600+g.r.IntN(3*86400)) * time.Second)
		credit := g.r.IntN(3) == 0
		kaspiDel := delivery && g.r.IntN(3) != 0
		mode := "DELIVERY_PICKUP"
		state := pick(g.r, []string{"NEW", "PICKUP"})
		switch {
		case kaspiDel:
			mode, state = pick(g.r, []string{"DELIVERY_LOCAL", "DELIVERY_REGIONAL_TODOOR"}), "KASPI_DELIVERY"
		case delivery:
			mode, state = "DELIVERY_LOCAL", pick(g.r, []string{"NEW", "DELIVERY"})
		}
		signature := credit && g.r.IntN(2) == 0
		if signature && state == "NEW" {
			state = "SIGN_REQUIRED"
		}
		if firstState == "" {
			firstState = state
		}
		status := pick(g.r, []string{"APPROVED_BY_BANK", "ACCEPTED_BY_MERCHANT", "ACCEPTED_BY_MERCHANT", "COMPLETED"})
		term := 0
		if credit {
			term = pick(g.r, []int{3, 6, 12, 24})
		}
		attrs := O(
			"code", N(fmt.Sprint(num)),
			"totalPrice", N(total),
			"paymentMode", N(map[bool]string{true: "PAY_WITH_CREDIT", false: "PREPAID"}[credit]),
			"plannedDeliveryDate", ms(created.AddDate(0, 0, 1+g.r.IntN(5))),
			"creationDate", ms(created),
			"deliveryCostForSeller", N(float64(map[bool]int{true: 990 + 500*g.r.IntN(3), false: 0}[kaspiDel])),
			"isKaspiDelivery", N(kaspiDel),
			"deliveryMode", N(mode),
			"state", N(state),
			"status", N(status),
			"signatureRequired", N(signature),
			"creditTerm", N(term),
			"customer", O(
				"id", customerID,
				"name", P(first+" "+last),
				"cellPhone", phone,
				"firstName", P(first),
				"lastName", P(last),
			),
		)
		if addr != nil {
			attrs.set("deliveryAddress", addr)
		}
		if kaspiDel {
			attrs.set("kaspiDelivery", O(
				"waybill", N("https://kaspi.kz/shop/api/v2/orders/"+id+"/waybill.pdf"),
				"waybillNumber", N(pattern(g.r, "##########")),
				"courierTransmissionDate", ms(created.Add(20*time.Hour)),
				"courierTransmissionPlanningDate", ms(created.Add(18*time.Hour)),
				"express", N(g.r.IntN(4) == 0),
				"returnedToWarehouse", N(false),
				"firstMileCourier", N(nil),
			))
		}
		attrs.set("preOrder", N(false))
		attrs.set("pickupPointId", N(merchant+"_"+pp))
		attrs.set("originAddress", O(
			"id", N(merchant+"_"+pp),
			"displayName", N("Склад "+merchant),
			"address", O(
				"streetName", N("улица Рыскулова"), "streetNumber", N("103"), "town", N("Алматы"),
				"district", N(nil), "building", N("Б"), "apartment", N(nil),
				"formattedAddress", N("Алматы, улица Рыскулова, 103Б"),
				"latitude", N(43.2815), "longitude", N(76.8842),
			),
			"city", O("id", N("750000000"), "code", N("750000000"), "name", N("Алматы"), "active", N(true)),
		))
		return O(
			"type", N("orders"),
			"id", N(id),
			"attributes", attrs,
			"relationships", O(
				"user", O(
					"links", O("self", N(base+"/orders/"+id+"/relationships/user"), "related", N(base+"/orders/"+id+"/user")),
					"data", O("type", N("customers"), "id", P(custNum)),
				),
				"entries", O(
					"links", O("self", N(base+"/orders/"+id+"/relationships/entries"), "related", N(base+"/orders/"+id+"/entries")),
				),
			),
			"links", O("self", N(base+"/orders/"+id)),
		)
	}
	custNum := w17b64num(10000000 + g.r.Int64N(90000000))
	// Delivered to the door: the address (with its town, and no country
	// field) states the residence; picked up: no address at all.
	var addr *node
	delivery := p.showResidence && g.r.IntN(4) != 0
	if delivery {
		town := p.city
		st := w17KZStreets[town]
		street := pick(g.r, st.streets)
		num := fmt.Sprint(1 + g.r.IntN(300))
		district := pick(g.r, st.districts)
		var building, apt *node = N(nil), N(nil)
		formatted := town + ", " + district + ", " + street + ", " + num
		if g.r.IntN(3) == 0 {
			b := fmt.Sprint(1 + g.r.IntN(9))
			building = P(b)
			formatted += "/" + b
		}
		if g.r.IntN(3) != 0 {
			a := fmt.Sprint(1 + g.r.IntN(250))
			apt = P(a)
			formatted += ", кв. " + a
		}
		ll := capital["KZ"]
		if town == "Астана" {
			ll = [2]float64{51.13, 71.43}
		}
		g.lab.Residence = addCountry(g.lab.Residence, "KZ")
		addr = O(
			"streetName", g.addr(street),
			"streetNumber", g.addr(num),
			"town", g.addr(town),
			"district", g.addrN(district),
			"building", building,
			"apartment", apt,
			"formattedAddress", g.addr(formatted),
			"latitude", P(ll[0]+float64(g.r.IntN(1000)-500)/10000),
			"longitude", P(ll[1]+float64(g.r.IntN(1000)-500)/10000),
		)
	}
	orders := A(order(first, last, g.phone(g.nsn()), P(custNum), custNum, delivery, addr))
	if g.r.IntN(4) == 0 {
		// Another buyer's order on the same page, picked up at the shop.
		qn := pick(g.r, append(append([]w17Name{}, w17KZKazakh...), w17KZRussian...))
		qPhone, _ := phoneNumber(g.r, "KZ")
		qNum := w17b64num(10000000 + g.r.Int64N(90000000))
		orders.arr = append(orders.arr, order(qn.given, qn.family, P(strings.TrimPrefix(qPhone, "+7")), P(qNum), qNum, false, nil))
	}
	return O(
		"request", O(
			"method", N("GET"),
			"url", N(base+"/orders"),
			"query", O(
				"page[number]", N("0"),
				"page[size]", N("20"),
				"filter[orders][state]", N(firstState),
				"filter[orders][creationDate][$ge]", N(fmt.Sprint(g.t.AddDate(0, 0, -14).UnixMilli())),
				"filter[orders][creationDate][$le]", N(fmt.Sprint(g.t.UnixMilli())),
			),
			"headers", O(
				"X-Auth-Token", C(base64.StdEncoding.EncodeToString([]byte(g.hex(24)))),
				"Content-Type", N("application/vnd.api+json"),
				"Accept", N("application/vnd.api+json"),
				"User-Agent", N(strings.ToLower(merchant)+"-integration/2.1"),
			),
		),
		"response", O(
			"status", N(200),
			"body", O(
				"data", orders,
				"included", A(),
				"meta", O("pageCount", N(1), "totalCount", N(len(orders.arr))),
			),
		),
	)
}

// w17EGLatin are Egyptian cities and streets in Latin letters, by the
// Arabic spelling.
var w17EGLatin = map[string]string{"القاهرة": "Cairo", "الإسكندرية": "Alexandria", "شارع التحرير": "Tahrir St.", "كورنيش النيل": "Corniche El Nil"}

// w17EGState is the governorate of an Egyptian city, in Arabic and Latin.
var w17EGState = map[string][2]string{"القاهرة": {"القاهرة", "Cairo"}, "الإسكندرية": {"الإسكندرية", "Alexandria"}}

// w17EGFathers are fathers' names Egyptians put before the family name.
var w17EGFathers = [][2]string{{"أحمد", "Ahmed"}, {"مصطفى", "Mostafa"}, {"إبراهيم", "Ibrahim"}, {"محمد", "Mohamed"}}

// w17PaymobNotes are buyers' delivery notes (extra_description).
var w17PaymobNotes = []bioLine{
	{"", "برجاء الاتصال قبل التوصيل بنصف ساعة"},
	{"", "العمارة بجوار صيدلية العزبي، الدور الثالث"},
	{"", "Please call before delivery, the bell is broken."},
	{"health", "عندي جلسة غسيل كلوي الصبح، برجاء التوصيل بعد الساعة 3"},
	{"health", "Wheelchair user, please bring the order up to the flat."},
	{"religion", "برجاء عدم الاتصال وقت صلاة الجمعة"},
}

func paymobTransactionCallback(g *gen) *node {
	g.redraw("EG")
	p := g.p
	arabic := g.r.IntN(2) == 0
	first, last := p.given, p.family
	father := pick(g.r, w17EGFathers)
	if !arabic {
		first, last = latinName(p.given, p.givenL), latinName(p.family, p.familyL)
	}
	if g.r.IntN(3) == 0 {
		if arabic {
			last = father[0] + " " + last
		} else {
			last = father[1] + " " + last
		}
	}
	phoneV := g.e164()
	if p.phoneCC == "EG" {
		phoneV = pick(g.r, []string{g.e164(), "0" + g.nsn(), "0" + g.nsn(), strings.TrimPrefix(g.e164(), "+")})
	}
	city, street := p.city, p.street
	st := w17EGState[p.city]
	state := st[0]
	if !arabic {
		city, street, state = w17EGLatin[p.city], w17EGLatin[p.street], st[1]
	}
	bld := fmt.Sprint(1 + g.r.IntN(120))
	floor := fmt.Sprint(g.r.IntN(12))
	apt := fmt.Sprint(1 + g.r.IntN(40))
	note := bioLine{}
	switch {
	case g.r.IntN(3) == 0:
		note = pick(g.r, w17PaymobNotes)
	case p.bio != "" && p.c.lang == "ar" && g.r.IntN(4) == 0:
		note = bioLine{p.bioCat, p.bio}
	}
	na := func(n *node) *node {
		if n == nil {
			return N("NA")
		}
		return n
	}
	// Paymob asks for every billing field and "NA" where the shop has
	// none: no address, "NA" in each part of it.
	phone := g.phone(phoneV)
	billing := func() *node {
		b := O(
			"first_name", P(first),
			"last_name", P(last),
			"street", na(g.addr(street)),
			"building", na(g.addr(bld)),
			"floor", na(g.addr(floor)),
			"apartment", na(g.addr(apt)),
			"city", na(g.addr(city)),
			"state", na(g.addrN(state)),
			"country", na(g.residence(map[bool]string{true: "EG", false: "EGY"}[g.r.IntN(3) != 0])),
			"email", P(p.email),
			"phone_number", na(phone),
			"postal_code", na(g.addr(p.post)),
		)
		if note.text != "" {
			b.set("extra_description", textLeaf(note.text, note.cat))
		} else {
			b.set("extra_description", N("NA"))
		}
		return b
	}
	bill := billing()
	txID := 180000000 + g.r.IntN(90000000)
	orderID := 210000000 + g.r.IntN(90000000)
	merchantID := 100000 + g.r.IntN(900000)
	integration := 4000000 + g.r.IntN(900000)
	z := func(t time.Time) string { return t.In(time.FixedZone("", 2*3600)).Format("2006-01-02T15:04:05.000000") }
	created := g.t.Add(-time.Duration(30+g.r.IntN(600)) * time.Second)
	items := [][2]any{{"سماعة لاسلكية", 85000}, {"Samsung Galaxy A15", 899900}, {"طقم أطباق بورسلين", 120000}, {"Adidas Running Shoes", 249900}, {"اشتراك شهري - باقة بريميوم", 19900}}
	it := pick(g.r, items)
	qty := 1 + g.r.IntN(2)
	amount := it[1].(int) * qty
	deliver := p.showResidence && g.r.IntN(3) != 0
	// shipping_data: the billing data again, or, for a gift, another
	// person's (a mother in another city).
	var shipping *node
	if deliver && g.r.IntN(4) == 0 {
		q := newPerson(g.r, p.c, g.t)
		qf, ql, qc, qs := q.given, q.family, q.city, q.street
		if !arabic {
			qf, ql, qc, qs = latinName(q.given, q.givenL), latinName(q.family, q.familyL), w17EGLatin[q.city], w17EGLatin[q.street]
		}
		shipping = O(
			"first_name", P(qf), "last_name", P(ql), "street", P(qs), "building", P(fmt.Sprint(1+g.r.IntN(80))),
			"floor", P(fmt.Sprint(g.r.IntN(10))), "apartment", P(fmt.Sprint(1+g.r.IntN(30))), "city", P(qc),
			"state", N(map[bool]string{true: w17EGState[q.city][0], false: w17EGState[q.city][1]}[arabic]),
			"country", N("EG"), "email", P(q.email), "phone_number", P(w17EGLocal(q.phoneE164)),
			"postal_code", N("NA"), "extra_description", N("NA"),
		)
	} else {
		shipping = billing()
	}
	shipping.set("id", N(130000000+g.r.IntN(9000000)))
	shipping.set("shipping_method", N("UNK"))
	shipping.set("order_id", N(orderID))
	shipping.set("order", N(orderID))
	wallet := phone != nil && p.phoneCC == "EG" && g.r.IntN(3) == 0
	success := g.r.IntN(6) != 0
	var source, data *node
	if wallet {
		source = O("pan", g.phone("0"+g.nsn()), "type", N("wallet"), "tenure", N(nil), "sub_type", N("wallet"))
		data = O(
			"klass", N("WalletPayment"),
			"message", N(map[bool]string{true: "Transaction has been completed successfully.", false: "Insufficient balance in wallet"}[success]),
			"txn_response_code", N(map[bool]string{true: "200", false: "DECLINED"}[success]),
			"gateway_integration_pk", N(integration),
			"amount", N(float64(amount)),
			"currency", N("EGP"),
			"created_at", N(z(created)),
			"mpg_txn_id", N(pattern(g.r, "###########")),
			"uig_txn_id", N(pattern(g.r, "###########")),
			"wallet_issuer", N(pick(g.r, []string{"VODAFONE", "ORANGE", "ETISALAT"})),
		)
	} else {
		brand := pick(g.r, []string{"MasterCard", "Visa", "Meeza"})
		bin := map[string]string{"MasterCard": "512345", "Visa": "411111", "Meeza": "507803"}[brand]
		last4 := pattern(g.r, "####")
		source = O("pan", P(last4), "type", N("card"), "tenure", N(nil), "sub_type", N(brand))
		msg := map[bool]string{true: "Approved", false: pick(g.r, []string{"Do not honour", "Insufficient Funds", "Authentication failed"})}[success]
		data = O(
			"gateway_integration_pk", N(integration),
			"klass", N("MigsPayment"),
			"created_at", N(z(created)),
			"amount", N(float64(amount)),
			"currency", N("EGP"),
			"merchant", N("TESTMIGS"+pattern(g.r, "######")),
			"txn_response_code", N(map[bool]string{true: "APPROVED", false: "DECLINED"}[success]),
			"acq_response_code", N(map[bool]string{true: "00", false: "05"}[success]),
			"message", N(msg),
			"merchant_txn_ref", N(fmt.Sprint(txID)),
			"order_info", N(fmt.Sprint(orderID)),
			"receipt_no", N(pattern(g.r, "############")),
			"transaction_no", N(pattern(g.r, "##########")),
			"batch_no", N(g.t.Format("20060102")),
			"authorize_id", N(pattern(g.r, "######")),
			"card_type", N(strings.ToUpper(brand)),
			"card_num", P(bin+"xxxxxx"+last4),
			"secure_hash", N(strings.ToUpper(g.hex(64))),
			"avs_result_code", N(nil),
			"captured_amount", N(map[bool]float64{true: float64(amount) / 100}[success]),
			"authorised_amount", N(map[bool]float64{true: float64(amount) / 100}[success]),
			"refunded_amount", N(0),
		)
	}
	shop := pick(g.r, [][2]string{{"https://www.souq-masr.example.com.eg", "Souq Masr Trading"}, {"https://shop.nilestore.example", "Nile Store LLC"}, {"https://www.tabakhy.example.eg", "Tabakhy Foods"}})
	merchant := O(
		"id", N(merchantID),
		"created_at", N(z(g.t.AddDate(-2, -g.r.IntN(12), 0))),
		"phones", A(N("+20"+pattern(g.r, "2########"))),
		"company_emails", A(N("payments@"+strings.TrimPrefix(strings.TrimPrefix(shop[0], "https://"), "www."))),
		"company_name", N(shop[1]),
		"state", N("Cairo"),
		"country", N("EGY"),
		"city", N("Cairo"),
		"postal_code", N("11511"),
		"street", N("90th Street, Fifth Settlement"),
	)
	merchantOrder := orNull(Nif(pick(g.r, []string{"", "ORD-" + pattern(g.r, "######"), fmt.Sprint(orderID) + "-" + g.hex(4)})))
	order := O(
		"id", N(orderID),
		"created_at", N(z(created.Add(-time.Minute))),
		"delivery_needed", N(deliver),
		"merchant", merchant,
		"collector", N(nil),
		"amount_cents", N(amount),
		"shipping_data", shipping,
		"currency", N("EGP"),
		"is_payment_locked", N(false),
		"is_return", N(false),
		"is_cancel", N(false),
		"is_returned", N(false),
		"is_canceled", N(false),
		"merchant_order_id", merchantOrder,
		"wallet_notification", N(nil),
		"paid_amount_cents", N(map[bool]int{true: amount}[success]),
		"notify_user_with_email", N(false),
		"items", A(O("name", N(it[0].(string)), "description", N(it[0].(string)), "amount_cents", N(it[1].(int)), "quantity", N(qty))),
		"order_url", N("NA"),
		"commission_fees", N(0),
		"delivery_fees_cents", N(0),
		"delivery_vat_cents", N(0),
		"payment_method", N("tbc"),
		"merchant_staff_tag", N(nil),
		"api_source", N("OTHER"),
		"data", O(),
	)
	claims := O(
		"user_id", N(merchantID+g.r.IntN(1000)),
		"amount_cents", N(amount),
		"currency", N("EGP"),
		"integration_id", N(integration),
		"order_id", N(orderID),
		"billing_data", bill,
		"lock_order_when_paid", N(false),
		"extra", O(),
		"single_payment_attempt", N(false),
		"exp", N(created.Add(time.Hour).Unix()),
		"pmk_ip", P(p.ip),
	)
	obj := O(
		"id", N(txID),
		"pending", N(false),
		"amount_cents", N(amount),
		"success", N(success),
		"is_auth", N(false),
		"is_capture", N(false),
		"is_standalone_payment", N(true),
		"is_voided", N(false),
		"is_refunded", N(false),
		"is_3d_secure", N(!wallet),
		"integration_id", N(integration),
		"profile_id", N(merchantID),
		"has_parent_transaction", N(false),
		"order", order,
		"created_at", N(z(created)),
		"transaction_processed_callback_responses", A(),
		"currency", N("EGP"),
		"source_data", source,
		"api_source", N("IFRAME"),
		"terminal_id", N(nil),
		"merchant_commission", N(0),
		"installment", N(nil),
		"discount_details", A(),
		"is_void", N(false),
		"is_refund", N(false),
		"data", data,
		"is_hidden", N(false),
		"payment_key_claims", claims,
		"error_occured", N(false),
		"is_live", N(true),
		"other_endpoint_reference", N(nil),
		"refunded_amount_cents", N(0),
		"source_id", N(-1),
		"is_captured", N(false),
		"captured_amount", N(0),
		"merchant_staff_tag", N(nil),
		"updated_at", N(z(g.t)),
		"is_settled", N(false),
		"bill_balanced", N(false),
		"is_bill", N(false),
		"owner", N(merchantID+g.r.IntN(1000)),
		"parent_transaction", N(nil),
	)
	hmac := g.hex(128)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(shop[0]+"/api/payments/paymob/processed"),
			"query", O("hmac", N(hmac)),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("python-requests/2.31.0")),
			"body", O(
				"type", N("TRANSACTION"),
				"obj", obj,
				"issuer_bank", N(nil),
				"transaction_processed_callback_responses", N(""),
			),
		),
		"response_status", N(200),
	)
}

// w17EGLocal is an Egyptian number as Egyptians write it (01x…), any
// other as E.164.
func w17EGLocal(e164 string) string {
	if strings.HasPrefix(e164, "+20") {
		return "0" + strings.TrimPrefix(e164, "+20")
	}
	return e164
}

// w17UANames are more Ukrainian names, for account holders and the
// people they pay.
var w17UANames = []w17Name{
	{"Ірина", "Мельник", "iryna", "melnyk", true},
	{"Богдан", "Ткаченко", "bohdan", "tkachenko", false},
	{"Юлія", "Бойко", "yuliia", "boiko", true},
	{"Дмитро", "Кравчук", "dmytro", "kravchuk", false},
	{"Оксана", "Гнатюк", "oksana", "hnatiuk", true},
	{"Василь", "Литвиненко", "vasyl", "lytvynenko", false},
}

// w17UAIBAN is a Ukrainian IBAN of a bank's MFO code and a 19-digit
// account, with its ISO 13616 check digits (U=30, A=10).
func w17UAIBAN(mfo, account string) string {
	rem := 0
	for _, c := range mfo + account + "301000" {
		rem = (rem*10 + int(c-'0')) % 97
	}
	return fmt.Sprintf("UA%02d%s%s", 98-rem, mfo, account)
}

// w17MonoJars are jars' titles and descriptions, some telling what the
// money is for.
var w17MonoJars = []struct{ cat, title, desc string }{
	{"", "На відпустку", "Море 2026"},
	{"", "Новий ноутбук", ""},
	{"", "На авто", "Збираю на першу машину"},
	{"", "Подарунок сестрі", ""},
	{"", "На ремонт кухні", "Плитка і техніка"},
	{"", "Донат на дрон", "Збір для побратимів"},
	{"health", "На операцію мамі", "Ендопротезування кульшового суглоба, клініка у Львові"},
	{"health", "На інсулін", "Інсулін і тест-смужки на три місяці"},
	{"religion", "На храм", "Пожертва на відновлення парафіяльного храму"},
}

// w17MonoSpend is a statement item of a purchase or a transfer: what the
// statement says, what it reveals (a special category), and of whom.
type w17MonoSpend struct {
	kind        string // card, pharmacy, person, clinic, church, incoming
	description string
	mcc         int
	counter     string // counterparty's name (a company's)
	edrpou      string
	comment     string
	cat         string
}

var w17MonoSpends = []w17MonoSpend{
	{kind: "card", description: "Сільпо", mcc: 5411},
	{kind: "card", description: "АТБ", mcc: 5411},
	{kind: "card", description: "Rozetka", mcc: 5732},
	{kind: "card", description: "Uklon", mcc: 4121},
	{kind: "pharmacy", description: "Аптека Доброго Дня", mcc: 5912, cat: "health"},
	{kind: "pharmacy", description: "Аптека АНЦ", mcc: 5912, cat: "health"},
	{kind: "person", mcc: 4829, comment: "За квартиру за березень"},
	{kind: "person", mcc: 4829, comment: "Повертаю борг"},
	{kind: "person", mcc: 4829, comment: "На ліки бабусі, одужуй", cat: "health"},
	{kind: "person", mcc: 4829},
	{kind: "clinic", description: "ТОВ \"Медичний центр Добробут\"", mcc: 8099, counter: "ТОВ \"МЕДИЧНИЙ ЦЕНТР ДОБРОБУТ-ПОЛІКЛІНІКА\"", edrpou: "35236271", comment: "Оплата консультації кардіолога, договір 1245", cat: "health"},
	{kind: "clinic", description: "Оплата послуг ТОВ Борис", mcc: 8062, counter: "ТОВ \"МЕДИЧНИЙ ЦЕНТР БОРИС\"", edrpou: "30436294", comment: "Пологи, пакет Стандарт", cat: "health"},
	{kind: "church", description: "Парафія св. Миколая", mcc: 8661, counter: "РЕЛІГІЙНА ГРОМАДА ПАРАФІЯ СВЯТОГО МИКОЛАЯ", edrpou: "26347810", comment: "Пожертва на храм", cat: "religion"},
	{kind: "incoming", mcc: 4829, comment: "З днем народження!"},
}

func monobankStatementWebhook(g *gen) *node {
	g.redraw("UA")
	g.adult(18)
	p := g.p
	given, family := p.given, p.family
	if g.r.IntN(2) == 0 {
		n := pick(g.r, w17UANames)
		given, family = n.given, n.family
	}
	// monobank writes the holder family name first.
	name := family + " " + given
	token := g.chars(b64Set, 44)
	app := pick(g.r, []string{"https://budget.example.com.ua", "https://monohook.example.dev", "https://finhelper.example.ua"})
	hook := app + "/webhook/monobank/" + g.hex(12)
	acct := func(typ string, currency int) (string, *node) {
		id := g.chars(b64Set, 22)
		pan := A()
		if typ != "fop" {
			pan.arr = append(pan.arr, P(pick(g.r, []string{"537541", "444111", "375121"})+"******"+pattern(g.r, "####")))
		}
		credit := 0
		if typ == "black" || typ == "platinum" {
			credit = pick(g.r, []int{0, 0, 1000000, 5000000, 10000000})
		}
		return id, O(
			"id", P(id),
			"sendId", P(g.b62(10)),
			"balance", P(g.r.IntN(5000000)+credit),
			"creditLimit", P(credit),
			"type", N(typ),
			"currencyCode", N(currency),
			"cashbackType", N(map[bool]string{true: "UAH", false: "None"}[currency == 980 && typ != "fop"]),
			"maskedPan", pan,
			"iban", P(w17UAIBAN("322001", "00000"+map[bool]string{true: "2600", false: "2620"}[typ == "fop"]+pattern(g.r, "##########"))),
		)
	}
	mainID, main := acct(pick(g.r, []string{"black", "black", "white", "platinum", "iron"}), 980)
	accounts := A(main)
	if g.r.IntN(2) == 0 {
		typ := pick(g.r, []string{"white", "fop", "eAid"})
		cur := pick(g.r, []int{980, 840, 978})
		if typ == "eAid" {
			cur = 980 // єПідтримка is paid in hryvnias
		}
		_, a := acct(typ, cur)
		accounts.arr = append(accounts.arr, a)
	}
	jars := A()
	for range g.r.IntN(3) {
		j := pick(g.r, w17MonoJars)
		desc := N("")
		if j.desc != "" {
			desc = textLeaf(j.desc, j.cat)
		}
		goal := pick(g.r, []int{1000000, 3000000, 5000000, 20000000})
		jars.arr = append(jars.arr, O(
			"id", P(g.chars(b64Set, 22)),
			"sendId", P("jar/"+g.b62(10)),
			"title", textLeaf(j.title, j.cat),
			"description", desc,
			"currencyCode", N(980),
			"balance", P(g.r.IntN(goal)),
			"goal", P(goal),
		))
	}
	client := O(
		"clientId", P(g.b62(10)),
		"name", P(name),
		"webHookUrl", N(hook),
		"permissions", N("psfj"),
		"accounts", accounts,
		"jars", jars,
	)
	// The statement item: the holder's own free text (the comment) and
	// what the counterparty is tell of health or religion.
	sp := pick(g.r, w17MonoSpends)
	amount := -(100 + g.r.IntN(300000))
	if sp.kind == "incoming" {
		amount = -amount
	}
	balance := 100000 + g.r.IntN(5000000)
	item := O(
		"id", N(g.chars(b64Set, 16)),
		"time", N(g.t.Add(-time.Duration(g.r.IntN(5))*time.Second).Unix()),
	)
	var q w17Name
	if sp.kind == "person" || sp.kind == "incoming" {
		q = pick(g.r, w17UANames)
		for q.family == family {
			q = pick(g.r, w17UANames)
		}
	}
	switch sp.kind {
	case "card":
		item.set("description", N(sp.description))
	case "person":
		// Card-to-card: the payee's name shortened; by IBAN: in full.
		if g.r.IntN(2) == 0 {
			item.set("description", P(q.given+" "+string([]rune(q.family)[:1])+"."))
		} else {
			item.set("description", P("Переказ: "+q.family+" "+q.given))
		}
	case "incoming":
		item.set("description", P("Від: "+q.given+" "+q.family))
	default:
		item.set("description", S(sp.description, sp.cat))
	}
	item.set("mcc", N(sp.mcc))
	item.set("originalMcc", N(sp.mcc))
	item.set("hold", N(sp.kind == "card" || sp.kind == "pharmacy"))
	item.set("amount", N(amount))
	item.set("operationAmount", N(amount))
	item.set("currencyCode", N(980))
	item.set("commissionRate", N(0))
	item.set("cashbackAmount", N(map[bool]int{true: -amount / 100}[sp.kind == "card" || sp.kind == "pharmacy"]))
	item.set("balance", P(balance))
	if sp.comment != "" && (g.r.IntN(3) != 0 || sp.cat != "") {
		item.set("comment", textLeaf(sp.comment, sp.cat))
	} else if sp.kind == "person" && p.bio != "" && p.c.lang == "uk" && g.r.IntN(3) == 0 {
		item.set("comment", textLeaf(p.bio, p.bioCat))
	}
	if sp.kind == "card" || sp.kind == "pharmacy" {
		item.set("receiptId", N(strings.ToUpper(g.chars("0123456789abcdefghjkmnpqrstuvwxyz", 4)+"-"+g.chars("0123456789abcdefghjkmnpqrstuvwxyz", 4)+"-"+g.chars("0123456789abcdefghjkmnpqrstuvwxyz", 4)+"-"+g.chars("0123456789abcdefghjkmnpqrstuvwxyz", 4))))
	}
	switch sp.kind {
	case "clinic", "church":
		item.set("invoiceId", N(g.b62(14)))
		item.set("counterEdrpou", N(sp.edrpou))
		item.set("counterIban", N(w17UAIBAN(pick(g.r, []string{"305299", "300335", "320649"}), "00000"+"2600"+pattern(g.r, "##########"))))
		item.set("counterName", S(sp.counter, sp.cat))
	case "person", "incoming":
		if g.r.IntN(2) == 0 {
			item.set("counterIban", P(w17UAIBAN(pick(g.r, []string{"322001", "305299", "351005"}), "00000"+"2620"+pattern(g.r, "##########"))))
			item.set("counterName", P(q.family+" "+q.given))
		}
	}
	return O(
		"client_info", O(
			"request", O(
				"method", N("GET"),
				"url", N("https://api.monobank.ua/personal/client-info"),
				"headers", O("X-Token", C(token)),
			),
			"response", O("status", N(200), "body", client),
		),
		"webhook", O(
			"request", O(
				"method", N("POST"),
				"url", N(hook),
				"headers", O("Content-Type", N("application/json"), "User-Agent", N("monobank-webhook")),
				"body", O(
					"type", N("StatementItem"),
					"data", O("account", P(mainID), "statementItem", item),
				),
			),
			"response_status", N(200),
		),
	)
}

// w17Hispanic are Spanish given and family names of US and Mexican
// people.
var w17HispanicGiven = []w17Name{
	{given: "María José", givenL: "maria.jose", female: true},
	{given: "Alejandro", givenL: "alejandro"},
	{given: "Guadalupe", givenL: "guadalupe", female: true},
	{given: "Luis Ángel", givenL: "luis.angel"},
	{given: "Ximena", givenL: "ximena", female: true},
	{given: "Juan Carlos", givenL: "juancarlos"},
	{given: "Sofía", givenL: "sofia", female: true},
}

var w17HispanicFamily = [][2]string{{"García", "garcia"}, {"Hernández", "hernandez"}, {"Martínez", "martinez"}, {"López", "lopez"}, {"Ramírez", "ramirez"}, {"Pérez", "perez"}, {"Flores", "flores"}}

// w17USCity is the state of each US city of the corpus, with a zip
// prefix and an area code.
var w17USCity = map[string][3]string{"Austin": {"TX", "787", "512"}, "Sacramento": {"CA", "958", "916"}, "Chicago": {"IL", "606", "312"}}

// w17Race are CDC race codes (athenahealth's race[]).
var w17Race = []string{"2106-3", "2106-3", "2054-5", "2028-9", "1002-5", "2076-8"}

func athenahealthPatient(g *gen) *node {
	g.redraw("US")
	// Pediatric practices: about one patient in three a child.
	if g.r.IntN(3) == 0 {
		g.inAge(10, 17)
	}
	p := g.p
	minor := g.ageAt() < 18
	first, last, middle := p.given, p.family, ""
	hispanic := g.r.IntN(3) == 0
	email := p.email
	if hispanic {
		n := pick(g.r, w17HispanicGiven)
		f := pick(g.r, w17HispanicFamily)
		first, last = n.given, f[0]
		p.female = n.female
		local := strings.ReplaceAll(n.givenL, ".", "") + "." + f[1]
		if g.r.IntN(2) == 0 {
			f2 := pick(g.r, w17HispanicFamily)
			last = f[0] + " " + f2[0]
			local += f2[1]
		}
		email = local + fmt.Sprint(g.r.IntN(100)) + "@" + pick(g.r, []string{"gmail.com", "yahoo.com", "hotmail.com"})
	} else {
		p.female = first == "Emily" || first == "Jessica"
		if g.r.IntN(2) == 0 {
			middle = pick(g.r, map[bool][]string{true: {"Ann", "Marie", "Lynn", "J"}, false: {"Lee", "Ray", "Allen", "J"}}[p.female])
		}
	}
	cityInfo := w17USCity[p.city]
	st := cityInfo[0]
	zip := cityInfo[1] + pattern(g.r, "##")
	practice := 195900 + g.r.IntN(100)
	patientID := fmt.Sprint(1000 + g.r.IntN(900000))
	dept := fmt.Sprint(1 + g.r.IntN(150))
	us := func(e164 string) string {
		if strings.HasPrefix(e164, "+1") {
			return strings.TrimPrefix(e164, "+1")
		}
		return digitsOf(e164)
	}
	d := func(t time.Time) string { return t.Format("01/02/2006") }
	pt := O(
		"patientid", P(patientID),
		"firstname", P(first),
		"lastname", P(last),
	)
	if middle != "" {
		pt.set("middlename", P(middle))
	}
	if !minor && !hispanic && g.r.IntN(8) == 0 {
		pt.set("suffix", P(pick(g.r, []string{"Jr.", "III", "Sr."})))
	}
	if g.r.IntN(4) == 0 {
		pt.set("preferredname", P(pick(g.r, map[bool][]string{true: {"Lupita", "Sofi", "Majo", "Jess"}, false: {"Mike", "Alex", "JC", "Jimmy"}}[p.female])))
	}
	pt.set("dob", g.dob("01/02/2006"))
	pt.set("sex", P(map[bool]string{true: "F", false: "M"}[p.female]))
	hasEmail := !minor && g.r.IntN(5) != 0
	if hasEmail {
		pt.set("email", P(email))
	}
	pt.set("emailexists", N(hasEmail))
	phone := g.phone(us(p.phoneE164))
	home := ""
	if p.showResidence && g.r.IntN(2) == 0 {
		home = cityInfo[2] + pattern(g.r, "#######")
		pt.set("homephone", P(home))
	}
	if phone != nil {
		pt.set("mobilephone", phone)
	}
	if !minor && g.r.IntN(4) == 0 {
		pt.set("workphone", P(cityInfo[2]+pattern(g.r, "#######")))
	}
	apt := ""
	if p.showResidence {
		pt.set("address1", g.addr(p.street))
		if g.r.IntN(3) == 0 {
			apt = pick(g.r, []string{"Apt 4B", "Unit 12", "Apt 210", "# 3"})
			pt.set("address2", g.addr(apt))
		}
		pt.set("city", g.addr(strings.ToUpper(p.city)))
		pt.set("state", g.addrN(st))
		pt.set("zip", g.addr(zip))
		pt.set("countrycode", g.residence("USA"))
		pt.set("countrycode3166", g.residence("US"))
	}
	if !minor || g.r.IntN(3) == 0 {
		ssn := digitsOf(p.idValue)
		if len(ssn) != 9 {
			ssn = digitsOf(genSSN(g.r, p.dob, p.female, [2]string{}))
		}
		if g.r.IntN(4) == 0 {
			pt.set("ssn", P(ssn))
		} else {
			pt.set("ssn", P("*****"+ssn[5:]))
		}
	}
	if !minor && g.r.IntN(2) == 0 {
		pt.set("driverslicense", N(true))
		pt.set("driverslicensenumber", P(g.usLicence(st)))
		pt.set("driverslicensestateid", N(st))
	}
	// Race and ethnicity: special categories; some patients decline.
	if x := g.r.IntN(5); x != 0 {
		race := A(S(pick(g.r, w17Race), "ethnicity"))
		if x == 1 {
			race.arr = append(race.arr, S("2106-3", "ethnicity"))
		}
		pt.set("race", race)
		pt.set("ethnicitycode", S(map[bool]string{true: "2135-2", false: "2186-5"}[hispanic], "ethnicity"))
	}
	pt.set("language6392code", N(map[bool]string{true: pick(g.r, []string{"spa", "eng"}), false: "eng"}[hispanic]))
	if minor {
		pt.set("maritalstatus", P("S"))
		pt.set("maritalstatusname", P("SINGLE"))
	} else {
		ms := pick(g.r, [][2]string{{"M", "MARRIED"}, {"S", "SINGLE"}, {"D", "DIVORCED"}, {"W", "WIDOWED"}, {"P", "PARTNER"}})
		pt.set("maritalstatus", P(ms[0]))
		pt.set("maritalstatusname", P(ms[1]))
	}
	pt.set("primaryproviderid", N(fmt.Sprint(1+g.r.IntN(90))))
	pt.set("primarydepartmentid", N(dept))
	pt.set("departmentid", N(dept))
	registered := g.t.AddDate(-g.r.IntN(8), -g.r.IntN(12), -g.r.IntN(28))
	if registered.Before(p.dob) {
		registered = p.dob.AddDate(0, 0, 2)
	}
	pt.set("registrationdate", N(d(registered)))
	pt.set("status", N("active"))
	pt.set("balances", A(O(
		"balance", P(pick(g.r, []int{0, 0, 25, 40, 135})),
		"departmentlist", N(dept+","+fmt.Sprint(1+g.r.IntN(150))),
		"providergroupid", N(1),
		"cleanbalance", N(true),
	)))
	// The guarantor: the patient, or for a child a parent, with their
	// own birth date, phone and e-mail.
	parent := newPerson(g.r, p.c, g.t)
	rel := pick(g.r, []string{"18", "19"})
	mother := rel == "18"
	parentFirst := pick(g.r, map[bool][]string{true: {"Emily", "Jessica", "Sarah", "Ashley"}, false: {"James", "Michael", "David", "Robert"}}[mother])
	parentLast := last
	if hispanic {
		parentFirst = pick(g.r, map[bool][]string{true: {"María José", "Guadalupe", "Sofía", "Verónica"}, false: {"Alejandro", "Juan Carlos", "Luis Ángel", "Jorge"}}[mother])
		// A mother keeps her own surnames: the child's second is her first.
		if parts := strings.SplitN(last, " ", 2); mother && len(parts) == 2 {
			parentLast = parts[1] + " " + pick(g.r, w17HispanicFamily)[0]
		}
	}
	if minor {
		pt.set("guarantorfirstname", P(parentFirst))
		pt.set("guarantorlastname", P(parentLast))
		pt.set("guarantordob", P(d(g.t.AddDate(-28-g.r.IntN(20), -g.r.IntN(12), -g.r.IntN(28)))))
		pt.set("guarantorrelationshiptopatient", N(rel))
		if p.showResidence {
			pt.set("guarantoraddresssameaspatient", N(true))
			pt.set("guarantoraddress1", g.addr(p.street))
			pt.set("guarantorcity", g.addr(strings.ToUpper(p.city)))
			pt.set("guarantorstate", g.addrN(st))
			pt.set("guarantorzip", g.addr(zip))
		}
		pt.set("guarantorphone", P(us(parent.phoneE164)))
		pt.set("guarantoremail", P(strings.ToLower(w17ASCII.Replace(strings.ReplaceAll(parentFirst, " ", "")+"."+strings.ReplaceAll(parentLast, " ", "")))+"@"+pick(g.r, []string{"gmail.com", "icloud.com"})))
	} else {
		pt.set("guarantorfirstname", P(first))
		pt.set("guarantorlastname", P(last))
		pt.set("guarantordob", P(d(p.dob)))
		pt.set("guarantorrelationshiptopatient", N("1"))
		if p.showResidence {
			pt.set("guarantoraddresssameaspatient", N(true))
			pt.set("guarantoraddress1", g.addr(p.street))
			pt.set("guarantorcity", g.addr(strings.ToUpper(p.city)))
			pt.set("guarantorstate", g.addrN(st))
			pt.set("guarantorzip", g.addr(zip))
		}
		if phone != nil {
			pt.set("guarantorphone", phone)
		}
		if hasEmail {
			pt.set("guarantoremail", P(email))
		}
	}
	// Emergency contact and next of kin: other people.
	if g.r.IntN(3) != 0 {
		c := newPerson(g.r, p.c, g.t)
		cname := c.given + " " + c.family
		crel := pick(g.r, []string{"SPOUSE", "FRIEND", "SIBLING", "PARENT"})
		if minor {
			cname, crel = parentFirst+" "+parentLast, "PARENT"
			c = parent
		}
		pt.set("contactname", P(cname))
		pt.set("contactrelationship", N(crel))
		if home != "" && g.r.IntN(2) == 0 {
			pt.set("contacthomephone", P(home))
		}
		pt.set("contactmobilephone", P(us(c.phoneE164)))
		if g.r.IntN(2) == 0 {
			pt.set("nextkinname", P(cname))
			pt.set("nextkinrelationship", N(crel))
			pt.set("nextkinphone", P(us(c.phoneE164)))
		}
	}
	pt.set("portalaccessgiven", N(hasEmail))
	pt.set("privacyinformationverified", N(g.r.IntN(3) != 0))
	pt.set("consenttotext", N(phone != nil && g.r.IntN(2) == 0))
	pt.set("donotcall", N(false))
	pt.set("confidentialitycode", N("N"))
	pt.set("hasmobile", N(phone != nil))
	pt.set("lastupdated", N(d(g.t)))
	pt.set("lastupdatedby", N(pick(g.r, []string{"API-", "ATHENA-"})+fmt.Sprint(1000+g.r.IntN(90000))))
	// The URL names the patient by id: personal.
	return O(
		"request", O(
			"method", N("GET"),
			"url", P(fmt.Sprintf("https://api.platform.athenahealth.com/v1/%d/patients/%s", practice, patientID)),
			"headers", O("Authorization", C("Bearer "+g.b62(28)), "Accept", N("application/json")),
		),
		"response", O("status", N(200), "body", A(pt)),
	)
}

// w17MXPlaces are Mexican colonias with their city, state and postcode
// prefix, and the streets between which a house stands.
var w17MXPlaces = []struct{ colonia, city, state, cp string }{
	{"Col. Roma Norte", "Cuauhtémoc", "Ciudad de México", "067"},
	{"Col. Del Valle Centro", "Benito Juárez", "Ciudad de México", "031"},
	{"Col. Americana", "Guadalajara", "Jalisco", "441"},
	{"Col. Chapalita", "Zapopan", "Jalisco", "450"},
	{"Col. Obispado", "Monterrey", "Nuevo León", "640"},
}

var w17MXStreets = []string{"Av. Insurgentes Sur 1602, Int. 4", "Calle Orizaba 101", "Av. Chapultepec 480, Depto. 12", "Calle Morelos 15", "Av. Vallarta 2440", "Calle Hidalgo 327"}

var w17MXBetween = []string{"Entre Calle Durango y Calle Colima", "Entre Av. Juárez y Calle López Cotilla", "Entre Calle 5 de Mayo y Calle Zaragoza", "Portón negro, frente al parque"}

// w17ConektaNotes are notes a shop keeps in an order's metadata.
var w17ConektaNotes = []bioLine{
	{"", "Dejar con el portero si no hay nadie."},
	{"", "Envolver para regalo, por favor."},
	{"health", "Es para mi mamá que está en quimioterapia, entregar en sus manos."},
	{"health", "Soy diabético, el glucómetro lo necesito antes del viernes."},
	{"religion", "Regalo de primera comunión, entregar antes del domingo."},
}

// w17ConektaProducts are goods with their price in centavos.
var w17ConektaProducts = []struct {
	name, sku string
	price     int
}{{"Tenis Nike Revolution 7", "NK-REV7", 149900}, {"Licuadora Oster 10 velocidades", "OST-BLST", 129900}, {"Glucómetro Accu-Chek Instant", "ACC-INST", 89900}, {"Vestido de primera comunión", "VPC-120", 219900}, {"Audífonos JBL Tune 520BT", "JBL-520", 99900}}

func conektaOrderPaid(g *gen) *node {
	g.redraw("MX")
	p := g.p
	given := p.given
	surname1 := p.family
	if g.r.IntN(2) == 0 {
		n := pick(g.r, w17HispanicGiven)
		f := pick(g.r, w17HispanicFamily)
		given, surname1 = n.given, f[0]
		p.female = n.female
		p.givenL = strings.ReplaceAll(n.givenL, ".", "")
		p.familyL = f[1]
		p.email = strings.ReplaceAll(n.givenL, ".", "") + pick(g.r, []string{".", "_", ""}) + f[1] + fmt.Sprint(g.r.IntN(100)) + "@" + pick(g.r, []string{"gmail.com", "hotmail.com", "prodigy.net.mx"})
	}
	s2 := pick(g.r, w17HispanicFamily)
	name := given + " " + surname1 + " " + s2[0]
	if g.r.IntN(3) == 0 {
		name = given + " " + surname1
	}
	z := func(t time.Time) int64 { return t.Unix() }
	created := g.t.Add(-time.Duration(60+g.r.IntN(3*86400)) * time.Second)
	oxxo := g.r.IntN(2) == 0
	paid := g.t.Add(-time.Duration(1+g.r.IntN(30)) * time.Second)
	prod := pick(g.r, w17ConektaProducts)
	qty := 1 + g.r.IntN(2)
	shipping := pick(g.r, []int{0, 9900, 14900})
	amount := prod.price*qty + shipping
	orderID := "ord_2" + g.b62(16)
	custID := "cus_2" + g.b62(16)
	phone := g.phone(g.e164())
	customer := O(
		"email", P(p.email),
		"phone", phone,
		"name", P(name),
		"corporate", N(false),
		"customer_id", P(custID),
		"object", N("customer_info"),
	)
	// Shipped to the buyer (whose address states the residence) or, as
	// a gift, to someone else; digital goods are not shipped.
	gift := g.r.IntN(4) == 0
	var contact *node
	place := pick(g.r, w17MXPlaces)
	cp := place.cp + pattern(g.r, "##")
	shipCreated := N(z(created))
	if gift {
		q := newPerson(g.r, p.c, g.t)
		qp := pick(g.r, w17MXPlaces)
		qn := pick(g.r, w17HispanicGiven).given + " " + pick(g.r, w17HispanicFamily)[0] + " " + pick(g.r, w17HispanicFamily)[0]
		contact = O(
			"phone", P(q.phoneE164),
			"receiver", P(qn),
			"between_streets", P(pick(g.r, w17MXBetween)),
			"address", O(
				"street1", P(pick(g.r, w17MXStreets)),
				"street2", P(qp.colonia),
				"postal_code", P(qp.cp+pattern(g.r, "##")),
				"city", P(qp.city),
				"state", N(qp.state),
				"country", N("mx"),
				"residential", N(true),
				"object", N("shipping_address"),
			),
			"id", N("ship_cont_2"+g.b62(16)),
			"object", N("shipping_contact"),
			"created_at", shipCreated,
		)
	} else if p.showResidence {
		contact = O(
			"phone", phone,
			"receiver", P(name),
		)
		if g.r.IntN(2) == 0 {
			contact.set("between_streets", g.addr(pick(g.r, w17MXBetween)))
		}
		contact.set("address", O(
			"street1", g.addr(pick(g.r, w17MXStreets)),
			"street2", g.addr(place.colonia),
			"postal_code", g.addr(cp),
			"city", g.addr(place.city),
			"state", g.addrN(place.state),
			"country", g.residence("mx"),
			"residential", N(true),
			"object", N("shipping_address"),
		))
		contact.set("id", N("ship_cont_2"+g.b62(16)))
		contact.set("object", N("shipping_contact"))
		contact.set("created_at", shipCreated)
	}
	meta := O("integration", N(pick(g.r, []string{"woocommerce", "shopify", "custom"})), "referencia", N(pattern(g.r, "PED-######")))
	if g.r.IntN(3) == 0 {
		// A shop that invoices asks for the buyer's CURP.
		meta.set("curp", P(curp(g.r, p.dob, p.female, p.givenL, p.familyL)))
	}
	note := bioLine{}
	switch {
	case g.r.IntN(3) == 0:
		note = pick(g.r, w17ConektaNotes)
	case p.bio != "" && p.c.lang == "es" && g.r.IntN(4) == 0:
		note = bioLine{p.bioCat, p.bio}
	}
	if note.text != "" {
		meta.set("notas", textLeaf(note.text, note.cat))
	}
	if gift {
		meta.set("es_regalo", N("true"))
	}
	chargeID := g.hex(24)
	channel := O(
		"segment", N("Checkout"),
		"checkout_request_id", N(g.uuid()),
		"checkout_request_type", N("HostedPayment"),
		"id", N("channel_2"+g.b62(16)),
	)
	var method *node
	fee := amount * 36 / 1000
	if oxxo {
		ref := pattern(g.r, "93000##########")[:14]
		method = O(
			"service_name", N("OxxoPay"),
			"barcode_url", N("https://s3.amazonaws.com/cash_payment_barcodes/"+ref+".png"),
			"object", N("cash_payment"),
			"type", N("oxxo"),
			"expires_at", N(z(created.AddDate(0, 0, 3))),
			"store_name", N("OXXO"),
			"reference", N(ref),
		)
	} else {
		brand := pick(g.r, [][3]string{{"visa", "BBVA BANCOMER", "Credit"}, {"mastercard", "BANAMEX", "Debit"}, {"visa", "SANTANDER", "Debit"}, {"american_express", "AMERICAN EXPRESS", "Credit"}})
		holder := strings.ToUpper(w17ASCII.Replace(given + " " + surname1))
		method = O(
			"name", P(holder),
			"exp_month", P(fmt.Sprintf("%02d", 1+g.r.IntN(12))),
			"exp_year", P(fmt.Sprint(27+g.r.IntN(5))),
			"auth_code", N(pattern(g.r, "######")),
			"object", N("card_payment"),
			"type", N(map[string]string{"Credit": "credit", "Debit": "debit"}[brand[2]]),
			"last4", P(pattern(g.r, "####")),
			"brand", N(brand[0]),
			"issuer", N(brand[1]),
			"account_type", N(brand[2]),
			"country", N("MX"),
			"fraud_indicators", A(),
		)
	}
	charge := O(
		"id", N(chargeID),
		"livemode", N(true),
		"created_at", N(z(created)),
		"currency", N("MXN"),
		"device_fingerprint", orNull(map[bool]*node{false: P(g.hex(32))}[oxxo]),
		"channel", channel,
		"description", N("Payment from order"),
		"reference_id", N(nil),
		"failure_code", N(nil),
		"failure_message", N(nil),
		"monthly_installments", N(nil),
		"paid_at", N(z(paid)),
		"payment_method", method,
		"object", N("charge"),
		"status", N("paid"),
		"amount", N(amount),
		"fee", N(fee),
		"customer_id", P(custID),
		"order_id", N(orderID),
	)
	items := O(
		"object", N("list"),
		"has_more", N(false),
		"total", N(1),
		"data", A(O(
			"name", N(prod.name),
			"description", N(prod.name),
			"unit_price", N(prod.price),
			"quantity", N(qty),
			"sku", N(prod.sku),
			"tags", A(N(pick(g.r, []string{"ropa", "hogar", "salud", "electrónica"}))),
			"id", N("line_item_2"+g.b62(16)),
			"parent_id", N(orderID),
			"object", N("line_item"),
			"metadata", O(),
			"antifraud_info", O(),
		)),
	)
	order := O(
		"id", N(orderID),
		"livemode", N(true),
		"amount", N(amount),
		"amount_refunded", N(0),
		"currency", N("MXN"),
		"payment_status", N("paid"),
		"channel", channel,
		"customer_info", customer,
		"shipping_contact", contact,
		"metadata", meta,
		"line_items", items,
		"charges", O("object", N("list"), "has_more", N(false), "total", N(1), "data", A(charge)),
		"is_refundable", N(true),
		"object", N("order"),
		"created_at", N(z(created)),
		"updated_at", N(z(paid)),
	)
	if shipping > 0 {
		order.set("shipping_lines", O("object", N("list"), "has_more", N(false), "total", N(1), "data", A(O(
			"amount", N(shipping), "carrier", N(pick(g.r, []string{"Estafeta", "DHL", "FedEx"})), "method", N("Terrestre"),
			"id", N("ship_lin_2"+g.b62(16)), "object", N("shipping_line"), "parent_id", N(orderID),
		))))
	}
	shop := pick(g.r, []string{"https://tienda.example.com.mx", "https://www.regalosmx.example", "https://farmaciaenlinea.example.mx"})
	eventID := g.hex(24)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(shop+"/webhooks/conekta"),
			"headers", O(
				"Content-Type", N("application/json; charset=utf-8"),
				"Accept", N("application/vnd.conekta-v2.1.0+json"),
				"Digest", N(base64.StdEncoding.EncodeToString([]byte(g.hex(64)+g.hex(64)+g.hex(64)+g.hex(64)))),
			),
			"body", O(
				"data", O("object", order, "previous_attributes", O("payment_status", N("pending_payment"))),
				"livemode", N(true),
				"webhook_status", N("pending"),
				"webhook_logs", A(O(
					"id", N("webhl_2"+g.b62(16)),
					"url", N(shop+"/webhooks/conekta"),
					"failed_attempts", N(0),
					"last_http_response_status", N(-1),
					"response_data", N(nil),
					"object", N("webhook_log"),
					"last_attempted_at", N(0),
				)),
				"id", N(eventID),
				"object", N("event"),
				"type", N("order.paid"),
				"created_at", N(g.t.Unix()),
			),
		),
		"response_status", N(200),
	)
}
