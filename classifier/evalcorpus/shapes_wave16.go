package evalcorpus

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// wave16Shapes are a sixteenth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a Russian marketplace,
// a Vietnamese wallet, a Gulf buy-now-pay-later provider, a directory
// sync service and a Bangladeshi payment gateway: an Ozon Seller API
// FBS posting with its buyer and addressee (Russia, Kazakhstan, Belarus,
// names in Cyrillic, delivery comments), a MoMo payment's create request
// with userInfo and its IPN (Vietnamese names with diacritics, extraData
// as base64 JSON carrying the buyer), a Tabby checkout session with the
// buyer's date of birth, order history and the response (Arabic script
// and Latin transliterations, minors rejected), a WorkOS Directory Sync
// dsync.user.created webhook with the identity provider's raw SCIM or
// Google Workspace user, and an SSLCommerz session, IPN and validation
// (Bangladeshi names in Latin and Bengali script, value_a to value_d).
var wave16Shapes = []Shape{
	{Name: "ozon_seller_posting_fbs", Doc: "docs.ozon.ru/api/seller (POST https://api-seller.ozon.ru/v3/posting/fbs/get with Client-Id and Api-Key headers, body {posting_number, with{analytics_data, barcodes, financial_data, product_exemplars, translit}} -> {result{posting_number NNNNNNNN-NNNN-N, order_id, order_number, status awaiting_packaging / awaiting_deliver / delivering / delivered, substatus, delivery_method{id, name, warehouse_id, warehouse, tpl_provider_id, tpl_provider}, tracking_number, tpl_integration_type, in_process_at, shipment_date, delivering_date, cancellation{…}, customer (rFBS only){customer_id, customer_email, phone, address{address_tail, city, comment, country, district, region, zip_code, latitude, longitude, pvz_code, provider_pvz_code}, name}, products[{price, offer_id, name, sku, quantity, mandatory_mark[], currency_code}], addressee{name, phone}, barcodes{upper_barcode, lower_barcode}, analytics_data{region, city, delivery_type, is_premium, payment_type_group_name, warehouse_id, warehouse, tpl_provider_id, tpl_provider, delivery_date_begin, delivery_date_end, is_legal}, financial_data{products[{commission_amount, commission_percent, payout, product_id, old_price, price, total_discount_value, total_discount_percent, actions[], quantity, currency_code}], cluster_from, cluster_to}, is_express, requirements{…}, parent_posting_number, multi_box_qty, is_multibox}}) for buyers in Russia, Kazakhstan and Belarus", build: ozonSellerPostingFBS},
	{Name: "momo_payment_ipn", Doc: "developers.momo.vn/v3/docs/payment/api/wallet/onetime (POST https://payment.momo.vn/v2/gateway/api/create {partnerCode, partnerName, storeId, requestType captureWallet / payWithMethod, ipnUrl, redirectUrl, orderId, amount, lang vi / en, orderInfo, requestId, extraData (base64 of the merchant's JSON, or \"\"), userInfo{name, phoneNumber, email}, items[{id, name, category, price, currency VND, quantity, totalPrice}], deliveryInfo{deliveryAddress, deliveryFee, quantity}, autoCapture, signature (HMAC-SHA256 hex of accessKey=…&amount=…&… with the secret key)} -> {partnerCode, orderId, requestId, amount, responseTime, message, resultCode, payUrl, deeplink, qrCodeUrl}; the IPN POST to ipnUrl {partnerCode, orderId, requestId, amount, orderInfo, orderType momo_wallet, transId, resultCode 0 / 1006 / 9000, message, payType qr / webApp / napas / credit, responseTime, extraData, signature}, answered with 204) as a Vietnamese shop logs a payment", build: momoPaymentIPN},
	{Name: "tabby_checkout_session", Doc: "docs.tabby.ai/api-reference/checkout/create-a-session (POST https://api.tabby.ai/api/v2/checkout with Authorization: Bearer pk_… {payment{amount \"340.00\", currency AED / SAR, description, buyer{phone, email, name, dob YYYY-MM-DD}, shipping_address{city, address, zip}, order{tax_amount, shipping_amount, discount_amount, updated_at, reference_id, items[{title, description, quantity, unit_price, discount_amount, reference_id, image_url, product_url, category, brand}]}, buyer_history{registered_since, loyalty_level, wishlist_count, is_social_networks_connected, is_phone_number_verified, is_email_verified}, order_history[{purchased_at, amount, payment_method card / cod, status new / complete / refunded / canceled, buyer{phone, email, name, dob}, shipping_address{city, address, zip}, items[]}], meta{order_id, customer}}, lang ar / en, merchant_code, merchant_urls{success, cancel, failure}} -> {id, configuration{available_products{installments[{web_url}]}, products{installments{type, is_available, rejection_reason not_available / order_amount_too_high / under_limit}}, expires_at}, payment{id, created_at, expires_at, status CREATED, is_test, amount, currency, buyer{…}, shipping_address{…}, order{reference_id}}, status created / rejected, merchant_code, merchant_urls, lang}) for shops in Saudi Arabia and the UAE", build: tabbyCheckoutSession},
	{Name: "workos_dsync_user_created", Doc: "workos.com/docs/events/dsync-user-created and workos.com/docs/reference/directory-sync/directory-user (webhook POST with the WorkOS-Signature header t=…, v1=HMAC-SHA256 hex: {id event_01…, event dsync.user.created, data{object directory_user, id directory_user_01…, directory_id directory_01…, organization_id org_01…, idp_id, first_name, last_name, emails[{primary, type work, value}], username, state active, job_title, groups[{object directory_group, id, idp_id, directory_id, organization_id, name, created_at, updated_at, raw_attributes{}}], custom_attributes{department, manager_id, employee_number, cost_center}, raw_attributes (the identity provider's user: an Okta or Azure AD SCIM 2.0 User with the enterprise extension urn:ietf:params:scim:schemas:extension:enterprise:2.0:User{employeeNumber, department, costCenter, organization, manager{value}}, addresses, phoneNumbers, preferredLanguage, locale, timezone; or a Google Workspace Admin SDK user {kind admin#directory#user, id, primaryEmail, name{givenName, familyName, fullName}, emails[], phones[], addresses[], organizations[], relations[], languages[], gender, orgUnitPath, creationTime}), role{slug}, created_at, updated_at}, created_at}) for employees in Germany, India, Brazil, Japan, Poland and Mexico", build: workosDsyncUserCreated},
	{Name: "sslcommerz_ipn", Doc: "developer.sslcommerz.com/doc/v4 (session: POST https://securepay.sslcommerz.com/gwprocess/v4/api.php form {store_id, store_passwd, total_amount, currency BDT, tran_id, success_url, fail_url, cancel_url, ipn_url, cus_name, cus_email, cus_add1, cus_add2, cus_city, cus_state, cus_postcode, cus_country, cus_phone, cus_fax, shipping_method YES / NO / Courier, num_of_item, ship_name, ship_add1, ship_add2, ship_city, ship_state, ship_postcode, ship_country, product_name, product_category, product_profile general / physical-goods / non-physical-goods, value_a…value_d} -> {status SUCCESS, failedreason, sessionkey, gw{visa, master, amex, othercards, internetbanking, mobilebanking}, GatewayPageURL, storeBanner, storeLogo, is_direct_pay_enable}; IPN POST {status VALID, tran_date, tran_id, val_id, amount, store_amount, currency, bank_tran_id, card_type BKASH-BKash / VISA-Dutch Bangla / NAGAD-Nagad, card_no masked, card_issuer, card_brand, card_issuer_country, card_issuer_country_code, currency_type, currency_amount, currency_rate, base_fair, value_a…value_d, risk_level, risk_title, verify_sign, verify_key}; GET /validator/api/validationserverAPI.php?val_id&store_id&store_passwd&format=json -> the same with validated_on, APIConnect DONE, emi_instalment, emi_amount, account_details) for Bangladeshi shops", build: sslcommerzIPN},
}

// w16Ozon is an Ozon market: the currency, the country as Ozon writes it
// in addresses, the offset of its clock and its delivery clusters.
var w16Ozon = map[string]struct {
	currency, country string
	utc               int
	cluster           string
}{
	"RU": {"RUB", "Россия", 3, "Москва, Московская и Тверская области"},
	"KZ": {"KZT", "Казахстан", 5, "Алматы"},
	"BY": {"BYN", "Беларусь", 3, "Беларусь"},
}

// w16Patronymic is a father's name in its male and female forms.
var w16Patronymic = [][2]string{{"Сергеевич", "Сергеевна"}, {"Александрович", "Александровна"}, {"Владимирович", "Владимировна"}, {"Нурланович", "Нурлановна"}}

// w16OzonComments are buyers' comments to a courier.
var w16OzonComments = []bioLine{
	{"", "Домофон не работает, позвоните за 30 минут."},
	{"", "Оставьте у двери, оплачено."},
	{"", "Подъезд 2, этаж 7, кв. 48"},
	{"health", "Я после операции на колене, поднимите, пожалуйста, заказ на 5 этаж."},
	{"health", "Инвалид-колясочник, привезите к подъезду и позвоните."},
	{"religion", "В пятницу с 12 до 14 не звоните, я на джума-намазе в мечети."},
}

func ozonSellerPostingFBS(g *gen) *node {
	g.redraw("RU", "RU", "RU", "RU", "KZ", "BY")
	p := g.p
	cc := p.c.code
	m := w16Ozon[cc]
	loc := time.FixedZone("", m.utc*3600)
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	orderNumber := fmt.Sprintf("%08d-%04d", 10000000+g.r.IntN(89999999), g.r.IntN(10000))
	posting := orderNumber + "-1"
	orderID := 10000000000 + g.r.Int64N(90000000000)
	wh := 1020000000000000 + g.r.Int64N(999999999999)
	warehouse := pick(g.r, []string{"Склад на Ленина", "Основной склад", "Склад Подольск", "FBS Алматы"})
	rfbs := g.r.IntN(4) != 0
	tpl, tplID := "Ozon Логистика", 24
	if rfbs {
		tpl, tplID = pick(g.r, []string{"СДЭК", "Почта России", "Собственная доставка"}), 1+g.r.IntN(20)
	}
	delivery := O(
		"id", N(wh+int64(g.r.IntN(100))),
		"name", N(tpl+" самостоятельно, "+pick(g.r, []string{"Москва", "Подольск", "Алматы", "Минск"})),
		"warehouse_id", N(wh),
		"warehouse", N(warehouse),
		"tpl_provider_id", N(tplID),
		"tpl_provider", N(tpl),
	)
	processed := g.t.Add(-time.Duration(1800+g.r.IntN(86400)) * time.Second)
	status := pick(g.r, []string{"awaiting_packaging", "awaiting_packaging", "awaiting_deliver", "delivering", "delivered"})
	sub := map[string]string{"awaiting_packaging": "posting_created", "awaiting_deliver": "posting_ready_to_ship", "delivering": "posting_in_carriage", "delivered": "posting_delivered"}[status]
	tracking := ""
	if status == "delivering" || status == "delivered" {
		tracking = pick(g.r, []string{"", pattern(g.r, "##############"), "1" + pattern(g.r, "#########")})
	}
	items := [][2]any{{"Смартфон Xiaomi Redmi Note 13 8/256 ГБ, черный", 21990}, {"Кроссовки женские Nike Air Max, белые, 38", 9490}, {"Чайник электрический Polaris PWK 1725CGL", 2790}, {"Детский конструктор LEGO Classic 11005", 3590}}
	it := pick(g.r, items)
	qty := 1 + g.r.IntN(2)
	price := it[1].(int)
	if cc == "KZ" {
		price *= 5
	} else if cc == "BY" {
		price /= 28
	}
	sku := 100000000 + g.r.Int64N(1900000000)
	offer := pattern(g.r, "AA-#####")
	money := func(v int) string { return fmt.Sprintf("%d.0000", v) }
	products := A(O(
		"price", N(money(price)),
		"offer_id", N(offer),
		"name", N(it[0].(string)),
		"sku", N(sku),
		"quantity", N(qty),
		"mandatory_mark", A(),
		"currency_code", N(m.currency),
	))
	// The name as the buyer entered it: family name first, with the
	// patronymic, or given name first.
	pat := pick(g.r, w16Patronymic)
	patr := pat[0]
	if p.female {
		patr = pat[1]
	}
	name := p.family + " " + p.given
	switch g.r.IntN(3) {
	case 0:
		name = p.family + " " + p.given + " " + patr
	case 1:
		name = p.given + " " + p.family
	}
	ozonPhone := func(e164 string) string {
		if g.r.IntN(2) == 0 {
			return strings.TrimPrefix(e164, "+")
		}
		return e164
	}
	var customer, addressee *node
	gift := false
	if rfbs {
		c := O("customer_id", P(100000000+g.r.Int64N(900000000)))
		if g.r.IntN(2) == 0 {
			c.set("customer_email", P(p.email))
		} else {
			c.set("customer_email", N(""))
		}
		c.set("phone", orEmpty(g.phone(ozonPhone(p.phoneE164))))
		if p.showResidence {
			ll := capital[cc]
			a := O(
				"address_tail", g.addr(p.street+", кв. "+fmt.Sprint(1+g.r.IntN(200))),
				"city", g.addr(p.city),
			)
			note := bioLine{}
			switch {
			case g.r.IntN(2) == 0:
				note = pick(g.r, w16OzonComments)
			case p.bio != "" && p.c.lang == "ru" && g.r.IntN(3) == 0:
				note = bioLine{p.bioCat, p.bio}
			}
			if note.text != "" {
				a.set("comment", textLeaf(note.text, note.cat))
			} else {
				a.set("comment", N(""))
			}
			a.set("country", g.residence(m.country))
			a.set("district", N(""))
			a.set("region", g.addrN(p.region))
			a.set("zip_code", g.addr(p.post))
			a.set("latitude", P(ll[0]+float64(g.r.IntN(2000)-1000)/10000))
			a.set("longitude", P(ll[1]+float64(g.r.IntN(2000)-1000)/10000))
			a.set("pvz_code", N(0))
			a.set("provider_pvz_code", N(""))
			c.set("address", a)
		} else {
			// Picked up at a pickup point: its code, no address.
			c.set("address", O(
				"address_tail", N(""), "city", N(""), "comment", N(""), "country", N(""), "district", N(""),
				"region", N(""), "zip_code", N(""), "latitude", N(0), "longitude", N(0),
				"pvz_code", N(10000+g.r.IntN(90000)), "provider_pvz_code", N(pattern(g.r, "AAA###")),
			))
		}
		c.set("name", P(name))
		customer = c
		gift = g.r.IntN(4) == 0
		if gift {
			// Received by someone else: a relative, a colleague.
			q := newPerson(g.r, p.c, g.t)
			addressee = O("name", P(q.given+" "+q.family), "phone", P(ozonPhone(q.phoneE164)))
		} else {
			addressee = O("name", P(name), "phone", orEmpty(g.phone(ozonPhone(p.phoneE164))))
		}
	}
	analytics := O(
		"region", orEmpty(g.addrN(p.region)),
		"city", orEmpty(g.addr(p.city)),
		"delivery_type", N(map[bool]string{true: "Courier", false: "PVZ"}[p.showResidence]),
		"is_premium", N(g.r.IntN(5) == 0),
		"payment_type_group_name", N(pick(g.r, []string{"Карты оплаты", "Ozon Карта", "Рассрочка", "СБП"})),
		"warehouse_id", N(wh),
		"warehouse", N(warehouse),
		"tpl_provider_id", N(tplID),
		"tpl_provider", N(tpl),
		"delivery_date_begin", N(z(processed.AddDate(0, 0, 2))),
		"delivery_date_end", N(z(processed.AddDate(0, 0, 4))),
		"is_legal", N(false),
	)
	commission := price * qty * (8 + g.r.IntN(12)) / 100
	financial := O(
		"products", A(O(
			"commission_amount", N(commission),
			"commission_percent", N(8+g.r.IntN(12)),
			"payout", N(price*qty-commission),
			"product_id", N(sku),
			"old_price", N(price*12/10),
			"price", N(price),
			"total_discount_value", N(price*2/10),
			"total_discount_percent", N(16.67),
			"actions", A(N("Системная виртуальная скидка селлера")),
			"picking", N(nil),
			"quantity", N(qty),
			"client_price", N(""),
			"currency_code", N(m.currency),
		)),
		"posting_services", N(nil),
		"cluster_from", N(m.cluster),
		"cluster_to", N(m.cluster),
	)
	result := O(
		"posting_number", N(posting),
		"order_id", N(orderID),
		"order_number", N(orderNumber),
		"status", N(status),
		"substatus", N(sub),
		"delivery_method", delivery,
		"tracking_number", N(tracking),
		"tpl_integration_type", N(map[bool]string{true: "non_integrated", false: "ozon"}[rfbs]),
		"in_process_at", N(z(processed)),
		"shipment_date", N(z(processed.In(loc).Truncate(24*time.Hour).AddDate(0, 0, 1).Add(time.Duration(14-m.utc)*time.Hour))),
		"delivering_date", orNull(map[bool]*node{true: N(z(g.t))}[status == "delivering" || status == "delivered"]),
		"cancellation", O(
			"cancel_reason_id", N(0), "cancel_reason", N(""), "cancellation_type", N(""),
			"cancelled_after_ship", N(false), "affect_cancellation_rating", N(false), "cancellation_initiator", N(""),
		),
		"customer", orNull(customer),
		"products", products,
		"addressee", orNull(addressee),
		"barcodes", O("upper_barcode", N("%101%"+pattern(g.r, "#########")), "lower_barcode", N(pattern(g.r, "##############"))),
		"analytics_data", analytics,
		"financial_data", financial,
		"is_express", N(false),
		"requirements", O(
			"products_requiring_gtd", A(), "products_requiring_country", A(),
			"products_requiring_mandatory_mark", A(), "products_requiring_rnpt", A(), "products_requiring_jw_uin", A(),
		),
		"parent_posting_number", N(""),
		"available_actions", A(N("arbitration"), N("cancel")),
		"multi_box_qty", N(1),
		"is_multibox", N(false),
		"substatus_updated_at", N(z(g.t)),
		"prr_option", N(""),
		"quantum_id", N(0),
		"additional_data", A(),
	)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://api-seller.ozon.ru/v3/posting/fbs/get"),
			"headers", O(
				"Client-Id", N(fmt.Sprint(100000+g.r.IntN(3000000))),
				"Api-Key", C(g.uuid()),
				"Content-Type", N("application/json"),
			),
			"body", O(
				"posting_number", N(posting),
				"with", O(
					"analytics_data", N(true),
					"barcodes", N(true),
					"financial_data", N(true),
					"product_exemplars", N(false),
					"translit", N(false),
				),
			),
		),
		"response", O("result", result),
	)
}

// w16VNMiddle are Vietnamese middle names (tên đệm): male, female.
var w16VNMiddle = [2][][2]string{
	{{"Văn", "van"}, {"Đức", "duc"}, {"Quang", "quang"}, {"Minh", "minh"}},
	{{"Thị", "thi"}, {"Ngọc", "ngoc"}, {"Thu", "thu"}, {"Thanh", "thanh"}},
}

// w16VNNotes are buyers' notes a shop keeps in its extraData.
var w16VNNotes = []bioLine{
	{"", "Giao giờ hành chính, gọi trước khi giao."},
	{"", "Gói quà giúp mình nhé."},
	{"health", "Mình đang mang thai, nhờ shipper mang lên tầng 3."},
	{"religion", "Quà cúng rằm ở chùa, giao trước ngày 14 âm lịch."},
}

func momoPaymentIPN(g *gen) *node {
	g.redraw("VN")
	p := g.p
	mid := pick(g.r, w16VNMiddle[map[bool]int{false: 0, true: 1}[p.female]])
	name := p.family + " " + mid[0] + " " + p.given
	switch g.r.IntN(4) {
	case 0:
		name = strings.ToUpper(p.familyL + " " + mid[1] + " " + p.givenL)
	case 1:
		name = titled(p.familyL, mid[1], p.givenL)
	}
	var phoneV string
	if p.phoneCC == "VN" {
		phoneV = pick(g.r, []string{"0" + g.nsn(), "0" + g.nsn(), g.e164(), strings.TrimPrefix(g.e164(), "+")})
	} else {
		phoneV = g.e164()
	}
	partner := "MOMO" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6) + pattern(g.r, "########")
	sh := pick(g.r, [][2]string{{"shop.hoavietnam.example", "Hoa Viet Nam"}, {"tiemsach.example.vn", "Tiem Sach"}, {"giaydep247.example.vn", "Giay Dep 247"}})
	shop := sh[0]
	orderID := pick(g.r, []string{"ORD", "DH", ""}) + fmt.Sprint(g.t.Add(-time.Minute).UnixMilli())
	requestID := orderID
	if g.r.IntN(2) == 0 {
		requestID = g.uuid()
	}
	amount := (10 + g.r.IntN(3000)) * 1000
	orderInfo := N(pick(g.r, []string{"Thanh toán đơn hàng " + orderID, "Pay with MoMo", "Thanh toan qua MoMo"}))
	if g.r.IntN(5) == 0 {
		// Some shops write the buyer into the order description.
		orderInfo = P("Đơn hàng " + orderID + " - " + name)
	}
	// extraData: base64 of the JSON the shop put in, echoed in the IPN.
	var extra *node
	switch x := g.r.IntN(4); {
	case x == 0:
		extra = N("")
	case x == 1:
		b, _ := json.Marshal(map[string]any{"voucher": pick(g.r, []string{"TET2026", "FREESHIP", ""}), "source": "web"})
		extra = N(base64.StdEncoding.EncodeToString(b))
	default:
		info := map[string]any{"customerName": name, "email": p.email}
		if g.phone(phoneV) != nil {
			info["phone"] = phoneV
		}
		cat := ""
		if g.r.IntN(3) == 0 {
			n := pick(g.r, w16VNNotes)
			if p.bio != "" && p.c.lang == "vi" && g.r.IntN(2) == 0 {
				n = bioLine{p.bioCat, p.bio}
			}
			info["note"], cat = n.text, n.cat
		}
		b, _ := json.Marshal(info)
		extra = textLeaf(base64.StdEncoding.EncodeToString(b), cat)
	}
	method := pick(g.r, []string{"captureWallet", "captureWallet", "payWithMethod"})
	create := O(
		"partnerCode", N(partner),
		"partnerName", N(sh[1]),
		"storeId", N(partner+"_"+pattern(g.r, "##")),
		"requestType", N(method),
		"ipnUrl", N("https://"+shop+"/api/momo/ipn"),
		"redirectUrl", N("https://"+shop+"/checkout/result"),
		"orderId", N(orderID),
		"amount", N(amount),
		"lang", N(pick(g.r, []string{"vi", "vi", "en"})),
		"orderInfo", orderInfo,
		"requestId", N(requestID),
		"extraData", extra,
	)
	if g.r.IntN(3) != 0 {
		ui := O("name", P(name))
		if ph := g.phone(phoneV); ph != nil {
			ui.set("phoneNumber", ph)
		}
		ui.set("email", P(p.email))
		create.set("userInfo", ui)
	}
	item := pick(g.r, [][2]any{{"Áo dài lụa tơ tằm", 850000}, {"Sách: Dế Mèn phiêu lưu ký", 68000}, {"Giày thể thao Biti's Hunter", 990000}, {"Cà phê Trung Nguyên 500g", 145000}})
	create.set("items", A(O(
		"id", N(pattern(g.r, "SP####")),
		"name", N(item[0].(string)),
		"category", N(pick(g.r, []string{"fashion", "books", "food"})),
		"price", N(item[1].(int)),
		"currency", N("VND"),
		"quantity", N(1),
		"totalPrice", N(item[1].(int)),
	)))
	if p.showResidence && g.r.IntN(2) == 0 {
		// An address in Vietnamese with its city states the residence
		// even when the shop leaves the country out.
		g.lab.Residence = addCountry(g.lab.Residence, "VN")
		addr := p.street + ", " + p.city
		if g.r.IntN(2) == 0 {
			addr += ", Việt Nam"
		}
		create.set("deliveryInfo", O("deliveryAddress", P(addr), "deliveryFee", N("30000"), "quantity", N("1")))
	}
	create.set("autoCapture", N(true))
	create.set("signature", N(g.hex(64)))
	created := g.t.Add(-time.Duration(60+g.r.IntN(900)) * time.Second)
	token := base64.RawURLEncoding.EncodeToString([]byte(partner + "|" + orderID + "|" + g.hex(16)))
	code := pick(g.r, []int{0, 0, 0, 0, 9000, 1006})
	msg := map[int]string{0: "Thành công.", 9000: "Giao dịch đã được xác nhận thành công.", 1006: "Giao dịch thất bại do người dùng đã từ chối xác nhận thanh toán."}[code]
	trans := 4000000000 + g.r.Int64N(999999999)
	return O(
		"create", O(
			"request", O(
				"method", N("POST"),
				"url", N("https://payment.momo.vn/v2/gateway/api/create"),
				"headers", O("Content-Type", N("application/json; charset=UTF-8")),
				"body", create,
			),
			"response", O(
				"partnerCode", N(partner),
				"orderId", N(orderID),
				"requestId", N(requestID),
				"amount", N(amount),
				"responseTime", N(created.UnixMilli()),
				"message", N("Thành công."),
				"resultCode", N(0),
				"payUrl", N("https://payment.momo.vn/v2/gateway/pay?t="+token+"&s="+g.hex(64)),
				"deeplink", N("momo://app?action=payWithApp&isScanQR=false&serviceType=app&sid="+token+"&v=3.0"),
				"qrCodeUrl", N("2|99|"+pattern(g.r, "0#########")+"|||0|0|"+fmt.Sprint(amount)+"|"+orderID+"|transfer_p2p"),
			),
		),
		"ipn", O(
			"headers", O("Content-Type", N("application/json")),
			"body", O(
				"partnerCode", N(partner),
				"orderId", N(orderID),
				"requestId", N(requestID),
				"amount", N(amount),
				"orderInfo", orderInfo,
				"orderType", N("momo_wallet"),
				"transId", N(trans),
				"resultCode", N(code),
				"message", N(msg),
				"payType", N(pick(g.r, []string{"qr", "webApp", "napas", "credit"})),
				"responseTime", N(g.t.UnixMilli()),
				"extraData", extra,
				"signature", N(g.hex(64)),
			),
			"response_status", N(204),
		),
	)
}

// w16TabbyCities are cities in Latin letters, by the Arabic spelling.
var w16TabbyCities = map[string]string{"الرياض": "Riyadh", "جدة": "Jeddah", "دبي": "Dubai", "أبوظبي": "Abu Dhabi"}

// w16TabbyStreets are streets in Latin letters, by the Arabic spelling.
var w16TabbyStreets = map[string]string{"طريق الملك فهد": "King Fahd Road", "شارع التحلية": "Tahlia Street", "شارع الشيخ زايد": "Sheikh Zayed Road"}

func tabbyCheckoutSession(g *gen) *node {
	g.redraw("SA", "SA", "AE", "AE", "AE")
	p := g.p
	cc := p.c.code
	currency := map[string]string{"SA": "SAR", "AE": "AED"}[cc]
	arabic := g.r.IntN(2) == 0
	name := p.given + " " + p.family
	if !arabic {
		name = latinName(p.given, p.givenL) + " " + latinName(p.family, p.familyL)
	}
	var phoneV string
	if p.phoneCC == cc {
		phoneV = pick(g.r, []string{"0" + g.nsn(), g.nsn(), g.e164(), g.intl()})
	} else {
		phoneV = g.e164()
	}
	withDOB := g.r.IntN(3) != 0
	buyer := func() *node {
		b := O("phone", g.phone(phoneV), "email", P(p.email), "name", P(name))
		if withDOB {
			b.set("dob", g.dob("2006-01-02"))
		}
		return b
	}
	city, street := p.city, p.street
	if !arabic || g.r.IntN(3) == 0 {
		city = w16TabbyCities[p.city]
		if l, ok := w16TabbyStreets[street]; ok {
			street = l
		}
	}
	street += pick(g.r, []string{", villa " + pattern(g.r, "##"), ", building " + pattern(g.r, "#") + ", apt " + pattern(g.r, "##"), ""})
	zip := N("00000")
	if p.post != "" {
		zip = P(p.post)
	}
	ship := func() *node {
		return O("city", P(city), "address", P(street), "zip", zip)
	}
	// The city names the country: a shipping address states the
	// residence though it has no country field.
	var shipping *node
	if p.showResidence {
		g.lab.Residence = addCountry(g.lab.Residence, cc)
		shipping = ship()
	}
	ref := fmt.Sprint(100000 + g.r.IntN(900000))
	itemsOf := []struct {
		title, cat, brand string
		price             int
	}{{"عباية سوداء كلاسيك", "Clothing", "Zahra", 340}, {"Nike Air Zoom Pegasus 40", "Shoes", "Nike", 560}, {"عطر عود ملكي 100 مل", "Beauty", "Arabian Oud", 890}, {"iPhone 15 Pro Case", "Electronics", "Apple", 199}, {"Samsung Galaxy S24 Ultra 256GB", "Electronics", "Samsung", 4599}}
	it := pick(g.r, itemsOf)
	qty := 1 + g.r.IntN(2)
	amount := fmt.Sprintf("%d.00", it.price*qty)
	shop := pick(g.r, []string{"https://www.souqstyle.example", "https://shop.oudhouse.example.sa", "https://electro.example.ae"})
	item := func(title string, price, qty int) *node {
		return O(
			"title", N(title), "description", N(""), "quantity", N(qty), "unit_price", N(fmt.Sprintf("%d.00", price)),
			"discount_amount", N("0.00"), "reference_id", N(pattern(g.r, "SKU-#####")),
			"image_url", N(shop+"/media/"+g.hex(8)+".jpg"), "product_url", N(shop+"/p/"+g.hex(6)),
			"category", N(it.cat), "brand", N(it.brand),
		)
	}
	customerID := fmt.Sprint(10000 + g.r.IntN(90000))
	registered := g.t.AddDate(0, -1-g.r.IntN(40), -g.r.IntN(28))
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	history := A()
	for i := range g.r.IntN(3) {
		h := O(
			"purchased_at", N(z(g.t.AddDate(0, -1-i*3-g.r.IntN(3), -g.r.IntN(28)))),
			"amount", N(fmt.Sprintf("%d.00", 50+g.r.IntN(900))),
			"payment_method", N(pick(g.r, []string{"card", "cod"})),
			"status", N(pick(g.r, []string{"complete", "complete", "refunded", "canceled"})),
			"buyer", buyer(),
		)
		if g.r.IntN(4) == 0 {
			// Sent to someone else: a mother, a friend in another city.
			q := newPerson(g.r, p.c, g.t)
			qc := q.city
			if !arabic {
				qc = w16TabbyCities[q.city]
			}
			qz := N("00000")
			if q.post != "" {
				qz = P(q.post)
			}
			h.set("shipping_address", O("city", P(qc), "address", P(q.street), "zip", qz))
		} else if shipping != nil {
			h.set("shipping_address", ship())
		}
		h.set("items", A(item(pick(g.r, []string{"Perfume gift set", "حذاء رياضي", "Wireless earbuds"}), 50+g.r.IntN(500), 1)))
		history.arr = append(history.arr, h)
	}
	payment := O(
		"amount", N(amount),
		"currency", N(currency),
		"description", N("Order #"+ref),
		"buyer", buyer(),
		"shipping_address", shipping,
		"order", O(
			"tax_amount", N("0.00"), "shipping_amount", N("0.00"), "discount_amount", N("0.00"),
			"updated_at", N(z(g.t)), "reference_id", N(ref),
			"items", A(item(it.title, it.price, qty)),
		),
		"buyer_history", O(
			"registered_since", N(z(registered)),
			"loyalty_level", N(len(history.arr)),
			"wishlist_count", N(g.r.IntN(10)),
			"is_social_networks_connected", N(g.r.IntN(2) == 0),
			"is_phone_number_verified", N(true),
			"is_email_verified", N(g.r.IntN(3) != 0),
		),
		"order_history", history,
		"meta", O("order_id", N("#"+ref), "customer", P("#customer-"+customerID)),
	)
	lang := "en"
	if arabic {
		lang = "ar"
	}
	urls := func() *node {
		return O("success", N(shop+"/checkout/tabby/success"), "cancel", N(shop+"/checkout/tabby/cancel"), "failure", N(shop+"/checkout/tabby/failure"))
	}
	session := g.uuid()
	payID := g.uuid()
	// Under 18s are turned away; a high basket may be too.
	reason := ""
	switch {
	case withDOB && g.ageAt() < 18:
		reason = "not_available"
	case it.price*qty > 4000 && g.r.IntN(2) == 0:
		reason = "order_amount_too_high"
	}
	products := O("installments", O("type", N("installments"), "is_available", N(reason == ""), "rejection_reason", orNull(Nif(reason))))
	available := O()
	if reason == "" {
		available.set("installments", A(O("web_url", N("https://checkout.tabby.ai/?sessionId="+session+"&product=installments"))))
	}
	expires := g.t.Add(time.Hour)
	respPayment := O(
		"id", N(payID),
		"created_at", N(z(g.t)),
		"expires_at", N(z(expires)),
		"status", N("CREATED"),
		"is_test", N(false),
		"amount", N(amount),
		"currency", N(currency),
		"description", N("Order #"+ref),
		"buyer", buyer(),
		"shipping_address", shipping,
		"order", O("reference_id", N(ref)),
	)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://api.tabby.ai/api/v2/checkout"),
			"headers", O("Authorization", C("Bearer pk_"+g.uuid()), "Content-Type", N("application/json")),
			"body", O(
				"payment", payment,
				"lang", N(lang),
				"merchant_code", N(pick(g.r, []string{"souqstyle_", "oudhouse_", "electro_"})+strings.ToLower(cc)),
				"merchant_urls", urls(),
			),
		),
		"response", O(
			"id", N(session),
			"configuration", O(
				"currency", N(currency),
				"app_type", N("web"),
				"new_customer", N(len(history.arr) == 0),
				"available_limit", N(nil),
				"min_limit", N(nil),
				"available_products", available,
				"products", products,
				"expires_at", N(z(expires)),
			),
			"payment", respPayment,
			"status", N(map[bool]string{true: "created", false: "rejected"}[reason == ""]),
			"merchant_urls", urls(),
			"lang", N(lang),
		),
	)
}

// w16Departments and w16Titles are an employer's departments and job
// titles.
var w16Departments = []string{"Engineering", "Sales", "Finance", "People", "Customer Success", "Marketing"}
var w16Titles = []string{"Software Engineer", "Senior Account Executive", "Financial Analyst", "HR Business Partner", "Support Specialist", "Product Marketing Manager", "Engineering Manager"}

// w16ULID is a WorkOS id: a prefix and a ULID.
func (g *gen) w16ULID(prefix string) string {
	return prefix + "01" + g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)
}

func workosDsyncUserCreated(g *gen) *node {
	g.redraw("DE", "IN", "BR", "JP", "PL", "MX")
	g.adult(18)
	p := g.p
	cc := p.c.code
	domain := pick(g.r, []string{"acme-robotics.example", "northwind.example.com", "globex.example.io"})
	first, last := p.given, p.family
	if cc == "IN" || (cc == "JP" && g.r.IntN(2) == 0) {
		first, last = latinName(p.given, p.givenL), latinName(p.family, p.familyL)
	}
	work := strings.ToLower(latinOnly(p.givenL)+"."+strings.ReplaceAll(latinOnly(p.familyL), " ", "")) + "@" + domain
	dept := pick(g.r, w16Departments)
	title := pick(g.r, w16Titles)
	empNo := pattern(g.r, "E#####")
	managerIdP := "00u" + g.b62(17)
	userIdP := "00u" + g.b62(17)
	dirID := g.w16ULID("directory_")
	orgID := g.w16ULID("org_")
	created := g.t.Add(-time.Duration(1+g.r.IntN(30)) * time.Second)
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	google := g.r.IntN(3) == 0
	var raw *node
	idpID := userIdP
	if google {
		gid := pattern(g.r, "1#####################")[:21]
		idpID = gid
		r := O(
			"kind", N("admin#directory#user"),
			"id", P(gid),
			"etag", N("\""+g.b62(27)+"/"+g.b62(27)+"\""),
			"primaryEmail", P(work),
			"name", O("givenName", P(first), "familyName", P(last), "fullName", P(first+" "+last)),
			"isAdmin", N(false),
			"isDelegatedAdmin", N(false),
			"creationTime", N(z(created.Add(-time.Minute))),
			"agreedToTerms", N(false),
			"suspended", N(false),
			"archived", N(false),
			"changePasswordAtNextLogin", N(true),
			"ipWhitelisted", N(false),
		)
		emails := A(O("address", P(work), "primary", N(true)))
		if g.r.IntN(2) == 0 {
			emails.arr = append(emails.arr, O("address", P(p.email), "type", N("home")))
		}
		r.set("emails", emails)
		if ph := g.phone(g.e164()); ph != nil {
			r.set("phones", A(O("value", ph, "type", N("mobile"))))
		}
		if p.showResidence {
			r.set("addresses", A(O(
				"type", N("home"),
				"streetAddress", g.addr(p.street),
				"locality", g.addr(p.city),
				"region", g.addrN(p.region),
				"postalCode", g.addr(p.post),
				"countryCode", g.residence(cc),
			)))
		}
		r.set("organizations", A(O("title", P(title), "primary", N(true), "customType", N(""), "department", N(dept), "description", N("Full-time"), "costCenter", N(pattern(g.r, "CC-###")))))
		r.set("relations", A(O("value", P("manager."+strings.ToLower(g.b62(5))+"@"+domain), "type", N("manager"))))
		r.set("externalIds", A(O("value", P(empNo), "type", N("organization"))))
		if lc := g.locale(p.locale); lc != nil {
			r.set("languages", A(O("languageCode", lc, "preference", N("preferred"))))
		}
		if g.r.IntN(3) == 0 {
			r.set("gender", O("type", P(g.gender())))
		}
		r.set("customerId", N("C0"+g.b62(7)))
		r.set("orgUnitPath", N("/"+dept))
		r.set("isMailboxSetup", N(true))
		r.set("includeInGlobalAddressList", N(true))
		raw = r
	} else {
		azure := g.r.IntN(2) == 0
		r := O(
			"schemas", A(N("urn:ietf:params:scim:schemas:core:2.0:User"), N("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")),
			"id", P(userIdP),
			"userName", P(work),
			"active", N(true),
			"displayName", P(first+" "+last),
			"name", O("givenName", P(first), "familyName", P(last), "formatted", P(p.fullName())),
			"title", P(title),
			"emails", A(O("value", P(work), "type", N("work"), "primary", N(true))),
		)
		if azure {
			r.set("externalId", P(g.uuid()))
		} else {
			r.set("externalId", P(userIdP))
		}
		if ph := g.phone(pick(g.r, []string{g.e164(), g.intl()})); ph != nil {
			r.set("phoneNumbers", A(O("value", ph, "type", N("mobile"), "primary", N(true))))
		}
		if p.showResidence {
			// The address the HR system keeps for the employee.
			r.set("addresses", A(O(
				"type", N(map[bool]string{true: "work", false: "home"}[azure]),
				"streetAddress", g.addr(p.street),
				"locality", g.addr(p.city),
				"region", g.addrN(p.region),
				"postalCode", g.addr(p.post),
				"country", g.residence(cc),
				"primary", N(true),
			)))
		}
		if lc := g.locale(p.locale); lc != nil {
			r.set("preferredLanguage", lc)
			r.set("locale", N(strings.ReplaceAll(p.locale, "-", "_")))
		}
		r.set("timezone", g.tz(p.tz))
		r.set("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", O(
			"employeeNumber", P(empNo),
			"department", N(dept),
			"costCenter", N(pattern(g.r, "CC-###")),
			"organization", N(strings.Split(domain, ".")[0]),
			"manager", O("value", P(managerIdP)),
		))
		r.set("meta", O("resourceType", N("User")))
		raw = r
	}
	groups := A()
	for range 1 + g.r.IntN(2) {
		gn := pick(g.r, []string{dept, "All Employees", "VPN Users", dept + " - " + map[string]string{"DE": "Berlin", "IN": "Bengaluru", "BR": "São Paulo", "JP": "Tokyo", "PL": "Warszawa", "MX": "CDMX"}[cc]})
		groups.arr = append(groups.arr, O(
			"object", N("directory_group"),
			"id", N(g.w16ULID("directory_group_")),
			"idp_id", N(g.hex(24)),
			"directory_id", N(dirID),
			"organization_id", N(orgID),
			"name", N(gn),
			"created_at", N(z(created.AddDate(0, -g.r.IntN(12), 0))),
			"updated_at", N(z(created)),
			"raw_attributes", O(),
		))
	}
	custom := O(
		"department", N(dept),
		"job_title", P(title),
		"employee_number", P(empNo),
		"manager_id", P(managerIdP),
	)
	if g.r.IntN(2) == 0 {
		custom.set("cost_center", N(pattern(g.r, "CC-###")))
	}
	emails := A(O("primary", N(true), "type", N("work"), "value", P(work)))
	data := O(
		"object", N("directory_user"),
		"id", P(g.w16ULID("directory_user_")),
		"directory_id", N(dirID),
		"organization_id", N(orgID),
		"idp_id", P(idpID),
		"first_name", P(first),
		"last_name", P(last),
		"email", P(work),
		"emails", emails,
		"username", P(work),
		"state", N("active"),
		"job_title", P(title),
		"groups", groups,
		"custom_attributes", custom,
		"raw_attributes", raw,
		"role", O("slug", N("member")),
		"created_at", N(z(created)),
		"updated_at", N(z(created)),
	)
	return O(
		"headers", O(
			"Content-Type", N("application/json"),
			"WorkOS-Signature", N(fmt.Sprintf("t=%d, v1=%s", g.t.UnixMilli(), g.hex(64))),
			"User-Agent", N("WorkOS"),
		),
		"body", O(
			"id", N(g.w16ULID("event_")),
			"event", N("dsync.user.created"),
			"data", data,
			"created_at", N(z(g.t)),
		),
	)
}

// w16BDIssuers are SSLCommerz card types with issuer and brand.
var w16BDIssuers = [][3]string{
	{"BKASH-BKash", "BKash Mobile Banking", "MOBILEBANKING"},
	{"NAGAD-Nagad", "Nagad", "MOBILEBANKING"},
	{"VISA-Dutch Bangla", "DUTCH-BANGLA BANK LIMITED", "VISA"},
	{"MASTER-BRAC", "BRAC BANK, LTD.", "MASTERCARD"},
	{"DBBLMOBILEB-Dbbl Mobile Banking", "DBBL Mobile Banking", "MOBILEBANKING"},
}

func sslcommerzIPN(g *gen) *node {
	g.redraw("BD")
	p := g.p
	// Names as typed into a checkout: Latin letters mostly, "Md." for
	// men named Muhammad; sometimes Bengali script.
	name := titled(p.givenL, p.familyL)
	switch {
	case g.r.IntN(4) == 0:
		name = p.given + " " + p.family
	case !p.female && g.r.IntN(2) == 0:
		name = "Md. " + name
	}
	phoneV := g.e164()
	if p.phoneCC == "BD" {
		phoneV = pick(g.r, []string{"0" + g.nsn(), "0" + g.nsn(), g.e164(), strings.TrimPrefix(g.e164(), "+")})
	}
	store := pick(g.r, []string{"bdshop", "pathao", "rokomari", "chaldal"}) + pattern(g.r, "########") + "live"
	passwd := store[:len(store)-4] + "@ssl"
	tranID := pick(g.r, []string{"SSLCZ_", "TXN", "INV-"}) + pattern(g.r, "##########")
	shop := pick(g.r, []string{"https://www.deshishop.example.com.bd", "https://boighor.example.bd", "https://bazar.example.com"})
	amount := 150 + g.r.IntN(20000)
	amt := fmt.Sprintf("%d.00", amount)
	phone := g.phone(phoneV)
	var addNote *node
	if p.showResidence && p.bio != "" && g.r.IntN(3) == 0 {
		addNote = textLeaf(p.bio, p.bioCat)
	}
	// value_a…value_d: the shop's own values.
	values := [4]*node{N(pattern(g.r, "ORD#######")), N("web"), N(""), N("")}
	switch g.r.IntN(3) {
	case 0:
		values[1] = P("CUS-" + pattern(g.r, "######"))
		values[2] = P(p.email)
		values[3] = orEmpty(g.phone(phoneV))
	case 1:
		values[2] = P(name)
	}
	if addNote != nil && g.r.IntN(2) == 0 {
		values[3], addNote = addNote, nil
	}
	form := O(
		"store_id", N(store),
		"store_passwd", C(passwd),
		"total_amount", N(amt),
		"currency", N("BDT"),
		"tran_id", N(tranID),
		"success_url", N(shop+"/payment/success"),
		"fail_url", N(shop+"/payment/fail"),
		"cancel_url", N(shop+"/payment/cancel"),
		"ipn_url", N(shop+"/payment/ipn"),
		"cus_name", P(name),
		"cus_email", P(p.email),
	)
	if p.showResidence {
		form.set("cus_add1", g.addr(p.street))
		form.set("cus_add2", orEmpty(addNote))
		form.set("cus_city", g.addr(p.city))
		form.set("cus_state", g.addrN(p.city))
		form.set("cus_postcode", g.addr(p.post))
		form.set("cus_country", g.residence("Bangladesh"))
	} else {
		form.set("cus_add1", N("N/A"))
		form.set("cus_city", N("N/A"))
		form.set("cus_country", N("N/A"))
	}
	form.set("cus_phone", orEmpty(phone))
	form.set("cus_fax", N(""))
	physical := g.r.IntN(3) != 0
	form.set("shipping_method", N(map[bool]string{true: "Courier", false: "NO"}[physical]))
	form.set("num_of_item", N(fmt.Sprint(1+g.r.IntN(3))))
	if physical {
		if g.r.IntN(3) == 0 || !p.showResidence {
			// Sent to someone else: parents in another district.
			q := newPerson(g.r, p.c, g.t)
			form.set("ship_name", P(titled(q.givenL, q.familyL)))
			form.set("ship_add1", P(q.street))
			form.set("ship_add2", N(""))
			form.set("ship_city", P(q.city))
			form.set("ship_state", N(q.city))
			form.set("ship_postcode", P(q.post))
			form.set("ship_country", N("Bangladesh"))
		} else {
			form.set("ship_name", P(name))
			form.set("ship_add1", g.addr(p.street))
			form.set("ship_add2", N(""))
			form.set("ship_city", g.addr(p.city))
			form.set("ship_state", g.addrN(p.city))
			form.set("ship_postcode", g.addr(p.post))
			form.set("ship_country", g.residence("Bangladesh"))
		}
	}
	prod := pick(g.r, [][3]string{{"Humayun Ahmed Rochonaboli", "Book", "physical-goods"}, {"Walton Smart TV 43 inch", "Electronics", "physical-goods"}, {"Monthly Internet Package", "Service", "non-physical-goods"}, {"Aarong Jamdani Saree", "Clothing", "general"}})
	form.set("product_name", N(prod[0]))
	form.set("product_category", N(prod[1]))
	form.set("product_profile", N(prod[2]))
	for i, k := range []string{"value_a", "value_b", "value_c", "value_d"} {
		form.set(k, values[i])
	}
	session := strings.ToUpper(g.hex(32))
	iss := pick(g.r, w16BDIssuers)
	cardNo := ""
	if iss[2] != "MOBILEBANKING" {
		cardNo = pattern(g.r, "4#####") + "XXXXXX" + pattern(g.r, "####")
	}
	valID := g.t.Add(6*time.Hour).Format("060102150405") + g.b62(13)
	bankTran := g.t.Add(6*time.Hour).Format("060102150405") + pattern(g.r, "#########")
	dhaka := time.FixedZone("", 6*3600)
	tranDate := g.t.Add(-time.Duration(20+g.r.IntN(300)) * time.Second).In(dhaka).Format("2006-01-02 15:04:05")
	store_amount := fmt.Sprintf("%.2f", float64(amount)*0.975)
	keys := []string{"amount", "bank_tran_id", "base_fair", "card_brand", "card_issuer", "card_issuer_country", "card_issuer_country_code", "card_no", "card_sub_brand", "card_type", "currency", "currency_amount", "currency_rate", "currency_type", "risk_level", "risk_title", "status", "store_amount", "store_id", "tran_date", "tran_id", "val_id", "value_a", "value_b", "value_c", "value_d"}
	sum := md5.Sum([]byte(tranID + valID + g.hex(8)))
	common := func(o *node) *node {
		o.set("tran_date", N(tranDate))
		o.set("tran_id", N(tranID))
		o.set("val_id", N(valID))
		o.set("amount", N(amt))
		o.set("store_amount", N(store_amount))
		o.set("currency", N("BDT"))
		o.set("bank_tran_id", N(bankTran))
		o.set("card_type", N(iss[0]))
		if cardNo != "" {
			o.set("card_no", P(cardNo))
		} else {
			o.set("card_no", N(""))
		}
		o.set("card_issuer", N(iss[1]))
		o.set("card_brand", N(iss[2]))
		o.set("card_sub_brand", N("Classic"))
		o.set("card_issuer_country", N("Bangladesh"))
		o.set("card_issuer_country_code", N("BD"))
		o.set("currency_type", N("BDT"))
		o.set("currency_amount", N(amt))
		o.set("currency_rate", N("1.0000"))
		o.set("base_fair", N("0.00"))
		for i, k := range []string{"value_a", "value_b", "value_c", "value_d"} {
			o.set(k, values[i])
		}
		o.set("risk_level", N("0"))
		o.set("risk_title", N("Safe"))
		return o
	}
	ipn := common(O("status", N("VALID")))
	ipn.set("store_id", N(store))
	ipn.set("verify_sign", N(fmt.Sprintf("%x", sum)))
	ipn.set("verify_key", N(strings.Join(keys, ",")))
	ipn.set("verify_sign_sha2", N(g.hex(64)))
	validation := common(O("status", N("VALID")))
	validation.set("emi_instalment", N("0"))
	validation.set("emi_amount", N("0.00"))
	validation.set("emi_description", N(""))
	validation.set("emi_issuer", N(""))
	validation.set("account_details", N(""))
	validation.set("APIConnect", N("DONE"))
	validation.set("validated_on", N(g.t.In(dhaka).Format("2006-01-02 15:04:05")))
	validation.set("gw_version", N(""))
	return O(
		"session", O(
			"request", O(
				"method", N("POST"),
				"url", N("https://securepay.sslcommerz.com/gwprocess/v4/api.php"),
				"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
				"form", form,
			),
			"response", O(
				"status", N("SUCCESS"),
				"failedreason", N(""),
				"sessionkey", C(session),
				"gw", O(
					"visa", N("city_visa,ebl_visa,dbbl_visa"),
					"master", N("city_master,ebl_master,dbbl_master"),
					"amex", N("city_amex"),
					"othercards", N("qcash,fastcash"),
					"internetbanking", N("city,bankasia,ibbl,mtbl"),
					"mobilebanking", N("dbblmobilebanking,bkash,nagad,abbank,ibbl"),
				),
				"redirectGatewayURL", N("https://securepay.sslcommerz.com/gwprocess/v4/bankgw/indexhtml.php?mamount="+amt+"&ssl_id="+valID[:12]+"&Q=REDIRECT"),
				"GatewayPageURL", C("https://securepay.sslcommerz.com/EasyCheckOut/"+strings.ToLower(session)),
				"storeBanner", N("https://securepay.sslcommerz.com/stores/logos/demoLogo.png"),
				"storeLogo", N("https://securepay.sslcommerz.com/stores/logos/demoLogo.png"),
				"desc", A(O("name", N("bKash"), "type", N("mobilebanking"), "logo", N("https://securepay.sslcommerz.com/gwprocess/v4/image/gw/bkash.png"), "gw", N("bkash"))),
				"is_direct_pay_enable", N("0"),
			),
		),
		"ipn", O(
			"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
			"form", ipn,
		),
		"validation", O(
			"request", O(
				"method", N("GET"),
				"url", N("https://securepay.sslcommerz.com/validator/api/validationserverAPI.php"),
				"query", O("val_id", N(valID), "store_id", N(store), "store_passwd", C(passwd), "v", N("1"), "format", N("json")),
			),
			"response", validation,
		),
	)
}
