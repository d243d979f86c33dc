package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// wave3Shapes are a third set of producers, each written from its own
// public documentation before the classifier was scored on it: change
// data capture and event envelopes (Debezium, CloudEvents, Avro's JSON
// encoding), an engagement platform (Amazon Pinpoint), a workplace
// directory (Slack), identity back ends (Clerk, Supabase, SAP Customer
// Data Cloud) and a CRM (Dataverse). Their first figures measure
// producers the classifier had not seen.
var wave3Shapes = []Shape{
	{Name: "debezium_users", Doc: "debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-events (JsonConverter with schemas.enable=true: schema{type, fields[], optional, name} and payload{before, after, source{version, connector, name, ts_ms, snapshot, db, sequence, schema, table, txId, lsn, xmin}, op, ts_ms, transaction}; #postgresql-temporal-types: io.debezium.time.Date as epoch days, MicroTimestamp as epoch microseconds, ZonedTimestamp as ISO 8601 text)", build: debeziumUsers},
	{Name: "cloudevents_signup", Doc: "github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md and formats/json-format.md (structured mode: specversion, id, source, type, subject, time, datacontenttype, dataschema, data; extensions/distributed-tracing.md traceparent, extensions/partitioning.md partitionkey)", build: cloudeventsSignup},
	{Name: "avro_json_user", Doc: "avro.apache.org/docs/1.11.1/specification/#json-encoding (a non-null union value as {\"<branch type>\": value}, a named branch by its full name, null as null, an enum as its symbol; logical types date as int days, timestamp-millis as long) as kafka-avro-console-consumer prints a record", build: avroJSONUser},
	{Name: "aws_pinpoint_endpoint", Doc: "docs.aws.amazon.com/pinpoint/latest/apireference/apps-application-id-endpoints-endpoint-id.html (UpdateEndpoint EndpointRequest: Address, Attributes, ChannelType, Demographic, EffectiveDate, EndpointStatus, Location, Metrics, OptOut, RequestId, User{UserAttributes, UserId}); Location.Country in ISO 3166-1 alpha-3 as docs.aws.amazon.com/pinpoint/latest/developerguide/audience-define-endpoints.html writes it (\"USA\"; the API reference says alpha-2)", build: pinpointEndpoint},
	{Name: "slack_user", Doc: "api.slack.com/methods/users.info (include_locale=true) and api.slack.com/types/user (id, team_id, name, deleted, color, real_name, tz, tz_label, tz_offset, profile{...}, is_admin, is_owner, is_bot, updated, is_email_confirmed, locale)", build: slackUser},
	{Name: "clerk_user_created", Doc: "clerk.com/docs/webhooks/overview (user.created: data is the User object of clerk.com/docs/reference/backend-api User: email_addresses[], phone_numbers[], external_accounts[], *_metadata; event_attributes.http_request, object \"event\", timestamp, type, instance_id)", build: clerkUserCreated},
	{Name: "supabase_auth_user", Doc: "supabase.com/docs/guides/database/webhooks (payload: type, table, schema, record, old_record) on auth.users as supabase.com/docs/guides/auth/managing-user-data and the supabase/auth (GoTrue) migrations define its columns", build: supabaseAuthUser},
	{Name: "gigya_account", Doc: "help.sap.com SAP Customer Data Cloud REST API accounts.getAccountInfo (response: UID, UIDSignature, signatureTimestamp, created*, is*, lastLogin*, loginProvider, oldestDataUpdated*, profile, data, preferences, emails, subscriptions, statusCode, errorCode, statusReason, callId, time) and its Profile object (birthDay/birthMonth/birthYear, phones[{type, number}], languages)", build: gigyaAccount},
	{Name: "dynamics365_contact", Doc: "learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact and webapi/retrieve-entity-using-web-api (@odata.context, @odata.etag, lookup _<name>_value, option sets as ints, annotations with Prefer: odata.include-annotations=\"*\"; custom columns by publisher prefix)", build: dynamicsContact},
}

// orNull is n, or a JSON null where a producer writes every column or
// field whether set or not (database rows, Dataverse records, Avro).
func orNull(n *node) *node {
	if n == nil {
		return N(nil)
	}
	return n
}

// alpha3 is ISO 3166-1 alpha-3 of the corpus's countries.
var alpha3 = map[string]string{
	"RU": "RUS", "KZ": "KAZ", "BY": "BLR", "UA": "UKR", "CN": "CHN", "TW": "TWN", "JP": "JPN", "KR": "KOR", "IN": "IND",
	"ID": "IDN", "VN": "VNM", "TH": "THA", "SA": "SAU", "AE": "ARE", "EG": "EGY", "IL": "ISR", "TR": "TUR", "GR": "GRC",
	"DE": "DEU", "FR": "FRA", "ES": "ESP", "IT": "ITA", "PL": "POL", "NL": "NLD", "SE": "SWE", "PT": "PRT", "AT": "AUT",
	"CZ": "CZE", "RO": "ROU", "BG": "BGR", "HU": "HUN", "GB": "GBR", "CH": "CHE", "US": "USA", "CA": "CAN", "MX": "MEX",
	"BR": "BRA", "AR": "ARG", "AU": "AUS", "NZ": "NZL", "SG": "SGP", "ZA": "ZAF", "NG": "NGA", "KE": "KEN", "RW": "RWA",
	"NO": "NOR", "DK": "DNK", "FI": "FIN", "PH": "PHL", "ET": "ETH", "MA": "MAR", "CL": "CHL", "CO": "COL", "PE": "PER", "UY": "URY",
	"MY": "MYS",
	"BE": "BEL",
	"EE": "EST", "LV": "LVA", "LT": "LTU",
	"BD": "BGD",
	"GH": "GHA", "UG": "UGA", "CM": "CMR", "CI": "CIV", "PK": "PAK",
	"UZ": "UZB",
	"TJ": "TJK", "AM": "ARM",
	"IE": "IRL", "HK": "HKG",
}

// capital is a point near each country's capital or largest city, for
// coordinates that agree with the country they come with.
var capital = map[string][2]float64{
	"RU": {55.8, 37.6}, "KZ": {43.2, 76.9}, "BY": {53.9, 27.6}, "UA": {50.5, 30.5}, "CN": {39.9, 116.4}, "TW": {25.0, 121.6},
	"JP": {35.7, 139.7}, "KR": {37.6, 127.0}, "IN": {19.1, 72.9}, "ID": {-6.2, 106.8}, "VN": {21.0, 105.8}, "TH": {13.8, 100.5},
	"SA": {24.7, 46.7}, "AE": {25.2, 55.3}, "EG": {30.0, 31.2}, "IL": {32.1, 34.8}, "TR": {41.0, 29.0}, "GR": {38.0, 23.7},
	"DE": {52.5, 13.4}, "FR": {48.9, 2.4}, "ES": {40.4, -3.7}, "IT": {41.9, 12.5}, "PL": {52.2, 21.0}, "NL": {52.4, 4.9},
	"SE": {59.3, 18.1}, "PT": {38.7, -9.1}, "AT": {48.2, 16.4}, "CZ": {50.1, 14.4}, "RO": {44.4, 26.1}, "BG": {42.7, 23.3},
	"HU": {47.5, 19.0}, "GB": {51.5, -0.1}, "CH": {47.4, 8.5}, "US": {30.3, -97.7}, "CA": {43.7, -79.4}, "MX": {19.4, -99.1},
	"BR": {-23.6, -46.6}, "AR": {-34.6, -58.4}, "AU": {-33.9, 151.2}, "NZ": {-36.8, 174.8}, "SG": {1.3, 103.8}, "ZA": {-26.2, 28.0},
	"NG": {6.5, 3.4}, "KE": {-1.3, 36.8}, "RW": {-1.9, 30.1},
	"NO": {59.9, 10.75}, "DK": {55.7, 12.6}, "FI": {60.2, 24.9}, "PH": {14.6, 121.0}, "ET": {9.0, 38.8}, "MA": {33.6, -7.6},
	"CL": {-33.4, -70.6}, "CO": {4.7, -74.1}, "PE": {-12.1, -77.0}, "UY": {-34.9, -56.2},
	"MY": {3.1, 101.7},
	"BE": {50.85, 4.35},
	"EE": {59.44, 24.75}, "LV": {56.95, 24.1}, "LT": {54.69, 25.28},
	"BD": {23.8, 90.4},
	"GH": {5.6, -0.2}, "UG": {0.3, 32.6}, "CM": {3.9, 11.5}, "CI": {6.8, -5.3}, "PK": {33.7, 73.1},
	"UZ": {41.3, 69.28},
	"TJ": {38.56, 68.77}, "AM": {40.18, 44.51},
	"IE": {53.35, -6.26}, "HK": {22.3, 114.17},
}

// languageName is the English name of a language, as profile stores that
// keep a list of spoken languages (SAP Customer Data Cloud) write it.
var languageName = map[string]string{
	"ru": "Russian", "kk": "Kazakh", "be": "Belarusian", "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
	"hi": "Hindi", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "ar": "Arabic", "he": "Hebrew", "tr": "Turkish",
	"el": "Greek", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pl": "Polish", "nl": "Dutch",
	"sv": "Swedish", "pt": "Portuguese", "cs": "Czech", "ro": "Romanian", "bg": "Bulgarian", "hu": "Hungarian",
	"en": "English", "sw": "Swahili", "rw": "Kinyarwanda",
}

func debeziumUsers(g *gen) *node {
	p := g.p
	prefix := "pgprod"
	type column struct {
		name, typ, logical string
		optional           bool
		val                *node
	}
	micros := g.t.UnixMicro()
	cols := []column{
		{"id", "int64", "", false, P(int64(100000 + g.r.IntN(900000)))},
		{"email", "string", "", false, P(p.email)},
		{"password_hash", "string", "", false, C(g.bcrypt())},
		{"full_name", "string", "", true, P(p.fullName())},
		{"phone", "string", "", true, orNull(g.phone(""))},
		{"country_code", "string", "", true, orNull(g.residence(p.c.code))},
		{"city", "string", "", true, orNull(g.addr(p.city))},
		{"nationality", "string", "", true, orNull(g.citizenship(p.cit.code))},
		{"date_of_birth", "int32", "io.debezium.time.Date", true, P(g.dobAt().Unix() / 86400)},
		{"locale", "string", "", true, orNull(g.locale(p.locale))},
		{"time_zone", "string", "", true, orNull(g.tz(p.tz))},
		{"bio", "string", "", true, orNull(g.bio())},
		{"marketing_opt_in", "boolean", "", false, N(g.r.IntN(2) == 0)},
		{"created_at", "int64", "io.debezium.time.MicroTimestamp", false, N(micros)},
		{"updated_at", "string", "io.debezium.time.ZonedTimestamp", false, N(g.at(0, "2006-01-02T15:04:05.000000Z"))},
	}
	field := func(name, typ, logical string, optional bool) *node {
		n := O("type", N(typ), "optional", N(optional))
		if logical != "" {
			n.set("name", N(logical)).set("version", N(1))
		}
		return n.set("field", N(name))
	}
	rowSchema := func(which string) *node {
		fs := make([]*node, len(cols))
		for i, c := range cols {
			fs[i] = field(c.name, c.typ, c.logical, c.optional)
		}
		return O("type", N("struct"), "fields", A(fs...), "optional", N(true), "name", N(prefix+".public.users.Value"), "field", N(which))
	}
	row := O()
	for _, c := range cols {
		row.set(c.name, c.val)
	}
	snapshot := O("type", N("string"), "optional", N(true), "name", N("io.debezium.data.Enum"), "version", N(1),
		"parameters", O("allowed", N("true,first,first_in_data_collection,last_in_data_collection,last,false,incremental")),
		"default", N("false"), "field", N("snapshot"))
	source := O("type", N("struct"), "fields", A(
		field("version", "string", "", false), field("connector", "string", "", false), field("name", "string", "", false),
		field("ts_ms", "int64", "", false), snapshot, field("db", "string", "", false), field("sequence", "string", "", true),
		field("ts_us", "int64", "", true), field("ts_ns", "int64", "", true),
		field("schema", "string", "", false), field("table", "string", "", false), field("txId", "int64", "", true),
		field("lsn", "int64", "", true), field("xmin", "int64", "", true),
	), "optional", N(false), "name", N("io.debezium.connector.postgresql.Source"), "field", N("source"))
	block := O("type", N("struct"), "fields", A(
		field("id", "string", "", false), field("total_order", "int64", "", false), field("data_collection_order", "int64", "", false),
	), "optional", N(true), "name", N("event.block"), "version", N(1), "field", N("transaction"))
	schema := O("type", N("struct"), "fields", A(
		rowSchema("before"), rowSchema("after"), source, block,
		field("op", "string", "", false), field("ts_ms", "int64", "", true), field("ts_us", "int64", "", true), field("ts_ns", "int64", "", true),
	), "optional", N(false), "name", N(prefix+".public.users.Envelope"), "version", N(2))
	lsn := int64(20000000 + g.r.IntN(90000000))
	srcMicros := micros - int64(g.r.IntN(400000))
	return O(
		"schema", schema,
		"payload", O(
			"before", N(nil),
			"after", row,
			"source", O(
				"version", N("2.7.3.Final"),
				"connector", N("postgresql"),
				"name", N(prefix),
				"ts_ms", N(srcMicros/1000),
				"snapshot", N("false"),
				"db", N("app"),
				"sequence", N(fmt.Sprintf(`["%d","%d"]`, lsn-int64(g.r.IntN(5000)), lsn)),
				"ts_us", N(srcMicros),
				"ts_ns", N(srcMicros*1000),
				"schema", N("public"),
				"table", N("users"),
				"txId", N(int64(700+g.r.IntN(900000))),
				"lsn", N(lsn),
				"xmin", N(nil),
			),
			"transaction", N(nil),
			"op", N("c"),
			"ts_ms", N(micros/1000+int64(g.r.IntN(900))),
			"ts_us", N(micros+int64(g.r.IntN(900000))),
			"ts_ns", N((micros+int64(g.r.IntN(900000)))*1000),
		),
	)
}

func cloudeventsSignup(g *gen) *node {
	p := g.p
	uid := "usr_" + g.b62(20)
	var addr *node
	if p.showResidence {
		addr = O("line1", g.addr(p.street), "city", g.addr(p.city), "region", g.addrN(p.region), "postalCode", g.addr(p.post), "country", g.residence(p.c.code))
	}
	data := O(
		"userId", P(uid),
		"email", P(p.email),
		"name", O("given", P(p.given), "family", P(p.family), "display", P(p.fullName())),
		"phone", g.phone(g.e164()),
		"birthDate", g.dob("2006-01-02"),
		"address", addr,
		"nationality", g.citizenship(p.cit.code),
		"preferredLocale", g.locale(p.locale),
		"timeZone", g.tz(p.tz),
		"about", g.bio(),
		"signupMethod", N(pick(g.r, []string{"password", "google", "apple"})),
		"consents", O("marketingEmail", N(g.r.IntN(2) == 0), "terms", O("version", N("2025-11"), "acceptedAt", N(g.at(0, time.RFC3339)))),
		"client", O("ip", P(p.ip), "userAgent", g.ua()),
	)
	return O(
		"specversion", N("1.0"),
		"id", N(g.uuid()),
		"source", N("https://accounts.example.com/signup"),
		"type", N("com.example.user.signup"),
		// The subject names the user the event is about.
		"subject", P("users/"+uid),
		"time", N(g.at(0, "2006-01-02T15:04:05.000Z07:00")),
		"datacontenttype", N("application/json"),
		"dataschema", N("https://schemas.example.com/events/user-signup/v2.json"),
		"traceparent", N("00-"+g.hex(32)+"-"+g.hex(16)+"-01"),
		// Partitioned by user, so the key is the user's id.
		"partitionkey", P(uid),
		"data", data,
	)
}

func avroJSONUser(g *gen) *node {
	p := g.p
	// union wraps a value of a nullable field in its branch, or writes null.
	union := func(branch string, n *node) *node {
		if n == nil {
			return N(nil)
		}
		return O(branch, n)
	}
	addr := N(nil)
	if p.showResidence {
		addr = O("com.example.Address", O(
			"street", union("string", g.addr(p.street)),
			"city", union("string", g.addr(p.city)),
			"region", union("string", g.addrN(p.region)),
			"postal_code", union("string", g.addr(p.post)),
			"country_code", g.residence(p.c.code),
		))
	}
	gender := N(nil)
	if g.r.IntN(3) != 0 {
		gender = O("com.example.Gender", P(map[bool]string{true: "FEMALE", false: "MALE"}[p.female]))
	}
	days := N(nil)
	if g.r.IntN(4) != 0 {
		days = O("int", P(g.dobAt().Unix()/86400))
	}
	rec := O(
		"user_id", P(g.uuid()),
		"email", P(p.email),
		"email_verified", N(false),
		"first_name", union("string", P(p.given)),
		"last_name", union("string", P(p.family)),
		"phone", union("string", g.phone(g.e164())),
		"birth_date", days,
		"gender", gender,
		"address", addr,
		"citizenship", union("string", g.citizenship(p.cit.code)),
		"locale", union("string", g.locale(p.locale)),
		"time_zone", union("string", g.tz(p.tz)),
		"bio", union("string", g.bio()),
		"signup_channel", N(pick(g.r, []string{"WEB", "IOS", "ANDROID"})),
		"created_at", N(g.t.UnixMilli()),
		"attributes", union("map", O("utm_source", N("newsletter"), "landing_page", N("/pricing"))),
	)
	if k, v := g.idLeaf(); v != nil {
		rec.set(k, union("string", v))
	}
	return rec
}

func pinpointEndpoint(g *gen) *node {
	p := g.p
	channel, address := "EMAIL", P(p.email)
	if p.showPhone && p.phoneE164 != "" && g.r.IntN(3) != 0 {
		channel, address = "SMS", g.phone(g.e164())
	}
	var loc *node
	if p.showResidence {
		c := capital[p.c.code]
		loc = O(
			"City", g.addr(p.city),
			"Country", g.residence(alpha3[p.c.code]),
			// Rounded to one decimal place, as the API keeps them: still
			// where the person is, to a few kilometres.
			"Latitude", P(c[0]),
			"Longitude", P(c[1]),
			"PostalCode", g.addr(p.post),
			"Region", g.addrN(p.region),
		)
	}
	device := pick(g.r, [][5]string{{"Apple", "iPhone", "15", "ios", "17.4"}, {"samsung", "SM-S911B", "14", "android", "14"}, {"Google", "Pixel 8", "8", "android", "14"}})
	attrs := O(
		"FirstName", A(P(p.given)),
		"LastName", A(P(p.family)),
		"Gender", A(P(g.gender())),
	)
	if g.r.IntN(2) == 0 {
		attrs.set("DateOfBirth", A(g.dob("2006-01-02")))
	}
	attrs.set("Nationality", arr1(g.citizenship(alpha3[p.cit.code])))
	return O(
		"ChannelType", N(channel),
		"Address", address,
		"Attributes", O("SignupSource", A(N("web")), "Interests", A(N("travel"), N("books"))),
		"Demographic", O(
			"AppVersion", N("2.14.0"),
			"Locale", g.locale(strings.ReplaceAll(p.locale, "-", "_")),
			"Make", N(device[0]),
			"Model", N(device[1]),
			"ModelVersion", N(device[2]),
			"Platform", N(device[3]),
			"PlatformVersion", N(device[4]),
			"Timezone", g.tz(p.tz),
		),
		"EffectiveDate", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"EndpointStatus", N("ACTIVE"),
		"Location", loc,
		"Metrics", O("sessions", N(1.0), "purchases", N(0.0)),
		"OptOut", N("NONE"),
		"RequestId", N(g.uuid()),
		"User", O("UserAttributes", attrs, "UserId", P("usr_"+g.b62(16))),
	)
}

// slackZones is the label and standard offset Slack reports for a zone.
var slackZones = map[string]struct {
	label  string
	offset int
}{
	"Europe/Moscow": {"Moscow Standard Time", 10800}, "Asia/Almaty": {"Kazakhstan Time", 18000}, "Europe/Minsk": {"Moscow Standard Time", 10800},
	"Europe/Kyiv": {"Eastern European Standard Time", 7200}, "Asia/Shanghai": {"China Standard Time", 28800}, "Asia/Taipei": {"Taipei Standard Time", 28800},
	"Asia/Tokyo": {"Japan Standard Time", 32400}, "Asia/Seoul": {"Korean Standard Time", 32400}, "Asia/Kolkata": {"India Standard Time", 19800},
	"Asia/Jakarta": {"Western Indonesia Time", 25200}, "Asia/Ho_Chi_Minh": {"Indochina Time", 25200}, "Asia/Bangkok": {"Indochina Time", 25200},
	"Asia/Riyadh": {"Arabian Standard Time", 10800}, "Asia/Dubai": {"Gulf Standard Time", 14400}, "Africa/Cairo": {"Eastern European Standard Time", 7200},
	"Asia/Jerusalem": {"Israel Standard Time", 7200}, "Europe/Istanbul": {"GMT+03:00", 10800}, "Europe/Athens": {"Eastern European Standard Time", 7200},
	"Europe/Berlin": {"Central European Standard Time", 3600}, "Europe/Paris": {"Central European Standard Time", 3600}, "Europe/Madrid": {"Central European Standard Time", 3600},
	"Europe/Rome": {"Central European Standard Time", 3600}, "Europe/Warsaw": {"Central European Standard Time", 3600}, "Europe/Amsterdam": {"Central European Standard Time", 3600},
	"Europe/Stockholm": {"Central European Standard Time", 3600}, "Europe/Lisbon": {"Western European Standard Time", 0}, "Europe/Vienna": {"Central European Standard Time", 3600},
	"Europe/Prague": {"Central European Standard Time", 3600}, "Europe/Bucharest": {"Eastern European Standard Time", 7200}, "Europe/Sofia": {"Eastern European Standard Time", 7200},
	"Europe/Budapest": {"Central European Standard Time", 3600}, "Europe/London": {"Greenwich Mean Time", 0}, "Europe/Zurich": {"Central European Standard Time", 3600},
	"America/Chicago": {"Central Standard Time", -21600}, "America/New_York": {"Eastern Standard Time", -18000}, "America/Toronto": {"Eastern Standard Time", -18000},
	"America/Mexico_City": {"Central Standard Time", -21600}, "America/Sao_Paulo": {"Brasilia Standard Time", -10800}, "America/Argentina/Buenos_Aires": {"Argentina Standard Time", -10800},
	"Australia/Sydney": {"Australian Eastern Standard Time", 36000}, "Pacific/Auckland": {"New Zealand Standard Time", 43200}, "Asia/Singapore": {"Singapore Standard Time", 28800},
	"Africa/Johannesburg": {"South Africa Standard Time", 7200}, "Africa/Lagos": {"West Africa Standard Time", 3600}, "Africa/Nairobi": {"East Africa Time", 10800},
	"Africa/Kigali": {"Central Africa Time", 7200},
}

// latinOnly is s with every character that is not Latin filtered out, as
// Slack writes the *_normalized names.
func latinOnly(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r < 0x80 || unicode.Is(unicode.Latin, r) {
			return r
		}
		return -1
	}, s)), " ")
}

func slackUser(g *gen) *node {
	p := g.p
	// Slack reports every member's time zone (the workspace's when the
	// member set none) and, with include_locale, the locale.
	p.showLocale = true
	id := "U0" + strings.ToUpper(g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 9))
	team := "T0" + strings.ToUpper(g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 9))
	zone := slackZones[p.tz]
	if zone.label == "" {
		zone.label = p.tz
	}
	pic := fmt.Sprintf("https://avatars.slack-edge.com/%s/%d_%s", g.at(0, "2006-01-02"), 1000000000000+g.r.Int64N(8999999999999), g.hex(20))
	str := func(n *node) *node { // Slack writes an unset profile field as ""
		if n == nil {
			return N("")
		}
		return n
	}
	title := N("")
	if g.r.IntN(2) == 0 {
		title = P(pick(g.r, []string{"Product Designer", "Account Executive", "Backend Engineer", "Nurse Practitioner"}))
	}
	status, emoji := N(""), N("")
	if g.r.IntN(3) == 0 {
		// A status the member wrote about themselves.
		status, emoji = P(pick(g.r, []string{"Commuting", "In a meeting", "Working remotely", "On holiday until Monday"})), N(pick(g.r, []string{":bus:", ":spiral_calendar_pad:", ":house_with_garden:", ":palm_tree:"}))
	}
	fields := O()
	if p.showResidence && g.r.IntN(2) == 0 {
		// A custom profile field "Location", keyed by its field id.
		g.residence(g.english())
		fields.set("Xf0"+strings.ToUpper(g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 8)), O("value", P(p.city+", "+g.english()), "alt", N("")))
	}
	display := p.username
	norm := func(s string) *node {
		if v := latinOnly(s); v != "" {
			return P(v)
		}
		return N("")
	}
	profile := O(
		"title", title,
		"phone", str(g.phone("")),
		"skype", N(""),
		"real_name", P(p.fullName()),
		"real_name_normalized", norm(p.fullName()),
		"display_name", P(display),
		"display_name_normalized", norm(display),
		"fields", fields,
		"status_text", status,
		"status_emoji", emoji,
		"status_expiration", N(0),
		"avatar_hash", P(g.hex(12)),
		"email", P(p.email),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"image_24", P(pic+"_24.jpg"),
		"image_32", P(pic+"_32.jpg"),
		"image_48", P(pic+"_48.jpg"),
		"image_72", P(pic+"_72.jpg"),
		"image_192", P(pic+"_192.jpg"),
		"image_512", P(pic+"_512.jpg"),
		"status_text_canonical", N(""),
		"team", N(team),
	)
	return O(
		"ok", N(true),
		"user", O(
			"id", P(id),
			"team_id", N(team),
			"name", P(p.username),
			"deleted", N(false),
			"color", N(g.hex(6)),
			"real_name", P(p.fullName()),
			"tz", g.tz(p.tz),
			"tz_label", N(zone.label),
			"tz_offset", N(zone.offset),
			"profile", profile,
			"is_admin", N(false),
			"is_owner", N(false),
			"is_primary_owner", N(false),
			"is_restricted", N(false),
			"is_ultra_restricted", N(false),
			"is_bot", N(false),
			"is_app_user", N(false),
			"updated", N(g.t.Unix()),
			"is_email_confirmed", N(g.r.IntN(4) != 0),
			"who_can_share_contact_card", N("EVERYONE"),
			"locale", g.locale(p.locale),
		),
	)
}

func clerkUserCreated(g *gen) *node {
	p := g.p
	uid := "user_" + g.b62(27)
	emailID := "idn_" + g.b62(27)
	ms := g.t.UnixMilli()
	verification := func(strategy string) *node {
		return O("status", N("verified"), "strategy", N(strategy), "attempts", N(1), "expire_at", N(ms+600000))
	}
	linked := A()
	ext := A()
	if g.r.IntN(3) == 0 {
		// Signed up with Google: the account is linked to the address.
		extID := "idn_" + g.b62(27)
		linked = A(O("type", N("oauth_google"), "id", P(extID)))
		ext = A(O(
			"object", N("external_account"),
			"id", P("eac_"+g.b62(27)),
			"provider", N("oauth_google"),
			"identification_id", P(extID),
			"provider_user_id", P(fmt.Sprintf("1%020d", g.r.Int64N(1<<62))),
			"approved_scopes", N("email https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile openid profile"),
			"email_address", P(p.email),
			"first_name", P(p.given),
			"last_name", P(p.family),
			"image_url", P("https://lh3.googleusercontent.com/a/"+g.b62(40)+"=s1000-c"),
			"username", N(nil),
			"public_metadata", O(),
			"label", N(nil),
			"verification", O("status", N("verified"), "strategy", N("oauth_google"), "attempts", N(nil), "expire_at", N(ms+600000)),
		))
	}
	emails := A(O(
		"id", P(emailID),
		"object", N("email_address"),
		"email_address", P(p.email),
		"reserved", N(false),
		"verification", verification("email_code"),
		"linked_to", linked,
		"created_at", N(ms),
		"updated_at", N(ms),
	))
	phones, primaryPhone := A(), N(nil)
	if ph := g.phone(g.e164()); ph != nil {
		pid := "idn_" + g.b62(27)
		phones = A(O(
			"id", P(pid),
			"object", N("phone_number"),
			"phone_number", ph,
			"reserved_for_second_factor", N(false),
			"default_second_factor", N(false),
			"reserved", N(false),
			"verification", verification("phone_code"),
			"linked_to", A(),
			"backup_codes", N(nil),
			"created_at", N(ms),
			"updated_at", N(ms),
		))
		primaryPhone = P(pid)
	}
	birthday, gender := N(""), N("")
	if g.r.IntN(2) == 0 {
		birthday = g.dob("2006-01-02")
	}
	if g.r.IntN(2) == 0 {
		gender = P(g.gender())
	}
	username, externalID := N(nil), N(nil)
	if g.r.IntN(2) == 0 {
		username = P(p.username)
	}
	if g.r.IntN(2) == 0 {
		externalID = P(fmt.Sprint(100000 + g.r.IntN(900000)))
	}
	hasImage := len(ext.arr) > 0
	image := "https://img.clerk.com/" + g.chars(b64Set, 96)
	profileImage := N("https://www.gravatar.com/avatar?d=mp")
	if hasImage {
		profileImage = P(image)
	}
	private := O()
	if g.r.IntN(2) == 0 {
		private.set("stripeCustomerId", P("cus_"+g.b62(14)))
	}
	unsafe := O(
		"country", g.residence(p.c.code),
		"nationality", g.citizenship(p.cit.code),
		"preferredLanguage", g.locale(p.locale),
		"marketingOptIn", N(g.r.IntN(2) == 0),
	)
	lastSignIn := N(nil)
	if g.r.IntN(2) == 0 {
		lastSignIn = N(ms)
	}
	return O(
		"data", O(
			"backup_code_enabled", N(false),
			"banned", N(false),
			"birthday", birthday,
			"create_organization_enabled", N(true),
			"created_at", N(ms),
			"delete_self_enabled", N(true),
			"email_addresses", emails,
			"enterprise_accounts", A(),
			"external_accounts", ext,
			"external_id", externalID,
			"first_name", P(p.given),
			"gender", gender,
			"has_image", N(hasImage),
			"id", P(uid),
			"image_url", P(image),
			"last_active_at", N(ms),
			"last_name", P(p.family),
			"last_sign_in_at", lastSignIn,
			"legal_accepted_at", N(nil),
			"locked", N(false),
			"lockout_expires_in_seconds", N(nil),
			"object", N("user"),
			"passkeys", A(),
			"password_enabled", N(len(ext.arr) == 0),
			"phone_numbers", phones,
			"primary_email_address_id", P(emailID),
			"primary_phone_number_id", primaryPhone,
			"primary_web3_wallet_id", N(nil),
			"private_metadata", private,
			"profile_image_url", profileImage,
			"public_metadata", O(),
			"saml_accounts", A(),
			"totp_enabled", N(false),
			"two_factor_enabled", N(false),
			"unsafe_metadata", unsafe,
			"updated_at", N(ms),
			"username", username,
			"verification_attempts_remaining", N(100),
			"web3_wallets", A(),
		),
		"event_attributes", O("http_request", O("client_ip", P(p.ip), "user_agent", g.ua())),
		"instance_id", N("ins_"+g.b62(27)),
		"object", N("event"),
		"timestamp", N(ms),
		"type", N("user.created"),
	)
}

func supabaseAuthUser(g *gen) *node {
	p := g.p
	id := g.uuid()
	// to_jsonb of a timestamptz, as a database webhook sends it.
	ts := func(back time.Duration) *node { return N(g.at(back, "2006-01-02T15:04:05.999999-07:00")) }
	confirmed := g.r.IntN(2) == 0 // the project confirms e-mail addresses on sign-up, or not
	meta := O(
		"sub", P(id),
		"email", P(p.email),
		"full_name", P(p.fullName()),
		"country", g.residence(g.countryName()),
		"preferred_language", g.locale(p.locale),
		"email_verified", N(confirmed),
		"phone_verified", N(false),
	)
	if g.r.IntN(2) == 0 {
		meta.set("date_of_birth", g.dob("2006-01-02"))
	}
	if b := g.bio(); b != nil {
		meta.set("bio", b)
	}
	confirmedAt, sentAt, token, lastSignIn := N(nil), ts(0), C(g.hex(56)), N(nil)
	if confirmed {
		confirmedAt, sentAt, token, lastSignIn = ts(0), N(nil), N(""), ts(0)
	}
	// auth.users keeps the number without its '+'.
	phone := orNull(g.phone(strings.TrimPrefix(g.e164(), "+")))
	return O(
		"type", N("INSERT"),
		"table", N("users"),
		"schema", N("auth"),
		"record", O(
			"instance_id", N("00000000-0000-0000-0000-000000000000"),
			"id", P(id),
			"aud", N("authenticated"),
			"role", N("authenticated"),
			"email", P(p.email),
			"encrypted_password", C("$2a$10$"+g.chars("./"+b62Set, 53)),
			"email_confirmed_at", confirmedAt,
			"invited_at", N(nil),
			"confirmation_token", token,
			"confirmation_sent_at", sentAt,
			"recovery_token", N(""),
			"recovery_sent_at", N(nil),
			"email_change_token_new", N(""),
			"email_change", N(""),
			"email_change_sent_at", N(nil),
			"last_sign_in_at", lastSignIn,
			"raw_app_meta_data", O("provider", N("email"), "providers", A(N("email"))),
			"raw_user_meta_data", meta,
			"is_super_admin", N(nil),
			"created_at", ts(0),
			"updated_at", ts(0),
			"phone", phone,
			"phone_confirmed_at", N(nil),
			"phone_change", N(""),
			"phone_change_token", N(""),
			"phone_change_sent_at", N(nil),
			"confirmed_at", confirmedAt,
			"email_change_token_current", N(""),
			"email_change_confirm_status", N(0),
			"banned_until", N(nil),
			"reauthentication_token", N(""),
			"reauthentication_sent_at", N(nil),
			"is_sso_user", N(false),
			"deleted_at", N(nil),
			"is_anonymous", N(false),
		),
		"old_record", N(nil),
	)
}

func gigyaAccount(g *gen) *node {
	p := g.p
	const layout = "2006-01-02T15:04:05.000Z"
	ms := g.t.UnixMilli()
	now := N(g.at(0, layout))
	verified := g.r.IntN(2) == 0
	var phones *node
	if ph := g.phone(""); ph != nil {
		phones = A(O("type", N("mobile"), "number", ph))
	}
	var languages *node
	if p.showLocale {
		l := languageName[g.lang()]
		if l != "English" && g.r.IntN(2) == 0 {
			l += ", English"
		}
		languages = N(l)
	}
	country := g.english()
	if g.r.IntN(2) == 0 {
		country = p.c.name
	}
	dob := g.dobAt()
	profile := O(
		"email", P(p.email),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"birthDay", P(dob.Day()),
		"birthMonth", P(int(dob.Month())),
		"birthYear", P(dob.Year()),
		"gender", P(map[bool]string{true: "f", false: "m"}[p.female]),
		"address", g.addr(p.street),
		"city", g.addr(p.city),
		"state", g.addrN(p.region),
		"zip", g.addr(p.post),
		"country", g.residence(country),
		"locale", g.locale(strings.ReplaceAll(p.locale, "-", "_")),
		"languages", languages,
		"phones", phones,
		"bio", g.bio(),
	)
	if g.r.IntN(3) == 0 {
		profile.set("photoURL", P("https://cdns.gigya.com/photos/"+g.hex(32)+".jpg"))
	}
	data := O("terms", N(true), "newsletter", N(g.r.IntN(2) == 0), "nationality", g.citizenship(p.cit.code))
	if k, v := g.idLeaf(); v != nil {
		data.set(k, v)
	}
	emails := O("verified", A(), "unverified", A(P(p.email)))
	if verified {
		emails = O("verified", A(P(p.email)), "unverified", A())
	}
	docDate := N("2025-01-01T00:00:00.000Z")
	sig := make([]byte, 20)
	for i := range sig {
		sig[i] = byte(g.r.UintN(256))
	}
	acct := O(
		"callId", N(g.hex(32)),
		"errorCode", N(0),
		"apiVersion", N(2),
		"statusCode", N(200),
		"statusReason", N("OK"),
		"time", now,
		"registeredTimestamp", N(ms),
		"UID", P(g.hex(32)),
		// An HMAC-SHA1 of the timestamp and the UID that a site checks to
		// accept a login: a bearer proof while it is fresh.
		"UIDSignature", C(base64.StdEncoding.EncodeToString(sig)),
		"signatureTimestamp", N(fmt.Sprint(g.t.Unix())),
		"created", now,
		"createdTimestamp", N(ms),
		"data", data,
		"preferences", O("terms", O("ToS", O(
			"isConsentGranted", N(true),
			"docDate", docDate,
			"lastConsentModified", now,
			"actionTimestamp", now,
			"tags", A(),
			"customData", A(),
			"entitlements", A(),
			"locales", O("en", O("docDate", docDate)),
		))),
		"emails", emails,
		"isActive", N(true),
		"isRegistered", N(true),
		"isVerified", N(verified),
		"lastLogin", now,
		"lastLoginTimestamp", N(ms),
		"lastUpdated", now,
		"lastUpdatedTimestamp", N(ms),
		"loginProvider", N("site"),
		"oldestDataUpdated", now,
		"oldestDataUpdatedTimestamp", N(ms),
		"profile", profile,
		"registered", now,
		"socialProviders", N("site"),
		"subscriptions", O("newsletter", O("email", O(
			"isSubscribed", N(g.r.IntN(2) == 0),
			"lastUpdatedSubscriptionState", now,
			"tags", N(nil),
			"doubleOptIn", O("isExternal", N(false), "status", N("NotConfirmed")),
		))),
	)
	if verified {
		acct.set("verified", now).set("verifiedTimestamp", N(ms))
	}
	return acct
}

func dynamicsContact(g *gen) *node {
	p := g.p
	const fv = "@OData.Community.Display.V1.FormattedValue"
	id, owner := g.uuid(), g.uuid()
	ver := 1000000 + g.r.Int64N(9000000)
	gcode, glabel := 1, "Male"
	if p.female {
		gcode, glabel = 2, "Female"
	}
	country := g.english()
	if g.r.IntN(2) == 0 {
		country = p.c.name
	}
	var composite *node
	if p.showResidence {
		line2 := strings.TrimSpace(p.city + ", " + strings.TrimSpace(p.region+" "+p.post))
		composite = g.addr(p.street + "\r\n" + strings.TrimSuffix(line2, ",") + "\r\n" + country)
	}
	created := g.at(0, "2006-01-02T15:04:05Z")
	createdFV := g.t.Format("1/2/2006 3:04 PM")
	rec := O(
		"@odata.context", N("https://contoso.crm4.dynamics.com/api/data/v9.2/$metadata#contacts/$entity"),
		"@odata.etag", N(fmt.Sprintf(`W/"%d"`, ver)),
		"contactid", P(id),
		"firstname", P(p.given),
		"lastname", P(p.family),
		"fullname", P(p.given+" "+p.family),
		"yomifullname", N(nil),
		"emailaddress1", P(p.email),
		"emailaddress2", N(nil),
		"telephone1", N(nil),
		"mobilephone", orNull(g.phone("")),
		"birthdate", g.dob("2006-01-02"),
		"birthdate"+fv, P(p.dob.Format("1/2/2006")),
		"gendercode", P(gcode),
		"gendercode"+fv, P(glabel),
	)
	if g.r.IntN(2) == 0 {
		code := 1 + g.r.IntN(4)
		rec.set("familystatuscode", P(code)).set("familystatuscode"+fv, P([]string{"Single", "Married", "Divorced", "Widowed"}[code-1]))
	} else {
		rec.set("familystatuscode", N(nil))
	}
	addressID := N(nil)
	if p.showResidence {
		addressID = P(g.uuid())
	}
	rec.set("address1_addressid", addressID).
		set("address1_line1", orNull(g.addr(p.street))).
		set("address1_city", orNull(g.addr(p.city))).
		set("address1_stateorprovince", orNull(g.addrN(p.region))).
		set("address1_postalcode", orNull(g.addr(p.post))).
		set("address1_country", orNull(g.residence(country))).
		set("address1_composite", orNull(composite)).
		set("preferredcontactmethodcode", N(1)).
		set("preferredcontactmethodcode"+fv, N("Any")).
		set("donotemail", N(false)).
		set("donotphone", N(false)).
		set("donotbulkemail", N(g.r.IntN(2) == 0)).
		set("description", orNull(g.bio())).
		set("cr4f1_nationality", orNull(g.citizenship(englishName[p.cit.code])))
	if k, v := g.idLeaf(); v != nil {
		rec.set("cr4f1_"+k, v)
	}
	rec.set("_ownerid_value", P(owner)).
		set("_ownerid_value"+fv, P("Ana Support")).
		set("_ownerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty", N("ownerid")).
		set("_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname", N("systemuser")).
		set("_owninguser_value", P(owner)).
		set("_owningbusinessunit_value", N(g.uuid())).
		set("_parentcustomerid_value", N(nil)).
		set("createdon", N(created)).
		set("createdon"+fv, N(createdFV)).
		set("modifiedon", N(created)).
		set("statecode", N(0)).
		set("statecode"+fv, N("Active")).
		set("statuscode", N(1)).
		set("statuscode"+fv, N("Active")).
		set("versionnumber", N(ver))
	return rec
}
