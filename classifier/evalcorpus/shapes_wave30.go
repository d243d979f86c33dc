package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// wave30Shapes are a thirtieth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a wallet's payment
// callback, a Japanese QR wallet, a Southeast Asian payment gateway, a
// caller-identity sign-in and an appointment scheduler: WeChat Pay API
// v3's payment notification (the callback signed with Wechatpay-Signature,
// -Serial, -Nonce and -Timestamp, its AEAD_AES_256_GCM resource and the
// transaction it decrypts to: appid, mchid, out_trade_no, transaction_id,
// trade_type, trade_state, payer.openid, amount, scene_info, attach,
// promotion_detail, success_time) as a Chinese merchant's order service
// logs it beside its own order with the recipient's name, phone and
// address in Chinese script, some orders for medicines or religious
// goods, for buyers in mainland China, Hong Kong, Macau, Taiwan and
// Chinese citizens abroad; PayPay's Open Payment API (the Transaction
// webhook with merchant_order_id, order_amount, state and paid_at, the
// GET /v2/codes/payments/{merchantPaymentId} details signed with the
// OPA-Auth HMAC header, the account-link result JWT with its
// userAuthorizationId and masked phone) beside the merchant's customer
// record in Japanese (氏名, フリガナ, 住所, 電話番号, 生年月日 in
// Western and era notation), for customers in Japan, some of them foreign
// residents; 2C2P's PGW v4.3 (the payment token request and response,
// the backend notification and the payment inquiry, each a JWT signed
// with the merchant's secret key, with their decoded JSON: merchantID,
// invoiceNo, masked cardNo, amount, currencyCode, tranRef, referenceNo,
// approvalCode, eci, transactionDateTime, agentCode, channelCode,
// issuerCountry, issuerBank, respCode, respDesc, userDefined1 to 5 and the
// customer's name, e-mail and phone), for merchants and customers in
// Thailand, Malaysia, Singapore, the Philippines, Vietnam, Indonesia,
// Myanmar and Cambodia; Truecaller's SDK and OAuth (the verified profile
// with its base64 payload, signature and signatureAlgorithm, requestNonce,
// the mobile-web profile with phoneNumbers, onlineIdentities, addresses,
// name, gender, avatarUrl, isTrueName, isAmbassador, companyName and
// jobTitle, the OAuth token exchange with PKCE and the userinfo claims)
// as a lending or ride app's signup service logs it, for users in India,
// Kenya, Nigeria, South Africa, Egypt, Pakistan, Bangladesh and
// Indonesia; and Microsoft Graph's bookingAppointment and bookingCustomer
// (customers as bookingCustomerInformation with their answers to the
// business's custom questions, the service, staff, start and end, the
// Teams join URLs) for clinics, counsellors, law firms, banks and
// government offices in many countries, whose customers tell in their own
// language of a condition, a pregnancy, a faith, a disability, a union or
// an immigration matter.
var wave30Shapes = []Shape{
	{Name: "wechatpay_v3_payment_notify", Doc: "pay.weixin.qq.com/docs/merchant (apis/jsapi-payment/payment-notice, development/interface-rules/signature-verification and notification decryption: POST to notify_url with Wechatpay-Serial (platform certificate or public key serial), Wechatpay-Signature (base64 SHA256withRSA over timestamp\\nnonce\\nbody\\n by WeChat Pay's platform key), Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature-Type WECHATPAY2-SHA256-RSA2048 -> {id, create_time, resource_type encrypt-resource, event_type TRANSACTION.SUCCESS, summary 支付成功, resource{original_type transaction, algorithm AEAD_AES_256_GCM, ciphertext, associated_data, nonce}}; the decrypted transaction {appid, mchid, out_trade_no, transaction_id, trade_type JSAPI / NATIVE / APP / MWEB / MICROPAY, trade_state SUCCESS / REFUND / NOTPAY / CLOSED / PAYERROR, trade_state_desc, bank_type, attach, success_time, payer{openid}, amount{total, payer_total, currency CNY, payer_currency}, scene_info{device_id}, promotion_detail[{coupon_id, name, scope, type, amount, stock_id, wechatpay_contribute, merchant_contribute, other_contribute, currency}]}; the JSAPI order request POST /v3/pay/transactions/jsapi with Authorization: WECHATPAY2-SHA256-RSA2048 mchid, nonce_str, signature, timestamp, serial_no -> {appid, mchid, description, out_trade_no, time_expire, attach, notify_url, amount{total, currency}, payer{openid}, scene_info{payer_client_ip, device_id}} and its prepay_id; the merchant replies {code SUCCESS / FAIL, message}), as a Chinese merchant's order service logs them beside its order record (收货人, 手机号, 省市区, 详细地址, 订单备注), for buyers in mainland China, Hong Kong, Macau, Taiwan and Chinese citizens abroad", build: wechatpayNotify},
	{Name: "paypay_opa_payment", Doc: "www.paypay.ne.jp/opa/doc/v1.0 (webhook: Transaction event POSTed to the merchant's endpoint -> {notification_type Transaction, merchant_id, store_id, pos_id, order_id, merchant_order_id, authorized_at, expires_at, paid_at, order_amount, state COMPLETED / FAILED / CANCELED / EXPIRED / AUTHORIZED}; dynamicqrcode and appinvoke: GET /v2/codes/payments/{merchantPaymentId} with Authorization: hmac OPA-Auth:{apiKey}:{mac}:{nonce}:{epoch}:{hash} and X-ASSUME-MERCHANT -> {resultInfo{code SUCCESS, message, codeId}, data{paymentId, status, acceptedAt, refunds{data[]}, merchantPaymentId, userAuthorizationId, amount{amount, currency JPY}, requestedAt, storeId, terminalId, orderReceiptNumber, orderDescription, orderItems[{name, category, quantity, productId, unitPrice{amount, currency}}], metadata{}}}; account_link: the redirect's responseToken JWT signed with the API secret {iss paypay.ne.jp, aud, iat, result succeeded / declined, profileIdentifier (masked phone), nonce, userAuthorizationId, referenceId}; GET /v2/user/profile/secure?userAuthorizationId= -> {data{phoneNumber masked}}), beside the merchant's customer record in Japanese (氏名, フリガナ, 郵便番号, 住所, 電話番号, 生年月日 in 西暦 and 和暦 (平成・昭和・令和) notation, 国籍 and 在留カード for foreign residents), for customers in Japan", build: paypayOPAPayment},
	{Name: "twoc2p_pgw_payment", Doc: "developer.2c2p.com/v4.3 (payment token API: POST https://sandbox-pgw.2c2p.com/payment/4.3/paymentToken with {payload: JWT HS256 signed with the merchant's secret key} whose claims are {merchantID, invoiceNo, description, amount, currencyCode THB / MYR / SGD / PHP / VND / IDR / MMK / KHR / USD, paymentChannel[], request3DS, locale, frontendReturnUrl, backendReturnUrl, userDefined1..5, uiParams{userInfo{customerName, customerEmail, customerMobileNo, customerAddress, customerCountryCode}}} -> {payload: JWT{webPaymentUrl, paymentToken, respCode 0000, respDesc}}; backend notification: POST to backendReturnUrl {payload: JWT{merchantID, invoiceNo, cardNo (first 6, last 4), amount, currencyCode, tranRef, referenceNo, approvalCode, eci, transactionDateTime yyyyMMddHHmmss, agentCode, channelCode, issuerCountry, issuerBank, installmentMerchantAbsorbRate, cardType, idempotencyID, paymentScheme, displayProcessingAmount, respCode, respDesc, userDefined1..5}}; payment inquiry: POST /payment/4.3/paymentInquiry {payload: JWT{merchantID, invoiceNo, locale}} -> the same attributes plus accountNo, customerToken, loyaltyPoints), for merchants and customers in Thailand, Malaysia, Singapore, the Philippines, Vietnam, Indonesia, Myanmar and Cambodia", build: twoC2PPayment},
	{Name: "truecaller_profile_signup", Doc: "docs.truecaller.com/truecaller-sdk (android sdk v2.x server-side-response-validation: TrueProfile {payload base64 of {requestNonce, requestTime, phoneNumber, firstName, lastName, gender, countryCode, city, street, zipcode, facebookId, twitterId, email, url, avatarUrl, isTrueName, isAmbassador, companyName, jobTitle, successful, isSimChanged, verificationMode, verificationTimestamp, userLocale}, signature (SHA512withRSA by Truecaller's key, public keys at api4.truecaller.com/v1/key), signatureAlgorithm}; non-Truecaller users: GET sdk-otp-verification-noneu.truecaller.com/v1/otp/installation/phoneNumberDetail/{accessToken} with appKey -> {phoneNumber, countryCode}; mobile websites: callback {requestId, accessToken, endpoint} and GET profile4-noneu.truecaller.com/v1/default with Authorization: Bearer -> {phoneNumbers[], addresses[{countryCode, city, street, zipcode}], avatarUrl, aboutMe, jobTitle, companyName, history, createdTime, onlineIdentities{email, url, facebookId, twitterId}, name{first, last}, gender, isActive, isTrueName, isAmbassador, badges[], type}; OAuth SDK 3.x: POST oauth-account-noneu.truecaller.com/v1/token {grant_type authorization_code, client_id, code, code_verifier} -> {access_token, expires_in, token_type, id_token}; GET /v1/userinfo -> {sub, given_name, family_name, phone_number, email, picture, gender, phone_number_country_code, phone_number_verified, address{locality, postal_code}}), as a lending or ride app's signup service logs them, for users in India, Kenya, Nigeria, South Africa, Egypt, Pakistan, Bangladesh and Indonesia", build: truecallerProfileSignup},
	{Name: "msgraph_booking_appointment", Doc: "learn.microsoft.com/graph/api/resources/bookingappointment, bookingcustomerinformation, bookingquestionanswer, bookingcustomer (GET /solutions/bookingBusinesses/{id}/appointments/{id} with Authorization: Bearer -> {@odata.context, id, selfServiceAppointmentId, additionalInformation, isLocationOnline, joinWebUrl, anonymousJoinWebUrl, customerTimeZone, smsNotificationsEnabled, serviceId, serviceName, serviceNotes, duration, preBuffer, postBuffer, priceType, price, startDateTime{dateTime, timeZone UTC}, endDateTime, serviceLocation{displayName, locationEmailAddress, address, coordinates}, reminders[], staffMemberIds[], maximumAttendeesCount, filledAttendeesCount, optOutOfCustomerEmail, createdDateTime, lastUpdatedDateTime, customers[{@odata.type #microsoft.graph.bookingCustomerInformation, customerId, name, emailAddress, phone, timeZone, notes, location{displayName, address{street, city, state, countryOrRegion, postalCode}, coordinates}, customQuestionAnswers[{questionId, question, answerInputType text / radioButton, answerOptions[], isRequired, answer, selectedOptions[]}]}]}; GET /solutions/bookingBusinesses/{id}/customers/{id} -> bookingCustomer {id, displayName, emailAddress, addresses[{postOfficeBox, street, city, state, countryOrRegion, postalCode, type home / business}], phones[{number, type home / mobile}], createdDateTime, lastUpdatedDateTime}), for clinics, counsellors, law firms, banks, unions and government offices in the United States, the United Kingdom, Germany, France, Spain, Brazil, India, Australia, Poland, the Netherlands and the United Arab Emirates", build: msgraphBookingAppointment},
}

// ------------------------------------------------------------ helpers

// w30Countries are the countries this wave's producers reach that the
// corpus's lists do not hold: Macau, Myanmar and Cambodia. They are not
// added to moreCountries, so that no shape before this wave changes.
var w30Countries = []*country{
	{code: "MO", locale: "zh-MO", tz: "Asia/Macau", name: "澳門", lang: "zh", given: []string{"家樂|kalok", "嘉欣|kayan", "志偉|chiwai", "美玲|meiling"}, family: []string{"陳|chan", "何|ho", "梁|leong", "黃|wong"}, cities: []string{"澳門", "氹仔", "路環"}, streets: []string{"新馬路 45 號 3 樓 B 座", "氹仔海洋花園大馬路 12 號海洋花園 8 座 15 樓 C", "高士德大馬路 88 號 6 樓"}, region: "澳門特別行政區", familyFirst: true, noSpace: true, domain: "macau.ctm.net"},
	{code: "MM", locale: "my-MM", tz: "Asia/Yangon", name: "မြန်မာ", lang: "my", given: []string{"အောင်ကိုကို|aungkoko", "သီတာ|thida", "ဇော်မင်း|zawmin", "နန္ဒာ|nanda"}, family: []string{"ထွန်း|tun", "ဦး|oo", "လှိုင်|hlaing", "စိုး|soe"}, cities: []string{"ရန်ကုန်", "မန္တလေး", "Yangon"}, streets: []string{"အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ကမာရွတ်မြို့နယ်", "No. 45, Pyay Road, Hlaing Township", "No. 7, 35th Street, Kyauktada Township"}, post: "11###", region: "ရန်ကုန်တိုင်းဒေသကြီး", domain: "gmail.com"},
	{code: "KH", locale: "km-KH", tz: "Asia/Phnom_Penh", name: "កម្ពុជា", lang: "km", given: []string{"សុខា|sokha", "ចាន់ថា|chantha", "វណ្ណៈ|vannak", "ស្រីនាង|sreyneang"}, family: []string{"សុខ|sok", "ចាន់|chan", "ហេង|heng", "លី|ly"}, cities: []string{"ភ្នំពេញ", "សៀមរាប", "Phnom Penh"}, streets: []string{"ផ្ទះលេខ ២៥ ផ្លូវ ២៧១ សង្កាត់ទួលទំពូង", "No. 12, St. 63, Sangkat Boeung Keng Kang 1", "#88, Norodom Blvd, Daun Penh"}, post: "12###", region: "រាជធានីភ្នំពេញ", domain: "gmail.com"},
}

// w30Country is cc's country, from the corpus's lists or this wave's.
func w30Country(cc string) *country {
	if c := countryByCode(cc); c != nil {
		return c
	}
	for _, c := range w30Countries {
		if c.code == cc {
			return c
		}
	}
	return nil
}

// w30Redraw makes the subject someone living in country cc.
func (g *gen) w30Redraw(cc string) {
	if c := w30Country(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w30Abroad makes the subject, a citizen of home, live in country cc:
// the home country's names, the new country's places; the phone kept
// from home or taken in the new country.
func (g *gen) w30Abroad(home, cc string) {
	g.w30Redraw(home)
	c := w30Country(cc)
	if c == nil || c.code == home {
		return
	}
	p := g.p
	p.cit, p.c = p.c, c
	p.city, p.street = pick(g.r, c.cities), pick(g.r, c.streets)
	p.post, p.region = pattern(g.r, c.post), c.region
	p.locale, p.tz = c.locale, c.tz
	if g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
}

// w30TZ is a time-zone value as a non-personal leaf, recording the
// country the subject's zone points at (this wave's countries too).
func (g *gen) w30TZ(v string) *node {
	n := g.tz(v)
	if n == nil {
		return nil
	}
	for _, c := range w30Countries {
		if c.tz == g.p.tz {
			g.lab.Weak = addCountry(g.lab.Weak, c.code)
		}
	}
	return n
}

// w30Offsets are the UTC offsets (minutes) local clocks of this wave's
// countries keep (none of them has summer time but Egypt, from April).
var w30Offsets = map[string]int{
	"CN": 480, "HK": 480, "MO": 480, "TW": 480, "SG": 480, "MY": 480, "PH": 480, "JP": 540, "KR": 540,
	"TH": 420, "VN": 420, "KH": 420, "ID": 420, "MM": 390, "IN": 330, "PK": 300, "BD": 360,
	"KE": 180, "NG": 60, "ZA": 120, "EG": 120, "AE": 240, "GB": 0, "US": -300, "AU": 600,
	"DE": 60, "FR": 60, "ES": 60, "PL": 60, "NL": 60, "BR": -180, "CA": -300,
}

// w30Local is a fixed zone for cc's clock at event time.
func (g *gen) w30Local(cc string) *time.Location {
	m := w30Offsets[cc]
	if cc == "EG" && g.t.Month() >= time.May && g.t.Month() <= time.October {
		m += 60
	}
	return time.FixedZone("", m*60)
}

// w30JWT is a JWS in compact form over claims, signed HS256 with key: a
// signature keyed with a shared secret, so the token is a credential and
// every leaf of claims leaks with it.
func w30JWT(header string, claims *node, key string) string {
	enc := base64.RawURLEncoding
	h := enc.EncodeToString([]byte(header))
	c := enc.EncodeToString(render(claims, &Label{}))
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(h + "." + c))
	return h + "." + c + "." + enc.EncodeToString(m.Sum(nil))
}

// w30B64 is the standard base64 of n's JSON, labelled by its leaves.
func w30B64(n *node) *node {
	return w29Raw(base64.StdEncoding.EncodeToString(render(n, &Label{})), w29Leaves(n))
}

// w30Mask keeps the last keep characters of s and stars the rest.
func w30Mask(s string, keep int) string {
	r := []rune(s)
	if len(r) <= keep {
		return s
	}
	return strings.Repeat("*", len(r)-keep) + string(r[len(r)-keep:])
}

// w30Card is a card number's first six and last four digits around
// the gateway's mask character.
func (g *gen) w30Card(bin string, mask byte) string {
	return bin + strings.Repeat(string(mask), 6) + pattern(g.r, "####")
}

// w30Money writes minor units with two decimals.
func w30Money(v int) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }
