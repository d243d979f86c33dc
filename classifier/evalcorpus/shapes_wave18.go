package evalcorpus

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// wave18Shapes are an eighteenth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a Colombian payment
// gateway, a Thai payment gateway, a Philippine payment gateway, a
// Turkish marketplace and a Saudi shop platform: a Wompi transaction.updated
// event (card, Nequi, PSE and Bancolombia transfer payments, cédulas and
// NITs, Colombian names with two surnames, ten-digit 3xx phones), an Omise
// charge.complete event (cards with the holder's romanised name,
// PromptPay, TrueMoney and mobile banking sources, Thai addresses and
// names in Thai script in the merchant's metadata), a PayMongo
// payment.paid webhook with its Paymongo-Signature header (cards, GCash
// and Maya, billing addresses with barangays, 09xx phones), a Trendyol
// seller API shipment-package page (Turkish names with their letters,
// mahalle addresses, T.C. kimlik and foreigners' 99 numbers with valid
// check digits, relay e-mail addresses) and a Salla order.created
// webhook (Saudi and resident buyers in Arabic script and Latin, +966 5x
// mobiles, national address parts, birthdays, item notes some of which
// carry a national id or iqama number).
var wave18Shapes = []Shape{
	{Name: "wompi_transaction_updated", Doc: "docs.wompi.co/docs/colombia/eventos and docs.wompi.co/docs/colombia/metodos-de-pago (event POST to the merchant's events URL with the X-Event-Checksum header {event transaction.updated, data{transaction{id NNNNN-<epoch>-NNNNN, created_at, finalized_at, amount_in_cents, reference, customer_email, currency COP, payment_method_type CARD / NEQUI / PSE / BANCOLOMBIA_TRANSFER, payment_method{type, extra{bin, name, brand, exp_year, exp_month, last_four, card_holder, card_type, is_three_ds} , installments} or {type NEQUI, phone_number, extra{transaction_id, external_identifier}} or {type PSE, user_type 0 / 1, user_legal_id_type CC / CE / NIT, user_legal_id, financial_institution_code, payment_description, extra{ticket_id, return_code, request_date, async_payment_url, traceability_code, transaction_cycle, transaction_state, external_identifier, bank_processing_date}} or {type BANCOLOMBIA_TRANSFER, user_type PERSON, payment_description, extra{async_payment_url, external_identifier}}, status APPROVED / DECLINED / VOIDED / ERROR, status_message, shipping_address{address_line_1, address_line_2, country, region, city, name, phone_number, postal_code}, redirect_url, payment_source_id, payment_link_id, customer_data{full_name, phone_number, legal_id, legal_id_type}, billing_data{legal_id_type, legal_id}, bill_id, taxes[], tip_in_cents}}, environment prod / test, signature{properties[], checksum (SHA-256 hex of the properties' values, the timestamp and the events secret)}, timestamp (epoch s), sent_at}) for Colombian buyers", build: wompiTransactionUpdated},
	{Name: "omise_charge_complete", Doc: "docs.omise.co/api-webhooks, docs.omise.co/charges-api, docs.omise.co/sources-api and docs.omise.co/cards-api (webhook POST with Omise-Signature and Omise-Signature-Timestamp headers {object event, id evnt_…, livemode, location /events/evnt_…, key charge.complete, created_at, data{object charge, id chrg_…, location, amount (satang), net, fee, fee_vat, interest, interest_vat, funding_amount, refunded_amount, transaction_fees{fee_flat, fee_rate, vat_rate}, platform_fee{fixed, amount, percentage}, currency THB, funding_currency, ip, refunds{object list, data[], limit, offset, total, location, order, from, to}, link, description, metadata{…}, card{object card, id card_…, livemode, location, deleted, street1, street2, city, state, phone_number, postal_code, country, financing, bank, brand, fingerprint, first_digits, last_digits, name, expiration_month, expiration_year, security_code_check, tokenization_method, created_at} or null, source{object source, id src_…, type promptpay / truemoney / mobile_banking_scb / mobile_banking_kbank / mobile_banking_bay / mobile_banking_bbl / mobile_banking_ktb, flow offline / redirect / app_redirect, amount, currency, phone_number, platform_type, scannable_code{object barcode, type qr, image{…}}, provider_references{reference_number_1, reference_number_2}, charge_status, …} or null, schedule, customer, dispute, transaction, failure_code, failure_message, status successful / failed / expired, authorize_uri, return_uri, created_at, paid_at, expires_at, expired_at, reversed_at, authorized, capturable, capture, disputable, livemode, refundable, reversed, reversible, voided, paid, expired, …}}) for Thai buyers", build: omiseChargeComplete},
	{Name: "paymongo_payment_paid", Doc: "developers.paymongo.com/docs/webhooks and developers.paymongo.com/reference/the-payment-object (webhook POST with the Paymongo-Signature header t=<epoch>,te=<hmac test>,li=<hmac live> {data{id evt_…, type event, attributes{type payment.paid, livemode, data{id pay_…, type payment, attributes{access_url, amount (centavos), balance_transaction_id, billing{address{line1, line2, city, state, postal_code, country}, email, name, phone}, currency PHP, description, disputed, external_reference_number, fee, foreign_fee, livemode, net_amount, origin, payment_intent_id, payout, source{id, type card / gcash / paymaya, brand, country, last4}, statement_descriptor, status paid, tax_amount, metadata, refunds[], taxes[], available_at, created_at, credited_at, paid_at, updated_at}}, previous_data{}, pending_webhooks, created_at, updated_at}}}) for Filipino buyers", build: paymongoPaymentPaid},
	{Name: "trendyol_shipment_packages", Doc: "developers.trendyol.com (Sipariş Entegrasyonu, getShipmentPackages: GET https://apigw.trendyol.com/integration/order/sellers/{sellerId}/orders?status&startDate&endDate&page&size&orderByField&orderByDirection with Authorization: Basic base64(apiKey:apiSecret) and User-Agent \"{sellerId} - SelfIntegration\" -> {page, size, totalPages, totalElements, content[{shipmentAddress{id, firstName, lastName, company, address1, address2, city, cityCode, district, districtId, countyId, countyName, shortAddress, stateName, postalCode, countryCode TR, neighborhoodId, neighborhood, phone, latitude, longitude, fullAddress, fullName}, orderNumber, grossAmount, totalDiscount, totalTyDiscount, taxNumber, invoiceAddress{… and company, taxOffice, taxNumber}, customerFirstName, customerEmail (pf+…@trendyolmail.com relay), customerId, customerLastName, id, cargoTrackingNumber, cargoTrackingLink, cargoSenderNumber, cargoProviderName, lines[{quantity, salesCampaignId, productSize, merchantSku, productName, productCode, productOrigin, merchantId, amount, discount, tyDiscount, discountDetails[], currencyCode TRY, productColor, id, sku, vatBaseAmount, barcode, orderLineItemStatusName, price, productCategoryId}], orderDate (epoch ms), tcIdentityNumber, currencyCode, packageHistories[{createdDate, status}], shipmentPackageStatus, status Created / Picking / Invoiced / Shipped / Delivered / Cancelled / UnDelivered / Returned, deliveryType normal / fast, timeSlotId, estimatedDeliveryStartDate, estimatedDeliveryEndDate, totalPrice, deliveryAddressType, agreedDeliveryDate, fastDelivery, originShipmentDate, lastModifiedDate, commercial, deliveredByService, micro, giftBoxRequested, 3pByTrendyol, containsDangerousProduct, cargoDeci, isCod, warehouseId}]}) for Turkish buyers", build: trendyolShipmentPackages},
	{Name: "salla_order_created", Doc: "docs.salla.dev (Merchant webhooks, order.created: POST to the app's webhook URL with X-Salla-Security-Strategy Signature and X-Salla-Signature (HMAC-SHA256 hex) or Token and Authorization: Bearer {event order.created, merchant, created_at \"Wed Jun 30 2021 11:33:35 GMT+0300\", data{id, reference_id, urls{customer, admin}, date{date \"YYYY-MM-DD HH:MM:SS.000000\", timezone_type 3, timezone Asia/Riyadh}, source, draft, read, source_details{type, value, device, ip}, status{id, name, slug, customized{id, name}}, is_price_quote, payment_method mada / credit_card / apple_pay / stc_pay / bank / cod / tabby / tamara, currency SAR, amounts{sub_total{amount, currency}, shipping_cost, cash_on_delivery, tax{percent, amount{…}}, discounts[], total}, exchange_rate{base_currency, exchange_currency, rate}, can_cancel, show_weight, can_reorder, is_pending_payment, pending_payment_ends_at, total_weight, shipping{id, app_id, company, logo, receiver{name, email, phone}, shipper{name, company_name, phone, email}, pickup_address{…}, address{country, country_code, city, shipping_address, street_number, block, postal_code, geo_coordinates{lat, lng}}, shipment{id, tracking_link, label[]}, policy_options}, customer{id, full_name, first_name, last_name, mobile, mobile_code, email, urls{customer, admin}, avatar, gender, birthday, city, country, location, updated_at}, items[{id, name, sku, quantity, currency, weight, weight_label, amounts{price_without_tax, total_discount, tax{percent, amount}, total}, notes, options[{id, product_option_id, name, type, value{id, name, price}}], images[], codes[], files[], reservations[]}], bank{id, bank_name, account_name, account_number, iban_number, status}, tags[]}}) for Saudi buyers", build: sallaOrderCreated},
}

// w18Person is a whole name in its own script and in Latin letters, with
// the Latin spelling e-mail addresses are made of.
type w18Person struct {
	given, family, givenL, familyL string
	female                         bool
}

// w18Email is an address made of a Latin spelling of a name.
func (g *gen) w18Email(givenL, familyL string, domains []string) string {
	clean := func(s string) string {
		return strings.ToLower(strings.NewReplacer(" ", "", ".", "", "'", "").Replace(latinOnly(w17ASCII.Replace(s))))
	}
	local := clean(givenL) + pick(g.r, []string{".", "_", ""}) + clean(familyL)
	if g.r.IntN(3) == 0 {
		local += fmt.Sprint(g.r.IntN(100))
	}
	return local + "@" + pick(g.r, domains)
}

// w18HomePhone gives the subject a mobile number of cc and shows it: a
// wallet or a shop account is opened on a local number.
func (g *gen) w18HomePhone(cc string) {
	p := g.p
	if p.phoneCC != cc || p.phoneE164 == "" {
		p.phoneCC = cc
		p.phoneE164, p.phoneNat = phoneNumber(g.r, cc)
	}
	p.showPhone = true
}

// w18NSN is the national significant number of an E.164 number.
func w18NSN(e164 string) string {
	n, err := phonenumbers.Parse(e164, "")
	if err != nil {
		return strings.TrimPrefix(e164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w18CallingCode is the country calling code of an E.164 number, with +.
func w18CallingCode(e164 string) string {
	n, err := phonenumbers.Parse(e164, "")
	if err != nil {
		return ""
	}
	return fmt.Sprintf("+%d", n.GetCountryCode())
}

// w18Upper writes a name as card embossers do: capitals, no accents.
func w18Upper(s string) string {
	return strings.ToUpper(w17ASCII.Replace(strings.NewReplacer("ç", "c", "ş", "s", "ğ", "g", "ı", "i", "ö", "o", "Ç", "C", "Ş", "S", "Ğ", "G", "İ", "I", "Ö", "O").Replace(s)))
}

// ---------------------------------------------------------------- Wompi

// w18COGiven and w18COFamily are Colombian given names (often two) and
// surnames; Colombians write both surnames, the father's first.
var w18COGiven = []w18Person{
	{given: "Juan Camilo", givenL: "juan camilo"},
	{given: "María Fernanda", givenL: "maria fernanda", female: true},
	{given: "Luisa Fernanda", givenL: "luisa fernanda", female: true},
	{given: "Andrés Felipe", givenL: "andres felipe"},
	{given: "Laura Valentina", givenL: "laura valentina", female: true},
	{given: "Jhon Jairo", givenL: "jhon jairo"},
	{given: "Yesenia", givenL: "yesenia", female: true},
	{given: "Carlos Mario", givenL: "carlos mario"},
	{given: "Sebastián", givenL: "sebastian"},
	{given: "Daniela", givenL: "daniela", female: true},
}

var w18COFamily = [][2]string{{"Gómez", "gomez"}, {"Restrepo", "restrepo"}, {"Ospina", "ospina"}, {"Muñoz", "munoz"}, {"Castaño", "castano"}, {"Vargas", "vargas"}, {"Zapata", "zapata"}, {"Londoño", "londono"}, {"Cárdenas", "cardenas"}, {"Rodríguez", "rodriguez"}, {"Martínez", "martinez"}, {"Ramírez", "ramirez"}}

// w18COPlaces are Colombian cities with their department and the first
// digits of their postcodes.
var w18COPlaces = []struct{ city, dept, post string }{
	{"Bogotá", "Bogotá D.C.", "11"},
	{"Bogotá D.C.", "Cundinamarca", "11"},
	{"Medellín", "Antioquia", "05"},
	{"Envigado", "Antioquia", "05"},
	{"Cali", "Valle del Cauca", "76"},
	{"Barranquilla", "Atlántico", "08"},
	{"Bucaramanga", "Santander", "68"},
	{"Pereira", "Risaralda", "66"},
}

var w18COStreets = []string{"Calle 85 # 11-53", "Carrera 43A # 1 Sur-100", "Avenida 6N # 23-45", "Transversal 93 # 64-12", "Diagonal 75B # 2A-80", "Cra. 7 # 32-16", "Calle 10 # 43A-30", "Carrera 50 # 76-120"}

var w18COLine2 = []string{"Apto 502 Torre 2", "Casa 14, Conjunto Los Almendros", "Barrio Laureles", "Oficina 301", "Apartamento 1203, Edificio Mirador del Parque", "Piso 3"}

// w18WompiShops are merchants with what they sell, in pesos.
var w18WompiShops = []struct {
	url, name string
	prices    []int
}{
	{"https://www.mascotasfelices.example.co", "Mascotas Felices SAS", []int{45900, 89900, 159900}},
	{"https://drogueriasalud.example.com.co", "Droguería Salud Más", []int{18500, 32400, 76800}},
	{"https://www.modaurbana.example.co", "Moda Urbana Col", []int{119900, 189900, 249900}},
	{"https://boletas.eventosandinos.example.co", "Eventos Andinos", []int{95000, 180000, 350000}},
	{"https://www.consultoriopsicologico.example.co", "Consultorio Psicológico Integral", []int{120000, 150000}},
	{"https://donaciones.iglesiavidanueva.example.org", "Iglesia Cristiana Vida Nueva", []int{20000, 50000, 100000}},
}

// w18PSEBanks are PSE financial institution codes and names.
var w18PSEBanks = [][2]string{{"1007", "BANCOLOMBIA"}, {"1051", "BANCO DAVIVIENDA"}, {"1001", "BANCO DE BOGOTA"}, {"1013", "BBVA COLOMBIA"}, {"1507", "NEQUI"}, {"1551", "DAVIPLATA"}, {"1023", "BANCO DE OCCIDENTE"}}

// w18NITDV is the DIAN check digit of a Colombian NIT.
func w18NITDV(n string) int {
	w := []int{3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71}
	s := 0
	for i := 0; i < len(n); i++ {
		s += int(n[len(n)-1-i]-'0') * w[i]
	}
	if v := s % 11; v > 1 {
		return 11 - v
	}
	return s % 11
}

func wompiTransactionUpdated(g *gen) *node {
	g.redraw("CO")
	p := g.p
	given := p.given
	fam1 := p.family
	givenL, famL := p.givenL, p.familyL
	if g.r.IntN(3) != 0 {
		n := pick(g.r, w18COGiven)
		f := pick(g.r, w18COFamily)
		given, givenL, fam1, famL = n.given, n.givenL, f[0], f[1]
		p.female = n.female
		p.email = g.w18Email(strings.Fields(givenL)[0], famL, []string{"gmail.com", "hotmail.com", "outlook.com", "yahoo.es", "une.net.co"})
	}
	fam2 := pick(g.r, w18COFamily)[0]
	full := given + " " + fam1 + " " + fam2
	if g.r.IntN(3) == 0 {
		full = given + " " + fam1
	}
	shop := pick(g.r, w18WompiShops)
	method := pick(g.r, []string{"CARD", "CARD", "CARD", "NEQUI", "NEQUI", "PSE", "PSE", "BANCOLOMBIA_TRANSFER"})
	if method == "NEQUI" {
		// A Nequi account is a Colombian mobile number.
		g.w18HomePhone("CO")
	}
	status := pick(g.r, []string{"APPROVED", "APPROVED", "APPROVED", "APPROVED", "DECLINED", "ERROR"})
	if method == "CARD" && g.r.IntN(10) == 0 {
		status = "VOIDED"
	}
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	created := g.t.Add(-time.Duration(5+g.r.IntN(900)) * time.Second)
	finalized := created.Add(time.Duration(2+g.r.IntN(240)) * time.Second)
	if finalized.After(g.t) {
		finalized = g.t
	}
	txID := fmt.Sprintf("%d-%d-%05d", 1000+g.r.IntN(140000), created.Unix(), g.r.IntN(100000))
	amount := pick(g.r, shop.prices) * (1 + g.r.IntN(2)) * 100
	reference := pick(g.r, []string{pattern(g.r, "PED-######"), strings.ToUpper(g.b62(12)), g.uuid(), fmt.Sprint(created.UnixMilli())})
	// The buyer's phone as the checkout took it: ten digits, with 57 or +57.
	nsn := g.nsn()
	phoneV := g.e164()
	if p.phoneCC == "CO" {
		phoneV = pick(g.r, []string{"57" + nsn, nsn, "+57" + nsn})
	}
	// The buyer's document: a cédula de ciudadanía for Colombians, a
	// cédula de extranjería or a passport for foreigners.
	idType, idNum := "CC", p.idValue
	if idNum == "" {
		idNum = genCOCC(g.r, p.dob, p.female, [2]string{})
	}
	if p.cit != p.c {
		idType = pick(g.r, []string{"CE", "CE", "PP"})
		if idType == "CE" {
			idNum = fmt.Sprint(100000 + g.r.IntN(9000000))
		} else {
			idNum = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)) + pattern(g.r, "#######")
		}
	}
	var pm *node
	statusMsg := N(nil)
	switch method {
	case "CARD":
		brand := pick(g.r, [][3]string{{"VISA", "4", "CREDIT"}, {"MASTERCARD", "5", "CREDIT"}, {"VISA", "4", "DEBIT"}, {"MASTERCARD", "5", "DEBIT"}, {"AMEX", "3", "CREDIT"}})
		bin := brand[1] + pattern(g.r, "#####")
		last4 := pattern(g.r, "####")
		holder := w18Upper(given + " " + fam1)
		if g.r.IntN(3) == 0 {
			holder = given + " " + fam1
		}
		pm = O(
			"type", N("CARD"),
			"extra", O(
				"bin", N(bin),
				"name", P(brand[0]+"-"+last4),
				"brand", N(brand[0]),
				"exp_year", P(fmt.Sprint(26+g.r.IntN(6))),
				"card_type", N(brand[2]),
				"exp_month", P(fmt.Sprintf("%02d", 1+g.r.IntN(12))),
				"last_four", P(last4),
				"card_holder", P(holder),
				"is_three_ds", N(g.r.IntN(3) == 0),
				"three_ds_auth_type", N(nil),
				"external_identifier", N(g.b62(10)),
				"processor_response_code", N(map[string]string{"APPROVED": "00", "DECLINED": "51", "ERROR": "96", "VOIDED": "00"}[status]),
			),
			"installments", N(pick(g.r, []int{1, 1, 1, 3, 6, 12, 24, 36})),
		)
		switch status {
		case "DECLINED":
			statusMsg = N(pick(g.r, []string{"Fondos insuficientes", "Transacción rechazada por el banco emisor", "La tarjeta no está habilitada para compras por internet", "Transacción rechazada por sospecha de fraude"}))
		case "ERROR":
			statusMsg = N("Error en la comunicación con la entidad financiera")
		}
	case "NEQUI":
		pm = O(
			"type", N("NEQUI"),
			"phone_number", g.phone(nsn),
			"extra", O(
				"transaction_id", N("M"+pattern(g.r, "#####")+"-"+pattern(g.r, "########")),
				"external_identifier", N(g.b62(10)),
			),
		)
		switch status {
		case "DECLINED":
			statusMsg = N(pick(g.r, []string{"El usuario rechazó la transacción desde la app de Nequi", "La transacción expiró sin ser aprobada en Nequi", "Saldo insuficiente"}))
		case "ERROR":
			statusMsg = N("No fue posible procesar el pago con Nequi")
		}
	case "PSE":
		bank := pick(g.r, w18PSEBanks)
		userType, docType, doc := 0, idType, P(idNum)
		if idType == "PP" {
			docType = "CE"
			doc = P(fmt.Sprint(100000 + g.r.IntN(9000000)))
		}
		if g.r.IntN(6) == 0 {
			// Paid from a company's account: the company's NIT.
			base := "9" + pattern(g.r, "########")
			userType, docType, doc = 1, "NIT", N(fmt.Sprintf("%s%d", base, w18NITDV(base)))
		}
		desc := N("Pago a " + shop.name)
		switch {
		case strings.Contains(shop.url, "psicolog"):
			desc = S(pick(g.r, []string{"Sesión de psicoterapia - ", "Consulta por ansiedad - "})+given+" "+fam1, "health")
		case strings.Contains(shop.url, "iglesia"):
			desc = S("Diezmo y ofrenda - "+given+" "+fam1, "religion")
		case g.r.IntN(3) == 0:
			desc = N("Pedido " + reference)
		}
		ticket := pattern(g.r, "##########")
		pm = O(
			"type", N("PSE"),
			"user_type", N(userType),
			"user_legal_id_type", N(docType),
			"user_legal_id", doc,
			"financial_institution_code", N(bank[0]),
			"payment_description", desc,
			"extra", O(
				"ticket_id", N(ticket),
				"return_code", N(map[bool]string{true: "SUCCESS", false: "FAIL_EXCEEDEDLIMIT"}[status == "APPROVED"]),
				"request_date", N(created.In(time.FixedZone("", -5*3600)).Format("2006-01-02")),
				"async_payment_url", N("https://registro.pse.com.co/PSENF/index.html?enc="+g.chars(b64Set, 48)),
				"traceability_code", N(pattern(g.r, "#########")),
				"transaction_cycle", N(fmt.Sprint(1+g.r.IntN(9))),
				"transaction_state", N(map[string]string{"APPROVED": "OK", "DECLINED": "NOT_AUTHORIZED", "ERROR": "FAILED"}[status]),
				"external_identifier", N(ticket),
				"bank_processing_date", N(z(finalized)),
				"financial_institution_name", N(bank[1]),
			),
		)
		switch status {
		case "DECLINED":
			statusMsg = N(pick(g.r, []string{"Transacción rechazada por la entidad financiera", "El usuario canceló el pago en el banco"}))
		case "ERROR":
			statusMsg = N("La entidad financiera no respondió a tiempo")
		}
	default:
		pm = O(
			"type", N("BANCOLOMBIA_TRANSFER"),
			"user_type", N("PERSON"),
			"payment_description", N("Pago a "+shop.name),
			"sandbox_status", N(nil),
			"extra", O(
				"async_payment_url", N("https://bancolombia.example/transfer/"+g.hex(24)),
				"external_identifier", N(g.b62(12)),
			),
		)
		switch status {
		case "DECLINED":
			statusMsg = N("El pago fue rechazado en Bancolombia")
		case "ERROR":
			statusMsg = N("Error procesando la transferencia Bancolombia")
		}
	}
	// Shipping: to the buyer (the address states the residence), or to
	// someone else; services and donations ship nothing.
	ships := !strings.Contains(shop.url, "psicolog") && !strings.Contains(shop.url, "iglesia") && !strings.Contains(shop.url, "boletas")
	shipping := N(nil)
	if ships && g.r.IntN(4) == 0 {
		q := newPerson(g.r, countryByCode("CO"), g.t)
		qn := pick(g.r, w18COGiven).given + " " + pick(g.r, w18COFamily)[0]
		pl := pick(g.r, w18COPlaces)
		shipping = O(
			"address_line_1", P(pick(g.r, w18COStreets)),
			"address_line_2", orNull(Pif(pick(g.r, append([]string{""}, w18COLine2...)))),
			"country", N("CO"),
			"region", N(pl.dept),
			"city", P(pl.city),
			"name", P(qn),
			"phone_number", P(w18NSN(q.phoneE164)),
			"postal_code", orNull(Pif(pick(g.r, []string{"", pl.post + pattern(g.r, "####")}))),
		)
	} else if ships && p.showResidence && g.r.IntN(3) != 0 {
		pl := pick(g.r, w18COPlaces)
		line2 := N(nil)
		if g.r.IntN(2) == 0 {
			line2 = g.addr(pick(g.r, w18COLine2))
		}
		shipPhone := g.phone(phoneV)
		if shipPhone == nil {
			shipPhone = N(nil)
		}
		postal := N(nil)
		if g.r.IntN(2) == 0 {
			postal = g.addr(pl.post + pattern(g.r, "####"))
		}
		shipping = O(
			"address_line_1", g.addr(pick(g.r, w18COStreets)),
			"address_line_2", line2,
			"country", g.residence("CO"),
			"region", g.addrN(pl.dept),
			"city", g.addr(pl.city),
			"name", P(full),
			"phone_number", shipPhone,
			"postal_code", postal,
		)
	}
	tx := O(
		"id", N(txID),
		"created_at", N(z(created)),
		"finalized_at", N(z(finalized)),
		"amount_in_cents", N(amount),
		"reference", N(reference),
		"customer_email", P(p.email),
		"currency", N("COP"),
		"payment_method_type", N(method),
		"payment_method", pm,
		"status", N(status),
		"status_message", statusMsg,
		"shipping_address", shipping,
		"redirect_url", orNull(Nif(pick(g.r, []string{"", shop.url + "/pagos/respuesta", shop.url + "/checkout/resultado?ref=" + reference}))),
		"payment_source_id", N(nil),
		"payment_link_id", orNull(Nif(pick(g.r, []string{"", "", "", g.b62(6)}))),
	)
	if g.r.IntN(3) != 0 {
		cd := O("full_name", P(full))
		if ph := g.phone(phoneV); ph != nil {
			cd.set("phone_number", ph)
		}
		if g.r.IntN(2) == 0 {
			cd.set("legal_id", P(idNum))
			cd.set("legal_id_type", N(idType))
		}
		tx.set("customer_data", cd)
	} else {
		tx.set("customer_data", N(nil))
	}
	if g.r.IntN(4) == 0 {
		// A shop that issues electronic invoices asks for the document.
		tx.set("billing_data", O("legal_id_type", N(idType), "legal_id", P(idNum)))
	} else {
		tx.set("billing_data", N(nil))
	}
	tx.set("bill_id", N(nil))
	taxes := A()
	if g.r.IntN(3) == 0 {
		taxes.arr = append(taxes.arr, O("type", N("VAT"), "amount_in_cents", N(amount*19/119)))
	}
	tx.set("taxes", taxes)
	tx.set("tip_in_cents", N(nil))
	env := pick(g.r, []string{"prod", "prod", "prod", "test"})
	sum := sha256.Sum256([]byte(txID + status + fmt.Sprint(amount) + fmt.Sprint(g.t.Unix()) + g.hex(16)))
	checksum := strings.ToUpper(fmt.Sprintf("%x", sum))
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(shop.url+"/api/wompi/eventos"),
			"headers", O(
				"Content-Type", N("application/json"),
				"X-Event-Checksum", N(checksum),
			),
			"body", O(
				"event", N("transaction.updated"),
				"data", O("transaction", tx),
				"environment", N(env),
				"signature", O(
					"properties", A(N("transaction.id"), N("transaction.status"), N("transaction.amount_in_cents")),
					"checksum", N(checksum),
				),
				"timestamp", N(g.t.Unix()),
				"sent_at", N(z(g.t)),
			),
		),
		"response_status", N(200),
	)
}

// ---------------------------------------------------------------- Omise

// w18THNames are Thai names in Thai script with their romanisation.
var w18THNames = []w18Person{
	{"สมศักดิ์", "รุ่งเรือง", "Somsak", "Rungrueang", false},
	{"ณัฐพล", "ศรีสวัสดิ์", "Natthaphon", "Srisawat", false},
	{"กนกวรรณ", "ทองดี", "Kanokwan", "Thongdee", true},
	{"ปิยะนุช", "แก้วมณี", "Piyanut", "Kaewmanee", true},
	{"ธนากร", "บุญมา", "Thanakorn", "Boonma", false},
	{"สุภาวดี", "จันทร์เพ็ญ", "Supawadee", "Chanphen", true},
	{"วรวุฒิ", "พงษ์ไพบูลย์", "Worawut", "Phongphaibun", false},
	{"พิมพ์ชนก", "สุขเจริญ", "Pimchanok", "Sukcharoen", true},
}

// w18THPlaces are Thai provinces with a subdistrict, a district and its
// postcode, in Thai script, and the province in Latin letters.
var w18THPlaces = []struct{ province, provinceL, sub, district, post string }{
	{"กรุงเทพมหานคร", "Bangkok", "แขวงคลองตันเหนือ", "เขตวัฒนา", "10110"},
	{"กรุงเทพมหานคร", "Bangkok", "แขวงจอมพล", "เขตจตุจักร", "10900"},
	{"กรุงเทพมหานคร", "Bangkok", "แขวงบางจาก", "เขตพระโขนง", "10260"},
	{"เชียงใหม่", "Chiang Mai", "ตำบลสุเทพ", "อำเภอเมืองเชียงใหม่", "50200"},
	{"ขอนแก่น", "Khon Kaen", "ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "40000"},
	{"ภูเก็ต", "Phuket", "ตำบลตลาดใหญ่", "อำเภอเมืองภูเก็ต", "83000"},
	{"นนทบุรี", "Nonthaburi", "ตำบลบางกระสอ", "อำเภอเมืองนนทบุรี", "11000"},
}

var w18THStreets = []string{"99/123 ซอยสุขุมวิท 101", "45/7 หมู่ 3 ถนนห้วยแก้ว", "128 ถนนมิตรภาพ", "19/5 คอนโดลุมพินี ชั้น 12 ห้อง 1204", "88/8 หมู่บ้านพฤกษา 12 ซอย 5", "302 ถนนพหลโยธิน"}

// w18OmiseNotes are buyers' notes a shop keeps in the charge metadata.
var w18OmiseNotes = []bioLine{
	{"", "ฝากไว้ที่ป้อม รปภ. ได้เลยค่ะ"},
	{"", "โทรก่อนส่งนะครับ"},
	{"", "ห่อของขวัญให้ด้วยค่ะ"},
	{"health", "แพ้ถั่วลิสงรุนแรง กรุณาอย่าใส่ถั่วค่ะ"},
	{"health", "ตั้งครรภ์ 7 เดือน ขอให้ส่งของขึ้นไปที่ห้องด้วยค่ะ"},
	{"religion", "ของถวายพระ ส่งก่อนวันพระนะคะ"},
}

// w18OmiseShops are merchants with their goods (prices in satang).
var w18OmiseShops = []struct {
	url, descriptor string
	items           [][2]any
}{
	{"https://www.siamstyle.example.co.th", "SIAMSTYLE", [][2]any{{"เสื้อยืดคอกลม ผ้าฝ้าย 100%", 35900}, {"กางเกงยีนส์ขายาว", 89000}}},
	{"https://shop.gadgetbkk.example.com", "GADGETBKK", [][2]any{{"หูฟังไร้สาย Soundcore", 159000}, {"สายชาร์จ USB-C 2 เมตร", 29000}}},
	{"https://www.beautyplus.example.co.th", "BEAUTYPLUS", [][2]any{{"ครีมกันแดด Biore 50ml", 32900}, {"เซรั่มวิตามินซี", 79000}}},
	{"https://telemed.example.co.th", "TELEMED TH", [][2]any{{"ค่าปรึกษาแพทย์ออนไลน์", 50000}, {"ค่าปรึกษาจิตแพทย์ออนไลน์ 30 นาที", 150000}}},
	{"https://merit.example.or.th", "TAMBOON ONLINE", [][2]any{{"ชุดสังฆทาน", 59900}, {"ทำบุญถวายภัตตาหารเพล", 100000}}},
}

// w18Omise36 is an Omise object id: a prefix and 19 characters of base 36
// starting with 5 or 6, as Omise issues them.
func (g *gen) w18Omise36(prefix string) string {
	return prefix + pick(g.r, []string{"5", "6"}) + g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 18)
}

func omiseChargeComplete(g *gen) *node {
	g.redraw("TH")
	p := g.p
	n := w18Person{p.given, p.family, latinName(p.given, p.givenL), latinName(p.family, p.familyL), p.female}
	if g.r.IntN(3) != 0 {
		n = pick(g.r, w18THNames)
		p.female = n.female
		p.email = g.w18Email(n.givenL, n.familyL, []string{"gmail.com", "hotmail.com", "hotmail.co.th", "yahoo.com"})
	}
	shop := pick(g.r, w18OmiseShops)
	it := pick(g.r, shop.items)
	qty := 1
	if !strings.Contains(shop.url, "telemed") && !strings.Contains(shop.url, "merit") {
		qty = 1 + g.r.IntN(3)
	}
	amount := it[1].(int) * qty
	kind := pick(g.r, []string{"card", "card", "card", "card", "promptpay", "promptpay", "truemoney", "mobile_banking"})
	if kind == "truemoney" {
		g.w18HomePhone("TH")
	}
	status := pick(g.r, []string{"successful", "successful", "successful", "successful", "failed"})
	if kind == "promptpay" && g.r.IntN(5) == 0 {
		status = "expired"
	}
	paid := status == "successful"
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	created := g.t.Add(-time.Duration(20+g.r.IntN(900)) * time.Second)
	chargeID := g.w18Omise36("chrg_")
	fee := amount * 365 / 10000
	feeVat := fee * 7 / 100
	if !paid {
		fee, feeVat = 0, 0
	}
	var card, source *node
	failureCode, failureMsg := N(nil), N(nil)
	authorize := N(nil)
	switch kind {
	case "card":
		bank := pick(g.r, [][2]string{{"Kasikornbank", "Visa"}, {"Siam Commercial Bank", "Visa"}, {"Bangkok Bank", "MasterCard"}, {"Krungthai Bank", "MasterCard"}, {"Bank of Ayudhya", "Visa"}, {"KrungThai Card", "JCB"}})
		holder := w18Upper(n.givenL + " " + n.familyL)
		if g.r.IntN(4) == 0 {
			holder = n.givenL + " " + n.familyL
		}
		city, postal := N(nil), N(nil)
		if p.showResidence && g.r.IntN(3) == 0 {
			// A billing city and postcode typed into the card form: a
			// Thai city names the country.
			pl := pick(g.r, w18THPlaces)
			city, postal = g.addr(pl.provinceL), g.addr(pl.post)
			g.lab.Residence = addCountry(g.lab.Residence, "TH")
		}
		cardID := g.w18Omise36("card_")
		card = O(
			"object", N("card"),
			"id", P(cardID),
			"livemode", N(true),
			"location", N(nil),
			"deleted", N(false),
			"street1", N(nil),
			"street2", N(nil),
			"city", city,
			"state", N(nil),
			"phone_number", N(nil),
			"postal_code", postal,
			"country", N("th"),
			"financing", N(pick(g.r, []string{"credit", "credit", "debit"})),
			"bank", N(bank[0]),
			"brand", N(bank[1]),
			"fingerprint", P(g.chars(b62Set+"+/", 43)+"="),
			"first_digits", N(nil),
			"last_digits", P(pattern(g.r, "####")),
			"name", P(holder),
			"expiration_month", P(1+g.r.IntN(12)),
			"expiration_year", P(2026+g.r.IntN(6)),
			"security_code_check", N(status != "failed" || g.r.IntN(2) == 0),
			"tokenization_method", orNull(Nif(pick(g.r, []string{"", "", "", "applepay", "googlepay"}))),
			"created_at", N(z(created.Add(-time.Duration(g.r.IntN(3))*time.Second))),
		)
		authorize = N("https://pay.omise.co/payments/" + g.w18Omise36("pay2_") + "/authorize")
		if !paid {
			c := pick(g.r, [][2]string{
				{"insufficient_fund", "insufficient funds in the account or the card has reached the credit limit"},
				{"stolen_or_lost_card", "card is stolen or lost"},
				{"failed_processing", "payment was not processed"},
				{"payment_rejected", "payment rejected by issuer"},
				{"failed_fraud_check", "card was marked as fraudulent"},
			})
			failureCode, failureMsg = N(c[0]), N(c[1])
		}
	default:
		typ, flow := "promptpay", "offline"
		phone := N(nil)
		platform := N(nil)
		var scannable *node = N(nil)
		switch kind {
		case "truemoney":
			typ, flow = "truemoney", "redirect"
			phone = g.phone("0" + g.nsn())
		case "mobile_banking":
			typ = pick(g.r, []string{"mobile_banking_scb", "mobile_banking_kbank", "mobile_banking_bay", "mobile_banking_bbl", "mobile_banking_ktb"})
			flow = "app_redirect"
			platform = N(pick(g.r, []string{"IOS", "ANDROID"}))
		default:
			docu := g.w18Omise36("docu_")
			scannable = O(
				"object", N("barcode"),
				"type", N("qr"),
				"image", O(
					"object", N("document"),
					"livemode", N(true),
					"id", N(docu),
					"deleted", N(false),
					"filename", N("qrcode.svg"),
					"location", N("/charges/"+chargeID+"/documents/"+docu),
					"kind", N("qr"),
					"download_uri", N("https://api.omise.co/charges/"+chargeID+"/documents/"+docu+"/downloads/"+strings.ToUpper(g.hex(16))),
					"created_at", N(z(created)),
				),
			)
		}
		if flow != "offline" {
			authorize = N("https://pay.omise.co/payments/" + g.w18Omise36("pay2_") + "/authorize")
		}
		srcID := g.w18Omise36("src_")
		refs := N(nil)
		if paid {
			refs = O("reference_number_1", N(pattern(g.r, "##########")), "reference_number_2", N(nil))
		}
		source = O(
			"object", N("source"),
			"id", N(srcID),
			"livemode", N(true),
			"location", N("/sources/"+srcID),
			"amount", N(amount),
			"barcode", N(nil),
			"bank", N(nil),
			"created_at", N(z(created)),
			"currency", N("THB"),
			"email", N(nil),
			"flow", N(flow),
			"installment_term", N(nil),
			"ip", N(nil),
			"absorption_type", N(nil),
			"name", N(nil),
			"mobile_number", N(nil),
			"phone_number", orNull(phone),
			"platform_type", platform,
			"scannable_code", scannable,
			"billing", N(nil),
			"shipping", N(nil),
			"items", A(),
			"references", N(nil),
			"provider_references", refs,
			"store_id", N(nil),
			"store_name", N(nil),
			"terminal_id", N(nil),
			"type", N(typ),
			"zero_interest_installments", N(nil),
			"charge_status", N(status),
			"receipt_amount", N(nil),
			"discounts", A(),
			"promotion_code", N(nil),
		)
		switch status {
		case "expired":
			failureCode, failureMsg = N("expired_charge"), N("charge expired")
		case "failed":
			failureCode, failureMsg = N("payment_rejected"), N("payment rejected by the user or the provider")
			if kind == "truemoney" {
				failureCode, failureMsg = N("insufficient_balance"), N("insufficient balance in the wallet")
			}
		}
	}
	// What the merchant wrote into the charge: an order number, a
	// consultation or an offering that tells of the buyer.
	orderNo := pattern(g.r, "ORD-########")
	desc := N("Order " + orderNo)
	switch {
	case strings.Contains(shop.url, "telemed") && strings.Contains(it[0].(string), "จิตแพทย์"):
		desc = S(it[0].(string)+" (โรคซึมเศร้า) - คุณ"+n.given+" "+n.family, "health")
	case strings.Contains(shop.url, "telemed"):
		desc = S(it[0].(string)+" - "+pick(g.r, []string{"โรคเบาหวาน", "ความดันโลหิตสูง", "ภูมิแพ้"})+" - "+n.givenL+" "+n.familyL, "health")
	case strings.Contains(shop.url, "merit"):
		desc = S(it[0].(string)+" วัดพระธาตุดอยสุเทพ - ผู้ทำบุญ "+n.given+" "+n.family, "religion")
	case g.r.IntN(3) == 0:
		desc = N("ค่าสินค้า คำสั่งซื้อ #" + orderNo)
	case g.r.IntN(4) == 0:
		desc = P("Charge for " + p.email)
	}
	meta := O("order_id", N(orderNo))
	if g.r.IntN(3) != 0 {
		name := n.given + " " + n.family
		if g.r.IntN(3) == 0 {
			name = n.givenL + " " + n.familyL
		}
		meta.set("customer_name", P(name))
		if ph := g.phone(pick(g.r, []string{"0" + g.nsn(), g.e164()})); ph != nil && g.r.IntN(2) == 0 {
			meta.set("customer_phone", ph)
		}
		meta.set("customer_email", P(p.email))
	}
	if p.showResidence && !strings.Contains(shop.url, "telemed") && !strings.Contains(shop.url, "merit") && g.r.IntN(3) != 0 {
		pl := pick(g.r, w18THPlaces)
		prov := pl.province
		if prov != "กรุงเทพมหานคร" {
			prov = "จ." + prov
		}
		addr := pick(g.r, w18THStreets) + " " + pl.sub + " " + pl.district + " " + prov + " " + pl.post
		g.lab.Residence = addCountry(g.lab.Residence, "TH")
		meta.set("shipping_address", g.addr(addr))
		note := bioLine{}
		switch {
		case g.r.IntN(3) == 0:
			note = pick(g.r, w18OmiseNotes)
		case p.bio != "" && p.c.lang == "th" && g.r.IntN(3) == 0:
			note = bioLine{p.bioCat, p.bio}
		}
		if note.text != "" {
			meta.set("note", textLeaf(note.text, note.cat))
		}
	}
	meta.set("source", N(pick(g.r, []string{"web", "line_oa", "mobile_app"})))
	customer := N(nil)
	if kind == "card" && g.r.IntN(3) == 0 {
		customer = P(g.w18Omise36("cust_"))
	}
	ip := N(nil)
	if g.r.IntN(4) != 0 {
		ip = P(p.ip)
	}
	refundsLoc := "/charges/" + chargeID + "/refunds"
	charge := O(
		"object", N("charge"),
		"id", N(chargeID),
		"location", N("/charges/"+chargeID),
		"amount", N(amount),
		"acquirer_reference_number", N(nil),
		"net", N(map[bool]int{true: amount - fee - feeVat}[paid]),
		"fee", N(fee),
		"fee_vat", N(feeVat),
		"interest", N(0),
		"interest_vat", N(0),
		"funding_amount", N(amount),
		"refunded_amount", N(0),
		"transaction_fees", O("fee_flat", N("0.0"), "fee_rate", N("3.65"), "vat_rate", N("7.0")),
		"platform_fee", O("fixed", N(nil), "amount", N(nil), "percentage", N(nil)),
		"currency", N("THB"),
		"funding_currency", N("THB"),
		"ip", ip,
		"refunds", O(
			"object", N("list"), "data", A(), "limit", N(20), "offset", N(0), "total", N(0),
			"location", N(refundsLoc), "order", N("chronological"), "from", N("1970-01-01T00:00:00Z"), "to", N(z(g.t)),
		),
		"link", N(nil),
		"description", desc,
		"metadata", meta,
		"card", orNull(card),
		"source", orNull(source),
		"schedule", N(nil),
		"customer", customer,
		"dispute", N(nil),
		"transaction", orNull(map[bool]*node{true: N(g.w18Omise36("trxn_"))}[paid]),
		"failure_code", failureCode,
		"failure_message", failureMsg,
		"status", N(status),
		"authorize_uri", authorize,
		"return_uri", N(shop.url+"/checkout/omise/complete?order="+orderNo),
		"created_at", N(z(created)),
		"paid_at", orNull(map[bool]*node{true: N(z(g.t.Add(-time.Second)))}[paid]),
		"expires_at", N(z(created.Add(map[bool]time.Duration{true: 24 * time.Hour, false: 7 * 24 * time.Hour}[kind == "promptpay"]))),
		"expired_at", orNull(map[bool]*node{true: N(z(g.t.Add(-time.Second)))}[status == "expired"]),
		"reversed_at", N(nil),
		"zero_interest_installments", N(false),
		"branch", N(nil),
		"terminal", N(nil),
		"device", N(nil),
		"authorized", N(paid),
		"capturable", N(false),
		"capture", N(true),
		"disputable", N(paid && kind == "card"),
		"livemode", N(true),
		"refundable", N(paid),
		"partially_refundable", N(paid && kind == "card"),
		"reversed", N(false),
		"reversible", N(false),
		"voided", N(false),
		"paid", N(paid),
		"expired", N(status == "expired"),
		"can_perform_void", N(false),
		"approval_code", orNull(map[bool]*node{true: N(pattern(g.r, "######"))}[paid && kind == "card"]),
	)
	evnt := g.w18Omise36("evnt_")
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(shop.url+"/webhooks/omise"),
			"headers", O(
				"Content-Type", N("application/json; charset=utf-8"),
				"User-Agent", N("Omise/2019-05-29"),
				"Omise-Signature", N(g.hex(64)),
				"Omise-Signature-Timestamp", N(fmt.Sprint(g.t.Unix())),
			),
			"body", O(
				"object", N("event"),
				"id", N(evnt),
				"livemode", N(true),
				"location", N("/events/"+evnt),
				"webhook_deliveries", A(),
				"data", charge,
				"key", N("charge.complete"),
				"created_at", N(z(g.t)),
			),
		),
		"response_status", N(200),
	)
}

// ------------------------------------------------------------- PayMongo

// w18PHNames are Filipino given names and surnames, with the middle
// initial (the mother's maiden surname) many write.
var w18PHGiven = []w18Person{
	{given: "Maria Cristina", givenL: "mariacristina", female: true},
	{given: "Jose Miguel", givenL: "josemiguel"},
	{given: "Rhea Mae", givenL: "rheamae", female: true},
	{given: "John Paul", givenL: "johnpaul"},
	{given: "Princess", givenL: "princess", female: true},
	{given: "Jerome", givenL: "jerome"},
	{given: "Kristine Joy", givenL: "kristinejoy", female: true},
	{given: "Mark Anthony", givenL: "markanthony"},
}

var w18PHFamily = [][2]string{{"Dela Cruz", "delacruz"}, {"Garcia", "garcia"}, {"Mendoza", "mendoza"}, {"Villanueva", "villanueva"}, {"Aquino", "aquino"}, {"Castillo", "castillo"}, {"Ramos", "ramos"}, {"Santos", "santos"}, {"Reyes", "reyes"}}

// w18PHPlaces are Philippine cities with their province or region, a
// postcode pattern and barangays.
var w18PHPlaces = []struct {
	city, state, post string
	brgys             []string
}{
	{"Quezon City", "Metro Manila", "11##", []string{"Brgy. Commonwealth", "Brgy. Teachers Village East", "Brgy. Kamuning"}},
	{"Makati City", "Metro Manila", "12##", []string{"Brgy. Poblacion", "Brgy. Bel-Air", "Brgy. San Antonio"}},
	{"Pasig City", "Metro Manila", "16##", []string{"Brgy. Kapitolyo", "Brgy. Ugong"}},
	{"Cebu City", "Cebu", "6000", []string{"Brgy. Lahug", "Brgy. Mabolo"}},
	{"Davao City", "Davao del Sur", "8000", []string{"Brgy. Buhangin", "Brgy. Talomo"}},
	{"Bacolod City", "Negros Occidental", "6100", []string{"Brgy. Mandalagan", "Brgy. Villamonte"}},
}

var w18PHLine1 = []string{"Unit 1204 Tower 2, Avida Towers Centera", "123 Rizal Ave.", "Blk 7 Lot 12 Sampaguita St.", "45 Mabini St.", "Lot 3 Phase 2, Camella Homes", "Rm 305, 3F Sunshine Bldg., 88 Jupiter St."}

// w18PayMongoShops are merchants with their statement descriptor, what
// they sell (in centavos) and how they describe a payment.
var w18PayMongoShops = []struct {
	descriptor, kind string
	prices           []int
}{
	{"SARI ONLINE", "shop", []int{49900, 125000, 289900}},
	{"PINOY GADGETS", "shop", []int{349900, 899900, 1599900}},
	{"KALUSUGAN CLINIC", "clinic", []int{50000, 80000, 150000}},
	{"SAN ROQUE PARISH", "parish", []int{20000, 50000, 100000}},
	{"ST. JUDE ACADEMY", "school", []int{1250000, 2500000}},
}

// w18PayMongoNotes are buyers' notes a shop keeps in the metadata, in
// English and Taglish.
var w18PayMongoNotes = []bioLine{
	{"", "Leave at the guard house"},
	{"", "Pa-deliver po after 5pm, salamat!"},
	{"", "Please call before delivery"},
	{"health", "PWD po ako (wheelchair user), paki-akyat na lang sa unit"},
	{"health", "Buntis po ako, sana ma-deliver bago ang check-up ko sa Huwebes"},
	{"religion", "Pang-regalo sa binyag ng inaanak ko, Catholic rosary set po"},
}

func paymongoPaymentPaid(g *gen) *node {
	g.redraw("PH")
	p := g.p
	given, family := p.given, p.family
	if g.r.IntN(2) == 0 {
		n := pick(g.r, w18PHGiven)
		f := pick(g.r, w18PHFamily)
		given, family = n.given, f[0]
		p.female = n.female
		p.email = g.w18Email(n.givenL, f[1], []string{"gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"})
	}
	name := given + " " + family
	if g.r.IntN(3) == 0 {
		name = given + " " + pick(g.r, []string{"D.", "S.", "M.", "B.", "C."}) + " " + family
	}
	shop := pick(g.r, w18PayMongoShops)
	kind := pick(g.r, []string{"card", "card", "gcash", "gcash", "paymaya"})
	if kind != "card" {
		// A GCash or Maya wallet is a Philippine mobile number.
		g.w18HomePhone("PH")
	}
	amount := pick(g.r, shop.prices)
	pct := map[string][2]int{"card": {3125, 1339}, "gcash": {250, 0}, "paymaya": {200, 0}}[kind]
	fee := amount*pct[0]/100000 + pct[1]
	if kind != "card" {
		fee = amount * pct[0] / 10000
	}
	phoneV := g.e164()
	if p.phoneCC == "PH" {
		phoneV = pick(g.r, []string{"0" + g.nsn(), g.e164(), g.e164(), "63" + g.nsn()})
	}
	ref := pattern(g.r, "#######")
	var desc *node
	switch shop.kind {
	case "clinic":
		desc = S(pick(g.r, []string{"Teleconsult - OB-GYN prenatal check-up - ", "Consultation - Psychiatry follow-up - ", "Dental - root canal treatment - "})+name, "health")
	case "parish":
		desc = S(pick(g.r, []string{"Mass intention for the eternal repose of Lolo Ben - offered by ", "Baptismal fee and donation - ", "Simbang Gabi offering - "})+name, "religion")
	case "school":
		// Tuition for a child: the pupil's name.
		child := pick(g.r, w18PHGiven).given + " " + family
		desc = P("Tuition fee - Grade " + fmt.Sprint(1+g.r.IntN(10)) + " - " + child)
	default:
		desc = N(pick(g.r, []string{"Payment for Order #" + ref, "Order " + ref, "Checkout Session " + g.b62(10)}))
	}
	var billing *node = N(nil)
	if kind == "card" || g.r.IntN(2) == 0 {
		b := O()
		if p.showResidence {
			pl := pick(g.r, w18PHPlaces)
			post := pattern(g.r, pl.post)
			b.set("address", O(
				"city", g.addr(pl.city),
				"country", g.residence("PH"),
				"line1", g.addr(pick(g.r, w18PHLine1)),
				"line2", g.addr(pick(g.r, pl.brgys)),
				"postal_code", g.addr(post),
				"state", g.addrN(pl.state),
			))
		} else {
			b.set("address", O("city", N(nil), "country", N(nil), "line1", N(nil), "line2", N(nil), "postal_code", N(nil), "state", N(nil)))
		}
		b.set("email", P(p.email))
		b.set("name", P(name))
		b.set("phone", orNull(g.phone(phoneV)))
		billing = b
	}
	var source *node
	switch kind {
	case "card":
		source = O(
			"id", N("card_"+g.b62(24)),
			"type", N("card"),
			"brand", N(pick(g.r, []string{"visa", "visa", "mastercard"})),
			"country", N("PH"),
			"last4", P(pattern(g.r, "####")),
		)
	default:
		source = O("id", N("src_"+g.b62(24)), "type", N(kind))
	}
	meta := N(nil)
	switch g.r.IntN(4) {
	case 0:
		meta = O("order_id", N(ref), "customer_id", P("CUST-"+pattern(g.r, "######")))
	case 1:
		m := O("order_id", N(ref))
		nl := pick(g.r, w18PayMongoNotes)
		m.set("notes", textLeaf(nl.text, nl.cat))
		meta = m
	}
	taxes := A()
	if kind == "card" && g.r.IntN(3) == 0 {
		taxes.arr = append(taxes.arr, O("amount", N(fee*12/100), "currency", N("PHP"), "inclusive", N(false), "name", N("VAT"), "type", N("vat"), "value", N("12")))
	}
	created := g.t.Add(-time.Duration(5+g.r.IntN(120)) * time.Second)
	paidAt := created.Add(time.Duration(1+g.r.IntN(4)) * time.Second)
	available := time.Date(g.t.Year(), g.t.Month(), g.t.Day(), 16, 0, 0, 0, time.UTC).AddDate(0, 0, 1+g.r.IntN(5))
	pay := O(
		"id", N("pay_"+g.b62(24)),
		"type", N("payment"),
		"attributes", O(
			"access_url", N(nil),
			"amount", N(amount),
			"balance_transaction_id", N("bal_txn_"+g.b62(24)),
			"billing", billing,
			"currency", N("PHP"),
			"description", desc,
			"disputed", N(false),
			"external_reference_number", N(nil),
			"fee", N(fee),
			"foreign_fee", N(0),
			"livemode", N(true),
			"net_amount", N(amount-fee),
			"origin", N(pick(g.r, []string{"api", "links", "checkout"})),
			"payment_intent_id", N("pi_"+g.b62(24)),
			"payout", N(nil),
			"source", source,
			"statement_descriptor", N(shop.descriptor),
			"status", N("paid"),
			"tax_amount", N(nil),
			"metadata", meta,
			"promotion", N(nil),
			"refunds", A(),
			"taxes", taxes,
			"available_at", N(available.Unix()),
			"created_at", N(created.Unix()),
			"credited_at", N(available.Unix()),
			"paid_at", N(paidAt.Unix()),
			"updated_at", N(paidAt.Unix()),
		),
	)
	evt := "evt_" + g.b62(24)
	body := O("data", O(
		"id", N(evt),
		"type", N("event"),
		"attributes", O(
			"type", N("payment.paid"),
			"livemode", N(true),
			"data", pay,
			"previous_data", O(),
			"pending_webhooks", N(1),
			"created_at", N(g.t.Unix()),
			"updated_at", N(g.t.Unix()),
		),
	))
	host := pick(g.r, []string{"https://shop.sarionline.example.ph", "https://pay.kalusugan.example.com.ph", "https://api.pinoygadgets.example.com"})
	return O(
		"request", O(
			"method", N("POST"),
			"url", N(host+"/webhooks/paymongo"),
			"headers", O(
				"Content-Type", N("application/json"),
				"Paymongo-Signature", N(fmt.Sprintf("t=%d,te=,li=%s", g.t.Unix(), g.hex(64))),
				"User-Agent", N("PayMongo-Webhook/1.0"),
			),
			"body", body,
		),
		"response_status", N(200),
	)
}

// ------------------------------------------------------------- Trendyol

// w18TRNames are Turkish names with the letters Turkish writes.
var w18TRNames = []w18Person{
	{"Çağla", "Öztürk", "cagla", "ozturk", true},
	{"Gökhan", "Çelik", "gokhan", "celik", false},
	{"Büşra", "Şahin", "busra", "sahin", true},
	{"Ömer Faruk", "Aydın", "omerfaruk", "aydin", false},
	{"Şükrü", "Doğan", "sukru", "dogan", false},
	{"Gülşen", "Yıldız", "gulsen", "yildiz", true},
	{"İbrahim", "Koç", "ibrahim", "koc", false},
	{"Özlem", "Erdoğan", "ozlem", "erdogan", true},
	{"Elif Nur", "Güneş", "elifnur", "gunes", true},
	{"Uğur", "Çakır", "ugur", "cakir", false},
}

// w18TRPlaces are Turkish provinces (il, with the plate code) and
// districts (ilçe) with mahalles and the first digits of their postcodes.
var w18TRPlaces = []struct {
	city     string
	cityCode int
	district string
	mahalle  []string
	post     string
	lat, lng float64
}{
	{"İstanbul", 34, "Kadıköy", []string{"Caferağa Mah.", "Fenerbahçe Mah.", "Koşuyolu Mah."}, "347", 40.99, 29.03},
	{"İstanbul", 34, "Üsküdar", []string{"Altunizade Mah.", "Acıbadem Mah."}, "346", 41.02, 29.04},
	{"İstanbul", 34, "Esenyurt", []string{"Pınar Mah.", "Fatih Mah."}, "345", 41.03, 28.67},
	{"Ankara", 6, "Çankaya", []string{"Kızılay Mah.", "Bahçelievler Mah.", "Ayrancı Mah."}, "064", 39.91, 32.85},
	{"İzmir", 35, "Karşıyaka", []string{"Bostanlı Mah.", "Mavişehir Mah."}, "355", 38.46, 27.11},
	{"Bursa", 16, "Nilüfer", []string{"Görükle Mah.", "Beşevler Mah."}, "161", 40.21, 28.98},
	{"Diyarbakır", 21, "Kayapınar", []string{"Talaytepe Mah.", "Huzurevleri Mah."}, "214", 37.94, 40.17},
	{"Trabzon", 61, "Ortahisar", []string{"Kemerkaya Mah.", "Çukurçayır Mah."}, "610", 41.0, 39.72},
}

var w18TRStreets = []string{"Moda Cad. No:45 D:7", "Şehit Mehmet Sok. No:12 Kat:3 D:8", "Atatürk Bulvarı No:120/4", "1203/4 Sk. No:9 D:2", "Gazi Mustafa Kemal Bulv. No:88 D:14", "Gül Sok. Yıldız Apt. No:3 D:5", "Cumhuriyet Cad. No:214 Kat:2"}

// w18TrendyolProducts are goods with their colour, size and price in lira.
var w18TrendyolProducts = []struct {
	name, color, size string
	price             float64
	category          int
}{
	{"Kadın Siyah Yüksek Bel Mom Jeans", "Siyah", "36", 449.99, 411},
	{"Erkek Beyaz Basic Oversize T-shirt", "Beyaz", "L", 199.99, 384},
	{"Philips Airfryer XXL HD9650/90", "Siyah", "Tek Ebat", 7499, 1094},
	{"Kadife Seccade ve Tesbih Hediye Seti", "Yeşil", "Tek Ebat", 329.9, 2817},
	{"Bebek Islak Mendil 12'li Paket", "", "Tek Ebat", 289.5, 1502},
	{"Omron M2 Koldan Tansiyon Aleti", "Beyaz", "Tek Ebat", 1249, 2213},
	{"Erkek Lacivert Slim Fit Takım Elbise", "Lacivert", "50", 2199.99, 390},
}

// w18YKN is a foreigner's identification number of Türkiye (yabancı
// kimlik numarası): 99 and seven digits, then the two check digits of a
// T.C. kimlik numarası.
func w18YKN(r *rand.Rand) string {
	d := append([]int{9, 9}, digits(r, 7)...)
	odd := d[0] + d[2] + d[4] + d[6] + d[8]
	even := d[1] + d[3] + d[5] + d[7]
	d10 := ((7*odd-even)%10 + 10) % 10
	return str(append(d, d10, (odd+even+d10)%10))
}

// w18TRPhone is a Turkish number as Trendyol shows it (05xx…), any other
// as E.164.
func w18TRPhone(e164 string) string {
	if strings.HasPrefix(e164, "+90") {
		return "0" + strings.TrimPrefix(e164, "+90")
	}
	return e164
}

func trendyolShipmentPackages(g *gen) *node {
	g.redraw("TR")
	p := g.p
	sellerID := 100000 + g.r.IntN(900000)
	status := pick(g.r, []string{"Created", "Created", "Picking", "Invoiced", "Shipped", "Delivered", "Cancelled", "UnDelivered", "Returned"})
	ms := func(t time.Time) *node { return N(t.UnixMilli()) }
	cargo := pick(g.r, []string{"Trendyol Express Marketplace", "Yurtiçi Kargo Marketplace", "Aras Kargo Marketplace", "MNG Kargo Marketplace", "PTT Kargo Marketplace", "Sürat Kargo Marketplace"})
	type buyer struct {
		first, last string
		main        bool
		phoneE164   string
		tckn        string
		female      bool
	}
	// An address of a buyer: the main subject's through the label helpers
	// (called only when the event states a residence), another buyer's as
	// plain personal leaves.
	address := func(b buyer) *node {
		pl := pick(g.r, w18TRPlaces)
		mah := pick(g.r, pl.mahalle)
		street := pick(g.r, w18TRStreets)
		post := pl.post + pattern(g.r, "##")
		full := mah + " " + street + " " + pl.district + "/" + pl.city
		addr := func(v string) *node { return P(v) }
		country := N("TR")
		if b.main {
			addr = g.addr
			country = g.residence("TR")
		}
		var phone *node = N(nil)
		if g.r.IntN(3) == 0 {
			// Trendyol masks most buyers' numbers; some come through.
			if b.main {
				phone = orNull(g.phone(w18TRPhone(b.phoneE164)))
			} else {
				phone = P(w18TRPhone(b.phoneE164))
			}
		}
		return O(
			"id", N(10000000+g.r.IntN(90000000)),
			"firstName", P(b.first),
			"lastName", P(b.last),
			"company", N(""),
			"address1", addr(mah+" "+street),
			"address2", N(""),
			"city", addr(pl.city),
			"cityCode", N(pl.cityCode),
			"district", N(pl.district),
			"districtId", N(100+g.r.IntN(900)),
			"countyId", N(0),
			"countyName", N(""),
			"shortAddress", N(""),
			"stateName", N(""),
			"postalCode", addr(post),
			"countryCode", country,
			"neighborhoodId", P(10000+g.r.IntN(90000)),
			"neighborhood", addr(mah),
			"phone", phone,
			"latitude", addr(fmt.Sprintf("%.5f", pl.lat+float64(g.r.IntN(2000)-1000)/100000)),
			"longitude", addr(fmt.Sprintf("%.5f", pl.lng+float64(g.r.IntN(2000)-1000)/100000)),
			"fullAddress", addr(full),
			"fullName", P(b.first+" "+b.last),
		)
	}
	// A collection point (a Trendyol pickup store or locker): its address
	// under the buyer's name, which says nothing of where the buyer lives.
	collection := func(b buyer) *node {
		pt := pick(g.r, []struct{ name, city, district, mah, addr, post string }{
			{"Trendyol Teslimat Noktası - Moda", "İstanbul", "Kadıköy", "Caferağa Mah.", "Caferağa Mah. Bahariye Cad. No:18", "34710"},
			{"Trendyol Teslimat Noktası - Kızılay", "Ankara", "Çankaya", "Kızılay Mah.", "Kızılay Mah. Atatürk Bulv. No:64", "06420"},
			{"Trendyol Express Dolap - Bostanlı", "İzmir", "Karşıyaka", "Bostanlı Mah.", "Bostanlı Mah. Cemal Gürsel Cad. No:402", "35590"},
		})
		return O(
			"id", N(10000000+g.r.IntN(90000000)),
			"firstName", P(b.first),
			"lastName", P(b.last),
			"company", N(pt.name),
			"address1", N(pt.addr),
			"address2", N(""),
			"city", N(pt.city),
			"cityCode", N(map[string]int{"İstanbul": 34, "Ankara": 6, "İzmir": 35}[pt.city]),
			"district", N(pt.district),
			"districtId", N(100+g.r.IntN(900)),
			"countyId", N(0),
			"countyName", N(""),
			"shortAddress", N(""),
			"stateName", N(""),
			"postalCode", N(pt.post),
			"countryCode", N("TR"),
			"neighborhoodId", N(10000+g.r.IntN(90000)),
			"neighborhood", N(pt.mah),
			"phone", N(nil),
			"fullAddress", N(pt.addr+" "+pt.district+"/"+pt.city),
			"fullName", P(b.first+" "+b.last),
		)
	}
	pkg := func(b buyer) *node {
		pickup := b.main && !g.p.showResidence
		var ship, inv *node
		commercial := false
		switch {
		case pickup:
			ship = collection(b)
			inv = O()
			for _, m := range ship.obj {
				inv.set(m.key, m.val)
			}
			inv.set("id", N(10000000+g.r.IntN(90000000)))
		case g.r.IntN(8) == 0:
			// A company buyer: the invoice goes to the company.
			commercial = true
			ship = address(b)
			inv = address(b)
			inv.set("company", N(pick(g.r, []string{"Anadolu Bilişim Ltd. Şti.", "Ege Gıda San. ve Tic. A.Ş.", "Marmara Yapı Ltd. Şti."})))
			inv.set("taxOffice", N(pick(g.r, []string{"Kadıköy", "Çankaya", "Karşıyaka", "Nilüfer"})))
			inv.set("taxNumber", N(pattern(g.r, "##########")))
		case g.r.IntN(4) == 0:
			// Invoiced to the buyer's other address (home, office).
			ship = address(b)
			inv = address(b)
		default:
			// The same address under another id.
			ship = address(b)
			inv = O()
			for _, m := range ship.obj {
				inv.set(m.key, m.val)
			}
			inv.set("id", N(10000000+g.r.IntN(90000000)))
		}
		orderDate := g.t.Add(-time.Duration(3600+g.r.IntN(4*86400)) * time.Second)
		nLines := 1 + g.r.IntN(2)
		lines := A()
		gross := 0.0
		disc := 0.0
		for range nLines {
			pr := pick(g.r, w18TrendyolProducts)
			q := 1 + g.r.IntN(2)
			d := 0.0
			if g.r.IntN(3) == 0 {
				d = float64(int(pr.price*10)) / 100
			}
			gross += pr.price * float64(q)
			disc += d
			barcode := "868" + pattern(g.r, "##########")
			lines.arr = append(lines.arr, O(
				"quantity", N(q),
				"salesCampaignId", N(100+g.r.IntN(900)),
				"productSize", N(pr.size),
				"merchantSku", N(pattern(g.r, "SKU-#####")),
				"productName", N(pr.name+" - "+pr.size+map[bool]string{true: ", " + pr.color, false: ""}[pr.color != ""]),
				"productCode", N(100000000+g.r.IntN(900000000)),
				"productOrigin", N("TR"),
				"merchantId", N(sellerID),
				"amount", N(pr.price),
				"discount", N(d),
				"tyDiscount", N(0),
				"discountDetails", A(O("lineItemPrice", N(pr.price-d), "lineItemDiscount", N(d), "lineItemTyDiscount", N(0))),
				"currencyCode", N("TRY"),
				"productColor", N(pr.color),
				"id", N(1000000000+g.r.IntN(900000000)),
				"sku", N(barcode),
				"vatBaseAmount", N(pick(g.r, []int{10, 20})),
				"barcode", N(barcode),
				"orderLineItemStatusName", N(status),
				"price", N(pr.price-d),
				"fastDeliveryOptions", A(),
				"productCategoryId", N(pr.category),
			))
		}
		round := func(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
		email := "pf+" + g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 8) + "@trendyolmail.com"
		tckn := N("11111111111")
		if b.tckn != "" {
			tckn = P(b.tckn)
		}
		// The package's history up to its status.
		steps := map[string][]string{
			"Created": {"Created"}, "Picking": {"Created", "Picking"}, "Invoiced": {"Created", "Picking", "Invoiced"},
			"Shipped": {"Created", "Picking", "Invoiced", "Shipped"}, "Delivered": {"Created", "Picking", "Invoiced", "Shipped", "Delivered"},
			"Cancelled": {"Created", "Cancelled"}, "UnDelivered": {"Created", "Picking", "Invoiced", "Shipped", "UnDelivered"},
			"Returned": {"Created", "Picking", "Invoiced", "Shipped", "Delivered", "Returned"},
		}[status]
		hist := A()
		at := orderDate
		for _, s := range steps {
			hist.arr = append(hist.arr, O("createdDate", ms(at), "status", N(s)))
			at = at.Add(time.Duration(1800+g.r.IntN(20*3600)) * time.Second)
		}
		pkgID := 1000000000 + g.r.IntN(2000000000)
		tracking := 7330000000000000 + g.r.Int64N(9999999999999)
		fast := g.r.IntN(6) == 0
		o := O(
			"shipmentAddress", ship,
			"orderNumber", N("10"+pattern(g.r, "#########")),
			"grossAmount", N(round(gross)),
			"totalDiscount", N(round(disc)),
			"totalTyDiscount", N(0),
			"taxNumber", N(nil),
			"invoiceAddress", inv,
			"customerFirstName", P(b.first),
			"customerEmail", P(email),
			"customerId", P(10000000+g.r.IntN(90000000)),
			"customerLastName", P(b.last),
			"id", N(pkgID),
			"cargoTrackingNumber", N(tracking),
			"cargoTrackingLink", N("https://kargotakip.trendyol.com/?token="+g.b62(32)),
			"cargoSenderNumber", N(pattern(g.r, "21009########")),
			"cargoProviderName", N(cargo),
			"lines", lines,
			"orderDate", ms(orderDate),
			"tcIdentityNumber", tckn,
			"currencyCode", N("TRY"),
			"packageHistories", hist,
			"shipmentPackageStatus", N(status),
			"status", N(status),
			"whoPays", N(1),
			"deliveryType", N(map[bool]string{true: "fast", false: "normal"}[fast]),
			"timeSlotId", N(0),
			"scheduledDeliveryStoreId", N(""),
			"estimatedDeliveryStartDate", ms(orderDate.AddDate(0, 0, 2)),
			"estimatedDeliveryEndDate", ms(orderDate.AddDate(0, 0, 4)),
			"totalPrice", N(round(gross-disc)),
			"deliveryAddressType", N(map[bool]string{true: "CollectionPoint", false: "Shipment"}[pickup]),
			"agreedDeliveryDate", ms(orderDate.AddDate(0, 0, 2)),
			"agreedDeliveryDateExtendible", N(false),
			"fastDelivery", N(fast),
			"fastDeliveryType", N(map[bool]string{true: "SameDayShipping", false: ""}[fast]),
			"originShipmentDate", ms(orderDate),
			"lastModifiedDate", ms(at),
			"commercial", N(commercial),
			"deliveredByService", N(false),
			"micro", N(false),
			"giftBoxRequested", N(g.r.IntN(10) == 0),
			"3pByTrendyol", N(false),
			"etgbNo", N(""),
			"etgbDate", N(0),
			"containsDangerousProduct", N(false),
			"cargoDeci", N(1+g.r.IntN(6)),
			"isCod", N(false),
			"createdBy", N("order-creation"),
			"originPackageIds", N(nil),
			"warehouseId", N(100000+g.r.IntN(900000)),
			"invoiceLink", N(map[bool]string{true: "https://efatura.example.com.tr/" + g.uuid() + ".pdf", false: ""}[status != "Created" && status != "Picking" && status != "Cancelled"]),
		)
		return o
	}
	// The main buyer: the corpus's Turkish name or one of these; a
	// foreigner living in Türkiye has a 99 number.
	first, last := p.given, p.family
	if g.r.IntN(2) == 0 {
		n := pick(g.r, w18TRNames)
		first, last = n.given, n.family
		p.female = n.female
	}
	tckn := ""
	if g.r.IntN(5) < 2 {
		tckn = p.idValue
		if p.cit != p.c || tckn == "" {
			tckn = w18YKN(g.r)
		}
	}
	main := buyer{first: first, last: last, main: true, phoneE164: p.phoneE164, tckn: tckn, female: p.female}
	content := A(pkg(main))
	// Other buyers' packages on the same page.
	for range g.r.IntN(3) {
		n := pick(g.r, w18TRNames)
		for n.family == last {
			n = pick(g.r, w18TRNames)
		}
		q := newPerson(g.r, countryByCode("TR"), g.t)
		t := ""
		if g.r.IntN(3) == 0 {
			t = genTCKN(g.r, q.dob, n.female, [2]string{})
		}
		content.arr = append(content.arr, pkg(buyer{first: n.given, last: n.family, phoneE164: q.phoneE164, tckn: t, female: n.female}))
	}
	key := base64.StdEncoding.EncodeToString([]byte(g.b62(20) + ":" + g.b62(20)))
	start := g.t.AddDate(0, 0, -7)
	return O(
		"request", O(
			"method", N("GET"),
			"url", N(fmt.Sprintf("https://apigw.trendyol.com/integration/order/sellers/%d/orders", sellerID)),
			"query", O(
				"status", N(status),
				"startDate", N(fmt.Sprint(start.UnixMilli())),
				"endDate", N(fmt.Sprint(g.t.UnixMilli())),
				"page", N("0"),
				"size", N("50"),
				"orderByField", N("PackageLastModifiedDate"),
				"orderByDirection", N("DESC"),
			),
			"headers", O(
				"Authorization", C("Basic "+key),
				"User-Agent", N(fmt.Sprintf("%d - SelfIntegration", sellerID)),
			),
		),
		"response", O(
			"status", N(200),
			"body", O(
				"page", N(0),
				"size", N(50),
				"totalPages", N(1),
				"totalElements", N(len(content.arr)),
				"content", content,
			),
		),
	)
}

// ---------------------------------------------------------------- Salla

// w18SANames are Saudi names in Arabic script and Latin letters;
// w18SAResidents are names of residents from elsewhere (iqama holders).
var w18SANames = []w18Person{
	{"محمد", "العتيبي", "Mohammed", "Alotaibi", false},
	{"نورة", "القحطاني", "Noura", "Alqahtani", true},
	{"عبدالعزيز", "الشهري", "Abdulaziz", "Alshehri", false},
	{"ريم", "الدوسري", "Reem", "Aldosari", true},
	{"فيصل", "الغامدي", "Faisal", "Alghamdi", false},
	{"سارة", "الحربي", "Sarah", "Alharbi", true},
	{"خالد", "الزهراني", "Khalid", "Alzahrani", false},
	{"لمى", "المطيري", "Lama", "Almutairi", true},
	{"تركي", "السبيعي", "Turki", "Alsubaie", false},
}

var w18SAResidents = []w18Person{
	{"أحمد", "عبدالحميد", "Ahmed", "Abdelhamid", false},
	{"محمد عمران", "خان", "Muhammad Imran", "Khan", false},
	{"Rahul", "Nair", "Rahul", "Nair", false},
	{"Maricel", "Dela Cruz", "Maricel", "Dela Cruz", true},
	{"هبة", "الخطيب", "Heba", "Alkhatib", true},
}

// w18SAPlaces are Saudi cities with districts (أحياء), the first digits of
// their postcodes and a point in them.
var w18SAPlaces = []struct {
	city, cityL string
	districts   []string
	post        string
	lat, lng    float64
}{
	{"الرياض", "Riyadh", []string{"حي النرجس", "حي الملقا", "حي العليا", "حي الياسمين"}, "13", 24.77, 46.67},
	{"جدة", "Jeddah", []string{"حي الروضة", "حي الشاطئ", "حي السلامة"}, "23", 21.54, 39.17},
	{"الدمام", "Dammam", []string{"حي الفيصلية", "حي الشاطئ الغربي"}, "32", 26.42, 50.09},
	{"مكة المكرمة", "Makkah", []string{"حي العزيزية", "حي الشوقية"}, "24", 21.39, 39.86},
	{"المدينة المنورة", "Madinah", []string{"حي قباء", "حي العوالي"}, "42", 24.47, 39.61},
	{"أبها", "Abha", []string{"حي المنسك"}, "62", 18.22, 42.5},
}

var w18SAStreets = []string{"شارع الأمير محمد بن سلمان", "طريق الملك عبدالعزيز", "شارع التحلية", "شارع الأمير سلطان", "طريق الملك فهد", "Prince Sultan St", "King Abdulaziz Rd"}

// w18SallaProducts are goods with their SKU, price in riyals and weight.
var w18SallaProducts = []struct {
	name, sku string
	price     float64
	weight    float64
	option    [2]string
}{
	{"عطر دهن العود الملكي 12 مل", "OUD-12", 450, 0.2, [2]string{"الحجم", "12 مل"}},
	{"سجادة صلاة مبطنة", "SAJ-01", 120, 0.8, [2]string{"اللون", "أخضر"}},
	{"مصحف التجويد الملون - حجم وسط", "QRN-M", 85, 0.9, [2]string{}},
	{"تمر سكري فاخر 3 كيلو", "DATE-3", 140, 3, [2]string{}},
	{"عباية كريب سوداء", "ABY-CR", 320, 0.7, [2]string{"المقاس", "54"}},
	{"جهاز قياس السكر Accu-Chek Instant", "ACC-IN", 199, 0.3, [2]string{}},
	{"ساعة ذكية Huawei Watch Fit 3", "HW-FIT3", 549, 0.3, [2]string{"اللون", "أسود"}},
	{"بطاقة هدية رقمية 200 ريال", "GIFT-200", 200, 0, [2]string{}},
}

// w18SallaNotes are buyers' notes on an item.
var w18SallaNotes = []bioLine{
	{"", "الرجاء التغليف كهدية مع بطاقة إهداء"},
	{"", "الاتصال قبل التوصيل بساعة"},
	{"", "Please deliver after 5 pm"},
	{"health", "أنا مريض سكري وأحتاج الجهاز بشكل عاجل"},
	{"health", "بعد عملية في الركبة، الرجاء التسليم عند باب الشقة"},
	{"religion", "الرجاء عدم الاتصال وقت صلاة الجمعة"},
}

// w18SaudiID is a Saudi national identity number (1…, citizens) or an
// iqama number (2…, residents): ten digits, the last the Luhn check digit
// of the nine before it.
func w18SaudiID(r *rand.Rand, resident bool) string {
	first := "1"
	if resident {
		first = "2"
	}
	body := first + pattern(r, "########")
	return body + fmt.Sprint(luhnDigit(body))
}

func sallaOrderCreated(g *gen) *node {
	g.redraw("SA")
	p := g.p
	resident := p.cit != p.c
	n := w18Person{p.given, p.family, latinName(p.given, p.givenL), latinName(p.family, p.familyL), p.female}
	if resident {
		n = pick(g.r, w18SAResidents)
	} else if g.r.IntN(3) != 0 {
		n = pick(g.r, w18SANames)
	}
	p.female = n.female
	p.email = g.w18Email(n.givenL, n.familyL, []string{"gmail.com", "hotmail.com", "outlook.sa", "icloud.com"})
	first, last := n.given, n.family
	if g.r.IntN(3) == 0 {
		first, last = n.givenL, n.familyL
	}
	riyadh := time.FixedZone("", 3*3600)
	created := g.t.Add(-time.Duration(1+g.r.IntN(20)) * time.Second)
	merchant := 100000000 + g.r.IntN(1900000000)
	store := pick(g.r, [][2]string{{"oud-alreef", "متجر عود الريف"}, {"bait-alhadiya", "بيت الهدية"}, {"tech-zone", "تك زون"}})
	orderID := 100000000 + g.r.IntN(1900000000)
	custID := 100000000 + g.r.IntN(1900000000)
	prod := pick(g.r, w18SallaProducts)
	digital := prod.weight == 0
	qty := 1 + g.r.IntN(2)
	sub := prod.price * float64(qty)
	shipCost := 0.0
	if !digital {
		shipCost = pick(g.r, []float64{0, 25, 30})
	}
	method := pick(g.r, []string{"mada", "mada", "credit_card", "apple_pay", "stc_pay", "bank", "cod", "tabby", "tamara"})
	cod := 0.0
	if method == "cod" {
		cod = 15
	}
	tax := (sub + shipCost + cod) * 0.15
	total := sub + shipCost + cod + tax
	r2 := func(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
	money := func(f float64) *node { return O("amount", N(r2(f)), "currency", N("SAR")) }
	statusSlug := pick(g.r, [][2]string{{"بإنتظار المراجعة", "under_review"}, {"قيد التنفيذ", "in_progress"}, {"بإنتظار الدفع", "payment_pending"}})
	if method == "bank" {
		statusSlug = [2]string{"بإنتظار المراجعة", "under_review"}
	}
	statusID := 100000000 + g.r.IntN(900000000)
	sallaDate := func(t time.Time) *node {
		return O("date", N(t.In(riyadh).Format("2006-01-02 15:04:05.000000")), "timezone_type", N(3), "timezone", N("Asia/Riyadh"))
	}
	// The buyer's mobile: the local number and its country code apart.
	mobile, mobileCode := N(nil), N(nil)
	if ph := g.phone(w18NSN(p.phoneE164)); ph != nil {
		nsn := w18NSN(p.phoneE164)
		var v int64
		fmt.Sscan(nsn, &v)
		mobile = P(v)
		mobileCode = N(w18CallingCode(p.phoneE164))
	}
	pl := pick(g.r, w18SAPlaces)
	city, country := N(""), N("")
	if p.showResidence {
		city = g.addr(pl.city)
		country = g.residence(pick(g.r, []string{"السعودية", "SA"}))
	}
	customer := O(
		"id", P(custID),
		"full_name", P(first+" "+last),
		"first_name", P(first),
		"last_name", P(last),
		"mobile", mobile,
		"mobile_code", mobileCode,
		"email", P(p.email),
		"urls", O("customer", P(fmt.Sprintf("https://s.salla.sa/customers/%d", custID)), "admin", P(fmt.Sprintf("https://s.salla.sa/customers/%d", custID))),
		"avatar", N("https://cdn.assets.salla.network/prod/admin/cp/assets/images/avatar_"+map[bool]string{true: "female", false: "male"}[n.female]+".jpeg"),
		"gender", orEmpty(map[bool]*node{true: P(map[bool]string{true: "female", false: "male"}[n.female])}[g.r.IntN(3) != 0]),
	)
	if g.r.IntN(3) == 0 {
		customer.set("birthday", g.dob("2006-01-02"))
	} else {
		customer.set("birthday", N(nil))
	}
	customer.set("city", city)
	customer.set("country", country)
	customer.set("location", N(""))
	customer.set("updated_at", sallaDate(created.AddDate(0, -g.r.IntN(12), -g.r.IntN(28))))
	// Shipping: to the buyer's national address, or as a gift to someone
	// else; a digital gift card ships nothing.
	var shipping *node = N(nil)
	pickup := !digital && !p.showResidence && g.r.IntN(2) == 0
	if !digital {
		gift := !p.showResidence || g.r.IntN(5) == 0
		building := pattern(g.r, "####")
		street := pick(g.r, w18SAStreets)
		district := pick(g.r, pl.districts)
		post := pl.post + pattern(g.r, "###")
		short := strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 4)) + pattern(g.r, "####")
		line := district + "، " + street + "، " + building + "، " + pl.city + " " + post + " (" + short + ")"
		rcvName, rcvEmail, rcvPhone := P(first+" "+last), P(p.email), N(nil)
		var addr *node
		switch {
		case pickup:
			// Collected at the shop's branch: its address, the buyer's name.
			if ph := g.phone(g.e164()); ph != nil {
				rcvPhone = ph
			}
			addr = O(
				"country", N("السعودية"),
				"country_code", N("SA"),
				"city", N("الرياض"),
				"shipping_address", N("فرع العليا، طريق الملك فهد، مبنى 3120"),
				"street_number", N("3120"),
				"block", N("حي العليا"),
				"postal_code", N("12214"),
				"geo_coordinates", O("lat", N(24.69), "lng", N(46.685)),
			)
		case gift:
			q := newPerson(g.r, countryByCode("SA"), g.t)
			qn := pick(g.r, w18SANames)
			rcvName, rcvEmail, rcvPhone = P(qn.given+" "+qn.family), N(""), P(q.phoneE164)
			addr = O(
				"country", N("السعودية"),
				"country_code", N("SA"),
				"city", P(pl.city),
				"shipping_address", P(line),
				"street_number", P(building),
				"block", P(district),
				"postal_code", P(post),
				"geo_coordinates", O("lat", P(pl.lat+float64(g.r.IntN(1000)-500)/10000), "lng", P(pl.lng+float64(g.r.IntN(1000)-500)/10000)),
			)
		default:
			if ph := g.phone(g.e164()); ph != nil {
				rcvPhone = ph
			}
			addr = O(
				"country", g.residence("السعودية"),
				"country_code", g.residence("SA"),
				"city", g.addr(pl.city),
				"shipping_address", g.addr(line),
				"street_number", g.addr(building),
				"block", g.addr(district),
				"postal_code", g.addr(post),
				"geo_coordinates", O("lat", P(pl.lat+float64(g.r.IntN(1000)-500)/10000), "lng", P(pl.lng+float64(g.r.IntN(1000)-500)/10000)),
			)
		}
		company := pick(g.r, [][2]string{{"أرامكس", "aramex"}, {"سمسا", "smsa"}, {"ناقل", "naqel"}, {"سبل البريد السعودي", "spl"}, {"DHL", "dhl"}})
		if pickup {
			company = [2]string{"استلام من الفرع", "pickup"}
		}
		shipping = O(
			"id", N(100000000+g.r.IntN(900000000)),
			"app_id", N(100000000+g.r.IntN(900000000)),
			"company", N(company[0]),
			"company_id", N(100000000+g.r.IntN(900000000)),
			"logo", N("https://cdn.salla.sa/shipping/"+company[1]+".png"),
			"receiver", O("name", rcvName, "email", rcvEmail, "phone", rcvPhone),
			"shipper", O(
				"name", N(store[1]),
				"company_name", N(store[1]),
				"phone", N("+96611"+pattern(g.r, "#######")),
				"email", N("orders@"+store[0]+".example.sa"),
			),
			"pickup_address", O(
				"country", N("السعودية"),
				"city", N("الرياض"),
				"shipping_address", N("حي السلي، طريق الخرج، مستودع 14"),
				"street_number", N("7421"),
				"block", N("حي السلي"),
				"postal_code", N("14322"),
				"geo_coordinates", O("lat", N(24.61), "lng", N(46.81)),
			),
			"address", addr,
			"shipment", O("id", N(nil), "pickup_id", N(nil), "tracking_link", N(nil), "label", A()),
			"policy_options", N(nil),
		)
	}
	// An item note: the buyer's own words; for a warranty some shops ask
	// for the buyer's national id or iqama number.
	notes := N("")
	switch x := g.r.IntN(6); {
	case x == 0:
		nl := pick(g.r, w18SallaNotes)
		notes = textLeaf(nl.text, nl.cat)
	case x == 1 && (strings.HasPrefix(prod.sku, "HW") || strings.HasPrefix(prod.sku, "ACC")):
		notes = P("رقم " + map[bool]string{true: "الإقامة", false: "الهوية"}[resident] + " لتسجيل الضمان: " + w18SaudiID(g.r, resident))
	}
	options := A()
	if prod.option[0] != "" {
		options.arr = append(options.arr, O(
			"id", N(100000000+g.r.IntN(900000000)),
			"product_option_id", N(100000000+g.r.IntN(900000000)),
			"name", N(prod.option[0]),
			"type", N("radio"),
			"value", O("id", N(100000000+g.r.IntN(900000000)), "name", N(prod.option[1]), "price", money(0)),
		))
	}
	if prod.sku == "GIFT-200" {
		// A gift card's message: the recipient's name in the buyer's words.
		q := pick(g.r, w18SANames)
		options.arr = append(options.arr, O(
			"id", N(100000000+g.r.IntN(900000000)),
			"product_option_id", N(100000000+g.r.IntN(900000000)),
			"name", N("رسالة الإهداء"),
			"type", N("textarea"),
			"value", P("إلى "+q.given+"، كل عام وأنت بخير"),
		))
	}
	itemTax := prod.price * float64(qty) * 0.15
	item := O(
		"id", N(100000000+g.r.IntN(900000000)),
		"name", N(prod.name),
		"sku", N(prod.sku),
		"quantity", N(qty),
		"currency", N("SAR"),
		"weight", N(prod.weight),
		"weight_label", N(fmt.Sprint(prod.weight)+" كجم"),
		"amounts", O(
			"price_without_tax", money(prod.price),
			"total_discount", money(0),
			"tax", O("percent", N("15.00"), "amount", money(itemTax)),
			"total", money(prod.price*float64(qty)+itemTax),
		),
		"notes", notes,
		"options", options,
		"images", A(O("image", N("https://cdn.salla.sa/"+g.b62(6)+"/"+g.b62(20)+".jpg"), "alt", N(prod.name))),
		"codes", A(),
		"files", A(),
		"reservations", A(),
	)
	bank := N(nil)
	if method == "bank" {
		bankName := pick(g.r, [][2]string{{"مصرف الراجحي", "80"}, {"البنك الأهلي السعودي", "10"}, {"بنك الرياض", "20"}})
		account := pattern(g.r, "##################")
		bank = O(
			"id", N(100000000+g.r.IntN(900000000)),
			"bank_name", N(bankName[0]),
			"account_name", N(store[1]),
			"account_number", N(account[:14]),
			"iban_number", N(ibanOf("SA", bankName[1]+account)),
			"status", N("active"),
		)
	}
	orderURL := fmt.Sprintf("https://salla.sa/%s/order/%s", store[0], g.b62(10))
	source := pick(g.r, []string{"store", "store", "app"})
	data := O(
		"id", N(orderID),
		"checkout_id", N(100000000+g.r.IntN(900000000)),
		"reference_id", N(10000000+g.r.IntN(90000000)),
		"urls", O("customer", N(orderURL), "admin", N(fmt.Sprintf("https://s.salla.sa/orders/order/%s", g.b62(10)))),
		"date", sallaDate(created),
		"source", N(source),
		"draft", N(false),
		"read", N(false),
		"source_details", O(
			"type", N(pick(g.r, []string{"direct", "snapchat", "instagram", "google"})),
			"value", N(nil),
			"device", N(pick(g.r, []string{"mobile", "mobile", "desktop"})),
			"ip", orNull(map[bool]*node{true: P(p.ip)}[source == "store" && g.r.IntN(2) == 0]),
		),
		"status", O(
			"id", N(statusID),
			"name", N(statusSlug[0]),
			"slug", N(statusSlug[1]),
			"customized", O("id", N(statusID+1), "name", N(statusSlug[0])),
		),
		"is_price_quote", N(false),
		"payment_method", N(method),
		"receipt_image", N(nil),
		"currency", N("SAR"),
		"amounts", O(
			"sub_total", money(sub),
			"shipping_cost", money(shipCost),
			"cash_on_delivery", money(cod),
			"tax", O("percent", N("15.00"), "amount", money(tax)),
			"discounts", A(),
			"total", money(total),
		),
		"exchange_rate", O("base_currency", N("SAR"), "exchange_currency", N("SAR"), "rate", N("1.00000000")),
		"can_cancel", N(true),
		"show_weight", N(!digital),
		"can_reorder", N(true),
		"is_pending_payment", N(statusSlug[1] == "payment_pending"),
		"pending_payment_ends_at", N(0),
		"total_weight", N(fmt.Sprint(prod.weight*float64(qty))+" كجم"),
		"shipping", shipping,
		"customer", customer,
		"items", A(item),
		"bank", bank,
		"tags", A(),
	)
	token := g.b62(40)
	secure := pick(g.r, []string{"Signature", "Signature", "Token"})
	headers := O("Content-Type", N("application/json"), "User-Agent", N("Salla-Webhook"), "X-Salla-Security-Strategy", N(secure))
	if secure == "Signature" {
		headers.set("X-Salla-Signature", N(g.hex(64)))
	} else {
		headers.set("Authorization", C("Bearer "+token))
	}
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://app.example-integrations.sa/webhooks/salla"),
			"headers", headers,
			"body", O(
				"event", N("order.created"),
				"merchant", N(merchant),
				"created_at", N(g.t.In(riyadh).Format("Mon Jan 02 2006 15:04:05")+" GMT+0300"),
				"data", data,
			),
		),
		"response_status", N(200),
	)
}
