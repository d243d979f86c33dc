package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------- Booking.com

// w29BKHotel is a property on Booking.com: where it is, its currency,
// rooms (nightly price in the currency's unit) and whether the law of
// its country makes it register every guest with the police (Spain's
// SES.HOSPEDAJES, Italy's Alloggiati Web, Portugal's SIBA, Greece, Turkey's
// KBS, Thailand's TM30, Japan's ryokan law, Germany's Meldeschein,
// Morocco's fiche de police).
type w29BKHotel struct {
	id                 int
	name, city, cc     string
	currency           string
	rooms              []w29Item
	register           bool
	commission, nights int
}

var w29BKHotels = []w29BKHotel{
	{1183457, "Hotel Mirador de Sevilla", "Sevilla", "ES", "EUR", []w29Item{{"Habitación Doble Superior", 142, ""}, {"Junior Suite con terraza", 219, ""}}, true, 15, 3},
	{2045519, "Albergo Ponte Vecchio", "Firenze", "IT", "EUR", []w29Item{{"Camera Matrimoniale Classic", 168, ""}, {"Camera Tripla", 205, ""}}, true, 18, 2},
	{3310872, "Lisbon Riverside Suites", "Lisboa", "PT", "EUR", []w29Item{{"Deluxe Double Room with River View", 155, ""}, {"Two-Bedroom Apartment", 260, ""}}, true, 15, 4},
	{1872234, "Aegean Blue Resort", "Santorini", "GR", "EUR", []w29Item{{"Cave Suite with Hot Tub", 390, ""}, {"Superior Double Room", 210, ""}}, true, 17, 5},
	{2561190, "Hôtel des Arts Montmartre", "Paris", "FR", "EUR", []w29Item{{"Chambre Double Standard", 189, ""}, {"Chambre Familiale", 265, ""}}, false, 17, 3},
	{4102287, "Sultanahmet Palace Hotel", "İstanbul", "TR", "EUR", []w29Item{{"Deluxe Room with Sea View", 130, ""}, {"Family Suite", 210, ""}}, true, 15, 4},
	{5523341, "Chiang Mai Riverside Lodge", "Chiang Mai", "TH", "THB", []w29Item{{"Deluxe King Room", 2400, ""}, {"Pool Villa", 6800, ""}}, true, 15, 5},
	{6634120, "Hotel Sakura Kyoto", "京都市", "JP", "JPY", []w29Item{{"Japanese-Style Room with Tatami", 28000, ""}, {"Standard Twin Room", 19500, ""}}, true, 12, 3},
	{7745562, "Dubai Marina View Hotel", "Dubai", "AE", "AED", []w29Item{{"Superior King Room Marina View", 720, ""}, {"One-Bedroom Apartment", 1150, ""}}, false, 18, 4},
	{1298004, "The Kensington Townhouse", "London", "GB", "GBP", []w29Item{{"Classic Double Room", 215, ""}, {"Deluxe King Room", 289, ""}}, false, 15, 2},
	{2388019, "Canal House Amsterdam", "Amsterdam", "NL", "EUR", []w29Item{{"Canal View Double Room", 245, ""}, {"Small Double Room", 165, ""}}, false, 15, 2},
	{8856701, "Riad Dar Zitoun", "Marrakech", "MA", "MAD", []w29Item{{"Suite Majorelle", 1650, ""}, {"Chambre Double Traditionnelle", 980, ""}}, true, 17, 4},
	{3477812, "Hotel am Alexanderplatz", "Berlin", "DE", "EUR", []w29Item{{"Komfort Doppelzimmer", 129, ""}, {"Familienzimmer", 179, ""}}, true, 15, 3},
	{9967314, "Ubud Jungle Villas", "Gianyar", "ID", "IDR", []w29Item{{"Deluxe Villa with Private Pool", 2850000, ""}, {"Garden Bungalow", 1250000, ""}}, false, 15, 5},
}

// w29BKRemarks are what bookers write to the property. Most are
// logistics; some tell of a disability, an allergy, a faith or a child;
// a honeymoon tells of a marriage, and of the couple's sexual
// orientation when they say they are of one sex.
var w29BKRemarks = []bioLine{
	{"", "Late arrival, around 23:00."},
	{"", "Quiet room away from the elevator if possible."},
	{"", "Twin beds please."},
	{"", "Non-smoking room please, high floor if available."},
	{"", "Could we leave our luggage before check-in? Our flight lands at 8am."},
	{"", "Ankunft erst gegen 22 Uhr."},
	{"", "Arrivée tardive vers minuit, merci."},
	{"health", "We need a wheelchair-accessible room with a roll-in shower, my husband uses a wheelchair."},
	{"health", "I use a wheelchair - please give us an accessible room on the ground floor."},
	{"health", "Severe nut allergy - please let the breakfast team know."},
	{"health", "Je suis diabétique, merci de prévoir un réfrigérateur pour mon insuline."},
	{"health", "Ich bin Rollstuhlfahrer und brauche ein barrierefreies Zimmer."},
	{"religion", "Could you please provide a prayer mat and tell us the qibla direction?"},
	{"religion", "Halal breakfast please, we don't eat pork."},
	{"religion", "نرجو توفير سجادة صلاة وتحديد اتجاه القبلة في الغرفة."},
	{"religion", "We are Orthodox Jewish and keep Shabbat - please give us a mechanical key and a room on a low floor."},
	{"personal", "Please add a baby cot, our daughter is 1 year old."},
	{"personal", "Travelling with our 1-year-old son, a cot would be great."},
	{"personal", "We are on our honeymoon! Any little surprise would be lovely."},
	{"sexual_orientation", "We're a same-sex couple on our honeymoon - a double bed please, not twins!"},
	{"sexual_orientation", "Two brides on their honeymoon - any little surprise would be lovely."},
	{"sexual_orientation", "Wir sind ein schwules Paar auf Hochzeitsreise, bitte ein Doppelbett."},
}

// w29BKCard is a card scheme as Booking.com names it and the OTA code.
var w29BKCards = []struct{ name, code string }{{"Visa", "VI"}, {"MasterCard", "MC"}, {"American Express", "AX"}, {"Visa", "VI"}}

// w29BKRelay is the relay address Booking.com gives the property for the
// booker: their initial and surname, a number, @guest.booking.com.
func (g *gen) w29BKRelay() string {
	f := w29Clean(g.p.familyL)
	return w29Clean(g.p.givenL)[:1] + f[:min(len(f), 5)] + "." + pattern(g.r, "######") + "@guest.booking.com"
}

// w29BKRemark labels a remark: logistics are not personal, a child or a
// honeymoon is about the booker, a special category is one.
func w29BKRemark(text, cat string) *node {
	switch cat {
	case "":
		return N(text)
	case "personal":
		return P(text)
	}
	return S(text, cat)
}

func bookingReservation(g *gen) *node {
	p := g.p
	g.w29Age(19, 78)
	h := pick(g.r, w29BKHotels)
	for h.cc == p.c.code {
		h = pick(g.r, w29BKHotels)
	}
	first, last := p.given, p.family
	if !w29Latin(first+last) && g.r.IntN(3) != 0 {
		first, last = w29Title(p.givenL), w29Title(p.familyL)
	}
	full := first + " " + last
	if p.c.familyFirst && !w29Latin(full) {
		full = last + first
		if !p.c.noSpace {
			full = last + " " + first
		}
	}
	relay := g.w29BKRelay()
	loc := g.w29Zone(p.tz)
	booked := g.t.Add(-time.Duration(60+g.r.IntN(3600)) * time.Second)
	arrival := g.t.AddDate(0, 0, 3+g.r.IntN(120))
	nights := 1 + g.r.IntN(h.nights)
	departure := arrival.AddDate(0, 0, nights)
	status := pick(g.r, []string{"new", "new", "new", "modified", "cancelled"})
	resID := fmt.Sprint(2000000000 + g.r.Int64N(2999999999))
	card := pick(g.r, w29BKCards)
	last4 := pattern(g.r, "####")
	expM, expY := 1+g.r.IntN(12), g.t.Year()+1+g.r.IntN(5)
	holder := strings.ToUpper(w29Title(p.givenL) + " " + w29Title(p.familyL))
	genius := g.r.IntN(3) == 0
	loyalty := ""
	if g.r.IntN(6) == 0 {
		loyalty = pattern(g.r, "##########")
	}

	// The party: the booker, a partner, children with their ages.
	partner := g.w29OtherName(p.c)
	partner.family, partner.familyL = p.family, p.familyL
	partner.female = !p.female
	var kids []w29Name
	var kidAge []int
	adults := 1 + g.r.IntN(2)
	if adults == 2 && g.r.IntN(3) == 0 {
		for range 1 + g.r.IntN(2) {
			k := g.w29OtherName(p.c)
			k.family, k.familyL = p.family, p.familyL
			kids = append(kids, k)
			kidAge = append(kidAge, g.r.IntN(13))
		}
	}
	remark := g.w29Note(w29BKRemarks, 2)
	hasRemark := g.r.IntN(2) == 0
	if remark.cat == "sexual_orientation" {
		switch {
		case strings.Contains(remark.text, "brides"):
			p.female = true
		case strings.Contains(remark.text, "schwules"):
			p.female = false
		}
		adults, kids, kidAge = 2, nil, nil
		partner.female = p.female
	}
	if strings.Contains(remark.text, "1 year old") || strings.Contains(remark.text, "1-year-old") {
		k := g.w29OtherName(p.c)
		k.family, k.familyL = p.family, p.familyL
		kids, kidAge, adults = []w29Name{k}, []int{1}, 2
	}
	if strings.Contains(remark.text, "husband") && !strings.Contains(remark.text, "honeymoon") {
		adults = 2
	}
	nRooms := 1
	if adults+len(kids) > 3 || g.r.IntN(8) == 0 {
		nRooms = 2
	}

	// The rooms, the price of each night.
	var rooms []*node
	total := 0
	roomTypes := make([]w29Item, nRooms)
	for i := range nRooms {
		rt := pick(g.r, h.rooms)
		roomTypes[i] = rt
		var prices []*node
		sum := 0
		rateID := 10000000 + g.r.IntN(9000000)
		for d := range nights {
			pr := rt.price
			if genius {
				pr = pr * 90 / 100
			}
			prices = append(prices, O("date", N(arrival.AddDate(0, 0, d).Format("2006-01-02")), "rate_id", N(fmt.Sprint(rateID)),
				"genius_rate", N(map[bool]string{true: "yes", false: "no"}[genius]), "amount", N(fmt.Sprint(pr))))
			sum += pr
		}
		total += sum
		guest := P(full)
		guests := adults + len(kids)
		if nRooms == 2 && i == 1 {
			guest = P(w29Title(partner.givenL) + " " + w29Title(partner.familyL))
			guests = max(1, guests-2)
		} else if nRooms == 2 {
			guests = min(guests, 2)
		}
		room := O("id", N(fmt.Sprint(h.id)+fmt.Sprintf("%02d", 1+g.r.IntN(9))), "roomreservation_id", N(fmt.Sprint(3000000000+g.r.Int64N(999999999))),
			"name", N(rt.name), "arrival_date", N(arrival.Format("2006-01-02")), "departure_date", N(departure.Format("2006-01-02")),
			"guest_name", guest, "numberofguests", N(guests), "max_children", N(map[bool]int{true: 2, false: 0}[len(kids) > 0]),
			"meal_plan", N(pick(g.r, []string{"Breakfast is included in the room rate.", "There is no meal option with this room.", "Breakfast costs EUR 15 per person per night."})),
			"facilities", N(pick(g.r, []string{"Air conditioning, Private bathroom, Flat-screen TV, Free WiFi, Minibar", "Balcony, Kitchenette, Free WiFi, Safety deposit box", "Shower, Hairdryer, Desk, Free toiletries, Soundproofing"})),
			"smoking", N(pick(g.r, []string{"0", "0", ""})), "extra_info", N(""), "prices", A(prices...), "totalprice", N(fmt.Sprint(sum)),
			"commissionamount", N(fmt.Sprintf("%.2f", float64(sum*h.commission)/100)), "currencycode", N(h.currency))
		if hasRemark && i == 0 {
			room.set("remarks", w29BKRemark(remark.text, remark.cat))
		} else {
			room.set("remarks", N(""))
		}
		rooms = append(rooms, room)
	}

	// The booker: their address and country, the relay address, the
	// phone they gave and the card guaranteeing the stay, masked.
	custRemarks := pick(g.r, []string{"You have a booker that prefers communication by email", "You have a booker that prefers communication by phone", "Approximate time of arrival: between 15:00 and 16:00", ""})
	customer := func() *node {
		c := O("first_name", P(first), "last_name", P(last))
		if p.showResidence {
			c.set("address", g.addr(p.street))
			c.set("city", g.addr(p.city))
			c.set("zip", g.addr(p.post))
			c.set("countrycode", g.residence(strings.ToLower(p.c.code)))
		} else {
			c.set("address", N(""))
			c.set("city", N(""))
			c.set("zip", N(""))
		}
		c.set("email", P(relay))
		if ph := g.phone(""); ph != nil {
			c.set("telephone", ph)
		} else {
			c.set("telephone", N(""))
		}
		c.set("company", N(""))
		c.set("remarks", N(custRemarks))
		c.set("cc_type", N(card.name))
		c.set("cc_number", P("************"+last4))
		c.set("cc_name", P(holder))
		c.set("cc_expiration_date", P(fmt.Sprintf("%02d/%d", expM, expY)))
		c.set("cc_cvc", N(""))
		c.set("dc_issue_number", N(""))
		return c
	}
	flags := A()
	if genius {
		flags.arr = append(flags.arr, O("name", N("booker_is_genius")))
	}
	if !p.showResidence {
		flags.arr = append(flags.arr, O("name", N("no_address_reservation")))
	}
	reservation := func() *node {
		r := O("id", N(resID), "status", N(status), "date", N(booked.In(loc).Format("2006-01-02")), "time", N(booked.In(loc).Format("15:04:05")),
			"hotel_id", N(fmt.Sprint(h.id)), "hotel_name", N(h.name), "currencycode", N(h.currency), "totalprice", N(fmt.Sprint(total)),
			"commissionamount", N(fmt.Sprintf("%.2f", float64(total*h.commission)/100)), "customer", customer())
		if loyalty != "" {
			r.set("loyalty_id", P(loyalty))
		}
		r.set("reservation_extra_info", O("flags", flags))
		r.set("rooms", A(rooms...))
		return r
	}

	// The same booking as an OTA_HotelResNotifRQ message, as the channel
	// manager logs the XML it received.
	otaXML := func() *node {
		var leaves []*node
		esc := func(s string) string {
			return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
		}
		put := func(n *node) string {
			if n == nil {
				return ""
			}
			leaves = append(leaves, n)
			return esc(n.raw)
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" TimeStamp="%s" Version="2.001">`, g.t.UTC().Format("2006-01-02T15:04:05"))
		fmt.Fprintf(&b, `<HotelReservations><HotelReservation CreateDateTime="%s" ResStatus="%s"><UniqueID Type="14" ID="%s"/><RoomStays>`,
			booked.UTC().Format("2006-01-02T15:04:05"), map[string]string{"new": "Book", "modified": "Modify", "cancelled": "Cancel"}[status], resID)
		for i, rt := range roomTypes {
			fmt.Fprintf(&b, `<RoomStay IndexNumber="%d"><RoomTypes><RoomType RoomTypeCode="%d%02d"><RoomDescription Name="%s"/></RoomType></RoomTypes>`, 460+i, h.id%1000, i+1, esc(rt.name))
			fmt.Fprintf(&b, `<GuestCounts><GuestCount AgeQualifyingCode="10" Count="%d"/>`, min(adults, 2))
			for _, a := range kidAge {
				fmt.Fprintf(&b, `<GuestCount AgeQualifyingCode="8" Age="%d" Count="1"/>`, a)
			}
			fmt.Fprintf(&b, `</GuestCounts><TimeSpan Start="%s" End="%s"/><Total AmountAfterTax="%d" CurrencyCode="%s"/>`, arrival.Format("2006-01-02"), departure.Format("2006-01-02"), total/len(roomTypes), h.currency)
			if hasRemark && i == 0 {
				fmt.Fprintf(&b, `<Comments><Comment><Text>%s</Text></Comment></Comments>`, put(w29BKRemark(remark.text, remark.cat)))
			}
			fmt.Fprintf(&b, `<ResGuestRPHs><ResGuestRPH RPH="1"/></ResGuestRPHs></RoomStay>`)
		}
		fmt.Fprintf(&b, `</RoomStays><ResGuests><ResGuest ResGuestRPH="1"><Profiles><ProfileInfo><Profile><Customer><PersonName><GivenName>%s</GivenName><Surname>%s</Surname></PersonName>`, put(P(first)), put(P(last)))
		if ph := g.phone(""); ph != nil {
			fmt.Fprintf(&b, `<Telephone PhoneNumber="%s"/>`, put(ph))
		}
		fmt.Fprintf(&b, `<Email>%s</Email>`, put(P(relay)))
		if p.showResidence {
			fmt.Fprintf(&b, `<Address><AddressLine>%s</AddressLine><CityName>%s</CityName><PostalCode>%s</PostalCode><CountryName Code="%s"/></Address>`,
				put(g.addr(p.street)), put(g.addr(p.city)), put(g.addr(p.post)), put(g.residence(p.c.code)))
		}
		fmt.Fprintf(&b, `</Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests><ResGlobalInfo>`)
		fmt.Fprintf(&b, `<Guarantee><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="%s" ExpireDate="%s"><CardHolderName>%s</CardHolderName><CardNumber Mask="%s"/></PaymentCard></GuaranteeAccepted></GuaranteesAccepted></Guarantee>`,
			card.code, put(P(fmt.Sprintf("%02d%02d", expM, expY%100))), put(P(holder)), put(P("xxxxxxxxxxxx"+last4)))
		fmt.Fprintf(&b, `<Total AmountAfterTax="%d" CurrencyCode="%s"/><HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="%s"/></HotelReservationIDs><BasicPropertyInfo HotelCode="%d"/></ResGlobalInfo></HotelReservation></HotelReservations></OTA_HotelResNotifRQ>`,
			total, h.currency, resID, h.id)
		return w29Raw(b.String(), leaves)
	}

	// The hotel's registration of its guests with the police: each
	// guest's document, nationality and birth date, the children's
	// kinship to the booker (Spain asks it of minors).
	regime := map[string]string{"ES": "SES.HOSPEDAJES", "IT": "Alloggiati Web", "PT": "SIBA", "GR": "Police guest register", "TR": "KBS",
		"TH": "TM30", "JP": "宿泊者名簿", "DE": "Meldeschein", "MA": "Fiche de police"}[h.cc]
	docNo := pattern(g.r, "AA#######")
	docType := "PASSPORT"
	if p.idScheme == "es_dni" && (h.cc == "PT" || h.cc == "IT" || h.cc == "DE" || h.cc == "GR") {
		docNo, docType = p.idValue, "ID_CARD"
	}
	sex := map[bool]string{true: "F", false: "M"}
	registration := func() *node {
		nat := alpha3[p.cit.code]
		main := O("role", N("holder"), "surname", P(w29Title(p.familyL)), "given_name", P(w29Title(p.givenL)), "sex", P(sex[p.female]),
			"birth_date", g.dob("2006-01-02"), "nationality", g.citizenship(nat), "document_type", N(docType), "document_number", P(docNo))
		if c := g.citizenship(nat); c != nil {
			main.set("document_issuing_country", c)
		}
		if p.showResidence {
			main.set("country_of_residence", g.residence(alpha3[p.c.code]))
			main.set("address", g.addr(p.street+", "+p.post+" "+p.city))
		}
		if ph := g.phone(g.e164()); ph != nil {
			main.set("phone", ph)
		}
		main.set("email", P(relay))
		guests := []*node{main}
		if adults == 2 {
			pdob := p.dob.AddDate(g.r.IntN(7)-3, g.r.IntN(12), 0)
			guests = append(guests, O("role", N("guest"), "surname", P(w29Title(partner.familyL)), "given_name", P(w29Title(partner.givenL)),
				"sex", P(sex[partner.female]), "birth_date", P(pdob.Format("2006-01-02")), "nationality", P(nat),
				"document_type", N("PASSPORT"), "document_number", P(pattern(g.r, "AA#######"))))
		}
		for i, k := range kids {
			kdob := g.t.AddDate(-kidAge[i], -g.r.IntN(11), -g.r.IntN(28))
			kg := O("role", N("guest"), "surname", P(w29Title(k.familyL)), "given_name", P(w29Title(k.givenL)), "sex", P(sex[k.female]),
				"birth_date", P(kdob.Format("2006-01-02")), "nationality", P(nat))
			if kidAge[i] >= 14 || h.cc != "ES" {
				kg.set("document_type", N("PASSPORT"))
				kg.set("document_number", P(pattern(g.r, "AA#######")))
			}
			if h.cc == "ES" {
				kg.set("kinship", P(map[bool]string{true: "HIJA", false: "HIJO"}[k.female]))
			}
			guests = append(guests, kg)
		}
		return O("regime", N(regime), "establishment", N(h.name), "reservation_ref", N(resID), "check_in", N(arrival.Format("2006-01-02")),
			"check_out", N(departure.Format("2006-01-02")), "payment_type", N(pick(g.r, []string{"TARJETA", "DESTINO", "PLATAFORMA"})),
			"guests", A(guests...), "submitted_at", N(arrival.Add(15*time.Hour).UTC().Format(time.RFC3339)))
	}
	// The property system's guest profile.
	profile := func() *node {
		pr := O("profile_id", P(fmt.Sprint(100000+g.r.IntN(900000))), "name", P(full), "email", P(relay), "source", N("Booking.com"),
			"stays", N(1+g.r.IntN(3)), "genius", N(genius))
		if ph := g.phone(""); ph != nil {
			pr.set("phone", ph)
		}
		if p.showResidence {
			pr.set("country", g.residence(englishName[p.c.code]))
		}
		if p.showLocale {
			pr.set("language", g.locale(p.locale))
		}
		if hasRemark && remark.cat != "" {
			// What the front desk keeps for the next stay.
			pr.set("preferences", w29BKRemark(remark.text, remark.cat))
		}
		return pr
	}

	// The channel manager's poll of the reservations endpoint, with the
	// machine account's credentials.
	user := "cm_" + w29Clean(strings.Fields(h.name)[1]) + "_" + pattern(g.r, "####")
	auth := C("Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+g.b62(16))))
	poll := func() *node {
		return O("request", O("method", N("GET"), "url", N(fmt.Sprintf("https://secure-supply-xml.booking.com/hotels/xml/reservations?hotel_ids=%d&last_change=%s", h.id, booked.Add(-time.Hour).UTC().Format("2006-01-02+15:04:05"))),
			"headers", O("Authorization", auth, "Accept", N("application/xml"))),
			"response", O("status", N(200), "body", O("reservations", O("reservation", A(reservation())))))
	}
	switch mode := g.r.IntN(10); {
	case mode < 4:
		return poll()
	case mode < 5:
		return O("ts", N(g.t.UTC().Format(time.RFC3339)), "channel", N("booking.com"), "event", N("reservation."+status), "reservation", reservation())
	case mode < 7:
		return O("received_at", g.w29Stamp(time.Second), "direction", N("inbound"), "message", N("OTA_HotelResNotifRQ"),
			"headers", O("Authorization", auth, "Content-Type", N("text/xml; charset=utf-8")), "body", otaXML())
	case mode < 9 && h.register && p.showCitizenship && status != "cancelled":
		return O("reservation", reservation(), "police_registration", registration())
	case mode < 9:
		return O("reservation", reservation(), "guest_profile", profile())
	}
	if h.register && p.showCitizenship {
		return registration()
	}
	return profile()
}
