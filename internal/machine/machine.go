// Package machine describes the machine a benchmark runs on, for the first
// line of its report.
package machine

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Describe returns the processor, the number of cores, the system and the
// Go version: "AMD EPYC, 2 cores, linux/amd64, go1.26.8".
func Describe() string {
	return fmt.Sprintf("%s, %d cores, %s/%s, %s", cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// cpuModel names the processor, from /proc/cpuinfo where there is one.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
