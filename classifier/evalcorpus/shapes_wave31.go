package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// wave31Shapes are a thirty-first set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a customer-messaging
// platform, a mail delivery service, a Latin American marketplace, a
// payments platform's connected accounts and a clinical forms standard:
// Freshchat's webhooks (message_create with its message_parts of text,
// image and file, conversation_assignment, conversation_resolution and
// conversation_reopen, signed with X-Freshchat-Signature) and the user
// the integration fetches from the v2 API (first_name, last_name, email,
// phone, properties[{name, value}], reference_id, restore_id) for a
// telecom's and an insurer's support desks, whose users write in English,
// Spanish, Portuguese, Arabic, Hindi and Indonesian of their accounts,
// health claims, identity numbers and one-time codes; Twilio SendGrid's
// Event Webhook (a batch of processed, deferred, delivered, open, click,
// bounce, dropped, spamreport, unsubscribe and group_unsubscribe events
// with their custom_args) and Inbound Parse (the multipart form of a
// reply: headers, dkim, to, from, text, html, sender_ip, envelope,
// attachments, attachment-info, charsets, SPF, subject) as a bank's and
// a clinic's mail service logs them, for recipients worldwide; Mercado
// Libre's orders and shipments (GET /orders/{id} with the buyer's
// billing_info, the order_items and payments; GET /shipments/{id} in the
// legacy receiver_address form and the x-format-new destination form;
// the orders_v2 and shipments notifications) for buyers in Argentina,
// Brazil, Mexico, Chile, Colombia, Uruguay and Peru, some orders of
// medicines, pregnancy tests or Bibles; Stripe Connect's account.updated,
// person.created / person.updated and capability.updated events for
// platform sellers and creators (individual with dob, address, the kana
// and kanji forms of Japan, verification, relationship,
// political_exposure; business_profile, external_accounts, requirements
// with their errors, tos_acceptance, metadata), signed with
// Stripe-Signature, in the United States, the United Kingdom, the
// European Union, Japan, Brazil, Mexico, India, Singapore and Australia;
// and FHIR R4 QuestionnaireResponse resources of patient intake and
// screening forms (PHQ-9, GAD-7, COVID-19 screening, pregnancy,
// allergies, social history, sexual orientation and gender identity,
// OMB race and ethnicity, religious preference) in the United States,
// the United Kingdom, Australia, Canada, Germany, the Netherlands and
// Brazil, some of them about children and answered by a parent.
var wave31Shapes = []Shape{
	{Name: "freshchat_conversation_webhook", Doc: "crmsupport.freshworks.com/support/solutions/articles/50000004461 (Freshchat webhooks payload structure and authentication: POST to the webhook URL with X-Freshchat-Signature (base64 RSA-SHA256 signature of the body, verified with the account's public key), X-Freshchat-Payload-Version, X-Retry-Count -> {actor{actor_type user / agent / system, actor_id}, action message_create / conversation_assignment / conversation_resolution / conversation_reopen, action_time, data{message{message_parts[{text{content}} | {image{url}} | {file{name, url, file_size_in_bytes, content_type}}], app_id, actor_id, org_actor_id, id, channel_id, conversation_id, interaction_id, message_type normal / private, actor_type, created_time, user_id, message_source, restrictResponse, botsPrivateNote} | assignment{assignor, assignor_id, to_agent_id, to_group_id, from_agent_id, from_group_id, conversation{conversation_id, app_id, status, channel_id, assigned_agent_id, assigned_group_id}} | resolve{resolver, resolver_id, conversation{...}, user{...}} | reopen{reopener, reopener_id, conversation{...}}}}); developers.freshchat.com/api (GET https://{domain}.freshchat.com/v2/users/{user_id} with Authorization: Bearer {API token} -> {id, created_time, updated_time, email, avatar{url}, phone, first_name, last_name, properties[{name, value}], reference_id, restore_id, org_contact_id}), for a telecom's and an insurer's support in English, Spanish, Portuguese, Arabic, Hindi and Indonesian", build: freshchatConversationWebhook},
	{Name: "sendgrid_event_inbound_parse", Doc: "twilio.com/docs/sendgrid/for-developers/tracking-events/event (Event Webhook: POST of a JSON array of events with X-Twilio-Email-Event-Webhook-Signature (base64 ECDSA over timestamp + body) and X-Twilio-Email-Event-Webhook-Timestamp; every event {email, timestamp, smtp-id, event processed / deferred / delivered / open / click / bounce / dropped / spamreport / unsubscribe / group_unsubscribe / group_resubscribe, category (string or array), sg_event_id, sg_message_id, the message's custom_args / unique_args as top-level members, marketing_campaign_id, marketing_campaign_name}; deferred {response, attempt}; delivered {response, tls, cert_err, ip, pool{name, id}}; bounce {reason, status, type bounce / blocked, bounce_classification, ip, tls}; dropped {reason}; open {useragent, ip, sg_machine_open}; click {url, url_offset{index, type}, useragent, ip}; group_unsubscribe {asm_group_id, useragent, ip, url}); twilio.com/docs/sendgrid/for-developers/parsing-email/setting-up-the-inbound-parse-webhook (POST multipart/form-data: headers, dkim, content-ids, to, from, cc, text, html, sender_ip, spam_report, envelope (JSON {to[], from}), attachments, attachment-info (JSON {attachment1: {filename, name, type, content-id}}), subject, spam_score, charsets (JSON), SPF), as a bank's and a clinic's mail service logs them, for recipients worldwide", build: sendgridEventInboundParse},
	{Name: "mercadolibre_order_shipment", Doc: "developers.mercadolibre.com.ar/es_ar/gestiona-ventas and /envios, developers.mercadolibre.com/en_us/products-receive-notifications (notifications: POST {_id, resource /orders/{id} or /shipments/{id}, user_id (the seller), topic orders_v2 / shipments, application_id, attempts, sent, received}; GET https://api.mercadolibre.com/orders/{id} with Authorization: Bearer -> {id, date_created, date_closed, last_updated, status paid / confirmed / cancelled, status_detail, currency_id ARS / BRL / MXN / CLP / COP / UYU / PEN, total_amount, paid_amount, pack_id, order_items[{item{id, title, category_id, variation_id, variation_attributes[{name, value_name}], seller_sku}, quantity, unit_price, full_unit_price, sale_fee, listing_type_id}], payments[{id, order_id, payer_id, collector{id}, card_id, payment_method_id, payment_type, installments, transaction_amount, status, status_detail, date_approved}], shipping{id}, buyer{id, nickname, first_name, last_name, email (a relay address), billing_info{doc_type DNI / CUIT / CUIL / CPF / CNPJ / RFC / CURP / RUT / CC / CE / NIT / CI, doc_number}}, seller{id}, tags[], context{channel, site MLA / MLB / MLM / MLC / MCO / MLU / MPE}}; GET /shipments/{id} -> {id, status pending / handling / ready_to_ship / shipped / delivered / not_delivered / cancelled, substatus, tracking_number, tracking_method, mode me1 / me2 / custom, logistic_type, receiver_address{id, address_line, street_name, street_number, comment, zip_code, city{id, name}, state{id, name}, country{id, name}, neighborhood{id, name}, municipality{id, name}, latitude, longitude, receiver_name, receiver_phone}, sender_address{...}, date_created, last_updated}; with x-format-new: true -> {..., origin{type selling_address, sender_id, shipping_address{...}}, destination{type buying_address, receiver_id, receiver_name, receiver_phone, comments, shipping_address{address_id, address_line, street_name, street_number, comment, zip_code, city, state, country, neighborhood, municipality, latitude, longitude, geolocation_type, delivery_preference}}}), for buyers in Argentina, Brazil, Mexico, Chile, Colombia, Uruguay and Peru", build: mercadolibreOrderShipment},
	{Name: "stripe_connect_account_event", Doc: "docs.stripe.com/api/events, /api/accounts/object, /api/persons/object, /connect/webhooks (POST to the Connect endpoint with Stripe-Signature: t={unix},v1={hex HMAC-SHA256 of t.body keyed with the endpoint's whsec_ secret} -> {id evt_, object event, account acct_, api_version, created, data{object, previous_attributes}, livemode, pending_webhooks, request{id, idempotency_key}, type account.updated / person.created / person.updated / capability.updated}; the account {id, object account, business_profile{mcc, name, product_description, support_email, support_phone, support_url, url}, business_type individual / company, capabilities{card_payments, transfers}, charges_enabled, payouts_enabled, details_submitted, controller{type, is_controller}, country, created, default_currency, email, external_accounts{object list, data[{id ba_ / card_, object bank_account / card, account_holder_name, account_holder_type, bank_name, country, currency, fingerprint, last4, routing_number, status, default_for_currency}], has_more, url}, individual{id person_, object person, account, first_name, last_name, first_name_kana, last_name_kana, first_name_kanji, last_name_kanji, address, address_kana, address_kanji{line1, line2, city, town, state, postal_code, country}, dob{day, month, year}, email, phone, gender, nationality, id_number_provided, ssn_last_4_provided, political_exposure none / existing, relationship{director, executive, owner, percent_ownership, representative, title}, requirements, verification{status unverified / pending / verified, details, details_code, document{front, back, details, details_code}, additional_document}, metadata}, metadata, requirements{alternatives, current_deadline, currently_due[], disabled_reason, errors[{code, reason, requirement}], eventually_due[], past_due[], pending_verification[]}, future_requirements, settings{payments{statement_descriptor}, payouts{schedule{interval}}}, tos_acceptance{date, ip, user_agent, service_agreement full / recipient}, type standard / express / custom}), for platform sellers and creators in the United States, the United Kingdom, Germany, France, Spain, Italy, the Netherlands, Ireland, Japan, Brazil, Mexico, India, Singapore and Australia", build: stripeConnectAccountEvent},
	{Name: "fhir_questionnaire_response", Doc: "hl7.org/fhir/R4/questionnaireresponse.html (resourceType QuestionnaireResponse, id, meta{versionId, lastUpdated, profile[]}, language, identifier{system, value}, basedOn, partOf, questionnaire (canonical, e.g. http://loinc.org/q/44249-1 PHQ-9, 69737-5 GAD-7), status in-progress / completed / amended / entered-in-error / stopped, subject{reference Patient/{id}, display, identifier}, encounter, authored, author{reference Patient / RelatedPerson / Practitioner}, source, item[{linkId, definition, text, answer[{valueBoolean | valueDecimal | valueInteger | valueDate | valueDateTime | valueTime | valueString | valueUri | valueAttachment | valueCoding{system, code, display} | valueQuantity | valueReference, item[]}], item[]}]) with US Core and the SDC guide's examples (PHQ-9 with LOINC answer codes LA6568-5 ..., total score 44261-6), OMB race and ethnicity (urn:oid:2.16.840.1.113883.6.238), v3-ReligiousAffiliation, SNOMED CT sexual orientation and gender identity codes; patient intake and screening forms (COVID-19, pregnancy, allergies, social history) of clinics in the United States, the United Kingdom, Australia, Canada, Germany, the Netherlands and Brazil, as an EHR's FHIR server returns them or a form app POSTs them", build: fhirQuestionnaireResponse},
}

// ------------------------------------------------------------ helpers

// w31Phrase is a sentence in one language with placeholders ({v} a
// value) and the special category it tells (or "" for none).
type w31Phrase struct{ cat, text string }

// w31Fill replaces {v} in t.
func w31Fill(t, v string) string { return strings.ReplaceAll(t, "{v}", v) }

// w31Name is the subject's name in Latin letters when the producer's
// form takes them (and about half the time when it takes any script).
func (g *gen) w31Name(latinOnly bool) (first, last string) {
	p := g.p
	first, last = p.given, p.family
	if !w29Latin(first+last) && (latinOnly || g.r.IntN(2) == 0) {
		first, last = w29Title(p.givenL), w29Title(p.familyL)
	}
	return first, last
}

// w31ISO is a time in the ISO notation with milliseconds, in UTC.
func w31ISO(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// w31Rec records the subject's residence as stated inside a longer text
// (an address line that names the country) and says whether the event
// may state it.
func (g *gen) w31Rec(country string) bool { return g.residence(country) != nil }

// w31Digits keeps the digits of s.
func w31Digits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w31RFC is a Mexican RFC of a person (SAT): four letters of the names,
// the birth date YYMMDD and a three-character homoclave.
func (g *gen) w31RFC() string {
	p := g.p
	fam := strings.ToUpper(w29Clean(p.familyL) + "XX")
	giv := strings.ToUpper(w29Clean(p.givenL) + "X")
	vowel := "X"
	for _, c := range fam[1:] {
		if strings.ContainsRune("AEIOU", c) {
			vowel = string(c)
			break
		}
	}
	return fam[:1] + vowel + string(letter(g.r)) + giv[:1] + p.dob.Format("060102") + pattern(g.r, "AA#")
}

// w31Money is an amount with two decimals.
func w31Money(v int) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

// w31Maybe is f() when the event writes the member (ok), else nil: a
// labelling helper that records a country is only called for members
// the event writes.
func w31Maybe(ok bool, f func() *node) *node {
	if !ok {
		return nil
	}
	return f()
}
