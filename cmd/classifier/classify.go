package main

import (
	"bufio"
	"errors"
	"io"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

func cmdClassify(env *cliEnv, args []string) error {
	var c commonFlags
	fs := newFlags("classify", "classify [--rules DIR] [--config FILE] [--records] [--workers N] [FILE|-]", env)
	c.register(fs)
	records := fs.Bool("records", false, "print the output records (topic, key, headers, value) instead of decisions")
	workers := fs.Int("workers", 0, "events classified in parallel (0: one per CPU); the output order is the input's whatever the number")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *workers < 0 {
		return usageErr("--workers %d: want 0 (one per CPU) or more", *workers)
	}
	o, err := openOffline(c, env, fs.Args(), false)
	if err != nil {
		return err
	}
	defer o.close()
	out := bufio.NewWriterSize(env.stdout, 1<<16)
	start := time.Now()
	prog := newProgress(env, o.in, "classifying "+o.name)
	o.in = prog.reader()
	total := newTally()
	cl := &lineClassifier{rs: o.rs, now: o.now, name: o.name, records: *records, total: total}
	n := *workers
	if n == 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if n == 1 {
		w := classifyWork{tally: newTally()}
		seen := map[string]bool{}
		err = eachLine(o.in, func(num int, line []byte) error {
			w.tpls = w.tpls[:0]
			w.out = cl.classify(&w, num, line, w.out[:0])
			return writeOnce(out, w.out, w.tpls, seen)
		})
		total.merge(w.tally)
	} else {
		err = classifyParallel(o, cl, n, out)
	}
	// What is buffered is printed even after a read error, as far as it
	// goes; a failing output is the command's error either way.
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	prog.done()
	if err == nil {
		total.summary(env.stderr, time.Since(start))
	}
	return err
}

// lineClassifier turns one input line into its output lines: a decision,
// or every output record, as JSON.
type lineClassifier struct {
	rs      *classifier.Ruleset
	now     time.Time
	name    string
	records bool
	total   *tally // the run's counts, for the summary
}

// classifyWork is one worker's reusable memory.
type classifyWork struct {
	src, arena, out []byte
	recs            []classifier.Record
	d               classifier.Decision
	tally           *tally    // this worker's counts, merged into the run's at its end
	tpls            []tplLine // the audit template lines of out
}

// tplLine is an audit template's line in an output: every event renders
// the templates it names, and the writer prints each the first time only,
// in input order, as the service emits it before its first audit record
// (whatever the number of workers).
type tplLine struct {
	start, end int
	id         string
}

// allTemplates makes every event render its templates: the writer keeps
// the first of each.
var allTemplates = classifier.NewTemplateSet(0)

// writeOnce writes b without the template lines already written.
func writeOnce(w io.Writer, b []byte, tpls []tplLine, seen map[string]bool) error {
	at := 0
	for _, t := range tpls {
		if !seen[t.id] {
			seen[t.id] = true
			continue
		}
		if _, err := w.Write(b[at:t.start]); err != nil {
			return err
		}
		at = t.end
	}
	_, err := w.Write(b[at:])
	return err
}

func (c *lineClassifier) classify(w *classifyWork, num int, line []byte, out []byte) []byte {
	w.src = strconv.AppendInt(append(append(w.src[:0], c.name...), ':'), int64(num), 10)
	input := classifier.Input{Value: line, Source: string(w.src), Time: c.now, IDFromValue: true, Templates: allTemplates}
	if !c.records {
		d := c.rs.Classify(input)
		w.tally.add(d)
		return append(d.AppendJSON(out), '\n')
	}
	w.recs, w.arena = c.rs.ProcessAppend(&w.d, input, w.recs[:0], w.arena[:0])
	w.tally.add(&w.d)
	for i := range w.recs {
		start := len(out)
		out = append(w.recs[i].AppendJSON(out), '\n')
		if r := &w.recs[i]; r.Projection == classifier.ProjectionAuditTemplate {
			w.tpls = append(w.tpls, tplLine{start, len(out), string(r.Key)})
		}
	}
	return out
}

// A chunk is consecutive input lines, classified by one worker; chunks are
// printed in input order. Its buffers are reused from chunk to chunk, up to
// maxChunkKeep bytes: one huge line does not stay allocated for the run.
type chunk struct {
	seq  int
	data []byte    // the lines, back to back
	ends []int     // end of each line in data
	nums []int     // each line's number in the input
	out  []byte    // the output lines
	tpls []tplLine // the audit template lines of out
}

const (
	chunkLines   = 256
	chunkBytes   = 1 << 20
	maxChunkKeep = 8 << 20
)

// classifyParallel reads lines into chunks, classifies chunks on n workers
// and writes their outputs in input order. At most 2n chunks are read and
// not yet written: memory is about 2n times a chunk's input (256 lines or
// 1 MB, plus its last line) and its output (several times the input with
// --records), not the whole input.
func classifyParallel(o *offline, cl *lineClassifier, n int, out *bufio.Writer) error {
	free := make(chan *chunk, 2*n)
	for range 2 * n {
		free <- &chunk{}
	}
	work := make(chan *chunk)
	done := make(chan *chunk, 2*n)
	stop := make(chan struct{}) // closed when the writer gives up
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := classifyWork{tally: newTally()}
			defer cl.total.merge(w.tally)
			for ch := range work {
				ch.out = ch.out[:0]
				w.tpls = ch.tpls[:0]
				start := 0
				for i, end := range ch.ends {
					ch.out = cl.classify(&w, ch.nums[i], ch.data[start:end], ch.out)
					start = end
				}
				ch.tpls = w.tpls
				done <- ch
			}
		}()
	}
	// The writer: prints chunks in sequence and hands them back.
	writeErr := make(chan error, 1)
	go func() {
		pending := map[int]*chunk{}
		seen := map[string]bool{}
		next := 0
		var err error
		for ch := range done {
			pending[ch.seq] = ch
			for c, ok := pending[next]; ok; c, ok = pending[next] {
				delete(pending, next)
				if err == nil {
					if err = writeOnce(out, c.out, c.tpls, seen); err != nil {
						close(stop)
					}
				}
				if cap(c.data) > maxChunkKeep || cap(c.out) > maxChunkKeep {
					c.data, c.out = nil, nil
				}
				free <- c
				next++
			}
		}
		writeErr <- err
	}()
	var cur *chunk
	seq := 0
	send := func() bool {
		if cur == nil || len(cur.ends) == 0 {
			return true
		}
		select {
		case work <- cur:
			cur = nil
			return true
		case <-stop:
			return false
		}
	}
	readErr := eachLine(o.in, func(num int, line []byte) error {
		if cur == nil {
			select {
			case cur = <-free:
			case <-stop:
				return errStopped
			}
			cur.seq, cur.data, cur.ends, cur.nums = seq, cur.data[:0], cur.ends[:0], cur.nums[:0]
			seq++
		}
		// The reader's buffer is reused for the next line: copy it.
		cur.data = append(cur.data, line...)
		cur.ends = append(cur.ends, len(cur.data))
		cur.nums = append(cur.nums, num)
		if len(cur.ends) == chunkLines || len(cur.data) >= chunkBytes {
			if !send() {
				return errStopped
			}
		}
		return nil
	})
	// The chunk being filled is classified and printed on a read error too,
	// as one worker would have printed its lines before failing.
	if readErr != errStopped && !send() && readErr == nil {
		readErr = errStopped
	}
	close(work)
	wg.Wait()
	close(done)
	werr := <-writeErr
	if werr != nil {
		return werr
	}
	if readErr == errStopped {
		return nil // the writer's error was returned above
	}
	return readErr
}

// errStopped ends reading once the writer has failed.
var errStopped = errors.New("stopped: the output cannot be written")
