// Package security holds tests that need a real Kafka broker with a
// SASL_SSL listener (scripts/kafka-local start --sasl-tls). They are
// skipped unless KAFKA_SASL_SSL_BROKERS is set, together with
// KAFKA_SASL_CA_FILE, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (the
// lines `kafka-local start --sasl-tls` prints):
//
//	eval "$(KAFKA_LOCAL_DIR=$(mktemp -d) scripts/kafka-local start --sasl-tls | sed -n 's/^KAFKA_SASL_/export &/p')"
//	go test -count=1 -v ./test/security/
//
// The tests build the real binary and run `classifier run --config FILE`
// with a config whose kafka section names the CA file and the SCRAM user
// and the environment variable that holds the password, as an operator
// would.
package security
