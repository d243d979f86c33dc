package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------------ 2C2P

// w30CCMarket is a 2C2P merchant country: its currency, the agents (banks
// and wallets) that process there, and merchants with what they sell
// (price in the currency's unit) and what their userDefined fields hold.
type w30CCMarket struct {
	currency, locale string
	decimals         bool
	agents           []string // agentCode / issuerBank
	merchants        []w30CCMerchant
}

type w30CCMerchant struct {
	name, cat string
	kind      string // shop, clinic, temple, insurance
	items     []w29Item
}

var w30CCMarkets = map[string]w30CCMarket{
	"TH": {"THB", "th", true, []string{"KBANK|KASIKORNBANK PUBLIC COMPANY LIMITED", "BBL|BANGKOK BANK PUBLIC COMPANY LIMITED", "SCB|SIAM COMMERCIAL BANK PCL"}, []w30CCMerchant{
		{"โรงพยาบาลสุขุมวิทเวลเนส", "", "clinic", []w29Item{{"แพ็กเกจฝากครรภ์ครบวงจร", 35900, "health"}, {"ตรวจสุขภาพประจำปี", 4900, "health"}, {"วัคซีนไข้หวัดใหญ่ 4 สายพันธุ์", 890, "health"}}},
		{"วัดป่าสันติธรรม (ทำบุญออนไลน์)", "religion", "temple", []w29Item{{"ทำบุญสร้างพระอุโบสถ", 999, "religion"}, {"ถวายสังฆทานออนไลน์", 539, "religion"}}},
		{"ThaiFlix Mall", "", "shop", []w29Item{{"หูฟังไร้สาย", 1590, ""}, {"เสื้อยืดคอกลม 3 ตัว", 599, ""}}},
		{"เมืองไทยประกันสุขภาพออนไลน์", "", "insurance", []w29Item{{"ประกันสุขภาพ แผน Gold รายปี", 18500, ""}}}}},
	"MY": {"MYR", "en", true, []string{"MAYBANK|MALAYAN BANKING BERHAD", "CIMB|CIMB BANK BERHAD", "PBB|PUBLIC BANK BERHAD"}, []w30CCMerchant{
		{"KL Sentral Medical Centre", "", "clinic", []w29Item{{"Diabetes Screening Package", 280, "health"}, {"Antenatal Check-up", 350, "health"}}},
		{"Kedai Buku Ilmu", "", "shop", []w29Item{{"Buku Teks SPM Set", 189, ""}, {"Al-Quran Tajwid Berwarna", 65, "religion"}}},
		{"Zakat Online Wilayah", "religion", "temple", []w29Item{{"Zakat Pendapatan", 250, "religion"}, {"Zakat Fitrah", 7, "religion"}}}}},
	"SG": {"SGD", "en", true, []string{"DBS|DBS BANK LTD.", "OCBC|OVERSEA-CHINESE BANKING CORPORATION LIMITED", "UOB|UNITED OVERSEAS BANK LIMITED"}, []w30CCMerchant{
		{"Orchard Family Clinic", "", "clinic", []w29Item{{"HIV & STI Screening Panel", 180, "health"}, {"Teleconsult - GP", 35, "health"}}},
		{"Lion City Electronics", "", "shop", []w29Item{{"Mechanical Keyboard", 159, ""}, {"4K Monitor 27\"", 429, ""}}}}},
	"PH": {"PHP", "en", true, []string{"BDO|BDO UNIBANK, INC.", "BPI|BANK OF THE PHILIPPINE ISLANDS", "GCASH|G-XCHANGE, INC."}, []w30CCMerchant{
		{"Makati Medical Telehealth", "", "clinic", []w29Item{{"Online OB-GYN Consultation", 1200, "health"}, {"Psychiatry Teleconsult", 2500, "health"}}},
		{"Manila Gadget Hub", "", "shop", []w29Item{{"Power Bank 20000mAh", 1299, ""}, {"Bluetooth Speaker", 2499, ""}}},
		{"Parokya ng San Isidro Online Giving", "religion", "temple", []w29Item{{"Mass Offering (Intention)", 500, "religion"}, {"Church Renovation Fund", 1000, "religion"}}}}},
	"VN": {"VND", "vi", false, []string{"VCB|JOINT STOCK COMMERCIAL BANK FOR FOREIGN TRADE OF VIETNAM", "TCB|VIETNAM TECHNOLOGICAL AND COMMERCIAL JOINT STOCK BANK"}, []w30CCMerchant{
		{"Phòng khám Đa khoa Hòa Bình", "", "clinic", []w29Item{{"Gói khám thai 12 tuần", 1850000, "health"}, {"Xét nghiệm tiểu đường HbA1c", 320000, "health"}}},
		{"Saigon Book Store", "", "shop", []w29Item{{"Sách luyện thi IELTS", 245000, ""}, {"Tai nghe không dây", 890000, ""}}}}},
	"ID": {"IDR", "id", false, []string{"BCA|PT BANK CENTRAL ASIA TBK", "MANDIRI|PT BANK MANDIRI (PERSERO) TBK", "BRI|PT BANK RAKYAT INDONESIA (PERSERO) TBK"}, []w30CCMerchant{
		{"Klinik Sehat Sentosa", "", "clinic", []w29Item{{"Paket Pemeriksaan Kehamilan", 750000, "health"}, {"Konsultasi Dokter Jiwa Online", 350000, "health"}}},
		{"Toko Elektronik Jaya", "", "shop", []w29Item{{"Earbuds TWS", 499000, ""}, {"Powerbank 10000mAh", 259000, ""}}},
		{"Travel Umrah Barokah", "religion", "shop", []w29Item{{"DP Paket Umrah 12 Hari", 5000000, "religion"}}}}},
	"MM": {"MMK", "my", false, []string{"KBZ|KANBAWZA BANK LIMITED", "CB|CO-OPERATIVE BANK LTD", "AYA|AYEYARWADY BANK"}, []w30CCMerchant{
		{"ရန်ကုန် ပါရမီ ဆေးရုံ", "", "clinic", []w29Item{{"ကိုယ်ဝန်ဆောင် စစ်ဆေးမှု", 85000, "health"}, {"ဆီးချို စစ်ဆေးမှု", 25000, "health"}}},
		{"Shwe Mobile Shop", "", "shop", []w29Item{{"Smartphone Case", 15000, ""}, {"Power Bank", 45000, ""}}},
		{"ရွှေတိဂုံ ဘုရား လှူဒါန်းမှု", "religion", "temple", []w29Item{{"ဘုရားလှူငွေ", 50000, "religion"}}}}},
	"KH": {"USD", "km", true, []string{"ABA|ADVANCED BANK OF ASIA LIMITED", "ACLEDA|ACLEDA BANK PLC.", "WING|WING BANK (CAMBODIA) PLC"}, []w30CCMerchant{
		{"Royal Phnom Penh Clinic", "", "clinic", []w29Item{{"Prenatal Ultrasound", 45, "health"}, {"Hepatitis B Test", 20, "health"}}},
		{"Angkor Gadget", "", "shop", []w29Item{{"Wireless Mouse", 18, ""}, {"USB-C Hub", 35, ""}}}}},
}

// w30CCBins are card prefixes and the channel code they go by.
var w30CCBins = []struct{ bin, channel, scheme string }{{"411111", "VI", "VI"}, {"453201", "VI", "VI"}, {"520000", "MA", "MA"}, {"542418", "MA", "MA"}, {"356999", "JC", "JC"}}

func twoC2PPayment(g *gen) *node {
	cc := pick(g.r, []string{"TH", "TH", "TH", "MY", "MY", "SG", "PH", "PH", "VN", "ID", "ID", "MM", "KH"})
	g.w30Redraw(cc)
	p := g.p
	mk := w30CCMarkets[cc]
	m := pick(g.r, mk.merchants)
	if m.kind == "clinic" && g.r.IntN(6) == 0 {
		g.w29Age(12, 17) // a clinic's young patient, paid for by a parent's card in the patient's name
	} else {
		g.w29Age(18, 75)
	}
	item := g.w29Special(m.items, 2)
	agent := strings.SplitN(pick(g.r, mk.agents), "|", 2)
	card := pick(g.r, w30CCBins)
	qr := g.r.IntN(4) == 0
	channel := card.channel
	if qr {
		channel = map[string]string{"TH": "PROMPTPAY", "MY": "DUITNOW", "SG": "PAYNOW", "PH": "GCASH", "VN": "VIETQR", "ID": "QRIS", "MM": "KBZPAY", "KH": "KHQR"}[cc]
	}
	amount := float64(item.price)
	amt := fmt.Sprintf("%.2f", amount)
	merchantID := pattern(g.r, "764764######")
	invoice := g.t.Format("060102") + pattern(g.r, "##########")
	secret := strings.ToUpper(g.hex(64))
	resp := pick(g.r, []string{"0000|Success", "0000|Success", "0000|Success", "4200|Transaction is pending", "4005|Do not honour", "0003|Transaction is cancelled"})
	rc := strings.SplitN(resp, "|", 2)
	cardNo := g.w30Card(card.bin, 'X')
	tranTime := g.t.In(g.w30Local(cc))

	// The customer as the merchant passes them: name in their own script
	// where the merchant's form takes it, e-mail, mobile, country.
	name := p.fullName()
	if cc == "MY" || cc == "SG" || cc == "PH" || cc == "ID" || !w29Latin(name) && g.r.IntN(3) == 0 {
		name = w29Title(p.givenL) + " " + w29Title(p.familyL)
	}
	if cc == "MY" || cc == "SG" || cc == "PH" || cc == "ID" {
		name = p.given + " " + p.family
	}
	withUser := g.r.IntN(4) != 0
	userInfo := func() *node {
		u := O("customerName", P(name), "customerEmail", P(p.email))
		if ph := g.phone(g.w29Intl()); ph != nil {
			u.set("customerMobileNo", ph)
		}
		if p.showResidence {
			u.set("customerAddress1", g.addr(p.street))
			u.set("customerAddress2", g.addr(p.city))
			u.set("customerCountryCode", g.residence(cc))
		}
		return u
	}
	// The merchant's own five fields: its customer id, and what its
	// business keeps there (a patient's hospital number and visit, a
	// donor's merit dedication, an insured's citizen id).
	custID := "C" + pattern(g.r, "#######")
	hn := "HN" + pattern(g.r, "########")
	udf := func() []*node {
		u := []*node{P(custID), N(""), N(""), N(""), N("")}
		switch m.kind {
		case "clinic":
			u[1] = P(hn)
			u[2] = w29About(item.name, "health")
		case "temple":
			u[1] = w29About(pick(g.r, []string{"อุทิศส่วนกุศลให้คุณแม่", "For the soul of my late father", "Para sa intensyon ng aming pamilya", "untuk almarhumah ibu"}), "religion")
		case "insurance":
			if p.idValue != "" {
				u[1] = P(p.idValue)
			} else {
				u[1] = P(pattern(g.r, "#############"))
			}
			u[2] = N("GOLD-ANNUAL")
		default:
			u[1] = N(pick(g.r, []string{"web", "app-android", "app-ios"}))
		}
		return u
	}()
	putUDF := func(n *node) {
		for i, v := range udf {
			n.set(fmt.Sprintf("userDefined%d", i+1), v)
		}
	}
	tokenClaims := func() *node {
		c := O("merchantID", N(merchantID), "invoiceNo", N(invoice), "description", w29Text(item.name, item.cat), "amount", N(amount),
			"currencyCode", N(mk.currency), "paymentChannel", A(N(map[bool]string{true: "QR", false: "CC"}[qr])), "request3DS", N("Y"),
			"locale", N(mk.locale), "frontendReturnUrl", N("https://shop.example/payment/return"), "backendReturnUrl", N("https://api.shop.example/2c2p/notify"))
		putUDF(c)
		if withUser {
			c.set("uiParams", O("userInfo", userInfo()))
		}
		return c
	}
	result := func(inquiry bool) *node {
		c := O("merchantID", N(merchantID), "invoiceNo", N(invoice))
		if !qr {
			c.set(map[bool]string{true: "accountNo", false: "cardNo"}[inquiry], P(cardNo))
			c.set("cardToken", N(""))
		}
		c.set("loyaltyPoints", N(nil))
		c.set("amount", N(amount))
		c.set("currencyCode", N(mk.currency))
		c.set("transactionDateTime", N(tranTime.Format("20060102150405")))
		c.set("agentCode", N(agent[0]))
		c.set("channelCode", N(channel))
		if !qr && rc[0] == "0000" {
			c.set("approvalCode", N(pattern(g.r, "######")))
			c.set("eci", N(pick(g.r, []string{"05", "02", "07"})))
		}
		c.set("referenceNo", N(pattern(g.r, "#######")))
		c.set("tranRef", N(pattern(g.r, "#######")))
		if !qr {
			// The card's bank and its country: where the bank is, not
			// where its customer lives.
			c.set("issuerCountry", N(cc))
			c.set("issuerBank", N(agent[1]))
			c.set("cardType", N(pick(g.r, []string{"CREDIT", "DEBIT"})))
			c.set("paymentScheme", N(card.scheme))
		}
		c.set("installmentPeriod", N(0))
		c.set("idempotencyID", N(g.uuid()))
		c.set("displayProcessingAmount", N(false))
		putUDF(c)
		c.set("respCode", N(rc[0]))
		c.set("respDesc", N(rc[1]))
		return c
	}
	jwt := func(claims *node) *node {
		return C(w30JWT(`{"alg":"HS256","typ":"JWT"}`, claims, secret))
	}
	const host = "https://pgw.2c2p.com/payment/4.3"
	switch mode := g.r.IntN(10); {
	case mode < 3:
		claims := tokenClaims()
		payToken := "kSAops9Zwhos8hSTSeLTUc" + g.b62(40)
		out := O("paymentToken", C(payToken), "webPaymentUrl", C("https://pgw-ui.2c2p.com/payment/4.1/#/token/"+payToken), "respCode", N("0000"), "respDesc", N("Success"))
		return O("request", O("method", N("POST"), "url", N(host+"/paymentToken"), "body", O("payload", jwt(claims)), "decoded", claims),
			"response", O("status", N(200), "body", O("payload", jwt(out)), "decoded", out))
	case mode < 6:
		claims := result(false)
		return O("received_at", g.w29Stamp(time.Duration(300+g.r.IntN(3000))*time.Millisecond), "method", N("POST"), "path", N("/2c2p/notify"),
			"headers", O("Content-Type", N("application/json")), "body", O("payload", jwt(claims)), "decoded", claims)
	case mode < 8:
		req := O("merchantID", N(merchantID), "invoiceNo", N(invoice), "locale", N(mk.locale))
		claims := result(true)
		return O("request", O("method", N("POST"), "url", N(host+"/paymentInquiry"), "body", O("payload", jwt(req))),
			"response", O("status", N(200), "body", O("payload", jwt(claims)), "decoded", claims))
	}
	// The merchant's order record after the notification.
	rec := O("invoice_no", N(invoice), "merchant", w29Text(m.name, m.cat), "item", w29Text(item.name, item.cat), "amount", N(amt),
		"currency", N(mk.currency), "status", N(map[bool]string{true: "PAID", false: "UNPAID"}[rc[0] == "0000"]), "customer_id", P(custID))
	if withUser {
		rec.set("customer", userInfo())
	}
	if m.kind == "clinic" {
		rec.set("patient_hn", P(hn))
	}
	rec.set("payment", result(false))
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("2c2p payment recorded"), "order", rec)
}
