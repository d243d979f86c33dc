package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------------- Hotmart

var w32HMCountries = []string{"BR", "BR", "BR", "BR", "BR", "PT", "ES", "MX", "MX", "CO", "AR", "CL", "PE", "US"}

// w32HMCurrency is each checkout's currency and how many of it a real
// is worth (prices are set in reais and converted).
var w32HMCurrency = map[string]struct {
	code string
	rate float64
}{"BR": {"BRL", 1}, "PT": {"EUR", 0.18}, "ES": {"EUR", 0.18}, "MX": {"MXN", 3.4}, "CO": {"COP", 780}, "AR": {"ARS", 190}, "CL": {"CLP", 180}, "PE": {"PEN", 0.7}, "US": {"USD", 0.2}}

// w32HMProduct is a course or e-book; its name tells of the buyer's
// health, faith or orientation for some.
type w32HMProduct struct {
	name  string
	price int // reais
	cat   string
}

var w32HMProducts = map[string][]w32HMProduct{
	"pt": {
		{"Fórmula Negócio Online", 1997, ""}, {"Excel do Básico ao Avançado", 297, ""}, {"Confeitaria Lucrativa", 197, ""}, {"Inglês em 6 Meses", 497, ""},
		{"Maquiagem Profissional do Zero", 397, ""}, {"Método Renda Extra com Crochê", 97, ""},
		{"Protocolo Libertação da Ansiedade e Depressão", 297, "health"}, {"Diabetes Sob Controle - Método 30 Dias", 197, "health"}, {"Gestação Saudável: do Positivo ao Parto", 147, "health"},
		{"Curso de Teologia Bíblica Online", 397, "religion"}, {"Escola de Oração - Ministério Fé Viva", 97, "religion"}, {"Saindo do Armário: Guia para Homens Gays", 67, "sexual_orientation"},
	},
	"es": {
		{"Curso de Uñas Acrílicas Profesional", 297, ""}, {"Excel para Contadores", 197, ""}, {"Marketing Digital desde Cero", 497, ""}, {"Repostería Creativa para Emprender", 147, ""},
		{"Adiós Ansiedad: Programa de 8 Semanas", 197, "health"}, {"Vivir Bien con Diabetes Tipo 2", 147, "health"}, {"Recuperación después del Cáncer de Mama", 97, "health"},
		{"Escuela Bíblica Online - Estudio de los Evangelios", 247, "religion"}, {"Ayuno Cristiano: 21 Días de Oración", 67, "religion"},
	},
}

// w32HMDoc is the buyer's document as the checkout asks for it.
func (g *gen) w32HMDoc(cc string) (typ, num string) {
	p := g.p
	switch cc {
	case "BR":
		return "CPF", w32Digits(genCPF(g.r, p.dob, p.female, [2]string{}))
	case "ES":
		return "DNI", genDNI(g.r, p.dob, p.female, [2]string{})
	case "PT":
		return "NIF", pattern(g.r, "2########")
	case "CO":
		return "CC", pattern(g.r, "10########")
	case "AR":
		return "DNI", pattern(g.r, "3#######")
	case "PE":
		return "DNI", pattern(g.r, "4#######")
	case "CL":
		body := fmt.Sprint(10000000 + g.r.IntN(15000000))
		s, m := 0, 2
		for i := len(body) - 1; i >= 0; i-- {
			s += int(body[i]-'0') * m
			if m++; m > 7 {
				m = 2
			}
		}
		dv := map[int]string{10: "K", 11: "0"}[11-s%11]
		if dv == "" {
			dv = fmt.Sprint(11 - s%11)
		}
		return "RUT", body + "-" + dv
	}
	return "", ""
}

var w32HMHoods = map[string][]string{"BR": {"Vila Mariana", "Centro", "Jardim Paulista", "Copacabana", "Boa Viagem", "Savassi"}, "MX": {"Roma Norte", "Del Valle", "Providencia"},
	"CO": {"Chapinero", "El Poblado"}, "AR": {"Palermo", "Caballito"}, "CL": {"Providencia", "Ñuñoa"}, "PE": {"Miraflores", "San Isidro"}, "PT": {"Arroios", "Cedofeita"}, "ES": {"Chamberí", "Triana"}, "US": {""}}

func hotmartPurchaseWebhook(g *gen) *node {
	cc := pick(g.r, w32HMCountries)
	g.w32Redraw(cc)
	p := g.p
	g.w32Age(18, 72)
	if p.phoneCC != cc && g.r.IntN(3) != 0 {
		g.w32SetPhone(cc)
	}
	lang := "es"
	if cc == "BR" || cc == "PT" || cc == "US" {
		lang = "pt"
	}
	prod := pick(g.r, w32HMProducts[lang])
	if prod.cat != "" && g.r.IntN(2) == 0 {
		prod = pick(g.r, w32HMProducts[lang]) // special ones a little rarer
	}
	cur := w32HMCurrency[cc]
	cents := int(float64(prod.price*100)*cur.rate) / 100 * 100
	if cur.code == "BRL" || cur.code == "EUR" || cur.code == "USD" || cur.code == "PEN" {
		cents = int(float64(prod.price*100)*cur.rate) - 3
	}
	price := func(c int) *node {
		if c%100 == 0 {
			return N(c / 100)
		}
		return N(float64(c) / 100)
	}
	first, last := p.given, p.family
	name := first + " " + last
	if g.r.IntN(4) == 0 {
		name = strings.ToUpper(name)
	} else if g.r.IntN(4) == 0 {
		name = strings.ToLower(name)
	}
	docType, doc := g.w32HMDoc(cc)
	transaction := "HP" + pattern(g.r, "##############")
	productID := 1000000 + g.r.IntN(4000000)
	ucode := g.uuid()
	physical := g.r.IntN(8) == 0
	subscription := g.r.IntN(5) == 0
	hottok := g.b62(30) + "-" + g.hex(6)
	ms := func(t time.Time) *node { return N(t.UnixMilli()) }
	ordered := g.t.Add(-time.Duration(g.r.IntN(600)) * time.Second)
	producer := g.w32Other(pick(g.r, []string{cc, "BR"}))
	pf := g.r.IntN(2) == 0
	pay := pick(g.r, []string{"CREDIT_CARD", "CREDIT_CARD", "CREDIT_CARD", "PAYPAL", "GOOGLE_PAY"})
	if cc == "BR" {
		pay = pick(g.r, []string{"CREDIT_CARD", "CREDIT_CARD", "PIX", "PIX", "BILLET"})
	} else if cc == "MX" && g.r.IntN(3) == 0 {
		pay = "CASH_PAYMENT"
	}
	ev := pick(g.r, []string{"PURCHASE_APPROVED", "PURCHASE_APPROVED", "PURCHASE_APPROVED", "PURCHASE_COMPLETE", "PURCHASE_REFUNDED", "PURCHASE_CANCELED", "PURCHASE_CHARGEBACK",
		"PURCHASE_OUT_OF_SHOPPING_CART", "PURCHASE_OUT_OF_SHOPPING_CART", "SUBSCRIPTION_CANCELLATION"})
	if pay == "BILLET" && g.r.IntN(2) == 0 {
		ev = "PURCHASE_BILLET_PRINTED"
	}
	if ev == "SUBSCRIPTION_CANCELLATION" {
		subscription = true
	}
	status := map[string]string{"PURCHASE_APPROVED": "APPROVED", "PURCHASE_COMPLETE": "COMPLETE", "PURCHASE_REFUNDED": "REFUNDED", "PURCHASE_CANCELED": "CANCELLED",
		"PURCHASE_CHARGEBACK": "CHARGEBACK", "PURCHASE_BILLET_PRINTED": "PRINTED_BILLET"}[ev]
	phoneDigits := w32Digits(p.phoneNat)
	if cc == "BR" {
		phoneDigits = strings.TrimPrefix(phoneDigits, "0")
	} else {
		phoneDigits = w32Digits(p.phoneE164)
	}
	street, number := w32SplitStreet(p.street)
	if number == "" {
		number = fmt.Sprint(1 + g.r.IntN(2000))
	}
	hood := pick(g.r, w32HMHoods[cc])
	withAddress := p.showResidence && (physical || pay == "BILLET" || g.r.IntN(3) == 0)
	bare := g.w32Snap() // for the envelopes that do not carry the JSON event

	product := func() *node {
		pr := O("id", N(productID), "ucode", N(ucode), "name", w32Item(prod.name, prod.cat), "has_co_production", N(g.r.IntN(5) == 0),
			"warranty_date", N(ordered.AddDate(0, 0, 7).UTC().Format("2006-01-02T15:04:05Z")), "support_email", P(w32Clean(producer.givenL)+"@"+pick(g.r, []string{"gmail.com", "outlook.com"})),
			"is_physical_product", N(physical))
		return pr
	}
	buyer := func() *node {
		b := O("email", P(p.email), "name", P(name), "first_name", P(first), "last_name", P(last))
		if ph := g.phone(phoneDigits); ph != nil {
			b.set("checkout_phone", ph)
		}
		if withAddress {
			a := O("city", P(p.city), "country", g.residence(p.c.name), "country_iso", g.residence(cc), "state", g.addrN(p.region), "neighborhood", Pif(hood),
				"zipcode", Pif(w32Digits(p.post)), "address", P(street), "number", P(number))
			if g.r.IntN(3) == 0 {
				a.set("complement", P(pick(g.r, []string{"Apto 52", "Casa 2", "Bloco B, apto 1203", "Depto 4B", "Piso 3"})))
			}
			b.set("address", a)
		}
		if doc != "" && (cc == "BR" || g.r.IntN(2) == 0) {
			b.set("document", P(doc))
			b.set("document_type", N(docType))
		}
		return b
	}
	checkout := func() *node {
		g.w32Weak(cc)
		return O("name", N(p.c.name), "iso", N(cc))
	}
	var data *node
	switch ev {
	case "PURCHASE_OUT_OF_SHOPPING_CART":
		b := O("name", P(name), "email", P(p.email))
		if ph := g.phone(phoneDigits); ph != nil {
			b.set("phone", ph)
		}
		data = O("affiliate", N(g.r.IntN(4) == 0), "product", O("id", N(productID), "name", w32Item(prod.name, prod.cat)), "buyer_ip", P(p.ip), "buyer", b,
			"offer", O("code", N(strings.ToLower(g.b62(8)))), "checkout_country", checkout())
	case "SUBSCRIPTION_CANCELLATION":
		ph := O("dddPhone", N(""), "phone", N(""), "dddCell", N(""), "cell", N(""))
		if p.showPhone && cc == "BR" && len(phoneDigits) > 2 {
			ph = O("dddPhone", N(""), "phone", N(""), "dddCell", P(phoneDigits[:2]), "cell", g.phone(phoneDigits[2:]))
		}
		data = O("date_next_charge", ms(g.t.AddDate(0, 1, 0)), "product", O("name", w32Item(prod.name, prod.cat), "id", N(productID)),
			"actual_recurrence_value", price(cents), "subscriber", O("code", P(strings.ToUpper(g.b62(8))), "name", P(name), "email", P(p.email), "phone", ph),
			"subscription", O("id", N(1000000+g.r.IntN(9000000)), "plan", O("name", N(pick(g.r, map[string][]string{"pt": {"Plano Mensal", "Assinatura Premium"}, "es": {"Plan Mensual", "Plan Anual"}}[lang])), "id", N(100000+g.r.IntN(900000)))),
			"cancellation_date", ms(g.t))
	default:
		pm := O("installments_number", N(1), "type", N(pay))
		switch pay {
		case "CREDIT_CARD":
			pm.set("installments_number", N(pick(g.r, []int{1, 1, 3, 6, 12})))
		case "BILLET":
			pm.set("billet_barcode", N(pattern(g.r, "#####.##### #####.###### #####.###### # ##############")))
			pm.set("billet_url", N("https://pay.hotmart.com/billet/"+g.hex(32)))
		case "PIX":
			pm.set("pix_code", N("00020101021226850014br.gov.bcb.pix2563qrpix.hotmart.com/qr/v2/"+g.uuid()+"5204000053039865802BR5907HOTMART6009SAO PAULO62070503***6304"+strings.ToUpper(g.hex(4))))
			pm.set("pix_qrcode", N("https://pay.hotmart.com/pix/qrcode/"+g.hex(32)))
			pm.set("pix_expiration_date", ms(ordered.Add(30*time.Minute)))
		}
		purchase := O("approved_date", ms(ordered.Add(40*time.Second)), "full_price", O("value", price(cents), "currency_value", N(cur.code)),
			"price", O("value", price(cents), "currency_value", N(cur.code)), "checkout_country", checkout(),
			"order_bump", O("is_order_bump", N(false)), "original_offer_price", O("value", price(cents), "currency_value", N(cur.code)),
			"order_date", ms(ordered), "status", N(status), "transaction", N(transaction), "payment", pm,
			"offer", O("code", N(strings.ToLower(g.b62(8)))), "is_funnel", N(false), "business_model", N("I"))
		if g.r.IntN(3) == 0 {
			purchase.set("sckPaymentLink", N(pick(g.r, []string{"instagram_bio", "yt_descricao", "email_lancamento"})))
		}
		data = O("product", product())
		if g.r.IntN(3) == 0 {
			aff := g.w32Other(pick(g.r, []string{cc, "BR"}))
			data.set("affiliates", A(O("affiliate_code", P(strings.ToUpper(g.b62(10))), "name", P(aff.given+" "+aff.family))))
		} else {
			data.set("affiliates", A(O("affiliate_code", N(""), "name", N(""))))
		}
		data.set("buyer", buyer())
		prd := O("name", P(producer.given+" "+producer.family))
		if pf {
			prd.set("document", P(w32Digits(genCPF(g.r, producer.dob, producer.female, [2]string{}))))
			prd.set("legal_nature", N("Pessoa Física"))
		} else {
			prd.obj[0].val = N(strings.ToUpper(w32Clean(producer.familyL)) + " EDUCACAO DIGITAL LTDA")
			prd.set("document", N(pattern(g.r, "##############")))
			prd.set("legal_nature", N("Pessoa Jurídica"))
		}
		data.set("producer", prd)
		fee := cents / 10
		data.set("commissions", A(O("value", price(fee), "source", N("MARKETPLACE"), "currency_value", N(cur.code)), O("value", price(cents-fee), "source", N("PRODUCER"), "currency_value", N(cur.code))))
		data.set("purchase", purchase)
		if subscription {
			data.set("subscription", O("status", N("ACTIVE"), "plan", O("id", N(100000+g.r.IntN(900000)), "name", N(pick(g.r, map[string][]string{"pt": {"Plano Mensal", "Plano Anual"}, "es": {"Plan Mensual", "Plan Anual"}}[lang]))),
				"subscriber", O("code", P(strings.ToUpper(g.b62(8))))))
		}
	}
	event := O("id", N(g.uuid()), "creation_date", ms(g.t), "event", N(ev), "version", N("2.0.0"), "data", data)
	withBodyTok := g.r.IntN(2) == 0
	if withBodyTok {
		event.set("hottok", C(hottok))
	}
	switch m := g.r.IntN(10); {
	case m < 5:
		return O("received_at", g.w32Stamp(time.Second), "method", N("POST"), "path", N(pick(g.r, []string{"/webhooks/hotmart", "/api/hotmart/postback", "/wp-json/hotmart/v2"})),
			"headers", O("Content-Type", N("application/json"), "X-HOTMART-HOTTOK", C(hottok)), "body", event)
	case m < 7:
		if withBodyTok {
			event.obj = event.obj[:len(event.obj)-1]
		}
		return event
	case m < 9 && ev != "PURCHASE_OUT_OF_SHOPPING_CART" && ev != "SUBSCRIPTION_CANCELLATION":
		g.w32Restore(bare)
		return g.w32HMPostback(hottok, prod, productID, transaction, cents, cur.code, pay, status, name, first, last, docType, doc, phoneDigits, street, number, hood, withAddress, subscription, ordered)
	}
	if ev != "PURCHASE_APPROVED" && ev != "PURCHASE_COMPLETE" {
		return event
	}
	g.w32Restore(bare)
	// The members area's log after granting access, with the first
	// password it mailed the buyer.
	msg := map[string]string{"pt": "acesso liberado na área de membros", "es": "acceso liberado en el área de miembros"}[lang]
	pwKey := map[string]string{"pt": "senha_provisoria", "es": "contrasena_temporal"}[lang]
	return O("ts", N(g.t.Add(2*time.Second).UTC().Format(time.RFC3339)), "level", N("info"), "msg", N(msg), "hotmart_event", N(ev), "transaction", N(transaction),
		"aluno", O("email", P(p.email), "nome", P(name), pwKey, C(g.chars(b62Set+"!@#", 10)), "link_acesso", C("https://membros."+w32Clean(producer.familyL)+".example/login?token="+g.b62(48))),
		"curso", w32Item(prod.name, prod.cat))
}

// w32HMPostback is the 1.0.0 postback as the receiver logs the form.
func (g *gen) w32HMPostback(hottok string, prod w32HMProduct, productID int, transaction string, cents int, cur, pay, status, name, first, last, docType, doc, phoneDigits, street, number, hood string, withAddress, subscription bool, ordered time.Time) *node {
	p := g.p
	f := O("hottok", C(hottok), "prod", N(fmt.Sprint(productID)), "prod_name", w32Item(prod.name, prod.cat), "off", N(strings.ToLower(g.b62(8))), "price", N(w32Money(cents)),
		"aff", N(""), "aff_name", N(""), "email", P(p.email), "name", P(name), "first_name", P(first), "last_name", P(last))
	if doc != "" {
		f.set("doc", P(doc))
		f.set("doc_type", N(docType))
	}
	if p.showPhone && len(phoneDigits) > 4 {
		if p.c.code == "BR" {
			f.set("phone_checkout_local_code", P(phoneDigits[:2]))
			f.set("phone_checkout_number", g.phone(phoneDigits[2:]))
		} else {
			f.set("phone_checkout_local_code", N(""))
			f.set("phone_checkout_number", g.phone(phoneDigits))
		}
	}
	if withAddress {
		f.set("address", P(street))
		f.set("address_number", P(number))
		f.set("address_country", g.residence(p.c.code))
		f.set("address_district", Pif(hood))
		f.set("address_comp", N(""))
		f.set("address_city", P(p.city))
		f.set("address_state", g.addrN(p.region))
		f.set("address_zip_code", Pif(w32Digits(p.post)))
	}
	f.set("transaction", N(transaction))
	if g.r.IntN(3) == 0 {
		f.set("xcod", P(pick(g.r, []string{"uid_", "lead-", ""})+pattern(g.r, "######")))
	}
	f.set("src", N(pick(g.r, []string{"", "ig", "yt", "fb_ads"})))
	f.set("sck", N(""))
	f.set("status", N(strings.ToLower(status)))
	f.set("payment_engine", N("hotmart"))
	f.set("payment_type", N(map[string]string{"CREDIT_CARD": "credit_card", "BILLET": "billet", "PIX": "pix", "PAYPAL": "paypal", "GOOGLE_PAY": "google_pay", "CASH_PAYMENT": "cash_payment"}[pay]))
	f.set("installments_number", N("1"))
	f.set("currency", N(cur))
	f.set("purchase_date", N(ordered.Format("02/01/2006 15:04:05")))
	f.set("confirmation_purchase_date", N(ordered.Add(time.Minute).Format("02/01/2006 15:04:05")))
	f.set("callback_type", N("1"))
	if subscription {
		f.set("subscriber_code", P(strings.ToUpper(g.b62(8))))
		f.set("subscription_status", N("active"))
	}
	return O("received_at", g.w32Stamp(time.Second), "method", N("POST"), "path", N("/hotmart/postback.php"),
		"headers", O("Content-Type", N("application/x-www-form-urlencoded")), "form", f)
}
