package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// wave36Shapes are a thirty-sixth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a web and app analytics
// warehouse export, a database's change feed, an ERP's external API, a
// global payroll and employer-of-record platform's webhooks and a search
// engine's responses as back offices log them: Google Analytics 4 rows
// of the BigQuery export (events_YYYYMMDD) as JSON, with event_params and
// user_properties as key and typed value, the device, the IP address's
// geography, app and traffic-source records and e-commerce items, and
// the developers' mistakes of sending an e-mail address, a phone number,
// a birth year or date, a form's health answer or a password as event
// parameters; MongoDB change stream events (insert, update, replace,
// delete) of users, patients, members, students and customers
// collections as applications receive them in Extended JSON v2, relaxed
// and canonical, with updateDescription's dotted paths, the full document
// looked up and its pre-image, for fitness, telehealth, dating, school
// and fintech apps; Odoo's external API over JSON-RPC (/jsonrpc with
// execute_kw and the password or API key in args, /web/dataset/call_kw
// with the session cookie) creating, writing and reading res.partner
// contacts with many-to-one pairs, HTML notes and Studio fields and
// hr.employee records with the private address, nationality, birth
// place, identification and passport numbers, marital status, children
// and emergency contact; Deel webhooks (contract.created,
// contract.status.updated, people.created, worker.updated) with the
// x-deel-signature header and the people and contracts the API returns,
// of workers of more than forty countries with nationality, tax
// residence, national and tax ids, masked bank details, emergency
// contacts and the country-specific data payroll asks (church tax,
// eSocial's race and colour, EEO answers); and OpenSearch and
// Elasticsearch responses over users and customers indices (search hits
// with _source, highlight, sort and inner_hits, terms aggregations by
// country, single-document GETs, _bulk bodies as NDJSON inside a string)
// as support tools and admin consoles log them.
var wave36Shapes = []Shape{
	{Name: "ga4_bigquery_export_row", Doc: "support.google.com/analytics/answer/7029846 and developers.google.com/analytics/bigquery/event-schema ([GA4] BigQuery Export schema: dataset analytics_<property_id>, tables events_YYYYMMDD and events_intraday_YYYYMMDD; event_date, event_timestamp, event_name, event_params[{key, value{string_value, int_value, float_value, double_value}}], event_previous_timestamp, event_value_in_usd, event_bundle_sequence_id, event_server_timestamp_offset, user_id, user_pseudo_id, privacy_info{analytics_storage, ads_storage, uses_transient_token}, user_properties[{key, value{string_value, int_value, float_value, double_value, set_timestamp_micros}}], user_first_touch_timestamp, user_ltv{revenue, currency}, device{category, mobile_brand_name, mobile_model_name, mobile_marketing_name, mobile_os_hardware_model, operating_system, operating_system_version, vendor_id, advertising_id, language, is_limited_ad_tracking, time_zone_offset_seconds, web_info{browser, browser_version, hostname}}, geo{continent, sub_continent, country, region, city, metro}, app_info{id, version, install_store, firebase_app_id, install_source}, traffic_source{name, medium, source}, collected_traffic_source{manual_campaign_name, manual_source, manual_medium, gclid}, stream_id, platform, ecommerce{total_item_quantity, purchase_revenue, purchase_revenue_in_usd, transaction_id, unique_items, tax_value, shipping_value}, items[{item_id, item_name, item_brand, item_category, price, quantity, coupon}], is_active_user, batch_event_index, batch_page_id), developers.google.com/analytics/devguides/collection/ga4/reference/events (sign_up, login, purchase, generate_lead, page_view with method, currency, value, transaction_id, items), support.google.com/analytics/answer/9234069 (automatically collected events: first_visit, session_start, ga_session_id, ga_session_number, page_location, page_referrer, page_title, engagement_time_msec), support.google.com/analytics/answer/6366371 (best practices to avoid sending PII: e-mail addresses, phone numbers in event parameters and page URLs), for web sites and apps whose users live in the US, Canada, Mexico, Brazil, Argentina, Colombia, Chile, Peru, the UK, Ireland, Germany, Austria, Switzerland, France, Belgium, the Netherlands, Spain, Portugal, Italy, Poland, Czechia, Sweden, Norway, Denmark, Finland, Greece, Türkiye, Israel, the UAE, Saudi Arabia, Egypt, Morocco, Nigeria, Kenya, South Africa, India, Pakistan, Bangladesh, Indonesia, Vietnam, Thailand, Malaysia, the Philippines, Singapore, Japan, Korea, Taiwan, Hong Kong, Australia and New Zealand", build: ga4BigQueryRow},
	{Name: "mongodb_change_stream", Doc: "mongodb.com/docs/manual/reference/change-events/ and mongodb.com/docs/manual/reference/change-events/insert/, /update/, /replace/, /delete/ (_id{_data} resume token, operationType, clusterTime Timestamp, wallTime, ns{db, coll}, documentKey{_id}, fullDocument, fullDocumentBeforeChange, updateDescription{updatedFields with dotted paths such as \"arrayField.0\", removedFields, truncatedArrays[{field, newSize}], disambiguatedPaths}, lsid, txnNumber, collectionUUID), mongodb.com/docs/manual/changeStreams/ (fullDocument: updateLookup, fullDocumentBeforeChange: whenAvailable, change stream pre- and post-images), mongodb.com/docs/manual/reference/mongodb-extended-json/ (Extended JSON v2: canonical and relaxed modes, $oid, $date with ISO-8601 or $numberLong, $numberInt, $numberLong, $numberDecimal, $numberDouble, $binary{base64, subType}, $timestamp{t, i}), mongodb.github.io/node-mongodb-native/6.4/interfaces/UpdateDescription.html, for fitness, telehealth, dating, school and fintech applications whose users live in Germany, the US, Brazil, Australia, Japan, the UK, India, Nigeria, Kenya, Ghana, South Africa, Egypt, France, Mexico, Türkiye, Korea, the Philippines, Colombia, Chile, Peru, Poland, Indonesia, Vietnam, Pakistan, Bangladesh, Spain, Italy, the Netherlands, Sweden, Canada, Argentina, Thailand, Malaysia, Saudi Arabia, the UAE, Morocco, Ukraine and Kazakhstan", build: mongoChangeStream},
	{Name: "odoo_jsonrpc_partner", Doc: "odoo.com/documentation/17.0/developer/reference/external_api.html (JSON-RPC and XML-RPC: common.login / authenticate, object.execute_kw(db, uid, password or API key, model, method, args, kwargs) with search, search_read(domain, fields, limit, offset, order), read, create([vals]), write([ids, vals]), unlink; API keys in place of the password; many2one values as [id, display_name]; context lang and tz), odoo.com/documentation/17.0/developer/reference/backend/orm.html (domains as [[field, operator, value]], create/write values, many2many commands), odoo.com/documentation/17.0/applications/essentials/contacts.html (res.partner: name, is_company, company_type, parent_id, function, title, email, phone, mobile, street, street2, city, zip, state_id, country_id, vat, lang, tz, category_id, comment, website), odoo.com/documentation/17.0/applications/studio/fields.html (x_studio_ custom fields), odoo.com/documentation/17.0/applications/hr/employees/new_employee.html (hr.employee: work and private information: private_street, private_city, private_zip, private_country_id, private_email, private_phone, km_home_work, emergency_contact, emergency_phone, country_id nationality, identification_id, ssnid, passport_id, gender, birthday, place_of_birth, country_of_birth, marital, spouse_complete_name, spouse_birthdate, children, certificate, study_field, study_school, visa_no, permit_no, bank_account_id), the /web/dataset/call_kw route the web client posts {model, method, args, kwargs} to with the session_id cookie, for companies and associations in Belgium, France, Germany, Switzerland, Spain, Italy, the Netherlands, Poland, Romania, Greece, Türkiye, Morocco, Egypt, Saudi Arabia, the UAE, India, Indonesia, Vietnam, Thailand, Japan, China, Hong Kong, Kenya, Nigeria, Ghana, Côte d'Ivoire, Cameroon, Mexico, Colombia, Peru, Chile, Argentina, Brazil, Canada and the US", build: odooJSONRPCPartner},
	{Name: "deel_webhook", Doc: "developer.deel.com/api/webhooks/quickstart and developer.deel.com/docs/webhooks-get-started (POST to the subscriber with x-deel-signature, the HMAC-SHA256 of \"POST\" followed by the raw body with the signing key; body {data{meta{event_type, event_type_id, organization_id, organization_name, tracking_id}, resource{...}}, timestamp}), developer.deel.com/api/webhooks/events (contract.created, contract.status.updated, contract.archived, contract.terminated, people.created, people.updated, worker.updated, eor.payslips.available; payload examples), developer.deel.com/changelog/v1-26 and developer.deel.com/changelog/v115 (GET /rest/v2/people: id, worker_id, external_id, created_at, first_name, last_name, full_name, preferred_first_name, emails[{type primary / work / personal, value}], birth_date, start_date, nationality, country, state, client_legal_entity{id, name}, seniority, job_title, hiring_type, hiring_status, department, direct_manager, addresses, employments; the worker's alternate emails in contracts; Authorization: Bearer), developer.deel.com/api/reference (contracts: id, title, type eor / ongoing_time_based / pay_as_you_go_time_based / milestones, status, country_code, worker{id, first_name, last_name, full_name, email, nationality, country, image_url}, client{id, full_name, email, legal_entity, team}, compensation_details{amount, currency_code, frequency, scale, first_payment_date}, job_title, seniority, start_date, notice_period, who_reports; EOR employee data: tax residence, national id, bank details, emergency contact, country-specific fields), for workers living in Germany, France, Spain, Italy, Portugal, the Netherlands, Belgium, Poland, Romania, Bulgaria, Czechia, Hungary, Greece, Sweden, Ireland, the UK, Ukraine, Türkiye, Israel, the UAE, Egypt, Morocco, Nigeria, Kenya, Ghana, South Africa, India, Pakistan, Bangladesh, the Philippines, Vietnam, Indonesia, Thailand, Malaysia, Singapore, Japan, Korea, Taiwan, Australia, New Zealand, Canada, the US, Mexico, Brazil, Argentina, Colombia, Chile, Peru, Uruguay, Kazakhstan, Armenia and Uzbekistan", build: deelWebhook},
	{Name: "opensearch_user_hits", Doc: "docs.opensearch.org/latest/api-reference/search-apis/search/ and elastic.co/guide/en/elasticsearch/reference/current/search-search.html (response: took, timed_out, _shards{total, successful, skipped, failed}, hits{total{value, relation eq / gte}, max_score, hits[{_index, _id, _score, _source, highlight{field: [fragments with <em>]}, sort[], inner_hits{name{hits{total, max_score, hits[{_index, _id, _nested{field, offset}, _score, _source}]}}}]}}, aggregations{name{doc_count_error_upper_bound, sum_other_doc_count, buckets[{key, doc_count}]}}), docs.opensearch.org/latest/api-reference/document-apis/bulk/ (POST /_bulk with NDJSON action and source lines; response took, errors, items[{index{_index, _id, _version, result, _shards, _seq_no, _primary_term, status}}]), docs.opensearch.org/latest/api-reference/document-apis/get-documents/ (GET <index>/_doc/<id>: _index, _id, _version, _seq_no, _primary_term, found, _source), docs.opensearch.org/latest/search-plugins/searching-data/highlight/ (pre_tags <em>), elastic.co/guide/en/elasticsearch/reference/current/geoip-processor.html (geoip{country_iso_code, country_name, city_name, region_name, location{lat, lon}}), for shops, community apps, health clubs and fintechs whose users live in the US, Canada, Mexico, Brazil, Argentina, Colombia, Chile, the UK, Ireland, Germany, Austria, Switzerland, France, Belgium, the Netherlands, Spain, Portugal, Italy, Poland, Czechia, Romania, Hungary, Greece, Sweden, Norway, Denmark, Finland, Estonia, Latvia, Lithuania, Ukraine, Russia, Türkiye, Israel, the UAE, Saudi Arabia, Egypt, Nigeria, Kenya, South Africa, India, Pakistan, Indonesia, Vietnam, Thailand, the Philippines, Singapore, Japan, Korea, China, Taiwan, Australia and New Zealand", build: openSearchUserHits},
}

// ------------------------------------------------------------ helpers

// w36OID is a MongoDB ObjectId made at t: four bytes of seconds since
// the epoch, then eight random bytes (the process's random value and a
// counter), in hex.
func (g *gen) w36OID(t time.Time) string { return fmt.Sprintf("%08x", t.Unix()) + g.hex(16) }

// w36ResidenceIn records the residence a text states (an NDJSON line, an
// HTML note, a display name) when the event shows it.
func (g *gen) w36ResidenceIn() bool {
	if !g.p.showResidence {
		return false
	}
	g.lab.Residence = addCountry(g.lab.Residence, g.p.c.code)
	return true
}

// w36PhoneIn records the subject's number's country when a text carries
// the number.
func (g *gen) w36PhoneIn() bool {
	if !g.w35ShowPhone() {
		return false
	}
	g.lab.Weak = addCountry(g.lab.Weak, g.p.phoneCC)
	return true
}

// w36CitizenshipIn records the citizenship a text states.
func (g *gen) w36CitizenshipIn() bool {
	if !g.p.showCitizenship {
		return false
	}
	g.lab.Citizenship = addCountry(g.lab.Citizenship, g.p.cit.code)
	return true
}

// w36Gender writes the subject's sex in a producer's two words.
func (g *gen) w36Gender(male, female string) string {
	if g.p.female {
		return female
	}
	return male
}

// w36Underscore is a BCP 47 tag in the underscore notation of Java, Odoo
// and POSIX locales (de_DE).
func w36Underscore(tag string) string { return strings.ReplaceAll(tag, "-", "_") }

// w36OtherPhone is another person's number in cc (a guardian's, an
// emergency contact's): personal, and no evidence of the subject.
func (g *gen) w36OtherPhone(cc string) string {
	e, n := phoneNumber(g.r, cc)
	if e == "" {
		return pattern(g.r, "0## ### ####")
	}
	return phoneNotation(g.r, e, n)
}

// w36Ago is a time some hours to days before the event.
func (g *gen) w36Ago(maxHours int) time.Time {
	return g.t.Add(-time.Duration(1+g.r.IntN(maxHours)) * time.Hour)
}

// w36HealthLines are what forms and records say of a person's health, by
// language.
var w36HealthLines = map[string][]string{
	"en": {"Type 2 diabetes, on metformin", "Asthma", "Hypertension", "Generalised anxiety disorder", "Penicillin allergy", "Pregnant, 24 weeks", "Epilepsy", "HIV positive, on ART"},
	"de": {"Diabetes Typ 2", "Asthma bronchiale", "Bluthochdruck", "Depression, in Behandlung", "Penicillinallergie"},
	"fr": {"Diabète de type 2", "Asthme", "Hypertension artérielle", "Dépression"},
	"es": {"Diabetes tipo 2", "Asma", "Hipertensión", "Ansiedad generalizada"},
	"pt": {"Diabetes tipo 2", "Asma", "Hipertensão", "Depressão"},
	"it": {"Diabete di tipo 2", "Asma", "Ipertensione"},
	"pl": {"Cukrzyca typu 2", "Astma", "Nadciśnienie"},
	"tr": {"Tip 2 diyabet", "Astım", "Yüksek tansiyon"},
	"ja": {"2型糖尿病", "喘息", "高血圧", "うつ病"},
	"ko": {"제2형 당뇨병", "천식", "고혈압"},
	"zh": {"2型糖尿病", "哮喘", "高血压"},
	"ar": {"السكري من النوع الثاني", "الربو", "ارتفاع ضغط الدم"},
	"hi": {"टाइप 2 मधुमेह", "दमा", "उच्च रक्तचाप"},
	"id": {"Diabetes tipe 2", "Asma", "Hipertensi"},
	"vi": {"Tiểu đường type 2", "Hen suyễn", "Cao huyết áp"},
	"th": {"เบาหวานชนิดที่ 2", "หอบหืด", "ความดันโลหิตสูง"},
	"ru": {"Сахарный диабет 2 типа", "Бронхиальная астма", "Гипертония"},
	"uk": {"Цукровий діабет 2 типу", "Астма"},
	"nl": {"Diabetes type 2", "Astma", "Hoge bloeddruk"},
	"sv": {"Diabetes typ 2", "Astma", "Högt blodtryck"},
}

// w36Health is a line of w36HealthLines in the subject's language (English
// when there is none), never a pregnancy for a man or a child.
func (g *gen) w36Health() string {
	lines, ok := w36HealthLines[g.p.c.lang]
	if !ok || g.r.IntN(4) == 0 {
		lines = w36HealthLines["en"]
	}
	l := pick(g.r, lines)
	for i := 0; i < 8 && (!g.p.female || g.p.minor) && strings.Contains(l, "Pregnant"); i++ {
		l = pick(g.r, lines)
	}
	if (!g.p.female || g.p.minor) && strings.Contains(l, "Pregnant") {
		l = "Asthma"
	}
	return l
}
