package evalcorpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------- Yandex Market

// w28YMName is a buyer as Yandex Market's order writes them: last, first
// and middle (patronymic) name, with a Latin spelling for e-mail.
type w28YMName struct {
	last, first, middle, firstL, lastL string
	female                             bool
}

var w28YMNames = map[string][]w28YMName{
	"RU": {{"Петров", "Иван", "Сергеевич", "ivan", "petrov", false}, {"Смирнова", "Ольга", "Викторовна", "olga", "smirnova", true},
		{"Кузнецов", "Дмитрий", "Александрович", "dmitry", "kuznetsov", false}, {"Соколова", "Татьяна", "Игоревна", "tatiana", "sokolova", true},
		{"Волков", "Алексей", "Павлович", "alexey", "volkov", false}, {"Морозова", "Анна", "Дмитриевна", "anna", "morozova", true},
		{"Гарипов", "Рустам", "Ильдарович", "rustam", "garipov", false}},
	"BY": {{"Ковалёв", "Александр", "Николаевич", "aliaksandr", "kavaliou", false}, {"Новик", "Ольга", "Сергеевна", "volha", "novik", true},
		{"Климович", "Екатерина", "Андреевна", "katsiaryna", "klimovich", true}, {"Шевчук", "Сергей", "Владимирович", "siarhei", "shauchuk", false}},
	"KZ": {{"Сулейменов", "Нурлан", "Ерланович", "nurlan", "suleimenov", false}, {"Ахметова", "Айгерим", "Болатовна", "aigerim", "akhmetova", true},
		{"Жумабаев", "Данияр", "Маратович", "daniyar", "zhumabaev", false}, {"Касымова", "Динара", "Серикқызы", "dinara", "kassymova", true},
		{"Ким", "Виктория", "Олеговна", "viktoriya", "kim", true}},
	"UZ": {{"Каримов", "Азиз", "Рустамович", "aziz", "karimov", false}, {"Юсупова", "Дилноза", "Шавкатовна", "dilnoza", "yusupova", true},
		{"Abdullayev", "Jasur", "Baxtiyor o'g'li", "jasur", "abdullayev", false}, {"Ergasheva", "Malika", "Akmal qizi", "malika", "ergasheva", true}},
}

// w28YMRegion is a node of Yandex's region tree.
type w28YMRegion struct {
	id         int
	name, kind string
}

// w28YMPlace is a delivery address and its region tree (city first).
type w28YMPlace struct {
	city, street, house, block, post string
	lat, lon                         float64
	tree                             []w28YMRegion
}

var w28YMPlaces = map[string][]w28YMPlace{
	"RU": {
		{"Москва", "улица Тверская", "12", "стр. 2", "125009", 55.7644, 37.6055, []w28YMRegion{{213, "Москва", "CITY"}, {1, "Москва и Московская область", "SUBJECT_FEDERATION"}, {3, "Центральный федеральный округ", "COUNTRY_DISTRICT"}, {225, "Россия", "COUNTRY"}}},
		{"Казань", "улица Баумана", "58", "", "420111", 55.7887, 49.1221, []w28YMRegion{{43, "Казань", "CITY"}, {11119, "Республика Татарстан", "SUBJECT_FEDERATION"}, {40, "Приволжский федеральный округ", "COUNTRY_DISTRICT"}, {225, "Россия", "COUNTRY"}}},
		{"Новосибирск", "Красный проспект", "25", "", "630099", 55.0302, 82.9204, []w28YMRegion{{65, "Новосибирск", "CITY"}, {11316, "Новосибирская область", "SUBJECT_FEDERATION"}, {59, "Сибирский федеральный округ", "COUNTRY_DISTRICT"}, {225, "Россия", "COUNTRY"}}},
		{"Санкт-Петербург", "Невский проспект", "88", "", "191025", 59.9326, 30.3498, []w28YMRegion{{2, "Санкт-Петербург", "CITY"}, {10174, "Санкт-Петербург и Ленинградская область", "SUBJECT_FEDERATION"}, {17, "Северо-Западный федеральный округ", "COUNTRY_DISTRICT"}, {225, "Россия", "COUNTRY"}}},
		{"Химки", "улица Московская", "21", "корп. 1", "141400", 55.8892, 37.4449, []w28YMRegion{{10758, "Химки", "CITY"}, {1, "Москва и Московская область", "SUBJECT_FEDERATION"}, {3, "Центральный федеральный округ", "COUNTRY_DISTRICT"}, {225, "Россия", "COUNTRY"}}},
	},
	"BY": {
		{"Минск", "проспект Независимости", "95", "корп. 2", "220043", 53.9279, 27.6280, []w28YMRegion{{157, "Минск", "CITY"}, {29630, "Минская область", "SUBJECT_FEDERATION"}, {149, "Беларусь", "COUNTRY"}}},
		{"Гомель", "улица Советская", "41", "", "246050", 52.4345, 30.9754, []w28YMRegion{{155, "Гомель", "CITY"}, {29631, "Гомельская область", "SUBJECT_FEDERATION"}, {149, "Беларусь", "COUNTRY"}}},
	},
	"KZ": {
		{"Алматы", "проспект Достык", "105", "", "050051", 43.2330, 76.9570, []w28YMRegion{{162, "Алматы", "CITY"}, {159, "Казахстан", "COUNTRY"}}},
		{"Астана", "улица Кенесары", "40", "", "010000", 51.1694, 71.4491, []w28YMRegion{{163, "Астана", "CITY"}, {159, "Казахстан", "COUNTRY"}}},
	},
	"UZ": {
		{"Ташкент", "улица Амира Темура", "108", "", "100084", 41.3385, 69.2848, []w28YMRegion{{10335, "Ташкент", "CITY"}, {171, "Узбекистан", "COUNTRY"}}},
		{"Ташкент", "Chilonzor tumani, Bunyodkor shoh ko'chasi", "45", "", "100115", 41.2856, 69.2034, []w28YMRegion{{10335, "Ташкент", "CITY"}, {171, "Узбекистан", "COUNTRY"}}},
	},
}

// w28YMShop is a seller on Yandex Market: its name, what it sells
// (price in roubles) and what buying there tells of the buyer. Goods of
// an adult shop tell of the buyer's sex life, which the corpus files
// under sexual_orientation (Art. 9 GDPR: "sex life or sexual
// orientation").
type w28YMShop struct {
	name, cat string
	items     []w28Item
	notes     []bioLine
}

var w28YMShops = []w28YMShop{
	{"ТехноДом", "", []w28Item{{"Смартфон Xiaomi Redmi Note 13 8/256 ГБ", 19990, ""}, {"Наушники Sony WH-1000XM5", 32990, ""}, {"Робот-пылесос Dreame D10 Plus", 24990, ""}, {"Чайник электрический Tefal KI700", 4590, ""}},
		[]bioLine{{"", "Позвоните за час до доставки"}, {"", "Домофон не работает, наберите по телефону"}, {"", "Оставьте у двери"}}},
	{"Детский мир у дома", "", []w28Item{{"Конструктор LEGO City Полицейский участок", 8990, ""}, {"Подгузники Pampers Premium Care 4, 82 шт", 2890, ""}, {"Рюкзак школьный Grizzly", 4290, ""}},
		[]bioLine{{"", "Подарок на день рождения, не вскрывать"}, {"", "Доставка после 18:00"}}},
	{"Аптека Здоровье+", "health", []w28Item{{"Глюкометр Contour Plus + 50 тест-полосок", 1890, "health"}, {"Тест на беременность Frautest Express, 2 шт", 290, "health"}, {"Нурофен Экспресс, 200 мг, 20 капсул", 389, "health"}, {"Тонометр Omron M2 Basic", 3290, "health"}, {"Детралекс, 1000 мг, 30 таблеток", 2190, "health"}},
		[]bioLine{{"health", "Для мамы после инсульта, нужно срочно"}, {"health", "Принимаю по назначению врача, нужен чек"}, {"", "Позвоните перед доставкой"}}},
	{"Церковная лавка Благовест", "religion", []w28Item{{"Икона Казанской Божией Матери, 20×25 см", 3490, "religion"}, {"Молитвослов православный, крупный шрифт", 590, "religion"}, {"Свечи восковые церковные, 50 шт", 790, "religion"}, {"Крестик серебряный нательный", 2290, "religion"}},
		[]bioLine{{"religion", "Нужно до Пасхи, подарок крестнику к крещению"}, {"", "Доставить в рабочее время"}}},
	{"Намаз Shop", "religion", []w28Item{{"Коврик для намаза с компасом", 1490, "religion"}, {"Коран с переводом смыслов на русский язык", 1290, "religion"}, {"Чётки тасбих, 99 бусин", 690, "religion"}},
		[]bioLine{{"religion", "Хочу успеть к началу Рамадана"}, {"", "Позвоните заранее"}}},
	{"Интим-бутик Амур", "sexual_orientation", []w28Item{{"Вибратор Satisfyer Pro 2", 4990, "sexual_orientation"}, {"Лубрикант Durex Play Classic, 100 мл", 690, "sexual_orientation"}, {"Презервативы Durex Invisible, 12 шт", 990, "sexual_orientation"}, {"Эротический комплект белья, размер M", 2490, "sexual_orientation"}},
		[]bioLine{{"", "Упакуйте, пожалуйста, без надписей"}, {"", "Не звоните, пишите в чат"}}},
}

// w28YMMarket is a Yandex Market country: currency, region and the
// country's name as the order's address writes it.
var w28YMMarket = map[string]struct{ currency, country string }{
	"RU": {"RUR", "Россия"}, "BY": {"BYN", "Беларусь"}, "KZ": {"KZT", "Казахстан"}, "UZ": {"UZS", "Узбекистан"},
}

// w28YMRate converts roubles to the country's currency.
var w28YMRate = map[string]float64{"RU": 1, "BY": 0.035, "KZ": 5.6, "UZ": 140}

func (g *gen) w28YMDate(t time.Time) string { return t.Format("02-01-2006 15:04:05") }

func yandexMarketOrder(g *gen) *node {
	cc := pick(g.r, []string{"RU", "RU", "RU", "RU", "RU", "BY", "BY", "KZ", "KZ", "UZ"})
	g.w28Redraw(cc)
	p := g.p
	g.w28Age(18, 72)
	nm := pick(g.r, w28YMNames[cc])
	g.w28SetName(w28Name{nm.first, nm.last, nm.firstL, nm.lastL, nm.female}, []string{"yandex.ru", "yandex.ru", "mail.ru", "gmail.com", p.c.domain})
	if p.phoneCC != cc && g.r.IntN(3) != 0 {
		g.w28SetPhone(cc)
	}
	mk := w28YMMarket[cc]
	rate := w28YMRate[cc]
	money := func(rub int) float64 {
		v := float64(rub) * rate
		if cc == "BY" {
			return float64(int(v*100)) / 100
		}
		return float64(int(v))
	}
	// round writes a sum as the API does, to the kopeck.
	round := func(v float64) float64 { return float64(int64(v*100+0.5)) / 100 }
	shop := pick(g.r, w28YMShops)
	if shop.cat != "" && g.r.IntN(2) == 0 {
		shop = pick(g.r, w28YMShops)
	}
	campaignID := 20000000 + g.r.IntN(80000000)
	orderID := int64(40000000000 + g.r.Int64N(9000000000))
	buyerID := g.hex(16)
	pl := pick(g.r, w28YMPlaces[cc])
	pickup := g.r.IntN(4) == 0
	created := g.t.Add(-time.Duration(600+g.r.IntN(2*86400)) * time.Second)
	loc := g.w28Zone(p.tz)
	status := pick(g.r, []string{"PROCESSING", "PROCESSING", "PROCESSING", "PROCESSING", "DELIVERY", "PICKUP", "DELIVERED", "CANCELLED", "CANCELLED"})
	var sub string
	switch status {
	case "PROCESSING":
		sub = pick(g.r, []string{"STARTED", "READY_TO_SHIP", "SHIPPED"})
	case "DELIVERY":
		sub = "DELIVERY_SERVICE_RECEIVED"
	case "PICKUP":
		sub = "PICKUP_SERVICE_RECEIVED"
		pickup = true
	case "DELIVERED":
		sub = "DELIVERY_SERVICE_DELIVERED"
	default:
		sub = pick(g.r, []string{"USER_CHANGED_MIND", "SHOP_FAILED", "USER_UNREACHABLE", "DELIVERY_SERVICE_UNDELIVERED"})
	}
	// The items.
	var items []*node
	itemsTotal, subsidyTotal := 0.0, 0.0
	for i := range 1 + g.r.IntN(3) {
		it := g.w28Special(shop.items, 1)
		count := 1
		if it.price < 1500 && g.r.IntN(3) == 0 {
			count = 2 + g.r.IntN(2)
		}
		price := money(it.price)
		before := money(it.price * (100 + 10*g.r.IntN(3)) / 100)
		sub := 0.0
		if g.r.IntN(3) == 0 {
			sub = money(it.price / 10)
		}
		cashback := float64(int(price*0.05)) * float64(g.r.IntN(2))
		subs := A()
		if sub > 0 {
			subs.arr = append(subs.arr, O("type", N("SUBSIDY"), "amount", N(round(sub*float64(count)))))
		}
		if cashback > 0 {
			subs.arr = append(subs.arr, O("type", N("YANDEX_CASHBACK"), "amount", N(cashback*float64(count))))
		}
		itemsTotal += price * float64(count)
		subsidyTotal += sub * float64(count)
		offer := strings.ToUpper(g.b62(3)) + "-" + fmt.Sprint(1000+g.r.IntN(9000))
		items = append(items, O("id", N(int64(100000000+g.r.IntN(900000000)+i)), "offerId", N(offer), "offerName", w28Text(it.name, it.cat),
			"price", N(round(price+sub)), "buyerPrice", N(price), "buyerPriceBeforeDiscount", N(before), "priceBeforeDiscount", N(before),
			"count", N(count), "vat", N(map[string]string{"RU": "VAT_20", "BY": "VAT_20", "KZ": "VAT_12", "UZ": "VAT_12"}[cc]),
			"shopSku", N(offer), "subsidy", N(sub), "partnerWarehouseId", N("ym-wh-"+fmt.Sprint(1+g.r.IntN(9))),
			"promos", A(), "subsidies", subs))
	}
	deliveryPrice := money(pick(g.r, []int{0, 0, 99, 199, 249}))
	if pickup {
		deliveryPrice = 0
	}

	// The delivery: to the buyer's door, or to a pickup point whose
	// address is the point's, not the buyer's.
	day := g.t.In(loc).AddDate(0, 0, 1+g.r.IntN(4))
	region := func(personal bool) *node {
		var r *node
		for i := len(pl.tree) - 1; i >= 0; i-- {
			x := pl.tree[i]
			var name *node
			switch {
			case !personal:
				name = N(x.name)
			case x.kind == "COUNTRY":
				name = g.residence(x.name)
			case x.kind == "CITY":
				name = g.addr(x.name)
			default:
				name = g.addrN(x.name)
			}
			if name == nil {
				name = N(x.name)
			}
			n := O("id", N(x.id), "name", name, "type", N(x.kind))
			if r != nil {
				n.set("parent", r)
			}
			r = n
		}
		return r
	}
	delivery := func() *node {
		atDoor := !pickup && p.showResidence
		d := O("id", N(fmt.Sprint(g.r.IntN(900000000))), "type", N(map[bool]string{true: "PICKUP", false: "DELIVERY"}[pickup || !atDoor && g.r.IntN(2) == 0]),
			"serviceName", N(pick(g.r, []string{"Доставка Яндекс Маркета", "Собственная служба", "Яндекс Доставка"})), "price", N(deliveryPrice),
			"deliveryPartnerType", N(pick(g.r, []string{"YANDEX_MARKET", "YANDEX_MARKET", "SHOP"})),
			"dates", O("fromDate", N(day.Format("02-01-2006")), "toDate", N(day.Format("02-01-2006")), "fromTime", N("10:00"), "toTime", N("18:00")),
			"region", region(atDoor))
		if atDoor {
			a := O("country", g.residence(mk.country), "postcode", g.addr(pl.post), "city", g.addr(pl.city), "street", g.addr(pl.street), "house", g.addr(pl.house))
			if pl.block != "" {
				a.set("block", g.addr(pl.block))
			}
			a.set("entrance", P(fmt.Sprint(1+g.r.IntN(8))))
			if g.r.IntN(2) == 0 {
				a.set("entryphone", P(fmt.Sprint(10+g.r.IntN(300))+"К"+pattern(g.r, "####")))
			}
			a.set("floor", P(fmt.Sprint(1+g.r.IntN(20))))
			a.set("apartment", P(fmt.Sprint(1+g.r.IntN(300))))
			if g.r.IntN(3) == 0 {
				a.set("recipient", P(nm.last+" "+nm.first+" "+nm.middle))
				if ph := g.phone(g.e164()); ph != nil {
					a.set("phone", ph)
				}
			}
			if g.r.IntN(2) == 0 {
				a.set("gps", O("latitude", P(float64(int64((pl.lat+(g.r.Float64()-0.5)*0.02)*1e6))/1e6), "longitude", P(float64(int64((pl.lon+(g.r.Float64()-0.5)*0.02)*1e6))/1e6)))
			}
			d.set("address", a)
			d.set("liftType", N(pick(g.r, []string{"NOT_NEEDED", "MANUAL", "ELEVATOR"})))
		} else {
			d.set("outletCode", N(pick(g.r, []string{"ПВЗ-", "ymp-", "PVZ"})+pattern(g.r, "#####")))
			d.set("dispatchType", N("MARKET_BRANDED_OUTLET"))
		}
		d.set("deliveryServiceId", N(pick(g.r, []int{1005471, 99, 1006360})))
		ship := O("id", N(int64(80000000+g.r.IntN(9000000))), "shipmentDate", N(day.AddDate(0, 0, -1).Format("02-01-2006")), "tracks", A(),
			"boxes", A(O("id", N(int64(300000000+g.r.IntN(9000000))), "fulfilmentId", N(fmt.Sprint(orderID)+"-1"))))
		d.set("shipments", A(ship))
		d.set("estimated", N(false))
		return d
	}
	buyerType := "PERSON"
	if shop.cat == "" && g.r.IntN(10) == 0 {
		buyerType = "BUSINESS"
	}
	buyer := func(withPhone bool) *node {
		b := O("id", P(buyerID), "lastName", P(nm.last), "firstName", P(nm.first))
		if nm.middle != "" && g.r.IntN(4) != 0 {
			b.set("middleName", P(nm.middle))
		}
		b.set("type", N(buyerType))
		if withPhone {
			if ph := g.phone(g.e164()); ph != nil {
				b.set("phone", ph)
			}
			b.set("trusted", N(g.r.IntN(4) != 0))
		}
		return b
	}
	var note bioLine
	hasNote := g.r.IntN(3) == 0
	if hasNote {
		note = g.w28Note(shop.notes, 2)
	}
	order := func() *node {
		o := O("id", N(orderID), "status", N(status), "substatus", N(sub), "creationDate", N(g.w28YMDate(created.In(loc))),
			"updatedAt", N(g.w28YMDate(g.t.In(loc))), "currency", N(mk.currency), "itemsTotal", N(round(itemsTotal+subsidyTotal)),
			"deliveryTotal", N(deliveryPrice), "buyerItemsTotal", N(round(itemsTotal)), "buyerTotal", N(round(itemsTotal+deliveryPrice)),
			"buyerItemsTotalBeforeDiscount", N(round(itemsTotal+subsidyTotal)), "buyerTotalBeforeDiscount", N(round(itemsTotal+subsidyTotal+deliveryPrice)),
			"paymentType", N(pick(g.r, []string{"PREPAID", "PREPAID", "POSTPAID"})), "paymentMethod", N(pick(g.r, []string{"YANDEX", "YANDEX", "SBP", "CARD_ON_DELIVERY", "CASH_ON_DELIVERY"})),
			"fake", N(false), "items", A(items...), "delivery", delivery(), "buyer", buyer(false))
		if hasNote {
			o.set("notes", w28Text(note.text, note.cat))
		}
		o.set("taxSystem", N(pick(g.r, []string{"OSN", "USN", "USN_MINUS_COST"})))
		if status == "CANCELLED" {
			o.set("cancelRequested", N(false))
		}
		return o
	}

	apiKey := "ACMA:" + g.b62(40) + ":" + g.hex(8)
	const api = "https://api.partner.market.yandex.ru"
	headers := func() *node {
		h := O("Api-Key", C(apiKey), "Accept", N("application/json"))
		if g.r.IntN(4) == 0 {
			h = O("Authorization", C("Bearer y0_"+g.b62(56)), "Accept", N("application/json"))
		}
		return h
	}
	getOrder := func() *node {
		return O("request", O("method", N("GET"), "url", N(fmt.Sprintf("%s/v2/campaigns/%d/orders/%d", api, campaignID, orderID)), "headers", headers()),
			"response", O("status", N(200), "body", O("order", order())))
	}
	getBuyer := func() *node {
		return O("request", O("method", N("GET"), "url", N(fmt.Sprintf("%s/v2/campaigns/%d/orders/%d/buyer", api, campaignID, orderID)), "headers", headers()),
			"response", O("status", N(200), "body", O("status", N("OK"), "result", buyer(true))))
	}
	// The notification Yandex Market sends the seller's URL.
	notification := func() *node {
		n := O("notificationType", N(pick(g.r, []string{"ORDER_STATUS_UPDATED", "ORDER_STATUS_UPDATED", "ORDER_CREATED", "ORDER_CANCELLED"})),
			"campaignId", N(campaignID), "orderId", N(orderID))
		switch n.obj[0].val.raw {
		case "ORDER_CREATED":
			var its []*node
			for _, it := range items {
				var offer, count string
				for _, m := range it.obj {
					switch m.key {
					case "offerId":
						offer = m.val.raw
					case "count":
						count = m.val.raw
					}
				}
				its = append(its, O("offerId", N(offer), "count", N(json.Number(count))))
			}
			n.set("createdAt", N(created.UTC().Format(time.RFC3339)))
			n.set("items", A(its...))
		default:
			n.set("status", N(status))
			n.set("substatus", N(sub))
			n.set("updatedAt", N(g.t.UTC().Format(time.RFC3339)))
		}
		return O("received_at", g.w28Stamp(time.Duration(300+g.r.IntN(2000))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/yandex-market/notification", "/api/ym/notify", "/integrations/market/webhook"})),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("Yandex.Market Partner API")), "body", n)
	}
	switch mode := g.r.IntN(10); {
	case mode < 3:
		return getOrder()
	case mode < 5:
		// Notified, then fetched.
		return O("notification", notification(), "get_order", getOrder())
	case mode < 6:
		return O("notification", notification())
	case mode < 8:
		return O("get_order", getOrder(), "get_buyer", getBuyer())
	case mode < 9:
		// The legacy push of the whole order, with the token the seller
		// set for Yandex Market to authorise with.
		return O("received_at", g.w28Stamp(time.Second), "method", N("POST"), "path", N("/order/status"),
			"headers", O("Content-Type", N("application/json; charset=utf-8"), "Authorization", C(strings.ToUpper(g.hex(8))+"-"+g.hex(24))),
			"body", O("order", order()))
	}
	// The shop system's log line, the order as a JSON string.
	o := order()
	o.set("buyer", buyer(g.r.IntN(2) == 0))
	sh := w28Text(shop.name, shop.cat)
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("INFO"), "logger", N("market.sync"), "shop", sh,
		"message", N("order imported"), "campaign_id", N(campaignID), "order_id", N(orderID), "payload", w28JSON(o))
}
