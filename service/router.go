package service

import (
	"strconv"
	"sync"
	"sync/atomic"

	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/record"
)

// Router adapts the classifier to the pipeline. The rule set behind it is
// swapped atomically on reload: each event is judged by exactly one rule
// set, and its records say which (the ruleset header).
type Router struct {
	current  atomic.Pointer[classifier.Ruleset]
	shadow   atomic.Pointer[classifier.Ruleset]
	clusters map[string]string // topic -> named cluster ("" = input cluster)
	log      *zap.Logger
	metrics  *Metrics
	recent   *Recent
	bufs     sync.Pool
	// templates: the audit templates this replica has emitted, per input
	// partition, so each goes out before or with the first audit record of
	// the partition that names it.
	templates *classifier.TemplateSet
}

// SetRecent makes the router offer each decision to rec (the live page's
// recent decisions); call it before the router routes.
func (r *Router) SetRecent(rec *Recent) { r.recent = rec }

// NewRouter returns a router over rs. clusters maps output topics to the
// named cluster that holds them.
func NewRouter(rs *classifier.Ruleset, clusters map[string]string, log *zap.Logger, m *Metrics) *Router {
	r := &Router{clusters: clusters, log: log, metrics: m, templates: classifier.NewTemplateSet(classifier.DefaultTemplateSetSize)}
	r.current.Store(rs)
	r.bufs.New = func() any { return &routeBuf{} }
	return r
}

type routeBuf struct {
	recs []classifier.Record
	src  []byte
	dec  classifier.Decision
}

// Ruleset is the rule set in force.
func (r *Router) Ruleset() *classifier.Ruleset { return r.current.Load() }

// Swap puts a new rule set in force.
func (r *Router) Swap(rs *classifier.Ruleset) { r.current.Store(rs) }

// SetShadow sets (or, with nil, clears) the candidate rule set that every
// event is also judged by, without routing by it.
func (r *Router) SetShadow(rs *classifier.Ruleset) { r.shadow.Store(rs) }

// Route implements pipeline.Router.
func (r *Router) Route(in *record.Input, dst []record.Output) []record.Output {
	return r.route(in, dst, nil)
}

// RouteArena implements pipeline.ArenaRouter: the bytes of the records
// (values, keys, header values) are rendered into a, which the pipeline
// reuses once their writes have settled.
func (r *Router) RouteArena(in *record.Input, dst []record.Output, a *record.Arena) []record.Output {
	return r.route(in, dst, a)
}

// arenaBuffer is the room asked of an arena for one event's records: a
// signup's take about 4 KB; a larger event's move to memory of their own.
const arenaBuffer = 16 << 10

func (r *Router) route(in *record.Input, dst []record.Output, a *record.Arena) []record.Output {
	rs := r.current.Load()
	b := r.bufs.Get().(*routeBuf)
	b.src = strconv.AppendInt(append(append(b.src[:0], in.Topic...), '/'), int64(in.Partition), 10)
	b.src = strconv.AppendInt(append(b.src, '/'), in.Offset, 10)
	input := classifier.Input{Value: in.Value, Key: in.Key, Source: string(b.src), Time: in.Time, Templates: r.templates}
	var recs []classifier.Record
	if a != nil {
		buf := a.Buffer(arenaBuffer)
		recs, buf = rs.ProcessAppend(&b.dec, input, b.recs[:0], buf)
		a.Commit(buf)
	} else {
		// Memory of the records' own: the outputs outlive this call.
		recs, _ = rs.ProcessAppend(&b.dec, input, b.recs[:0], nil)
	}
	d := &b.dec
	// The event's headers in one allocation; each output gets its part.
	n := 0
	for i := range recs {
		n += len(recs[i].Headers)
	}
	var all []record.Header
	if a != nil {
		all = a.Headers(n)
	} else {
		all = make([]record.Header, n)
	}
	for i := range recs {
		rec := &recs[i]
		hs := all[:len(rec.Headers):len(rec.Headers)]
		all = all[len(rec.Headers):]
		for k, h := range rec.Headers {
			hs[k] = record.Header{Key: h.Key, Value: h.Value}
		}
		dst = append(dst, record.Output{Cluster: r.clusters[rec.Topic], Topic: rec.Topic, Key: rec.Key, Value: rec.Value, Headers: hs})
	}
	if r.metrics != nil {
		r.metrics.observe(d)
	}
	if r.recent != nil {
		r.recent.offer(d, in)
	}
	if sh := r.shadow.Load(); sh != nil {
		r.compareShadow(d, sh.Classify(input), in)
	}
	clear(recs)
	b.recs = recs[:0]
	r.bufs.Put(b)
	return dst
}

// compareShadow counts and logs where the candidate rules disagree. Logs
// carry paths and categories only, never values.
func (r *Router) compareShadow(live, cand *classifier.Decision, in *record.Input) {
	kinds := shadowDiff(live, cand)
	if len(kinds) == 0 {
		return
	}
	for _, k := range kinds {
		if r.metrics != nil {
			r.metrics.shadowDisagree.WithLabelValues(k.kind).Inc()
		}
	}
	if r.log != nil {
		fields := []zap.Field{zap.String("topic", in.Topic), zap.Int("partition", in.Partition), zap.Int64("offset", in.Offset),
			zap.String("live_ruleset", live.Ruleset), zap.String("shadow_ruleset", cand.Ruleset)}
		for i, k := range kinds {
			if i >= 10 {
				break
			}
			fields = append(fields, zap.String("diff_"+strconv.Itoa(i), k.kind+" "+k.detail))
		}
		r.log.Info("shadow rules disagree", fields...)
	}
}

type shadowKind struct{ kind, detail string }

func shadowDiff(a, b *classifier.Decision) []shadowKind {
	var out []shadowKind
	if a.Reason != b.Reason {
		out = append(out, shadowKind{"error", string(a.Reason) + " -> " + string(b.Reason)})
	}
	bf := make(map[string]*classifier.Field, len(b.Fields))
	for i := range b.Fields {
		bf[b.Fields[i].Path] = &b.Fields[i]
	}
	for i := range a.Fields {
		fa := &a.Fields[i]
		fb, ok := bf[fa.Path]
		if !ok {
			continue
		}
		if fa.Category != fb.Category {
			out = append(out, shadowKind{"category", fa.Path + " " + fa.Category + " -> " + fb.Category})
		}
		if fa.Personal != fb.Personal {
			out = append(out, shadowKind{"personal", fa.Path + " " + fb.Category})
		}
		if fa.Sensitive != fb.Sensitive {
			out = append(out, shadowKind{"sensitive", fa.Path + " " + fb.Category})
		}
	}
	ra := map[string]string{}
	for _, rt := range a.Routes {
		ra[rt.Region] = rt.Projection
	}
	for _, rt := range b.Routes {
		if ra[rt.Region] != rt.Projection {
			out = append(out, shadowKind{"route", rt.Region + ":" + ra[rt.Region] + " -> " + rt.Projection})
		}
		delete(ra, rt.Region)
	}
	for region, p := range ra {
		out = append(out, shadowKind{"route", region + ":" + p + " -> none"})
	}
	return out
}
