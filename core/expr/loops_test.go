package expr_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestLoopsGenerated checks that loops.go is what gen_loops.go writes.
func TestLoopsGenerated(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("no go command under js/wasm; the native run checks this")
	}
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out := filepath.Join(t.TempDir(), "loops.go")
	if msg, err := exec.Command(gocmd, "run", "gen_loops.go", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("go run gen_loops.go: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("loops.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("loops.go is out of date: run go generate ./core/expr")
	}
}
