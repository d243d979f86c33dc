package evalcorpus

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// --------------------------------------------------------------- FawryPay

// w28EGNames are Egyptian names as customers type them at checkout, in
// Arabic and in Latin letters.
var w28EGNames = []w28Name{
	{"محمد", "عبد الرحمن", "mohamed", "abdelrahman", false}, {"أحمد", "حسن", "ahmed", "hassan", false},
	{"مصطفى", "السيد", "mostafa", "elsayed", false}, {"عمرو", "إبراهيم", "amr", "ibrahim", false},
	{"كريم", "فاروق", "karim", "farouk", false}, {"مينا", "جرجس", "mina", "girgis", false},
	{"منى", "شحاتة", "mona", "shehata", true}, {"ياسمين", "مصطفى", "yasmin", "mostafa", true},
	{"نورهان", "عادل", "nourhan", "adel", true}, {"سارة", "عبد الله", "sara", "abdallah", true},
	{"هبة", "رمضان", "heba", "ramadan", true}, {"مارينا", "عزيز", "marina", "aziz", true},
}

// w28EGPlace is an Egyptian address in Arabic: governorate, district
// and the street line with the building and flat.
type w28EGPlace struct{ gov, district, line, post string }

var w28EGPlaces = []w28EGPlace{
	{"القاهرة", "مدينة نصر", "12 شارع عباس العقاد، الدور الرابع، شقة 8", "11371"},
	{"القاهرة", "المعادي", "شارع 9، فيلا 14", "11728"},
	{"الجيزة", "الدقي", "5 شارع مصدق، عمارة 3، شقة 12", "12611"},
	{"الإسكندرية", "سموحة", "23 شارع فوزي معاذ، الدور السادس", "21615"},
	{"الشرقية", "الزقازيق", "شارع الجلاء، برج النور، شقة 4", "44511"},
	{"Cairo", "Heliopolis", "17 El Merghany St, Apt 5", "11341"},
}

// w28FawryMerchant is a FawryPay merchant: what it sells (price in EGP)
// and which custom fields of its own it keeps with an order.
type w28FawryMerchant struct {
	name, code string
	items      []w28Item
	// nid: the merchant asks for the national ID (instalments, tuition,
	// insurance); ship: it delivers goods to an address.
	nid, ship bool
	kind      string
}

var w28FawryMerchants = []w28FawryMerchant{
	{"ElAraby Mobile Store", "770000016212", []w28Item{{"Samsung Galaxy A55 5G 256GB", 21999, ""}, {"Xiaomi Redmi Note 13", 10499, ""}, {"Tornado Split AC 1.5HP", 27450, ""}}, true, true, "instalments"},
	{"Seif Online Pharmacy", "770000018841", []w28Item{{"Glucophage XR 1000mg 30 tabs", 96, "health"}, {"Concor 5mg 30 tabs", 118, "health"}, {"Panadol Extra 24 tabs", 58, ""}, {"Centrum Adults 30 tabs", 480, ""}, {"Clearblue pregnancy test", 150, "health"}}, false, true, "pharmacy"},
	{"Shefaa Clinics", "770000019907", []w28Item{{"كشف باطنة - د. هشام فوزي", 500, "health"}, {"كشف نساء وتوليد", 600, "health"}, {"جلسة علاج طبيعي", 350, "health"}, {"كشف نفسي - عيادة الطب النفسي", 800, "health"}}, false, false, "clinic"},
	{"Dar El Eman Tours", "770000014450", []w28Item{{"باقة عمرة رمضان 15 يوم", 98000, "religion"}, {"عمرة اقتصادية 10 أيام", 62000, "religion"}, {"Hajj 2026 deposit", 150000, "religion"}}, true, false, "umrah"},
	{"Nile Private University", "770000012733", []w28Item{{"Tuition fees - Fall semester", 45000, ""}, {"Application fee", 1500, ""}, {"Dormitory fees", 12000, ""}}, true, false, "tuition"},
	{"Misr Life Takaful", "770000011098", []w28Item{{"Term life premium - monthly", 850, ""}, {"Family medical plan premium", 2300, ""}}, true, false, "insurance"},
	{"Souq El Sabt", "770000015562", []w28Item{{"Tefal non-stick pan 28cm", 1250, ""}, {"Adidas running shoes", 3400, ""}, {"Molto croissant x 12", 96, ""}, {"مصحف المدينة المنورة - طبعة فاخرة", 650, "religion"}, {"Baby diapers Pampers size 4 x 60", 890, ""}}, false, true, "shop"},
	{"St. Mark's Church Services", "770000017310", []w28Item{{"تبرع لخدمة إخوة الرب", 500, "religion"}, {"اشتراك رحلة دير الأنبا بيشوي", 350, "religion"}}, false, false, "church"},
}

// w28FawryAmount writes an amount as FawryPay signs it, with two decimals.
func w28FawryAmount(v float64) string { return fmt.Sprintf("%.2f", v) }

func fawrypayNotification(g *gen) *node {
	gulf := ""
	if g.r.IntN(5) == 0 {
		// An Egyptian working in the Gulf paying for family at home.
		gulf = pick(g.r, []string{"SA", "SA", "AE"})
		g.w28Abroad("EG", gulf)
	} else {
		g.w28Redraw("EG")
	}
	p := g.p
	p.cit = countryByCode("EG")
	m := pick(g.r, w28FawryMerchants)
	switch m.kind {
	case "tuition":
		g.w28Age(17, 24)
	default:
		g.w28Age(18, 70)
	}
	nm := pick(g.r, w28EGNames)
	g.w28SetName(nm, []string{"gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com"})
	if gulf == "" && p.phoneCC != "EG" {
		g.w28SetPhone("EG")
	}
	// Fawry's forms take an Egyptian mobile as 01xxxxxxxxx; a Gulf number
	// goes in as typed.
	mobile := "0" + g.w28NSN()
	if p.phoneCC != "EG" {
		mobile = strings.TrimPrefix(g.e164(), "+")
		if g.r.IntN(2) == 0 {
			mobile = g.e164()
		}
	}
	// A phone number is required by every FawryPay charge.
	p.showPhone = true
	name := nm.given + " " + nm.family
	if g.r.IntN(2) == 0 {
		name = w28Title(nm.givenL) + " " + w28Title(nm.familyL)
	}
	if g.r.IntN(4) == 0 {
		// The father's name in the middle, as on the national ID.
		f := pick(g.r, w28EGNames)
		for f.female {
			f = pick(g.r, w28EGNames)
		}
		if w28Latin(name) {
			name = w28Title(nm.givenL) + " " + w28Title(f.givenL) + " " + w28Title(nm.familyL)
		} else {
			name = nm.given + " " + f.given + " " + nm.family
		}
	}
	nid := egNationalID(g.r, p.dob, p.female)
	profileID := fmt.Sprint(1000000000 + g.r.IntN(9000000000))
	if g.r.IntN(3) == 0 {
		profileID = g.uuid()
	}
	// The cart.
	type line struct {
		it  w28Item
		qty int
	}
	var cart []line
	total := 0.0
	for range 1 + g.r.IntN(min(3, len(m.items))) {
		it := g.w28Special(m.items, 2)
		q := 1
		if it.price < 1000 && g.r.IntN(3) == 0 {
			q = 2 + g.r.IntN(2)
		}
		cart = append(cart, line{it, q})
		total += float64(it.price * q)
	}
	method := pick(g.r, []string{"PayAtFawry", "PayAtFawry", "Card", "Card", "MWALLET"})
	if m.kind == "instalments" && g.r.IntN(2) == 0 {
		method = "VALU"
	}
	fees := 0.0
	if method == "PayAtFawry" {
		fees = float64(int((total*0.01+2.5)*100)) / 100
	}
	status := pick(g.r, []string{"PAID", "PAID", "PAID", "NEW", "EXPIRED", "CANCELED", "REFUNDED", "FAILED"})
	if method == "PayAtFawry" && status == "FAILED" {
		status = "UNPAID"
	}
	merchantRef := fmt.Sprint(100000000 + g.r.IntN(900000000))
	if g.r.IntN(2) == 0 {
		merchantRef = strings.ToUpper(g.hex(8)) + "-" + fmt.Sprint(g.t.Unix()%100000)
	}
	fawryRef := fmt.Sprint(900000000 + g.r.IntN(99999999))
	payRef := fmt.Sprint(10000000 + g.r.IntN(90000000))
	secureKey := g.uuid()
	created := g.t.Add(-time.Duration(600+g.r.IntN(3*86400)) * time.Second)
	paidAt := g.t.Add(-time.Duration(g.r.IntN(120)) * time.Second)
	expiry := created.Add(time.Duration(24+g.r.IntN(48)) * time.Hour)
	payAmount := total + fees
	if status == "NEW" || status == "EXPIRED" || status == "UNPAID" {
		payAmount = 0
	}
	var items []*node
	for _, l := range cart {
		code := w28Text(fmt.Sprint(10000+g.r.IntN(90000)), "")
		if g.r.IntN(2) == 0 {
			code = N(g.hex(32))
		}
		items = append(items, O("itemCode", code, "price", N(float64(l.it.price)), "quantity", N(l.qty)))
	}
	mail := P(p.email)

	// The server-to-server notification V2.
	notification := func() *node {
		n := O("requestId", N(g.hex(32)), "fawryRefNumber", N(fawryRef), "merchantRefNumber", N(merchantRef),
			"customerName", P(name), "customerMobile", g.phone(mobile), "customerMail", mail,
			"customerMerchantId", P(profileID), "paymentAmount", N(payAmount), "orderAmount", N(total), "fawryFees", N(fees),
			"shippingFees", N(0.0), "orderStatus", N(status), "paymentMethod", N(method))
		if payAmount > 0 {
			n.set("paymentTime", N(paidAt.UnixMilli()))
			n.set("authNumber", N(pattern(g.r, "######")))
			n.set("paymentRefrenceNumber", N(payRef))
		}
		n.set("orderExpiryDate", N(expiry.UnixMilli()))
		n.set("orderItems", A(items...))
		if status == "FAILED" {
			n.set("failureErrorCode", N(pick(g.r, []int{9946, 9954, 9901})))
			n.set("failureReason", N(pick(g.r, []string{"Insufficient funds", "Transaction declined by issuer", "3DS authentication failed"})))
		}
		if method == "VALU" && payAmount > 0 {
			n.set("installmentMonths", N(pick(g.r, []int{6, 9, 12, 24})))
		}
		ref := ""
		if payAmount > 0 {
			ref = payRef
		}
		n.set("messageSignature", C(w28SHA(fawryRef+merchantRef+w28FawryAmount(payAmount)+w28FawryAmount(total)+status+method+ref+secureKey)))
		return n
	}
	merchantCode := m.code
	if g.r.IntN(3) == 0 {
		merchantCode = strings.TrimRight(g.b62(14), "=") + "=="
	}
	const host = "https://www.atfawry.com/ECommerceWeb/Fawry/payments"
	statusCall := func() *node {
		sig := w28SHA(merchantCode + merchantRef + secureKey)
		q := url.Values{}
		q.Set("merchantCode", merchantCode)
		q.Set("merchantRefNumber", merchantRef)
		q.Set("signature", sig)
		resp := O("type", N("PaymentStatusResponse"), "referenceNumber", N(fawryRef), "merchantRefNumber", N(merchantRef),
			"paymentAmount", N(payAmount), "orderAmount", N(total), "fawryFees", N(fees), "orderStatus", N(status), "paymentMethod", N(method))
		if payAmount > 0 {
			resp.set("paymentTime", N(paidAt.UnixMilli()))
		}
		resp.set("customerName", P(name))
		resp.set("customerMobile", g.phone(mobile))
		resp.set("customerMail", mail)
		resp.set("customerProfileId", P(profileID))
		resp.set("signature", C(w28SHA(fawryRef+merchantRef+w28FawryAmount(payAmount)+w28FawryAmount(total)+status+method+secureKey)))
		resp.set("statusCode", N(200))
		resp.set("statusDescription", N("Operation done successfully"))
		return O("request", O("method", N("GET"), "url", C(host+"/status/v2?"+q.Encode())), "response", O("status", N(200), "body", resp))
	}
	chargeCall := func() *node {
		var ci []*node
		for i, l := range cart {
			ci = append(ci, O("itemId", N(items[i].obj[0].val.raw), "description", w28Text(l.it.name, l.it.cat), "price", N(float64(l.it.price)), "quantity", N(l.qty)))
		}
		sig := w28SHA(merchantCode + merchantRef + profileID + method + w28FawryAmount(total) + secureKey)
		req := O("merchantCode", N(merchantCode), "merchantRefNum", N(merchantRef), "customerProfileId", P(profileID),
			"customerName", P(name), "customerMobile", g.phone(mobile), "customerEmail", mail, "paymentMethod", N(method),
			// FawryPay's two page languages (Arabic, English), not the
			// customer's locale: en-gb says nothing of Britain.
			"amount", N(total), "currencyCode", N("EGP"), "language", N(pick(g.r, []string{"ar-eg", "en-gb"})),
			"paymentExpiry", N(expiry.UnixMilli()), "chargeItems", A(ci...))
		if g.r.IntN(3) == 0 {
			req.set("description", w28Text(m.name+" - "+cart[0].it.name, cart[0].it.cat))
		}
		req.set("signature", C(sig))
		resp := O("type", N("ChargeResponse"), "referenceNumber", N(fawryRef), "merchantRefNumber", N(merchantRef),
			"orderAmount", N(total), "paymentAmount", N(total+fees), "fawryFees", N(fees), "paymentMethod", N(method), "orderStatus", N("UNPAID"),
			"expirationTime", N(expiry.UnixMilli()), "customerMobile", g.phone(mobile), "customerMail", mail, "customerProfileId", P(profileID),
			"statusCode", N(200), "statusDescription", N("Operation done successfully"))
		return O("request", O("method", N("POST"), "url", N(host+"/charge"), "headers", O("Content-Type", N("application/json")), "body", req),
			"response", O("status", N(200), "body", resp))
	}

	// The merchant's order record, with the custom fields it asked for.
	record := func() *node {
		var lines []*node
		for _, l := range cart {
			lines = append(lines, O("sku", N(strings.ToUpper(g.b62(6))), "title", w28Text(l.it.name, l.it.cat), "qty", N(l.qty), "unit_price", N(l.it.price)))
		}
		r := O("order_id", N(merchantRef), "created_at", N(created.UTC().Format(time.RFC3339)), "merchant", N(m.name),
			"customer", O("id", P(profileID), "name", P(name), "mobile", g.phone(g.e164()), "email", mail), "lines", A(lines...),
			"total_egp", N(total), "payment", O("provider", N("fawry"), "method", N(method), "fawry_ref", N(fawryRef), "status", N(status)))
		var custom []*node
		add := func(k string, v *node) {
			if v != nil {
				custom = append(custom, O("name", N(k), "value", v))
			}
		}
		if m.nid && g.r.IntN(5) != 0 {
			add(pick(g.r, []string{"national_id", "الرقم القومي", "nationalId"}), P(nid))
		}
		switch m.kind {
		case "tuition":
			add("student_code", P(fmt.Sprint(p.dob.Year()+18)+pattern(g.r, "#####")))
			add("faculty", N(pick(g.r, []string{"Engineering", "Pharmacy", "Business Administration", "Mass Communication"})))
			if g.r.IntN(2) == 0 {
				add("birth_date", g.dob("02/01/2006"))
			}
		case "instalments":
			if method == "VALU" {
				add("tenor_months", N(pick(g.r, []int{6, 9, 12, 24})))
			}
			add("employer", P(pick(g.r, []string{"Vodafone Egypt", "Banque Misr", "وزارة التربية والتعليم", "Orascom Construction"})))
		case "insurance":
			add("policy_no", P("ML-"+pattern(g.r, "########")))
			add("beneficiary", P(pick(g.r, w28EGNames).given+" "+nm.family))
		case "umrah":
			add("passport_no", P(pattern(g.r, "A########")))
			add("mahram_name", P(pick(g.r, w28EGNames).given+" "+nm.family))
		case "clinic":
			add("patient_age", P(g.ageAt()))
		}
		if p.showCitizenship && (m.nid || gulf != "") {
			add("nationality", g.citizenship(pick(g.r, []string{"Egyptian", "مصري", "EG"})))
		}
		if len(custom) > 0 {
			r.set("custom_fields", A(custom...))
		}
		if gulf != "" && p.showResidence {
			r.set("customer_country", g.residence(englishName[gulf]))
			if g.r.IntN(2) == 0 {
				r.set("customer_city", g.addr(p.city))
			}
		} else if gulf == "" && p.showResidence && (m.ship || g.r.IntN(3) == 0) {
			pl := pick(g.r, w28EGPlaces)
			g.lab.Residence = addCountry(g.lab.Residence, "EG")
			a := O("governorate", N(pl.gov), "district", P(pl.district), "street", P(pl.line), "postal_code", P(pl.post))
			if g.r.IntN(2) == 0 {
				a.set("country", N(pick(g.r, []string{"EG", "Egypt", "مصر"})))
			}
			r.set("shipping_address", a)
		}
		if p.showLocale && g.r.IntN(2) == 0 {
			r.set("locale", g.locale(p.locale))
		}
		return r
	}
	received := func(raw bool) *node {
		out := O("received_at", g.w28Stamp(time.Duration(200+g.r.IntN(3000))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/payments/fawry/callback", "/api/webhooks/fawry", "/fawry/notify"})),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("Apache-HttpClient/4.5.13 (Java/1.8.0_292)")))
		if raw {
			out.set("raw_body", w28JSON(notification()))
		} else {
			out.set("body", notification())
		}
		return out
	}
	switch mode := g.r.IntN(10); {
	case mode < 4:
		return received(false)
	case mode < 5:
		return received(true)
	case mode < 7:
		return statusCall()
	case mode < 8:
		return chargeCall()
	}
	r := record()
	if g.r.IntN(2) == 0 {
		r.set("fawry_notification", notification())
	}
	return r
}
