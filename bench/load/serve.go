package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// server is a "dyad serve" child process.
type server struct {
	cmd    *exec.Cmd
	exited chan error // receives cmd.Wait's result
}

// serve starts dyad serve on addr, over the store db ("" for the demo),
// and waits until it answers; remember false turns off its memory of
// answers.
func serve(ctx context.Context, dyad, addr, db, log string, remember bool) (*server, error) {
	args := []string{"serve", "--addr", addr, fmt.Sprintf("--remember=%t", remember)}
	if db != "" {
		args = append(args, "--db", db)
	}
	out, err := os.Create(log)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	cmd := exec.CommandContext(ctx, dyad, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, exited: make(chan error, 1)}
	go func() { s.exited <- cmd.Wait() }()
	deadline := time.Now().Add(10 * time.Minute) // the demo is coded at start-up
	for time.Now().Before(deadline) {
		select {
		case err := <-s.exited:
			b, _ := os.ReadFile(log)
			return nil, fmt.Errorf("dyad serve exited: %v\n%s", err, b)
		case <-time.After(200 * time.Millisecond):
		}
		resp, err := http.Get("http://" + addr + "/api/events?limit=1")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
	}
	s.stop()
	return nil, fmt.Errorf("dyad serve did not answer on %s within 10 minutes", addr)
}

// peakRSS is the most memory the server has held resident (Linux's VmHWM).
func (s *server) peakRSS() (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, fmt.Errorf("peak memory (needs Linux's /proc): %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", s.cmd.Process.Pid)
}

// stop ends the server (it is this process's child, started above).
func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.exited:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.exited
	}
}
