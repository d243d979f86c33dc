package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"
)

// wave33Shapes are a thirty-third set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a medical imaging
// standard, a telemetry protocol, an identity provider's log stream, a
// subscription billing platform and a marketing automation platform:
// DICOM JSON Model datasets (PS3.18 Annex F) as DICOMweb WADO-RS
// metadata and QIDO-RS searches return them from Google Cloud
// Healthcare, Orthanc and dcm4chee (attributes keyed by eight hex
// digits with their VR and Value, person names in their Alphabetic,
// Ideographic and Phonetic groups: kanji and katakana in Japan, hanja and
// hangul in Korea, hanzi in China, Taiwan and Hong Kong, the native
// script or a transliteration elsewhere), of hospitals in Japan, Korea,
// China, Taiwan, Hong Kong, Germany, France, Brazil, the United States,
// the United Kingdom, India, Saudi Arabia, the United Arab Emirates,
// Türkiye, Italy, Spain, the Netherlands, Sweden, Poland, Israel,
// Thailand, Vietnam, Russia, Greece, Mexico and Argentina, children among
// their patients with the parent responsible for them, with the
// patients' national and insurance numbers in OtherPatientIDsSequence
// (KVNR, INS-NIR, CPF and CNS, NHS number, BSN, personnummer, Aadhaar,
// Saudi and Emirati, Israeli, Thai and Greek numbers ...), ethnic group
// and religious preference, and the clinical history, allergies and
// study descriptions in the hospital's language, with the Pub/Sub
// notification of a Cloud Healthcare DICOM store and the DICOMweb
// request's bearer or basic credentials; OpenTelemetry OTLP/JSON log
// exports (ExportLogsServiceRequest: resourceLogs, scopeLogs,
// logRecords with AnyValue bodies and attributes of the semantic
// conventions, user.*, client.address, url.full, http.request.header.*,
// session.id, geo.*) of signup, login, OTP and profile services in
// South and Southeast Asia, East Asia, Latin America, Europe and Africa,
// whose log lines and structured bodies carry e-mail addresses, phone
// numbers and, by mistake, one-time codes, passwords and tokens, some of
// them written in the service's local language, as exported and as a
// gateway receives them with its API key; Auth0 log stream events (the
// custom webhook in its JSON object, JSON array and JSON lines formats
// with the configured Authorization header, and the Amazon EventBridge
// delivery) of success and failed logins and signups, breached passwords,
// Guardian SMS, passwordless links and Management API user updates
// whose user_metadata hold birth dates in the local notation and
// answers of health, faith and orientation, with the IP address's
// location_info, for users in North America, Europe, the Middle East,
// Asia, Oceania, Latin America and Africa; Chargebee webhook events
// (customer_created, customer_changed, subscription_created,
// payment_succeeded, payment_failed, card_added, invoice_generated)
// with the customer, billing and shipping addresses, the card, invoice
// and transaction, cf_* custom fields holding tax identifiers (codice
// fiscale, CPF, RUT, PAN, NIF ...), birth dates of teenage subscribers,
// nationality, diets and allergies, plans that tell of a treatment, and
// the webhook's HTTP basic authentication, for customers in Europe,
// India, Latin America, East and Southeast Asia and Oceania; and
// ActiveCampaign webhooks (application/x-www-form-urlencoded postbacks
// with bracketed keys: type subscribe / update / unsubscribe / open /
// click / contact_tag_added / subscriber_note, date_time, initiated_from,
// initiated_by, list, form[id], form[name], contact[...] and
// contact[fields][...] by personalization tag or by id) as a receiver
// logs the raw body, PHP's flat $_POST or a nested query-string parse,
// for studios, schools, churches, clinics, campaigns and unions in
// Brazil, Portugal, Spain, Latin America, the United States, Europe,
// Türkiye, Israel, India, the Philippines, Australia, Africa and Central
// Asia, their custom fields holding birth dates in the local notation,
// national ids (CPF, CURP, RUT, DNI, PESEL, TCKN, IIN, codice fiscale
// ...), nationality and answers about health and faith in the
// contact's language.
var wave33Shapes = []Shape{
	{Name: "dicomweb_json_metadata", Doc: "dicom.nema.org/medical/dicom/current/output/chtml/part18/chapter_F.html (PS3.18 Annex F DICOM JSON Model: an object per dataset whose members are attribute tags of eight upper-case hex digits, each {vr, Value[] | BulkDataURI | InlineBinary}; PN values as {Alphabetic, Ideographic, Phonetic} with components separated by ^; DA YYYYMMDD, TM HHMMSS, AS nnnD/W/M/Y; DS, IS, US as JSON numbers; SQ Value of datasets; empty attributes {vr} without Value; null for an empty value of a multi-valued attribute), part18/sect_10.4 (WADO-RS .../studies/{study}/series/{series}/instances/{instance}/metadata) and sect_10.6 (QIDO-RS .../studies?PatientID=&PatientName=&includefield= with RetrieveURL 00081190), part03 C.7.1.1 Patient Module (00100010 PatientName, 00100020 PatientID, 00100021 IssuerOfPatientID, 00100022 TypeOfPatientID, 00100030 PatientBirthDate, 00100040 PatientSex, 00101002 OtherPatientIDsSequence, 00102160 EthnicGroup, 00104000 PatientComments, 00102297 ResponsiblePerson, 00102298 ResponsiblePersonRole), C.7.2.2 Patient Study Module (00101010 PatientAge, 00101030 PatientWeight, 001021A0 SmokingStatus, 001021B0 AdditionalPatientHistory, 001021C0 PregnancyStatus, 00102000 MedicalAlerts, 00102110 Allergies), part06 data dictionary (00080005, 00080016, 00080018, 00080020, 00080030, 00080050, 00080060, 00080061, 00080070, 00080080, 00080081, 00080090, 00080201, 00081010, 00081030, 0008103E, 00081040, 00081050, 00081070, 00081090, 00101040 PatientAddress, 00101060 PatientMotherBirthName, 00102150 CountryOfResidence, 00102152 RegionOfResidence, 00102154 PatientTelephoneNumbers, 001021F0 PatientReligiousPreference, 00180015 BodyPartExamined, 0020000D, 0020000E, 00200010, 00200011, 00200013, 00201206, 00201208, 00321032, 00321060, 00401002, 7FE00010), part05 6.2 and H (person names in Japanese, Korean and Chinese with their ideographic and phonetic groups) and 6.1.2.5 (Specific Character Set ISO_IR 192, ISO 2022 IR 87, ISO_IR 144, ISO_IR 127, ISO_IR 138, ISO_IR 126, ISO_IR 166); cloud.google.com/healthcare-api/docs/how-tos/dicomweb (Cloud Healthcare API DICOMweb: GET .../dicomStores/{store}/dicomWeb/studies/{study}/series/{series}/instances/{instance}/metadata with Authorization: Bearer, BulkDataURI of bulk data) and cloud.google.com/healthcare-api/docs/dicom-pubsub (Pub/Sub notification: message data the base64 of the new instance's resource path); orthanc.uclouvain.be/book/plugins/dicomweb.html (/dicom-web/ with HTTP basic authentication); dcm4chee-arc-light RESTful services (/dcm4chee-arc/aets/{aet}/rs/ with a Keycloak bearer token), for hospitals in Japan, Korea, China, Taiwan, Hong Kong, Germany, France, Brazil, the US, the UK, India, Saudi Arabia, the UAE, Türkiye, Italy, Spain, the Netherlands, Sweden, Poland, Israel, Thailand, Vietnam, Russia, Greece, Mexico and Argentina", build: dicomWebJSONMetadata},
	{Name: "otlp_json_logs_export", Doc: "opentelemetry.io/docs/specs/otlp/ (OTLP/HTTP POST /v1/logs with Content-Type: application/json; the JSON encoding of the protobuf messages: lowerCamelCase field names, traceId and spanId as hex strings, 64-bit integers such as timeUnixNano and intValue as decimal strings, enums such as severityNumber as integers); github.com/open-telemetry/opentelemetry-proto opentelemetry/proto/collector/logs/v1 (ExportLogsServiceRequest {resourceLogs[{resource{attributes[], droppedAttributesCount}, scopeLogs[{scope{name, version}, logRecords[{timeUnixNano, observedTimeUnixNano, severityNumber, severityText, body AnyValue, attributes[{key, value{stringValue | boolValue | intValue | doubleValue | arrayValue{values[]} | kvlistValue{values[]} | bytesValue}}], droppedAttributesCount, flags, traceId, spanId, eventName}], schemaUrl}], schemaUrl}]}); opentelemetry.io/docs/specs/otel/logs/data-model/ (Timestamp, ObservedTimestamp, SeverityText, SeverityNumber 1-24, Body, Resource, InstrumentationScope, Attributes, TraceId, SpanId, TraceFlags); opentelemetry.io/docs/specs/semconv/ (service.name, service.version, service.namespace, deployment.environment.name, host.name, k8s.*, cloud.provider, cloud.region, telemetry.sdk.*; user.id, user.email, user.full_name, user.name, user.roles; enduser.id; client.address, client.port; http.request.method, http.route, http.response.status_code, url.full, url.path, url.query, user_agent.original, http.request.header.<key> as string arrays; session.id; geo.country.iso_code, geo.locality.name, geo.location.lat / lon; exception.type, exception.message, exception.stacktrace; event.name), for signup, login, OTP, KYC and profile services whose users live in India, Indonesia, Vietnam, Thailand, the Philippines, Malaysia, Singapore, Japan, Korea, Brazil, Mexico, Colombia, Argentina, Germany, France, Spain, the UK, the US, Nigeria, Kenya, Egypt, Türkiye, Ukraine, Poland, Pakistan, Bangladesh and South Africa, exported to a collector or a vendor's gateway (Authorization: Bearer, x-api-key, x-honeycomb-team, dd-api-key, signoz-ingestion-key)", build: otlpJSONLogsExport},
	{Name: "auth0_log_stream_event", Doc: "auth0.com/docs/customize/log-streams/custom-log-streams (HTTP custom webhook: POST to the configured endpoint with the configured Authorization header and content type, in JSONOBJECT (one event a request), JSONARRAY or JSONLINES format, each event {log_id, data}), auth0.com/docs/customize/log-streams/event-filters, auth0.com/docs/customize/log-streams/amazon-eventbridge (EventBridge event {version, id, detail-type \"Auth0 log\", source aws.partner/auth0.com/{tenant}-{uuid}/auth0.logs, account, time, region, resources, detail{log_id, data}}); auth0.com/docs/deploy-monitor/logs/log-event-type-codes (s, ss, fs, fp, fu, f, sapi, gd_send_sms, pwd_leak, cls, scp, limit_wc); github.com/auth0/auth0-log-schemas (date, type, description, connection, connection_id, client_id, client_name, ip, user_agent, hostname, user_id, user_name, audience, scope, strategy, strategy_type, tenant_name, isMobile, $event_schema{version}, details{prompts[], initiatedAt, completedAt, elapsedTime, session_id, stats{loginsCount}, phone_number, phone_risk_assessment{line_type, risk_level, country_code, is_valid}, error{message}, request{method, path, query, userAgent, body, channel, ip, auth{user{user_id, name, email}, strategy, credentials{jti, scopes}}}, response{statusCode, body}, enrollment{_id, identifier, name, phone_number, tenant, user_id}, authenticator{id, type}, link}, location_info{country_code, country_code3, country_name, city_name, latitude, longitude, time_zone, continent_code, subdivision_code, subdivision_name}, security_context{ja3, ja4}); auth0.com/docs/manage-users/user-accounts/metadata (user_metadata, app_metadata), for users in the US, Canada, the UK, Ireland, Germany, France, Spain, Italy, the Netherlands, Belgium, Sweden, Norway, Denmark, Finland, Poland, Czechia, Romania, Hungary, Greece, Israel, the UAE, Saudi Arabia, India, Japan, Korea, Australia, New Zealand, Brazil, Argentina, Chile, South Africa, Kenya and Nigeria", build: auth0LogStreamEvent},
	{Name: "chargebee_webhook_event", Doc: "apidocs.chargebee.com/docs/api/events (event {id ev_..., occurred_at (Unix seconds), source admin_console / api / hosted_page / portal / scheduled_job / js_api, user, object \"event\", api_version v2, content{...}, event_type, webhook_status, webhooks[{id, webhook_status, object}]}; event types customer_created, customer_changed, subscription_created, payment_succeeded, payment_failed, card_added, invoice_generated), apidocs.chargebee.com/docs/api/customers (id, first_name, last_name, email, phone, company, vat_number, auto_collection, net_term_days, allow_direct_debit, created_at, created_from_ip, taxability, updated_at, locale, pii_cleared, channel, resource_version, deleted, object, billing_address{first_name, last_name, email, company, phone, line1, line2, city, state_code, state, country, zip, validation_status}, card_status, primary_payment_source_id, payment_method{type, reference_id, gateway, gateway_account_id, status}, promotional_credits, refundable_credits, excess_payments, unbilled_charges, preferred_currency_code, mrr, cf_* custom fields), /subscriptions (subscription_items[{item_price_id, item_type, quantity, unit_price, amount}], shipping_address, status, current_term_start/end, next_billing_at, trial_end), /cards (status, gateway, gateway_account_id, first_name, last_name, iin, last4, card_type, funding_type, expiry_month, expiry_year, billing_addr1, billing_city, billing_zip, billing_country, ip_address, masked_number, customer_id, payment_source_id), /invoices (line_items[], linked_payments[], billing_address, sub_total, tax, total, amount_paid), /transactions (id_at_gateway, masked_card_number, error_code, error_text, linked_invoices[]); chargebee.com/docs/2.0/webhook_settings.html (POST application/json with the HTTP basic authentication username and password configured for the endpoint), for customers in Germany, France, Spain, Italy, the Netherlands, Belgium, Austria, Portugal, Ireland, Poland, Sweden, Denmark, Finland, Switzerland, the UK, India, Brazil, Mexico, Colombia, Argentina, Chile, Peru, Uruguay, Japan, Singapore, Malaysia, the Philippines, Indonesia, Vietnam, Thailand, Korea, Hong Kong, Australia and the US", build: chargebeeWebhookEvent},
	{Name: "activecampaign_webhook_post", Doc: "developers.activecampaign.com/page/webhooks (webhook data sent as application/x-www-form-urlencoded POST parameters with bracketed keys: type, date_time, initiated_from and initiated_by (admin / api / public / system), list, form[id], form[name], contact[id], contact[email], contact[first_name], contact[last_name], contact[phone], contact[ip4], contact[tags], contact[orgname], contact[customer_acct_name], contact[fields][<personalization tag or field id>], seriesid, campaign[id], campaign[name], link[url], unsubscribe[reason], note, tag), developers.activecampaign.com/reference/webhooks (events subscribe, update, unsubscribe, open, click, sent, contact_tag_added, subscriber_note; sources public, admin, api, system; no signature, the URL's own token or basic credentials authenticate the call), as a receiver logs the raw body, PHP's flat $_POST or a nested parse of the bracketed keys, for studios, schools, churches, clinics, political campaigns and unions in Brazil, Portugal, Spain, Mexico, Colombia, Argentina, Chile, Peru, the US, the UK, Germany, France, Italy, the Netherlands, Poland, Romania, Greece, Türkiye, Israel, India, the Philippines, Australia, South Africa, Nigeria, Russia, Ukraine, Kazakhstan and Uzbekistan", build: activeCampaignWebhookPost},
}

// ------------------------------------------------------------ helpers

// w33Line is a sentence and the special category it tells ("" for
// none).
type w33Line struct{ cat, text string }

// w33Kind is how much a text that carries the values of some leaves
// tells: its label is the strongest of theirs (a credential before a
// special category, a special category before a personal value).
type w33Kind struct {
	cred     bool
	cat      string
	personal bool
}

// add takes in the labels of every leaf under n.
func (k *w33Kind) add(n *node) {
	if n == nil {
		return
	}
	switch n.kind {
	case nodeObj:
		for _, m := range n.obj {
			k.add(m.val)
		}
	case nodeArr:
		for _, c := range n.arr {
			k.add(c)
		}
	default:
		switch n.leaf.Kind {
		case Credential:
			k.cred = true
		case Sensitive:
			if k.cat == "" {
				k.cat = n.leaf.Category
			}
		case Personal:
			k.personal = true
		}
	}
}

// leaf labels text by what it carries.
func (k w33Kind) leaf(text string) *node {
	switch {
	case k.cred:
		return C(text)
	case k.cat != "":
		return S(text, k.cat)
	case k.personal:
		return P(text)
	}
	return N(text)
}

// w33Sum labels a text that carries the values of the leaves under ns.
func w33Sum(text string, ns ...*node) *node {
	var k w33Kind
	for _, n := range ns {
		k.add(n)
	}
	return k.leaf(text)
}

// w33Text is text about the subject: sensitive when it tells of a
// special category, else personal.
func w33Text(l w33Line) *node {
	if l.cat != "" {
		return S(l.text, l.cat)
	}
	return P(l.text)
}

// w33Pair is one member of a form body: a key and its leaf.
type w33Pair struct {
	key string
	val *node
}

// w33Form writes pairs as an application/x-www-form-urlencoded body, as
// PHP's http_build_query does (brackets escaped, spaces as +).
func w33Form(pairs []w33Pair) string {
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.key))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p.val.raw))
	}
	return b.String()
}

// w33Locale returns value (an Accept-Language header, a locale written
// the producer's way) as a non-personal leaf and records the country
// of tag, when the event shows the subject's locale.
func (g *gen) w33Locale(value, tag string) *node {
	if !g.p.showLocale || value == "" {
		return nil
	}
	g.lab.Weak = addCountry(g.lab.Weak, localeCountry(tag))
	return N(value)
}

// w33Nano writes t as OTLP's decimal nanoseconds.
func w33Nano(t time.Time) string { return fmt.Sprint(t.UnixNano()) }

// w33ISO writes t as an RFC 3339 UTC time with milliseconds.
func w33ISO(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// w33Maybe is f() when ok, else nil.
func w33Maybe(ok bool, f func() *node) *node {
	if !ok {
		return nil
	}
	return f()
}

// w33IDOf is a national identifier of scheme for the subject (idGens or
// moreIDGens), whatever the subject's own scheme.
func (g *gen) w33IDOf(scheme string) string {
	ig, ok := idGens[scheme]
	if !ok {
		ig = moreIDGens[scheme]
	}
	p := g.p
	return ig.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
}

// w33City is a city of the subject's country, with the coordinates and
// region of a geolocation database.
type w33City struct {
	cc, name, region, regionCode string
	lat, lon                     float64
}

var w33Cities = []w33City{
	{"US", "Austin", "Texas", "TX", 30.2672, -97.7431}, {"US", "Chicago", "Illinois", "IL", 41.8781, -87.6298}, {"CA", "Toronto", "Ontario", "ON", 43.6532, -79.3832},
	{"CA", "Montreal", "Quebec", "QC", 45.5017, -73.5673}, {"GB", "London", "England", "ENG", 51.5072, -0.1276}, {"GB", "Manchester", "England", "ENG", 53.4808, -2.2426},
	{"IE", "Dublin", "Leinster", "L", 53.3498, -6.2603}, {"DE", "Berlin", "Land Berlin", "BE", 52.52, 13.405}, {"DE", "Munich", "Bavaria", "BY", 48.1351, 11.582},
	{"FR", "Paris", "Île-de-France", "IDF", 48.8566, 2.3522}, {"FR", "Lyon", "Auvergne-Rhône-Alpes", "ARA", 45.764, 4.8357}, {"ES", "Madrid", "Madrid", "MD", 40.4168, -3.7038},
	{"IT", "Milan", "Lombardy", "25", 45.4642, 9.19}, {"NL", "Amsterdam", "North Holland", "NH", 52.3676, 4.9041}, {"BE", "Brussels", "Brussels Capital", "BRU", 50.8503, 4.3517},
	{"SE", "Stockholm", "Stockholm", "AB", 59.3293, 18.0686}, {"NO", "Oslo", "Oslo", "03", 59.9139, 10.7522}, {"DK", "Copenhagen", "Capital Region", "84", 55.6761, 12.5683},
	{"FI", "Helsinki", "Uusimaa", "18", 60.1699, 24.9384}, {"PL", "Warsaw", "Mazovia", "14", 52.2297, 21.0122}, {"CZ", "Prague", "Prague", "10", 50.0755, 14.4378},
	{"RO", "Bucharest", "Bucuresti", "B", 44.4268, 26.1025}, {"HU", "Budapest", "Budapest", "BU", 47.4979, 19.0402}, {"GR", "Athens", "Attica", "I", 37.9838, 23.7275},
	{"IL", "Tel Aviv", "Tel Aviv", "TA", 32.0853, 34.7818}, {"AE", "Dubai", "Dubai", "DU", 25.2048, 55.2708}, {"SA", "Riyadh", "Riyadh Region", "01", 24.7136, 46.6753},
	{"IN", "Mumbai", "Maharashtra", "MH", 19.076, 72.8777}, {"IN", "Bengaluru", "Karnataka", "KA", 12.9716, 77.5946}, {"JP", "Tokyo", "Tokyo", "13", 35.6762, 139.6503},
	{"KR", "Seoul", "Seoul", "11", 37.5665, 126.978}, {"AU", "Sydney", "New South Wales", "NSW", -33.8688, 151.2093}, {"NZ", "Auckland", "Auckland", "AUK", -36.8485, 174.7633},
	{"BR", "São Paulo", "São Paulo", "SP", -23.5505, -46.6333}, {"AR", "Buenos Aires", "Buenos Aires F.D.", "C", -34.6037, -58.3816}, {"CL", "Santiago", "Santiago Metropolitan", "RM", -33.4489, -70.6693},
	{"ZA", "Johannesburg", "Gauteng", "GP", -26.2041, 28.0473}, {"KE", "Nairobi", "Nairobi County", "30", -1.2921, 36.8219}, {"NG", "Lagos", "Lagos", "LA", 6.5244, 3.3792},
	{"ID", "Jakarta", "Jakarta", "JK", -6.2088, 106.8456}, {"VN", "Ho Chi Minh City", "Ho Chi Minh", "SG", 10.8231, 106.6297}, {"TH", "Bangkok", "Bangkok", "10", 13.7563, 100.5018},
	{"PH", "Quezon City", "Metro Manila", "00", 14.676, 121.0437}, {"MY", "Kuala Lumpur", "Kuala Lumpur", "14", 3.139, 101.6869}, {"SG", "Singapore", "Singapore", "01", 1.3521, 103.8198},
	{"MX", "Mexico City", "Mexico City", "CMX", 19.4326, -99.1332}, {"CO", "Bogotá", "Bogota D.C.", "DC", 4.711, -74.0721}, {"EG", "Cairo", "Cairo Governorate", "C", 30.0444, 31.2357},
	{"TR", "Istanbul", "Istanbul", "34", 41.0082, 28.9784}, {"UA", "Kyiv", "Kyiv City", "30", 50.4501, 30.5234}, {"PK", "Lahore", "Punjab", "PB", 31.5204, 74.3587},
	{"BD", "Dhaka", "Dhaka Division", "C", 23.8103, 90.4125}, {"PE", "Lima", "Lima", "LIM", -12.0464, -77.0428}, {"UY", "Montevideo", "Montevideo", "MO", -34.9011, -56.1645},
	{"PT", "Lisbon", "Lisbon", "11", 38.7223, -9.1393}, {"AT", "Vienna", "Vienna", "9", 48.2082, 16.3738}, {"CH", "Zurich", "Zurich", "ZH", 47.3769, 8.5417},
	{"HK", "Hong Kong", "Central and Western", "HCW", 22.3193, 114.1694}, {"TW", "Taipei", "Taipei City", "TPE", 25.033, 121.5654}, {"CN", "Shanghai", "Shanghai", "SH", 31.2304, 121.4737},
	{"RU", "Moscow", "Moscow", "MOW", 55.7558, 37.6173}, {"KZ", "Almaty", "Almaty", "75", 43.222, 76.8512}, {"UZ", "Tashkent", "Tashkent", "TK", 41.2995, 69.2401},
}

// w33CityOf is a geolocation city of country cc (the first one listed
// when there are several and the draw says so).
func (g *gen) w33CityOf(cc string) w33City {
	var in []w33City
	for _, c := range w33Cities {
		if c.cc == cc {
			in = append(in, c)
		}
	}
	if len(in) == 0 {
		return w33City{cc: cc, name: "", region: "", lat: 0, lon: 0}
	}
	c := pick(g.r, in)
	c.lat += float64(g.r.IntN(2000)-1000) / 10000
	c.lon += float64(g.r.IntN(2000)-1000) / 10000
	return c
}

// w33Round keeps four decimals of a coordinate.
func w33Round(f float64) float64 {
	return float64(int64(f*10000)) / 10000
}

// w33Zones are IANA zones of countries not in the country tables' own
// zones, for geolocations.
var w33Zones = map[string]string{"US": "America/Chicago", "CA": "America/Toronto", "GB": "Europe/London", "IE": "Europe/Dublin", "DE": "Europe/Berlin", "FR": "Europe/Paris",
	"ES": "Europe/Madrid", "IT": "Europe/Rome", "NL": "Europe/Amsterdam", "BE": "Europe/Brussels", "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "DK": "Europe/Copenhagen",
	"FI": "Europe/Helsinki", "PL": "Europe/Warsaw", "CZ": "Europe/Prague", "RO": "Europe/Bucharest", "HU": "Europe/Budapest", "GR": "Europe/Athens", "IL": "Asia/Jerusalem",
	"AE": "Asia/Dubai", "SA": "Asia/Riyadh", "IN": "Asia/Kolkata", "JP": "Asia/Tokyo", "KR": "Asia/Seoul", "AU": "Australia/Sydney", "NZ": "Pacific/Auckland",
	"BR": "America/Sao_Paulo", "AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago", "ZA": "Africa/Johannesburg", "KE": "Africa/Nairobi", "NG": "Africa/Lagos"}

// w33Continents are the continent codes of geolocation databases.
var w33Continents = map[string]string{"US": "NA", "CA": "NA", "MX": "NA", "BR": "SA", "AR": "SA", "CL": "SA", "CO": "SA", "PE": "SA", "UY": "SA", "AU": "OC", "NZ": "OC",
	"ZA": "AF", "KE": "AF", "NG": "AF", "EG": "AF", "IN": "AS", "JP": "AS", "KR": "AS", "IL": "AS", "AE": "AS", "SA": "AS", "ID": "AS", "VN": "AS", "TH": "AS", "PH": "AS",
	"MY": "AS", "SG": "AS", "PK": "AS", "BD": "AS", "HK": "AS", "TW": "AS", "CN": "AS", "TR": "AS", "KZ": "AS", "UZ": "AS"}

// w33Continent is the continent code of cc (EU for the rest).
func w33Continent(cc string) string {
	if c, ok := w33Continents[cc]; ok {
		return c
	}
	return "EU"
}

// w33EnglishName is a country's English name as geolocation databases
// and billing APIs write it.
func w33EnglishName(cc string) string {
	extra := map[string]string{"CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "ES": "Spain", "IT": "Italy", "NL": "Netherlands", "BE": "Belgium", "SE": "Sweden",
		"NO": "Norway", "DK": "Denmark", "FI": "Finland", "CZ": "Czechia", "RO": "Romania", "HU": "Hungary", "GR": "Greece", "IL": "Israel", "AE": "United Arab Emirates",
		"SA": "Saudi Arabia", "JP": "Japan", "AU": "Australia", "NZ": "New Zealand", "ZA": "South Africa", "MY": "Malaysia", "SG": "Singapore", "HK": "Hong Kong",
		"TW": "Taiwan", "CN": "China", "RU": "Russia", "KZ": "Kazakhstan", "UZ": "Uzbekistan", "AT": "Austria", "CH": "Switzerland", "UY": "Uruguay"}
	if n, ok := w32English[cc]; ok {
		return n
	}
	return extra[cc]
}

// ------------------------------------------------ identifiers of wave 33

// w33KVNR is a German health insurance number (Krankenversichertennummer,
// § 290 SGB V): a capital letter, eight digits and a check digit, the
// letter written as its place in the alphabet (01-26) and the ten digits
// weighted 1 2 1 2 ..., the cross sums of the products added, the last
// digit of the sum.
func w33KVNR(r *rand.Rand) string {
	l := r.IntN(26)
	d := append([]int{(l + 1) / 10, (l + 1) % 10}, digits(r, 8)...)
	s := 0
	for i, x := range d {
		v := x * (1 + i%2)
		s += v/10 + v%10
	}
	return string(rune('A'+l)) + str(d[2:]) + fmt.Sprint(s%10)
}

// w33CNS is a provisional Brazilian Cartão Nacional de Saúde number:
// fifteen digits starting 7, 8 or 9 whose sum weighted 15 down to 1 is a
// multiple of 11.
func w33CNS(r *rand.Rand) string {
	for {
		d := digits(r, 14)
		d[0] = 7 + r.IntN(3)
		c, ok := cnsCheck(d)
		if !ok {
			continue
		}
		v := str(append(d, c))
		return v[:3] + " " + v[3:7] + " " + v[7:11] + " " + v[11:]
	}
}

// w33BSN is a Dutch burgerservicenummer: nine digits passing the
// "elfproef", 9*d1 + 8*d2 + ... + 2*d8 - d9 a multiple of 11.
func w33BSN(r *rand.Rand) string {
	for {
		d := digits(r, 8)
		d[0] = 1 + r.IntN(6)
		c := wsum(d, []int{9, 8, 7, 6, 5, 4, 3, 2}) % 11
		if c > 9 {
			continue
		}
		return str(append(d, c))
	}
}

// w33Personnummer is a Swedish personal identity number in the twelve
// digits hospitals write, YYYYMMDD-NNNC: the birth date, a serial number
// whose last digit is odd for a man, and the Luhn digit of the ten digits
// YYMMDDNNN.
func w33Personnummer(r *rand.Rand, dob time.Time, female bool) string {
	n := r.IntN(100)*10 + r.IntN(5)*2
	if !female {
		n++
	}
	body := dob.Format("060102") + fmt.Sprintf("%03d", n)
	return dob.Format("20060102") + "-" + fmt.Sprintf("%03d", n) + fmt.Sprint(luhnDigit(body))
}

// w33TZ is an Israeli identity number (teudat zehut): eight digits and a
// check digit, the nine weighted 1 2 1 2 ... with cross sums adding to a
// multiple of ten (the Luhn digit of the eight).
func w33TZ(r *rand.Rand) string {
	d := digits(r, 8)
	d[0] = r.IntN(4)
	body := str(d)
	return body + fmt.Sprint(luhnDigit(body))
}

// w33ThaiID is a Thai citizen identification number: thirteen digits,
// the first the person's category, the last (11 - sum of the twelve
// weighted 13 down to 2 mod 11) mod 10; written 1-2345-67890-12-3.
func w33ThaiID(r *rand.Rand) string {
	d := digits(r, 12)
	d[0] = 1 + r.IntN(8)
	s := 0
	for i, x := range d {
		s += x * (13 - i)
	}
	v := str(append(d, (11-s%11)%10))
	return v[:1] + "-" + v[1:5] + "-" + v[5:10] + "-" + v[10:12] + "-" + v[12:]
}

// w33SaudiID is a Saudi national identity number (1...) or resident
// iqama number (2...): ten digits, the last the Luhn digit of the nine.
func w33SaudiID(r *rand.Rand, citizen bool) string {
	d := digits(r, 9)
	d[0] = 1
	if !citizen {
		d[0] = 2
	}
	body := str(d)
	return body + fmt.Sprint(luhnDigit(body))
}

// w33AMKA is a Greek social security number (ΑΜΚΑ): the birth date
// DDMMYY, four digits whose last is odd for a man, and a Luhn digit.
func w33AMKA(r *rand.Rand, dob time.Time, female bool) string {
	n := r.IntN(100)*10 + r.IntN(5)*2
	if !female {
		n++
	}
	body := dob.Format("020106") + fmt.Sprintf("%04d", n)
	return body + fmt.Sprint(luhnDigit(body))
}
