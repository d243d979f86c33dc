package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// --------------------------------------------- GA4 BigQuery export rows

// A GA4 row's date, times (event_timestamp, event_previous_timestamp,
// user_first_touch_timestamp, set_timestamp_micros), event name and
// bundle, stream and platform, privacy flags, the device's category,
// brand, model, operating system and browser, the app's id and version,
// the traffic source and campaign, the e-commerce totals, transaction id
// and items, and the standard parameters (page_location without the
// e-mail, page_title, page_referrer, ga_session_number,
// engagement_time_msec, method, currency, value, form ids) are
// non-personal; so are the geo's continent, sub-continent, region and
// metro, and the membership tier and sign-up method a site sets as user
// properties. The user_id, user_pseudo_id (the web client id or the app
// instance id), ga_session_id, the vendor and advertising ids, the gclid,
// the user's lifetime revenue, the geo city, and what developers send
// by mistake (an e-mail address, a phone number, a birth year, a birth
// date, an age, a gender, an age group, a national id, a page URL with
// the e-mail) are personal; a form's answer about symptoms or a condition
// is sensitive (health), a password a credential. The geo country is
// weak evidence (the IP address's), so are device.language and a
// time-zone user property; a country user property the site copies from
// the profile is the residence.

var w36GACountries = []string{"US", "US", "CA", "MX", "BR", "AR", "CO", "CL", "PE", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "CZ", "SE", "NO", "DK",
	"FI", "GR", "TR", "IL", "AE", "SA", "EG", "MA", "NG", "KE", "ZA", "IN", "PK", "BD", "ID", "VN", "TH", "MY", "PH", "SG", "JP", "KR", "TW", "HK", "AU", "NZ"}

// w36GASite is a web site or app that exports its GA4 data to BigQuery.
type w36GASite struct {
	host, appID, kind string
	app               bool
}

var w36GASites = []w36GASite{{"www.urbanthreads.example", "", "shop", false}, {"book.smileclinic.example", "", "clinic", false}, {"app.ledgerly.example", "com.ledgerly.app", "fintech", true},
	{"", "com.pixelpals.kidsgame", "kids", true}, {"www.dailyherald.example", "", "news", false}, {"www.fitbox.example", "com.fitbox.app", "fitness", true}}

// w36Continent is GA4's continent and sub-continent of a country.
func w36Continent(cc string) (string, string) {
	switch cc {
	case "US", "CA":
		return "Americas", "Northern America"
	case "MX":
		return "Americas", "Central America"
	case "BR", "AR", "CO", "CL", "PE", "UY":
		return "Americas", "South America"
	case "GB", "IE", "SE", "NO", "DK", "FI", "EE", "LV", "LT":
		return "Europe", "Northern Europe"
	case "DE", "AT", "CH", "FR", "BE", "NL", "LU":
		return "Europe", "Western Europe"
	case "ES", "PT", "IT", "GR":
		return "Europe", "Southern Europe"
	case "PL", "CZ", "HU", "RO", "BG", "UA", "RU":
		return "Europe", "Eastern Europe"
	case "TR", "IL", "AE", "SA":
		return "Asia", "Western Asia"
	case "EG", "MA":
		return "Africa", "Northern Africa"
	case "NG", "GH":
		return "Africa", "Western Africa"
	case "KE", "ET", "UG":
		return "Africa", "Eastern Africa"
	case "ZA":
		return "Africa", "Southern Africa"
	case "IN", "PK", "BD":
		return "Asia", "Southern Asia"
	case "ID", "VN", "TH", "MY", "PH", "SG":
		return "Asia", "Southeast Asia"
	case "JP", "KR", "TW", "HK", "CN":
		return "Asia", "Eastern Asia"
	case "AU", "NZ":
		return "Oceania", "Australasia"
	}
	return "(not set)", "(not set)"
}

func ga4BigQueryRow(g *gen) *node {
	cc := pick(g.r, w36GACountries)
	g.w34Redraw(cc)
	site := pick(g.r, w36GASites)
	switch {
	case site.kind == "kids":
		g.w34Age(7, 15)
	case site.kind == "fintech" || site.kind == "clinic":
		g.w34Age(18, 75)
	default:
		g.w34Age(15, 75)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	intStr := g.r.IntN(2) == 0 // the console's and tabledata's JSON write INT64 as strings
	withNulls := g.r.IntN(3) != 0
	intLeaf := func(v int64, mk func(any) *node) *node {
		if intStr {
			return mk(fmt.Sprint(v))
		}
		return mk(v)
	}
	// param is one {key, value{...}} entry whose typed value is v.
	param := func(key, typ string, v *node, extra ...any) *node {
		val := O()
		for _, t := range []string{"string_value", "int_value", "float_value", "double_value"} {
			if t == typ {
				val.set(t, v)
			} else if withNulls {
				val.set(t, N(nil))
			}
		}
		for i := 0; i+1 < len(extra); i += 2 {
			val.set(extra[i].(string), extra[i+1].(*node))
		}
		return O("key", N(key), "value", val)
	}
	platform := "WEB"
	if site.app {
		platform = pick(g.r, []string{"ANDROID", "IOS"})
		if site.host != "" && g.r.IntN(3) == 0 {
			platform = "WEB"
		}
	}
	web := platform == "WEB"
	host := site.host
	if host == "" {
		host = "pixelpals.example"
	}
	events := []string{"sign_up", "login", "page_view", "generate_lead"}
	switch site.kind {
	case "shop", "fintech", "fitness":
		events = append(events, "purchase", "purchase")
	case "kids":
		events = []string{"sign_up", "login", "first_open", "level_complete"}
	case "clinic":
		events = []string{"generate_lead", "generate_lead", "page_view", "sign_up"}
	}
	ev := pick(g.r, events)
	if !web && ev == "page_view" {
		ev = "screen_view"
	}
	anon := ev == "page_view" && g.r.IntN(2) == 0 || ev == "first_open"
	userID := pick(g.r, []string{fmt.Sprint(100000 + g.r.IntN(90000000)), "u_" + g.b62(12), g.uuid()})
	pseudo := fmt.Sprintf("%d.%d", 100000000+g.r.IntN(1900000000), g.w36Ago(2000).Unix())
	if !web {
		pseudo = strings.ToUpper(g.hex(32))
		if platform == "ANDROID" {
			pseudo = g.hex(32)
		}
	}
	sessionStart := g.t.Add(-time.Duration(30+g.r.IntN(1500)) * time.Second)
	first, last := g.w34Names(g.r.IntN(2) == 0)

	params := A()
	add := func(n *node) { params.arr = append(params.arr, n) }
	if web {
		loc := N("https://" + host + pick(g.r, []string{"/", "/account/register", "/signup?ref=nav", "/checkout/complete", "/book-appointment"}))
		if g.r.IntN(6) == 0 { // the confirmation page's query string
			loc = P("https://" + host + "/account/confirm?email=" + w35Q(p.email) + "&utm_source=newsletter")
		}
		add(param("page_location", "string_value", loc))
		add(param("page_title", "string_value", N(pick(g.r, []string{"Create account", "Welcome", "Order confirmed", "Book an appointment", "Home"}))))
		if g.r.IntN(2) == 0 {
			add(param("page_referrer", "string_value", N(pick(g.r, []string{"https://www.google.com/", "https://" + host + "/", "https://l.facebook.com/"}))))
		}
		add(param("session_engaged", "string_value", N("1")))
	} else {
		add(param("firebase_screen_class", "string_value", N(pick(g.r, []string{"MainActivity", "SignUpViewController", "OnboardingFragment", "UnityPlayerActivity"}))))
		add(param("firebase_event_origin", "string_value", N(pick(g.r, []string{"app", "auto"}))))
		add(param("firebase_screen_id", "int_value", intLeaf(-int64(1000000000+g.r.IntN(1000000000))*1000, N)))
	}
	if ev != "first_open" {
		add(param("ga_session_id", "int_value", intLeaf(sessionStart.Unix(), P)))
		add(param("ga_session_number", "int_value", intLeaf(int64(1+g.r.IntN(40)), N)))
		add(param("engagement_time_msec", "int_value", intLeaf(int64(g.r.IntN(60000)), N)))
	}
	switch ev {
	case "sign_up", "login":
		add(param("method", "string_value", N(pick(g.r, []string{"email", "Google", "Apple", "Facebook", "phone"}))))
	case "purchase":
		add(param("transaction_id", "string_value", N(fmt.Sprintf("T-%d", 100000+g.r.IntN(900000)))))
		add(param("currency", "string_value", N(pick(g.r, []string{"USD", "EUR", "GBP", "BRL", "INR", "JPY"}))))
		add(param("value", "double_value", N(float64(500+g.r.IntN(30000))/100)))
	case "generate_lead":
		add(param("form_id", "string_value", N("form_"+g.b62(6))))
		add(param("form_name", "string_value", N(pick(g.r, []string{"contact", "newsletter", "appointment_request", "quote"}))))
		if site.kind == "clinic" { // the form's answers, pushed to the dataLayer whole
			add(param("reason_for_visit", "string_value", S(g.w36Health(), "health")))
			if g.r.IntN(2) == 0 {
				add(param("currently_on_medication", "string_value", S(pick(g.r, []string{"yes", "no"}), "health")))
			}
			add(param("patient_name", "string_value", P(g.w34Full(first, last))))
		}
	case "level_complete":
		add(param("level", "int_value", intLeaf(int64(1+g.r.IntN(60)), N)))
		add(param("score", "int_value", intLeaf(int64(g.r.IntN(100000)), N)))
	}
	// the developers' mistakes
	if !anon && g.r.IntN(3) == 0 {
		add(param(pick(g.r, []string{"email", "user_email", "customer_email"}), "string_value", P(p.email)))
	}
	if !anon && g.r.IntN(4) == 0 {
		if ph := g.phone(g.e164()); ph != nil {
			add(param("phone", "string_value", ph))
		}
	}
	if ev == "sign_up" && g.r.IntN(3) == 0 {
		if site.kind == "kids" || g.r.IntN(2) == 0 {
			add(param("birth_year", "int_value", intLeaf(int64(p.dob.Year()), P)))
		} else {
			add(param("date_of_birth", "string_value", g.dob("2006-01-02")))
		}
	}
	if site.kind == "kids" && (ev == "sign_up" || ev == "first_open" && g.r.IntN(2) == 0) { // the age gate's answer
		add(param("age_gate_dob", "string_value", g.dob(pick(g.r, []string{"2006-01-02", "01/02/2006", "02.01.2006"}))))
	}
	if ev == "sign_up" && g.r.IntN(14) == 0 {
		add(param("password", "string_value", C(g.w35Password())))
	}
	if !web && g.r.IntN(2) == 0 {
		add(param("firebase_conversion", "int_value", intLeaf(1, N)))
	}

	props := A()
	setAt := intLeaf(g.w36Ago(3000).UnixMicro(), N)
	uprop := func(key, typ string, v *node) {
		if v == nil {
			return
		}
		props.arr = append(props.arr, param(key, typ, v, "set_timestamp_micros", w35Same(setAt)))
	}
	if !anon {
		switch site.kind {
		case "shop", "news":
			uprop("membership_tier", "string_value", N(pick(g.r, []string{"free", "silver", "gold", "subscriber"})))
		case "fintech":
			uprop("kyc_level", "string_value", N(pick(g.r, []string{"tier_1", "tier_2", "verified"})))
			if p.idValue != "" && g.r.IntN(5) == 0 {
				uprop(p.idField, "string_value", P(p.idValue))
			}
		case "kids":
			uprop("parental_consent", "string_value", N(pick(g.r, []string{"granted", "pending"})))
			uprop("age", "int_value", intLeaf(int64(g.w34AgeNow()), P))
		case "fitness":
			uprop("plan", "string_value", N(pick(g.r, []string{"trial", "monthly", "annual"})))
			if g.r.IntN(3) == 0 {
				uprop("fitness_goal", "string_value", N(pick(g.r, []string{"lose_weight", "build_muscle", "stay_active"})))
			}
		}
		if g.r.IntN(3) == 0 {
			uprop("user_country", "string_value", g.residence(pick(g.r, []string{cc, w35EnglishName(cc)})))
		}
		if g.r.IntN(4) == 0 {
			uprop("gender", "string_value", P(g.w36Gender("male", "female")))
		}
		if g.r.IntN(4) == 0 && site.kind != "kids" {
			age := g.w34AgeNow()
			band := "65+"
			for _, b := range [][3]int{{13, 17}, {18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}} {
				if age >= b[0] && age <= b[1] {
					band = fmt.Sprintf("%d-%d", b[0], b[1])
				}
			}
			uprop("age_group", "string_value", P(band))
		}
		if g.r.IntN(5) == 0 {
			uprop("timezone", "string_value", g.tz(p.tz))
		}
		uprop("signup_method", "string_value", N(pick(g.r, []string{"email", "google", "apple"})))
	}
	if !web {
		uprop("first_open_time", "int_value", intLeaf(g.w36Ago(3000).Truncate(time.Hour).UnixMilli(), N))
	}

	brand := pick(g.r, [][5]string{{"Apple", "iPhone", "iPhone 15", "iOS", "iOS 17.4.1"}, {"Samsung", "SM-S918B", "Galaxy S23 Ultra", "Android", "Android 14"},
		{"Google", "Pixel 8", "Pixel 8", "Android", "Android 14"}, {"Xiaomi", "23053RN02Y", "Redmi Note 12", "Android", "Android 13"}})
	device := O()
	if web {
		category := pick(g.r, []string{"desktop", "mobile", "tablet"})
		device.set("category", N(category))
		if category == "desktop" {
			device.set("mobile_brand_name", N(pick(g.r, []string{"Apple", "Microsoft", "Google", "(not set)"})))
			device.set("operating_system", N(pick(g.r, []string{"Windows", "Macintosh", "Linux", "Chrome OS"})))
		} else {
			device.set("mobile_brand_name", N(brand[0]))
			device.set("mobile_model_name", N(pick(g.r, []string{brand[0] + " device", "iPhone", "Chrome", "Safari"})))
			device.set("operating_system", N(brand[3]))
		}
		device.set("language", g.w35Loc(strings.ToLower(p.locale), p.locale))
		device.set("is_limited_ad_tracking", N("No"))
		device.set("web_info", O("browser", N(pick(g.r, []string{"Chrome", "Safari", "Edge", "Firefox", "Samsung Internet"})), "browser_version", N(pick(g.r, []string{"124.0.6367.207", "17.4", "125.0"})), "hostname", N(host)))
	} else {
		if platform == "IOS" {
			brand = [5]string{"Apple", "iPhone15,2", "iPhone 14 Pro", "iOS", "iOS 17.4.1"}
		} else if brand[0] == "Apple" {
			brand = [5]string{"Samsung", "SM-A546B", "Galaxy A54 5G", "Android", "Android 14"}
		}
		device.set("category", N("mobile"))
		device.set("mobile_brand_name", N(brand[0]))
		device.set("mobile_model_name", N(brand[2]))
		device.set("mobile_marketing_name", N(brand[2]))
		device.set("mobile_os_hardware_model", N(brand[1]))
		device.set("operating_system", N(brand[3]))
		device.set("operating_system_version", N(brand[4]))
		if platform == "IOS" {
			device.set("vendor_id", P(strings.ToUpper(g.uuid())))
		}
		limited := g.r.IntN(3) == 0 || site.kind == "kids"
		if limited {
			device.set("advertising_id", N(nil))
			device.set("is_limited_ad_tracking", N("Yes"))
		} else {
			device.set("advertising_id", P(pick(g.r, []string{g.uuid(), strings.ToUpper(g.uuid())})))
			device.set("is_limited_ad_tracking", N("No"))
		}
		device.set("language", g.w35Loc(strings.ToLower(p.locale), p.locale))
		device.set("time_zone_offset_seconds", intLeaf(int64(pick(g.r, []int{3600, 7200, -18000, 19800, 32400, 0, 10800})), N))
		if withNulls {
			device.set("browser", N(nil))
			device.set("browser_version", N(nil))
		}
	}

	geo := g.w34GeoOf(cc)
	g.w34Weak(geo.cc)
	cont, sub := w36Continent(geo.cc)
	city := N("(not set)")
	if geo.city != "" {
		city = P(geo.city)
	}
	region := geo.region
	if region == "" {
		region = "(not set)"
	}
	geoN := O("city", city, "country", N(w35EnglishName(geo.cc)), "continent", N(cont), "region", N(region), "sub_continent", N(sub), "metro", N("(not set)"))

	row := O("event_date", N(g.t.Format("20060102")), "event_timestamp", intLeaf(g.t.UnixMicro(), N), "event_name", N(ev), "event_params", params)
	if g.r.IntN(2) == 0 {
		row.set("event_previous_timestamp", intLeaf(g.w36Ago(400).UnixMicro(), N))
	} else if withNulls {
		row.set("event_previous_timestamp", N(nil))
	}
	if ev == "purchase" {
		row.set("event_value_in_usd", N(float64(500+g.r.IntN(30000))/100))
	} else if withNulls {
		row.set("event_value_in_usd", N(nil))
	}
	row.set("event_bundle_sequence_id", intLeaf(int64(1+g.r.IntN(5000)), N))
	row.set("event_server_timestamp_offset", intLeaf(int64(g.r.IntN(900000)), N))
	if anon {
		if withNulls {
			row.set("user_id", N(nil))
		}
	} else {
		row.set("user_id", P(userID))
	}
	row.set("user_pseudo_id", P(pseudo))
	row.set("privacy_info", O("analytics_storage", N(pick(g.r, []string{"Yes", "No"})), "ads_storage", N(pick(g.r, []string{"Yes", "No"})), "uses_transient_token", N("No")))
	row.set("user_properties", props)
	row.set("user_first_touch_timestamp", intLeaf(g.w36Ago(3000).UnixMicro(), N))
	if !anon && g.r.IntN(2) == 0 {
		row.set("user_ltv", O("revenue", P(float64(g.r.IntN(50000))/100), "currency", N("USD")))
	}
	row.set("device", device)
	row.set("geo", geoN)
	if !web {
		store := N("com.android.vending")
		if platform == "IOS" {
			store = N("iTunes")
		}
		row.set("app_info", O("id", N(site.appID), "version", N(fmt.Sprintf("%d.%d.%d", 1+g.r.IntN(6), g.r.IntN(20), g.r.IntN(10))), "install_store", store,
			"firebase_app_id", N(fmt.Sprintf("1:%d:%s:%s", 100000000000+g.r.Int64N(800000000000), strings.ToLower(platform), g.hex(16))), "install_source", w35Same(store)))
	} else if withNulls {
		row.set("app_info", N(nil))
	}
	src := pick(g.r, [][3]string{{"(direct)", "(none)", "(direct)"}, {"(organic)", "organic", "google"}, {"spring_sale", "cpc", "google"}, {"(referral)", "referral", "instagram.com"}, {"newsletter_03", "email", "newsletter"}})
	row.set("traffic_source", O("name", N(src[0]), "medium", N(src[1]), "source", N(src[2])))
	if g.r.IntN(2) == 0 {
		cts := O("manual_campaign_name", N(src[0]), "manual_source", N(src[2]), "manual_medium", N(src[1]))
		if src[1] == "cpc" {
			cts.set("gclid", P("Cj0KCQjw"+g.chars(b64Set, 60)))
		}
		row.set("collected_traffic_source", cts)
	}
	row.set("stream_id", N(fmt.Sprint(1000000000+g.r.IntN(9000000000))))
	row.set("platform", N(platform))
	if ev == "purchase" {
		qty := 1 + g.r.IntN(3)
		rev := float64(500+g.r.IntN(30000)) / 100
		row.set("ecommerce", O("total_item_quantity", intLeaf(int64(qty), N), "purchase_revenue_in_usd", N(rev), "purchase_revenue", N(rev), "refund_value_in_usd", N(nil),
			"shipping_value_in_usd", N(4.99), "tax_value_in_usd", N(float64(g.r.IntN(3000))/100), "unique_items", intLeaf(int64(qty), N), "transaction_id", N(fmt.Sprintf("T-%d", 100000+g.r.IntN(900000)))))
		items := A()
		for range qty {
			it := pick(g.r, [][3]string{{"SKU-20391", "Linen shirt", "Apparel"}, {"SKU-88120", "Running shoes", "Footwear"}, {"PLAN-PRO-12", "Pro plan (annual)", "Subscription"}, {"SKU-55102", "Yoga mat", "Equipment"}})
			items.arr = append(items.arr, O("item_id", N(it[0]), "item_name", N(it[1]), "item_brand", N(pick(g.r, []string{"(not set)", "Northwind", "Contoso"})), "item_category", N(it[2]),
				"price_in_usd", N(float64(500+g.r.IntN(20000))/100), "quantity", intLeaf(1, N), "coupon", N(pick(g.r, []string{"(not set)", "WELCOME10"}))))
		}
		row.set("items", items)
	} else {
		if withNulls {
			row.set("ecommerce", N(nil))
		}
		row.set("items", A())
	}
	row.set("is_active_user", N(true))
	if web {
		row.set("batch_event_index", intLeaf(int64(g.r.IntN(5)), N))
		row.set("batch_page_id", intLeaf(g.t.UnixMilli()-int64(g.r.IntN(60000)), N))
		row.set("batch_ordering_id", intLeaf(int64(1+g.r.IntN(30)), N))
	}
	switch g.r.IntN(4) {
	case 0: // a pipeline's message with the table it read
		prop := 100000000 + g.r.IntN(300000000)
		return O("project", N(pick(g.r, []string{"acme-analytics-prod", "dwh-marketing-eu"})), "dataset", N(fmt.Sprintf("analytics_%d", prop)),
			"table", N("events_"+g.t.Format("20060102")), "row", row)
	}
	return row
}
