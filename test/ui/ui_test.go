package ui_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"go.uber.org/zap"

	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/service"
	"github.com/residency-labs/signup-classifier/settings"
)

// chromium finds a Chromium or Chrome binary: $CHROMIUM, then the usual
// names.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium binary found, and CI=true: .ci/run installs Debian's chromium package")
	}
	t.Skip("no chromium binary found (apt-get install chromium, or set $CHROMIUM)")
	return ""
}

// runDemo starts `classifier run --demo` in-process on the embedded broker
// and returns the ops server's address.
func runDemo(t *testing.T) string {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Admin.Addr = "127.0.0.1:0"
	cfg.Pipeline.LingerMS = 2
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- service.Run(ctx, service.RunOptions{
			Config: cfg, Rules: configs.Rules, Demo: true, DemoRate: 100,
			Getenv: func(string) string { return "" },
			Log:    zap.NewNop(), Stdout: io.Discard,
			Ready: func(admin, _ string) { ready <- admin },
		})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("service did not stop")
		}
	})
	select {
	case addr := <-ready:
		return addr
	case err := <-done:
		t.Fatalf("service stopped at start: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("service not ready after 60s")
	}
	return ""
}

var (
	emailLike = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
	phoneLike = regexp.MustCompile(`\+\d[\d ()-]{7,}\d`)
)

func TestLivePage(t *testing.T) {
	bin := chromium(t)
	addr := runDemo(t)
	url := "http://" + addr + "/ui"

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.WindowSize(1440, 1100),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	// Every console error, uncaught exception and browser-log error
	// (failed loads, content-security-policy violations) fails the test.
	var mu sync.Mutex
	var problems []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				problems = append(problems, fmt.Sprintf("%s %s:%d: %s", m.Type, m.URL, m.Line+1, m.Text))
				mu.Unlock()
			}
		}
	}()

	number := func(id string) float64 {
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("read #%s: %v", id, err)
		}
		s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
		mult := 1.0
		switch {
		case strings.HasSuffix(s, "k"):
			mult, s = 1e3, strings.TrimSuffix(s, "k")
		case strings.HasSuffix(s, "M"):
			mult, s = 1e6, strings.TrimSuffix(s, "M")
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("#%s is %q, not a number", id, s)
		}
		return f * mult
	}

	// Loaded: the first poll has filled the counters.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.ID("sankey")),
		chromedp.Poll[chromedp.Void](`document.getElementById("k-consumed").textContent !== "–"`, chromedp.WithPollingTimeout(30*time.Second)),
	); err != nil {
		t.Fatalf("page did not load: %v", err)
	}
	first := number("k-consumed")
	// Moving: the demo feeds events, the page polls every second.
	second := first
	for deadline := time.Now().Add(20 * time.Second); second <= first && time.Now().Before(deadline); {
		time.Sleep(time.Second)
		second = number("k-consumed")
	}
	if second <= first {
		t.Fatalf("consumed did not move in 20s: %v then %v", first, second)
	}
	// Let rates settle and bands and rows appear, then look at the page.
	if err := chromedp.Do(ctx,
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#sankey path.band").length > 3 && document.querySelectorAll("#recent td.mono").length > 0`,
			chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Sleep(3*time.Second),
	); err != nil {
		t.Fatalf("no flows or recent decisions drawn: %v", err)
	}
	rate := number("k-rate")
	if rate <= 0 {
		t.Errorf("events in per second is %v while the demo runs", rate)
	}
	bands, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#sankey path.band").length`))
	if err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText + " " + [...document.querySelectorAll("#sankey title, details div")].map(e => e.textContent).join(" ")`))
	if err != nil {
		t.Fatal(err)
	}
	ruleset, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("ruleset")))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ruleset, "rs-") {
		t.Errorf("ruleset shown is %q", ruleset)
	}
	// Never a value: the demo's events are full of e-mail addresses and
	// phone numbers; none may reach the page.
	if m := emailLike.FindString(text); m != "" {
		t.Errorf("the page shows an e-mail-like value (%d chars)", len(m))
	}
	if m := phoneLike.FindString(text); m != "" {
		t.Errorf("the page shows a phone-like value (%d chars)", len(m))
	}

	dir := os.Getenv("UI_SCREENSHOT_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "signup-classifier-ui")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "live-page.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bands, %.0f events/s, %v consumed)", path, bands, rate, second)
	fmt.Fprintf(os.Stderr, "UI screenshot written to %s\n", path)

	mu.Lock()
	defer mu.Unlock()
	if len(problems) > 0 {
		t.Errorf("the page logged %d error(s):\n%s", len(problems), strings.Join(problems, "\n"))
	}
}
