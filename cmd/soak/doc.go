// Command soak is the crash-kill soak of the stream service against a real
// Kafka cluster: it proves that replicas dying, joining, leaving and
// freezing lose nothing, misroute nothing and leak nothing.
//
// Usage:
//
//	KAFKA_BROKERS=127.0.0.1:9092 go run ./cmd/soak [flags]
//
// What it does:
//
//  1. Builds ./cmd/classifier (or uses -bin) and creates a fresh input topic
//     (soak-<time>-<id>, -partitions partitions) and consumer group; makes
//     sure every output topic exists and notes where each ends.
//  2. Starts -replicas copies of the real `classifier run` binary as
//     separate processes of that group (configured through KAFKA_BROKERS,
//     CLASSIFIER_GROUP, CLASSIFIER_INPUT_TOPIC, CLASSIFIER_PSEUDONYM_KEY and
//     CLASSIFIER_ADMIN_ADDR: each its own admin port), logging JSON to
//     <dir>/replica-<n>.log, and waits until all are ready.
//  3. Produces -events demo signups (package demo: unique event ids, a
//     unique marker "mk<seq>x" in every personal value and in the record
//     key of two events in three, -hostile share of broken events) at -rate
//     events/s, with acks=all.
//  4. Meanwhile SIGKILLs a random replica every -kill-every (for -kill-for,
//     at most -kills times) and restarts it -restart-after later; with
//     -scale steps the group through replica counts (new replicas join,
//     surplus ones get SIGTERM), one step per -scale-every; with -zombie
//     SIGSTOPs one replica at -zombie-at for -zombie-for (longer than the
//     session timeout, so the group moves on without it), then SIGCONTs it.
//     A concurrent reader follows the audit topic.
//  5. When every input record has its audit record (or -drain-timeout after
//     production and faults ended), stops the replicas with SIGTERM (each
//     must exit 0), reads the input topic back and runs the classifier
//     library on every record with the coordinates the service saw
//     (classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig(key)),
//     Ruleset.ProcessAppend with Source "topic/partition/offset"): that is the
//     oracle of which records each event requires, byte for byte.
//  6. Reads every output topic from where it ended before the run, keeps
//     the records whose `source` header names this run's input topic, and
//     reports.
//
// The report:
//
//	missing      records an event's decision requires that never arrived   (must be 0)
//	misrouted    records in a topic no decision put them                    (must be 0)
//	mismatched   records in the right topic whose bytes differ from the
//	             oracle's (key, value, headers)                             (must be 0)
//	leaks        markers in any record of a non-full route (value, key,
//	             headers; keyed "tok_" pseudonyms skipped), in quarantine
//	             headers or keys, or in any replica's log file              (must be 0)
//	duplicates   records beyond the expected count, with the bound
//	             disruptions x members x (in-flight batches + 1) x batch
//	             size x fan-out (a kill, crash or pause counts as two
//	             disruptions: the member leaves, then rejoins)              (must be within it)
//	drain        time from the end of production and faults until every
//	             input had its decision recorded
//	stall        the longest a ready input record waited for its decision
//	committed    input records past the group's committed offsets after the
//	             final SIGTERM (informational: 0 when every partition saw
//	             traffic after the last rebalance)
//
// Quarantine records legitimately hold raw events in their value; the
// audit topic must not hold any value. Replica exits nobody asked for and
// replicas that do not exit 0 on SIGTERM also fail the run.
//
// Flags:
//
//	-brokers LIST        bootstrap brokers (default $KAFKA_BROKERS)
//	-events N            events to produce (default 20000)
//	-hostile F           share of deliberately broken events (default 0.02)
//	-rate N              events per second; 0 = as fast as possible (default 0)
//	-replicas K          replicas of `classifier run` (default 3)
//	-partitions N        input topic partitions (default 6)
//	-kill-every D        SIGKILL a random replica this often; 0 = never (default 10s)
//	-kill-for D          stop killing after this long; 0 = until drained (default 2m)
//	-kills N             at most N kills; 0 = no limit (default 0)
//	-restart-after D     restart a killed replica after D (default 2s)
//	-scale LIST          replica counts to step through, e.g. 5,2,3 (default none)
//	-scale-every D       time between scale steps (default 15s)
//	-zombie              SIGSTOP one replica, then SIGCONT it (default off)
//	-zombie-at D         when to SIGSTOP it (default half of -kill-every, >= 5s)
//	-zombie-for D        how long it stays stopped (default 20s)
//	-drain-timeout D     wait this long after production and faults (default 10m)
//	-seed N              generator seed (default: time-based)
//	-bin PATH            classifier binary (default: go build ./cmd/classifier)
//	-config FILE         service config for the replicas (default: built in)
//	-dir DIR             work dir for the binary and logs (default: a temp dir,
//	                     removed on success unless -keep)
//	-keep                keep the work dir
//	-log-level L         the replicas' --log-level (default info; debug shows every
//	                     commit and is scanned for markers like the rest)
//	-json FILE           also write the report as JSON
//
// Exit status: 0 pass; 1 loss, misroute, mismatch, leak, crash, unclean
// stop, duplicates above the bound, or a run that did not drain; 2 bad
// usage or setup failure.
//
// Examples:
//
//	go run ./cmd/soak -events 20000 -rate 800 -replicas 3 -kill-every 8s -kills 3      # CI size (scripts/soak-ci)
//	go run ./cmd/soak -events 1000000 -replicas 3 -kill-every 10s -kill-for 2m        # full size
//	go run ./cmd/soak -events 200000 -rate 5000 -scale 5,2,3 -zombie -kill-every 0    # rebalances and a zombie
package main
