// Package evalcorpus generates an independent, labelled evaluation corpus
// of signup events in payload shapes the project did not design: the
// published formats of analytics pipelines (Segment, RudderStack,
// Snowplow), identity providers (Auth0, Okta, Keycloak, Firebase, Cognito,
// Microsoft Graph, SCIM 2.0, OpenID Connect), CRMs and commerce platforms
// (Stripe, Shopify, HubSpot, Salesforce, Zendesk, Mailchimp, Braze,
// Intercom), health and address-book standards (FHIR R4 Patient, jCard,
// schema.org Person), a KYC onboarding payload, and a second set added
// later (Added): Adobe XDM, Mixpanel, Amplitude, Customer.io, Klaviyo,
// Iterable, Marketo, Zoho CRM, Pipedrive, Freshdesk, Google People and
// ID tokens, PingOne, Twilio Lookup; then two held-out producers, VK's
// users.get response and an mParticle Events API batch, each drawn from
// a stream of its own so that adding them moved no event of the others;
// and a third set: Debezium PostgreSQL change events, CloudEvents,
// Avro's JSON encoding, Amazon Pinpoint endpoints, Slack users, Clerk and
// Supabase auth webhooks, SAP Customer Data Cloud accounts, Dataverse
// contacts; and a fourth set: Typeform responses, WooCommerce
// customers, Airtable records, X users, Stripe Checkout sessions, PayPal
// order webhooks, Telegram updates, WhatsApp Cloud API messages and a
// Firebase Realtime Database export; and a fifth set: GitHub
// organization membership webhooks, Discord users, Shopify orders/create
// webhooks, Google Forms responses with their form, Jotform submission
// webhooks (answers as a JSON string), Mailgun tracking events, Calendly
// invitee.created webhooks, Plaid Identity responses and Veriff decision
// webhooks; and a sixth set: Kakao Login users, Yandex ID user
// information, WeChat web authorization (token exchange and sns/userinfo),
// Mercado Libre users, Razorpay payment.captured and Paystack
// charge.success webhooks, M-Pesa Daraja C2B confirmations, Meta Lead Ads
// leads, Greenhouse application webhooks with their EEOC answers and Zoom
// webinar registrations; and a seventh set: BambooHR employees
// with dependents and emergency contacts, Fitbit profiles with weight,
// sleep and heart-rate logs, LINE Login and Naver Login sign-ins, Adyen
// standard notifications and Twilio inbound SMS webhooks; and an eighth
// set, regional platforms whose labels and values are not
// English: Bitrix24 CRM leads with their event handler's request,
// amoCRM/Kommo contacts, Sumsub applicants with their review webhook,
// Personio employees with custom attributes, Zalo sign-ins, Xendit
// customers, Flutterwave charge.completed webhooks, Sign in with Apple
// form posts and token exchanges, Eventbrite attendees with the
// organiser's questions and Alipay user information shares; and a ninth
// set, chosen for national identifiers, minors, special
// categories, non-Latin scripts, field names in other languages and
// credentials in webhooks: Canvas LMS enrolment live events with the
// user's profile, Steam player summaries and bans with the caller's Web
// API key, Persona inquiry webhooks in kebab-case with the verified
// government id, Checkr candidate webhooks, Klarna Checkout orders with
// the Swedish personnummer, iyzico checkout forms with the buyer's T.C.
// kimlik no and the signed Authorization header, Toss Payments status
// webhooks with Korean values, ESIA (Gosuslugi) persons with SNILS, INN,
// passport and children, Feishu/Lark user-created events with their
// verification token and custom attributes, and kintone record webhooks
// whose field codes are Japanese; and a tenth set, held out whole (until
// session 16, when wave 24 took its place) and
// written blind from the producers' documentation without reading the
// classifier: Singapore's MyInfo person with NRIC/FIN and race, Swedish
// BankID collect responses, Vipps MobilePay login user information of
// Norway, Denmark and Finland with the national identity number, UAE PASS
// user information with the Emirates ID, MOSIP eSignet user information
// of the Philippine, Ethiopian and Moroccan national ID systems with the
// face photo, Mercado Pago payment webhooks with the payment, Brazilian
// Pix charges and webhooks, Yoti Digital ID shares with derived ages and
// selfies, Onfido check webhooks with the applicant and document report,
// and Strava activity webhooks with the activity and athlete; and an
// eleventh set, written blind the same way but tuned on once its first
// figures are recorded: HubSpot form submissions with consent and fields
// in the visitor's language, Shopify's customers/data_request compliance
// webhook, Salesforce Change Data Capture and platform events for leads,
// Zoho Desk tickets in many languages, DocuSign Connect envelope-completed
// events with the signer's tabs, Intercom conversation webhooks, Twilio
// Verify verifications, code checks and Event Streams events, AWS Cognito
// pre sign-up trigger events with custom attributes, a partner's profile
// of a Grab sign-in with Southeast Asian identity documents, and Epic FHIR
// searchsets of vital signs and lab results with the patient; a twelfth
// set, written blind the same way: FranceConnect, SPID / CIE id, itsme and
// NHS login userinfo with their national and health numbers, Duffel air
// orders with passports, dLocal payments with payer documents, Trulioo
// verifications with national ids and Ory Kratos identities with their
// credentials and registration webhooks; a thirteenth set, written blind
// the same way: Aadhaar Paperless Offline e-KYC XML forwarded in a JSON
// string with its share code, Diia document sharing with the Ukrainian
// passport, taxpayer card and a child's birth certificate, Smart-ID
// authentications of Estonia, Latvia and Lithuania, Smile ID KYC results
// with the Nigerian, Kenyan and South African registers' records, Stripe
// Identity verification sessions, Wise recipient accounts, Square
// customer.created webhooks, SAP SuccessFactors PerPerson records with
// dependants, Amadeus flight orders with passports and Midtrans Snap
// transactions with their notifications; later sets are described where
// their shapes are listed, among them a thirty-seventh, written blind the
// same way: Moodle web service users with custom profile fields in the
// schools' languages and forwarded user events, Ed-Fi ODS/API students
// with their associations, parents or contacts and program
// associations, Open Finance Brasil customers with the UK's and
// Australia's open-banking customer endpoints, Unit applications,
// customers and webhooks, openEHR compositions in FLAT and STRUCTURED
// JSON with EHR_STATUS subjects and HiBob employees and webhooks, and a
// thirty-eighth: Haal Centraal BRP persons, Folkeregisteret persons with
// fødselsnummer or D-number, 1C:Enterprise OData entities with Cyrillic
// field names, DingTalk users and callbacks, India's Account Aggregator
// deposit data and consents and Africa's Talking USSD, SMS and payment
// callbacks; filled with
// people of more than fifty countries written in their own scripts and
// notations (the countries added for the tenth to thirteenth sets,
// moreCountries, are drawn only by the shapes that name them).
//
// Every event comes with its labels, written by the generator while it
// builds the event and never derived from the classifier: the subject's
// countries of residence and citizenship as the event states them (or that
// only weak evidence, or none, exists), the birth date and event time
// (a scorer applies each country's minor age), the verdict on every leaf
// by JSON Pointer (personal, sensitive with its category, credential or
// non-personal), and the personal values and credentials a scorer
// searches the outputs for.
//
// Every set after the first is a wave (Waves), generated apart. Some
// shapes are held out (HeldOut): work that tunes the classifier must
// not look at their events, so that accuracy on them measures what the
// classifier does on data it was not tuned on.
//
// The package is test support: pure, deterministic for a seed (math/rand/v2
// PCG), no I/O, no Kafka.
package evalcorpus
