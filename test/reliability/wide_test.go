package reliability

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/residency-labs/signup-classifier/demo"
	"github.com/residency-labs/signup-classifier/internal/soak"
)

// TestWideEventsKeepTheirAudit: legitimate events with many fields (well
// inside max_event_bytes and max_fields) between ordinary ones. Each must
// be routed as its decision says and have its decision in the audit topic.
//
// The audit record lists every field (~140 bytes each), so a decision can
// outgrow Kafka's 1 MiB message limit; the classifier quarantines such an
// event at classify time (decision_too_large) instead of routing it
// without its decision. Found by this test, which now guards the fix.
func TestWideEventsKeepTheirAudit(t *testing.T) {
	need(t)
	run := newRun(t, "wide", 1, "", false)
	g := demo.New(3)
	var recs []*kgo.Record
	for seq := 0; seq < 200; seq++ {
		if seq%50 == 25 {
			n := 5000 + 1000*(seq/50) // 5,000..8,000 fields: 49-79 KB events
			var b strings.Builder
			mk := demo.Marker(seq)
			fmt.Fprintf(&b, `{"event_id":"wide-%d","email":"user.%s@example.com","country":"DE","prefs":{`, seq, mk)
			for i := 0; i < n; i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				fmt.Fprintf(&b, `"p%d":1`, i)
			}
			b.WriteString(`}}`)
			recs = append(recs, &kgo.Record{Value: []byte(b.String()), Headers: []kgo.RecordHeader{{Key: soak.HeaderKind, Value: []byte(fmt.Sprintf("wide:%d", n))}}})
			continue
		}
		recs = append(recs, soak.Good(g, 3, seq))
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	prod, err := kafka.NewProducer(run.Input)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := prod.Send(ctx, recs); err != nil || n != len(recs) {
		t.Fatalf("produced %d of %d: %v", n, len(recs), err)
	}
	prod.Close()
	if !run.Progress.WaitFor(ctx, len(recs)) {
		t.Errorf("only %d of %d inputs have an audit record", run.Progress.Distinct(), len(recs))
	}
	v := verify(t, run)
	if v.Replaced > v.ReplacedAudit {
		t.Errorf("%d outputs could not be written and were quarantined instead:", v.Replaced)
		for _, e := range v.Examples {
			t.Logf("  %s", e)
		}
	}
}
