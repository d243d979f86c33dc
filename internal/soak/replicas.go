package soak

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Replicas runs copies of the real `classifier run` binary as separate
// processes of one consumer group, each with its own admin port and log
// file, and injects process faults: SIGKILL, SIGTERM, SIGSTOP/SIGCONT.
type Replicas struct {
	Bin  string   // the classifier binary
	Dir  string   // log files go here: replica-<id>.log
	Env  []string // KEY=VALUE for every replica (brokers, group, input, key)
	Args []string // extra arguments after `run`
	// AutoRestart restarts a replica that exits without being asked to
	// (after a second); such exits are counted as crashes either way.
	AutoRestart bool
	Logf        func(format string, args ...any)

	mu      sync.Mutex
	reps    []*Replica
	crashes []string
	events  []string
	t0      time.Time
}

// Replica is one member process and its incarnations.
type Replica struct {
	ID        int
	AdminAddr string
	LogPath   string

	cmd         *exec.Cmd
	done        chan struct{}
	running     bool
	paused      bool
	stopping    bool // we sent SIGTERM or SIGKILL: its exit is expected
	retired     bool // scaled down: not restarted
	starts      int
	exitStatus  string
	killedByUs  int
	termsByUs   int
	lastExitErr error
}

func (rs *Replicas) logf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	rs.mu.Lock()
	if rs.t0.IsZero() {
		rs.t0 = time.Now()
	}
	rs.events = append(rs.events, fmt.Sprintf("%7.1fs %s", time.Since(rs.t0).Seconds(), msg))
	rs.mu.Unlock()
	if rs.Logf != nil {
		rs.Logf("%s", msg)
	}
}

// FreePort returns a loopback address with a free port.
func FreePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// Add creates and starts a new replica; it returns its id.
func (rs *Replicas) Add() (int, error) {
	addr, err := FreePort()
	if err != nil {
		return 0, err
	}
	rs.mu.Lock()
	r := &Replica{ID: len(rs.reps), AdminAddr: addr}
	r.LogPath = filepath.Join(rs.Dir, fmt.Sprintf("replica-%d.log", r.ID))
	rs.reps = append(rs.reps, r)
	rs.mu.Unlock()
	return r.ID, rs.start(r)
}

func (rs *Replicas) start(r *Replica) error {
	logf, err := os.OpenFile(r.LogPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	rs.mu.Lock()
	r.starts++
	n := r.starts
	rs.mu.Unlock()
	fmt.Fprintf(logf, "# soak: replica %d start %d at %s\n", r.ID, n, time.Now().UTC().Format(time.RFC3339Nano))
	cmd := exec.Command(rs.Bin, append([]string{"run", "--log-format", "json"}, rs.Args...)...)
	cmd.Env = append(cleanEnv(), rs.Env...)
	cmd.Env = append(cmd.Env, "CLASSIFIER_ADMIN_ADDR="+r.AdminAddr)
	cmd.Stdout, cmd.Stderr = logf, logf
	// Its own process group: a Ctrl-C to the soak does not reach it, and
	// the soak decides when it stops.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start replica %d: %w", r.ID, err)
	}
	done := make(chan struct{})
	rs.mu.Lock()
	r.cmd, r.done, r.running, r.paused, r.stopping = cmd, done, true, false, false
	rs.mu.Unlock()
	rs.logf("replica %d started (pid %d, admin %s)", r.ID, cmd.Process.Pid, r.AdminAddr)
	go func() {
		err := cmd.Wait()
		logf.Close()
		rs.mu.Lock()
		r.running = false
		r.lastExitErr = err
		r.exitStatus = exitString(cmd.ProcessState, err)
		expected := r.stopping
		retired := r.retired
		rs.mu.Unlock()
		close(done)
		if !expected {
			rs.mu.Lock()
			rs.crashes = append(rs.crashes, fmt.Sprintf("replica %d (pid %d) exited on its own: %s (log %s)", r.ID, cmd.Process.Pid, r.exitStatus, r.LogPath))
			auto := rs.AutoRestart && !retired
			rs.mu.Unlock()
			rs.logf("replica %d exited on its own: %s", r.ID, r.exitStatus)
			if auto {
				time.Sleep(time.Second)
				if err := rs.start(r); err != nil {
					rs.logf("restart of replica %d failed: %v", r.ID, err)
				}
			}
		}
	}()
	return nil
}

func exitString(ps *os.ProcessState, err error) string {
	if ps == nil {
		return fmt.Sprint(err)
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return "killed by " + ws.Signal().String()
	}
	return fmt.Sprintf("exit status %d", ps.ExitCode())
}

// cleanEnv is the soak's environment without the variables the service
// reads, so only the run's own settings reach the replicas.
func cleanEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "KAFKA_") || strings.HasPrefix(kv, "CLASSIFIER_") {
			continue
		}
		out = append(out, kv)
	}
	return out
}

func (rs *Replicas) get(id int) *Replica {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	return rs.reps[id]
}

// Running returns the ids of running replicas that are neither paused nor
// being stopped.
func (rs *Replicas) Running() []int {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	var ids []int
	for _, r := range rs.reps {
		if r.running && !r.paused && !r.stopping {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// Members returns the ids of replicas that are meant to be members (not
// retired), running or not.
func (rs *Replicas) Members() []int {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	var ids []int
	for _, r := range rs.reps {
		if !r.retired {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

func (rs *Replicas) signal(id int, sig syscall.Signal, stopping bool) (*Replica, error) {
	r := rs.get(id)
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if !r.running {
		return r, fmt.Errorf("replica %d is not running", id)
	}
	if stopping {
		r.stopping = true
	}
	switch sig {
	case syscall.SIGKILL:
		r.killedByUs++
	case syscall.SIGTERM:
		r.termsByUs++
	}
	return r, r.cmd.Process.Signal(sig)
}

// Kill SIGKILLs replica id and waits for it to be gone.
func (rs *Replicas) Kill(id int) error {
	r, err := rs.signal(id, syscall.SIGKILL, true)
	if err != nil {
		return err
	}
	<-r.done
	rs.logf("replica %d SIGKILLed", id)
	return nil
}

// Restart starts replica id again (after Kill or Stop).
func (rs *Replicas) Restart(id int) error {
	r := rs.get(id)
	rs.mu.Lock()
	running := r.running
	rs.mu.Unlock()
	if running {
		return fmt.Errorf("replica %d is running", id)
	}
	return rs.start(r)
}

// Stop sends SIGTERM and waits up to timeout for a clean exit, then
// SIGKILLs. It returns the exit status ("exit status 0" is clean).
func (rs *Replicas) Stop(id int, timeout time.Duration) string {
	rs.waitUp(id, 10*time.Second)
	r, err := rs.signal(id, syscall.SIGTERM, true)
	if err != nil {
		rs.mu.Lock()
		defer rs.mu.Unlock()
		return r.exitStatus
	}
	rs.mu.Lock()
	wasPaused := r.paused
	rs.mu.Unlock()
	if wasPaused {
		_ = r.cmd.Process.Signal(syscall.SIGCONT)
	}
	select {
	case <-r.done:
	case <-time.After(timeout):
		rs.logf("replica %d ignored SIGTERM for %s: SIGKILL", id, timeout)
		_ = r.cmd.Process.Signal(syscall.SIGKILL)
		<-r.done
	}
	rs.mu.Lock()
	st := r.exitStatus
	rs.mu.Unlock()
	rs.logf("replica %d stopped: %s", id, st)
	return st
}

// waitUp waits, at most timeout, until replica id answers on its admin
// address. A replica restarted a moment ago may not have installed its
// signal handler yet: SIGTERM would then kill it like SIGKILL, and the
// soak would report the service as stopping uncleanly when it was the
// harness that did not wait (seen once in a 1M-event soak: the last
// restart and the final stop in the same millisecond). A paused or
// exited replica is not waited for.
func (rs *Replicas) waitUp(id int, timeout time.Duration) {
	r := rs.get(id)
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		rs.mu.Lock()
		running, paused := r.running, r.paused
		rs.mu.Unlock()
		if !running || paused {
			return
		}
		if resp, err := client.Get("http://" + r.AdminAddr + "/healthz"); err == nil {
			resp.Body.Close()
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Retire stops replica id for good (scale down).
func (rs *Replicas) Retire(id int, timeout time.Duration) string {
	r := rs.get(id)
	rs.mu.Lock()
	r.retired = true
	rs.mu.Unlock()
	return rs.Stop(id, timeout)
}

// Pause SIGSTOPs replica id (a zombie member: alive, silent).
func (rs *Replicas) Pause(id int) error {
	r, err := rs.signal(id, syscall.SIGSTOP, false)
	if err != nil {
		return err
	}
	rs.mu.Lock()
	r.paused = true
	rs.mu.Unlock()
	rs.logf("replica %d SIGSTOPped", id)
	return nil
}

// Resume SIGCONTs replica id.
func (rs *Replicas) Resume(id int) error {
	r, err := rs.signal(id, syscall.SIGCONT, false)
	if err != nil {
		return err
	}
	rs.mu.Lock()
	r.paused = false
	rs.mu.Unlock()
	rs.logf("replica %d SIGCONTed", id)
	return nil
}

// StopAll stops every running replica concurrently (SIGTERM, then SIGKILL
// after timeout) and returns "replica N: status" for those that did not
// exit cleanly.
func (rs *Replicas) StopAll(timeout time.Duration) []string {
	rs.mu.Lock()
	var ids []int
	for _, r := range rs.reps {
		r.retired = true // no auto-restart from here on
		if r.running {
			ids = append(ids, r.ID)
		}
	}
	rs.mu.Unlock()
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if st := rs.Stop(id, timeout); st != "exit status 0" {
				mu.Lock()
				bad = append(bad, fmt.Sprintf("replica %d: %s on SIGTERM", id, st))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Strings(bad)
	return bad
}

// Crashes lists exits nobody asked for.
func (rs *Replicas) Crashes() []string {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	return append([]string(nil), rs.crashes...)
}

// Events is the timeline of process events.
func (rs *Replicas) Events() []string {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	return append([]string(nil), rs.events...)
}

// LogPaths lists every replica's log file.
func (rs *Replicas) LogPaths() []string {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	var out []string
	for _, r := range rs.reps {
		out = append(out, r.LogPath)
	}
	return out
}

// Count returns how many replicas were ever created.
func (rs *Replicas) Count() int {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	return len(rs.reps)
}

// Ready polls /readyz of every running, unpaused replica until all answer
// 200 or ctx ends.
func (rs *Replicas) Ready(ctx context.Context) error {
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		var notReady []string
		for _, id := range rs.Running() {
			r := rs.get(id)
			resp, err := client.Get("http://" + r.AdminAddr + "/readyz")
			if err != nil {
				notReady = append(notReady, fmt.Sprintf("replica %d: %v", id, err))
				continue
			}
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				notReady = append(notReady, fmt.Sprintf("replica %d: %d %s", id, resp.StatusCode, strings.TrimSpace(string(body))))
			}
		}
		if len(notReady) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return errors.New("replicas not ready: " + strings.Join(notReady, "; "))
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// ScanLogs counts event markers in every replica log file (logs must carry
// coordinates, paths and categories, never values).
func (rs *Replicas) ScanLogs() (hits int, examples []string, err error) {
	for _, p := range rs.LogPaths() {
		b, err := os.ReadFile(p)
		if err != nil {
			return hits, examples, err
		}
		for i, line := range strings.Split(string(b), "\n") {
			n := CountMarkers([]byte(line))
			if n == 0 {
				continue
			}
			hits += n
			if len(examples) < 5 {
				if len(line) > 300 {
					line = line[:300] + "..."
				}
				examples = append(examples, fmt.Sprintf("%s:%d: %s", p, i+1, line))
			}
		}
	}
	return hits, examples, nil
}
