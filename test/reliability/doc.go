// Package reliability holds the tests that need a real Kafka broker and run
// the real `classifier run` binary as separate processes: poison pills
// among good events, and broker restarts (clean and kill -9) under a live
// stream. The crash-kill soak is cmd/soak (scripts/soak-ci runs it).
//
// They are skipped unless both are set:
//
//	KAFKA_BROKERS   a real broker (scripts/kafka-local start prints one)
//	SOAK            ci (CI sizes) or full (full sizes: 100,000 good events and
//	                1,000 poison pills)
//
// The broker restart test also needs KAFKA_LOCAL_DIR naming the
// scripts/kafka-local state dir of that very broker (it restarts it), and is
// skipped when `scripts/kafka-local addr` does not print KAFKA_BROKERS.
// SOAK must be set on purpose because `go test ./...` with KAFKA_BROKERS
// (the test-kafka CI phase) runs packages in parallel: restarting the
// broker under other packages' tests would break them.
//
//	KAFKA_LOCAL_DIR=$(mktemp -d) KAFKA_BROKERS=$(scripts/kafka-local start | tail -n1) \
//	  SOAK=ci go test -count=1 -v ./test/reliability/
//
// Set SOAK_KEEP=1 to keep the replicas' logs of passing tests too.
package reliability
