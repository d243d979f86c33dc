package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// wave15Shapes are a fifteenth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a Japanese marketplace,
// an open-banking data API, a Brazilian wallet, an African marketplace
// and a survey platform: a Rakuten Ichiba RMS order (kanji and katakana
// names, split postcodes and phone numbers, gift recipients, delivery
// remarks), TrueLayer's Data API identity and accounts of a connected
// bank (joint holders, IBANs and sort codes), a PicPay e-commerce
// payment with its callback (CPF, "+55 DD NNNNN-NNNN"), a Jumia Seller
// Center order (Nigeria, Kenya, Egypt in Arabic script, Morocco) and a
// Qualtrics survey response fetched on its event subscription, with
// free-text answers that mention health and religion.
var wave15Shapes = []Shape{
	{Name: "rakuten_rms_order", Doc: "webservice.rms.rakuten.co.jp RMS WEB SERVICE 受注API (RakutenPayOrderAPI) getOrder 2.0 (POST https://api.rms.rakuten.co.jp/es/2.0/order/getOrder/ with Authorization: ESA base64(serviceSecret:licenseKey), body {orderNumberList[], version} -> {MessageModelList[{messageType, messageCode, message, orderNumber}], OrderModelList[{orderNumber shopId-YYYYMMDD-NNNNNNNNNN, orderProgress 100/300, subStatusId, subStatusName, orderDatetime yyyy-MM-ddTHH:mm:ss+0900, shopOrderCfmDatetime, orderFixDatetime, deliveryDate, shippingTerm, remarks ([配送日時指定:] and the buyer's note), giftCheckFlag, severalSenderFlag, equalSenderFlag, isolatedIslandFlag, rakutenMemberFlag, carrierCode, emailCarrierCode, orderType, goodsPrice, goodsTax, postagePrice, deliveryPrice, totalPrice, requestPrice, OrdererModel{zipCode1, zipCode2, prefecture, city, subAddress, familyName, firstName, familyNameKana, firstNameKana, phoneNumber1, phoneNumber2, phoneNumber3, emailAddress (the relay address @pc.fw.rakuten.ne.jp), sex 男/女, birthYear, birthMonth, birthDay}, SettlementModel{settlementMethodCode, settlementMethod, rpaySettlementFlag, cardName, cardNumber masked, cardOwner, cardYm, cardPayType}, DeliveryModel{deliveryName, deliveryClass}, PointModel{usedPoint}, PackageModelList[{basketId, postagePrice, deliveryPrice, goodsPrice, totalPrice, noshi, packageDeleteFlag, SenderModel (the ship-to person){zipCode1, zipCode2, prefecture, city, subAddress, familyName, firstName, familyNameKana, firstNameKana, phoneNumber1-3, isolatedIslandFlag}, ItemModelList[{itemDetailId, itemName, itemId, itemNumber, manageNumber, price, units, includePostageFlag, includeTaxFlag, selectedChoice, pointRate}], ShippingModelList[]}]}]}): domestic Japanese orders, gifts to other people", build: rakutenRMSOrder},
	{Name: "truelayer_data_identity", Doc: "docs.truelayer.com Data API v1 (POST https://auth.truelayer.com/connect/token {grant_type authorization_code, client_id, client_secret, redirect_uri, code} -> {access_token, expires_in, token_type Bearer, refresh_token, scope}; GET https://api.truelayer.com/data/v1/me -> {results[{client_id, credentials_id, consent_status, consent_status_updated_at, consent_created_at, consent_expires_at, provider{display_name, logo_uri, provider_id}, scopes[]}], status Succeeded}; GET /data/v1/info -> {results[{full_name, date_of_birth 1984-01-01T00:00:00, addresses[{address, city, state, zip, country}], emails[], phones[], update_timestamp}] (one result a holder: joint accounts return both)}; GET /data/v1/accounts -> {results[{update_timestamp, account_id, account_type TRANSACTION / SAVINGS, display_name, currency, account_number{iban, number, sort_code, swift_bic}, provider{display_name, provider_id, logo_uri}}]}) as a lender's affordability check logs the connection, for UK and EU banks", build: truelayerDataIdentity},
	{Name: "picpay_ecommerce_payment", Doc: "picpay.github.io/picpay-docs-digital-payments (E-commerce API: POST https://appws.picpay.com/ecommerce/public/payments with x-picpay-token {referenceId, callbackUrl, returnUrl, value, expiresAt ISO with -03:00, channel, purchaseMode online, buyer{firstName, lastName, document CPF 123.456.789-10, email, phone +55 27 12345-6789}} -> {referenceId, paymentUrl https://app.picpay.com/checkout/…, expiresAt, qrcode{content, base64 data:image/png}}; the notification POST to callbackUrl with x-seller-token {referenceId, authorizationId}; GET /ecommerce/public/payments/{referenceId}/status -> {authorizationId, referenceId, status created / paid / completed / refunded / chargeback, createdAt, updatedAt, value}) as a Brazilian shop logs a checkout", build: picpayEcommercePayment},
	{Name: "jumia_sellercenter_order", Doc: "sellerapi.sellercenter.net and the Jumia Seller Center API guide (GET https://sellercenter-api.jumia.com.ng/?Action=GetOrders&Format=JSON&Timestamp&UserID&Version=1.0&Signature (HMAC-SHA256 of the sorted parameters with the API key) -> {SuccessResponse{Head{RequestId, RequestAction GetOrders, ResponseType Orders, Timestamp}, Body{Orders{Order[{OrderId, CustomerFirstName, CustomerLastName, OrderNumber, PaymentMethod CashOnDelivery / JumiaPay, Remarks, DeliveryInfo, Price \"12,500.00\", GiftOption, GiftMessage, VoucherCode, CreatedAt Y-m-d H:i:s, UpdatedAt, AddressUpdatedAt, AddressBilling{FirstName, LastName, Phone, Phone2, Address1…Address5, CustomerEmail, City, Ward, Region, PostCode, Country}, AddressShipping{…}, NationalRegistrationNumber, ItemsCount, PromisedShippingTime, ExtraAttributes, Statuses{Status}}]}}}}) for Jumia Nigeria, Kenya, Egypt (addresses and names typed in Arabic) and Morocco", build: jumiaSellercenterOrder},
	{Name: "qualtrics_response_export", Doc: "api.qualtrics.com (event subscriptions: surveyengine.completedResponse.{SurveyID} POSTs Topic, Status, SurveyID, ResponseID, CompletedDate, BrandID as application/x-www-form-urlencoded; GET https://{datacenter}.qualtrics.com/API/v3/surveys/{surveyId}/responses/{responseId} with X-API-TOKEN -> {result{responseId R_…, values{startDate, endDate, status, ipAddress, progress, duration, finished, recordedDate, _recordId, locationLatitude, locationLongitude, distributionChannel anonymous / email, userLanguage EN / DE / PT-BR / ZH-S …, recipientEmail, recipientFirstName, recipientLastName, externalDataReference, QID1 (choice code), QID2_TEXT (text entry), embedded data}, labels{QID…: choice text}, displayedFields[], displayedValues{}}, meta{requestId, httpStatus}}) for a hospital's patient-experience survey: free-text answers in the patients' languages mentioning their conditions and faith, optional religion and disability questions", build: qualtricsResponseExport},
}

// w15Kana are the katakana readings (フリガナ) of the Japanese names.
var w15Kana = map[string]string{
	"shota": "ショウタ", "hina": "ヒナ", "daisuke": "ダイスケ", "sakura": "サクラ",
	"sato": "サトウ", "suzuki": "スズキ", "takahashi": "タカハシ",
}

// w15JPAddress splits a Japanese address into RMS's prefecture, city and
// the rest (chōme, banchi, building).
func w15JPAddress(city, street, building string) (pref, muni, sub string) {
	// The ward names the city: 北区梅田 is Osaka's, the others Tokyo's.
	pref, city = "東京都", ""
	if strings.HasPrefix(street, "北区梅田") {
		pref, city = "大阪府", "大阪市"
	}
	muni, sub = "", street
	if i := strings.Index(street, "区"); i >= 0 {
		muni, sub = street[:i+len("区")], street[i+len("区"):]
	}
	return pref, city + muni, sub + building
}

// w15Remark is a buyer's note to a Japanese shop.
var w15Remarks = []bioLine{
	{"", "不在の場合は宅配ボックスに入れてください。"},
	{"", "ギフト用にのし紙をお願いします。"},
	{"health", "妊娠中で重い荷物を運べないため、玄関前までお願いします。"},
	{"health", "車椅子を使っているので、到着前にお電話ください。"},
	{"religion", "法事で使う品物です。仏式の掛け紙でお願いします。"},
}

func rakutenRMSOrder(g *gen) *node {
	g.redraw("JP")
	g.adult(18)
	p := g.p
	shop := 200000 + g.r.IntN(200000)
	ordered := g.t.Add(-time.Duration(600+g.r.IntN(86400)) * time.Second)
	jst := time.FixedZone("JST", 9*3600)
	rms := func(t time.Time) string { return t.In(jst).Format("2006-01-02T15:04:05-0700") }
	orderNumber := fmt.Sprintf("%d-%s-%010d", shop, ordered.In(jst).Format("20060102"), g.r.IntN(100000000))
	kana := func(q *person, given bool) *node {
		if given {
			return Pif(w15Kana[q.givenL])
		}
		return Pif(w15Kana[q.familyL])
	}
	building := pick(g.r, []string{"", "", " サンハイツ" + pattern(g.r, "#0#"), " グランドメゾン" + pattern(g.r, "#0#") + "号室"})
	person := func(q *person, self bool) *node {
		pref, muni, sub := w15JPAddress(q.city, q.street, building)
		o := O()
		if !self || p.showResidence {
			if self {
				// No country field: a Japanese address from its prefecture
				// on states the residence all the same.
				g.lab.Residence = addCountry(g.lab.Residence, "JP")
			}
			o.set("zipCode1", P(q.post[:3]))
			o.set("zipCode2", P(q.post[4:]))
			o.set("prefecture", N(pref))
			o.set("city", P(muni))
			o.set("subAddress", P(sub))
		}
		o.set("familyName", P(q.family))
		o.set("firstName", P(q.given))
		o.set("familyNameKana", kana(q, false))
		o.set("firstNameKana", kana(q, true))
		switch {
		case !self:
			parts := strings.Split(q.phoneNat, "-")
			for i := range 3 {
				v := ""
				if i < len(parts) {
					v = parts[i]
				}
				o.set(fmt.Sprintf("phoneNumber%d", i+1), P(v))
			}
		case p.phoneCC == "JP":
			parts := strings.Split(p.phoneNat, "-")
			if n := g.phone(parts[0]); n != nil {
				o.set("phoneNumber1", n)
				for i := 1; i < 3; i++ {
					v := ""
					if i < len(parts) {
						v = parts[i]
					}
					o.set(fmt.Sprintf("phoneNumber%d", i+1), P(v))
				}
			}
		default:
			// A number from abroad, kept whole in the first part.
			if n := g.phone(strings.TrimPrefix(p.phoneE164, "+")); n != nil {
				o.set("phoneNumber1", n)
				o.set("phoneNumber2", N(""))
				o.set("phoneNumber3", N(""))
			}
		}
		return o
	}
	orderer := person(p, true)
	orderer.set("emailAddress", P(strings.ToLower(g.b62(10))+"."+g.hex(6)+"@pc.fw.rakuten.ne.jp"))
	orderer.set("sex", P(map[bool]string{true: "女", false: "男"}[p.female]))
	if g.r.IntN(3) != 0 {
		d := g.dobAt()
		orderer.set("birthYear", P(d.Year()))
		orderer.set("birthMonth", P(int(d.Month())))
		orderer.set("birthDay", P(d.Day()))
	}
	gift := !p.showResidence || g.r.IntN(3) == 0
	var sender *node
	if gift {
		// Sent to someone else: a parent, a friend, a client.
		q := newPerson(g.r, countryByCode("JP"), g.t)
		q.phoneE164, q.phoneNat = phoneNumber(g.r, "JP")
		sender = person(q, false)
	} else {
		sender = person(p, true)
	}
	sender.set("isolatedIslandFlag", N(0))
	delivery := g.t.AddDate(0, 0, 2+g.r.IntN(5)).In(jst)
	slot := pick(g.r, []string{"午前中", "14時～16時", "18時～20時", "19時～21時"})
	remarks := "[配送日時指定:]\n" + delivery.Format("2006-01-02") + "(" + []string{"日", "月", "火", "水", "木", "金", "土"}[delivery.Weekday()] + ") " + slot
	var remarksN *node
	note := bioLine{}
	if g.r.IntN(2) == 0 {
		note = pick(g.r, w15Remarks)
	} else if p.bio != "" && p.c.lang == "ja" && g.r.IntN(3) == 0 {
		note = bioLine{p.bioCat, p.bio}
	}
	if note.text != "" {
		remarks += "\n[備考:]\n" + note.text
		remarksN = textLeaf(remarks, note.cat)
	} else {
		remarksN = N(remarks)
	}
	items := [][2]any{{"【送料無料】北海道産 ゆめぴりか 5kg 令和7年産", 3980}, {"今治タオル フェイスタオル 3枚セット ギフト箱入り", 3300}, {"【ふるさと納税対象外】 国産 黒毛和牛 切り落とし 500g", 4980}, {"静岡県産 深蒸し茶 100g×3袋", 2160}}
	it := pick(g.r, items)
	units := 1 + g.r.IntN(2)
	price := it[1].(int)
	goods := price * units
	postage := 0
	if goods < 3980 {
		postage = 660
	}
	settlement := O()
	switch g.r.IntN(4) {
	case 0, 1:
		brand := pick(g.r, []string{"VISA", "MasterCard", "JCB", "AMEX"})
		settlement = O(
			"settlementMethodCode", N(1),
			"settlementMethod", N("クレジットカード"),
			"rpaySettlementFlag", N(1),
			"cardName", N(brand),
			"cardNumber", P("XXXX-XXXX-XXXX-"+pattern(g.r, "####")),
			"cardOwner", P(strings.ToUpper(p.givenL+" "+p.familyL)),
			"cardYm", P(g.t.AddDate(1+g.r.IntN(4), g.r.IntN(12), 0).Format("2006-01")),
			"cardPayType", N(0),
			"cardInstallmentDesc", N(nil),
		)
	case 2:
		settlement = O("settlementMethodCode", N(2), "settlementMethod", N("代金引換"), "rpaySettlementFlag", N(0))
	default:
		settlement = O("settlementMethodCode", N(6), "settlementMethod", N("コンビニ決済"), "rpaySettlementFlag", N(1))
	}
	order := O(
		"orderNumber", N(orderNumber),
		"orderProgress", N(pick(g.r, []int{100, 300})),
		"subStatusId", N(nil),
		"subStatusName", N(nil),
		"orderDatetime", N(rms(ordered)),
		"shopOrderCfmDatetime", N(rms(g.t)),
		"orderFixDatetime", N(nil),
		"deliveryDate", N(delivery.Format("2006-01-02")),
		"shippingTerm", N(nil),
		"remarks", remarksN,
		"giftCheckFlag", N(map[bool]int{true: 1, false: 0}[gift]),
		"severalSenderFlag", N(0),
		"equalSenderFlag", N(map[bool]int{true: 0, false: 1}[gift]),
		"isolatedIslandFlag", N(0),
		"rakutenMemberFlag", N(1),
		"carrierCode", N(0),
		"emailCarrierCode", N(0),
		"orderType", N(1),
		"goodsPrice", N(goods),
		"goodsTax", N(goods*8/108),
		"postagePrice", N(postage),
		"deliveryPrice", N(0),
		"totalPrice", N(goods+postage),
		"requestPrice", N(goods+postage),
		"OrdererModel", orderer,
		"SettlementModel", settlement,
		"DeliveryModel", O("deliveryName", N("宅配便"), "deliveryClass", N(nil)),
		"PointModel", O("usedPoint", N(g.r.IntN(3)*100)),
		"PackageModelList", A(O(
			"basketId", N(100000000+g.r.IntN(900000000)),
			"postagePrice", N(postage),
			"deliveryPrice", N(0),
			"goodsPrice", N(goods),
			"totalPrice", N(goods+postage),
			"noshi", orNull(map[bool]*node{true: N(pick(g.r, []string{"御祝", "内祝", "御礼"}))}[gift && g.r.IntN(2) == 0]),
			"packageDeleteFlag", N(0),
			"SenderModel", sender,
			"ItemModelList", A(O(
				"itemDetailId", N(100000000+g.r.IntN(900000000)),
				"itemName", N(it[0].(string)),
				"itemId", N(10000000+g.r.IntN(90000000)),
				"itemNumber", N(pattern(g.r, "AA-####")),
				"manageNumber", N(pattern(g.r, "item####")),
				"price", N(price),
				"units", N(units),
				"includePostageFlag", N(map[bool]int{true: 0, false: 1}[postage > 0]),
				"includeTaxFlag", N(1),
				"selectedChoice", N(""),
				"pointRate", N(1),
			)),
			"ShippingModelList", A(),
		)),
	)
	secret := "SP" + pattern(g.r, "######") + "_" + g.b62(16)
	license := "SL" + pattern(g.r, "######") + "_" + g.b62(16)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://api.rms.rakuten.co.jp/es/2.0/order/getOrder/"),
			"headers", O(
				"Authorization", C("ESA "+base64.StdEncoding.EncodeToString([]byte(secret+":"+license))),
				"Content-Type", N("application/json; charset=utf-8"),
			),
			"body", O("orderNumberList", A(N(orderNumber)), "version", N(7)),
		),
		"response", O(
			"MessageModelList", A(O(
				"messageType", N("INFO"),
				"messageCode", N("ORDER_EXT_API_GET_ORDER_INFO_101"),
				"message", N("受注情報取得に成功しました。"),
				"orderNumber", N(orderNumber),
			)),
			"OrderModelList", A(order),
			"version", N(7),
		),
	)
}

// w15GBBanks are UK banks: TrueLayer provider, IBAN bank code, sort-code
// prefix and BIC.
var w15GBBanks = [][4]string{
	{"ob-monzo", "MONZ", "04", "MONZGB2L"},
	{"ob-barclays", "BARC", "20", "BARCGB22"},
	{"ob-natwest", "NWBK", "60", "NWBKGB2L"},
	{"ob-lloyds", "LOYD", "30", "LOYDGB2L"},
	{"ob-hsbc", "HBUK", "40", "HBUKGB4B"},
}

// w15EUBanks are EU banks by country: provider and BIC.
var w15EUBanks = map[string][][3]string{
	"FR": {{"xs2a-bnp-paribas", "BNPAFRPP", "BNP Paribas"}, {"xs2a-credit-agricole", "AGRIFRPP", "Crédit Agricole"}},
	"DE": {{"xs2a-deutsche-bank", "DEUTDEFF", "Deutsche Bank"}, {"xs2a-ing-de", "INGDDEFF", "ING"}},
	"ES": {{"xs2a-santander-es", "BSCHESMM", "Santander"}, {"xs2a-bbva", "BBVAESMM", "BBVA"}},
	"IT": {{"xs2a-intesa-sanpaolo", "BCITITMM", "Intesa Sanpaolo"}, {"xs2a-unicredit-it", "UNCRITMM", "UniCredit"}},
	"NL": {{"xs2a-ing-nl", "INGBNL2A", "ING"}, {"xs2a-rabobank", "RABONL2U", "Rabobank"}},
	"PL": {{"xs2a-pko-bp", "BPKOPLPW", "PKO Bank Polski"}, {"xs2a-mbank", "BREXPLPW", "mBank"}},
	"PT": {{"xs2a-millennium-bcp", "BCOMPTPL", "Millennium bcp"}},
	"AT": {{"xs2a-erste-at", "GIBAATWW", "Erste Bank"}},
}

func truelayerDataIdentity(g *gen) *node {
	g.redraw("GB", "GB", "GB", "GB", "FR", "DE", "ES", "IT", "NL", "PL", "PT", "AT")
	g.adult(18)
	p := g.p
	cc := p.c.code
	var provider, providerName, iban, number, sortCode, bic, currency string
	if cc == "GB" {
		b := pick(g.r, w15GBBanks)
		provider, bic, currency = b[0], b[3], "GBP"
		providerName = map[string]string{"ob-monzo": "Monzo", "ob-barclays": "Barclays", "ob-natwest": "NatWest", "ob-lloyds": "Lloyds", "ob-hsbc": "HSBC"}[provider]
		sc := b[2] + pattern(g.r, "####")
		number = pattern(g.r, "########")
		sortCode = sc[:2] + "-" + sc[2:4] + "-" + sc[4:]
		iban = ibanOf("GB", b[1]+sc+number)
	} else {
		b := pick(g.r, w15EUBanks[cc])
		provider, bic, currency = b[0], b[1], map[string]string{"PL": "PLN"}[cc]
		if currency == "" {
			currency = "EUR"
		}
		providerName = b[2]
		iban = ibanFor(g.r, cc)
	}
	logo := "https://truelayer-provider-assets.s3.amazonaws.com/global/logos/" + strings.TrimPrefix(strings.TrimPrefix(provider, "ob-"), "xs2a-") + ".svg"
	prov := func() *node {
		return O("display_name", N(providerName), "logo_uri", N(logo), "provider_id", N(provider))
	}
	upd := g.t.UTC().Format("2006-01-02T15:04:05.0000000+00:00")
	// The holder as the bank records them.
	fullName := p.given + " " + p.family
	switch g.r.IntN(4) {
	case 0:
		title := map[bool]string{true: pick(g.r, []string{"MRS", "MS", "MISS"}), false: "MR"}[p.female]
		if cc != "GB" {
			title = map[bool]string{true: "MME", false: "M"}[p.female]
			if cc != "FR" {
				title = ""
			}
		}
		fullName = strings.TrimSpace(title + " " + strings.ToUpper(p.given+" "+p.family))
	case 1:
		fullName = strings.ToUpper(p.family) + " " + w14Initial(p.given)
	}
	holder := O("full_name", P(fullName))
	if g.r.IntN(5) < 3 {
		holder.set("date_of_birth", g.dob("2006-01-02T15:04:05"))
	}
	var addr *node
	if p.showResidence {
		addr = O(
			"address", g.addr(p.street),
			"city", g.addr(p.city),
			"state", g.addrN(p.region),
			"zip", g.addr(p.post),
			"country", g.residence(cc),
		)
		holder.set("addresses", A(addr))
	} else {
		holder.set("addresses", A())
	}
	holder.set("emails", A(P(p.email)))
	if ph := g.phone(""); ph != nil {
		holder.set("phones", A(ph))
	} else {
		holder.set("phones", A())
	}
	holder.set("update_timestamp", N(upd))
	info := A(holder)
	joint := g.r.IntN(4) == 0
	if joint {
		// A joint account: the other holder's record, same household.
		q := newPerson(g.r, p.c, g.t)
		other := O("full_name", P(q.given+" "+q.family))
		if p.showResidence {
			other.set("addresses", A(O(
				"address", P(p.street),
				"city", P(p.city),
				"state", N(p.region),
				"zip", P(p.post),
				"country", N(cc),
			)))
		} else {
			other.set("addresses", A())
		}
		other.set("emails", A(P(q.email)))
		other.set("phones", A(P(q.phoneE164)))
		other.set("update_timestamp", N(upd))
		info = A(holder, other)
	}
	accNum := O("iban", P(iban))
	if number != "" {
		accNum.set("number", P(number))
		accNum.set("sort_code", N(sortCode))
	}
	accNum.set("swift_bic", N(bic))
	display := pick(g.r, []string{"Current Account", "Personal Account", "Everyday Account"})
	if joint {
		display = "Joint Account"
	}
	accounts := A(O(
		"update_timestamp", N(upd),
		"account_id", P(g.hex(32)),
		"account_type", N("TRANSACTION"),
		"display_name", N(display),
		"currency", N(currency),
		"account_number", accNum,
		"provider", prov(),
	))
	if g.r.IntN(3) == 0 {
		sav := O("iban", P(ibanFor(g.r, cc)))
		if cc == "GB" {
			n2 := pattern(g.r, "########")
			sav = O("iban", P(ibanOf("GB", iban[4:8]+digitsOf(sortCode)+n2)), "number", P(n2), "sort_code", N(sortCode))
		}
		sav.set("swift_bic", N(bic))
		accounts.arr = append(accounts.arr, O(
			"update_timestamp", N(upd),
			"account_id", P(g.hex(32)),
			"account_type", N("SAVINGS"),
			"display_name", N("Savings"),
			"currency", N(currency),
			"account_number", sav,
			"provider", prov(),
		))
	}
	clientID := "affordcheck-" + g.hex(6)
	consent := g.t.Add(-time.Duration(30+g.r.IntN(300)) * time.Second)
	bearer := func(tok string) *node { return C("Bearer " + tok) }
	access := g.jwt("RS256", map[string]any{"iss": "https://auth.truelayer.com", "nbf": consent.Unix(), "exp": consent.Unix() + 3600, "client_id": clientID, "sub": g.b62(22), "scope": []string{"info", "accounts", "offline_access"}})
	get := func(path string, res *node) *node {
		return O(
			"request", O("method", N("GET"), "url", N("https://api.truelayer.com/data/v1/"+path), "headers", O("Authorization", bearer(access))),
			"response", O("results", res, "status", N("Succeeded")),
		)
	}
	return O(
		"application_id", P("APP-"+pattern(g.r, "#######")),
		"token", O(
			"request", O(
				"method", N("POST"),
				"url", N("https://auth.truelayer.com/connect/token"),
				"body", O(
					"grant_type", N("authorization_code"),
					"client_id", N(clientID),
					"client_secret", C(g.uuid()),
					"redirect_uri", N("https://apply.affordcheck.example/callback"),
					"code", C(strings.ToUpper(g.hex(64))),
				),
			),
			"response", O(
				"access_token", C(access),
				"expires_in", N(3600),
				"token_type", N("Bearer"),
				"refresh_token", C(strings.ToUpper(g.hex(64))),
				"scope", N("info accounts offline_access"),
			),
		),
		"me", get("me", A(O(
			"client_id", N(clientID),
			"credentials_id", P(g.b62(22)+"=="),
			"consent_status", N("Authorised"),
			"consent_status_updated_at", N(consent.UTC().Format("2006-01-02T15:04:05.000Z")),
			"consent_created_at", N(consent.UTC().Format("2006-01-02T15:04:05.000Z")),
			"consent_expires_at", N(consent.AddDate(0, 0, 90).UTC().Format("2006-01-02T15:04:05.000Z")),
			"provider", prov(),
			"scopes", A(N("info"), N("accounts"), N("offline_access")),
			"privacy_policy", N("Feb2021"),
		))),
		"info", get("info", info),
		"accounts", get("accounts", accounts),
	)
}

// picpayPhone is a number as PicPay's examples write it: +55 27 12345-6789.
func (g *gen) picpayPhone() string {
	if g.p.phoneCC != "BR" {
		return g.intl()
	}
	n := g.nsn()
	return "+55 " + n[:2] + " " + n[2:len(n)-4] + "-" + n[len(n)-4:]
}

func picpayEcommercePayment(g *gen) *node {
	g.redraw("BR")
	g.adult(18)
	p := g.p
	ref := fmt.Sprint(100000 + g.r.IntN(900000))
	shop := pick(g.r, []string{"https://www.lojadocafe.example", "https://loja.bicicletas.example.com.br", "https://www.modapraia.example"})
	brt := time.FixedZone("", -3*3600)
	created := g.t.Add(-time.Duration(60+g.r.IntN(1800)) * time.Second)
	value := float64(1000+g.r.IntN(50000)) / 100
	cpf := p.idValue
	if cpf == "" {
		cpf = genCPF(g.r, p.dob, p.female, [2]string{})
	}
	if g.r.IntN(3) == 0 {
		cpf = digitsOf(cpf)
	}
	buyer := O(
		"firstName", P(p.given),
		"lastName", P(p.family),
		"document", P(cpf),
		"email", P(p.email),
		"phone", g.phone(g.picpayPhone()),
	)
	checkout := "https://app.picpay.com/checkout/" + base64.RawStdEncoding.EncodeToString([]byte(g.hex(24)))
	auth := g.hex(24)
	return O(
		"payment_request", O(
			"method", N("POST"),
			"url", N("https://appws.picpay.com/ecommerce/public/payments"),
			"headers", O("Content-Type", N("application/json"), "x-picpay-token", C(g.uuid())),
			"body", O(
				"referenceId", N(ref),
				"callbackUrl", N(shop+"/picpay/callback"),
				"returnUrl", N(shop+"/pedido/"+ref),
				"value", N(value),
				"expiresAt", N(created.Add(24*time.Hour).In(brt).Format("2006-01-02T15:04:05-07:00")),
				"channel", N("my-channel"),
				"purchaseMode", N("online"),
				"buyer", buyer,
			),
		),
		"payment_response", O(
			"referenceId", N(ref),
			"paymentUrl", N(checkout),
			"expiresAt", N(created.Add(24*time.Hour).In(brt).Format("2006-01-02T15:04:05-07:00")),
			"qrcode", O("content", N(checkout), "base64", N("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAMgAAADI"+g.chars(b62Set+"+/", 120))),
		),
		"callback", O(
			"headers", O("Content-Type", N("application/json"), "x-seller-token", C(g.uuid())),
			"body", O("referenceId", N(ref), "authorizationId", N(auth)),
		),
		"status", O(
			"authorizationId", N(auth),
			"referenceId", N(ref),
			"status", N(pick(g.r, []string{"paid", "paid", "completed"})),
			"createdAt", N(created.In(brt).Format("2006-01-02T15:04:05-07:00")),
			"updatedAt", N(g.t.In(brt).Format("2006-01-02T15:04:05-07:00")),
			"value", N(value),
		),
	)
}

// w15Jumia is a Jumia country: API host, the Country field, regions,
// the currency's grouping and the note languages.
var w15Jumia = map[string]struct {
	host, country string
	utc           int
	notes         []bioLine
}{
	"NG": {"sellercenter-api.jumia.com.ng", "Nigeria", 1, []bioLine{{"", "Call me when you reach the estate gate."}, {"", "Please deliver after 4pm, I close from work by then."}, {"health", "Please deliver before 2pm, I go for dialysis in the evening."}, {"religion", "Don't come on Friday afternoon, I will be at the mosque for Jumu'ah."}}},
	"KE": {"sellercenter-api.jumia.co.ke", "Kenya", 3, []bioLine{{"", "Tafadhali nipigie ukifika getini."}, {"", "Leave with the caretaker at the gate."}, {"health", "I am recovering from surgery, please bring it up to the 4th floor."}, {"religion", "Please don't deliver on Saturday, it is my Sabbath (SDA)."}}},
	"EG": {"sellercenter-api.jumia.com.eg", "Egypt", 2, []bioLine{{"", "يرجى الاتصال قبل التوصيل."}, {"", "الدور الثالث شقة ٧"}, {"health", "أنا مريض سكري، أرجو توصيل الأنسولين بسرعة."}, {"religion", "يرجى عدم التوصيل وقت صلاة الجمعة."}}},
	"MA": {"sellercenter-api.jumia.ma", "Morocco", 1, []bioLine{{"", "Merci d'appeler avant la livraison."}, {"", "يرجى الاتصال قبل التوصيل."}, {"health", "Je suis enceinte, merci de monter le colis au 3e étage."}, {"religion", "Pas de livraison pendant la prière du vendredi svp."}}},
}

// w15Thousands writes an amount as Jumia does: 12,500.00.
func w15Thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String() + ".00"
}

func jumiaSellercenterOrder(g *gen) *node {
	g.redraw("NG", "NG", "NG", "KE", "KE", "EG", "EG", "MA")
	p := g.p
	cc := p.c.code
	j := w15Jumia[cc]
	loc := time.FixedZone("", j.utc*3600)
	// Names as the customer typed them: Egyptians often in Arabic,
	// Moroccans mostly in Latin letters.
	first, last := p.given, p.family
	if (cc == "EG" && g.r.IntN(2) == 0) || (cc == "MA" && g.r.IntN(4) != 0) {
		first, last = latinName(p.given, p.givenL), latinName(p.family, p.familyL)
	}
	// The number is on the addresses only.
	var phone *node
	if p.showResidence {
		phone = g.phone("")
	}
	addrOf := func(q *person, first, last string, self bool) *node {
		ph := P(q.phone)
		if self {
			ph = orEmpty(phone)
		}
		a := O(
			"FirstName", P(first),
			"LastName", P(last),
			"Phone", ph,
			"Phone2", N(""),
			"Address1", P(q.street),
			"Address2", N(""),
			"Address3", N(""),
			"Address4", N(""),
			"Address5", N(""),
			"CustomerEmail", N(""),
			"City", P(q.city),
			"Ward", N(""),
			"Region", N(q.region),
			"PostCode", N(""),
		)
		if self {
			a.set("Country", g.residence(j.country))
		} else {
			a.set("Country", N(j.country))
		}
		return a
	}
	gift := g.r.IntN(5) == 0
	order := O(
		"OrderId", N(fmt.Sprint(10000000+g.r.IntN(90000000))),
		"CustomerFirstName", P(first),
		"CustomerLastName", P(last),
		"OrderNumber", N(fmt.Sprint(300000000+g.r.IntN(100000000))),
		"PaymentMethod", N(pick(g.r, []string{"CashOnDelivery", "CashOnDelivery", "JumiaPay", "MobileMoney"})),
	)
	note := pick(g.r, j.notes)
	if g.r.IntN(2) == 0 {
		order.set("Remarks", textLeaf(note.text, note.cat))
	} else {
		order.set("Remarks", N(""))
	}
	order.set("DeliveryInfo", N(map[bool]string{true: "Home Delivery", false: "Pickup Station"}[p.showResidence]))
	units := []int{4500, 12500, 23999, 850, 189000}
	if cc == "MA" {
		units = []int{129, 349, 1999}
	}
	amount := pick(g.r, units)
	order.set("Price", N(w15Thousands(amount)))
	order.set("GiftOption", N(map[bool]string{true: "1", false: "0"}[gift]))
	var recipient *person
	if gift {
		recipient = newPerson(g.r, p.c, g.t)
		msg := pick(g.r, []bioLine{{"", "Happy birthday Mama, love from " + titled(p.givenL) + "!"}, {"", "Congratulations on the new job!"}, {"health", "Get well soon after the operation, we are praying for you."}})
		order.set("GiftMessage", textLeaf(msg.text, msg.cat))
	} else {
		order.set("GiftMessage", N(""))
	}
	order.set("VoucherCode", N(""))
	created := g.t.Add(-time.Duration(300+g.r.IntN(7200)) * time.Second).In(loc)
	order.set("CreatedAt", N(created.Format("2006-01-02 15:04:05")))
	order.set("UpdatedAt", N(g.t.In(loc).Format("2006-01-02 15:04:05")))
	order.set("AddressUpdatedAt", N(created.Format("2006-01-02 15:04:05")))
	if p.showResidence {
		order.set("AddressBilling", addrOf(p, first, last, true))
		if gift {
			order.set("AddressShipping", addrOf(recipient, recipient.given, recipient.family, false))
		} else {
			order.set("AddressShipping", addrOf(p, first, last, true))
		}
	}
	order.set("NationalRegistrationNumber", N(""))
	order.set("ItemsCount", N(1+g.r.IntN(3)))
	order.set("PromisedShippingTime", N(created.AddDate(0, 0, 2).Format("2006-01-02 15:04:05")))
	order.set("ExtraAttributes", N(nil))
	order.set("Statuses", O("Status", N(pick(g.r, []string{"pending", "ready_to_ship"}))))
	ts := g.t.In(loc).Format("2006-01-02T15:04:05-07:00")
	seller := "orders@" + pick(g.r, []string{"techhub-store.example", "mamaput-kitchen.example", "souq-elsaa.example"})
	return O(
		"request", O(
			"method", N("GET"),
			"url", N("https://"+j.host+"/?Action=GetOrders&CreatedAfter="+strings.ReplaceAll(created.Add(-time.Hour).Format("2006-01-02T15:04:05-07:00"), "+", "%2B")+"&Format=JSON&Signature="+g.hex(64)+"&Timestamp="+strings.ReplaceAll(ts, "+", "%2B")+"&UserID="+strings.ReplaceAll(seller, "@", "%40")+"&Version=1.0"),
		),
		"response", O("SuccessResponse", O(
			"Head", O(
				"RequestId", N(""),
				"RequestAction", N("GetOrders"),
				"ResponseType", N("Orders"),
				"Timestamp", N(ts),
			),
			"Body", O("Orders", O("Order", A(order))),
		)),
	)
}

// w15Answers are patients' free-text answers, by language.
var w15Answers = map[string][]bioLine{
	"en": {{"health", "The nurse was kind when I came in for my chemotherapy session."}, {"health", "Waiting time was long, which is hard with my chronic back pain."}, {"religion", "Staff respected that I fast during Ramadan and moved my appointment."}, {"", "Parking was difficult but the staff were friendly."}},
	"de": {{"health", "Die Wartezeit vor meiner Dialyse war viel zu lang."}, {"religion", "Als gläubige Christin hat mir der Besuch des Seelsorgers sehr geholfen."}, {"", "Freundliches Personal, aber kaum Parkplätze."}},
	"es": {{"health", "Me atendieron muy bien en mi control de diabetes."}, {"religion", "Agradezco que el capellán católico pasara a verme."}, {"", "Todo muy bien, gracias."}},
	"fr": {{"health", "Suivi de ma grossesse très rassurant."}, {"religion", "On a respecté mes repas halal pendant l'hospitalisation."}, {"", "Accueil agréable, un peu d'attente."}},
	"pt": {{"health", "Fui bem atendida na consulta de psiquiatria."}, {"", "Atendimento rápido e atencioso."}},
	"ja": {{"health", "抗がん剤治療の待ち時間が長かったです。"}, {"", "スタッフの対応が丁寧でした。"}},
	"zh": {{"health", "我的哮喘复诊等了太久。"}, {"", "服务很好，谢谢。"}},
	"ko": {{"health", "우울증 상담이 큰 도움이 되었습니다."}, {"", "직원들이 친절했습니다."}},
	"ar": {{"religion", "شكراً لتوفير مكان للصلاة في المستشفى."}, {"health", "الانتظار طويل جداً لمرضى القلب مثلي."}, {"", "الخدمة ممتازة."}},
	"ru": {{"health", "Долго ждал приёма у кардиолога после инфаркта."}, {"religion", "Спасибо, что пустили священника в палату."}, {"", "Всё понравилось."}},
	"hi": {{"health", "मेरी डायलिसिस के समय स्टाफ़ ने अच्छा साथ दिया।"}, {"", "सेवा अच्छी थी।"}},
	"tr": {{"religion", "Mescit olması çok güzeldi, namazımı kılabildim."}, {"health", "Kemoterapi sırasında hemşireler çok ilgiliydi."}, {"", "Personel ilgiliydi."}},
}

// w15QualtricsLang is Qualtrics' language code for the respondent's
// locale: most are a language alone, some name a country.
func w15QualtricsLang(locale, lang string) string {
	switch locale {
	case "pt-BR":
		return "PT-BR"
	case "en-GB":
		return "EN-GB"
	case "fr-CA":
		return "FR-CA"
	case "es-ES":
		return "ES-ES"
	case "zh-CN":
		return "ZH-S"
	case "zh-TW":
		return "ZH-T"
	case "en-US":
		return "EN"
	}
	return strings.ToUpper(lang)
}

func qualtricsResponseExport(g *gen) *node {
	p := g.p
	lang := p.c.lang
	if p.locale == "en-US" {
		lang = "en"
	}
	answers, ok := w15Answers[lang]
	if !ok {
		lang, answers = "en", w15Answers["en"]
	}
	code := w15QualtricsLang(p.locale, lang)
	if lang == "en" && p.locale != "en-GB" {
		code = "EN"
	}
	var userLang *node
	if strings.Contains(code, "-") && !strings.HasPrefix(code, "ZH") {
		userLang = g.locale(code)
		if userLang == nil {
			code = code[:2]
		}
	}
	if userLang == nil {
		userLang = N(code)
	}
	survey := "SV_" + g.b62(15)
	resp := "R_" + g.b62(15)
	brand := pick(g.r, []string{"stmaryshealth", "northsidecare", "kliniknord"})
	dc := pick(g.r, []string{"iad1", "fra1", "syd1", "sjc1", "ca1"})
	dur := 90 + g.r.IntN(900)
	start := g.t.Add(-time.Duration(dur+5) * time.Second)
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	email := g.r.IntN(2) == 0
	values := O(
		"startDate", N(z(start)),
		"endDate", N(z(g.t)),
		"status", N(0),
		"ipAddress", P(p.ip),
		"progress", N(100),
		"duration", N(dur),
		"finished", N(1),
		"recordedDate", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")),
		"_recordId", N(resp),
	)
	if p.showResidence {
		c := capital[p.c.code]
		values.set("locationLatitude", P(fmt.Sprintf("%.4f", c[0]+float64(g.r.IntN(2000)-1000)/10000)))
		values.set("locationLongitude", P(fmt.Sprintf("%.4f", c[1]+float64(g.r.IntN(2000)-1000)/10000)))
	}
	values.set("distributionChannel", N(map[bool]string{true: "email", false: "anonymous"}[email]))
	values.set("userLanguage", userLang)
	if email {
		values.set("recipientEmail", P(p.email))
		values.set("recipientFirstName", P(p.given))
		values.set("recipientLastName", P(p.family))
		values.set("externalDataReference", P("MRN"+pattern(g.r, "########")))
	}
	labels := O()
	fields := []string{"QID1", "QID2_TEXT"}
	nps := g.r.IntN(11)
	values.set("QID1", N(nps))
	labels.set("QID1", N(fmt.Sprint(nps)))
	a := pick(g.r, answers)
	values.set("QID2_TEXT", textLeaf(a.text, a.cat))
	if p.bio != "" && g.r.IntN(2) == 0 {
		// "Is there anything else you would like us to know about you?"
		values.set("QID3_TEXT", textLeaf(p.bio, p.bioCat))
		fields = append(fields, "QID3_TEXT")
	}
	demo := false
	if g.r.IntN(2) == 0 {
		// The optional demographics block.
		rel := g.r.IntN(7) + 1
		relLabel := []string{"Christian", "Muslim", "Jewish", "Hindu", "Buddhist", "No religion", "Prefer not to say"}[rel-1]
		dis := g.r.IntN(3) + 1
		disLabel := []string{"Yes", "No", "Prefer not to say"}[dis-1]
		if rel == 7 {
			values.set("QID4", P(rel))
			labels.set("QID4", P(relLabel))
		} else {
			values.set("QID4", S(rel, "religion"))
			labels.set("QID4", S(relLabel, "religion"))
		}
		if dis == 3 {
			values.set("QID5", P(dis))
			labels.set("QID5", P(disLabel))
		} else {
			values.set("QID5", S(dis, "health"))
			labels.set("QID5", S(disLabel, "health"))
		}
		// The year of birth alone: no full date.
		values.set("QID6_TEXT", P(fmt.Sprint(p.dob.Year())))
		demo = true
		fields = append(fields, "QID4", "QID5", "QID6_TEXT")
	}
	// Embedded data the hospital's contact list carries.
	values.set("Ward", N(pick(g.r, []string{"Oncology", "Cardiology", "Maternity", "Outpatients", "Renal"})))
	if c := g.residence(g.english()); c != nil {
		values.set("Country", c)
	}
	var fieldNodes []*node
	for _, f := range fields {
		fieldNodes = append(fieldNodes, N(f))
	}
	displayed := O("QID1", A(N(0), N(1), N(2), N(3), N(4), N(5), N(6), N(7), N(8), N(9), N(10)))
	if demo {
		displayed.set("QID4", A(N(1), N(2), N(3), N(4), N(5), N(6), N(7)))
		displayed.set("QID5", A(N(1), N(2), N(3)))
	}
	hook := "Topic=surveyengine.completedResponse." + survey + "&Status=Complete&SurveyID=" + survey + "&ResponseID=" + resp + "&CompletedDate=" + strings.ReplaceAll(g.t.UTC().Format("2006-01-02 15:04:05"), " ", "+") + "&BrandID=" + brand
	return O(
		"webhook", O(
			"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
			"body", N(hook),
		),
		"fetch", O(
			"method", N("GET"),
			"url", N("https://"+dc+".qualtrics.com/API/v3/surveys/"+survey+"/responses/"+resp),
			"headers", O("X-API-TOKEN", C(g.b62(40))),
		),
		"response", O(
			"result", O(
				"responseId", N(resp),
				"values", values,
				"labels", labels,
				"displayedFields", A(fieldNodes...),
				"displayedValues", displayed,
			),
			"meta", O("requestId", N(g.uuid()), "httpStatus", N("200 - OK")),
		),
	)
}
