package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------- Mercado Libre

// w31MLSite is one Mercado Libre site: its id, currency, the country's
// name as the API writes it, the states (id, name) and the document
// types buyers give for invoices.
type w31MLSite struct {
	site, currency, country string
	states                  [][2]string
	neighborhoods           []string
}

var w31MLSites = map[string]w31MLSite{
	"AR": {"MLA", "ARS", "Argentina", [][2]string{{"AR-C", "Capital Federal"}, {"AR-B", "Buenos Aires"}, {"AR-X", "Córdoba"}}, []string{"Palermo", "Caballito", "Nueva Córdoba"}},
	"BR": {"MLB", "BRL", "Brasil", [][2]string{{"BR-SP", "São Paulo"}, {"BR-RJ", "Rio de Janeiro"}, {"BR-MG", "Minas Gerais"}}, []string{"Vila Mariana", "Copacabana", "Savassi"}},
	"MX": {"MLM", "MXN", "Mexico", [][2]string{{"MX-DIF", "Distrito Federal"}, {"MX-JAL", "Jalisco"}, {"MX-NLE", "Nuevo León"}}, []string{"Roma Norte", "Providencia", "Del Valle"}},
	"CL": {"MLC", "CLP", "Chile", [][2]string{{"CL-RM", "RM (Metropolitana)"}, {"CL-VS", "Valparaíso"}}, []string{"Providencia", "Ñuñoa", "Viña del Mar"}},
	"CO": {"MCO", "COP", "Colombia", [][2]string{{"CO-DC", "Bogotá D.C."}, {"CO-ANT", "Antioquia"}}, []string{"Chapinero", "El Poblado", "Usaquén"}},
	"UY": {"MLU", "UYU", "Uruguay", [][2]string{{"UY-MO", "Montevideo"}, {"UY-CA", "Canelones"}}, []string{"Pocitos", "Cordón", "Malvín"}},
	"PE": {"MPE", "PEN", "Perú", [][2]string{{"PE-LIM", "Lima"}, {"PE-ARE", "Arequipa"}}, []string{"Miraflores", "San Isidro", "Surco"}},
}

// w31MLItems are listings; the category tells of a buyer's health or
// faith for some.
var w31MLItems = []w29Item{
	{"Auriculares Inalámbricos Bluetooth In-ear", 2500, ""},
	{"Zapatillas Running Hombre Talle 42", 6000, ""},
	{"Smartphone Moto G54 128gb 4gb Ram", 25000, ""},
	{"Cafetera Express Automática 15 Bar", 18000, ""},
	{"Kit Sábanas 2 Plazas Algodón", 4000, ""},
	{"Tiras Reactivas Accu-chek Active X50 Glucosa", 3500, "health"},
	{"Test De Embarazo Digital Clearblue X2", 2200, "health"},
	{"Tensiómetro Digital De Brazo Omron", 5500, "health"},
	{"Silla De Ruedas Plegable Acero", 40000, "health"},
	{"Biblia Reina Valera 1960 Letra Grande", 1800, "religion"},
	{"Tapete De Oración Musulmán Sajadah", 1500, "religion"},
	{"Preservativos Prudence X12", 900, ""},
}

// w31MLDoc is the document a buyer of country cc gives for the invoice.
func (g *gen) w31MLDoc(cc string) (string, string) {
	p := g.p
	switch cc {
	case "AR":
		cuil, dni := arCUIL(g.r, p.dob, p.female)
		if g.r.IntN(2) == 0 {
			return "CUIL", strings.ReplaceAll(cuil, "-", "")
		}
		return "DNI", dni
	case "BR":
		return "CPF", w31Digits(genCPF(g.r, p.dob, p.female, [2]string{}))
	case "MX":
		if g.r.IntN(2) == 0 {
			return "CURP", curp(g.r, p.dob, p.female, p.givenL, p.familyL)
		}
		return "RFC", g.w31RFC()
	case "CL":
		return "RUT", genRUT(g.r, p.dob, p.female, [2]string{})
	case "CO":
		return "CC", genCOCC(g.r, p.dob, p.female, [2]string{})
	case "UY":
		return "CI", genUYCI(g.r, p.dob, p.female, [2]string{})
	}
	return "DNI", genPEDNI(g.r, p.dob, p.female, [2]string{})
}

// w31MLComments are what buyers write for the courier.
var w31MLComments = []w31Phrase{{"", "Timbre 3B, dejar en portería"}, {"", "Casa de rejas verdes"}, {"", "Entre calles: Av. Rivadavia y Acoyte"}, {"", "Apto 402, torre 2"}, {"health", "Tocar fuerte, soy sorda"}, {"health", "Estoy en silla de ruedas, tardo en bajar"}}

func mercadolibreOrderShipment(g *gen) *node {
	cc := pick(g.r, []string{"AR", "AR", "BR", "BR", "BR", "MX", "MX", "CL", "CO", "UY", "PE"})
	g.w29Redraw(cc)
	p := g.p
	g.w29Age(18, 75)
	if p.phoneCC != cc && g.r.IntN(3) != 0 {
		g.w29SetPhone(cc)
	}
	site := w31MLSites[cc]
	first, last := w29Title(p.givenL), w29Title(p.familyL)
	if g.r.IntN(2) == 0 {
		first, last = p.given, p.family
	}
	nick := strings.ToUpper(w29Clean(p.givenL)[:min(len(w29Clean(p.givenL)), 6)] + w29Clean(p.familyL)[:min(len(w29Clean(p.familyL)), 4)] + fmt.Sprint(g.r.IntN(1000)))
	buyerID := int64(100000000 + g.r.Int64N(1800000000))
	sellerID := int64(100000000 + g.r.Int64N(1800000000))
	orderID := int64(2000000000000 + g.r.Int64N(9000000000))
	shipID := int64(40000000000 + g.r.Int64N(9000000000))
	appID := fmt.Sprint(1000000000000000 + g.r.Int64N(8999999999999999))
	docType, docNum := g.w31MLDoc(cc)
	item := g.w29Special(w31MLItems, 3)
	qty := 1 + g.r.IntN(2)
	unit := item.price * (1 + g.r.IntN(3))
	total := unit * qty
	status := pick(g.r, []string{"paid", "paid", "paid", "confirmed", "cancelled"})
	created := g.t.Add(-time.Duration(1+g.r.IntN(72)) * time.Hour)
	mode := pick(g.r, []string{"me2", "me2", "me2", "me1", "custom"})
	shipStatus := pick(g.r, []string{"ready_to_ship", "shipped", "delivered", "handling"})
	if status == "confirmed" {
		shipStatus = "pending"
	}
	stamp := func(t time.Time) string { return t.In(g.w29Zone(p.tz)).Format("2006-01-02T15:04:05.000-07:00") }

	order := func() *node {
		o := O("id", N(orderID), "date_created", N(stamp(created)), "date_closed", N(stamp(created.Add(time.Minute))), "last_updated", N(stamp(g.t)),
			"status", N(status), "status_detail", N(nil), "currency_id", N(site.currency), "total_amount", N(total), "paid_amount", N(total))
		o.set("pack_id", N(nil))
		attrs := A()
		if item.cat == "" && g.r.IntN(2) == 0 {
			attrs.arr = append(attrs.arr, O("id", N("COLOR"), "name", N("Color"), "value_id", N(fmt.Sprint(52000+g.r.IntN(999))), "value_name", N(pick(g.r, []string{"Negro", "Azul", "Blanco"}))))
		}
		o.set("order_items", A(O("item", O("id", N(site.site+pattern(g.r, "##########")), "title", w29Text(item.name, item.cat), "category_id", N(site.site+pattern(g.r, "####")),
			"variation_id", N(nil), "seller_custom_field", N(nil), "variation_attributes", attrs, "warranty", N("Garantía del vendedor: 30 días"), "condition", N("new"), "seller_sku", N(nil)),
			"quantity", N(qty), "unit_price", N(unit), "full_unit_price", N(unit), "currency_id", N(site.currency), "sale_fee", N(unit/8), "listing_type_id", N(pick(g.r, []string{"gold_special", "gold_pro"})))))
		pay := O("id", N(int64(60000000000+g.r.Int64N(9000000000))), "order_id", N(orderID), "payer_id", P(buyerID), "collector", O("id", N(sellerID)))
		method := pick(g.r, []string{"visa", "master", "account_money", "pix", "oxxo", "debvisa"})
		if cc != "BR" && method == "pix" || cc != "MX" && method == "oxxo" {
			method = "master"
		}
		if method == "visa" || method == "master" || method == "debvisa" {
			pay.set("card_id", P(int64(9000000000+g.r.Int64N(900000000))))
			pay.set("installments", N(pick(g.r, []int{1, 3, 6, 12})))
			pay.set("payment_type", N(map[bool]string{true: "debit_card", false: "credit_card"}[method == "debvisa"]))
		} else {
			pay.set("card_id", N(nil))
			pay.set("installments", N(1))
			pay.set("payment_type", N(map[string]string{"account_money": "account_money", "pix": "bank_transfer", "oxxo": "ticket"}[method]))
		}
		pay.set("payment_method_id", N(method))
		pay.set("transaction_amount", N(total))
		pay.set("status", N(map[string]string{"paid": "approved", "confirmed": "pending", "cancelled": "refunded"}[status]))
		pay.set("status_detail", N(map[string]string{"paid": "accredited", "confirmed": "pending_waiting_payment", "cancelled": "refunded"}[status]))
		pay.set("date_approved", N(stamp(created.Add(30*time.Second))))
		o.set("payments", A(pay))
		o.set("shipping", O("id", N(shipID)))
		buyer := O("id", P(buyerID), "nickname", P(nick))
		if g.r.IntN(3) != 0 {
			buyer.set("first_name", P(first))
			buyer.set("last_name", P(last))
		}
		if g.r.IntN(2) == 0 {
			buyer.set("email", P(w29Clean(p.givenL)[:min(4, len(w29Clean(p.givenL)))]+"."+g.b62(10)+"@mail.mercadolibre.com"))
		}
		if g.r.IntN(3) != 0 {
			buyer.set("billing_info", O("doc_type", N(docType), "doc_number", P(docNum)))
		}
		o.set("buyer", buyer)
		o.set("seller", O("id", N(sellerID)))
		o.set("tags", A(N("order_has_discount"), N(map[bool]string{true: "paid", false: "not_paid"}[status == "paid"]), N("delivered")))
		o.set("context", O("channel", N("marketplace"), "site", N(site.site), "flows", A()))
		return o
	}
	comment := g.w29Note(w31ToBio(w31MLComments), 3)
	st := pick(g.r, site.states)
	hood := pick(g.r, site.neighborhoods)
	lat, lon := g.w29Near(cc, 6)
	num := pattern(g.r, "####")
	street := strings.TrimRight(strings.SplitN(p.street, ",", 2)[0], " 0123456789")
	// address is the buyer's delivery address: where they live; hidden
	// while the payment is pending.
	address := func(newFormat bool) *node {
		if shipStatus == "pending" {
			return nil
		}
		g.lab.Residence = addCountry(g.lab.Residence, cc)
		a := O("id", P(int64(1000000000+g.r.Int64N(900000000))), "address_line", P(street+" "+num), "street_name", P(street), "street_number", P(num))
		if newFormat {
			a.obj[0].key = "address_id"
		}
		if g.r.IntN(2) == 0 {
			a.set("comment", w29About(comment.text, comment.cat))
		} else {
			a.set("comment", N(nil))
		}
		a.set("zip_code", Pif(p.post))
		a.set("city", O("id", N(nil), "name", P(p.city)))
		a.set("state", O("id", N(st[0]), "name", N(st[1])))
		a.set("country", O("id", N(cc), "name", N(site.country)))
		a.set("neighborhood", O("id", N(nil), "name", P(hood)))
		a.set("municipality", O("id", N(nil), "name", N(nil)))
		a.set("types", A(N("default_buying_address"), N("shipping")))
		a.set("latitude", P(lat))
		a.set("longitude", P(lon))
		a.set("geolocation_type", N(pick(g.r, []string{"ROOFTOP", "RANGE_INTERPOLATED", "APPROXIMATE"})))
		if !newFormat {
			a.set("receiver_name", P(first+" "+last))
			a.set("receiver_phone", g.w31MLPhone(mode))
		} else {
			a.set("delivery_preference", N(pick(g.r, []string{"residential", "business", ""})))
		}
		return a
	}
	sender := func() *node {
		sc := pick(g.r, site.neighborhoods)
		return O("address_id", N(int64(1000000000+g.r.Int64N(900000000))), "address_line", N("XXXXXXX"), "street_name", N("XXXXXXX"), "street_number", N("XXXXXXX"),
			"comment", N(nil), "zip_code", N("XXXXXXX"), "city", O("id", N(nil), "name", N(sc)), "country", O("id", N(cc), "name", N(site.country)))
	}
	tracking := map[string]string{"BR": pattern(g.r, "AA#########BR"), "AR": pattern(g.r, "3############"), "MX": pattern(g.r, "MEL######AAAA")}[cc]
	if tracking == "" {
		tracking = pattern(g.r, "##########")
	}
	shipment := func(newFormat bool) *node {
		s := O("id", N(shipID), "status", N(shipStatus), "substatus", N(map[string]any{"ready_to_ship": "printed", "shipped": "out_for_delivery", "handling": nil, "delivered": nil, "pending": "buffered"}[shipStatus]))
		s.set("date_created", N(stamp(created.Add(time.Minute))))
		s.set("last_updated", N(stamp(g.t)))
		s.set("declared_value", N(total))
		if shipStatus != "pending" && shipStatus != "handling" {
			s.set("tracking_number", N(tracking))
			s.set("tracking_method", N(pick(g.r, []string{"MEL Distribution", "Correios", "OCA", "Estafeta", "Chilexpress"})))
		}
		s.set("logistic", O("direction", N("forward"), "mode", N(mode), "type", N(pick(g.r, []string{"drop_off", "cross_docking", "fulfillment"}))))
		s.set("source", O("site_id", N(site.site), "market_place", N("MELI"), "application_id", N(nil)))
		if newFormat {
			s.set("origin", O("type", N("selling_address"), "sender_id", N(sellerID), "shipping_address", sender()))
			d := O("type", N("buying_address"), "receiver_id", P(buyerID), "receiver_name", P(first+" "+last), "receiver_phone", g.w31MLPhone(mode), "comments", N(nil))
			if a := address(true); a != nil {
				d.set("shipping_address", a)
			} else {
				d.set("shipping_address", N(nil))
			}
			s.set("destination", d)
		} else {
			s.set("order_id", N(orderID))
			s.set("sender_id", N(sellerID))
			s.set("receiver_id", P(buyerID))
			if a := address(false); a != nil {
				s.set("receiver_address", a)
			}
			s.set("sender_address", sender())
		}
		return s
	}
	m := g.r.IntN(10)
	topic := pick(g.r, []string{"orders_v2", "shipments"})
	if m >= 2 && m < 5 {
		topic = "orders_v2"
	} else if m >= 5 && m < 7 {
		topic = "shipments"
	}
	resource := map[string]string{"orders_v2": fmt.Sprintf("/orders/%d", orderID), "shipments": fmt.Sprintf("/shipments/%d", shipID)}[topic]
	notification := O("_id", N(g.uuid()), "resource", N(resource), "user_id", N(sellerID), "topic", N(topic), "application_id", N(appID),
		"attempts", N(1+g.r.IntN(3)), "sent", N(w31ISO(g.t)), "received", N(w31ISO(g.t.Add(-80*time.Millisecond))))
	token := C("APP_USR-" + appID + "-" + pattern(g.r, "######") + "-" + g.hex(32) + "-" + fmt.Sprint(sellerID))
	get := func(path string, newFormat bool, body *node) *node {
		h := O("Authorization", C("Bearer "+token.raw))
		if newFormat {
			h.set("x-format-new", N("true"))
		}
		return O("request", O("method", N("GET"), "url", N("https://api.mercadolibre.com"+path), "headers", h), "response", O("status", N(200), "body", body))
	}
	switch {
	case m < 2:
		// The notification alone, as the seller's integration queues it.
		return notification
	case m < 5:
		return O("notification", notification, "fetch", get(fmt.Sprintf("/orders/%d", orderID), false, order()))
	case m < 7:
		nf := g.r.IntN(2) == 0
		return O("notification", notification, "fetch", get(fmt.Sprintf("/shipments/%d", shipID), nf, shipment(nf)))
	}
	// The seller's OMS record of the sale, order and shipment together.
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("meli order synced"), "order", order(), "shipment", shipment(g.r.IntN(2) == 0))
}

// w31MLPhone is the receiver's phone: shown only for custom shipping
// (the seller delivers), masked otherwise.
func (g *gen) w31MLPhone(mode string) *node {
	if mode == "custom" {
		if ph := g.phone(g.p.phoneNat); ph != nil {
			return ph
		}
	}
	return N("XXXXXXX")
}
