package evalcorpus

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// -------------------------------------------------------- Coinbase Commerce

// w29CBMerchant is a business or cause taking crypto through Coinbase
// Commerce: what it charges for (price in US cents, 0 for a donation of
// the donor's choice) and what paying it tells of the payer. A church's
// name and its funds tell of the donor's religion, a campaign's of their
// political opinion.
type w29CBMerchant struct {
	name, domain string
	kind         string // shop, church, campaign
	cat          string
	items        []w29Item
	// where: the payers' countries ("" any); campaign donors are the
	// campaign country's people.
	where []string
	// notes are what payers write in the merchant's checkout form.
	notes []bioLine
}

var w29CBMerchants = []w29CBMerchant{
	{"NordPeak VPN", "nordpeak.example", "shop", "", []w29Item{{"NordPeak VPN - 1 year plan", 5999, ""}, {"NordPeak VPN - 2 year plan", 8999, ""}, {"NordPeak VPN - monthly", 1199, ""}}, nil, nil},
	{"Pixel Academy", "pixelacademy.example", "shop", "", []w29Item{{"Full-Stack Web Bootcamp - lifetime access", 19900, ""}, {"Data Science with Python", 8900, ""}}, nil, nil},
	{"ByteHost Cloud", "bytehost.example", "shop", "", []w29Item{{"VPS Pro 4 vCPU / 8 GB - 12 months", 14400, ""}, {"Domain .com - 1 year", 1299, ""}}, nil, nil},
	{"Lagos Gadget Hub", "lagosgadgethub.example", "shop", "", []w29Item{{"iPhone 13 128GB (UK used)", 41000, ""}, {"Samsung Galaxy A54 256GB", 32000, ""}, {"Oraimo FreePods 4", 3500, ""}}, []string{"NG"}, []bioLine{{"", "Deliver to my office please, call before coming."}, {"", "Please send the receipt on WhatsApp."}}},
	{"Manila Game Credits", "mnlgamecredits.example", "shop", "", []w29Item{{"Mobile Legends 1000 Diamonds", 1799, ""}, {"Steam Wallet PHP 1000", 1850, ""}}, []string{"PH"}, nil},
	{"Saigon Bean Roasters", "saigonbean.example", "shop", "", []w29Item{{"Robusta Đắk Lắk 1kg", 2400, ""}, {"Phin filter set", 1500, ""}}, []string{"VN", "US", "DE"}, []bioLine{{"", "Giao giờ hành chính giúp em."}, {"", "Please grind medium-fine."}}},
	{"Kapalıçarşı Online", "kapalicarsi.example", "shop", "", []w29Item{{"Handmade Kilim Rug 120x180", 26000, ""}, {"Turkish Tea Set for 6", 5900, ""}}, []string{"TR", "DE", "NL", "US"}, nil},
	{"Grace Harvest Church", "graceharvest.example", "church", "religion", []w29Item{{"Tithes & Offerings", 0, "religion"}, {"Building Fund - New Sanctuary", 0, "religion"}, {"Missions Offering", 0, "religion"}}, []string{"US", "NG", "PH", "KE", "GH", "GB"},
		[]bioLine{{"religion", "Please pray for my mother, she has surgery next week."}, {"religion", "Thanksgiving offering for my new job. God is faithful!"}, {"religion", "Seed offering for my family's breakthrough."}, {"", "Monthly giving."}}},
	{"Iglesia Evangélica Nueva Vida", "nuevavida.example", "church", "religion", []w29Item{{"Diezmo", 0, "religion"}, {"Ofrenda misionera", 0, "religion"}, {"Ofrenda de amor", 0, "religion"}}, []string{"AR", "MX", "CO"},
		[]bioLine{{"religion", "Oren por la salud de mi papá, por favor."}, {"religion", "Diezmo de marzo, gloria a Dios."}, {"", "Aporte mensual."}}},
	{"Friends of Dana Whitfield for Senate", "danawhitfield2026.example", "campaign", "political", []w29Item{{"Contribution to Dana Whitfield for Senate", 0, "political"}, {"Chip in $50 for Dana", 5000, "political"}}, []string{"US"},
		[]bioLine{{"political", "Proud to support Dana - we need change in Washington!"}, {"", "Monthly recurring."}}},
	{"Movimiento Libertad Ya", "libertadya.example", "campaign", "political", []w29Item{{"Aporte de campaña - Elecciones 2027", 0, "political"}, {"Bono contribución militante", 2000, "political"}}, []string{"AR"},
		[]bioLine{{"political", "¡Vamos por la libertad! Fiscalizo en mi escuela."}, {"", "Aporte mensual."}}},
	{"New Direction Movement 2027", "newdirection2027.example", "campaign", "political", []w29Item{{"Support the Movement - Donation", 0, "political"}, {"Polling unit agents fund", 0, "political"}}, []string{"NG"},
		[]bioLine{{"political", "I am an agent at my polling unit in Surulere. We move!"}, {"", "Small support from the diaspora."}}},
}

// w29CBNetwork is a chain Commerce settles on and what it takes.
var w29CBNetworks = []struct{ network, crypto string }{
	{"base", "USDC"}, {"base", "USDC"}, {"base", "ETH"}, {"ethereum", "USDC"}, {"ethereum", "ETH"}, {"polygon", "USDC"}, {"polygon", "POL"},
}

// w29CBCountries are the payers' countries when a merchant takes anyone.
var w29CBCountries = []string{"NG", "NG", "TR", "TR", "AR", "AR", "VN", "VN", "PH", "PH", "US", "US", "BR", "IN", "DE", "GB", "KE", "ZA", "ID", "MX"}

func (g *gen) w29CBAddr() string   { return "0x" + g.hex(40) }
func (g *gen) w29CBHash() string   { return "0x" + g.hex(64) }
func w29CBUSD(cents int) string    { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }
func w29CBTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

func coinbaseCommerceCharge(g *gen) *node {
	m := pick(g.r, w29CBMerchants)
	if m.kind != "shop" && g.r.IntN(2) == 0 {
		m = pick(g.r, w29CBMerchants)
	}
	cc := pick(g.r, w29CBCountries)
	if len(m.where) > 0 {
		cc = pick(g.r, m.where)
	}
	g.w29Redraw(cc)
	p := g.p
	g.w29Age(18, 72)
	if m.kind == "campaign" {
		// Only the country's people may give to its campaigns.
		p.cit = p.c
	}
	name := p.fullName()
	if !w29Latin(name) && g.r.IntN(2) == 0 || cc == "VN" && g.r.IntN(2) == 0 {
		name = w29Title(p.givenL) + " " + w29Title(p.familyL)
	}
	item := g.w29Special(m.items, 1)
	price := item.price
	donation := price == 0
	if donation {
		price = pick(g.r, []int{1000, 2500, 5000, 10000, 20000, 50000})
	}
	evType := pick(g.r, []string{"charge:created", "charge:pending", "charge:confirmed", "charge:confirmed", "charge:confirmed", "charge:failed"})
	chargeID, code := g.uuid(), strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8))
	created := g.t.Add(-time.Duration(120+g.r.IntN(3600)) * time.Second)
	net := pick(g.r, w29CBNetworks)
	cryptoAmt := w29CBUSD(price)
	if net.crypto == "ETH" {
		cryptoAmt = fmt.Sprintf("%.6f", float64(price)/100/3150)
	} else if net.crypto == "POL" {
		cryptoAmt = fmt.Sprintf("%.4f", float64(price)/100/0.42)
	}
	payer := g.w29CBAddr()
	txHash := g.w29CBHash()
	customerID := pick(g.r, []string{"cus_" + g.b62(14), fmt.Sprint(10000 + g.r.IntN(90000)), g.uuid()})
	var note bioLine
	hasNote := len(m.notes) > 0 && g.r.IntN(2) == 0
	if hasNote {
		note = g.w29Note(m.notes, 2)
	}

	// What the merchant's checkout put in the charge's metadata (strings
	// all): its customer, a donor's fund and prayer request, a campaign
	// donor's address, employer and citizenship as election law asks.
	ship := strings.Contains("Lagos Gadget Hub Saigon Bean Roasters Kapalıçarşı Online", m.name)
	playerID := pattern(g.r, "#########") + " (" + pattern(g.r, "####") + ")"
	employer := pick(g.r, []string{"Self-employed", "Dell Technologies", "Austin ISD", "Retired", "H-E-B"})
	occupation := pick(g.r, []string{"Software engineer", "Teacher", "Nurse", "Retired", "Small business owner"})
	cuil, _ := arCUIL(g.r, p.dob, p.female)
	withCountry := g.r.IntN(2) == 0
	withEmail := g.r.IntN(2) == 0
	metadata := func() *node {
		md := O()
		switch m.kind {
		case "shop":
			md.set("customer_id", P(customerID))
			md.set("customer_name", P(name))
			md.set("email", P(p.email))
			if m.name == "Manila Game Credits" {
				md.set("player_id", P(playerID))
			}
			if !ship && withCountry && p.showResidence {
				// Digital goods: the country VAT is charged for.
				md.set("billing_country", g.residence(cc))
			}
			if ship && p.showResidence {
				md.set("shipping_address", g.addr(p.street))
				md.set("shipping_city", g.addr(p.city))
				md.set("shipping_country", g.residence(englishName[cc]))
			}
			if cc == "NG" || ship && withEmail {
				md.set("phone", g.phone(""))
			}
		case "church":
			md.set("donor_name", P(name))
			md.set("email", P(p.email))
			md.set("fund", w29Text(item.name, item.cat))
			if hasNote {
				md.set("prayer_request", w29About(note.text, note.cat))
			}
			if withCountry {
				md.set("country", g.residence(cc))
			}
		case "campaign":
			switch cc {
			case "US":
				md.set("donor_name", P(name))
				md.set("email", P(p.email))
				md.set("address", g.addr(p.street))
				md.set("city", g.addr(p.city))
				md.set("state", g.addrN(p.region))
				md.set("zip", g.addr(p.post))
				if p.showResidence {
					md.set("country", g.residence("US"))
				}
				md.set("employer", P(employer))
				md.set("occupation", P(occupation))
				if p.cit.code == "US" {
					md.set("citizenship", g.citizenship("U.S. citizen"))
				} else {
					md.set("citizenship", P("Lawful permanent resident"))
				}
			case "AR":
				md.set("nombre", P(name))
				md.set("cuil", P(cuil))
				md.set("email", P(p.email))
				md.set("provincia", g.addrN(p.region))
			default:
				md.set("full_name", P(name))
				md.set("phone", g.phone(""))
				md.set("state", g.addrN(p.region))
				if withEmail {
					md.set("email", P(p.email))
				}
			}
			if hasNote {
				md.set("message", w29About(note.text, note.cat))
			}
		}
		if m.kind == "shop" && hasNote {
			md.set("order_note", w29Text(note.text, note.cat))
		}
		return md
	}

	// The charge as Commerce returns it at each stage.
	pricingType := "fixed_price"
	if donation {
		pricingType = "no_price"
	}
	height, blockHash, confirmations := int64(20000000+g.r.IntN(9000000)), g.w29CBHash(), 1+g.r.IntN(30)
	payment := func(status string) *node {
		block := O("height", N(height), "hash", N(blockHash), "confirmations", N(confirmations), "confirmations_required", N(1))
		return O("payment_id", N(txHash), "network", N(net.network), "transaction_id", P(txHash), "status", N(status),
			"detected_at", N(w29CBTime(created.Add(90*time.Second))),
			"value", O("local", O("amount", N(w29CBUSD(price)), "currency", N("USD")), "crypto", O("amount", N(cryptoAmt), "currency", N(net.crypto))),
			"block", block, "payer_addresses", A(P(payer)))
	}
	timeline := func(stage string) *node {
		t := A(O("status", N("NEW"), "time", N(w29CBTime(created))))
		switch stage {
		case "charge:pending", "charge:confirmed":
			t.arr = append(t.arr, O("status", N("SIGNED"), "time", N(w29CBTime(created.Add(40*time.Second)))),
				O("status", N("PENDING"), "time", N(w29CBTime(created.Add(90*time.Second)))))
			if stage == "charge:confirmed" {
				t.arr = append(t.arr, O("status", N("COMPLETED"), "time", N(w29CBTime(g.t))))
			}
		case "charge:failed":
			t.arr = append(t.arr, O("status", N("EXPIRED"), "time", N(w29CBTime(created.Add(time.Hour)))))
		}
		return t
	}
	org := w29Text(m.name, m.cat)
	brand, logo := "#"+strings.ToUpper(g.hex(6)), "https://res.cloudinary.com/commerce/image/upload/"+g.b62(20)
	contracts := []string{g.w29CBAddr(), g.w29CBAddr(), g.w29CBAddr()}
	charge := func(stage string) *node {
		c := O("id", N(chargeID), "code", N(code), "name", w29Text(item.name, item.cat), "description", w29Text(m.name+" - "+item.name, item.cat),
			"hosted_url", N("https://commerce.coinbase.com/pay/"+chargeID), "created_at", N(w29CBTime(created)), "expires_at", N(w29CBTime(created.Add(time.Hour))))
		if stage == "charge:confirmed" {
			c.set("confirmed_at", N(w29CBTime(g.t)))
		}
		c.set("pricing_type", N(pricingType))
		c.set("pricing", O("local", O("amount", N(w29CBUSD(price)), "currency", N("USD")), "settlement", O("amount", N(w29CBUSD(price)), "currency", N("USDC"))))
		c.set("metadata", metadata())
		switch stage {
		case "charge:pending":
			c.set("payments", A(payment("pending")))
		case "charge:confirmed":
			c.set("payments", A(payment("confirmed")))
		default:
			c.set("payments", A())
		}
		c.set("timeline", timeline(stage))
		c.set("organization_name", org)
		c.set("support_email", N("support@"+m.domain))
		c.set("brand_color", N(brand))
		c.set("brand_logo_url", N(logo))
		c.set("redirects", O("success_url", N("https://"+m.domain+"/thank-you?ref="+code), "cancel_url", N("https://"+m.domain+"/checkout"), "will_redirect_after_success", N(true)))
		c.set("charge_kind", N("WEB3"))
		c.set("collected_email", N(false))
		c.set("web3_data", O("failure_events", A(), "success_events", A(), "contract_addresses", O("1", N(contracts[0]), "137", N(contracts[1]), "8453", N(contracts[2]))))
		return c
	}

	// The webhook event, signed with the endpoint's shared secret.
	webhook := func(stage string) *node {
		return O("attempt_number", N(1+g.r.IntN(2)), "event", O("id", N(g.uuid()), "resource", N("event"), "type", N(stage),
			"api_version", N("2018-03-22"), "created_at", N(w29CBTime(g.t)), "data", charge(stage)),
			"id", N(g.uuid()), "scheduled_for", N(w29CBTime(g.t)))
	}
	secret := g.uuid()
	received := func(rawBody bool) *node {
		body := webhook(evType)
		raw := string(render(body, &Label{}))
		out := O("received_at", g.w29Stamp(time.Duration(200+g.r.IntN(2000))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/webhooks/coinbase", "/api/payments/coinbase-commerce", "/wp-json/cc/v1/webhook"})),
			"headers", O("Content-Type", N("application/json; charset=utf-8"), "X-CC-Webhook-Signature", C(hex.EncodeToString(w29HMAC(secret, raw)))))
		if rawBody {
			out.set("raw_body", w29Raw(raw, w29Leaves(body)))
		} else {
			out.set("body", body)
		}
		return out
	}
	const api = "https://api.commerce.coinbase.com"
	apiKey := C(g.uuid())
	headers := func() *node {
		return O("X-CC-Api-Key", apiKey, "X-CC-Version", N("2018-03-22"), "Content-Type", N("application/json"))
	}
	create := func() *node {
		req := O("name", w29Text(item.name, item.cat), "description", w29Text(m.name+" - "+item.name, item.cat), "pricing_type", N(pricingType))
		if !donation {
			req.set("local_price", O("amount", N(w29CBUSD(price)), "currency", N("USD")))
		}
		req.set("metadata", metadata())
		req.set("redirect_url", N("https://"+m.domain+"/thank-you?ref="+code))
		req.set("cancel_url", N("https://"+m.domain+"/checkout"))
		return O("request", O("method", N("POST"), "url", N(api+"/charges"), "headers", headers(), "body", req),
			"response", O("status", N(201), "body", O("data", charge("charge:created"), "warnings", A())))
	}
	fetch := func() *node {
		return O("request", O("method", N("GET"), "url", N(api+"/charges/"+code), "headers", headers()),
			"response", O("status", N(200), "body", O("data", charge(evType), "warnings", A())))
	}

	// The merchant's own record of the order or the gift.
	record := func() *node {
		status := map[string]string{"charge:created": "awaiting_payment", "charge:pending": "paid_unconfirmed", "charge:confirmed": "paid", "charge:failed": "expired"}[evType]
		r := O("id", N(map[bool]string{true: "ord_", false: "don_"}[m.kind == "shop"]+g.b62(10)), "created_at", N(w29CBTime(created)), "merchant", org,
			"status", N(status), "amount_usd", N(w29CBUSD(price)), "purpose", w29Text(item.name, item.cat))
		who := O("id", P(customerID), "name", P(name), "email", P(p.email))
		if p.showResidence && (ship || m.kind != "shop") {
			who.set("address", O("line1", g.addr(p.street), "city", g.addr(p.city), "postal_code", g.addr(p.post), "country", g.residence(cc)))
		}
		if ph := g.phone(""); ph != nil && (cc == "NG" || cc == "PH" || m.kind == "campaign") {
			who.set("phone", ph)
		}
		switch {
		case m.kind == "campaign" && cc == "US":
			who.set("employer", P(employer))
			who.set("occupation", P(occupation))
			if p.cit.code == "US" {
				who.set("citizenship", g.citizenship("US"))
			}
			r.set("fec_itemize", N(price >= 20000))
		case m.kind == "campaign" && cc == "AR":
			who.set("cuil", P(cuil))
		}
		r.set(map[bool]string{true: "donor", false: "customer"}[m.kind != "shop"], who)
		if hasNote {
			r.set("note", w29About(note.text, note.cat))
		}
		cb := O("charge_code", N(code), "charge_id", N(chargeID), "network", N(net.network))
		if evType == "charge:confirmed" || evType == "charge:pending" {
			cb.set("transaction_id", P(txHash))
			cb.set("payer_address", P(payer))
		}
		r.set("coinbase", cb)
		if p.showLocale && g.r.IntN(2) == 0 {
			r.set("browser_timezone", g.tz(p.tz))
		}
		return r
	}
	switch mode := g.r.IntN(10); {
	case mode < 4:
		return received(false)
	case mode < 5:
		return received(true)
	case mode < 7:
		return O("webhook", received(false), "charge", fetch())
	case mode < 8:
		return create()
	}
	r := record()
	if g.r.IntN(2) == 0 {
		r.set("last_event", webhook(evType))
	}
	return r
}
