// Package ui tests the live page of the flows (/ui) in a real headless
// Chromium: the service runs with --demo on its embedded broker, and the
// page must load, move, draw its flows and log no error. A screenshot is
// written to $UI_SCREENSHOT_DIR (default: a directory under the system's
// temporary one) and its path logged.
//
// The test skips when no Chromium is installed, except under CI=true,
// where a missing browser fails it (.ci/run installs Debian's chromium).
package ui
