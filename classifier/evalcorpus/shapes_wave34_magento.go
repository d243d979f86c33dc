package evalcorpus

import (
	"fmt"
	"net/url"
	"time"
)

// --------------------------------------------- Adobe Commerce customers

// An Adobe Commerce customer's group, store, website, creation store
// view, dates of the record and flags are non-personal, as are the
// search criteria's paging and the address's region and region ids. The
// customer's id, the ids of the customer's addresses (default_billing,
// default_shipping), names, prefix, e-mail, birth date, gender, taxvat
// and vat_id, streets, city, postcode and telephone are personal; the
// address's country_id is the residence. Custom attributes are personal
// (a loyalty card, a child's name and birthday) or sensitive when they
// tell of allergies and prescriptions (health) or of a kosher or halal
// household (religion). The admin's bearer token, the customer's
// password and a customer token are credentials.

var w34MGCountries = []string{"US", "US", "GB", "DE", "DE", "FR", "NL", "IT", "ES", "PL", "AT", "CH", "BE", "SE", "IE", "CZ", "HU", "RO", "GR", "TR", "IL", "AE", "SA", "IN",
	"JP", "AU", "NZ", "BR", "MX", "ZA", "SG", "MY", "PH", "UA"}

// w34MGShop is a store on Adobe Commerce.
type w34MGShop struct{ host, kind string }

var w34MGShops = []w34MGShop{{"shop.apotheke-example.de", "pharmacy"}, {"www.kosherdeli-example.com", "grocer"}, {"www.minikids-example.eu", "kids"},
	{"store.trailgear-example.com", "outdoor"}, {"b2b.officeparts-example.com", "b2b"}, {"www.halalmart-example.co.uk", "grocer"}}

func magentoCustomerREST(g *gen) *node {
	cc := pick(g.r, w34MGCountries)
	g.w34Redraw(cc)
	p := g.p
	shop := pick(g.r, w34MGShops)
	if shop.kind == "outdoor" && g.r.IntN(3) == 0 {
		g.w34Age(14, 17) // a teenager's own account
	} else {
		g.w34Age(18, 80)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	custID := 1000 + g.r.IntN(400000)
	addrID := custID*2 + g.r.IntN(50)
	first, last := g.w34Names(g.r.IntN(3) == 0)
	created := g.t.Add(-time.Duration(g.r.IntN(900*24)) * time.Hour).UTC()
	mgTime := "2006-01-02 15:04:05"
	storeID, websiteID := 1+g.r.IntN(3), 1+g.r.IntN(2)
	gender := 2
	if !p.female {
		gender = 1
	}
	if g.r.IntN(8) == 0 {
		gender = 3
	}
	prefix := ""
	if g.r.IntN(3) == 0 {
		prefix = map[string][2]string{"DE": {"Herr", "Frau"}, "AT": {"Herr", "Frau"}, "CH": {"Herr", "Frau"}, "FR": {"M.", "Mme"}, "BE": {"M.", "Mme"}, "ES": {"Sr.", "Sra."},
			"IT": {"Sig.", "Sig.ra"}, "NL": {"Dhr.", "Mevr."}, "PL": {"Pan", "Pani"}, "JP": {"様", "様"}}[cc][map[bool]int{false: 0, true: 1}[p.female]]
		if prefix == "" {
			prefix = map[bool]string{false: "Mr", true: "Ms"}[p.female]
		}
	}
	taxvat := ""
	switch {
	case p.idValue != "" && g.r.IntN(2) == 0:
		taxvat = p.idValue
	case cc == "NL" && g.r.IntN(2) == 0:
		taxvat = w33BSN(g.r)
	case cc == "GR" && g.r.IntN(2) == 0:
		taxvat = w33AMKA(g.r, p.dob, p.female)
	case cc == "IL" && g.r.IntN(2) == 0:
		taxvat = w33TZ(g.r)
	case cc == "SA" && g.r.IntN(2) == 0:
		taxvat = w33SaudiID(g.r, p.cit == p.c)
	case cc == "AE" && g.r.IntN(2) == 0:
		taxvat = emiratesID(g.r, p.dob)
	case cc == "MX" && g.r.IntN(2) == 0:
		taxvat = curp(g.r, p.dob, p.female, p.givenL, p.familyL)
	}
	address := func(withIDs bool) *node {
		if !p.showResidence {
			return nil
		}
		street := A(g.addr(p.street))
		if line2 := map[string]string{"US": "Apt 4B", "DE": "2. OG", "AT": "Top 7", "FR": "Bâtiment C", "ES": "Piso 3, puerta 2", "GB": "Flat 12", "IE": "Apartment 3"}[cc]; line2 != "" && g.r.IntN(3) == 0 {
			street.arr = append(street.arr, P(line2))
		}
		a := O()
		if withIDs {
			a.set("id", P(addrID))
			a.set("customer_id", P(custID))
		}
		region := p.region
		if region == "" {
			region = p.city
		}
		a.set("region", O("region_code", N(region), "region", N(region), "region_id", N(0)))
		a.set("region_id", N(0))
		a.set("country_id", g.residence(cc))
		a.set("street", street)
		if shop.kind == "b2b" {
			a.set("company", N(w34Title(w34Clean(p.familyL))+" "+pick(g.r, []string{"GmbH", "Ltd", "S.r.l.", "B.V.", "Sp. z o.o."})))
		}
		tel := g.phone("")
		if tel == nil {
			tel = P(pattern(g.r, "0## ### ####")) // a landline the form requires
		}
		a.set("telephone", tel)
		a.set("postcode", g.addr(p.post))
		a.set("city", g.addr(p.city))
		a.set("firstname", P(first))
		a.set("lastname", P(last))
		if shop.kind == "b2b" && g.r.IntN(2) == 0 {
			a.set("vat_id", P(cc+pattern(g.r, "#########")))
		}
		a.set("default_shipping", N(true))
		a.set("default_billing", N(true))
		return a
	}
	customAttrs := func() *node {
		attrs := A()
		add := func(code string, v *node) {
			attrs.arr = append(attrs.arr, O("attribute_code", N(code), "value", v))
		}
		switch shop.kind {
		case "pharmacy":
			if g.r.IntN(2) == 0 {
				add("allergies", S(pick(g.r, []string{"Penicillin-Allergie", "Laktoseintoleranz", "allergie aux AINS", "Heuschnupfen, Asthma", "peanut allergy"}), "health"))
			}
			if g.r.IntN(2) == 0 {
				add("rx_reminder", S(pick(g.r, []string{"L-Thyroxin 75 alle 90 Tage", "Metformin 1000 mg monatlich", "Insulin-Pen Nachbestellung", "Sertralin 50 mg"}), "health"))
			}
			add("health_insurance", N(pick(g.r, []string{"TK", "AOK", "Barmer", "privat"})))
		case "grocer":
			diet := pick(g.r, []string{"kosher", "kosher_chalav_yisrael", "halal", "none"})
			if diet == "none" {
				add("dietary_preference", P(diet))
			} else {
				add("dietary_preference", S(diet, "religion"))
			}
			if g.r.IntN(3) == 0 {
				add("delivery_note", S(pick(g.r, []string{"No deliveries on Shabbat please", "Deliver before iftar", "לא לשלוח בשבת"}), "religion"))
			}
		case "kids":
			kid := g.w34Other(cc)
			add("child_name", P(kid.given))
			add("child_birthday", P(g.t.AddDate(-g.r.IntN(8), 0, -g.r.IntN(365)).Format("2006-01-02")))
		case "outdoor", "b2b":
			add("loyalty_card", P(pattern(g.r, "LC-########")))
		}
		if g.r.IntN(3) == 0 {
			add("preferred_language", N(p.locale))
		}
		return attrs
	}
	customer := func(withIDs bool) *node {
		c := O()
		if withIDs {
			c.set("id", P(custID))
		}
		c.set("group_id", N(map[string]int{"b2b": 2}[shop.kind]+1))
		if withIDs && p.showResidence {
			c.set("default_billing", P(fmt.Sprint(addrID)))
			c.set("default_shipping", P(fmt.Sprint(addrID)))
		}
		if withIDs {
			c.set("created_at", N(created.Format(mgTime)))
			c.set("updated_at", N(g.t.UTC().Format(mgTime)))
			c.set("created_in", N(pick(g.r, []string{"Default Store View", "English", "Deutsch", "Français"})))
		}
		if shop.kind == "kids" || shop.kind == "pharmacy" || p.minor || g.r.IntN(2) == 0 {
			c.set("dob", g.dob("2006-01-02"))
		}
		c.set("email", P(p.email))
		c.set("firstname", P(first))
		c.set("lastname", P(last))
		if w34Latin(first+last) && g.r.IntN(6) == 0 && (cc == "US" || cc == "GB" || cc == "IE" || cc == "AU" || cc == "NZ" || cc == "ZA" || cc == "PH" || cc == "BR" || cc == "MX") {
			c.set("middlename", P(w34Title(g.w34Other(cc).givenL)))
		}
		c.set("prefix", Pif(prefix))
		c.set("gender", P(gender))
		c.set("store_id", N(storeID))
		c.set("taxvat", Pif(taxvat))
		c.set("website_id", N(websiteID))
		if a := address(withIDs); a != nil {
			c.set("addresses", A(a))
		} else {
			c.set("addresses", A())
		}
		c.set("disable_auto_group_change", N(0))
		c.set("extension_attributes", O("is_subscribed", N(g.r.IntN(2) == 0)))
		if ca := customAttrs(); len(ca.arr) > 0 {
			c.set("custom_attributes", ca)
		}
		return c
	}
	base := "https://" + shop.host + "/rest/" + pick(g.r, []string{"V1", "default/V1", "all/V1"})
	admin := func() *node {
		return O("Authorization", C("Bearer "+pick(g.r, []string{g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 32), g.w34JWT()})), "Content-Type", N("application/json"))
	}
	switch v := g.r.IntN(10); {
	case v < 3: // GET /V1/customers/{id}
		return O("request", O("method", N("GET"), "url", N(fmt.Sprintf("%s/customers/%d", base, custID)), "headers", admin()),
			"response", O("status", N(200), "body", customer(true)))
	case v < 6: // POST /V1/customers, as a headless storefront sends it
		req := O("customer", customer(false), "password", C(pick(g.r, []string{"Sommer2026!", "Qwerty!234", "P@ssw0rd-" + fmt.Sprint(g.r.IntN(99)), g.b62(14) + "!"})))
		if g.r.IntN(2) == 0 {
			return req
		}
		return O("method", N("POST"), "path", N("/rest/V1/customers"), "headers", admin(), "body", req)
	case v < 8: // a search by e-mail
		q := "searchCriteria[filter_groups][0][filters][0][field]=email&searchCriteria[filter_groups][0][filters][0][value]=" + url.QueryEscape(p.email) +
			"&searchCriteria[filter_groups][0][filters][0][condition_type]=eq"
		body := O("items", A(customer(true)), "search_criteria", O("filter_groups", A(O("filters", A(O("field", N("email"), "value", P(p.email), "condition_type", N("eq"))))),
			"page_size", N(20), "current_page", N(1)), "total_count", N(1))
		return O("request", O("method", N("GET"), "url", P(base+"/customers/search?"+q), "headers", admin()), "response", O("status", N(200), "body", body))
	case v < 9: // the customer signs in for a token
		return O("request", O("method", N("POST"), "url", N(base+"/integration/customer/token"), "body", O("username", P(p.email), "password", C(g.b62(10)+"#"+fmt.Sprint(g.r.IntN(100))))),
			"response", O("status", N(200), "body", O("token", C(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 32)))))
	}
	return customer(true)
}
