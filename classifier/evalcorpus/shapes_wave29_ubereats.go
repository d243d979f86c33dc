package evalcorpus

import (
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
)

// --------------------------------------------------------------- Uber Eats

// w29UEMod is a modifier group of a menu item and its options (price in
// the currency's minor unit).
type w29UEMod struct {
	title   string
	options []w29Item
}

// w29UEStore is a restaurant or shop on Uber Eats: its menu (price in the
// currency's minor unit) and the modifier groups its items take. A
// pharmacy's goods tell of the eater's health.
type w29UEStore struct {
	name  string
	items []w29Item
	mods  []w29UEMod
}

// w29UEMarket is an Uber Eats country: currency and how Uber formats its
// amounts, the tax rate, the stores, the eaters' instructions (to the
// whole order, to one item, to the courier) in the country's language,
// the flat or unit line and the country's name in an address.
type w29UEMarket struct {
	currency, sym string
	decimals      bool
	tax           float64
	stores        []w29UEStore
	orderNotes    []bioLine
	itemNotes     []bioLine
	dropNotes     []bioLine // {name} the eater's family name, {phone} their number
	unit          []string
	country       string
}

var w29UEMarkets = map[string]w29UEMarket{
	"US": {"USD", "$", true, 0.0825,
		[]w29UEStore{
			{"Smokehouse 512 BBQ", []w29Item{{"Brisket Plate", 1899, ""}, {"Pulled Pork Sandwich", 1249, ""}, {"Mac & Cheese", 599, ""}, {"Sweet Tea", 349, ""}}, []w29UEMod{{"Choose 2 sides", []w29Item{{"Coleslaw", 0, ""}, {"Potato Salad", 0, ""}, {"Cornbread", 150, ""}}}, {"Sauce", []w29Item{{"Original", 0, ""}, {"Spicy", 0, ""}}}}},
			{"Golden Dragon Kitchen", []w29Item{{"General Tso's Chicken", 1495, ""}, {"Vegetable Lo Mein", 1195, ""}, {"Pork Dumplings (8)", 895, ""}}, []w29UEMod{{"Spice level", []w29Item{{"Mild", 0, ""}, {"Hot", 0, ""}}}}},
			{"CVS Pharmacy - Congress Ave", []w29Item{{"Glucose Tablets, Orange, 50 ct", 699, "health"}, {"First Response Early Result Pregnancy Test, 2 ct", 1899, "health"}, {"Prenatal Multivitamin, 100 ct", 1499, "health"}, {"Tylenol Extra Strength, 100 ct", 1349, "health"}, {"Kleenex Tissues, 3 pk", 649, ""}}, nil},
		},
		[]bioLine{{"", "Please include utensils and extra napkins."}, {"", "No plastic bag please."}, {"health", "SEVERE peanut allergy - please no nuts or peanut oil at all, we carry an EpiPen."}, {"health", "I'm diabetic - diet soda only please, no regular Coke."}, {"health", "I'm pregnant, please make sure the meat is cooked well done."}, {"religion", "Halal meat only please, I'm Muslim. No pork anywhere near it."}, {"religion", "We keep kosher - please no cheese on anything with meat."}},
		[]bioLine{{"", "No onions"}, {"", "Sauce on the side"}, {"", "Extra pickles"}, {"health", "Gluten free - celiac"}, {"health", "Shellfish allergy!!"}},
		[]bioLine{{"", "Leave at the front door, thanks!"}, {"", "Please don't ring the doorbell."}, {"", "{unit}, building C, take the elevator to the 3rd floor."}, {"", "Text me at {phone} when you're here."}, {"", "Buzzer says {name}."}, {"health", "I use a wheelchair, please bring it all the way to the door of {unit}."}},
		[]string{"Apt 4B", "Unit 210", "Apt 12", "Suite 300"}, "USA"},
	"GB": {"GBP", "£", true, 0,
		[]w29UEStore{
			{"Brick Lane Curry House", []w29Item{{"Chicken Tikka Masala", 1195, ""}, {"Lamb Rogan Josh", 1350, ""}, {"Pilau Rice", 395, ""}, {"Garlic Naan", 350, ""}}, []w29UEMod{{"Spice level", []w29Item{{"Mild", 0, ""}, {"Medium", 0, ""}, {"Hot", 0, ""}}}}},
			{"The Chippy on the Corner", []w29Item{{"Cod & Chips", 1050, ""}, {"Battered Sausage", 395, ""}, {"Mushy Peas", 250, ""}}, []w29UEMod{{"Extras", []w29Item{{"Curry Sauce", 150, ""}, {"Gravy", 150, ""}}}}},
			{"Corner Chemist Express", []w29Item{{"Clearblue Digital Pregnancy Test, 2 pack", 1499, "health"}, {"Dextro Energy Glucose Tablets", 150, "health"}, {"Gaviscon Advance 250ml", 899, "health"}, {"Paracetamol 500mg, 16 tablets", 79, "health"}, {"Dettol Hand Wash", 250, ""}}, nil},
		},
		[]bioLine{{"", "No cutlery please, trying to cut down on plastic."}, {"", "Could you add extra poppadoms if possible?"}, {"health", "Nut allergy (anaphylaxis) - please make sure nothing contains nuts or almonds."}, {"health", "Type 1 diabetic - diet drinks only please, never full sugar!"}, {"health", "I'm 30 weeks pregnant, please no runny eggs or rare meat."}, {"religion", "Please confirm the chicken is halal, thank you."}},
		[]bioLine{{"", "No coriander"}, {"", "Extra crispy"}, {"health", "Coeliac - no gluten please"}},
		[]bioLine{{"", "Leave on the doorstep please."}, {"", "{unit}, ring the top bell."}, {"", "Call {phone} if you can't find us."}, {"", "Name on the buzzer is {name}."}, {"health", "I'm disabled and can't do the stairs, please bring it up to {unit}."}},
		[]string{"Flat 2", "Flat 11", "Top floor flat", "Flat B"}, "UK"},
	"FR": {"EUR", "€", true, 0.1,
		[]w29UEStore{
			{"Le Petit Bistrot", []w29Item{{"Burger du Chef", 1590, ""}, {"Salade César", 1290, ""}, {"Frites maison", 450, ""}, {"Tarte Tatin", 690, ""}}, []w29UEMod{{"Cuisson", []w29Item{{"Saignant", 0, ""}, {"À point", 0, ""}, {"Bien cuit", 0, ""}}}}},
			{"Sushi Kyo Paris 11", []w29Item{{"Plateau Saumon 18 pièces", 2190, ""}, {"California Roll", 790, ""}, {"Soupe Miso", 350, ""}}, nil},
			{"Pharmacie du Marché", []w29Item{{"Test de grossesse Clearblue, x2", 1390, "health"}, {"Glucose Dextro Energy, 14 tablettes", 290, "health"}, {"Doliprane 1000 mg, 8 comprimés", 218, "health"}, {"Gel hydroalcoolique 100 ml", 350, ""}}, nil},
		},
		[]bioLine{{"", "Pas de couverts, merci."}, {"", "Merci de mettre des serviettes en plus."}, {"health", "Allergie sévère aux fruits à coque, merci de faire très attention."}, {"health", "Je suis diabétique : boisson sans sucre uniquement svp."}, {"health", "Je suis enceinte : viande bien cuite et pas de fromage au lait cru svp."}, {"religion", "Viande halal uniquement svp, merci."}},
		[]bioLine{{"", "Sans oignons"}, {"", "Sauce à part"}, {"health", "Sans gluten (maladie cœliaque)"}},
		[]bioLine{{"", "Digicode en bas, puis 3e étage gauche."}, {"", "Laisser devant la porte svp."}, {"", "Appelez-moi au {phone} en arrivant."}, {"", "Nom sur l'interphone : {name}."}, {"health", "Je suis en fauteuil roulant, merci de monter jusqu'à la porte ({unit})."}},
		[]string{"Appt 12, 3e étage", "Bât. B, appt 24", "4e étage gauche"}, "France"},
	"BR": {"BRL", "R$", true, 0,
		[]w29UEStore{
			{"Burguer do Zé", []w29Item{{"X-Burguer Duplo", 3290, ""}, {"X-Salada", 2490, ""}, {"Batata frita grande", 1590, ""}, {"Guaraná Antarctica 350ml", 650, ""}}, []w29UEMod{{"Ponto da carne", []w29Item{{"Mal passada", 0, ""}, {"Ao ponto", 0, ""}, {"Bem passada", 0, ""}}}, {"Adicionais", []w29Item{{"Bacon", 500, ""}, {"Cheddar", 400, ""}}}}},
			{"Açaí da Vila", []w29Item{{"Açaí 500ml", 2200, ""}, {"Açaí 700ml com granola", 2900, ""}}, []w29UEMod{{"Complementos", []w29Item{{"Leite Ninho", 300, ""}, {"Banana", 0, ""}, {"Paçoca", 300, ""}}}}},
			{"Drogaria Bem Estar", []w29Item{{"Teste de gravidez Clearblue", 3490, "health"}, {"Tiras para glicemia Accu-Chek, 50 un", 8990, "health"}, {"Dipirona 1g, 10 comprimidos", 1290, "health"}, {"Protetor solar FPS 50", 5990, ""}}, nil},
		},
		[]bioLine{{"", "Mandar sachê de ketchup extra, por favor."}, {"", "Não precisa de talheres."}, {"health", "Sou alérgico a camarão e amendoim, por favor cuidado com contaminação."}, {"health", "Sou diabética, refrigerante zero por favor!"}, {"health", "Estou grávida, carne bem passada por favor."}, {"religion", "Somente carne halal, por favor."}},
		[]bioLine{{"", "Sem cebola"}, {"", "Sem maionese"}, {"health", "Sem glúten, sou celíaca"}},
		[]bioLine{{"", "Deixar na portaria, por favor."}, {"", "Interfone {unit}."}, {"", "Me liga no {phone} quando chegar."}, {"", "Procurar por {name} na portaria."}, {"health", "Sou cadeirante, por favor subir até o {unit}."}},
		[]string{"Apto 51", "Apto 1203, Bloco B", "Casa 2"}, "Brasil"},
	"MX": {"MXN", "MX$", true, 0.16,
		[]w29UEStore{
			{"Taquería El Güero", []w29Item{{"Orden de tacos al pastor (5)", 9500, ""}, {"Gringa de suadero", 7800, ""}, {"Quesadilla de flor de calabaza", 5500, ""}, {"Agua de horchata 1L", 4500, ""}}, []w29UEMod{{"Salsa", []w29Item{{"Verde", 0, ""}, {"Roja", 0, ""}, {"Habanero", 0, ""}}}, {"Extras", []w29Item{{"Queso extra", 1500, ""}, {"Piña", 500, ""}}}}},
			{"Sushi Roll Polanco", []w29Item{{"Roll California", 13900, ""}, {"Kushiage de plátano", 8900, ""}}, nil},
			{"Farmacia La Salud", []w29Item{{"Prueba de embarazo Accu-News", 8900, "health"}, {"Tiras reactivas Accu-Chek Active, 50 pzas", 64900, "health"}, {"Paracetamol 500 mg, 20 tabletas", 3900, "health"}, {"Suero oral Electrolit 625 ml", 2900, ""}}, nil},
		},
		[]bioLine{{"", "Sin cubiertos, por favor."}, {"", "Mándenme salsas extra porfa."}, {"health", "Soy alérgica al cacahuate, por favor nada que lo contenga."}, {"health", "Soy diabético, refresco sin azúcar por favor."}, {"health", "Estoy embarazada, la carne bien cocida por favor."}, {"religion", "Solo carne kosher o vegetariano, por favor, guardamos kashrut."}},
		[]bioLine{{"", "Sin cebolla ni cilantro"}, {"", "Salsa aparte"}, {"health", "Sin gluten, soy celiaca"}},
		[]bioLine{{"", "Dejar con el portero."}, {"", "Tocar el timbre del {unit}."}, {"", "Márcame al {phone} cuando llegues."}, {"", "Preguntar por {name} en la caseta."}, {"health", "Uso silla de ruedas, por favor sube hasta el {unit}."}},
		[]string{"Depto 3", "Int. 502", "Casa 14"}, "México"},
	"JP": {"JPY", "¥", false, 0.08,
		[]w29UEStore{
			{"牛丼専門店 たつや", []w29Item{{"牛丼 並盛", 480, ""}, {"ねぎ玉牛丼", 620, ""}, {"みそ汁", 80, ""}}, []w29UEMod{{"サイズ", []w29Item{{"並盛", 0, ""}, {"大盛", 100, ""}}}}},
			{"すし処 さくら", []w29Item{{"特上にぎり 12貫", 3200, ""}, {"サーモン丼", 1480, ""}, {"茶碗蒸し", 380, ""}}, nil},
			{"ドラッグストア ひまわり", []w29Item{{"妊娠検査薬 ドゥーテスト 2回用", 1320, "health"}, {"ブドウ糖タブレット", 298, "health"}, {"ロキソニンS 12錠", 708, "health"}, {"マスク 30枚入", 598, ""}}, nil},
		},
		[]bioLine{{"", "お箸は不要です。"}, {"", "おしぼりを多めにお願いします。"}, {"health", "ピーナッツアレルギーがあります。ナッツ類は入れないでください。"}, {"health", "糖尿病のため、ドリンクは無糖でお願いします。"}, {"health", "妊娠中のため、生ものは抜いてください。"}, {"religion", "ムスリムのため、ハラール対応でお願いします。豚肉・アルコール不可です。"}},
		[]bioLine{{"", "ねぎ抜き"}, {"", "わさび抜き"}, {"health", "えびアレルギーです"}},
		[]bioLine{{"", "置き配でお願いします。"}, {"", "オートロックなので{unit}を呼び出してください。"}, {"", "到着したら{phone}に電話してください。"}, {"", "表札は「{name}」です。"}, {"health", "車椅子のため、玄関前まで持ってきてください（{unit}）。"}},
		[]string{"303号室", "1205号室", "メゾン桜 201"}, "日本"},
	"AU": {"AUD", "A$", true, 0.1,
		[]w29UEStore{
			{"Bondi Poké Co", []w29Item{{"Salmon Poké Bowl", 1890, ""}, {"Tofu Poké Bowl", 1690, ""}, {"Edamame", 650, ""}}, []w29UEMod{{"Base", []w29Item{{"Sushi rice", 0, ""}, {"Brown rice", 0, ""}, {"Greens", 0, ""}}}}},
			{"Nonna's Pizza Newtown", []w29Item{{"Margherita", 2200, ""}, {"Diavola", 2600, ""}, {"Garlic Bread", 900, ""}}, []w29UEMod{{"Base", []w29Item{{"Classic", 0, ""}, {"Gluten-free base", 400, ""}}}}},
			{"Chemist Corner Surry Hills", []w29Item{{"Clearblue Pregnancy Test, 2 pack", 1799, "health"}, {"Glucodin Glucose Tablets", 599, "health"}, {"Panadol Rapid, 20 caplets", 699, "health"}, {"Sunscreen SPF 50+, 200 ml", 1499, ""}}, nil},
		},
		[]bioLine{{"", "No cutlery thanks!"}, {"", "Extra soy sauce please."}, {"health", "Anaphylactic to tree nuts - please be very careful."}, {"health", "Diabetic, please make it a Coke No Sugar."}, {"health", "Pregnant - no raw fish please, swap the salmon for cooked chicken."}, {"religion", "Halal only please."}},
		[]bioLine{{"", "No sesame seeds"}, {"", "Extra avo"}, {"health", "Coeliac, strictly no gluten"}},
		[]bioLine{{"", "Leave at the door, no need to knock."}, {"", "{unit}, gate is open."}, {"", "Give me a call on {phone} when outside."}, {"", "Name on the intercom: {name}."}, {"health", "I'm in a wheelchair, please bring it to the door of {unit}."}},
		[]string{"Unit 5", "Unit 12/40", "Apartment 803"}, "Australia"},
}

// w29UEPickupNote is what an eater collecting the order writes, with the
// number the restaurant may call them on.
var w29UEPickupNote = map[string]string{
	"US": "Picking up around 7, call me at {phone} if it's running late.",
	"GB": "I'll collect at half 6, ring {phone} if there's a delay.",
	"FR": "Je passe récupérer vers 19h, appelez le {phone} en cas de retard.",
	"BR": "Vou retirar às 19h, qualquer coisa me liga no {phone}.",
	"MX": "Paso a recoger a las 7, cualquier cosa llámame al {phone}.",
	"JP": "19時に受け取りに行きます。遅れる場合は{phone}までご連絡ください。",
	"AU": "Picking up at 6:30, call {phone} if there's any issue.",
}

// w29UEPlace writes the delivery address as Google Places formats it in
// the country, with the country's name or without.
func (g *gen) w29UEPlace(cc, country string, withCountry bool) string {
	p := g.p
	var s string
	switch cc {
	case "US":
		s = p.street + ", " + p.city + ", " + p.region + " " + p.post
	case "GB":
		s = p.street + ", " + p.city + " " + p.post
	case "FR":
		s = p.street + ", " + p.post + " " + p.city
	case "BR":
		s = p.street + " - " + p.city + ", " + p.region + ", " + p.post
	case "MX":
		s = p.street + ", " + p.post + " " + p.city + ", " + p.region
	case "JP":
		s = "〒" + p.post + " " + p.city + p.street
		if withCountry {
			return country + "、" + s
		}
		return s
	case "AU":
		s = p.street + ", " + p.city + " " + p.region + " " + p.post
	}
	if withCountry {
		s += ", " + country
	}
	return s
}

// w29UEMoney is an amount (minor units) as Uber Eats writes it.
func w29UEMoney(mk w29UEMarket, v int) *node {
	var f string
	switch {
	case !mk.decimals:
		f = fmt.Sprintf("%s%d", mk.sym, v)
		if v >= 1000 {
			f = fmt.Sprintf("%s%d,%03d", mk.sym, v/1000, v%1000)
		}
	case mk.currency == "EUR":
		f = fmt.Sprintf("%d,%02d %s", v/100, v%100, mk.sym)
	case mk.currency == "BRL":
		f = fmt.Sprintf("%s %d,%02d", mk.sym, v/100, v%100)
	default:
		f = fmt.Sprintf("%s%d.%02d", mk.sym, v/100, v%100)
	}
	return O("amount", N(v), "currency_code", N(mk.currency), "formatted_amount", N(f))
}

// w29UENote labels the eater's note to the restaurant: of a special
// category, personal when it gives their phone (a pickup's), else not.
func w29UENote(n bioLine, kind string) *node {
	if n.cat == "" && kind == "PICK_UP" && strings.ContainsAny(n.text, "0123456789") {
		return P(n.text)
	}
	return w29Text(n.text, n.cat)
}

// w29UEFill puts the eater's unit, name and phone into an instruction.
func w29UEFill(s, unit, name, phone string) string {
	return strings.NewReplacer("{unit}", unit, "{name}", name, "{phone}", phone).Replace(s)
}

func uberEatsOrder(g *gen) *node {
	cc := pick(g.r, []string{"US", "US", "US", "GB", "GB", "FR", "FR", "BR", "BR", "MX", "MX", "JP", "AU"})
	g.w29Redraw(cc)
	p := g.p
	g.w29Age(18, 75)
	mk := w29UEMarkets[cc]
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	// The eater's name as they typed it into the app: in their script or
	// in Latin letters; Uber shares the last name whole or as an initial.
	first, last := p.given, p.family
	if !w29Latin(first+last) && g.r.IntN(3) == 0 {
		first, last = w29Title(p.givenL), w29Title(p.familyL)
	}
	if g.r.IntN(3) == 0 {
		last = string([]rune(last)[:1]) + "."
	}
	store := pick(g.r, mk.stores)
	pharmacy := len(store.mods) == 0 && store.items[0].cat != ""

	// A pharmacy's name and its medicines tell of the eater's health
	// (CJEU C-21/23: orders of medicines are health data); its tissues
	// and sunscreen do not.
	// The order: a pickup when the event shows no address of the eater.
	kind := pick(g.r, []string{"DELIVERY_BY_UBER", "DELIVERY_BY_UBER", "DELIVERY_BY_UBER", "DELIVERY_BY_RESTAURANT"})
	if !p.showResidence {
		kind = "PICK_UP"
	}
	state := pick(g.r, []string{"CREATED", "CREATED", "ACCEPTED", "ACCEPTED", "FINISHED", "CANCELED"})
	orderID := g.uuid()
	displayID := strings.ToUpper(orderID[len(orderID)-5:])
	storeID := g.uuid()
	placed := g.t.Add(-time.Duration(20+g.r.IntN(600)) * time.Second)
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

	// The cart.
	type line struct {
		it   w29Item
		qty  int
		mods []w29Item
		mod  string
		note bioLine
	}
	var lines []line
	sub := 0
	for range 1 + g.r.IntN(min(3, len(store.items))) {
		it := g.w29Special(store.items, 2)
		if slices.ContainsFunc(lines, func(x line) bool { return x.it.name == it.name }) {
			continue
		}
		l := line{it: it, qty: 1}
		if it.price < 1000 && g.r.IntN(3) == 0 || !mk.decimals && it.price < 500 && g.r.IntN(3) == 0 {
			l.qty = 2
		}
		if len(store.mods) > 0 {
			m := pick(g.r, store.mods)
			l.mod = m.title
			l.mods = append(l.mods, pick(g.r, m.options))
		}
		if !pharmacy && g.r.IntN(3) == 0 {
			l.note = g.w29Note(mk.itemNotes, 3)
		}
		unit := it.price
		for _, o := range l.mods {
			unit += o.price
		}
		sub += unit * l.qty
		lines = append(lines, l)
	}
	hasOrderNote := g.r.IntN(2) == 0
	var orderNote bioLine
	if hasOrderNote {
		orderNote = g.w29Note(mk.orderNotes, 2)
		if pharmacy && orderNote.cat == "" {
			hasOrderNote = false
		}
	}
	if kind == "PICK_UP" && g.r.IntN(3) == 0 && g.w29PhoneIn() {
		num := p.phoneNat
		if p.phoneCC != cc {
			num = g.w29Intl()
		}
		hasOrderNote = true
		orderNote = bioLine{"", w29UEFill(w29UEPickupNote[cc], "", "", num)}
	}
	tax := int(float64(sub) * mk.tax)
	fee := map[bool]int{true: 299, false: 300}[mk.decimals]
	if kind == "PICK_UP" {
		fee = 0
	}
	tip := 0
	if kind != "PICK_UP" && g.r.IntN(2) == 0 {
		tip = pick(g.r, []int{100, 200, 300, 500})
		if !mk.decimals {
			tip = pick(g.r, []int{100, 200, 300})
		}
	}
	total := sub + tax + fee + tip

	// The delivery: Google's place for the eater's door, the unit and the
	// eater's notes to the courier.
	unit := pick(g.r, mk.unit)
	lat, lon := g.w29Near(cc, 6)
	var drop bioLine
	hasDrop := kind != "PICK_UP" && g.r.IntN(2) == 0
	phoneShown := ""
	if hasDrop {
		drop = g.w29Note(mk.dropNotes, 3)
		if strings.Contains(drop.text, "{phone}") {
			if g.w29PhoneIn() {
				phoneShown = p.phoneNat
				if p.phoneCC != cc || g.r.IntN(2) == 0 {
					phoneShown = g.w29Intl()
				}
			} else {
				drop = mk.dropNotes[0]
			}
		}
	}
	dropText := w29UEFill(drop.text, unit, p.family, phoneShown)
	dropNode := func() *node {
		if drop.cat == "" && dropText == drop.text {
			return N(dropText)
		}
		return w29About(dropText, drop.cat)
	}
	withCountry := g.r.IntN(2) == 0
	address := g.w29UEPlace(cc, mk.country, withCountry)
	delivery := func() *node {
		if kind == "PICK_UP" {
			return nil
		}
		g.lab.Residence = addCountry(g.lab.Residence, cc)
		loc := O("type", N("GOOGLE_PLACE"), "id", P("ChIJ"+g.chars(b62Set+"-_", 23)), "address", P(address))
		if g.r.IntN(3) != 0 {
			loc.set("address_2", P(unit))
		}
		loc.set("latitude", P(lat))
		loc.set("longitude", P(lon))
		d := O("location", loc, "type", N(pick(g.r, []string{"LEAVE_AT_DOOR", "MEET_AT_DOOR", "MEET_AT_DOOR"})))
		if hasDrop {
			d.set("notes", dropNode())
		}
		return d
	}
	// Uber's masked number for reaching the eater (Uber's line, not the
	// eater's) and the order's code that connects the call to them.
	relay, _ := phoneNumber(g.r, cc)
	relayCode := pattern(g.r, "### ## ###")
	eater := func() *node {
		e := O("first_name", P(first), "last_name", P(last), "phone", N(relay), "phone_code", P(relayCode))
		if d := delivery(); d != nil {
			e.set("delivery", d)
		}
		return e
	}
	cart := func() *node {
		var items []*node
		for _, l := range lines {
			unitPrice := l.it.price
			var sel []*node
			for _, o := range l.mods {
				unitPrice += o.price
				sel = append(sel, O("id", N(g.uuid()), "title", N(o.name), "external_data", N("mod-"+w29Clean(o.name)), "quantity", N(1),
					"price", O("unit_price", w29UEMoney(mk, o.price), "total_price", w29UEMoney(mk, o.price*l.qty))))
			}
			it := O("id", N(g.uuid()), "instance_id", N(g.uuid()), "title", w29Text(l.it.name, l.it.cat), "external_data", N("sku-"+pattern(g.r, "####")),
				"quantity", N(l.qty), "price", O("unit_price", w29UEMoney(mk, unitPrice), "total_price", w29UEMoney(mk, unitPrice*l.qty),
					"base_unit_price", w29UEMoney(mk, l.it.price), "base_total_price", w29UEMoney(mk, l.it.price*l.qty)))
			if len(sel) > 0 {
				it.set("selected_modifier_groups", A(O("id", N(g.uuid()), "title", N(l.mod), "external_data", N("grp-"+w29Clean(l.mod)),
					"selected_items", A(sel...), "removed_items", A())))
			}
			if l.note.text != "" {
				it.set("special_instructions", w29Text(l.note.text, l.note.cat))
			}
			it.set("default_quantity", N(1))
			items = append(items, it)
		}
		c := O("items", A(items...))
		if hasOrderNote {
			// An allergy, diabetes or a pregnancy the eater states is
			// about them: of a special category; "no cutlery" is not.
			c.set("special_instructions", w29UENote(orderNote, kind))
		}
		return c
	}
	charges := func() *node {
		c := O("total", w29UEMoney(mk, total), "sub_total", w29UEMoney(mk, sub), "tax", w29UEMoney(mk, tax),
			"total_fee", w29UEMoney(mk, fee), "total_fee_tax", w29UEMoney(mk, 0))
		if tip > 0 {
			c.set("tip", w29UEMoney(mk, tip))
		}
		return O("charges", c)
	}
	// The courier Uber sent: another person, their first name, photo
	// and plate; reached through the same masked line.
	courier := func() *node {
		if kind != "DELIVERY_BY_UBER" || state == "CREATED" || state == "CANCELED" {
			return nil
		}
		cn := g.w29OtherName(p.c)
		veh := O("type", N(pick(g.r, []string{"bicycle", "scooter", "car", "car"})))
		if veh.obj[0].val.raw == "car" {
			veh.set("make", N(pick(g.r, []string{"Toyota", "Honda", "Nissan", "Volkswagen"})))
			veh.set("model", N(pick(g.r, []string{"Corolla", "Civic", "Prius", "Golf"})))
			veh.set("license_plate", P(pattern(g.r, map[string]string{"US": "AAA####", "GB": "AA## AAA", "FR": "AA-###-AA", "BR": "AAA#A##", "MX": "AAA-###-A", "JP": "## ##-##", "AU": "AAA##A"}[cc])))
		}
		cRelay, _ := phoneNumber(g.r, cc)
		return A(O("first_name", P(cn.given), "vehicle", veh, "picture_url", P("https://d1a3f4spazzrp4.cloudfront.net/uberex-sandbox/images/driver/"+g.uuid()+".jpeg"),
			"phone", N(cRelay), "phone_code", P(pattern(g.r, "### ## ###")), "current_state", N(pick(g.r, []string{"EN_ROUTE_TO_PICKUP", "ARRIVED_AT_PICKUP", "EN_ROUTE_TO_DROPOFF", "COMPLETED"})),
			"estimated_pickup_time", N(z(placed.Add(time.Duration(10+g.r.IntN(20))*time.Minute)))))
	}
	order := func() *node {
		o := O("id", N(orderID), "display_id", N(displayID), "external_reference_id", N(pick(g.r, []string{"", "Check #" + fmt.Sprint(100+g.r.IntN(900))})),
			"current_state", N(state), "type", N(kind), "brand", N("UBER_EATS"),
			"store", O("id", N(storeID), "name", w29Text(store.name, map[bool]string{true: "health", false: ""}[pharmacy]), "external_reference_id", N("store-"+pattern(g.r, "###"))),
			"eater", eater(), "cart", cart(), "payment", charges(),
			"packaging", O("disposable_items", O("should_include", N(g.r.IntN(3) == 0))),
			"placed_at", N(z(placed)), "estimated_ready_for_pickup_at", N(z(placed.Add(time.Duration(12+g.r.IntN(25))*time.Minute))))
		if c := courier(); c != nil {
			o.set("deliveries", c)
		}
		return o
	}

	// The notification, signed with the client secret.
	const api = "https://api.uber.com"
	evType := "orders.notification"
	if state == "CANCELED" && g.r.IntN(2) == 0 {
		evType = "orders.cancel"
	}
	event := O("event_id", N(g.uuid()), "event_time", N(placed.Add(time.Second).Unix()), "event_type", N(evType),
		"meta", O("resource_id", N(orderID), "status", N("pos")), "resource_href", N(api+"/v2/eats/order/"+orderID))
	raw := string(render(event, &Label{}))
	secret := g.b62(40)
	sig := C(hex.EncodeToString(w29HMAC(secret, raw)))
	received := func(rawBody bool) *node {
		h := O("Content-Type", N("application/json"), "X-Environment", N(pick(g.r, []string{"production", "production", "sandbox"})),
			"X-Uber-Signature", sig, "User-Agent", N("Uber-Webhooks/1.0"))
		out := O("received_at", g.w29Stamp(time.Duration(150+g.r.IntN(1500))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/webhooks/uber-eats", "/api/integrations/ubereats/orders", "/pos/uber/notify"})), "headers", h)
		if rawBody {
			out.set("raw_body", N(raw))
		} else {
			out.set("body", event)
		}
		return out
	}
	token := C("Bearer IA." + g.b62(120))
	getOrder := func() *node {
		return O("request", O("method", N("GET"), "url", N(api+"/v2/eats/order/"+orderID),
			"headers", O("Authorization", token, "Accept-Encoding", N("gzip"))),
			"response", O("status", N(200), "body", order()))
	}
	accept := func() *node {
		staff := g.w29OtherName(p.c)
		return O("request", O("method", N("POST"), "url", N(api+"/v1/eats/orders/"+orderID+"/accept_pos_order"),
			"headers", O("Authorization", token, "Content-Type", N("application/json")),
			"body", O("reason", P("Accepted by "+staff.given+" "+string([]rune(staff.family)[:1])+"."), "external_reference_id", N("Check #"+fmt.Sprint(100+g.r.IntN(900))))),
			"response", O("status", N(204)))
	}
	switch mode := g.r.IntN(10); {
	case mode < 2:
		return received(false)
	case mode < 5:
		return O("webhook", received(false), "order", getOrder())
	case mode < 6:
		// The body as received, before the signature was checked, then
		// the order it points at.
		return O("webhook", received(true), "order", getOrder())
	case mode < 7:
		return getOrder()
	case mode < 8:
		return O("order", getOrder(), "accept", accept())
	}
	// The kitchen ticket the POS printed, logged with the order as a
	// JSON string.
	var tl []*node
	for _, l := range lines {
		t := fmt.Sprintf("%dx %s", l.qty, l.it.name)
		cat := l.it.cat
		for _, o := range l.mods {
			t += " [" + o.name + "]"
		}
		if l.note.text != "" {
			t += " - " + l.note.text
			if cat == "" {
				cat = l.note.cat
			}
		}
		tl = append(tl, w29Text(t, cat))
	}
	who := first + " " + last
	if p.c.familyFirst && !w29Latin(who) {
		who = last + " " + first
	}
	ticket := O("order", N("#"+displayID), "customer", P(who), "type", N(kind), "lines", A(tl...))
	if hasOrderNote {
		ticket.set("note", w29UENote(orderNote, kind))
	}
	if kind != "PICK_UP" && g.r.IntN(2) == 0 {
		ticket.set("deliver_to", P(address+", "+unit))
		g.lab.Residence = addCountry(g.lab.Residence, cc)
	}
	if g.r.IntN(2) == 0 {
		ticket.set("call", N(relay))
		ticket.set("code", P(relayCode))
	}
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "logger", N("pos.ubereats"), "msg", N("ticket printed"),
		"store", w29Text(store.name, map[bool]string{true: "health", false: ""}[pharmacy]), "ticket", ticket, "order_json", w29JSON(order()))
}
